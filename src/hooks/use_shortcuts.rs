//! Consultation-mode keyboard shortcuts, on the whole document.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

use crate::model::posture::Inputs;
use crate::state::{Action, Overlay};

/// What a key does, given whether the story runs, whether an overlay is open, and the
/// presets' inputs (keys 1 to 9 choose them in order).
pub fn action_for_key(key: &str, story: bool, overlay: Overlay, presets: &[Inputs]) -> Option<Action> {
    Some(match key {
        "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" => Action::ApplyPreset(*presets.get(crate::model::num::parse_whole(key)? as usize - 1)?),
        "b" | "B" => Action::ToggleBefore,
        "s" | "S" => {
            if story {
                Action::StoryExit
            } else {
                Action::StoryStart
            }
        }
        "ArrowRight" | "n" | "N" if story => Action::StoryNext,
        "ArrowLeft" | "p" | "P" if story => Action::StoryPrev,
        "q" | "Q" => Action::ToggleOverlay(Overlay::Qr),
        "?" => Action::ToggleOverlay(Overlay::Help),
        "Escape" if overlay != Overlay::None => Action::ToggleOverlay(Overlay::None),
        "Escape" if story => Action::StoryExit,
        _ => return None,
    })
}

#[hook]
pub fn use_shortcuts(enabled: bool, story: bool, overlay: Overlay, presets: Vec<Inputs>, dispatch: Callback<Action>, fullscreen: Callback<()>) {
    use_effect_with((enabled, story, overlay, presets), move |(enabled, story, overlay, presets)| {
        let (enabled, story, overlay, presets) = (*enabled, *story, *overlay, presets.clone());
        let listener = enabled.then(|| {
            EventListener::new(&gloo::utils::document(), "keydown", move |e| {
                let Some(e) = e.dyn_ref::<KeyboardEvent>() else { return };
                if e.ctrl_key() || e.meta_key() || e.alt_key() {
                    return;
                }
                // Typing in a field, or moving a slider with the arrows, is left alone.
                let tag = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).map(|el| el.tag_name()).unwrap_or_default();
                if matches!(tag.as_str(), "INPUT" | "TEXTAREA" | "SELECT") && e.key() != "Escape" {
                    return;
                }
                if e.key() == "f" || e.key() == "F" {
                    e.prevent_default();
                    fullscreen.emit(());
                } else if let Some(a) = action_for_key(&e.key(), story, overlay, &presets) {
                    e.prevent_default();
                    dispatch.emit(a);
                }
            })
        });
        move || drop(listener)
    });
}
