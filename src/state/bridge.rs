//! What the two modules of the page say to each other, as short text (pure; no DOM here).
//!
//! The first-view module owns the state. It writes what the consultation tools need to show
//! into an attribute (`ConsultView::encode`); the second module, which draws those tools, sends
//! back what the therapist pressed as an action code (`Action::code`). Only the consultation
//! actions have codes: nothing else crosses.

use crate::model::num::{fmt_num, parse_decimal};
use crate::model::posture::{InputId, Inputs};
use crate::model::story::STORY_INPUTS;
use crate::state::url::Mode;
use crate::state::{Action, AppState, Overlay};

/// What the consultation tools show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ConsultView {
    pub mode: Mode,
    /// The story step shown, if the story runs.
    pub story: Option<usize>,
    /// A "before" is frozen.
    pub comparing: bool,
    pub overlay: Overlay,
}

impl ConsultView {
    pub fn of(state: &AppState) -> ConsultView {
        ConsultView {
            mode: state.mode,
            story: state.story,
            comparing: state.before.is_some(),
            overlay: state.overlay,
        }
    }

    pub fn encode(&self) -> String {
        let mut parts = vec![match self.mode {
            Mode::Page => "page",
            Mode::Consult => "consult",
            Mode::Embed => "embed",
        }
        .to_string()];
        if let Some(k) = self.story {
            parts.push(format!("story{k}"));
        }
        if self.comparing {
            parts.push("before".into());
        }
        match self.overlay {
            Overlay::None => {}
            Overlay::Help => parts.push("help".into()),
            Overlay::Qr => parts.push("qr".into()),
        }
        parts.join(" ")
    }

    /// Reads `encode`'s text; anything it does not know is left at the default.
    pub fn decode(s: &str) -> ConsultView {
        let mut v = ConsultView::default();
        for w in s.split_whitespace() {
            match w {
                "page" => v.mode = Mode::Page,
                "consult" => v.mode = Mode::Consult,
                "embed" => v.mode = Mode::Embed,
                "before" => v.comparing = true,
                "help" => v.overlay = Overlay::Help,
                "qr" => v.overlay = Overlay::Qr,
                _ => {
                    if let Some(k) = w.strip_prefix("story").and_then(|k| k.parse::<usize>().ok()) {
                        v.story = Some(k.min(STORY_INPUTS.len() - 1));
                    }
                }
            }
        }
        v
    }
}

/// A preset's code: this, then its six values.
const PRESET_PREFIX: &str = "preset:";

impl Action {
    /// The code of a consultation action; None for the others, which never cross.
    pub fn code(&self) -> Option<String> {
        Some(match self {
            Action::ApplyPreset(p) => {
                let values: Vec<String> = InputId::ALL.iter().map(|&id| fmt_num(p.get(id))).collect();
                format!("{PRESET_PREFIX}{}", values.join(","))
            }
            Action::ToggleBefore => "before".into(),
            Action::StoryStart => "story-start".into(),
            Action::StoryNext => "story-next".into(),
            Action::StoryPrev => "story-prev".into(),
            Action::StoryExit => "story-exit".into(),
            Action::ToggleOverlay(Overlay::None) => "overlay-none".into(),
            Action::ToggleOverlay(Overlay::Help) => "overlay-help".into(),
            Action::ToggleOverlay(Overlay::Qr) => "overlay-qr".into(),
            _ => return None,
        })
    }

    pub fn from_code(code: &str) -> Option<Action> {
        Some(match code {
            "before" => Action::ToggleBefore,
            "story-start" => Action::StoryStart,
            "story-next" => Action::StoryNext,
            "story-prev" => Action::StoryPrev,
            "story-exit" => Action::StoryExit,
            "overlay-none" => Action::ToggleOverlay(Overlay::None),
            "overlay-help" => Action::ToggleOverlay(Overlay::Help),
            "overlay-qr" => Action::ToggleOverlay(Overlay::Qr),
            _ => {
                // Six numbers in `InputId::ALL` order, each clamped to its range.
                let values: Vec<f64> = code.strip_prefix(PRESET_PREFIX)?.split(',').map(parse_decimal).collect::<Option<_>>()?;
                if values.len() != InputId::ALL.len() {
                    return None;
                }
                Action::ApplyPreset(InputId::ALL.iter().zip(values).fold(Inputs::default(), |acc, (&id, v)| acc.with(id, v)))
            }
        })
    }
}
