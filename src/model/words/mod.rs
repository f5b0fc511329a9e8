//! Every patient-facing word, one file per language, so a clinician can review a language in
//! one place and a translator can work through one file. `content.rs` gathers them into
//! `docs/content.md`.
//!
//! Today there is one language, English (`en.rs`); the rest of the model still keeps some of
//! its words beside its data (`safety.rs`, `plan.rs`, `exercises.rs`, `explain.rs`,
//! `evidence.rs`). A second language (#26) adds its file here.

pub mod en;

pub use en::*;
