//! Reusable hooks: the browser glue (animation frames, timers, media queries).

mod use_debounced;
mod use_spring;

pub use use_debounced::use_debounced;
pub use use_spring::{prefers_reduced_motion, use_spring};
