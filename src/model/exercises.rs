//! The catalogue: what each exercise is, what it works, how to do it, and its pose. Its words
//! (name, steps, easier and harder versions...) are in the language's file, `words::exercises`.
//! Dosage is not stored here: `plan.rs` sets it from the ACSM figures and the person.

use serde::Deserialize;

use super::figure::Pose;
use super::posture::Muscle;
use super::words::exercises as w;

/// Named in a clinic's settings file in kebab case: "pigeon-pose", "lunge-stretch".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExerciseId {
    LungeStretch,
    PigeonPose,
    SeatedForwardFold,
    GluteBridge,
    DeadBug,
    BirdDog,
    Plank,
    StandingHipOpener,
    MovementBreaks,
    Walking,
    Massage,
    /// The lunge stretch done standing, for sore knees.
    LungeStretchStanding,
    /// Figure-of-four stretch on a chair, in place of pigeon pose.
    FigureOfFour,
    /// Lying hamstring stretch with a strap, in place of the seated forward fold.
    LyingHamstringStretch,
    /// Side-lying clam, in place of the glute bridge in pregnancy.
    SideLyingClam,
}

/// What sort of thing it is decides its dosage and where it goes in the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Held stretches, daily.
    Stretch,
    /// Strengthening, 2-3 non-consecutive days a week.
    Strength,
    /// Short movements through the day, opposite to sitting.
    Movement,
    /// Regular activity towards 150 minutes a week.
    Activity,
    /// Offered at the clinic, alongside exercise.
    Therapy,
}

/// An exercise's words, shown on its card in the plan, in the guided session, on the printed
/// handout and in the builder. Each language's file has one for every exercise
/// (`words::exercises`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExerciseText {
    pub name: &'static str,
    /// What it works, in words.
    pub works: &'static str,
    /// The exercise in one line, for the printed handout.
    pub how: &'static str,
    pub steps: &'static [&'static str],
    pub easier: &'static str,
    pub harder: &'static str,
    pub caution: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Exercise {
    pub id: ExerciseId,
    /// Its words in the page's language; `Exercise` derefs to them, so `exercise.name` reads
    /// them directly.
    pub text: &'static ExerciseText,
    pub kind: Kind,
    pub targets: &'static [Muscle],
    /// Done on each side in turn.
    pub one_sided: bool,
    /// The seed exercise this one is a safer version of: the page names it.
    pub instead_of: Option<ExerciseId>,
}

impl std::ops::Deref for Exercise {
    type Target = ExerciseText;

    fn deref(&self) -> &ExerciseText {
        self.text
    }
}

impl Exercise {
    /// Part of the timed session (stretches and strengthening), not a habit or a booking.
    pub fn in_session(&self) -> bool {
        matches!(self.kind, Kind::Stretch | Kind::Strength | Kind::Movement)
    }
}

pub const CATALOGUE: [Exercise; 15] = [
    Exercise { id: ExerciseId::LungeStretch, text: &w::LUNGE_STRETCH, kind: Kind::Stretch, targets: &[Muscle::HipFlexors], one_sided: true, instead_of: None },
    Exercise { id: ExerciseId::PigeonPose, text: &w::PIGEON_POSE, kind: Kind::Stretch, targets: &[Muscle::Glutes], one_sided: true, instead_of: None },
    Exercise {
        id: ExerciseId::SeatedForwardFold,
        text: &w::SEATED_FORWARD_FOLD,
        kind: Kind::Stretch,
        targets: &[Muscle::Hamstrings],
        one_sided: false,
        instead_of: None,
    },
    Exercise { id: ExerciseId::GluteBridge, text: &w::GLUTE_BRIDGE, kind: Kind::Strength, targets: &[Muscle::Glutes], one_sided: false, instead_of: None },
    Exercise { id: ExerciseId::DeadBug, text: &w::DEAD_BUG, kind: Kind::Strength, targets: &[Muscle::Abdominals], one_sided: false, instead_of: None },
    Exercise {
        id: ExerciseId::BirdDog,
        text: &w::BIRD_DOG,
        kind: Kind::Strength,
        targets: &[Muscle::Abdominals, Muscle::Glutes, Muscle::LowerBack],
        one_sided: false,
        instead_of: None,
    },
    Exercise { id: ExerciseId::Plank, text: &w::PLANK, kind: Kind::Strength, targets: &[Muscle::Abdominals], one_sided: false, instead_of: None },
    Exercise {
        id: ExerciseId::StandingHipOpener,
        text: &w::STANDING_HIP_OPENER,
        kind: Kind::Movement,
        targets: &[Muscle::HipFlexors, Muscle::Glutes],
        one_sided: true,
        instead_of: None,
    },
    Exercise {
        id: ExerciseId::MovementBreaks,
        text: &w::MOVEMENT_BREAKS,
        kind: Kind::Activity,
        targets: &[Muscle::HipFlexors],
        one_sided: false,
        instead_of: None,
    },
    Exercise { id: ExerciseId::Walking, text: &w::WALKING, kind: Kind::Activity, targets: &[], one_sided: false, instead_of: None },
    Exercise {
        id: ExerciseId::Massage,
        text: &w::MASSAGE,
        kind: Kind::Therapy,
        targets: &[Muscle::HipFlexors, Muscle::LowerBack, Muscle::Glutes],
        one_sided: false,
        instead_of: None,
    },
    Exercise {
        id: ExerciseId::LungeStretchStanding,
        text: &w::LUNGE_STRETCH_STANDING,
        kind: Kind::Stretch,
        targets: &[Muscle::HipFlexors],
        one_sided: true,
        instead_of: Some(ExerciseId::LungeStretch),
    },
    Exercise {
        id: ExerciseId::FigureOfFour,
        text: &w::FIGURE_OF_FOUR,
        kind: Kind::Stretch,
        targets: &[Muscle::Glutes],
        one_sided: true,
        instead_of: Some(ExerciseId::PigeonPose),
    },
    Exercise {
        id: ExerciseId::LyingHamstringStretch,
        text: &w::LYING_HAMSTRING_STRETCH,
        kind: Kind::Stretch,
        targets: &[Muscle::Hamstrings],
        one_sided: true,
        instead_of: Some(ExerciseId::SeatedForwardFold),
    },
    Exercise {
        id: ExerciseId::SideLyingClam,
        text: &w::SIDE_LYING_CLAM,
        kind: Kind::Strength,
        targets: &[Muscle::Glutes],
        one_sided: true,
        instead_of: Some(ExerciseId::GluteBridge),
    },
];

impl ExerciseId {
    /// Its one name outside the code: in a clinic's settings file (serde's kebab case, which a
    /// native test holds this to), in the page's ids and attributes, and in the builder.
    pub fn key(self) -> &'static str {
        match self {
            ExerciseId::LungeStretch => "lunge-stretch",
            ExerciseId::PigeonPose => "pigeon-pose",
            ExerciseId::SeatedForwardFold => "seated-forward-fold",
            ExerciseId::GluteBridge => "glute-bridge",
            ExerciseId::DeadBug => "dead-bug",
            ExerciseId::BirdDog => "bird-dog",
            ExerciseId::Plank => "plank",
            ExerciseId::StandingHipOpener => "standing-hip-opener",
            ExerciseId::MovementBreaks => "movement-breaks",
            ExerciseId::Walking => "walking",
            ExerciseId::Massage => "massage",
            ExerciseId::LungeStretchStanding => "lunge-stretch-standing",
            ExerciseId::FigureOfFour => "figure-of-four",
            ExerciseId::LyingHamstringStretch => "lying-hamstring-stretch",
            ExerciseId::SideLyingClam => "side-lying-clam",
        }
    }

    pub fn from_key(key: &str) -> Option<ExerciseId> {
        CATALOGUE.iter().map(|e| e.id).find(|id| id.key() == key)
    }
}

/// An exercise's number: its place in the catalogue. Links and stored progress carry it, so the
/// catalogue's order is fixed: new exercises go at the end.
pub fn code(id: ExerciseId) -> u32 {
    CATALOGUE.iter().position(|e| e.id == id).expect("every id is in the catalogue") as u32
}

pub fn from_code(code: u32) -> Option<ExerciseId> {
    CATALOGUE.get(code as usize).map(|e| e.id)
}

pub fn exercise(id: ExerciseId) -> &'static Exercise {
    CATALOGUE.iter().find(|e| e.id == id).expect("every id is in the catalogue")
}

/// The movement: where the exercise starts and where it ends (the hold, or the top of the
/// repetition), both poses of the explainer's skeleton. The end is `pose(id)`.
/// `tests/model.rs` checks each pair's defining joint angles, so a drawing cannot drift into
/// another exercise.
pub fn poses(id: ExerciseId) -> (Pose, Pose) {
    let end = pose(id);
    let start = match id {
        // Hips back over the kneeling knee; the stretch comes as they shift forward.
        ExerciseId::LungeStretch => Pose { thigh_deg: -2.0, pelvic_tilt_deg: 8.0, lumbar_lordosis_deg: 42.0, ..end },
        // Upright on the hands, then folding forward over the front leg.
        ExerciseId::PigeonPose => Pose { pelvic_tilt_deg: 14.0, lumbar_lordosis_deg: 44.0, ..end },
        // Sitting tall, hands on the knees, then hinging forward from the hips.
        ExerciseId::SeatedForwardFold => Pose { pelvic_tilt_deg: 6.0, lumbar_lordosis_deg: 30.0, arm_deg: 60.0, far_arm_deg: 60.0, ..end },
        // Lying with the hips down, then lifting them.
        ExerciseId::GluteBridge => Pose { thigh_deg: 60.0, far_thigh_deg: 60.0, rotation_deg: -90.0, ..end },
        // Arms to the ceiling, hips and knees at right angles; then one arm and the other leg reach out.
        ExerciseId::DeadBug => Pose { far_thigh_deg: 90.0, far_knee_flexion_deg: 90.0, far_arm_deg: 90.0, ..end },
        // On all fours; then one arm forward and the other leg back.
        ExerciseId::BirdDog => Pose { far_thigh_deg: 90.0, far_knee_flexion_deg: 90.0, far_arm_deg: 90.0, ..end },
        // On the forearms with the knees down; then up into the straight line.
        ExerciseId::Plank => Pose { thigh_deg: 12.0, knee_flexion_deg: 80.0, far_thigh_deg: 12.0, far_knee_flexion_deg: 80.0, ..end },
        // Split stance; then the tailbone tucks under and the arms reach up.
        ExerciseId::StandingHipOpener => Pose {
            pelvic_tilt_deg: 13.0,
            lumbar_lordosis_deg: 50.0,
            thigh_deg: -6.0,
            arm_deg: 0.0,
            elbow_flexion_deg: 8.0,
            far_arm_deg: 0.0,
            far_elbow_flexion_deg: 8.0,
            ..end
        },
        // Sitting; then up and moving.
        ExerciseId::MovementBreaks => Pose {
            pelvic_tilt_deg: 4.0,
            lumbar_lordosis_deg: 34.0,
            thigh_deg: 90.0,
            knee_flexion_deg: 90.0,
            far_thigh_deg: 90.0,
            far_knee_flexion_deg: 90.0,
            arm_deg: 20.0,
            far_arm_deg: 20.0,
            ..end
        },
        // One stride, then the other.
        ExerciseId::Walking => Pose {
            thigh_deg: end.far_thigh_deg,
            knee_flexion_deg: end.far_knee_flexion_deg,
            far_thigh_deg: end.thigh_deg,
            far_knee_flexion_deg: end.knee_flexion_deg,
            arm_deg: end.far_arm_deg,
            far_arm_deg: end.arm_deg,
            ..end
        },
        // Lying on the couch: nothing moves.
        ExerciseId::Massage => end,
        ExerciseId::LungeStretchStanding => Pose { thigh_deg: -6.0, far_knee_flexion_deg: 8.0, far_thigh_deg: 20.0, ..end },
        // Sitting upright with the ankle on the knee; then leaning forward with a long back.
        ExerciseId::FigureOfFour => Pose { pelvic_tilt_deg: 6.0, lumbar_lordosis_deg: 40.0, ..end },
        // The leg bent; then straightened towards the ceiling.
        ExerciseId::LyingHamstringStretch => Pose { thigh_deg: 60.0, knee_flexion_deg: 70.0, ..end },
        // Knees together; then the top knee opens.
        ExerciseId::SideLyingClam => Pose { thigh_deg: end.far_thigh_deg, ..end },
    };
    (start, end)
}

/// The illustration: a pose of the explainer's skeleton (the end of its movement).
pub fn pose(id: ExerciseId) -> Pose {
    let base = Pose::upright(12.0, 50.0);
    match id {
        // Near leg kneeling behind, far leg in front; pelvis tucked under.
        ExerciseId::LungeStretch => Pose {
            pelvic_tilt_deg: 2.0,
            lumbar_lordosis_deg: 38.0,
            thigh_deg: -18.0,
            knee_flexion_deg: 95.0,
            far_thigh_deg: 88.0,
            far_knee_flexion_deg: 92.0,
            arm_deg: 10.0,
            far_arm_deg: 10.0,
            ..base
        },
        // Folded forward over the front shin, on the forearms.
        ExerciseId::PigeonPose => Pose {
            pelvic_tilt_deg: 58.0,
            lumbar_lordosis_deg: 20.0,
            thigh_deg: -80.0,
            knee_flexion_deg: 0.0,
            far_thigh_deg: 80.0,
            far_knee_flexion_deg: 150.0,
            arm_deg: 20.0,
            elbow_flexion_deg: 0.0,
            far_arm_deg: 20.0,
            far_elbow_flexion_deg: 0.0,
            rotation_deg: 0.0,
        },
        ExerciseId::SeatedForwardFold => Pose {
            pelvic_tilt_deg: 42.0,
            lumbar_lordosis_deg: -5.0,
            thigh_deg: 92.0,
            far_thigh_deg: 92.0,
            arm_deg: 140.0,
            elbow_flexion_deg: 0.0,
            far_arm_deg: 140.0,
            far_elbow_flexion_deg: 0.0,
            ..base
        },
        ExerciseId::GluteBridge => Pose {
            pelvic_tilt_deg: 8.0,
            lumbar_lordosis_deg: 40.0,
            thigh_deg: 1.0,
            knee_flexion_deg: 92.0,
            far_thigh_deg: 1.0,
            far_knee_flexion_deg: 92.0,
            arm_deg: -10.0,
            far_arm_deg: -10.0,
            rotation_deg: -108.0,
            ..base
        },
        ExerciseId::DeadBug => Pose {
            pelvic_tilt_deg: 0.0,
            lumbar_lordosis_deg: 30.0,
            thigh_deg: 90.0,
            knee_flexion_deg: 90.0,
            far_thigh_deg: 35.0,
            far_knee_flexion_deg: 5.0,
            arm_deg: 90.0,
            elbow_flexion_deg: 0.0,
            far_arm_deg: 160.0,
            far_elbow_flexion_deg: 0.0,
            rotation_deg: -90.0,
        },
        ExerciseId::BirdDog => Pose {
            pelvic_tilt_deg: 12.0,
            lumbar_lordosis_deg: 40.0,
            thigh_deg: 90.0,
            knee_flexion_deg: 90.0,
            far_thigh_deg: 0.0,
            far_knee_flexion_deg: 0.0,
            arm_deg: 90.0,
            elbow_flexion_deg: 0.0,
            far_arm_deg: 175.0,
            far_elbow_flexion_deg: 0.0,
            rotation_deg: 90.0,
        },
        ExerciseId::Plank => Pose {
            pelvic_tilt_deg: 6.0,
            lumbar_lordosis_deg: 35.0,
            arm_deg: 78.0,
            elbow_flexion_deg: 88.0,
            far_arm_deg: 78.0,
            far_elbow_flexion_deg: 88.0,
            rotation_deg: 78.0,
            ..base
        },
        ExerciseId::StandingHipOpener => Pose {
            pelvic_tilt_deg: 4.0,
            lumbar_lordosis_deg: 42.0,
            thigh_deg: -14.0,
            far_thigh_deg: 6.0,
            arm_deg: 170.0,
            elbow_flexion_deg: 0.0,
            far_arm_deg: 170.0,
            far_elbow_flexion_deg: 0.0,
            ..base
        },
        ExerciseId::MovementBreaks => Pose {
            thigh_deg: 12.0,
            knee_flexion_deg: 10.0,
            far_thigh_deg: -14.0,
            arm_deg: -20.0,
            far_arm_deg: 25.0,
            elbow_flexion_deg: 30.0,
            far_elbow_flexion_deg: 30.0,
            ..base
        },
        ExerciseId::Walking => Pose {
            thigh_deg: 22.0,
            knee_flexion_deg: 8.0,
            far_thigh_deg: -18.0,
            far_knee_flexion_deg: 20.0,
            arm_deg: -25.0,
            far_arm_deg: 25.0,
            elbow_flexion_deg: 20.0,
            far_elbow_flexion_deg: 20.0,
            ..base
        },
        ExerciseId::LungeStretchStanding => Pose {
            pelvic_tilt_deg: 4.0,
            lumbar_lordosis_deg: 40.0,
            thigh_deg: -20.0,
            far_thigh_deg: 28.0,
            far_knee_flexion_deg: 30.0,
            arm_deg: 40.0,
            far_arm_deg: 40.0,
            ..base
        },
        // Seated on a chair, leaning forward, the far ankle resting on the near knee.
        ExerciseId::FigureOfFour => Pose {
            pelvic_tilt_deg: 30.0,
            lumbar_lordosis_deg: 30.0,
            thigh_deg: 90.0,
            knee_flexion_deg: 90.0,
            far_thigh_deg: 75.0,
            far_knee_flexion_deg: 125.0,
            arm_deg: 40.0,
            far_arm_deg: 40.0,
            ..base
        },
        ExerciseId::LyingHamstringStretch => Pose {
            pelvic_tilt_deg: 0.0,
            lumbar_lordosis_deg: 30.0,
            thigh_deg: 75.0,
            knee_flexion_deg: 0.0,
            far_thigh_deg: 0.0,
            far_knee_flexion_deg: 0.0,
            arm_deg: 110.0,
            elbow_flexion_deg: 20.0,
            far_arm_deg: 110.0,
            far_elbow_flexion_deg: 20.0,
            rotation_deg: -90.0,
        },
        // The top knee opened: drawn as the near thigh lifting away from the far one.
        ExerciseId::SideLyingClam => Pose {
            pelvic_tilt_deg: 8.0,
            lumbar_lordosis_deg: 40.0,
            thigh_deg: 62.0,
            knee_flexion_deg: 95.0,
            far_thigh_deg: 45.0,
            far_knee_flexion_deg: 95.0,
            arm_deg: 170.0,
            elbow_flexion_deg: 120.0,
            far_arm_deg: 30.0,
            rotation_deg: -90.0,
            ..base
        },
        // Lying face down on the couch.
        ExerciseId::Massage => Pose { pelvic_tilt_deg: 10.0, lumbar_lordosis_deg: 40.0, arm_deg: 10.0, far_arm_deg: 10.0, rotation_deg: 90.0, ..base },
    }
}
