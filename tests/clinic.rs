//! Native tests for clinic use: the QR code, the accent's contrast, presets, story, shortcuts.
#![cfg(not(target_arch = "wasm32"))]

use posture_explainer::hooks::action_for_key;
use posture_explainer::model::colour::{theme, Rgb, AA_TEXT, DARK_CARD, DARK_PAPER, PAPER, WHITE};
use posture_explainer::model::posture::posture;
use posture_explainer::model::qr::{modules, qr_path};
use posture_explainer::model::story::{Preset, STORY};
use posture_explainer::state::{Action, AppState, Overlay};
use proptest::prelude::*;

mod common;
use common::decode_svg_path;

fn preset(name: &str) -> posture_explainer::model::posture::Inputs {
    Preset::built_in().into_iter().find(|p| p.name == name).unwrap().inputs
}
fn desk_worker() -> posture_explainer::model::posture::Inputs {
    preset("Desk worker")
}
fn balanced_preset() -> posture_explainer::model::posture::Inputs {
    preset("Balanced")
}

#[test]
fn the_qr_code_reads_back_as_the_share_link() {
    let link = "https://clinic.example/posture/?hip_flexors=7&hamstrings=5&glutes=3&core=4&sitting=10.5&activity=60";
    let (size, d) = qr_path(link).unwrap();
    assert_eq!(size as usize, modules(link).unwrap().len());
    assert_eq!(decode_svg_path(size, &d), link);
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(300) })]

    #[test]
    fn any_accent_gets_an_ink_that_passes_aa(r in any::<u8>(), g in any::<u8>(), b in any::<u8>()) {
        let t = theme(Rgb(r, g, b));
        let ink = Rgb::parse(&t.accent_ink).unwrap();
        prop_assert!(ink.contrast(WHITE) >= AA_TEXT, "{} -> {}", t.accent, t.accent_ink);
        prop_assert!(ink.contrast(PAPER) >= AA_TEXT, "{} -> {} on the page", t.accent, t.accent_ink);
        // A dark enough accent is left as it is.
        if Rgb(r, g, b).contrast(PAPER) >= AA_TEXT {
            prop_assert_eq!(&t.accent_ink, &t.accent);
        }
        // The dark theme's: AA on its cards and its paper; a light enough accent left as it is.
        let dark = Rgb::parse(&t.accent_dark).unwrap();
        prop_assert!(dark.contrast(DARK_CARD) >= AA_TEXT, "{} -> {} on dark cards", t.accent, t.accent_dark);
        prop_assert!(dark.contrast(DARK_PAPER) >= AA_TEXT, "{} -> {} on the dark page", t.accent, t.accent_dark);
        if Rgb(r, g, b).contrast(DARK_CARD) >= AA_TEXT {
            prop_assert_eq!(&t.accent_dark, &t.accent);
        }
    }

    #[test]
    fn qr_codes_of_any_share_link_decode(q in "[a-z_=&0-9.]{0,120}") {
        let link = format!("https://clinic.example/?{q}");
        let (size, d) = qr_path(&link).unwrap();
        prop_assert_eq!(decode_svg_path(size, &d), link);
    }
}

#[test]
fn presets_differ_and_the_story_walks_the_chain() {
    let tilts: Vec<f64> = Preset::built_in().iter().map(|p| posture(&p.inputs).pelvic_tilt_deg).collect();
    let balanced = posture(&balanced_preset()).pelvic_tilt_deg;
    assert!(tilts.iter().filter(|t| **t > balanced).count() == 3, "{tilts:?}");
    let story: Vec<_> = STORY.iter().map(|s| posture(&s.inputs)).collect();
    // Each step up to the back muscles tips the pelvis further or loads the back more.
    for w in story[..5].windows(2) {
        assert!(w[1].pelvic_tilt_deg >= w[0].pelvic_tilt_deg - 1e-9);
        assert!(w[1].back_load_score >= w[0].back_load_score - 1e-9);
    }
    assert!(story[5].pelvic_tilt_deg < story[4].pelvic_tilt_deg, "what helps brings it back");
}

#[test]
fn compare_story_and_overlays_in_the_reducer() {
    let s = AppState::default().apply(Action::ApplyPreset(desk_worker()));
    let s = s.apply(Action::ToggleBefore);
    assert_eq!(s.before, Some(desk_worker()));
    let s = s.apply(Action::ApplyPreset(balanced_preset()));
    assert_eq!(s.before, Some(desk_worker()), "before stays frozen");
    let s = s.apply(Action::StoryStart).apply(Action::StoryNext).apply(Action::StoryNext);
    assert_eq!(s.shown_inputs(), STORY[2].inputs);
    let end = (0..20).fold(s.clone(), |s, _| s.apply(Action::StoryNext));
    assert_eq!(end.story, Some(STORY.len() - 1));
    let s = s.apply(Action::StoryExit);
    assert_eq!(s.shown_inputs(), balanced_preset(), "back to the client's settings");
    let s = s.apply(Action::ToggleOverlay(Overlay::Qr));
    assert_eq!(s.overlay, Overlay::Qr);
    assert_eq!(s.apply(Action::ToggleOverlay(Overlay::Qr)).overlay, Overlay::None);
}

#[test]
fn shortcut_keys() {
    let presets: Vec<_> = Preset::built_in().iter().map(|p| p.inputs).collect();
    assert_eq!(action_for_key("2", false, Overlay::None, &presets), Some(Action::ApplyPreset(presets[1])));
    assert_eq!(action_for_key("5", false, Overlay::None, &presets), None, "only as many keys as presets");
    assert_eq!(action_for_key("ArrowRight", false, Overlay::None, &presets), None, "arrows are free outside the story");
    assert_eq!(action_for_key("ArrowRight", true, Overlay::None, &presets), Some(Action::StoryNext));
    assert_eq!(action_for_key("Escape", false, Overlay::Help, &presets), Some(Action::ToggleOverlay(Overlay::None)));
    assert_eq!(action_for_key("x", false, Overlay::None, &presets), None);
}
