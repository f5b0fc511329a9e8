//! Embedding glue: the clinic's accent as CSS custom properties, and the page's height posted
//! to the host page so the iframe never shows an inner scrollbar.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::model::colour::{theme, Rgb};

/// Message type the loader (static/embed.js) listens for.
pub const HEIGHT_MESSAGE: &str = "posture-explainer:height";

/// Gives the stylesheet the clinic's accent for each theme (--clinic-accent and the rest, which
/// styles/main.css turns into --accent, --accent-ink and --accent-soft), on the root element
/// (CSSOM, so a strict Content-Security-Policy without 'unsafe-inline' allows it).
#[hook]
pub fn use_accent(accent: Option<String>) {
    use_effect_with(accent, |accent| {
        if let Some(rgb) = accent.as_deref().and_then(Rgb::parse) {
            let t = theme(rgb);
            if let Some(root) = gloo::utils::document().document_element() {
                let style = root.unchecked_into::<HtmlElement>().style();
                for (name, value) in [
                    ("--clinic-accent", &t.accent),
                    ("--clinic-accent-ink", &t.accent_ink),
                    ("--clinic-accent-soft", &t.accent_soft),
                    ("--clinic-accent-dark", &t.accent_dark),
                    ("--clinic-accent-soft-dark", &t.accent_soft_dark),
                ] {
                    let _ = style.set_property(name, value);
                }
            }
        }
    });
}

/// In an iframe, tells the parent our height whenever it changes. Only a number is sent.
#[hook]
pub fn use_post_height(enabled: bool) {
    use_effect_with(enabled, |&enabled| {
        let observer = enabled.then(|| {
            let post = Closure::<dyn FnMut()>::new(|| {
                let window = gloo::utils::window();
                let Some(parent) = window.parent().ok().flatten() else { return };
                // The body's own height: the document's scrollHeight never drops below the
                // iframe's current height, so the iframe could grow but never shrink.
                let height = gloo::utils::document().body().map(|b| b.get_bounding_client_rect().height().ceil() as i32).unwrap_or(0);
                let msg = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&msg, &"type".into(), &HEIGHT_MESSAGE.into());
                let _ = js_sys::Reflect::set(&msg, &"height".into(), &JsValue::from(height));
                let _ = parent.post_message(&msg, "*");
            });
            // The iframe is always as tall as the page: no inner scrollbar, even mid-resize.
            if let Some(root) = gloo::utils::document().document_element() {
                let _ = root.unchecked_into::<HtmlElement>().style().set_property("overflow", "hidden");
            }
            let observer = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()).ok();
            if let (Some(o), Some(body)) = (&observer, gloo::utils::document().body()) {
                o.observe(&body);
            }
            (observer, post)
        });
        move || {
            if let Some((Some(o), _post)) = observer {
                o.disconnect();
            }
        }
    });
}
