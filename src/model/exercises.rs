//! The catalogue: what each exercise is, what it works, how to do it, and its pose.
//! Dosage is not stored here: `plan.rs` sets it from the ACSM figures and the person.

use serde::Deserialize;

use super::figure::Pose;
use super::posture::Muscle;

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

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Exercise {
    pub id: ExerciseId,
    pub name: &'static str,
    pub kind: Kind,
    pub targets: &'static [Muscle],
    /// What it works, in words.
    pub works: &'static str,
    /// The exercise in one line, for the printed handout.
    pub how: &'static str,
    pub steps: &'static [&'static str],
    pub easier: &'static str,
    pub harder: &'static str,
    pub caution: &'static str,
    /// Done on each side in turn.
    pub one_sided: bool,
    /// The seed exercise this one is a safer version of: the page names it.
    pub instead_of: Option<ExerciseId>,
}

impl Exercise {
    /// Part of the timed session (stretches and strengthening), not a habit or a booking.
    pub fn in_session(&self) -> bool {
        matches!(self.kind, Kind::Stretch | Kind::Strength | Kind::Movement)
    }
}

pub const CATALOGUE: [Exercise; 15] = [
    Exercise {
        id: ExerciseId::LungeStretch,
        name: "Lunge stretch",
        kind: Kind::Stretch,
        targets: &[Muscle::HipFlexors],
        works: "the hip flexors at the front of the hip",
        how: "Half-kneel, tuck the tailbone under, then shift the hips forward until the front of the back hip stretches.",
        steps: &[
            "Kneel on your right knee on a cushion, left foot flat in front, both knees at right angles.",
            "Tuck your tailbone under, as if doing up a tight belt, and squeeze your right buttock.",
            "Shift your hips forward until you feel a gentle stretch at the front of the right hip.",
            "Keep your trunk upright and breathe slowly; then swap sides.",
        ],
        easier: "Stand in a short split stance holding a chair, and tuck the tailbone under.",
        harder: "Raise the arm on the kneeling side overhead and lean slightly away from it.",
        caution: "Pad the knee. Do not arch your lower back to go further: the tuck makes the stretch.",
        one_sided: true,
        instead_of: None,
    },
    Exercise {
        id: ExerciseId::PigeonPose,
        name: "Pigeon pose",
        kind: Kind::Stretch,
        targets: &[Muscle::Glutes],
        works: "the glutes and the deep hip rotators (the small muscles deep in the buttock that turn the leg out)",
        how: "Front shin angled across, back leg straight behind, hips square: lower the hips until the buttock stretches.",
        steps: &[
            "From hands and knees, bring your right knee forward behind your right wrist.",
            "Let your right shin angle across towards your left hip; slide your left leg straight back.",
            "Square your hips and lower them as far as is comfortable, supported on your hands.",
            "Stay upright or fold forward over the front leg; then swap sides.",
        ],
        easier: "Figure-of-four stretch: sit on a chair, rest your right ankle on your left knee, and lean forward with a long back.",
        harder: "Fold forward onto your forearms, keeping the hips square.",
        caution: "Skip it if it hurts the front knee; use the figure-of-four stretch instead.",
        one_sided: true,
        instead_of: None,
    },
    Exercise {
        id: ExerciseId::SeatedForwardFold,
        name: "Seated forward fold",
        kind: Kind::Stretch,
        targets: &[Muscle::Hamstrings],
        works: "the hamstrings at the back of the thighs",
        how: "Sit tall with the legs out and knees soft, then hinge forward from the hips with a long back.",
        steps: &[
            "Sit tall on the floor with your legs straight out in front, knees soft.",
            "Hinge forward from the hips, keeping your back long, and reach towards your shins.",
            "Stop at a gentle stretch behind the thighs and breathe slowly.",
        ],
        easier: "Sit on a folded towel or cushion and bend the knees a little more.",
        harder: "Loop a strap around your feet and draw yourself gently further forward.",
        caution: "Hinge from the hips; avoid rounding hard through the lower back, and stop if you feel tingling down a leg.",
        one_sided: false,
        instead_of: None,
    },
    Exercise {
        id: ExerciseId::GluteBridge,
        name: "Glute bridge",
        kind: Kind::Strength,
        targets: &[Muscle::Glutes],
        works: "the glutes and the back of the thighs",
        how: "Lying with knees bent, squeeze the buttocks and lift the hips until shoulders, hips and knees line up.",
        steps: &[
            "Lie on your back with knees bent and feet flat, hip-width apart.",
            "Tighten your tummy gently, then squeeze your buttocks and lift your hips.",
            "Stop when shoulders, hips and knees are in a line; hold for two breaths.",
            "Lower slowly, one vertebra at a time.",
        ],
        easier: "Lift only halfway, or hold for a single breath.",
        harder: "Single-leg bridge: straighten one leg and lift with the other.",
        caution: "Lift with the buttocks, not by arching the lower back.",
        one_sided: false,
        instead_of: None,
    },
    Exercise {
        id: ExerciseId::DeadBug,
        name: "Dead bug",
        kind: Kind::Strength,
        targets: &[Muscle::Abdominals],
        works: "the deep core muscles that steady the pelvis",
        how: "Lying with the lower back pressed down, slowly lower the opposite arm and leg, then swap.",
        steps: &[
            "Lie on your back, arms pointing to the ceiling, hips and knees bent at right angles.",
            "Press your lower back gently into the floor.",
            "Slowly lower the opposite arm and leg towards the floor without letting your back lift.",
            "Return and swap sides: that is one repetition.",
        ],
        easier: "Move only the legs, one heel tap at a time, arms resting on the floor.",
        harder: "Hold a light weight in the hands, or move more slowly.",
        caution: "Only go as low as you can keep the lower back down.",
        one_sided: false,
        instead_of: None,
    },
    Exercise {
        id: ExerciseId::BirdDog,
        name: "Bird dog",
        kind: Kind::Strength,
        targets: &[Muscle::Abdominals, Muscle::Glutes, Muscle::LowerBack],
        works: "the core, glutes and back muscles together",
        how: "On hands and knees with a flat back, reach one arm forward and the opposite leg back, then swap.",
        steps: &[
            "Kneel on hands and knees, hands under shoulders, knees under hips.",
            "Keeping your back flat, reach one arm forward and the opposite leg back.",
            "Hold for two breaths without letting the hips tip, then return.",
            "Swap sides: that is one repetition.",
        ],
        easier: "Slide only the leg back along the floor, hands staying down.",
        harder: "Draw elbow and knee together under you between reaches.",
        caution: "Keep the movement small enough that your back stays level.",
        one_sided: false,
        instead_of: None,
    },
    Exercise {
        id: ExerciseId::Plank,
        name: "Forearm plank",
        kind: Kind::Strength,
        targets: &[Muscle::Abdominals],
        works: "the whole core",
        how: "On the forearms, hold a straight line from head to heels, breathing steadily.",
        steps: &[
            "Lie face down on your forearms, elbows under shoulders.",
            "Lift your body so it makes a straight line from head to heels.",
            "Hold, breathing steadily, then lower.",
        ],
        easier: "Keep your knees on the floor.",
        harder: "Lift one foot a few centimetres for each hold.",
        caution: "Stop if your hips sag or your back aches.",
        one_sided: false,
        instead_of: None,
    },
    Exercise {
        id: ExerciseId::StandingHipOpener,
        name: "Standing hip opener",
        kind: Kind::Movement,
        targets: &[Muscle::HipFlexors, Muscle::Glutes],
        works: "the front of the hips and the glutes, the opposite of sitting",
        how: "Step one foot back, squeeze that buttock and tuck the tailbone under until the front of the hip opens.",
        steps: &[
            "Stand tall and take a small step back with your right foot.",
            "Squeeze your right buttock and tuck your tailbone under until the front of the hip opens.",
            "Breathe out, relax, and swap sides.",
        ],
        easier: "Hold a chair back or a desk for balance.",
        harder: "Reach both arms overhead as you open the hip.",
        caution: "Keep the ribs down: the movement is at the hip, not an arch of the back.",
        one_sided: true,
        instead_of: None,
    },
    Exercise {
        id: ExerciseId::MovementBreaks,
        name: "Movement breaks",
        kind: Kind::Activity,
        targets: &[Muscle::HipFlexors],
        works: "the whole body, breaking up long sitting",
        how: "Stand up and move for a minute or two, tied to something that happens anyway.",
        steps: &[
            "Stand up and move for a minute or two: walk to fetch water, take calls standing.",
            "Tie the habit to something that happens anyway, such as the end of each meeting or each hour.",
        ],
        easier: "Simply stand up and sit down again a few times.",
        harder: "Add a standing hip opener to every break.",
        caution: "No study fixes how often to break up sitting; this is a practical habit, not a prescription.",
        one_sided: false,
        instead_of: None,
    },
    Exercise {
        id: ExerciseId::Walking,
        name: "Brisk walking",
        kind: Kind::Activity,
        targets: &[],
        works: "the heart, the lungs and the hips through their full range",
        how: "Walk briskly enough to raise your breathing while you can still talk.",
        steps: &[
            "Walk briskly enough to raise your breathing while you can still talk.",
            "Add about 30 minutes a week (for example, 10 more minutes on three days) until you reach 150 minutes a week.",
            "Swimming, cycling and yoga count too.",
        ],
        easier: "Split it into 10-minute walks.",
        harder: "Add hills, or swap some walks for swimming or cycling.",
        caution: "Start gently if you have been inactive.",
        one_sided: false,
        instead_of: None,
    },
    Exercise {
        id: ExerciseId::Massage,
        name: "Massage therapy",
        kind: Kind::Therapy,
        targets: &[Muscle::HipFlexors, Muscle::LowerBack, Muscle::Glutes],
        works: "tight hip and back muscles, with deep tissue massage and myofascial release (slow, steady pressure on a muscle and the tissue around it) at the clinic",
        how: "At the clinic, alongside the exercises, not instead of them.",
        steps: &[
            "A therapist assesses your hips and back and works on the tight areas.",
            "It helps most alongside the exercises, not instead of them (NICE NG59).",
        ],
        easier: "A lighter, relaxing massage.",
        harder: "Regular sessions while you build up the exercises.",
        caution: "Tell the therapist about any health conditions or medicines first.",
        one_sided: false,
        instead_of: None,
    },
    Exercise {
        id: ExerciseId::LungeStretchStanding,
        name: "Standing lunge stretch",
        kind: Kind::Stretch,
        targets: &[Muscle::HipFlexors],
        works: "the hip flexors at the front of the hip, with no kneeling",
        how: "Holding a chair, step one foot back, tuck the tailbone under and bend the front knee a little.",
        steps: &[
            "Stand holding a chair back, and step your right foot back into a short split stance.",
            "Tuck your tailbone under, as if doing up a tight belt, and squeeze your right buttock.",
            "Bend the front knee a little until you feel a gentle stretch at the front of the right hip.",
            "Keep your trunk upright and breathe slowly; then swap sides.",
        ],
        easier: "Take a shorter step and keep the front knee nearly straight.",
        harder: "Raise the arm on the back-leg side overhead.",
        caution: "Keep the front knee over the ankle, not past the toes. Do not arch your lower back to go further.",
        one_sided: true,
        instead_of: Some(ExerciseId::LungeStretch),
    },
    Exercise {
        id: ExerciseId::FigureOfFour,
        name: "Figure-of-four stretch",
        kind: Kind::Stretch,
        targets: &[Muscle::Glutes],
        works: "the glutes and the deep hip rotators, sitting on a chair",
        how: "Sitting, rest one ankle on the other knee and lean forward from the hips with a long back.",
        steps: &[
            "Sit tall near the front of a steady chair, both feet flat.",
            "Rest your right ankle on your left knee, so your legs make the shape of a 4.",
            "Keeping your back long, lean forward from the hips until you feel a gentle stretch in the right buttock.",
            "Breathe slowly; then swap sides.",
        ],
        easier: "Sit upright without leaning, or rest the ankle lower down, on the shin.",
        harder: "Pigeon pose on the floor, if your knees and hips are comfortable there: front shin across the mat, back leg long behind you.",
        caution: "Stop if you feel it in the knee rather than the buttock.",
        one_sided: true,
        instead_of: Some(ExerciseId::PigeonPose),
    },
    Exercise {
        id: ExerciseId::LyingHamstringStretch,
        name: "Lying hamstring stretch with a strap",
        kind: Kind::Stretch,
        targets: &[Muscle::Hamstrings],
        works: "the hamstrings at the back of the thighs, lying down with the back supported",
        how: "Lying, with a strap round one foot, straighten that leg towards the ceiling to a gentle stretch.",
        steps: &[
            "Lie on your back, knees bent, and loop a strap, belt or towel around your right foot.",
            "Straighten the right leg towards the ceiling, holding the strap with both hands.",
            "Stop at a gentle stretch behind the thigh; keep your head and back relaxed on the floor.",
            "Breathe slowly; then swap sides.",
        ],
        easier: "Keep the knee of the raised leg slightly bent.",
        harder: "Straighten the other leg along the floor.",
        caution: "Stop and lower the leg if you feel tingling, burning or pain spreading down the leg.",
        one_sided: true,
        instead_of: Some(ExerciseId::SeatedForwardFold),
    },
    Exercise {
        id: ExerciseId::SideLyingClam,
        name: "Side-lying clam",
        kind: Kind::Strength,
        targets: &[Muscle::Glutes],
        works: "the glutes at the side and back of the hip, lying on your side",
        how: "Lying on your side, feet together, lift the top knee without rolling back, then lower it slowly.",
        steps: &[
            "Lie on your left side, head on your arm or a cushion, hips and knees bent.",
            "Keep your feet together and your hips stacked.",
            "Lift your right knee as far as is comfortable without rolling back, then lower it slowly.",
            "Do all the repetitions, then turn over for the other side.",
        ],
        easier: "Make the movement smaller.",
        harder: "Pause for two breaths at the top of each lift.",
        caution: "Keep the movement at the hip: the pelvis stays still.",
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
