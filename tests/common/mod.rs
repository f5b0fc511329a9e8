//! Shared by the native test files.
#![allow(dead_code)]

use posture_explainer::model::posture::Inputs;
use proptest::prelude::*;

/// Any person: every input anywhere in its range.
pub fn any_inputs() -> impl Strategy<Value = Inputs> {
    (0.0..=10.0, 0.0..=10.0, 0.0..=10.0, 0.0..=10.0, 0.0..=16.0, 0.0..=600.0)
        .prop_map(|(hf, ham, glu, core, sit, act)| Inputs::new(hf, ham, glu, core, sit, act))
}
