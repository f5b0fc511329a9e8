//! "Show my therapist": the figures of the summary from what the device kept, and its link code.
#![cfg(not(target_arch = "wasm32"))]

use posture_explainer::model::calendar::Date;
use posture_explainer::model::exercises::{code, ExerciseId};
use posture_explainer::model::photo::Measurement;
use posture_explainer::model::plan::{Outcome, Plan};
use posture_explainer::model::programme::{DoseField, Edit, Programme};
use posture_explainer::model::review::{review, Done, Rating, Review, MAX_WEEKS};
use posture_explainer::model::safety::Screening;
use posture_explainer::state::review_code::{decode, encode};
use proptest::prelude::*;

fn day(d: u32) -> Date {
    Date::new(2026, 11, d).unwrap()
}

/// A lunge stretch every day and a glute bridge on 3 days (Monday, Wednesday, Friday).
fn plan() -> Plan {
    let p = Programme { issued: day(16), items: vec![], note: String::new(), initials: String::new(), measured: None }
        .apply(Edit::Add(ExerciseId::LungeStretch))
        .apply(Edit::Add(ExerciseId::GluteBridge))
        .apply(Edit::SetDose(1, DoseField::Days, 3));
    match p.plan(&Screening::none_at_all()) {
        Outcome::Plan(plan) => plan,
        other => panic!("{other:?}"),
    }
}

fn done(d: u32, lunge: u32, bridge: Option<u32>, effort: Option<u32>, pain: Option<u32>) -> Done {
    let mut exercises = vec![(code(ExerciseId::LungeStretch), lunge)];
    if let Some(b) = bridge {
        exercises.push((code(ExerciseId::GluteBridge), b));
    }
    Done { date: day(d), exercises, effort, pain }
}

fn two_weeks() -> Review {
    let sessions = [
        done(16, 4, Some(2), Some(5), Some(3)),
        done(17, 2, None, None, None),
        done(20, 0, Some(1), None, None),
        // Twice in a day counts as one day.
        done(25, 4, None, Some(4), Some(1)),
        done(25, 4, None, None, None),
        // Before the programme, and after today: not counted.
        done(10, 4, Some(2), Some(9), Some(9)),
        done(30, 4, Some(2), Some(9), Some(9)),
    ];
    review(&plan(), day(16), &sessions, day(29))
}

#[test]
fn the_summary_counts_days_done_against_days_planned() {
    let r = two_weeks();
    let weeks: Vec<_> = r.weeks.iter().map(|w| (w.start, w.done, w.planned)).collect();
    assert_eq!(weeks, [(day(16), 3, 7), (day(23), 1, 7)]);
    let exercises: Vec<_> = r.exercises.iter().map(|e| (e.id, e.done, e.planned)).collect();
    assert_eq!(
        exercises,
        [(ExerciseId::LungeStretch, 3, 14), (ExerciseId::GluteBridge, 2, 6)],
        "a day counts for an exercise when at least one hold or set of it was done"
    );
    assert_eq!(r.ratings, [Rating { date: day(16), effort: Some(5), pain: Some(3) }, Rating { date: day(25), effort: Some(4), pain: Some(1) }]);
}

#[test]
fn a_programme_started_midweek_plans_only_the_days_since() {
    let r = review(&plan(), day(19), &[], day(22));
    assert_eq!(r.weeks.len(), 1);
    assert_eq!((r.weeks[0].done, r.weeks[0].planned), (0, 4), "Thursday to Sunday");
    assert_eq!(r.exercises[1].planned, 1, "the bridge on Friday");
}

#[test]
fn a_long_programme_shows_the_last_twelve_weeks() {
    let since = Date::new(2026, 1, 5).unwrap();
    let r = review(&plan(), since, &[], day(29));
    assert_eq!(r.weeks.len(), MAX_WEEKS);
    assert_eq!(r.weeks.last().unwrap().start, day(23));
}

#[test]
fn the_summary_link_brings_back_the_same_summary() {
    let r = two_weeks();
    let code = encode(&r);
    assert!(code.len() < 120, "{} characters", code.len());
    let back = decode(&code).unwrap();
    assert_eq!(back.review, r);
    assert!(back.dropped.is_empty());
    for bad in ["", "!!", "AAAA", &"A".repeat(500)] {
        assert!(decode(bad).is_none(), "{bad:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(100_000) })]

    #[test]
    fn any_summary_round_trips_and_no_code_panics(
        start in 0i64..400,
        length in 0i64..200,
        sessions in prop::collection::vec((0i64..220, 0u32..5, 0u32..3, prop::option::of(0u32..=10), prop::option::of(0u32..=10)), 0..40),
        junk in "[A-Z2-7a-z!]{0,200}",
        flip in (0usize..200, 0u8..32),
    ) {
        let since = Date::new(2025, 1, 1).unwrap().add_days(start);
        let made = since.add_days(length);
        let done: Vec<Done> = sessions
            .iter()
            .map(|(d, lunge, bridge, effort, pain)| Done {
                date: since.add_days(*d - 10),
                exercises: vec![(code(ExerciseId::LungeStretch), *lunge), (code(ExerciseId::GluteBridge), *bridge)],
                effort: *effort,
                pain: *pain,
            })
            .collect();
        // Some with the lumbar curve (-40 to 99 degrees), some without.
        let curve = (length % 4 != 0).then_some((length % 140) as f64 - 40.0);
        let measured = (start % 3 == 0).then(|| Measurement::new(since, (length as f64 - 100.0) / 2.3, length % 2 == 0).with_curve(curve));
        let r = Review { measured, ..review(&plan(), since, &done, made) };
        prop_assert!(r.weeks.len() <= MAX_WEEKS);
        for w in &r.weeks {
            prop_assert!(w.done <= 7 && w.planned <= 7);
        }
        let back = decode(&encode(&r)).unwrap();
        prop_assert_eq!(&back.review, &r);
        // Tampered and random codes: no panic, and everything read is in range.
        let mut bytes = encode(&r).into_bytes();
        let n = bytes.len();
        bytes[flip.0 % n] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"[flip.1 as usize];
        for input in [String::from_utf8(bytes).unwrap(), junk] {
            if let Some(d) = decode(&input) {
                let q = d.review;
                prop_assert!(q.weeks.len() <= MAX_WEEKS && q.exercises.len() <= 8 && q.ratings.len() <= 24);
                prop_assert!(q.made >= q.since);
                prop_assert!(q.measured.is_none_or(|m| m.tilt_tenths.abs() <= 450 && m.curve_tenths.is_none_or(|c| (-450..=1000).contains(&c))));
                for x in &q.ratings {
                    prop_assert!(x.effort.unwrap_or(0) <= 10 && x.pain.unwrap_or(0) <= 10);
                    prop_assert!(x.date <= q.made);
                }
            }
        }
    }
}
