//! The URL glue: read the query once at start, and keep the address bar in step with the
//! inputs (replaceState, so the back button is not flooded).

use yew::prelude::*;

use crate::model::posture::Inputs;
use crate::state::url::{self, EmbedSettings, Mode, UrlState};

/// The query the page was opened with, decoded.
pub fn read_url() -> UrlState {
    let search = gloo::utils::window().location().search().unwrap_or_default();
    url::decode(&search)
}

/// The address of this page with these inputs, for sharing. Rendered natively (the
/// prerendered page) it is the query alone, relative to the page.
#[cfg(not(target_arch = "wasm32"))]
pub fn share_url(inputs: &Inputs, mode: Mode, embed: &EmbedSettings) -> String {
    url::encode(inputs, mode, embed)
}

/// The address of this page with these inputs, for sharing.
#[cfg(target_arch = "wasm32")]
pub fn share_url(inputs: &Inputs, mode: Mode, embed: &EmbedSettings) -> String {
    let loc = gloo::utils::window().location();
    let origin = loc.origin().unwrap_or_default();
    let path = loc.pathname().unwrap_or_else(|_| "/".to_string());
    format!("{origin}{path}{}", url::encode(inputs, mode, embed))
}

/// Rewrites the query in place whenever the inputs change, once the page has `started` (read
/// the address it was opened with), keeping the fragment. `check=clinic` (the settings report)
/// stays in the address while the page is open.
#[hook]
pub fn use_url_sync(started: bool, inputs: Inputs, mode: Mode, embed: EmbedSettings, check_clinic: bool) {
    use_effect_with((started, inputs, mode, embed, check_clinic), |(started, inputs, mode, embed, check_clinic)| {
        if !*started {
            return;
        }
        let mut query = url::encode(inputs, *mode, embed);
        if *check_clinic {
            query.push_str("&check=clinic");
        }
        let window = gloo::utils::window();
        let current = window.location().search().unwrap_or_default();
        if current != query {
            // The fragment stays: a programme or summary link's code is read from it by the
            // part of the page that uses it, whenever that part starts.
            let hash = window.location().hash().unwrap_or_default();
            if let Ok(history) = window.history() {
                let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{query}{hash}")));
            }
        }
    });
}
