//! Posture explainer: how tight hips shape the lower back.
//!
//! `model` is pure Rust (tested natively); `state` holds the one reducer and the codecs;
//! `components` render what the model computed and dispatch actions; `hooks` hold the
//! browser glue.

pub mod components;
pub mod config;
pub mod hooks;
pub mod model;
pub mod state;

pub use components::app::App;

use wasm_bindgen::JsValue;

/// The element the app lives in; the prerendered page is inside it.
pub const ROOT_ID: &str = "app";

/// Starts the app on the element with id `app`: it takes over the prerendered markup there
/// (hydration), or draws the page itself where there is none (`trunk serve`).
pub fn mount() {
    // The benchmark's "wasm started": the module is compiled and instantiated.
    crate::hooks::browser::mark("wasm-started");
    install_panic_panel();
    register_service_worker();
    // In a task of its own: the one that instantiated the wasm ends here, so the browser may
    // paint or answer a tap between the two instead of being held for both at once.
    gloo::timers::callback::Timeout::new(0, start).forget();
}

fn start() {
    // The benchmark's "main root start": from here to "app-interactive" is the main root's
    // first render (hydration of the sliders and the figure).
    crate::hooks::browser::mark("main-root-start");
    let Some(root) = gloo::utils::document().get_element_by_id(ROOT_ID) else {
        yew::Renderer::<App>::new().render();
        return;
    };
    if root.first_element_child().is_some() {
        crate::components::island::hydrating_page();
        yew::Renderer::<App>::with_root(root).hydrate();
    } else {
        yew::Renderer::<App>::with_root(root).render();
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;

/// If anything ever panics, replace the frozen page with a friendly panel and a reload link.
/// Nothing is written to storage here, so nothing saved is lost. Built with plain DOM calls
/// and fixed text: the app itself may be in no state to render.
pub fn install_panic_panel() {
    // Through Yew, so its renderer does not replace this hook with its default one.
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&info.to_string()));
        let _ = show_panic_panel();
    }));
}

fn show_panic_panel() -> Option<()> {
    let document = web_sys::window()?.document()?;
    let body = document.body()?;
    let href = web_sys::window()?.location().href().ok()?;
    let panel = document.create_element("div").ok()?;
    panel.set_class_name("panic-panel");
    panel.set_attribute("role", "alert").ok()?;
    panel.set_attribute("data-testid", "panic-panel").ok()?;
    let h = document.create_element("h1").ok()?;
    h.set_text_content(Some(crate::model::words::panic::HEADING));
    let p = document.create_element("p").ok()?;
    p.set_text_content(Some(crate::model::words::panic::TEXT));
    let a = document.create_element("a").ok()?;
    a.set_class_name("button");
    a.set_attribute("href", &href).ok()?;
    a.set_text_content(Some(crate::model::words::panic::RELOAD));
    panel.append_child(&h).ok()?;
    panel.append_child(&p).ok()?;
    panel.append_child(&a).ok()?;
    if let Some(app) = document.get_element_by_id("app") {
        app.set_attribute("hidden", "").ok()?;
    }
    body.append_child(&panel).ok()?;
    Some(())
}

/// Offline use: the service worker written by scripts/post-build.mjs. Only where the browser
/// offers it (secure contexts), and never inside an iframe (the embedded widget).
fn register_service_worker() {
    let navigator = gloo::utils::window().navigator();
    if !crate::hooks::browser::in_iframe() && js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        crate::hooks::browser::ignore_refusal(&navigator.service_worker().register("./sw.js"));
    }
}
