//! Presets a therapist switches between, and the story: the chain from long sitting to a
//! loaded lower back, one step at a time, each step a set of inputs the figure eases to.

use super::posture::Inputs;

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

const BUILT_IN: [(&str, &str, Inputs); 4] = [
    ("Desk worker", "Ten hours a day at a desk, a little walking, tight hip flexors.", Inputs::new(7.0, 6.0, 4.0, 4.0, 10.0, 60.0)),
    (
        "Runner who overtrains",
        "Lots of running and little stretching: tight hip flexors and hamstrings, strong legs, a neglected core.",
        Inputs::new(8.0, 8.0, 7.0, 4.0, 6.0, 480.0),
    ),
    ("Sedentary", "Most of the day sitting, little activity, weak glutes and core.", Inputs::new(7.0, 6.0, 2.0, 2.0, 12.0, 20.0)),
    ("Balanced", "Regular activity, some stretching and strength work.", Inputs::new(3.0, 3.0, 7.0, 7.0, 6.0, 200.0)),
];

impl Preset {
    /// The presets a page offers when its clinic has not set its own.
    pub fn built_in() -> Vec<Preset> {
        BUILT_IN.iter().map(|&(name, description, inputs)| Preset { name: name.into(), description: description.into(), inputs }).collect()
    }
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
    StoryStep {
        title: "1. Long sitting",
        text: "Hours in a chair keep the hips bent, so the hip flexors at the front of the hip rest in a shortened position.",
        inputs: Inputs { sitting_hours_per_day: 11.0, activity_minutes_per_week: 60.0, ..START },
    },
    StoryStep {
        title: "2. The hip flexors shorten",
        text: "Therapists think that over weeks they adapt to that length, so that standing up the hip no longer straightens fully. This is the idea, not a proven finding.",
        inputs: Inputs { sitting_hours_per_day: 11.0, activity_minutes_per_week: 60.0, hip_flexor_tightness: 8.0, ..START },
    },
    StoryStep {
        title: "3. The pelvis tips forward",
        text: "In the idea therapists work with, short hip flexors tip the front of the pelvis down: anterior pelvic tilt. Studies find only a weak link, and the figure exaggerates it.",
        inputs: Inputs { sitting_hours_per_day: 11.0, activity_minutes_per_week: 60.0, hip_flexor_tightness: 9.0, ..START },
    },
    StoryStep {
        title: "4. The lumbar curve deepens",
        text: "When the pelvis tips forward, the lower back curves more to keep you upright: when people tip the pelvis on purpose, the curve changes by about the same amount (Levine 1996). Therapists think this loads its joints; many people with a deep curve have no pain.",
        inputs: Inputs { sitting_hours_per_day: 11.0, activity_minutes_per_week: 40.0, hip_flexor_tightness: 10.0, ..START },
    },
    StoryStep {
        title: "5. The back muscles work harder",
        text: "In the same idea, with weak glutes and core the lower back muscles work harder to hold the curve and move more in the hips\u{2019} place when you walk, bend and lift.",
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
        title: "6. What helps",
        text: "Stretch the hip flexors, strengthen glutes and core, break up sitting and move more. Posture barely changes (Brekke 2020), but exercise helps people move more easily and is recommended for back pain (NICE NG59).",
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
