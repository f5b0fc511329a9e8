//! What the two modules of the page say to each other, as short text (pure; no DOM here).
//!
//! The first-view module owns the state. It writes what the consultation tools need to show
//! into an attribute (`ConsultView::encode`); the second module, which draws those tools, sends
//! back what the therapist pressed as an action code (`Action::code`). Only the consultation
//! actions have codes: nothing else crosses.

use crate::model::story::{Preset, STORY_INPUTS};
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
    /// The preset the inputs match, if any (and the story is not running).
    pub active_preset: Option<Preset>,
}

impl ConsultView {
    pub fn of(state: &AppState) -> ConsultView {
        ConsultView {
            mode: state.mode,
            story: state.story,
            comparing: state.before.is_some(),
            overlay: state.overlay,
            active_preset: Preset::ALL.iter().copied().find(|p| p.inputs() == state.inputs && state.story.is_none()),
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
        if let Some(k) = self.active_preset.and_then(|p| Preset::ALL.iter().position(|&q| q == p)) {
            parts.push(format!("preset{}", k + 1));
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
                    } else if let Some(k) = w.strip_prefix("preset").and_then(|k| k.parse::<usize>().ok()) {
                        v.active_preset = k.checked_sub(1).and_then(|k| Preset::ALL.get(k)).copied();
                    }
                }
            }
        }
        v
    }
}

impl Action {
    /// The code of a consultation action; None for the others, which never cross.
    pub fn code(&self) -> Option<String> {
        Some(match self {
            Action::ApplyPreset(p) => format!("preset{}", Preset::ALL.iter().position(|q| q == p)? + 1),
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
                let k: usize = code.strip_prefix("preset")?.parse().ok()?;
                Action::ApplyPreset(*Preset::ALL.get(k.checked_sub(1)?)?)
            }
        })
    }
}
