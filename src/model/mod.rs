//! Pure Rust: no yew, no web-sys, no gloo. Everything here compiles and is tested natively.

pub mod chart;
pub mod evidence;
pub mod explain;
pub mod figure;
pub mod motion;
pub mod posture;
