use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// `value`, but only once it has stopped changing for `delay_ms`.
#[hook]
pub fn use_debounced<T: Clone + PartialEq + 'static>(value: T, delay_ms: u32) -> T {
    let settled = use_state_eq(|| value.clone());
    let timer = use_mut_ref(|| None::<Timeout>);
    {
        let settled = settled.clone();
        use_effect_with(value, move |v| {
            let v = v.clone();
            // Replacing the timeout drops (and so cancels) the previous one.
            *timer.borrow_mut() = Some(Timeout::new(delay_ms, move || settled.set(v)));
            move || {
                timer.borrow_mut().take();
            }
        });
    }
    (*settled).clone()
}
