//! Posture explainer: how tight hips shape the lower back.
//!
//! `model` is pure Rust (tested natively); `state` holds the one reducer; `components`
//! render what the model computed and dispatch actions; `hooks` hold the browser glue.

pub mod components;
pub mod config;
pub mod hooks;
pub mod model;
pub mod state;

pub use components::app::App;

/// Mounts the app on the element with id `app`, or on the body if there is none.
pub fn mount() {
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(el) => yew::Renderer::<App>::with_root(el).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
