//! The safety answers on this device: read once through the versioned codec, written back on
//! every change. Never part of the address, a share link or a QR code.

use yew::prelude::*;

use crate::hooks::use_progress::{raw_storage, write};
use crate::model::safety::{self, Answer, Screening};
use crate::state::storage::{self, LoadedScreening};
use crate::state::{PlanAction, PlanChoices};

#[derive(Clone, PartialEq)]
pub struct ScreeningHandle {
    pub screening: Screening,
    /// Told to the person once: saved answers that could not be read, and were asked again.
    pub notice: Option<String>,
    pub toggle: Callback<Answer>,
    /// Back to unanswered; the stored copy is removed by "Forget my data" itself.
    pub forget: Callback<()>,
}

fn load() -> (PlanChoices, Option<String>) {
    let raw = raw_storage().and_then(|s| s.get_item(storage::SCREENING_KEY).ok().flatten());
    match storage::decode_screening(raw.as_deref()) {
        LoadedScreening::Empty => (PlanChoices::default(), None),
        LoadedScreening::Current(screening) => (PlanChoices { screening }, None),
        LoadedScreening::Partial { screening, unknown } => {
            (PlanChoices { screening }, Some(safety::answers_partly_read(&unknown)))
        }
        LoadedScreening::Corrupt { raw } => {
            write(storage::SCREENING_BACKUP_KEY, &raw);
            if let Some(s) = raw_storage() {
                let _ = s.remove_item(storage::SCREENING_KEY);
            }
            (
                PlanChoices::default(),
                Some(safety::ANSWERS_UNREADABLE.to_string()),
            )
        }
    }
}

#[hook]
pub fn use_screening() -> ScreeningHandle {
    // Unanswered at first, as in the prerendered page; the answers this device kept are read
    // once the page has started, and written back on every change after that.
    let choices = use_reducer_eq(PlanChoices::default);
    let notice = use_state(|| None::<String>);
    let loaded = use_mut_ref(|| false);
    {
        let (d, notice, loaded) = (choices.dispatcher(), notice.setter(), loaded.clone());
        use_effect_with((), move |_| {
            let (read, told) = load();
            d.dispatch(PlanAction::Load(read));
            notice.set(told);
            *loaded.borrow_mut() = true;
        });
    }
    {
        let screening = choices.screening.clone();
        // The value as read counts as written: only later changes are stored.
        let last = use_mut_ref(|| None::<Screening>);
        use_effect_with(screening, move |s| {
            if !*loaded.borrow() {
                return;
            }
            let first = last.borrow_mut().replace(s.clone()).is_none();
            if first {
                return;
            }
            if s.answered() {
                write(storage::SCREENING_KEY, &storage::encode_screening(s));
            } else if let Some(st) = raw_storage() {
                let _ = st.remove_item(storage::SCREENING_KEY);
            }
        });
    }
    let toggle = {
        let d = choices.dispatcher();
        use_callback((), move |a: Answer, _| d.dispatch(PlanAction::Toggle(a)))
    };
    let forget = {
        let d = choices.dispatcher();
        let notice = notice.setter();
        use_callback((), move |_: (), _| {
            notice.set(None);
            d.dispatch(PlanAction::Forget)
        })
    };
    ScreeningHandle { screening: choices.screening.clone(), notice: (*notice).clone(), toggle, forget }
}
