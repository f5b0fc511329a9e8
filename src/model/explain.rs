//! The chain of cause and effect for these inputs, and the clinic's article content on causes,
//! mechanisms and what helps; the words are in `words::explain`.

use super::posture::{
    posture, BackLoad, InputId, Inputs, Muscle, MuscleState, Posture, RangeComparison, HIP_EXTENSION_TYPICAL, LUMBAR_CURVE_TYPICAL, PELVIC_TILT_TYPICAL,
};
use super::words::explain as w;

/// Whole degrees, with a true minus sign, as the page shows them.
pub fn degrees(v: f64) -> String {
    let r = v.round();
    if r < 0.0 {
        format!("\u{2212}{}°", -r as i64)
    } else {
        format!("{}°", r as i64)
    }
}

/// A degree figure for screen readers: "minus 4 degrees".
pub fn degrees_spoken(v: f64) -> String {
    w::degrees_spoken(v.round() as i64)
}

pub fn range_text(low: f64, high: f64) -> String {
    w::range(low, high)
}

pub use crate::model::words::explain::{LOAD_LABEL, LOAD_SCALE};

/// One line summary for the heading above the figure.
pub fn headline(p: &Posture) -> String {
    w::headline(&degrees(p.pelvic_tilt_deg), &degrees(p.lumbar_lordosis_deg))
}

/// What a screen reader announces once the person stops moving a slider.
pub fn live_summary(p: &Posture) -> String {
    w::live_summary(
        &degrees_spoken(p.pelvic_tilt_deg),
        PELVIC_TILT_TYPICAL.compare(p.pelvic_tilt_deg).words(),
        &degrees_spoken(p.lumbar_lordosis_deg),
        LUMBAR_CURVE_TYPICAL.compare(p.lumbar_lordosis_deg).words(),
        &degrees_spoken(p.hip_extension_deg),
        HIP_EXTENSION_TYPICAL.compare(p.hip_extension_deg).words(),
        p.back_load.word(),
    )
}

/// How far the sliders move the figure's pelvic tilt, end to end, in whole degrees.
pub fn illustrated_tilt_span_deg() -> f64 {
    let most = posture(&Inputs::new(10.0, 0.0, 0.0, 0.0, 16.0, 0.0)).pelvic_tilt_deg;
    let least = posture(&Inputs::new(0.0, 10.0, 10.0, 10.0, 0.0, 600.0)).pelvic_tilt_deg;
    (most - least).round()
}

/// Beside the figure and in the chart's summary: the figure exaggerates, and by how much.
pub fn exaggeration_note() -> String {
    w::exaggeration_note(illustrated_tilt_span_deg())
}

/// What the hours of sitting add to the hip-flexor paragraph: long days (from 9 hours, with
/// the hours), little sitting (up to 4), or nothing in between.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Sitting {
    Long(f64),
    Little,
    Between,
}

impl Sitting {
    pub fn of(hours_per_day: f64) -> Self {
        if hours_per_day >= 9.0 {
            Sitting::Long(hours_per_day)
        } else if hours_per_day <= 4.0 {
            Sitting::Little
        } else {
            Sitting::Between
        }
    }
}

/// What the week's activity adds: under the WHO's 150 minutes, over 300, or nothing between.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Activity {
    Low,
    High,
    Between,
}

impl Activity {
    pub fn of(minutes_per_week: f64) -> Self {
        if minutes_per_week < 150.0 {
            Activity::Low
        } else if minutes_per_week > 300.0 {
            Activity::High
        } else {
            Activity::Between
        }
    }
}

/// The chain from habits to the lower back, one short paragraph per link, for these inputs.
/// Links the studies did not confirm are told as what they are: the idea therapists work with.
pub fn chain(inputs: &Inputs, p: &Posture) -> Vec<String> {
    let i = inputs.clamped();
    let mut out = Vec::with_capacity(6);

    let hf = InputId::HipFlexors.describe(i.hip_flexor_tightness);
    out.push(w::hip_flexors(&hf, Sitting::of(i.sitting_hours_per_day), Activity::of(i.activity_minutes_per_week)));

    let t = p.pelvic_tilt_deg;
    let tilt_cmp = PELVIC_TILT_TYPICAL.compare(t).words();
    let band = range_text(PELVIC_TILT_TYPICAL.low, PELVIC_TILT_TYPICAL.high);
    out.push(if t >= 0.0 { w::tilt_forward(&degrees(t), tilt_cmp, &band) } else { w::tilt_backward(&degrees(-t), tilt_cmp, &band) });

    let mut balance = Vec::new();
    if i.hamstring_tightness >= 6.5 {
        balance.push(w::TIGHT_HAMSTRINGS);
    }
    match (i.glute_strength < 3.5, i.core_strength < 3.5) {
        (true, true) => balance.push(w::WEAK_GLUTES_AND_CORE),
        (true, false) => balance.push(w::WEAK_GLUTES),
        (false, true) => balance.push(w::WEAK_CORE),
        (false, false) if i.glute_strength >= 6.5 && i.core_strength >= 6.5 => balance.push(w::STRONG_GLUTES_AND_CORE),
        _ => {}
    }
    if !balance.is_empty() {
        out.push(balance.join(" "));
    }

    out.push(w::curve(
        &degrees(p.lumbar_lordosis_deg),
        LUMBAR_CURVE_TYPICAL.compare(p.lumbar_lordosis_deg).words(),
        &range_text(LUMBAR_CURVE_TYPICAL.low, LUMBAR_CURVE_TYPICAL.high),
    ));

    let he = p.hip_extension_deg;
    let he_band = range_text(HIP_EXTENSION_TYPICAL.low, HIP_EXTENSION_TYPICAL.high);
    out.push(match HIP_EXTENSION_TYPICAL.compare(he) {
        RangeComparison::Below | RangeComparison::LessNoConcern => w::hip_less(&degrees(he), &he_band),
        RangeComparison::Within => w::hip_within(&degrees(he), &he_band),
        RangeComparison::Above | RangeComparison::MoreNoConcern => w::hip_more(&degrees(he), &he_band),
    });

    out.push(
        match p.back_load {
            BackLoad::Low => w::LOAD_LOW,
            BackLoad::Raised => w::LOAD_RAISED,
            BackLoad::High => w::LOAD_HIGH,
        }
        .to_string(),
    );
    out
}

/// A titled point of the clinic's article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point {
    pub title: &'static str,
    pub text: &'static str,
}

pub use crate::model::words::explain::{CAUSES, MECHANISMS, WHAT_HELPS};

/// The figure's text alternative: the numbers and the muscles, as a sentence.
pub fn figure_description(p: &Posture, states: &[(Muscle, MuscleState)]) -> String {
    let muscles: Vec<String> = states.iter().map(|&(m, s)| w::muscle_in_list(m.name(), m.state_word(s))).collect();
    w::figure_description(
        &degrees_spoken(p.pelvic_tilt_deg),
        (PELVIC_TILT_TYPICAL.low, PELVIC_TILT_TYPICAL.high),
        &degrees_spoken(p.lumbar_lordosis_deg),
        &degrees_spoken(p.hip_extension_deg),
        &muscles,
    )
}
