//! Progress on this device: loaded once through the versioned codec, written back on change.
//! The callbacks are stable across renders, so the progress panel only redraws when the
//! progress itself changes.

use yew::prelude::*;

use crate::model::calendar::Date;
use crate::model::exercises::ExerciseId;
use crate::model::session::{EffortAndPain, Tally};
use crate::state::storage::{self, Loaded, Progress};

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

/// The one way in to localStorage. It can be missing or refused (storage disabled, or a
/// third-party iframe whose storage is blocked): then nothing is kept, and nothing breaks.
pub(crate) fn raw_storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// Whether the value was stored (storage can be missing, refused or full).
pub(crate) fn write(key: &str, value: &str) -> bool {
    raw_storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// Unreadable data under `key`: kept under `backup` rather than lost, and `key` cleared so the
/// app starts clean.
pub(crate) fn set_aside(key: &str, backup: &str, raw: &str) {
    write(backup, raw);
    if let Some(s) = raw_storage() {
        let _ = s.remove_item(key);
    }
}

fn load() -> (Progress, Option<String>) {
    let raw = raw_storage().and_then(|s| s.get_item(storage::KEY).ok().flatten());
    let loaded = storage::decode(raw.as_deref());
    let notice = match &loaded {
        Loaded::Migrated { progress, .. } => {
            write(storage::KEY, &storage::encode(progress));
            None
        }
        Loaded::Corrupt { raw, reason } => {
            set_aside(storage::KEY, storage::BACKUP_KEY, raw);
            Some(crate::model::words::progress::unreadable(reason))
        }
        _ => None,
    };
    (loaded.progress(), notice)
}

#[hook]
pub fn use_progress() -> ProgressHandle {
    // Empty at first, as in the prerendered page; what this device kept is read once the
    // page has started.
    let store = use_mut_ref(|| (Progress { version: storage::VERSION, sessions: vec![] }, None::<String>));
    let redraw = use_force_update();
    {
        let (store, redraw) = (store.clone(), redraw.clone());
        use_effect_with((), move |_| {
            *store.borrow_mut() = load();
            redraw.force_update();
        });
    }
    let record = {
        let (store, redraw) = (store.clone(), redraw.clone());
        use_callback((), move |(date, done, total, exercises): (Date, u32, u32, Vec<(ExerciseId, u32, u32)>), _| {
            let mut s = store.borrow_mut();
            s.0.record_session(date, done, total, exercises);
            write(storage::KEY, &storage::encode(&s.0));
            drop(s);
            redraw.force_update();
        })
    };
    let rate = {
        let (store, redraw) = (store.clone(), redraw.clone());
        use_callback((), move |(effort, pain): (Option<u32>, Option<u32>), _| {
            let mut s = store.borrow_mut();
            let saved = s.0.rate_last(effort, pain) && write(storage::KEY, &storage::encode(&s.0));
            drop(s);
            redraw.force_update();
            saved
        })
    };
    let forget = {
        let store = store.clone();
        use_callback((), move |_: (), _| {
            if let Some(s) = raw_storage() {
                let keys: Vec<String> =
                    (0..s.length().unwrap_or(0)).filter_map(|k| s.key(k).ok().flatten()).filter(|k| k.starts_with(storage::PREFIX)).collect();
                for k in keys {
                    let _ = s.remove_item(&k);
                }
            }
            *store.borrow_mut() = (Progress { version: storage::VERSION, sessions: vec![] }, None);
            redraw.force_update();
        })
    };
    let s = store.borrow();
    ProgressHandle { progress: s.0.clone(), notice: s.1.clone(), record, rate, forget }
}
