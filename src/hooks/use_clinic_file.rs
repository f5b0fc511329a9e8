//! The clinic's settings file, fetched once from beside the page. A missing or unreadable file
//! is the neutral page, never an error screen; each ignored field gets one console line.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::state::clinic_file::{self, Check, ClinicSettings};

/// What was read: the settings that passed, and a check for every field (or for the file).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClinicFile {
    pub settings: ClinicSettings,
    pub checks: Vec<Check>,
}

async fn fetch_text(url: &str) -> Option<String> {
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// None until the file has been read; then what it gave (the neutral page if nothing). A file
/// that sets nothing (the release's own is `{}`) stays None, unless the page is `checking` the
/// file (`?check=clinic`), which reports on it: setting the state redraws the whole app, for
/// nothing that would show. `checking` comes from the address, which the app reads in its
/// first effect; the file arrives in a later task, so it always finds `checking` up to date.
#[hook]
pub fn use_clinic_file(checking: bool) -> Option<Rc<ClinicFile>> {
    let file = use_state(|| None::<Rc<ClinicFile>>);
    let checking_now = use_mut_ref(|| checking);
    *checking_now.borrow_mut() = checking;
    {
        let set = file.setter();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                // A language's page (pl/) reads the English page's file: the clinic edits one.
                let url = format!("{}{}", crate::model::words::to_root(), clinic_file::FILE);
                let got = Rc::new(match fetch_text(&url).await {
                    Some(text) => {
                        let (settings, checks) = clinic_file::parse(&text);
                        for c in checks.iter().filter(|c| c.problem.is_some()) {
                            web_sys::console::warn_1(&JsValue::from_str(&format!("posture explainer: {}: {}", clinic_file::FILE, c.line())));
                        }
                        ClinicFile { settings, checks }
                    }
                    None => ClinicFile {
                        settings: ClinicSettings::default(),
                        checks: vec![Check {
                            field: clinic_file::FILE.into(),
                            value: crate::model::words::clinic_check::MISSING.into(),
                            problem: Some(crate::model::words::clinic_check::MISSING_MEANS.into()),
                        }],
                    },
                });
                if got.settings != ClinicSettings::default() || *checking_now.borrow() {
                    set.set(Some(got));
                }
            });
        });
    }
    (*file).clone()
}
