//! Pure Rust: no yew, no web-sys, no gloo. Everything here compiles and is tested natively.

pub mod calendar;
pub mod chart;
mod chart_backend;
pub mod colour;
pub mod content;
pub mod evidence;
pub mod exercises;
pub mod explain;
pub mod figure;
pub mod ics;
pub mod motion;
pub mod num;
pub mod order;
pub mod photo;
pub mod plan;
pub mod posture;
pub mod programme;
pub mod qr;
pub mod review;
pub mod safety;
pub mod session;
pub mod story;
pub mod words;
