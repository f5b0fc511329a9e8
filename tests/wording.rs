//! Native tests of the words a person reads: the default person is typical everywhere, no
//! claim the cited studies contradict is stated as fact, and the invented score is always
//! labelled as illustrative.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::disallowed_methods, reason = "test code never reaches the wasm, where the size rules apply")]

use posture_explainer::model::exercises::CATALOGUE;
use posture_explainer::model::explain::{self, CAUSES, MECHANISMS, WHAT_HELPS};
use posture_explainer::model::plan::{make_plan, Outcome};
use posture_explainer::model::posture::*;
use posture_explainer::model::safety::Screening;
use posture_explainer::model::story::STORY;
use proptest::prelude::*;

mod common;
use common::any_inputs;

/// Sentences that state as fact what the cited studies did not find, or overstate the score.
const OVERCLAIMS: [&str; 9] = [
    "lets the pelvis sit more level",
    "hold the back of the pelvis down",
    "pull the front of the pelvis down",
    "let the pelvis tip forward more easily",
    "carry more than they should",
    "arches instead with every stride",
    "load on the lower back",
    "lets the pelvis tip forward more easily",
    "weak hips tend to tighten",
];

fn all_fixed_text() -> String {
    let mut t = String::new();
    for p in CAUSES.iter().chain(MECHANISMS.iter()).chain(WHAT_HELPS.iter()) {
        t.push_str(p.text);
        t.push(' ');
    }
    for s in STORY.iter() {
        t.push_str(s.text);
        t.push(' ');
    }
    for e in CATALOGUE {
        t.push_str(e.works);
        t.push(' ');
    }
    t
}

fn page_text(i: &Inputs) -> String {
    let p = posture(i);
    let mut t = explain::chain(i, &p).join(" ");
    t.push(' ');
    t.push_str(&explain::headline(&p));
    t.push(' ');
    t.push_str(&explain::live_summary(&p));
    if let Outcome::Plan(plan) = make_plan(i, &Screening::none_at_all()) {
        for it in plan.session.iter().chain(plan.habits.iter()) {
            t.push(' ');
            t.push_str(&it.why);
        }
    }
    t
}

#[test]
fn the_default_person_is_inside_every_typical_band() {
    let p = posture(&Inputs::default());
    assert_eq!(PELVIC_TILT_TYPICAL.compare(p.pelvic_tilt_deg), RangeComparison::Within, "{}", p.pelvic_tilt_deg);
    assert_eq!(LUMBAR_CURVE_TYPICAL.compare(p.lumbar_lordosis_deg), RangeComparison::Within, "{}", p.lumbar_lordosis_deg);
    assert_eq!(HIP_EXTENSION_TYPICAL.compare(p.hip_extension_deg), RangeComparison::Within, "{}", p.hip_extension_deg);
    assert_eq!(p.back_load, BackLoad::Low);
    // The band is centred on the pain-free average of the one method it cites (Roach 2015).
    let mid = (HIP_EXTENSION_TYPICAL.low + HIP_EXTENSION_TYPICAL.high) / 2.0;
    assert!((mid - HIP_EXTENSION_PAIN_FREE_MEAN_DEG).abs() < 0.5);
    let text = page_text(&Inputs::default());
    assert!(!text.contains("below the typical range"), "{text}");
    assert!(!text.contains("above the typical range"), "{text}");
    assert!(!text.contains("below the pain-free band"), "{text}");
    for m in Muscle::ALL {
        assert_eq!(muscle_state(m, &Inputs::default(), &p), MuscleState::Normal, "{m:?}");
    }
}

#[test]
fn no_fixed_sentence_overclaims() {
    let t = all_fixed_text().to_lowercase();
    for claim in OVERCLAIMS {
        assert!(!t.contains(&claim.to_lowercase()), "\"{claim}\" is stated as fact");
    }
}

#[test]
fn the_figure_says_it_exaggerates_and_by_how_much() {
    let span = explain::illustrated_tilt_span_deg();
    assert!((15.0..=25.0).contains(&span), "{span}");
    let note = explain::exaggeration_note();
    assert!(note.contains(&format!("about {} degrees", span)), "{note}");
    assert!(note.contains("less than 2 degrees (Brekke 2020)"), "{note}");
    let chart = posture_explainer::model::chart::summary(&Inputs::default());
    assert!(chart.contains("exaggerates") && chart.contains("Brekke 2020"), "{chart}");
}

#[test]
fn british_spelling_and_glossed_terms() {
    let t = all_fixed_text();
    assert!(!t.contains("figure-four"), "figure-of-four, not figure-four");
    let glossed: Vec<&str> = posture_explainer::model::words::GLOSSARY.iter().map(|(k, _)| *k).collect();
    for term in ["Figure-of-four", "Deep hip rotators", "Myofascial release", "Sedentary", "Hip extension", ".ics"] {
        assert!(glossed.contains(&term), "{term} has no gloss");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(400) })]

    /// Whatever the sliders say, the words never overclaim and the back-muscle line is always "the idea".
    #[test]
    fn no_setting_brings_an_overclaim_or_an_unlabelled_score(i in any_inputs()) {
        let p = posture(&i);
        let text = page_text(&i);
        let lower = text.to_lowercase();
        for claim in OVERCLAIMS {
            prop_assert!(!lower.contains(&claim.to_lowercase()), "\"{}\" in: {}", claim, text);
        }
        // The headline names the figure, not the person, and leaves the back muscles out.
        prop_assert!(explain::headline(&p).contains("an illustration, not a measurement of you"));
        prop_assert!(!explain::headline(&p).contains("back"));
        prop_assert!(explain::live_summary(&p).contains("Back muscles in the idea"));
        let last = explain::chain(&i, &p).pop().unwrap();
        prop_assert!(last.starts_with("In the idea"), "{}", last);
    }
}
