//! Progress on this device: loaded once through the versioned codec, written back on change.
//! The callbacks are stable across renders, so the progress panel only redraws when the
//! progress itself changes.

use yew::prelude::*;

use crate::hooks::use_kept::{use_kept, Kept};
use crate::model::calendar::Date;
use crate::model::session::{EffortAndPain, Tally};
use crate::state::storage::{self, device, Loaded, Progress, ProgressAction};

#[derive(Clone, PartialEq)]
pub struct ProgressHandle {
    pub progress: Progress,
    /// Told to the person once: data that could not be read.
    pub notice: Option<String>,
    /// A finished session: its date, holds and sets done and in all, and each exercise's.
    pub record: Callback<(Date, u32, u32, Vec<Tally>)>,
    /// Effort and pain on the last session; true once stored on the device.
    pub rate: Callback<EffortAndPain, bool>,
    pub forget: Callback<()>,
}

fn load() -> (Progress, Option<String>) {
    let loaded = storage::decode(device::read(storage::KEY).as_deref());
    let notice = match &loaded {
        Loaded::Migrated { progress, .. } => {
            device::write(storage::KEY, &storage::encode(progress));
            None
        }
        Loaded::Corrupt { raw, reason } => {
            device::set_aside(storage::KEY, storage::BACKUP_KEY, raw);
            Some(crate::model::words::progress::unreadable(reason))
        }
        _ => None,
    };
    (loaded.progress(), notice)
}

/// A session or its rating is written as it is noted; "Forget my data" removes every key this
/// app wrote (the answers and the programme too).
impl Kept for Progress {
    type Action = ProgressAction;
    type Env = ();

    fn apply(&self, action: &ProgressAction) -> Self {
        Progress::apply(self, action)
    }

    fn keep(&self, _before: &Self, action: &ProgressAction, _: &()) -> Option<bool> {
        match action {
            ProgressAction::Load(_) => None,
            ProgressAction::Forget => {
                device::forget_all();
                Some(true)
            }
            // A rating is written again even when it is the same, so "saved" is always true.
            ProgressAction::Rate(_) if self.sessions.is_empty() => None,
            ProgressAction::Rate(_) | ProgressAction::Record(..) => Some(device::write(storage::KEY, &storage::encode(self))),
        }
    }
}

#[hook]
pub fn use_progress() -> ProgressHandle {
    // Empty at first, as in the prerendered page; what this device kept is read once the
    // page has started.
    let kept = use_kept::<Progress>(());
    let notice = use_state(|| None::<String>);
    {
        let (dispatch, notice) = (kept.dispatch.clone(), notice.setter());
        use_effect_with((), move |_| {
            let (read, told) = load();
            dispatch.emit(ProgressAction::Load(read));
            notice.set(told);
        });
    }
    let record = {
        let dispatch = kept.dispatch.clone();
        use_callback((), move |(date, done, total, exercises): (Date, u32, u32, Vec<Tally>), _| {
            dispatch.emit(ProgressAction::Record(date, done, total, exercises));
        })
    };
    let rate = {
        let dispatch = kept.dispatch.clone();
        use_callback((), move |rating: EffortAndPain, _| dispatch.emit(ProgressAction::Rate(rating)) == Some(true))
    };
    let forget = {
        let (dispatch, notice) = (kept.dispatch.clone(), notice.setter());
        use_callback((), move |_: (), _| {
            notice.set(None);
            dispatch.emit(ProgressAction::Forget);
        })
    };
    ProgressHandle { progress: kept.value, notice: (*notice).clone(), record, rate, forget }
}
