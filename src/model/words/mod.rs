//! Every patient-facing word, one file per language, so a clinician can review a language in
//! one place and a translator can work through one file. `content.rs` gathers them into
//! `docs/content.md`.
//!
//! A page is built for one language: the wasm carries only that language's file (see the
//! `pl` feature in `Cargo.toml`). Native builds compile every language, so tests can check that
//! the files agree.

pub mod en;

pub use en::*;
