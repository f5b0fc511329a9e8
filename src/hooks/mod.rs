//! Reusable hooks and the browser glue (animation frames, timers, media queries, URL, storage).

pub mod browser;
pub mod photo_file;
pub mod same_frame;
mod started;
mod use_clinic_file;
mod use_debounced;
mod use_embed;
mod use_kept;
pub mod use_language;
mod use_programme;
mod use_progress;
mod use_screening;
mod use_shortcuts;
mod use_url_state;

pub use browser::{prefers_reduced_motion, Clock};
pub use started::{use_started, Started};
pub use use_clinic_file::{use_clinic_file, ClinicFile};
pub use use_debounced::use_debounced;
pub use use_embed::{use_accent, use_post_height, HEIGHT_MESSAGE};
pub use use_language::use_language;
pub use use_programme::{use_programme, use_shared_review, ProgrammeHandle};
pub use use_progress::{use_progress, ProgressHandle};
pub use use_screening::{use_screening, ScreeningHandle};
pub use use_shortcuts::{action_for_key, use_shortcuts};
pub use use_url_state::{read_url, share_url, use_url_sync};
