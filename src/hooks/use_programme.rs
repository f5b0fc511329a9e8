//! The therapist's programme on this device: read once the page has started, from storage and
//! from the link's fragment (`#p=CODE`, which the browser never sends to a server), and kept
//! on the device when it is new or the person chose to replace the old one.

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::use_kept::{use_kept, Kept};
use crate::model::programme::Programme;
use crate::model::review::Review;
use crate::model::words::programme as w;
use crate::model::words::review as rw;
use crate::state::programme_code::{self, code_in_fragment};
use crate::state::review_code;
use crate::state::storage::{device, PROGRAMME_BACKUP_KEY, PROGRAMME_KEY};
use crate::state::{ProgrammeAction, ProgrammeState};

#[derive(Clone, PartialEq)]
pub struct ProgrammeHandle {
    pub state: ProgrammeState,
    /// What the person is told about the link or the stored copy: what was left out, whether
    /// it was saved.
    pub notices: Rc<Vec<String>>,
    pub dispatch: Callback<ProgrammeAction>,
}

/// The stored programme; an unreadable copy is set aside, not lost.
fn stored(notices: &mut Vec<String>) -> Option<Programme> {
    let raw = device::read(PROGRAMME_KEY)?;
    match programme_code::decode(&raw) {
        Some(d) => Some(d.programme),
        None => {
            device::set_aside(PROGRAMME_KEY, PROGRAMME_BACKUP_KEY, &raw);
            notices.push(w::STORED_UNREADABLE.to_string());
            None
        }
    }
}

/// The programme in this page's link, if any.
fn arrived(notices: &mut Vec<String>) -> Option<Programme> {
    let code = take_fragment(code_in_fragment)?;
    match programme_code::decode(&code) {
        Some(d) => {
            if !d.dropped.is_empty() {
                notices.push(w::partly_read(&d.dropped));
            }
            Some(d.programme)
        }
        None => {
            notices.push(w::UNREADABLE.to_string());
            None
        }
    }
}

/// The code in the address's fragment that `find` recognises; the fragment is then taken out
/// of the address, so a reload or a copied address does not bring it again.
fn take_fragment(find: fn(&str) -> Option<&str>) -> Option<String> {
    let window = gloo::utils::window();
    let loc = window.location();
    let hash = loc.hash().ok()?;
    let code = find(&hash)?.to_string();
    let bare = format!("{}{}", loc.pathname().unwrap_or_default(), loc.search().unwrap_or_default());
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&bare));
    }
    Some(code)
}

/// A programme is written when it is the first on this device or replaces the old one.
impl Kept for ProgrammeState {
    type Action = ProgrammeAction;
    type Env = ();

    fn apply(&self, action: &ProgrammeAction) -> Self {
        ProgrammeState::apply(self, action.clone())
    }

    fn keep(&self, before: &Self, _: &ProgrammeAction, _: &()) -> Option<bool> {
        self.to_store(before).map(|p| device::write(PROGRAMME_KEY, &programme_code::encode(p)))
    }
}

#[hook]
pub fn use_programme() -> ProgrammeHandle {
    // None at first, as in the prerendered page.
    let kept = use_kept::<ProgrammeState>(());
    let notices = use_state(|| Rc::new(Vec::<String>::new()));
    // Applies an action and tells the person `told` and, when it wrote, whether the browser
    // stored it ("Saved" is said only once it has).
    let run = {
        let (dispatch, notices) = (kept.dispatch.clone(), notices.setter());
        use_callback((), move |(action, mut told): (ProgrammeAction, Vec<String>), _| {
            if let Some(stored) = dispatch.emit(action) {
                told.push(if stored { w::SAVED } else { w::NOT_SAVED }.to_string());
            }
            notices.set(Rc::new(told));
        })
    };
    let dispatch = {
        let run = run.clone();
        use_callback((), move |action: ProgrammeAction, _| run.emit((action, vec![])))
    };
    use_effect_with((), move |_| {
        let mut told = Vec::new();
        let stored = stored(&mut told);
        let arrived = arrived(&mut told);
        let came = arrived.is_some() || !told.is_empty();
        if stored.is_some() || came {
            run.emit((ProgrammeAction::Arrive { stored, arrived }, told));
        }
        // Opened from the therapist's link: show the person their programme.
        if came {
            if let Some(plan) = gloo::utils::document().get_element_by_id("plan") {
                plan.scroll_into_view();
            }
        }
    });
    ProgrammeHandle { state: kept.value, notices: (*notices).clone(), dispatch }
}

/// A summary opened from a client's "Show my therapist" link (`#r=CODE`), on the clinic's
/// screen: shown, never stored. The fragment is then taken out of the address.
#[hook]
pub fn use_shared_review() -> (Option<Rc<Review>>, Vec<String>) {
    let shared = use_state(|| (None::<Rc<Review>>, Vec::<String>::new()));
    {
        let shared = shared.setter();
        use_effect_with((), move |_| {
            let Some(code) = take_fragment(review_code::code_in_fragment) else { return };
            shared.set(match review_code::decode(&code) {
                Some(d) if d.dropped.is_empty() => (Some(Rc::new(d.review)), vec![]),
                Some(d) => (Some(Rc::new(d.review)), vec![rw::partly_read(&d.dropped)]),
                None => (None, vec![rw::UNREADABLE.to_string()]),
            });
        });
    }
    (*shared).clone()
}
