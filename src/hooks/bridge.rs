//! The browser side of `state::bridge`: how the two modules of the page talk.
//!
//! The first-view app writes its state into attributes of the element the second module is
//! mounted on (`components::extras`), and the second module follows them (`use_attribute`):
//! attributes, not events, so nothing is lost if it arrives after a change. The other way,
//! the second module sends consultation actions as a DOM event on that element
//! (`send_action`), which the app turns back into actions (`use_action_listener`).

use gloo::events::EventListener;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, CustomEventInit, Element, MutationObserver, MutationObserverInit};
use yew::prelude::*;

use crate::state::Action;

/// The DOM event carrying an action code from the second module to the app.
pub const ACTION_EVENT: &str = "posture-action";

/// Sends a consultation action to the app, through the element both modules share.
pub fn send_action(mount: &Element, action: Action) {
    let Some(code) = action.code() else { return };
    let init = CustomEventInit::new();
    init.set_detail(&code.into());
    if let Ok(e) = CustomEvent::new_with_event_init_dict(ACTION_EVENT, &init) {
        let _ = mount.dispatch_event(&e);
    }
}

/// Turns the action codes arriving on `mount` into actions for `dispatch`. Unknown codes are
/// ignored.
#[hook]
pub fn use_action_listener(mount: NodeRef, dispatch: Callback<Action>) {
    use_effect_with(mount, move |mount| {
        let listener = mount.cast::<Element>().map(|el| {
            EventListener::new(&el, ACTION_EVENT, move |e| {
                let code = e.dyn_ref::<CustomEvent>().and_then(|e| e.detail().as_string());
                if let Some(action) = code.as_deref().and_then(Action::from_code) {
                    dispatch.emit(action);
                }
            })
        });
        move || drop(listener)
    });
}

/// The value of `name` on `element` (empty when missing), kept up to date.
#[hook]
pub fn use_attribute(element: &Element, name: &'static str) -> String {
    let value = use_state(|| element.get_attribute(name).unwrap_or_default());
    {
        let value = value.clone();
        use_effect_with(element.clone(), move |element| {
            let target = element.clone();
            let on_change = Closure::<dyn FnMut()>::new(move || {
                value.set(target.get_attribute(name).unwrap_or_default());
            });
            let observer = MutationObserver::new(on_change.as_ref().unchecked_ref()).ok();
            if let Some(o) = &observer {
                let init = MutationObserverInit::new();
                init.set_attributes(true);
                init.set_attribute_filter(&js_sys::Array::of1(&name.into()));
                let _ = o.observe_with_options(element, &init);
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(on_change);
            }
        });
    }
    (*value).clone()
}
