//! The app's state and its one reducer. Plain data: no DOM code here.

use std::rc::Rc;

use yew::Reducible;

use crate::model::posture::{InputId, Inputs};
use crate::model::programme::{Edit, Programme};
use crate::model::safety::{Answer, Screening};
use crate::model::session::{Session, SessionAction};
use crate::model::story::STORY_INPUTS;

pub mod bits;
pub mod clinic_file;
pub mod json;
pub mod programme_code;
pub mod review_code;
pub mod storage;
pub mod url;

use url::Mode;

/// A panel over the page in consultation mode.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Overlay {
    #[default]
    None,
    Help,
    Qr,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    pub inputs: Inputs,
    pub mode: Mode,
    /// A frozen "before" to compare with now.
    pub before: Option<Inputs>,
    /// The step of the story being shown, if the story is running.
    pub story: Option<usize>,
    pub overlay: Overlay,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Action {
    /// Set one input; out-of-range values are clamped, non-numbers ignored.
    Set(InputId, f64),
    /// Back to the default (moderate) person.
    Reset,
    /// The address's inputs and mode, applied once the page has started (after hydration).
    Start(Inputs, Mode),
    SetMode(Mode),
    /// A preset's inputs (the consultation tools hold the presets, built-in or the clinic's).
    ApplyPreset(Inputs),
    /// Freeze the current inputs as "before", or clear the comparison.
    ToggleBefore,
    StoryStart,
    StoryNext,
    StoryPrev,
    StoryExit,
    /// Open this overlay, or close it if it is open.
    ToggleOverlay(Overlay),
}

impl AppState {
    /// What the figure and readouts show: a story step while the story runs, else the inputs.
    pub fn shown_inputs(&self) -> Inputs {
        match self.story {
            Some(k) => STORY_INPUTS[k.min(STORY_INPUTS.len() - 1)],
            None => self.inputs,
        }
    }

    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::Set(id, v) => {
                next.inputs = self.inputs.with(id, v);
                next.story = None;
            }
            Action::Reset => {
                next.inputs = Inputs::default();
                next.story = None;
            }
            Action::Start(inputs, mode) => {
                next.inputs = inputs.clamped();
                next.mode = mode;
            }
            Action::SetMode(m) => next.mode = m,
            Action::ApplyPreset(p) => {
                next.inputs = p.clamped();
                next.story = None;
            }
            Action::ToggleBefore => {
                next.before = if self.before.is_some() { None } else { Some(self.shown_inputs()) };
            }
            Action::StoryStart => next.story = Some(0),
            Action::StoryNext => {
                next.story = Some(self.story.map_or(0, |k| (k + 1).min(STORY_INPUTS.len() - 1)));
            }
            Action::StoryPrev => next.story = self.story.map(|k| k.saturating_sub(1)),
            Action::StoryExit => next.story = None,
            Action::ToggleOverlay(o) => {
                next.overlay = if self.overlay == o { Overlay::None } else { o };
            }
        }
        next
    }
}

/// The person's answers in the plan section: the safety screen. Stored on the device by
/// `hooks::use_screening`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlanChoices {
    pub screening: Screening,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PlanAction {
    /// What this device kept, read once the page has started.
    Load(PlanChoices),
    Toggle(Answer),
    /// Back to unanswered ("Forget my data").
    Forget,
}

impl PlanChoices {
    pub fn apply(&self, action: PlanAction) -> PlanChoices {
        match action {
            PlanAction::Load(choices) => choices,
            PlanAction::Toggle(a) => PlanChoices { screening: self.screening.toggle(a) },
            PlanAction::Forget => PlanChoices::default(),
        }
    }
}

impl Reducible for PlanChoices {
    type Action = PlanAction;

    fn reduce(self: Rc<Self>, action: PlanAction) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// The therapist's programme on this device, and one that has just arrived by link.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProgrammeState {
    /// The programme in use (kept on the device).
    pub current: Option<Programme>,
    /// A different programme that arrived by link, waiting for "Replace it" or "Keep".
    pub pending: Option<Programme>,
    /// The page's suggested plan is shown instead of the programme, for now.
    pub show_suggested: bool,
}

// Arrive carries two programmes and is dispatched once per page: boxing it would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum ProgrammeAction {
    /// Read once the page has started: what the device kept, and what the link brought.
    Arrive {
        stored: Option<Programme>,
        arrived: Option<Programme>,
    },
    Replace,
    Keep,
    ToggleView,
    Forget,
}

impl ProgrammeState {
    pub fn apply(&self, action: ProgrammeAction) -> ProgrammeState {
        let mut next = self.clone();
        match action {
            ProgrammeAction::Arrive { stored, arrived } => {
                next = ProgrammeState::default();
                match (stored, arrived) {
                    (stored, None) => next.current = stored,
                    (None, Some(new)) => next.current = Some(new),
                    (Some(old), Some(new)) if old == new => next.current = Some(old),
                    // A newer one replaces the old only after asking.
                    (Some(old), Some(new)) => {
                        next.current = Some(old);
                        next.pending = Some(new);
                    }
                }
            }
            ProgrammeAction::Replace => {
                if let Some(new) = next.pending.take() {
                    next.current = Some(new);
                    next.show_suggested = false;
                }
            }
            ProgrammeAction::Keep => next.pending = None,
            ProgrammeAction::ToggleView => next.show_suggested = !self.show_suggested && self.current.is_some(),
            ProgrammeAction::Forget => next = ProgrammeState::default(),
        }
        next
    }

    /// Whether this action leaves a programme to write to the device (a first one, or a
    /// replacement).
    pub fn to_store(&self, before: &ProgrammeState) -> Option<&Programme> {
        self.current.as_ref().filter(|c| before.current.as_ref() != Some(*c))
    }
}

impl Reducible for ProgrammeState {
    type Action = ProgrammeAction;

    fn reduce(self: Rc<Self>, action: ProgrammeAction) -> Rc<Self> {
        let next = self.apply(action);
        unless_unchanged(self, next)
    }
}

/// The same `Rc` when an action changed nothing, so nothing redraws for it.
fn unless_unchanged<T: PartialEq>(old: Rc<T>, next: T) -> Rc<T> {
    if next == *old {
        old
    } else {
        Rc::new(next)
    }
}

/// The guided session: every change is a `SessionAction` applied by the model.
impl Reducible for Session {
    type Action = SessionAction;

    fn reduce(self: Rc<Self>, action: SessionAction) -> Rc<Self> {
        let next = self.apply(action);
        unless_unchanged(self, next)
    }
}

/// The builder's draft: each edit applied by the model, which keeps every limit.
impl Reducible for Programme {
    type Action = Edit;

    fn reduce(self: Rc<Self>, edit: Edit) -> Rc<Self> {
        Rc::new(self.apply(edit))
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        unless_unchanged(self, next)
    }
}
