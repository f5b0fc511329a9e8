//! "Show my therapist": the weeks since the programme started, from what this device kept.
//! Counts and ratings only: sessions done against planned per week, each exercise's days done
//! against planned, and the effort and pain the person noted.

use super::calendar::Date;
use super::exercises::{from_code, ExerciseId};
use super::order;
use super::plan::Plan;

/// A pain rating from which the page says to stop the exercise until someone has been asked
/// (clinical review round 2, S15): well above the 0 to 3 out of 10 guide.
pub const HIGH_PAIN_FROM: u32 = 7;

/// Whether a saved pain rating calls for the high-pain line.
pub fn pain_is_high(pain: Option<u32>) -> bool {
    pain.is_some_and(|p| p >= HIGH_PAIN_FROM)
}

/// The review covers at most the last twelve weeks, which a consultation can take in.
pub const MAX_WEEKS: usize = 12;
/// The last ratings shown and sent.
pub const MAX_RATINGS: usize = 24;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeekReview {
    /// Its Monday.
    pub start: Date,
    /// Days with a session.
    pub done: u32,
    /// Days the programme had a session on (from the day it started, to today).
    pub planned: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExerciseReview {
    pub id: ExerciseId,
    /// Days on which at least one of its holds or sets was done.
    pub done: u32,
    /// Days the programme had it on.
    pub planned: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rating {
    pub date: Date,
    pub effort: Option<u32>,
    pub pain: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Review {
    /// The day the programme was written.
    pub since: Date,
    /// The day the review was made.
    pub made: Date,
    pub weeks: Vec<WeekReview>,
    pub exercises: Vec<ExerciseReview>,
    pub ratings: Vec<Rating>,
    /// The photo measurement that came with the programme, if any (numbers only).
    pub measured: Option<super::photo::Measurement>,
}

/// One session as the review reads it: its date, and each exercise (by catalogue code) with
/// holds and sets done.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Done {
    pub date: Date,
    pub exercises: Vec<(u32, u32)>,
    pub effort: Option<u32>,
    pub pain: Option<u32>,
}

impl Review {
    /// The first day the review covers: the programme's day, or the Monday twelve weeks back.
    pub fn first_day(since: Date, made: Date) -> Date {
        let earliest = made.week_start().add_days(-7 * (MAX_WEEKS as i64 - 1));
        since.max(earliest)
    }
}

/// The review of `plan` (the programme as this person does it, after their cautions) from
/// `since` to `made`.
pub fn review(plan: &Plan, since: Date, sessions: &[Done], made: Date) -> Review {
    let first = Review::first_day(since, made.max(since));
    let made = made.max(first);
    let in_range = |d: Date| d >= first && d <= made;
    let mut days_done: Vec<Date> = sessions.iter().map(|s| s.date).filter(|d| in_range(*d)).collect();
    order::sort(&mut days_done);
    days_done.dedup();
    let days = (first.days()..=made.days()).map(Date::from_days);
    let session_day = |d: Date| !plan.week[d.weekday()].is_empty();

    let mut weeks: Vec<WeekReview> = Vec::new();
    for d in days.clone() {
        let start = d.week_start();
        if weeks.last().map(|w| w.start) != Some(start) {
            weeks.push(WeekReview { start, done: 0, planned: 0 });
        }
        let w = weeks.last_mut().expect("just pushed");
        w.planned += session_day(d) as u32;
        w.done += days_done.binary_search(&d).is_ok() as u32;
    }

    let exercises = plan
        .session
        .iter()
        .map(|it| {
            let planned = days.clone().filter(|d| plan.week[d.weekday()].contains(&it.id)).count() as u32;
            let mut done: Vec<Date> = sessions
                .iter()
                .filter(|s| in_range(s.date))
                .filter(|s| s.exercises.iter().any(|(c, n)| from_code(*c) == Some(it.id) && *n > 0))
                .map(|s| s.date)
                .collect();
            order::sort(&mut done);
            done.dedup();
            ExerciseReview { id: it.id, done: done.len() as u32, planned }
        })
        .collect();

    let mut ratings: Vec<Rating> = sessions
        .iter()
        .filter(|s| in_range(s.date) && (s.effort.is_some() || s.pain.is_some()))
        .map(|s| Rating { date: s.date, effort: s.effort, pain: s.pain })
        .collect();
    order::sort_by(&mut ratings, |a, b| a.date.cmp(&b.date));
    if ratings.len() > MAX_RATINGS {
        ratings.drain(..ratings.len() - MAX_RATINGS);
    }
    Review { since, made, weeks, exercises, ratings, measured: None }
}
