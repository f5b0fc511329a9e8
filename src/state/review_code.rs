//! "Show my therapist" as a link (`#r=CODE`), so the clinic's screen opens the same summary.
//! Counts and ratings only. Pure; decoding never panics.
//!
//! Format version 1, in bits: 3 version; 16 the programme's day and 16 the review's day (days
//! from 2020-01-01); 4 number of weeks (at most 12), then per week 3 days done and 3 planned;
//! 4 number of exercises (at most 8), then per exercise 4 catalogue code, 7 days done and 7
//! planned; 5 number of ratings (at most 24), then per rating 7 days from the first day
//! reviewed, 4 effort and 4 pain (15: not noted); then the photo measurement section, as the
//! programme's code ends with (`bits::put_measurement`). Base 32, as the programme's code.

use crate::model::exercises::{code, from_code};
use crate::model::programme::MAX_EXERCISES;
use crate::model::review::{ExerciseReview, Rating, Review, WeekReview, MAX_RATINGS, MAX_WEEKS};
use crate::model::words::review as w;

use super::bits::{self, base32, day_code, day_from_code, Bits, Reader};

pub const FORMAT_VERSION: u32 = 1;
pub const FRAGMENT_KEY: &str = "r=";
const NOT_NOTED: u32 = 15;
/// Codes longer than this are not read at all (the largest real one is under 200).
const MAX_CODE_LEN: usize = 400;

pub fn encode(r: &Review) -> String {
    let mut b = Bits::new();
    b.put(FORMAT_VERSION, 3);
    b.put(day_code(r.since), 16);
    b.put(day_code(r.made), 16);
    let weeks = &r.weeks[r.weeks.len().saturating_sub(MAX_WEEKS)..];
    b.put(weeks.len() as u32, 4);
    for wk in weeks {
        b.put(wk.done.min(7), 3);
        b.put(wk.planned.min(7), 3);
    }
    let exercises = &r.exercises[..r.exercises.len().min(MAX_EXERCISES)];
    b.put(exercises.len() as u32, 4);
    for e in exercises {
        b.put(code(e.id), 4);
        b.put(e.done.min(127), 7);
        b.put(e.planned.min(127), 7);
    }
    let first = Review::first_day(r.since, r.made);
    let ratings: Vec<&Rating> = r.ratings.iter().filter(|x| (0..=127).contains(&(x.date.days() - first.days()))).collect();
    let ratings = &ratings[ratings.len().saturating_sub(MAX_RATINGS)..];
    b.put(ratings.len() as u32, 5);
    for x in ratings {
        b.put((x.date.days() - first.days()) as u32, 7);
        b.put(x.effort.unwrap_or(NOT_NOTED).min(NOT_NOTED), 4);
        b.put(x.pain.unwrap_or(NOT_NOTED).min(NOT_NOTED), 4);
    }
    bits::put_measurement(&mut b, r.measured.as_ref());
    base32(&b.bytes)
}

#[derive(Clone, Debug, PartialEq)]
pub struct DecodedReview {
    pub review: Review,
    pub dropped: Vec<String>,
}

/// None when nothing usable is in it; a bad entry is dropped and named.
pub fn decode(code: &str) -> Option<DecodedReview> {
    let mut r = Reader::open(code, MAX_CODE_LEN, FORMAT_VERSION)?;
    let since = day_from_code(r.take(16)?);
    let made = day_from_code(r.take(16)?);
    if made < since {
        return None;
    }
    let first = Review::first_day(since, made);
    let mut dropped = Vec::new();
    let n = r.take(4)? as usize;
    let mut weeks = Vec::new();
    for k in 0..n {
        let (done, planned) = (r.take(3)?, r.take(3)?);
        if k < MAX_WEEKS {
            weeks.push(WeekReview { start: first.week_start().add_days(7 * k as i64), done, planned });
        }
    }
    if n > MAX_WEEKS {
        dropped.push(w::DROPPED_WEEKS.to_string());
    }
    let mut exercises = Vec::new();
    let mut truncated = false;
    let n = r.take(4).unwrap_or(0) as usize;
    for _ in 0..n {
        let (Some(c), Some(done), Some(planned)) = (r.take(4), r.take(7), r.take(7)) else {
            truncated = true;
            break;
        };
        match from_code(c) {
            Some(id) if exercises.len() < MAX_EXERCISES && exercises.iter().all(|e: &ExerciseReview| e.id != id) => {
                exercises.push(ExerciseReview { id, done, planned })
            }
            _ => dropped.push(w::DROPPED_EXERCISE.to_string()),
        }
    }
    let mut ratings = Vec::new();
    let n = if truncated { 0 } else { r.take(5).unwrap_or(0) as usize };
    for _ in 0..n {
        let (Some(day), Some(effort), Some(pain)) = (r.take(7), r.take(4), r.take(4)) else {
            truncated = true;
            break;
        };
        let rating = |v: u32| match v {
            0..=10 => Some(Some(v)),
            NOT_NOTED => Some(None),
            _ => None,
        };
        let date = first.add_days(day as i64);
        match (rating(effort), rating(pain)) {
            (Some(effort), Some(pain)) if date <= made && ratings.len() < MAX_RATINGS => ratings.push(Rating { date, effort, pain }),
            _ => dropped.push(w::DROPPED_RATING.to_string()),
        }
    }
    if truncated {
        dropped.push(w::CUT_SHORT.to_string());
    }
    let measured = if truncated { None } else { bits::take_measurement(&mut r).or_dropped(&mut dropped, w::DROPPED_MEASUREMENT) };
    dropped.dedup();
    Some(DecodedReview { review: Review { since, made, weeks, exercises, ratings, measured }, dropped })
}

/// The link that opens this summary on another screen.
pub fn link(page: &str, r: &Review) -> String {
    bits::link(page, FRAGMENT_KEY, &encode(r))
}

pub fn code_in_fragment(fragment: &str) -> Option<&str> {
    bits::in_fragment(fragment, FRAGMENT_KEY)
}
