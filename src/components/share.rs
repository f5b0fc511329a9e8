use wasm_bindgen::JsValue;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::hooks::browser::settle;
use crate::model::words::share as w;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub url: AttrValue,
    #[prop_or(AttrValue::Static(w::LABEL))]
    pub label: AttrValue,
    /// The text field's id, also its test id.
    #[prop_or(AttrValue::Static("share-link"))]
    pub id: AttrValue,
}

/// The share link: shown in full (so it can be copied by hand) with a copy button.
#[component]
pub fn Share(props: &ShareProps) -> Html {
    let status = use_state(String::new);
    let started = crate::hooks::use_started();
    // "Link copied" was said of one link: a changed link has not been copied.
    {
        let status = status.setter();
        use_effect_with(props.url.clone(), move |_| status.set(String::new()));
    }
    let copy = {
        let url = props.url.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let navigator = gloo::utils::window().navigator();
            let has_clipboard = js_sys::Reflect::has(&navigator, &JsValue::from_str("clipboard")).unwrap_or(false);
            if has_clipboard {
                // "Copied" only once the browser says it was; a refusal asks to copy by hand.
                let status = status.clone();
                settle(navigator.clipboard().write_text(&url), move |ok| status.set(if ok { w::COPIED } else { w::COPY_BY_HAND }.to_string()));
            } else {
                status.set(w::COPY_BY_HAND.to_string());
            }
        })
    };
    let select = Callback::from(|e: FocusEvent| e.target_unchecked_into::<HtmlInputElement>().select());
    html! {
        <div class="share">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <div class="share__row">
                <input id={props.id.clone()} type="text" readonly=true value={props.url.clone()} onfocus={select} data-testid={props.id.clone()} />
                <button type="button" class="button button--quiet" onclick={copy} disabled={!started}>{ w::COPY }</button>
            </div>
            <p class="share__status" role="status">{ (*status).clone() }</p>
        </div>
    }
}

/// A QR code drawn from its path data (`model::qr`), with a white quiet zone of 4 modules.
/// `version` is written out for the tests when a caller keeps to a largest version.
pub fn qr_svg(size: i32, d: String, label: &'static str, testid: AttrValue, version: Option<u8>) -> Html {
    let side = (size + 8).to_string();
    html! {
        <svg class="qr" viewBox={format!("-4 -4 {side} {side}")} role="img" aria-label={label}
            data-testid={testid} data-version={version.map(|v| v.to_string())} shape-rendering="crispEdges">
            <rect x="-4" y="-4" width={side.clone()} height={side} fill="#fff" />
            <path {d} fill="#000" />
        </svg>
    }
}
