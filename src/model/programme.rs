//! The therapist's programme: the exercises, versions, doses and notes chosen in the
//! consultation, and the plan it becomes on the client's phone. Pure: the builder's edits are
//! `Edit`s applied here, so every limit is kept in one place and tested natively.
//!
//! Every caution the client ticks applies to the programme as to the generated plan: a red
//! flag stops it, and each caution swaps or removes an exercise by the same rules.

use super::calendar::Date;
use super::exercises::{exercise, ExerciseId, Kind, CATALOGUE};
use super::plan::{safer, stopped_by_screen, Dosage, Outcome, Plan, PlanItem};
use super::safety::Screening;
use super::words::programme as w;

/// A programme fits a handout and a session a person keeps to (the generated plan has six).
pub const MAX_EXERCISES: usize = 8;
/// All the notes together, in bytes of UTF-8 (a letter such as é counts as two). This is what
/// keeps the link in a QR code of version 10 or below (see `state::programme_code`): the
/// exercises and doses take at most 37 bytes, the notes the rest.
pub const NOTE_BUDGET: usize = 120;
/// Initials only: no name or other personal data travels in the link.
pub const MAX_INITIALS: usize = 3;

/// Each dose field's range and step, as the builder offers it and the link can carry it.
pub const HOLD_SECONDS: (u32, u32, u32) = (5, 120, 5);
pub const REPETITIONS: (u32, u32, u32) = (1, 30, 1);
pub const SETS: (u32, u32, u32) = (1, 5, 1);
pub const REST_SECONDS: (u32, u32, u32) = (0, 180, 15);
pub const DAYS: (u32, u32, u32) = (1, 7, 1);

/// The version of an exercise the therapist chose: the catalogue's easier or harder line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Version {
    Easier,
    #[default]
    Standard,
    Harder,
}

impl Version {
    pub const ALL: [Version; 3] = [Version::Easier, Version::Standard, Version::Harder];

    pub fn label(self) -> &'static str {
        match self {
            Version::Easier => w::EASIER,
            Version::Standard => w::STANDARD,
            Version::Harder => w::HARDER,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Version::Easier => "easier",
            Version::Standard => "standard",
            Version::Harder => "harder",
        }
    }
}

/// The catalogue as the builder groups it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Stretch,
    Strengthen,
    Move,
}

impl Group {
    pub const ALL: [Group; 3] = [Group::Stretch, Group::Strengthen, Group::Move];

    pub fn label(self) -> &'static str {
        match self {
            Group::Stretch => w::GROUP_STRETCH,
            Group::Strengthen => w::GROUP_STRENGTHEN,
            Group::Move => w::GROUP_MOVE,
        }
    }

    /// The exercises a therapist can add in this group: everything but massage, which is
    /// booked rather than prescribed.
    pub fn exercises(self) -> impl Iterator<Item = ExerciseId> {
        CATALOGUE.iter().filter(move |e| group(e.id) == Some(self)).map(|e| e.id)
    }
}

pub fn group(id: ExerciseId) -> Option<Group> {
    match exercise(id).kind {
        Kind::Stretch => Some(Group::Stretch),
        Kind::Strength => Some(Group::Strengthen),
        Kind::Movement | Kind::Activity => Some(Group::Move),
        Kind::Therapy => None,
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub id: ExerciseId,
    pub version: Version,
    pub dosage: Dosage,
    pub note: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Programme {
    /// The day it was written, shown as "Your programme from CLINIC, DATE".
    pub issued: Date,
    pub items: Vec<Item>,
    pub note: String,
    /// The therapist's initials, upper case, at most three letters.
    pub initials: String,
    /// The pelvic tilt the therapist measured from a photo, if any: the numbers only.
    pub measured: Option<crate::model::photo::Measurement>,
}

/// One change the builder makes. Values out of range are brought into range; a change that
/// would break a limit (a ninth exercise, a note over the budget) is cut to fit.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    Add(ExerciseId),
    Remove(usize),
    /// Move the exercise at this index one place up (earlier) or down.
    MoveUp(usize),
    MoveDown(usize),
    SetVersion(usize, Version),
    SetDose(usize, DoseField, u32),
    SetSides(usize, bool),
    SetNote(usize, String),
    SetProgrammeNote(String),
    SetInitials(String),
    /// The photo measurement to send home with the programme (None: none).
    SetMeasured(Option<crate::model::photo::Measurement>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DoseField {
    HoldSeconds,
    Repetitions,
    Sets,
    RestSeconds,
    Days,
}

impl DoseField {
    pub fn range(self) -> (u32, u32, u32) {
        match self {
            DoseField::HoldSeconds => HOLD_SECONDS,
            DoseField::Repetitions => REPETITIONS,
            DoseField::Sets => SETS,
            DoseField::RestSeconds => REST_SECONDS,
            DoseField::Days => DAYS,
        }
    }

    /// The field's name inside a sentence ("its hold").
    pub fn word(self) -> &'static str {
        match self {
            DoseField::HoldSeconds => w::FIELD_HOLD,
            DoseField::Repetitions => w::FIELD_REPETITIONS,
            DoseField::Sets => w::FIELD_SETS,
            DoseField::RestSeconds => w::FIELD_REST,
            DoseField::Days => w::FIELD_DAYS,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            DoseField::HoldSeconds => w::HOLD,
            DoseField::Repetitions => w::REPETITIONS,
            DoseField::Sets => w::SETS,
            DoseField::RestSeconds => w::REST,
            DoseField::Days => w::DAYS,
        }
    }

    /// What the builder's number field for this dose says: the value fitted to the field's
    /// range and step, or None when it is empty or not a number (the dose then stays as it
    /// was: clearing a field must never set its maximum).
    pub fn read(self, raw: &str) -> Option<u32> {
        let v = super::num::parse_decimal(raw.trim()).filter(|v| v.is_finite())?;
        let whole = if v <= 0.0 {
            0
        } else if v >= f64::from(u32::MAX) {
            u32::MAX
        } else {
            (v + 0.5) as u32
        };
        Some(fit(whole, self.range()))
    }

    pub fn key(self) -> &'static str {
        match self {
            DoseField::HoldSeconds => "hold",
            DoseField::Repetitions => "reps",
            DoseField::Sets => "sets",
            DoseField::RestSeconds => "rest",
            DoseField::Days => "days",
        }
    }
}

/// Into the range, onto the step.
pub fn fit(value: u32, (lo, hi, step): (u32, u32, u32)) -> u32 {
    let v = value.clamp(lo, hi);
    lo + (v - lo + step / 2) / step * step
}

impl Dosage {
    /// The dose fields this dosage has, in the order the builder shows them, with values.
    pub fn fields(&self) -> Vec<(DoseField, u32)> {
        use DoseField::*;
        match self {
            Dosage::Hold { seconds, repetitions, days_per_week, .. } => {
                vec![(HoldSeconds, *seconds), (Repetitions, *repetitions), (Days, *days_per_week)]
            }
            Dosage::Reps { sets, reps_low, reps_high, rest_seconds, days_per_week, .. } => {
                vec![(Sets, *sets), (Repetitions, (reps_low + reps_high) / 2), (RestSeconds, *rest_seconds), (Days, *days_per_week)]
            }
            Dosage::TimedSets { sets, seconds, rest_seconds, days_per_week, .. } => {
                vec![(Sets, *sets), (HoldSeconds, *seconds), (RestSeconds, *rest_seconds), (Days, *days_per_week)]
            }
            Dosage::Habit(_) => vec![],
        }
    }

    /// Days a week; a habit is every day.
    pub fn days_per_week(&self) -> u32 {
        match self {
            Dosage::Hold { days_per_week, .. } | Dosage::Reps { days_per_week, .. } | Dosage::TimedSets { days_per_week, .. } => *days_per_week,
            Dosage::Habit(_) => 7,
        }
    }

    /// Done on each side in turn; None for a habit.
    pub fn sides(&self) -> Option<bool> {
        match self {
            Dosage::Hold { per_side, .. } | Dosage::Reps { per_side, .. } | Dosage::TimedSets { per_side, .. } => Some(*per_side),
            Dosage::Habit(_) => None,
        }
    }

    fn set(&mut self, field: DoseField, value: u32) {
        let v = fit(value, field.range());
        match (self, field) {
            (Dosage::Hold { seconds, .. } | Dosage::TimedSets { seconds, .. }, DoseField::HoldSeconds) => *seconds = v,
            (Dosage::Hold { repetitions, .. }, DoseField::Repetitions) => *repetitions = v,
            (Dosage::Reps { reps_low, reps_high, .. }, DoseField::Repetitions) => (*reps_low, *reps_high) = (v, v),
            (Dosage::Reps { sets, .. } | Dosage::TimedSets { sets, .. }, DoseField::Sets) => *sets = v,
            (Dosage::Reps { rest_seconds, .. } | Dosage::TimedSets { rest_seconds, .. }, DoseField::RestSeconds) => *rest_seconds = v,
            (Dosage::Hold { days_per_week, .. } | Dosage::Reps { days_per_week, .. } | Dosage::TimedSets { days_per_week, .. }, DoseField::Days) => {
                *days_per_week = v
            }
            _ => {}
        }
    }

    fn set_sides(&mut self, on: bool) {
        if let Dosage::Hold { per_side, .. } | Dosage::Reps { per_side, .. } | Dosage::TimedSets { per_side, .. } = self {
            *per_side = on;
        }
    }
}

/// The dose a therapist starts from when adding an exercise: the page's own (ACSM) dose, with
/// a single repetition count, and a fixed line for the two habits.
pub fn starting_dosage(id: ExerciseId) -> Dosage {
    match id {
        ExerciseId::MovementBreaks => Dosage::Habit(w::HABIT_BREAKS.to_string()),
        ExerciseId::Walking => Dosage::Habit(w::HABIT_WALKING.to_string()),
        _ => {
            let mut d = super::plan::dosage(id, false);
            if let Dosage::Reps { reps_low, reps_high, .. } = &mut d {
                let mid = (*reps_low + *reps_high) / 2;
                (*reps_low, *reps_high) = (mid, mid);
            }
            d
        }
    }
}

/// Printable text only: control characters become spaces, a run of spaces one, and none at
/// the start. One at the end is kept, so a note can be typed word by word.
pub fn clean_note(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().map(|c| if c.is_control() { ' ' } else { c }) {
        if c != ' ' || !(out.is_empty() || out.ends_with(' ')) {
            out.push(c);
        }
    }
    out
}

/// The longest start of `s` of at most `bytes` bytes that ends on a character boundary.
pub fn cut_to(s: &str, bytes: usize) -> String {
    let mut end = bytes.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].to_string()
}

/// Letters only, upper case, at most three.
pub fn clean_initials(s: &str) -> String {
    s.chars().filter(|c| c.is_ascii_alphabetic()).take(MAX_INITIALS).map(|c| c.to_ascii_uppercase()).collect()
}

impl Programme {
    /// The builder's start: the suggested plan's session exercises, in order, at their doses.
    pub fn from_plan(plan: &Plan, issued: Date) -> Programme {
        let items = plan
            .session
            .iter()
            .filter(|it| group(it.id).is_some())
            .take(MAX_EXERCISES)
            .map(|it| Item { id: it.id, version: it.version, dosage: it.dosage.clone(), note: String::new() })
            .collect();
        Programme { issued, items, note: String::new(), initials: String::new(), measured: None }
    }

    /// Bytes of note text used, of `NOTE_BUDGET`.
    pub fn note_bytes(&self) -> usize {
        self.note.len() + self.items.iter().map(|it| it.note.len()).sum::<usize>()
    }

    /// Room left for notes, in bytes.
    pub fn note_room(&self) -> usize {
        NOTE_BUDGET.saturating_sub(self.note_bytes())
    }

    pub fn contains(&self, id: ExerciseId) -> bool {
        self.items.iter().any(|it| it.id == id)
    }

    pub fn apply(&self, edit: Edit) -> Programme {
        let mut next = self.clone();
        let n = next.items.len();
        match edit {
            Edit::Add(id) if n < MAX_EXERCISES && !self.contains(id) && group(id).is_some() => {
                next.items.push(Item { id, version: Version::Standard, dosage: starting_dosage(id), note: String::new() });
            }
            Edit::Remove(k) if k < n => {
                next.items.remove(k);
            }
            Edit::MoveUp(k) if k > 0 && k < n => next.items.swap(k - 1, k),
            Edit::MoveDown(k) if k + 1 < n => next.items.swap(k, k + 1),
            Edit::SetVersion(k, v) if k < n => next.items[k].version = v,
            Edit::SetDose(k, field, v) if k < n => next.items[k].dosage.set(field, v),
            Edit::SetSides(k, on) if k < n => next.items[k].dosage.set_sides(on),
            Edit::SetNote(k, text) if k < n => {
                let room = NOTE_BUDGET.saturating_sub(self.note_bytes() - self.items[k].note.len());
                next.items[k].note = cut_to(&clean_note(&text), room);
            }
            Edit::SetProgrammeNote(text) => {
                let room = NOTE_BUDGET.saturating_sub(self.note_bytes() - self.note.len());
                next.note = cut_to(&clean_note(&text), room);
            }
            Edit::SetInitials(s) => next.initials = clean_initials(&s),
            Edit::SetMeasured(m) => next.measured = m,
            _ => {}
        }
        next
    }

    /// The plan this programme becomes for a person with these answers: the same gate as the
    /// generated plan (answered, no red flag, adult), then each caution's swap or removal.
    pub fn plan(&self, screening: &Screening) -> Outcome {
        if let Some(stop) = stopped_by_screen(screening) {
            return stop;
        }
        let mut changes = Vec::new();
        let mut session: Vec<PlanItem> = Vec::new();
        let mut habits: Vec<PlanItem> = Vec::new();
        for item in &self.items {
            let Some(id) = safer(item.id, &screening.cautions, &mut changes) else { continue };
            if session.iter().chain(habits.iter()).any(|it| it.id == id) {
                continue;
            }
            let why = if item.note.is_empty() { w::CHOSEN.to_string() } else { item.note.clone() };
            let out = PlanItem { id, why, dosage: item.dosage.clone(), version: super::plan::caution_version(&screening.cautions, id, item.version) };
            match out.dosage {
                Dosage::Habit(_) => habits.push(out),
                _ => session.push(out),
            }
        }
        let week = std::array::from_fn(|day| session.iter().filter(|it| on_day(it.dosage.days_per_week(), day)).map(|it| it.id).collect());
        Outcome::Plan(Plan {
            session,
            habits,
            week,
            cautions: screening.cautions.clone(),
            changes,
            review: screening.no_better_after_weeks,
            programme: Some(self.header()),
            checked_flags: screening.red_flags.clone(),
        })
    }

    pub fn header(&self) -> ProgrammeHeader {
        ProgrammeHeader { issued: self.issued, note: self.note.clone(), initials: self.initials.clone(), measured: self.measured }
    }
}

/// What the plan shows above a therapist's programme.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgrammeHeader {
    pub issued: Date,
    pub note: String,
    pub initials: String,
    pub measured: Option<crate::model::photo::Measurement>,
}

/// Spreads `days` sessions over the week, Monday first: 2 on Monday and Thursday, 3 on
/// Monday, Wednesday and Friday (the generated plan's strengthening days), 7 every day.
pub fn on_day(days: u32, day: usize) -> bool {
    let days = days.clamp(1, 7) as usize;
    (0..days).any(|k| k * 7 / days == day)
}
