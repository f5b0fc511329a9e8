//! One file per visible part. Components render what the model computed and dispatch
//! actions; they hold no clinical logic.

pub mod app;
pub mod chart;
pub mod clinic_check;
pub mod compact_plan;
pub mod consult;
pub mod controls;
pub mod exercise_figure;
pub mod explanation;
pub mod figure;
pub mod fixed;
pub mod how_sure;
pub mod island;
pub mod language;
pub mod notice;
pub mod photo_measure;
pub mod plan;
pub mod programme;
pub mod progress;
pub mod readouts;
pub mod review;
pub mod safety_screen;
pub mod session;
pub mod share;
pub mod skeleton;
pub mod your_plan;
