//! Inputs + posture + screening answers -> the plan: which exercises, in what order, how much,
//! and on which days.

use super::exercises::{exercise, ExerciseId, Kind};
use super::order;
use super::posture::{posture, InputId, Inputs, Posture};
use super::programme::{ProgrammeHeader, Version};
use super::safety::{advice, Caution, RedFlag, SafetyAdvice, Screening, Tier};
use super::words::plan_text as w;

/// Adherence falls as the list grows: fewer exercises are done more faithfully.
pub const MAX_SESSION_EXERCISES: usize = 6;

/// WHO 2020: 150-300 minutes of moderate activity a week.
pub const ACTIVITY_GOAL_MINUTES: f64 = 150.0;
/// How much more activity to add each week, in minutes: the one build-up figure the page uses.
pub const ACTIVITY_STEP_MINUTES: f64 = 30.0;

/// Strengthening on 2-3 non-consecutive days (ACSM): Monday, Wednesday, Friday.
pub const STRENGTH_DAYS: [usize; 3] = [0, 2, 4];
pub const DAY_NAMES: [&str; 7] = super::words::calendar::WEEKDAYS;

/// Rest between strengthening sets. A practical figure for beginners, not taken from a trial;
/// the therapist can change it.
pub const REST_BETWEEN_SETS_SECONDS: u32 = 60;

/// How much of an exercise, and how often.
#[derive(Clone, Debug, PartialEq)]
pub enum Dosage {
    /// Held stretches: ACSM, hold 10-30 s (30-60 s for older adults), 2-4 repetitions,
    /// about 60 s per stretch in all, daily is best.
    Hold { seconds: u32, repetitions: u32, per_side: bool, days_per_week: u32 },
    /// Strengthening: ACSM beginners, 1-3 sets of 8-12 (10-15 older or deconditioned),
    /// 2-3 non-consecutive days a week. When to add a set or move on (`progression`) is a
    /// therapists' rule of thumb, not ACSM's.
    /// `per_side`: each set on one side, then the other (a therapist's programme can ask it).
    Reps { sets: u32, reps_low: u32, reps_high: u32, rest_seconds: u32, per_side: bool, days_per_week: u32 },
    /// A timed hold done in sets (plank).
    TimedSets { sets: u32, seconds: u32, rest_seconds: u32, per_side: bool, days_per_week: u32 },
    /// A habit or a booking, in words.
    Habit(String),
}

impl Dosage {
    pub fn text(&self) -> String {
        match self {
            Dosage::Hold { seconds, repetitions, per_side, days_per_week } => w::hold(*seconds, *repetitions, *per_side, *days_per_week),
            Dosage::Reps { sets, reps_low, reps_high, rest_seconds, per_side, days_per_week } => {
                w::reps(*sets, *reps_low, *reps_high, *rest_seconds, *per_side, *days_per_week)
            }
            Dosage::TimedSets { sets, seconds, rest_seconds, per_side, days_per_week } => {
                w::timed_sets(*sets, *seconds, *rest_seconds, *per_side, *days_per_week)
            }
            Dosage::Habit(s) => s.clone(),
        }
    }

    /// When to make it harder, shown with the dose: a rule of thumb therapists use, not a
    /// finding. `harder_offered` is false where a caution rules out harder versions (thin
    /// bones): the step then stops at adding sets.
    pub fn progression(&self, harder_offered: bool) -> Option<String> {
        match self {
            Dosage::Reps { sets, reps_high, .. } => Some(w::progression_reps(*sets, *reps_high, harder_offered)),
            Dosage::TimedSets { .. } => Some(w::progression_timed(harder_offered)),
            // A stretch has no next step to earn: mild tension, never pain, every time.
            Dosage::Hold { .. } | Dosage::Habit(_) => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct PlanItem {
    pub id: ExerciseId,
    /// Why it is in this person's plan, tied to their sliders, or the therapist's note.
    pub why: String,
    pub dosage: Dosage,
    /// The easier, standard or harder version (a therapist's programme can choose it).
    pub version: Version,
}

/// A change a caution made to the plan, with the reason shown to the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub caution: Caution,
    pub from: ExerciseId,
    /// The safer version put in its place, or None when it was left out.
    pub to: Option<ExerciseId>,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    /// The guided session: stretches first, then strengthening; at most six.
    pub session: Vec<PlanItem>,
    /// Habits through the week, and massage at the clinic.
    pub habits: Vec<PlanItem>,
    /// Which session exercises fall on each day, Monday first.
    pub week: [Vec<ExerciseId>; 7],
    /// The cautions ticked, each shown with its advice.
    pub cautions: Vec<Caution>,
    /// What the cautions changed, and why.
    pub changes: Vec<Change>,
    /// Pain not eased after four to six weeks: advise a review, keep a gentle plan.
    pub review: bool,
    /// Set when this is a therapist's programme rather than the page's suggestion.
    pub programme: Option<ProgrammeHeader>,
    /// Red flags that ask for a GP first, which a doctor or physiotherapist has already
    /// checked (the person says so): the plan is shown with a safety net.
    pub checked_flags: Vec<RedFlag>,
}

// A plan is far larger than the other outcomes; there are only ever a few of them, memoised.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// The safety questions have not been answered yet: no plan.
    NotAnswered,
    /// A red flag was ticked: no exercises, only this advice.
    SeekHelp(SafetyAdvice),
    /// Under 16: the page is written for adults.
    NotForUnder16,
    Plan(Plan),
}

struct Candidate {
    id: ExerciseId,
    /// Higher comes first; tight hip flexors give the lunge stretch the top score.
    score: f64,
    why: String,
}

/// The safety screen's answer before any plan, the page's or a therapist's: not answered yet,
/// a red flag (seek help, no exercises), or under 16. None when a plan may be shown.
pub fn stopped_by_screen(screening: &Screening) -> Option<Outcome> {
    // A warning sign is told at once, whatever else is still unanswered.
    if let Some(a) = advice(&screening.red_flags) {
        // "Already checked" lifts only the least urgent tier, never an emergency or same-day.
        if !(a.tier == Tier::Soon && screening.already_checked) {
            return Some(Outcome::SeekHelp(a));
        }
    }
    if screening.under_16 {
        return Some(Outcome::NotForUnder16);
    }
    (!screening.answered()).then_some(Outcome::NotAnswered)
}

pub fn make_plan(inputs: &Inputs, screening: &Screening) -> Outcome {
    if let Some(stop) = stopped_by_screen(screening) {
        return stop;
    }
    let i = inputs.clamped();
    let p = posture(&i);
    let mut candidates = candidates(&i, &p);
    order::sort_by(&mut candidates, |a, b| b.score.total_cmp(&a.score));
    candidates.truncate(MAX_SESSION_EXERCISES);
    // Stretches and movement before strengthening; by need within each group.
    order::sort_by(&mut candidates, |a, b| group(a.id).cmp(&group(b.id)).then(b.score.total_cmp(&a.score)));
    let (candidates, mut changes) = apply_cautions(candidates, &screening.cautions);
    // Habits and the booking go through the same rules: one can only be left out.
    let kept_habits: Vec<PlanItem> = habits(&i).into_iter().filter(|h| safer(h.id, &screening.cautions, &mut changes).is_some()).collect();

    let older = screening.has(Caution::Age65Plus);
    let session: Vec<PlanItem> = candidates
        .into_iter()
        .map(|c| PlanItem { id: c.id, why: c.why, dosage: dosage(c.id, older), version: caution_version(&screening.cautions, c.id, Version::Standard) })
        .collect();
    let week =
        std::array::from_fn(|day| session.iter().filter(|it| exercise(it.id).kind != Kind::Strength || STRENGTH_DAYS.contains(&day)).map(|it| it.id).collect());
    Outcome::Plan(Plan {
        session,
        habits: kept_habits,
        week,
        cautions: screening.cautions.clone(),
        changes,
        review: screening.no_better_after_weeks,
        programme: None,
        checked_flags: screening.red_flags.clone(),
    })
}

/// What a clinic's settings file changes in the plan a person is shown.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClinicRules {
    /// Exercises the clinic does not offer: left out of every plan.
    pub hidden: Vec<ExerciseId>,
    /// The clinic's stretch hold for people 65 or older (30 to 60 s), in the suggested plan.
    pub hold_seconds_65_plus: Option<u32>,
}

/// The plan a person is shown. A therapist's programme kept on the device, unless they chose
/// the suggestion (`programme` None), with every caution applied to it as to the suggested
/// plan; otherwise the suggested plan, with the clinic's hold for people 65 or older (a
/// therapist's doses stay as written). The clinic's hidden exercises are left out of either.
pub fn shown_outcome(inputs: &Inputs, screening: &Screening, programme: Option<&super::programme::Programme>, rules: &ClinicRules) -> Outcome {
    match programme {
        Some(p) => match p.plan(screening) {
            Outcome::Plan(plan) => Outcome::Plan(plan.without(&rules.hidden)),
            other => other,
        },
        None => match make_plan(inputs, screening) {
            Outcome::Plan(plan) => {
                let plan = plan.without(&rules.hidden);
                Outcome::Plan(match rules.hold_seconds_65_plus {
                    Some(seconds) => plan.with_hold_65_plus(seconds),
                    None => plan,
                })
            }
            other => other,
        },
    }
}

impl Plan {
    /// The exercise a caution swapped for `id`, if one did (the card says "In place of ...").
    pub fn swapped_for(&self, id: ExerciseId) -> Option<ExerciseId> {
        self.changes.iter().find(|c| c.to == Some(id)).map(|c| c.from)
    }

    /// Whether the cards may show a harder version (not with thin bones).
    pub fn offers_harder(&self) -> bool {
        !self.cautions.contains(&Caution::Osteoporosis)
    }

    /// The plan without the exercises a clinic does not offer (its settings file).
    pub fn without(mut self, hidden: &[ExerciseId]) -> Plan {
        self.session.retain(|it| !hidden.contains(&it.id));
        self.habits.retain(|it| !hidden.contains(&it.id));
        for day in &mut self.week {
            day.retain(|id| !hidden.contains(id));
        }
        self
    }

    /// The clinic's own hold for people 65 or older (its settings file, 30 to 60 s) in place
    /// of the page's 45 s. Other plans are unchanged.
    pub fn with_hold_65_plus(mut self, seconds: u32) -> Plan {
        if self.cautions.contains(&Caution::Age65Plus) {
            for it in &mut self.session {
                if let (Kind::Stretch, Dosage::Hold { seconds: s, .. }) = (exercise(it.id).kind, &mut it.dosage) {
                    *s = seconds;
                }
            }
        }
        self
    }
}

/// What one caution does to one exercise: swap in a safer version, or leave it out.
pub fn caution_rule(caution: Caution, id: ExerciseId) -> Option<(Option<ExerciseId>, &'static str)> {
    use ExerciseId::*;
    let kind = exercise(id).kind;
    match caution {
        Caution::HipSurgery => {
            matches!(id, LungeStretch | LungeStretchStanding | PigeonPose | FigureOfFour | SeatedForwardFold | LyingHamstringStretch | StandingHipOpener)
                .then_some((None, w::WHY_ASK_SURGEON))
        }
        Caution::Osteoporosis => match id {
            SeatedForwardFold => Some((Some(LyingHamstringStretch), w::WHY_BONES_HAMSTRINGS)),
            PigeonPose => Some((Some(FigureOfFour), w::WHY_BONES_GLUTES)),
            _ => None,
        },
        Caution::Pregnancy => match id {
            GluteBridge => Some((Some(SideLyingClam), w::WHY_PREGNANCY_BRIDGE)),
            DeadBug => Some((Some(BirdDog), w::WHY_PREGNANCY_DEAD_BUG)),
            PigeonPose => Some((Some(FigureOfFour), w::WHY_PREGNANCY_GLUTES)),
            LyingHamstringStretch => Some((None, w::WHY_PREGNANCY_LYING)),
            _ => None,
        },
        Caution::Postnatal => (id == Plank).then_some((None, w::WHY_POSTNATAL_PLANK)),
        Caution::RecentSurgeryOrInjury => match id {
            StandingHipOpener => Some((None, w::WHY_RECENT_HIP_OPENER)),
            Massage => Some((None, w::WHY_RECENT_MASSAGE)),
            _ => matches!(kind, Kind::Stretch | Kind::Strength).then_some((None, w::WHY_RECENT_CHECK)),
        },
        Caution::LegSymptoms => match id {
            SeatedForwardFold => Some((Some(LyingHamstringStretch), w::WHY_LEG_HAMSTRINGS)),
            PigeonPose => Some((Some(FigureOfFour), w::WHY_LEG_GLUTES)),
            _ => None,
        },
        Caution::KneeProblems => match id {
            LungeStretch => Some((Some(LungeStretchStanding), w::WHY_KNEES_LUNGE)),
            PigeonPose => Some((Some(FigureOfFour), w::WHY_KNEES_GLUTES)),
            _ => None,
        },
        Caution::Age65Plus => (id == PigeonPose).then_some((Some(FigureOfFour), w::WHY_OLDER_GLUTES)),
    }
}

/// The version a caution sets for an exercise it keeps, from `version` (the suggested plan's
/// Standard, or the therapist's choice). Thin bones: the figure-of-four upright (Easier) and
/// never a harder version, since the harder versions fold the spine or load it at the end of
/// its range (Brooke-Wavell 2022). Sciatica: the lying hamstring stretch with the knee bent
/// and the figure-of-four upright (both Easier). Pregnancy: the plank with the knees down.
pub fn caution_version(cautions: &[Caution], id: ExerciseId, version: Version) -> Version {
    use ExerciseId::*;
    let mut v = version;
    if cautions.contains(&Caution::Osteoporosis) && v == Version::Harder {
        v = Version::Standard;
    }
    let easier = (cautions.contains(&Caution::Osteoporosis) && id == FigureOfFour)
        || (cautions.contains(&Caution::LegSymptoms) && matches!(id, LyingHamstringStretch | FigureOfFour))
        || (cautions.contains(&Caution::Pregnancy) && id == Plank);
    if easier {
        v = Version::Easier;
    }
    v
}

/// The reason shown for one change.
pub fn change_reason(caution: Caution, from: ExerciseId, to: Option<ExerciseId>, why: &str) -> String {
    match to {
        Some(to) => w::replaced(caution.because(), exercise(to).name, exercise(from).name, why),
        None => w::left_out(caution.because(), exercise(from).name, why),
    }
}

/// Applies every ticked caution to the chosen exercises. A swapped-in exercise is checked
/// again, so a second caution can swap or remove it in turn; the first caution in
/// `Caution::ALL` order that has a rule for an exercise decides.
fn apply_cautions(candidates: Vec<Candidate>, cautions: &[Caution]) -> (Vec<Candidate>, Vec<Change>) {
    let mut kept: Vec<Candidate> = Vec::with_capacity(candidates.len());
    let mut changes = Vec::new();
    for mut c in candidates {
        let Some(id) = safer(c.id, cautions, &mut changes) else { continue };
        c.id = id;
        if kept.iter().all(|k| k.id != c.id) {
            kept.push(c);
        }
    }
    (kept, changes)
}

/// One exercise after the ticked cautions: the first rule that applies (in `Caution::ALL`
/// order) swaps or removes it, and a swapped-in one is checked again; each change is recorded
/// with its reason. None when a rule leaves it out. The suggested plan, its habits and a
/// therapist's programme all go through here.
pub fn safer(mut id: ExerciseId, cautions: &[Caution], changes: &mut Vec<Change>) -> Option<ExerciseId> {
    // Each rule moves towards a safer exercise; a few rounds always settle.
    for _ in 0..Caution::ALL.len() {
        let rule = Caution::ALL.iter().filter(|k| cautions.contains(k)).find_map(|&k| caution_rule(k, id).map(|(to, why)| (k, to, why)));
        let Some((caution, to, why)) = rule else { break };
        changes.push(Change { caution, from: id, to, reason: change_reason(caution, id, to, why) });
        id = to?;
    }
    Some(id)
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
        let sitting = (i.sitting_hours_per_day >= 6.0).then_some(i.sitting_hours_per_day);
        push(&mut out, ExerciseId::LungeStretch, shortening + if shortening >= 6.5 { 10.0 } else { 0.0 }, w::why_lunge_stretch(&hf, sitting));
    }
    if i.hamstring_tightness >= 4.0 {
        push(&mut out, ExerciseId::SeatedForwardFold, i.hamstring_tightness, w::why_forward_fold(&ham));
    }
    if shortening >= 5.0 || i.hamstring_tightness >= 6.5 {
        // The seated figure-of-four is the glute stretch for a public nobody has assessed;
        // pigeon pose, an end-range floor pose, is its harder version (clinical review, S18).
        push(&mut out, ExerciseId::FigureOfFour, (shortening + i.hamstring_tightness) / 2.0 - 1.5, w::WHY_FIGURE_OF_FOUR.to_string());
    }
    if i.sitting_hours_per_day >= 6.0 {
        push(&mut out, ExerciseId::StandingHipOpener, i.sitting_hours_per_day / 2.0, w::why_hip_opener(i.sitting_hours_per_day));
    }
    if i.glute_strength <= 6.0 {
        push(&mut out, ExerciseId::GluteBridge, 10.5 - i.glute_strength, w::why_glute_bridge(&glutes));
    }
    if i.core_strength <= 6.0 {
        push(&mut out, ExerciseId::DeadBug, 10.5 - i.core_strength, w::why_dead_bug(&core));
    }
    // From the glute and core sliders alone: the figure's made-up back-muscle reading chooses
    // no exercise.
    if i.core_strength <= 7.0 && i.glute_strength <= 7.0 {
        push(&mut out, ExerciseId::BirdDog, (20.0 - i.core_strength - i.glute_strength) / 2.0 - 1.0, w::WHY_BIRD_DOG.to_string());
    }
    if i.core_strength >= 5.0 {
        push(&mut out, ExerciseId::Plank, i.core_strength - 4.0, w::why_plank(&core));
    }
    // Someone supple and strong still gets a short routine to keep it so.
    if out.iter().all(|c| exercise(c.id).kind != Kind::Stretch) {
        push(&mut out, ExerciseId::LungeStretch, 1.0, w::WHY_LUNGE_SUPPLE.to_string());
    }
    if out.iter().all(|c| exercise(c.id).kind != Kind::Strength) {
        push(&mut out, ExerciseId::GluteBridge, 0.5, w::why_bridge_strong());
    }
    out
}

fn push(out: &mut Vec<Candidate>, id: ExerciseId, score: f64, why: String) {
    out.push(Candidate { id, score, why });
}

/// The dose for one exercise. `older`: 65 or over (ACSM: holds of 30-60 s, sets of 10-15).
pub fn dosage(id: ExerciseId, older: bool) -> Dosage {
    let e = exercise(id);
    match (e.kind, id) {
        (Kind::Stretch, _) => Dosage::Hold { seconds: if older { 45 } else { 30 }, repetitions: 2, per_side: e.one_sided, days_per_week: 7 },
        (Kind::Movement, _) => Dosage::Hold { seconds: 15, repetitions: 2, per_side: e.one_sided, days_per_week: 7 },
        (Kind::Strength, ExerciseId::Plank) => Dosage::TimedSets {
            sets: 3,
            seconds: if older { 15 } else { 20 },
            rest_seconds: REST_BETWEEN_SETS_SECONDS,
            per_side: false,
            days_per_week: STRENGTH_DAYS.len() as u32,
        },
        (Kind::Strength, _) => {
            let (low, high) = if older { (10, 15) } else { (8, 12) };
            Dosage::Reps {
                sets: 2,
                reps_low: low,
                reps_high: high,
                rest_seconds: REST_BETWEEN_SETS_SECONDS,
                // A one-sided exercise (the clam): each set on one side, then the other.
                per_side: e.one_sided,
                days_per_week: STRENGTH_DAYS.len() as u32,
            }
        }
        (Kind::Activity, _) | (Kind::Therapy, _) => Dosage::Habit(String::new()),
    }
}

fn habits(i: &Inputs) -> Vec<PlanItem> {
    let mut out = Vec::new();
    if i.sitting_hours_per_day >= 6.0 {
        out.push(PlanItem {
            id: ExerciseId::MovementBreaks,
            why: w::why_breaks(i.sitting_hours_per_day),
            dosage: Dosage::Habit(w::BREAKS.to_string()),
            version: Version::Standard,
        });
    }
    if i.activity_minutes_per_week < ACTIVITY_GOAL_MINUTES {
        let goal = walking_goal(i.activity_minutes_per_week);
        out.push(PlanItem {
            id: ExerciseId::Walking,
            why: w::why_walking(i.activity_minutes_per_week),
            dosage: Dosage::Habit(w::walking(goal, (goal / 5.0).round(), ACTIVITY_STEP_MINUTES)),
            version: Version::Standard,
        });
    }
    out.push(PlanItem { id: ExerciseId::Massage, why: w::WHY_MASSAGE.to_string(), dosage: Dosage::Habit(w::MASSAGE.to_string()), version: Version::Standard });
    out
}

/// This week's walking target: `ACTIVITY_STEP_MINUTES` more than now (at least 60), never above 150.
pub fn walking_goal(current_minutes: f64) -> f64 {
    let c = if current_minutes.is_finite() { current_minutes.max(0.0) } else { 0.0 };
    (super::num::clamp(c + ACTIVITY_STEP_MINUTES, 60.0, ACTIVITY_GOAL_MINUTES) / 10.0).round() * 10.0
}
