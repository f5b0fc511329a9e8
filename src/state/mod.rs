//! The app's state and its one reducer. Plain data: no DOM code here.

use std::rc::Rc;

use serde::{Deserialize, Serialize};
use yew::Reducible;

use crate::model::posture::{InputId, Inputs};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AppState {
    pub inputs: Inputs,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Action {
    /// Set one input; out-of-range values are clamped, non-numbers ignored.
    Set(InputId, f64),
    /// Back to the default (moderate) person.
    Reset,
}

impl AppState {
    pub fn apply(&self, action: Action) -> AppState {
        match action {
            Action::Set(id, v) => AppState { inputs: self.inputs.with(id, v) },
            Action::Reset => AppState::default(),
        }
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
