//! Inputs + posture + screening answers -> the plan: which exercises, in what order, how much,
//! and on which days.

use serde::{Deserialize, Serialize};

use super::exercises::{exercise, ExerciseId, Kind};
use super::num::fmt_num;
use super::posture::{posture, InputId, Inputs, Posture};
use super::safety::{advice, RedFlag, SafetyAdvice};

/// Adherence falls as the list grows: fewer exercises are done more faithfully.
pub const MAX_SESSION_EXERCISES: usize = 6;

/// WHO 2020: 150-300 minutes of moderate activity a week.
pub const ACTIVITY_GOAL_MINUTES: f64 = 150.0;

/// Strengthening on 2-3 non-consecutive days (ACSM): Monday, Wednesday, Friday.
pub const STRENGTH_DAYS: [usize; 3] = [0, 2, 4];
pub const DAY_NAMES: [&str; 7] =
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Choices about the person that change the dosage.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanSettings {
    /// 65 or older: longer holds (ACSM 30-60 s) and lighter, higher-repetition sets (10-15).
    pub older_adult: bool,
}

/// How much of an exercise, and how often.
#[derive(Clone, Debug, PartialEq)]
pub enum Dosage {
    /// Held stretches: ACSM, hold 10-30 s (30-60 s for older adults), 2-4 repetitions,
    /// about 60 s per stretch in all, daily is best.
    Hold { seconds: u32, repetitions: u32, per_side: bool, days_per_week: u32 },
    /// Strengthening: ACSM beginners, 1-3 sets of 8-12 (10-15 older or deconditioned),
    /// 2-3 non-consecutive days a week; progress when 3 sets of 12 are easy.
    Reps { sets: u32, reps_low: u32, reps_high: u32, days_per_week: u32 },
    /// A timed hold done in sets (plank).
    TimedSets { sets: u32, seconds: u32, days_per_week: u32 },
    /// A habit or a booking, in words.
    Habit(String),
}

impl Dosage {
    pub fn text(&self) -> String {
        match self {
            Dosage::Hold { seconds, repetitions, per_side, days_per_week } => format!(
                "Hold {seconds} seconds, {repetitions} times{}, {}",
                if *per_side { " on each side" } else { "" },
                days_text(*days_per_week)
            ),
            Dosage::Reps { sets, reps_low, reps_high, days_per_week } => format!(
                "{sets} sets of {reps_low} to {reps_high} repetitions, {}",
                days_text(*days_per_week)
            ),
            Dosage::TimedSets { sets, seconds, days_per_week } => {
                format!("{sets} holds of {seconds} seconds, {}", days_text(*days_per_week))
            }
            Dosage::Habit(s) => s.clone(),
        }
    }
}

fn days_text(days: u32) -> String {
    if days >= 7 {
        "every day".to_string()
    } else {
        format!("{days} days a week, never two in a row")
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct PlanItem {
    pub id: ExerciseId,
    /// Why it is in this person's plan, tied to their sliders.
    pub why: String,
    pub dosage: Dosage,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    /// The guided session: stretches first, then strengthening; at most six.
    pub session: Vec<PlanItem>,
    /// Habits through the week, and massage at the clinic.
    pub habits: Vec<PlanItem>,
    /// Which session exercises fall on each day, Monday first.
    pub week: [Vec<ExerciseId>; 7],
}

#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Plan(Plan),
    /// A red flag was ticked: no exercises, only this advice.
    SeekHelp(SafetyAdvice),
}

struct Candidate {
    id: ExerciseId,
    /// Higher comes first; tight hip flexors give the lunge stretch the top score.
    score: f64,
    why: String,
}

pub fn make_plan(inputs: &Inputs, settings: PlanSettings, red_flags: &[RedFlag]) -> Outcome {
    if let Some(a) = advice(red_flags) {
        return Outcome::SeekHelp(a);
    }
    let i = inputs.clamped();
    let p = posture(&i);
    let mut candidates = candidates(&i, &p);
    candidates.sort_by(|a, b| b.score.total_cmp(&a.score));
    candidates.truncate(MAX_SESSION_EXERCISES);
    // Stretches and movement before strengthening; by need within each group.
    candidates.sort_by(|a, b| {
        group(a.id).cmp(&group(b.id)).then(b.score.total_cmp(&a.score))
    });

    let session: Vec<PlanItem> = candidates
        .into_iter()
        .map(|c| PlanItem { id: c.id, why: c.why, dosage: dosage(c.id, settings) })
        .collect();
    let week = std::array::from_fn(|day| {
        session
            .iter()
            .filter(|it| exercise(it.id).kind != Kind::Strength || STRENGTH_DAYS.contains(&day))
            .map(|it| it.id)
            .collect()
    });
    Outcome::Plan(Plan { session, habits: habits(&i), week })
}

fn group(id: ExerciseId) -> u8 {
    match exercise(id).kind {
        Kind::Stretch => 0,
        Kind::Movement => 1,
        _ => 2,
    }
}

fn candidates(i: &Inputs, p: &Posture) -> Vec<Candidate> {
    let shortening = p.hip_flexor_shortening;
    let hf = InputId::HipFlexors.describe(i.hip_flexor_tightness);
    let ham = InputId::Hamstrings.describe(i.hamstring_tightness);
    let glutes = InputId::Glutes.describe(i.glute_strength);
    let core = InputId::Core.describe(i.core_strength);
    let mut out = Vec::new();

    if shortening >= 2.0 {
        let sitting = if i.sitting_hours_per_day >= 6.0 {
            format!(" and {} hours of sitting a day keep them short", fmt_num(i.sitting_hours_per_day))
        } else {
            String::new()
        };
        push(
            &mut out,
            ExerciseId::LungeStretch,
            shortening + if shortening >= 6.5 { 10.0 } else { 0.0 },
            format!("Your hip flexors are {hf}{sitting}; this stretch lengthens them and lets the pelvis sit more level."),
        );
    }
    if i.hamstring_tightness >= 4.0 {
        push(
            &mut out,
            ExerciseId::SeatedForwardFold,
            i.hamstring_tightness,
            format!("Your hamstrings are {ham}; tight hamstrings make the lower back bend more when you bend forward."),
        );
    }
    if shortening >= 5.0 || i.hamstring_tightness >= 6.5 {
        push(
            &mut out,
            ExerciseId::PigeonPose,
            (shortening + i.hamstring_tightness) / 2.0 - 1.5,
            "Stiff hips make the lower back compensate; this opens the glutes and the back of the hip.".to_string(),
        );
    }
    if i.sitting_hours_per_day >= 6.0 {
        push(
            &mut out,
            ExerciseId::StandingHipOpener,
            i.sitting_hours_per_day / 2.0,
            format!("You sit about {} hours a day; this is the movement opposite to sitting.", fmt_num(i.sitting_hours_per_day)),
        );
    }
    if i.glute_strength <= 6.0 {
        push(
            &mut out,
            ExerciseId::GluteBridge,
            10.5 - i.glute_strength,
            format!("Your glutes are {glutes}; strong glutes hold the back of the pelvis down and share the load with your back."),
        );
    }
    if i.core_strength <= 6.0 {
        push(
            &mut out,
            ExerciseId::DeadBug,
            10.5 - i.core_strength,
            format!("Your core is {core}; this trains it to hold the pelvis steady while the limbs move."),
        );
    }
    if i.core_strength <= 7.0 && i.glute_strength <= 7.0 && p.back_load_score >= 1.0 {
        push(
            &mut out,
            ExerciseId::BirdDog,
            (20.0 - i.core_strength - i.glute_strength) / 2.0 - 1.0,
            "Your back works hard; this teaches core, glutes and back muscles to share the work.".to_string(),
        );
    }
    if i.core_strength >= 5.0 {
        push(
            &mut out,
            ExerciseId::Plank,
            i.core_strength - 4.0,
            format!("Your core is {core}; the plank keeps it that way and builds endurance."),
        );
    }
    // Someone supple and strong still gets a short routine to keep it so.
    if out.iter().all(|c| exercise(c.id).kind != Kind::Stretch) {
        push(
            &mut out,
            ExerciseId::LungeStretch,
            1.0,
            "Your hip flexors look supple; a daily stretch keeps them that way.".to_string(),
        );
    }
    if out.iter().all(|c| exercise(c.id).kind != Kind::Strength) {
        push(
            &mut out,
            ExerciseId::GluteBridge,
            0.5,
            "Your glutes are strong; a short set keeps them working for your back.".to_string(),
        );
    }
    out
}

fn push(out: &mut Vec<Candidate>, id: ExerciseId, score: f64, why: String) {
    out.push(Candidate { id, score, why });
}

pub fn dosage(id: ExerciseId, s: PlanSettings) -> Dosage {
    let e = exercise(id);
    match (e.kind, id) {
        (Kind::Stretch, _) => Dosage::Hold {
            seconds: if s.older_adult { 45 } else { 30 },
            repetitions: 2,
            per_side: e.one_sided,
            days_per_week: 7,
        },
        (Kind::Movement, _) => Dosage::Hold {
            seconds: 15,
            repetitions: 2,
            per_side: e.one_sided,
            days_per_week: 7,
        },
        (Kind::Strength, ExerciseId::Plank) => Dosage::TimedSets {
            sets: 3,
            seconds: if s.older_adult { 15 } else { 20 },
            days_per_week: STRENGTH_DAYS.len() as u32,
        },
        (Kind::Strength, _) => {
            let (low, high) = if s.older_adult { (10, 15) } else { (8, 12) };
            Dosage::Reps { sets: 2, reps_low: low, reps_high: high, days_per_week: STRENGTH_DAYS.len() as u32 }
        }
        (Kind::Activity, _) | (Kind::Therapy, _) => Dosage::Habit(String::new()),
    }
}

fn habits(i: &Inputs) -> Vec<PlanItem> {
    let mut out = Vec::new();
    if i.sitting_hours_per_day >= 6.0 {
        out.push(PlanItem {
            id: ExerciseId::MovementBreaks,
            why: format!(
                "You sit about {} hours a day, and long sitting keeps the hip flexors short.",
                fmt_num(i.sitting_hours_per_day)
            ),
            dosage: Dosage::Habit(
                "Stand up and move for a minute or two every 30 to 60 minutes of sitting. No study fixes the best interval: pick one you will keep, such as the end of every meeting.".to_string(),
            ),
        });
    }
    if i.activity_minutes_per_week < ACTIVITY_GOAL_MINUTES {
        let goal = walking_goal(i.activity_minutes_per_week);
        out.push(PlanItem {
            id: ExerciseId::Walking,
            why: format!(
                "You are active for about {} minutes a week; the advice for adults is at least 150 (WHO 2020).",
                fmt_num(i.activity_minutes_per_week)
            ),
            dosage: Dosage::Habit(format!(
                "This week: {} minutes of brisk walking (about {} minutes on five days), then add about 30 minutes a week until you reach 150.",
                fmt_num(goal),
                fmt_num((goal / 5.0).round())
            )),
        });
    }
    out.push(PlanItem {
        id: ExerciseId::Massage,
        why: "Massage can ease tight hip and back muscles and helps most alongside exercise (NICE NG59).".to_string(),
        dosage: Dosage::Habit("Book a session at the clinic; your therapist will suggest how often.".to_string()),
    });
    out
}

/// This week's walking target: 30 minutes more than now (at least 60), never above 150.
pub fn walking_goal(current_minutes: f64) -> f64 {
    let c = if current_minutes.is_finite() { current_minutes.max(0.0) } else { 0.0 };
    ((c + 30.0).max(60.0).min(ACTIVITY_GOAL_MINUTES) / 10.0).round() * 10.0
}
