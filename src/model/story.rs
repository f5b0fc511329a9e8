//! Presets a therapist switches between, and the story: the chain from long sitting to a
//! loaded lower back, one step at a time, each step a set of inputs the figure eases to.

use super::posture::Inputs;
use super::words::story as w;

/// A person a therapist can switch to in one press: the built-in four, or the clinic's own
/// from its settings file (`state::clinic_file`), which replace them.
#[derive(Clone, Debug, PartialEq)]
pub struct Preset {
    pub name: String,
    /// Shown as the button's tooltip; may be empty.
    pub description: String,
    pub inputs: Inputs,
}

/// At most this many presets: one for each of the keys 1 to 9.
pub const MAX_PRESETS: usize = 9;

/// The built-in presets' settings, in the order of their words (`words::story::PRESETS`).
const BUILT_IN: [Inputs; 4] = [
    Inputs::new(7.0, 6.0, 4.0, 4.0, 10.0, 60.0),
    Inputs::new(8.0, 8.0, 7.0, 4.0, 6.0, 480.0),
    Inputs::new(7.0, 6.0, 2.0, 2.0, 12.0, 20.0),
    Inputs::new(3.0, 3.0, 7.0, 7.0, 6.0, 200.0),
];

impl Preset {
    /// The presets a page offers when its clinic has not set its own.
    pub fn built_in() -> Vec<Preset> {
        BUILT_IN.iter().zip(w::PRESETS).map(|(&inputs, (name, description))| Preset { name: name.into(), description: description.into(), inputs }).collect()
    }
}

/// A story step's words (`words::story::STEPS`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StoryText {
    pub title: &'static str,
    pub text: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StoryStep {
    pub title: &'static str,
    pub text: &'static str,
    pub inputs: Inputs,
}

const START: Inputs = Inputs::new(3.0, 4.0, 6.0, 6.0, 5.0, 150.0);

/// The story's inputs alone: what the figure needs, for code that only moves the figure.
pub const STORY_INPUTS: [Inputs; STORY.len()] = {
    let mut out = [START; STORY.len()];
    let mut k = 0;
    while k < STORY.len() {
        out[k] = STORY[k].inputs;
        k += 1;
    }
    out
};

pub const STORY: [StoryStep; 6] = [
    StoryStep { title: w::STEPS[0].title, text: w::STEPS[0].text, inputs: Inputs { sitting_hours_per_day: 11.0, activity_minutes_per_week: 60.0, ..START } },
    StoryStep {
        title: w::STEPS[1].title,
        text: w::STEPS[1].text,
        inputs: Inputs { sitting_hours_per_day: 11.0, activity_minutes_per_week: 60.0, hip_flexor_tightness: 8.0, ..START },
    },
    StoryStep {
        title: w::STEPS[2].title,
        text: w::STEPS[2].text,
        inputs: Inputs { sitting_hours_per_day: 11.0, activity_minutes_per_week: 60.0, hip_flexor_tightness: 9.0, ..START },
    },
    StoryStep {
        title: w::STEPS[3].title,
        text: w::STEPS[3].text,
        inputs: Inputs { sitting_hours_per_day: 11.0, activity_minutes_per_week: 40.0, hip_flexor_tightness: 10.0, ..START },
    },
    StoryStep {
        title: w::STEPS[4].title,
        text: w::STEPS[4].text,
        inputs: Inputs {
            sitting_hours_per_day: 11.0,
            activity_minutes_per_week: 40.0,
            hip_flexor_tightness: 10.0,
            glute_strength: 2.0,
            core_strength: 2.0,
            ..START
        },
    },
    StoryStep {
        title: w::STEPS[5].title,
        text: w::STEPS[5].text,
        inputs: Inputs {
            sitting_hours_per_day: 7.0,
            activity_minutes_per_week: 200.0,
            hip_flexor_tightness: 4.0,
            glute_strength: 7.0,
            core_strength: 7.0,
            ..START
        },
    },
];
