//! The safety answers on this device: read once through the versioned codec, written back on
//! each of the person's changes. Never part of the address, a share link or a QR code.

use yew::prelude::*;

use crate::hooks::use_kept::{use_kept, Kept};
use crate::model::calendar::Date;
use crate::model::safety::{self, Answer, Screening};
use crate::state::storage::{self, device, LoadedScreening};
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
    let raw = device::read(storage::SCREENING_KEY);
    match storage::decode_screening(raw.as_deref(), today) {
        LoadedScreening::Empty => (PlanChoices::default(), None),
        LoadedScreening::Current(screening) => (PlanChoices { screening }, None),
        LoadedScreening::Stale(screening) => (PlanChoices { screening }, Some(safety::ASK_AGAIN.to_string())),
        LoadedScreening::Partial { screening, unknown } => (PlanChoices { screening }, Some(safety::answers_partly_read(&unknown))),
        LoadedScreening::Corrupt { raw } => {
            device::set_aside(storage::SCREENING_KEY, storage::SCREENING_BACKUP_KEY, &raw);
            (PlanChoices::default(), Some(safety::ANSWERS_UNREADABLE.to_string()))
        }
    }
}

/// Only the person's own changes are written, with the day they were changed (answers read
/// only in part, from a newer release, stay as they were stored until then); none are written
/// on a screen that does not keep them.
impl Kept for PlanChoices {
    type Action = PlanAction;
    /// Whether this screen keeps answers, and today.
    type Env = (bool, Date);

    fn apply(&self, action: &PlanAction) -> Self {
        PlanChoices::apply(self, action.clone())
    }

    fn keep(&self, before: &Self, action: &PlanAction, &(keeping, today): &(bool, Date)) -> Option<bool> {
        if !keeping || matches!(action, PlanAction::Load(_)) || self == before {
            return None;
        }
        if self.screening.anything() {
            Some(device::write(storage::SCREENING_KEY, &storage::encode_screening(&self.screening, today)))
        } else {
            device::remove(storage::SCREENING_KEY);
            Some(true)
        }
    }
}

/// `keep`: None until the page has started (its mode is known then); Some(true) on a person's
/// own device; Some(false) on the clinic's screen in consultation mode, where one client's
/// answers must not be kept for the next: they are neither read nor stored there.
#[hook]
pub fn use_screening(keep: Option<bool>, today: Date) -> ScreeningHandle {
    // Unanswered at first, as in the prerendered page; the answers this device kept are read
    // once the page has started.
    let kept = use_kept::<PlanChoices>((keep == Some(true), today));
    let notice = use_state(|| None::<String>);
    {
        let (dispatch, notice) = (kept.dispatch.clone(), notice.setter());
        use_effect_with(keep, move |keep| {
            if *keep == Some(true) {
                let (read, told) = load(today);
                dispatch.emit(PlanAction::Load(read));
                notice.set(told);
            }
        });
    }
    let toggle = {
        let dispatch = kept.dispatch.clone();
        use_callback((), move |a: Answer, _| {
            dispatch.emit(PlanAction::Toggle(a));
        })
    };
    let forget = {
        let (dispatch, notice) = (kept.dispatch.clone(), notice.setter());
        use_callback((), move |_: (), _| {
            notice.set(None);
            dispatch.emit(PlanAction::Forget);
        })
    };
    ScreeningHandle { screening: kept.value.screening, notice: (*notice).clone(), toggle, forget }
}
