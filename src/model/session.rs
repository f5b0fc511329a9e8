//! The guided session: today's exercises as steps, and a clock measured from timestamps, so a
//! throttled or backgrounded tab still counts correctly. Pure: the caller passes `now_ms`.

use super::exercises::ExerciseId;
use super::plan::{Dosage, Plan};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Right,
    Left,
}

impl Side {
    pub fn word(self) -> &'static str {
        super::words::session::side(self)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Work {
    /// Time to get into position before a hold or a side; the clock moves on by itself.
    GetReady { seconds: u32 },
    /// Hold for this many seconds; the clock moves on by itself.
    Hold { seconds: u32 },
    /// Do this many repetitions; the person says when they are done.
    Reps { count: u32 },
    /// Rest between sets; the clock moves on by itself.
    Rest { seconds: u32 },
}

impl Work {
    /// The phase as the page marks it for its styles and tests (not words: the same in every
    /// language).
    pub fn key(self) -> &'static str {
        match self {
            Work::GetReady { .. } => "get-ready",
            Work::Hold { .. } => "hold",
            Work::Rest { .. } => "rest",
            Work::Reps { .. } => "reps",
        }
    }

    /// Seconds this step runs by itself, or None when the person says when it is done.
    pub fn timed_seconds(self) -> Option<u32> {
        match self {
            Work::GetReady { seconds } | Work::Hold { seconds } | Work::Rest { seconds } => Some(seconds),
            Work::Reps { .. } => None,
        }
    }

    /// Holds and sets are the exercise; getting ready and resting are not counted as done.
    pub fn is_exercise(self) -> bool {
        matches!(self, Work::Hold { .. } | Work::Reps { .. })
    }
}

/// Getting into position: 20 s for a new exercise, 10 s before each further hold or side
/// (clinical review round 2, S16: 5 s was too short to change sides in a lunge or pigeon).
pub const GET_READY_FIRST_SECONDS: u32 = 20;
pub const GET_READY_AGAIN_SECONDS: u32 = 10;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub exercise: ExerciseId,
    pub side: Option<Side>,
    /// 1-based repetition or set number, of `rounds`.
    pub round: u32,
    pub rounds: u32,
    pub work: Work,
}

/// Today's steps: `day` is 0 for Monday.
pub fn steps_for_day(plan: &Plan, day: usize) -> Vec<Step> {
    let today = &plan.week[day % 7];
    let mut out = Vec::new();
    for item in plan.session.iter().filter(|it| today.contains(&it.id)) {
        let (rounds, work, per_side, rest) = match &item.dosage {
            Dosage::Hold { seconds, repetitions, per_side, .. } => (*repetitions, Work::Hold { seconds: *seconds }, *per_side, None),
            Dosage::Reps { sets, reps_low, reps_high, rest_seconds, per_side, .. } => {
                (*sets, Work::Reps { count: (reps_low + reps_high) / 2 }, *per_side, Some(*rest_seconds))
            }
            Dosage::TimedSets { sets, seconds, rest_seconds, per_side, .. } => (*sets, Work::Hold { seconds: *seconds }, *per_side, Some(*rest_seconds)),
            Dosage::Habit(_) => continue,
        };
        let sides: &[Option<Side>] = if per_side { &[Some(Side::Right), Some(Side::Left)] } else { &[None] };
        for round in 1..=rounds {
            if round > 1 {
                if let Some(seconds) = rest.filter(|s| *s > 0) {
                    out.push(Step { exercise: item.id, side: None, round, rounds, work: Work::Rest { seconds } });
                }
            }
            for &side in sides {
                // Every hold and every side starts with time to get into position.
                if matches!(work, Work::Hold { .. }) {
                    let first = round == 1 && side == sides[0];
                    let seconds = if first { GET_READY_FIRST_SECONDS } else { GET_READY_AGAIN_SECONDS };
                    out.push(Step { exercise: item.id, side, round, rounds, work: Work::GetReady { seconds } });
                }
                out.push(Step { exercise: item.id, side, round, rounds, work });
            }
        }
    }
    out
}

/// The exercises of a day's guided session, each once, in the order it runs them: the part of
/// the week's exercises that "Your week" gives that day (habits have no steps).
pub fn exercises_for_day(plan: &Plan, day: usize) -> Vec<ExerciseId> {
    let mut out: Vec<ExerciseId> = Vec::new();
    for step in steps_for_day(plan, day) {
        if out.last() != Some(&step.exercise) {
            out.push(step.exercise);
        }
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Clock {
    /// Counting: `started_ms` is when the current step began, less any time banked before a pause.
    Running {
        started_ms: f64,
    },
    Paused {
        elapsed_ms: f64,
    },
}

/// What happened on a tick.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tick {
    Nothing,
    /// One or more timed steps ended (play the sound once).
    HoldEnded,
    /// The last step ended.
    Finished,
}

/// One exercise of a session: its holds and sets done, and in all.
pub type Tally = (ExerciseId, u32, u32);

/// Effort and pain after a session, each 0 to 10 and each optional.
pub type EffortAndPain = (Option<u32>, Option<u32>);

/// What a session tells the progress log, once: the exercise steps done and in all, and each
/// exercise's tally.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionReport {
    pub done: u32,
    pub total: u32,
    pub tallies: Vec<Tally>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub steps: Vec<Step>,
    pub index: usize,
    clock: Clock,
    pub finished: bool,
    /// Repetitions counted so far in the current set.
    pub counted: u32,
    /// Which steps were done (not skipped): each exercise's completion for the review, and
    /// the count of steps done. A step done twice (after Back) is still done once.
    pub done_steps: Vec<bool>,
    /// How many times a timed step has run out: the sound plays when this grows.
    pub chimes: u32,
    /// The time of the last action: what the countdown shows.
    pub now_ms: f64,
    /// The session has told the progress log (`report`), which it does once.
    reported: bool,
}

/// What the person (or the clock) does to the session. Each carries the time it happened,
/// so the session stays pure and is tested with a clock of the test's choosing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SessionAction {
    /// The clock moved on: timed steps that have ended move to the next.
    Tick(f64),
    Pause(f64),
    Resume(f64),
    TogglePause(f64),
    /// Done with this step (a set of repetitions), counted as done.
    Next(f64),
    /// Past this step without counting it.
    Skip(f64),
    Back(f64),
    /// The arrow key forward: a set of repetitions is done; a timed step is skipped.
    Forward(f64),
    /// One more repetition of the current set.
    CountRep,
    /// The session's report went to the progress log: it is never sent again.
    Reported,
}

impl SessionAction {
    /// When it happened; counting a repetition does not move the clock.
    pub fn time(self) -> Option<f64> {
        match self {
            SessionAction::Tick(t)
            | SessionAction::Pause(t)
            | SessionAction::Resume(t)
            | SessionAction::TogglePause(t)
            | SessionAction::Next(t)
            | SessionAction::Skip(t)
            | SessionAction::Back(t)
            | SessionAction::Forward(t) => Some(t),
            SessionAction::CountRep | SessionAction::Reported => None,
        }
    }
}

impl Session {
    /// Starts running at `now_ms`.
    pub fn start(steps: Vec<Step>, now_ms: f64) -> Self {
        let finished = steps.is_empty();
        let done_steps = vec![false; steps.len()];
        Session { done_steps, steps, index: 0, clock: Clock::Running { started_ms: now_ms }, finished, counted: 0, chimes: 0, now_ms, reported: false }
    }

    /// The session after one action: the guided session's only way to change.
    pub fn apply(&self, action: SessionAction) -> Session {
        let mut s = self.clone();
        match action {
            SessionAction::Tick(now) => {
                if s.tick(now) != Tick::Nothing {
                    s.chimes += 1;
                }
            }
            SessionAction::Pause(now) => s.pause(now),
            SessionAction::Resume(now) => s.resume(now),
            SessionAction::TogglePause(now) => s.toggle_pause(now),
            SessionAction::Next(now) => s.next(now, true),
            SessionAction::Skip(now) => s.next(now, false),
            SessionAction::Back(now) => s.back(now),
            SessionAction::Forward(now) => {
                let reps = matches!(s.current().map(|st| st.work), Some(Work::Reps { .. }));
                s.next(now, reps)
            }
            SessionAction::CountRep => {
                if let Some(Work::Reps { count }) = s.current().map(|st| st.work) {
                    s.counted = (s.counted + 1).min(count);
                }
            }
            SessionAction::Reported => s.reported = true,
        }
        if let Some(now) = action.time() {
            // A paused or finished session shows no moving clock: nothing to redraw.
            let idle = matches!(action, SessionAction::Tick(_)) && (s.is_paused() || s.finished) && s == *self;
            if !idle {
                s.now_ms = s.now_ms.max(now);
            }
        }
        s
    }

    /// The report due to the progress log, once, whichever way the session ended: the last
    /// hold running out, Done or Skip on the last step, or `closing` part-way with something
    /// done. None when nothing is due or it was already sent (`SessionAction::Reported`).
    pub fn report(&self, closing: bool) -> Option<SessionReport> {
        let due = self.finished || (closing && self.completed() > 0);
        (due && !self.reported).then(|| SessionReport { done: self.completed() as u32, total: self.exercise_total() as u32, tallies: self.tallies() })
    }

    /// Whole seconds left in the current timed step, as of the last action.
    pub fn shown_seconds(&self) -> Option<u32> {
        self.remaining_seconds(self.now_ms)
    }

    pub fn current(&self) -> Option<&Step> {
        if self.finished {
            None
        } else {
            self.steps.get(self.index)
        }
    }

    pub fn is_paused(&self) -> bool {
        matches!(self.clock, Clock::Paused { .. })
    }

    pub fn elapsed_ms(&self, now_ms: f64) -> f64 {
        match self.clock {
            Clock::Running { started_ms } => (now_ms - started_ms).max(0.0),
            Clock::Paused { elapsed_ms } => elapsed_ms,
        }
    }

    /// For each exercise in the session, in order: its holds and sets done, and in all.
    pub fn tallies(&self) -> Vec<Tally> {
        let mut out: Vec<Tally> = Vec::new();
        for (step, done) in self.steps.iter().zip(&self.done_steps).filter(|(s, _)| s.work.is_exercise()) {
            match out.iter_mut().find(|t| t.0 == step.exercise) {
                Some(t) => {
                    t.1 += *done as u32;
                    t.2 += 1;
                }
                None => out.push((step.exercise, *done as u32, 1)),
            }
        }
        out
    }

    /// Exercise steps (holds and sets) done, not skipped.
    pub fn completed(&self) -> usize {
        self.done_steps.iter().filter(|d| **d).count()
    }

    /// Exercise steps (holds and sets) in the session: what "done" is counted against.
    pub fn exercise_total(&self) -> usize {
        self.steps.iter().filter(|s| s.work.is_exercise()).count()
    }

    /// Whole seconds left in a timed step, rounded up (shows 30 at the start, 1 in the last second).
    pub fn remaining_seconds(&self, now_ms: f64) -> Option<u32> {
        let seconds = self.current()?.work.timed_seconds()?;
        let left = seconds as f64 * 1000.0 - self.elapsed_ms(now_ms);
        Some((left / 1000.0).ceil().max(0.0) as u32)
    }

    fn pause(&mut self, now_ms: f64) {
        if let Clock::Running { .. } = self.clock {
            self.clock = Clock::Paused { elapsed_ms: self.elapsed_ms(now_ms) };
        }
    }

    fn resume(&mut self, now_ms: f64) {
        if let Clock::Paused { elapsed_ms } = self.clock {
            self.clock = Clock::Running { started_ms: now_ms - elapsed_ms };
        }
    }

    fn toggle_pause(&mut self, now_ms: f64) {
        if self.is_paused() {
            self.resume(now_ms)
        } else {
            self.pause(now_ms)
        }
    }

    /// Done with this step (a set of repetitions), or skip a hold.
    fn next(&mut self, now_ms: f64, completed: bool) {
        if self.finished {
            return;
        }
        if completed && self.current().is_some_and(|s| s.work.is_exercise()) {
            self.done_steps[self.index] = true;
        }
        self.advance_to(self.index + 1, now_ms);
    }

    fn back(&mut self, now_ms: f64) {
        if self.finished {
            self.finished = false;
            self.advance_to(self.steps.len().saturating_sub(1), now_ms);
        } else {
            self.advance_to(self.index.saturating_sub(1), now_ms);
        }
    }

    fn advance_to(&mut self, index: usize, now_ms: f64) {
        let paused = self.is_paused();
        self.counted = 0;
        if index >= self.steps.len() {
            self.finished = true;
            self.index = self.steps.len();
        } else {
            self.index = index;
        }
        self.clock = if paused { Clock::Paused { elapsed_ms: 0.0 } } else { Clock::Running { started_ms: now_ms } };
    }

    /// Moves past every timed step that has ended by `now_ms`. Each following step starts
    /// exactly when the previous one ended, so time spent in a background tab is not lost.
    fn tick(&mut self, now_ms: f64) -> Tick {
        let mut ended = false;
        while let (Some(step), Clock::Running { started_ms }) = (self.current().copied(), self.clock) {
            let Some(seconds) = step.work.timed_seconds() else { break };
            let ends_at = started_ms + seconds as f64 * 1000.0;
            if now_ms < ends_at {
                break;
            }
            ended = true;
            if step.work.is_exercise() {
                self.done_steps[self.index] = true;
            }
            self.advance_to(self.index + 1, ends_at);
        }
        match (ended, self.finished) {
            (_, true) if ended => Tick::Finished,
            (true, false) => Tick::HoldEnded,
            _ => Tick::Nothing,
        }
    }
}

/// "0:25" for a countdown.
pub fn clock_text(seconds: u32) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}
