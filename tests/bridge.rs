//! The codes the two modules of the page exchange (state::bridge): what the app writes is
//! read back the same, what the consultation tools send becomes the same action, and text
//! that is not a code does nothing.
#![cfg(not(target_arch = "wasm32"))]

use posture_explainer::model::posture::{InputId, Inputs};
use posture_explainer::model::story::{Preset, STORY};
use posture_explainer::state::bridge::ConsultView;
use posture_explainer::state::url::Mode;
use posture_explainer::state::{Action, AppState, Overlay};
use proptest::prelude::*;

fn consult_actions() -> Vec<Action> {
    let mut all: Vec<Action> = Preset::built_in().iter().map(|p| Action::ApplyPreset(p.inputs)).collect();
    all.extend([
        Action::ToggleBefore,
        Action::StoryStart,
        Action::StoryNext,
        Action::StoryPrev,
        Action::StoryExit,
        Action::ToggleOverlay(Overlay::None),
        Action::ToggleOverlay(Overlay::Help),
        Action::ToggleOverlay(Overlay::Qr),
    ]);
    all
}

#[test]
fn every_consultation_action_crosses_and_comes_back_the_same() {
    for a in consult_actions() {
        let code = a.code().unwrap_or_else(|| panic!("{a:?} has no code"));
        assert_eq!(Action::from_code(&code), Some(a), "{code}");
    }
}

#[test]
fn other_actions_never_cross() {
    assert_eq!(Action::Set(InputId::HipFlexors, 3.0).code(), None);
    assert_eq!(Action::Reset.code(), None);
    assert_eq!(Action::SetMode(Mode::Page).code(), None);
}

fn views() -> impl Strategy<Value = ConsultView> {
    (
        prop_oneof![Just(Mode::Page), Just(Mode::Consult), Just(Mode::Embed)],
        proptest::option::of(0..STORY.len()),
        any::<bool>(),
        prop_oneof![Just(Overlay::None), Just(Overlay::Help), Just(Overlay::Qr)],
    )
        .prop_map(|(mode, story, comparing, overlay)| ConsultView { mode, story, comparing, overlay })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn the_consultation_view_is_read_back_the_same(v in views()) {
        prop_assert_eq!(ConsultView::decode(&v.encode()), v);
    }

    /// Whatever arrives (another script's event, a garbled attribute), nothing panics, no
    /// unknown action appears and the view stays within its ranges.
    #[test]
    fn any_text_is_harmless(s in ".{0,40}") {
        match Action::from_code(&s) {
            Some(Action::ApplyPreset(i)) => prop_assert_eq!(i, i.clamped()),
            Some(a) => prop_assert!(consult_actions().contains(&a), "{:?}", a),
            None => {}
        }
        let v = ConsultView::decode(&s);
        prop_assert!(v.story.is_none_or(|k| k < STORY.len()));
    }
}

#[test]
fn the_view_follows_the_state() {
    let s = AppState::default()
        .apply(Action::SetMode(Mode::Consult))
        .apply(Action::ApplyPreset(Preset::built_in()[2].inputs))
        .apply(Action::ToggleBefore);
    assert_eq!(s.inputs, Preset::built_in()[2].inputs);
    let v = ConsultView::of(&s);
    assert_eq!((v.mode, v.comparing, v.story), (Mode::Consult, true, None));
    let v = ConsultView::of(&s.apply(Action::StoryStart));
    assert_eq!(v.story, Some(0));
    assert_eq!(ConsultView::decode("consult story999").story, Some(STORY.len() - 1), "out-of-range steps are held to the last");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// A clinic's own preset crosses with its six values; one out of range arrives clamped.
    #[test]
    fn any_preset_crosses_with_its_values(v in prop::array::uniform6(-1000.0f64..1000.0)) {
        let wanted = InputId::ALL.iter().zip(v).fold(Inputs::default(), |acc, (&id, x)| acc.with(id, (x * 2.0).round() / 2.0));
        let code = Action::ApplyPreset(wanted).code().unwrap();
        prop_assert_eq!(Action::from_code(&code), Some(Action::ApplyPreset(wanted)));
    }
}

#[test]
fn a_garbled_preset_code_does_nothing() {
    for code in ["preset:", "preset:1,2,3", "preset:1,2,3,4,5,6,7", "preset:a,2,3,4,5,6", "preset:NaN,2,3,4,5,6", "preset1"] {
        assert_eq!(Action::from_code(code), None, "{code}");
    }
    assert_eq!(
        Action::from_code("preset:99,-4,5,5,8,60"),
        Some(Action::ApplyPreset(Inputs::new(10.0, 0.0, 5.0, 5.0, 8.0, 60.0))),
        "values out of range arrive clamped"
    );
}
