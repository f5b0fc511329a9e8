use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// `value`, but only once it has stopped changing for `delay_ms`, with one exception: the
/// value of the render in which `started` turns true is taken at once. That is the page
/// starting with the address's settings, not a drag, and what follows them (the chart, the
/// plan) must not show the default person's for a moment, where a quick first tap (or a test)
/// would find it.
#[hook]
pub fn use_debounced<T: Clone + PartialEq + 'static>(value: T, delay_ms: u32, started: bool) -> T {
    let settled = use_state_eq(|| value.clone());
    let timer = use_mut_ref(|| None::<Timeout>);
    let was_started = use_mut_ref(|| false);
    {
        let settled = settled.clone();
        use_effect_with((value, started), move |(v, started)| {
            let v = v.clone();
            let starting = *started && !std::mem::replace(&mut *was_started.borrow_mut(), *started);
            if starting {
                timer.borrow_mut().take();
                settled.set(v);
            } else {
                // Replacing the timeout drops (and so cancels) the previous one.
                *timer.borrow_mut() = Some(Timeout::new(delay_ms, move || settled.set(v)));
            }
            move || {
                timer.borrow_mut().take();
            }
        });
    }
    (*settled).clone()
}
