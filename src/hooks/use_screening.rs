//! The safety answers on this device: read once through the versioned codec, written back on
//! each of the person's changes. Never part of the address, a share link or a QR code.

use yew::prelude::*;

use crate::hooks::use_progress::{raw_storage, set_aside, write};
use crate::model::calendar::Date;
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

fn load(today: Date) -> (PlanChoices, Option<String>) {
    let raw = raw_storage().and_then(|s| s.get_item(storage::SCREENING_KEY).ok().flatten());
    match storage::decode_screening(raw.as_deref(), today) {
        LoadedScreening::Empty => (PlanChoices::default(), None),
        LoadedScreening::Current(screening) => (PlanChoices { screening }, None),
        LoadedScreening::Stale(screening) => (PlanChoices { screening }, Some(safety::ASK_AGAIN.to_string())),
        LoadedScreening::Partial { screening, unknown } => (PlanChoices { screening }, Some(safety::answers_partly_read(&unknown))),
        LoadedScreening::Corrupt { raw } => {
            set_aside(storage::SCREENING_KEY, storage::SCREENING_BACKUP_KEY, &raw);
            (PlanChoices::default(), Some(safety::ANSWERS_UNREADABLE.to_string()))
        }
    }
}

/// Stores the answers on this device, with the day they were changed, or removes them when
/// there are none.
fn store(s: &Screening, today: Date) {
    if s.anything() {
        write(storage::SCREENING_KEY, &storage::encode_screening(s, today));
    } else if let Some(st) = raw_storage() {
        let _ = st.remove_item(storage::SCREENING_KEY);
    }
}

/// `keep`: None until the page has started (its mode is known then); Some(true) on a person's
/// own device; Some(false) on the clinic's screen in consultation mode, where one client's
/// answers must not be kept for the next: they are neither read nor stored there.
#[hook]
pub fn use_screening(keep: Option<bool>, today: Date) -> ScreeningHandle {
    // Unanswered at first, as in the prerendered page; the answers this device kept are read
    // once the page has started. Only the person's own changes are written back, so answers
    // read only in part (from a newer release) stay as they were stored until then.
    let choices = use_reducer_eq(PlanChoices::default);
    let notice = use_state(|| None::<String>);
    // The answers as they stand, for the callbacks; updated there at once, so two quick ticks
    // both count.
    let current = use_mut_ref(PlanChoices::default);
    let keeping = use_mut_ref(|| false);
    *keeping.borrow_mut() = keep == Some(true);
    {
        let (d, notice, current) = (choices.dispatcher(), notice.setter(), current.clone());
        use_effect_with(keep, move |keep| {
            if *keep == Some(true) {
                let (read, told) = load(today);
                *current.borrow_mut() = read.clone();
                d.dispatch(PlanAction::Load(read));
                notice.set(told);
            }
        });
    }
    let change = {
        let (d, current, keeping) = (choices.dispatcher(), current.clone(), keeping.clone());
        use_callback((), move |action: PlanAction, _| {
            let next = current.borrow().apply(action.clone());
            if *keeping.borrow() {
                store(&next.screening, today);
            }
            *current.borrow_mut() = next;
            d.dispatch(action);
        })
    };
    let toggle = {
        let change = change.clone();
        use_callback((), move |a: Answer, _| change.emit(PlanAction::Toggle(a)))
    };
    let forget = {
        let notice = notice.setter();
        use_callback((), move |_: (), _| {
            notice.set(None);
            change.emit(PlanAction::Forget)
        })
    };
    ScreeningHandle { screening: choices.screening.clone(), notice: (*notice).clone(), toggle, forget }
}
