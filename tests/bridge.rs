//! The codes the two modules of the page exchange (state::bridge): what the app writes is
//! read back the same, what the consultation tools send becomes the same action, and text
//! that is not a code does nothing.
#![cfg(not(target_arch = "wasm32"))]

use posture_explainer::model::story::{Preset, STORY};
use posture_explainer::state::bridge::ConsultView;
use posture_explainer::state::url::Mode;
use posture_explainer::state::{Action, AppState, Overlay};
use proptest::prelude::*;

fn consult_actions() -> Vec<Action> {
    let mut all: Vec<Action> = Preset::ALL.iter().map(|&p| Action::ApplyPreset(p)).collect();
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
    use posture_explainer::model::posture::InputId;
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
        proptest::option::of(0..Preset::ALL.len()),
    )
        .prop_map(|(mode, story, comparing, overlay, preset)| ConsultView {
            mode,
            story,
            comparing,
            overlay,
            active_preset: preset.map(|k| Preset::ALL[k]),
        })
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
        if let Some(a) = Action::from_code(&s) {
            prop_assert!(consult_actions().contains(&a), "{:?}", a);
        }
        let v = ConsultView::decode(&s);
        prop_assert!(v.story.is_none_or(|k| k < STORY.len()));
    }
}

#[test]
fn the_view_follows_the_state() {
    let s = AppState::default()
        .apply(Action::SetMode(Mode::Consult))
        .apply(Action::ApplyPreset(Preset::Sedentary))
        .apply(Action::ToggleBefore);
    let v = ConsultView::of(&s);
    assert_eq!((v.mode, v.active_preset, v.comparing, v.story), (Mode::Consult, Some(Preset::Sedentary), true, None));
    // While the story runs, no preset is shown as active.
    let v = ConsultView::of(&s.apply(Action::StoryStart));
    assert_eq!((v.story, v.active_preset), (Some(0), None));
    assert_eq!(ConsultView::decode("consult story999").story, Some(STORY.len() - 1), "out-of-range steps are held to the last");
}
