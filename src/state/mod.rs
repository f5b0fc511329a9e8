//! The app's state and its one reducer. Plain data: no DOM code here.

use std::rc::Rc;

use serde::{Deserialize, Serialize};
use yew::Reducible;

use crate::model::plan::PlanSettings;
use crate::model::posture::{InputId, Inputs};
use crate::model::safety::RedFlag;

pub mod storage;
pub mod url;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AppState {
    pub inputs: Inputs,
    pub plan_settings: PlanSettings,
    /// Red flags ticked in the safety screen, sorted, each once.
    pub red_flags: Vec<RedFlag>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Action {
    /// Set one input; out-of-range values are clamped, non-numbers ignored.
    Set(InputId, f64),
    /// Back to the default (moderate) person; the screen answers stay.
    Reset,
    ToggleRedFlag(RedFlag),
    SetOlderAdult(bool),
}

impl AppState {
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::Set(id, v) => next.inputs = self.inputs.with(id, v),
            Action::Reset => next.inputs = Inputs::default(),
            Action::ToggleRedFlag(flag) => match next.red_flags.binary_search(&flag) {
                Ok(k) => {
                    next.red_flags.remove(k);
                }
                Err(k) => next.red_flags.insert(k, flag),
            },
            Action::SetOlderAdult(b) => next.plan_settings.older_adult = b,
        }
        next
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
