//! Lets the browser paint an input's own feedback (the slider's thumb and words, and the
//! figure) before the heavier update the input causes (readouts, explanation) is made: the
//! advice for a quick interaction-to-next-paint is to yield before heavy work. The update lands
//! one frame later; the benchmark measures both moments.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Runs `f` once the browser has painted the current frame: requestAnimationFrame runs just
/// before that paint, and a task queued from it runs just after.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    let after_paint = Closure::once_into_js(f);
    let before_paint = Closure::once_into_js(move || {
        let _ = gloo::utils::window().set_timeout_with_callback(after_paint.unchecked_ref());
    });
    let _ = gloo::utils::window().request_animation_frame(before_paint.unchecked_ref());
}

/// A callback that passes its latest value on to `target` after the next paint. Values that
/// arrive meanwhile replace the waiting one, so a fast drag is drawn once per frame, at its
/// latest value.
#[hook]
pub fn use_after_paint<T: 'static>(target: Callback<T>) -> Callback<T> {
    let waiting = use_mut_ref(|| None::<T>);
    (*use_memo(target, move |target| {
        let target = target.clone();
        Callback::from(move |v: T| {
            let first = waiting.borrow_mut().replace(v).is_none();
            if first {
                let (target, waiting) = (target.clone(), waiting.clone());
                after_next_paint(move || {
                    let latest = waiting.borrow_mut().take();
                    if let Some(v) = latest {
                        target.emit(v);
                    }
                });
            }
        })
    }))
    .clone()
}
