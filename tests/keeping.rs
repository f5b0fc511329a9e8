//! Native tests of the guided session clock, the stored progress schema, dates and the
//! calendar file.
#![cfg(not(target_arch = "wasm32"))]

use posture_explainer::model::calendar::Date;
use posture_explainer::model::exercises::ExerciseId;
use posture_explainer::model::ics;
use posture_explainer::model::plan::{make_plan, Outcome, Plan};
use posture_explainer::model::posture::{InputId, Inputs};
use posture_explainer::model::safety::Screening;
use posture_explainer::model::session::*;
use posture_explainer::state::storage::{self, Loaded, Progress, ProgressAction};
use proptest::prelude::*;

fn plan() -> Plan {
    let i = Inputs::default().with(InputId::HipFlexors, 8.0).with(InputId::Glutes, 2.0);
    match make_plan(&i, &Screening::none_at_all()) {
        Outcome::Plan(p) => p,
        _ => unreachable!(),
    }
}

#[test]
fn one_sided_stretches_switch_sides_and_strength_waits_for_rest_days() {
    let p = plan();
    let monday = steps_for_day(&p, 0);
    let lunge: Vec<_> = monday.iter().filter(|s| s.exercise == ExerciseId::LungeStretch && matches!(s.work, Work::Hold { .. })).collect();
    assert_eq!(lunge.len(), 4, "2 repetitions on each side");
    assert_eq!(lunge[0].side, Some(Side::Right));
    assert_eq!(lunge[1].side, Some(Side::Left));
    assert!(monday.iter().any(|s| s.exercise == ExerciseId::GluteBridge));
    let tuesday = steps_for_day(&p, 1);
    assert!(tuesday.iter().all(|s| s.exercise != ExerciseId::GluteBridge), "no strength on Tuesday");
}

#[test]
fn every_hold_and_side_starts_with_time_to_get_into_position() {
    let steps = steps_for_day(&plan(), 0);
    for (k, step) in steps.iter().enumerate() {
        if let Work::Hold { .. } = step.work {
            let before = steps[k - 1];
            let Work::GetReady { seconds } = before.work else { panic!("step {k}: a hold without time to get ready") };
            assert!((GET_READY_AGAIN_SECONDS..=GET_READY_FIRST_SECONDS).contains(&seconds), "{seconds} s to get ready");
            assert!(seconds >= 10, "at least 10 s to change sides or get back into position");
            assert_eq!((before.exercise, before.side, before.round), (step.exercise, step.side, step.round));
        }
    }
    // A new exercise gets the longer time; the next side or hold the shorter.
    assert_eq!(steps[0].work, Work::GetReady { seconds: GET_READY_FIRST_SECONDS });
    assert_eq!(steps[2].work, Work::GetReady { seconds: GET_READY_AGAIN_SECONDS });
}

#[test]
fn strengthening_sets_have_a_rest_between_them_and_none_before_the_first() {
    let steps = steps_for_day(&plan(), 0);
    let bridge: Vec<_> = steps.iter().filter(|s| s.exercise == ExerciseId::GluteBridge).collect();
    let works: Vec<_> = bridge.iter().map(|s| s.work).collect();
    assert_eq!(works, vec![Work::Reps { count: 10 }, Work::Rest { seconds: 60 }, Work::Reps { count: 10 }], "set, rest, set");
}

#[test]
fn the_countdown_follows_timestamps_and_pauses() {
    let steps = steps_for_day(&plan(), 1);
    let mut s = Session::start(steps, 1_000.0);
    // Twenty seconds to get into position, then the first 30-second hold.
    assert_eq!(s.remaining_seconds(1_000.0), Some(20));
    s = s.apply(SessionAction::Tick(21_000.0));
    assert_eq!(s.chimes, 1, "getting ready ran out");
    assert_eq!(s.completed(), 0, "getting ready is not an exercise done");
    assert_eq!(s.current().unwrap().work, Work::Hold { seconds: 30 });
    assert_eq!(s.remaining_seconds(21_000.0), Some(30));
    assert_eq!(s.remaining_seconds(21_001.0), Some(30));
    assert_eq!(s.remaining_seconds(50_999.0), Some(1));
    s = s.apply(SessionAction::Pause(31_000.0));
    assert!(s.is_paused());
    // Paused: an hour later it still shows 20 seconds.
    assert_eq!(s.remaining_seconds(3_631_000.0), Some(20));
    s = s.apply(SessionAction::Tick(3_631_000.0));
    assert_eq!(s.chimes, 1, "nothing ran out while paused");
    s = s.apply(SessionAction::Resume(3_631_000.0));
    assert_eq!(s.remaining_seconds(3_636_000.0), Some(15));
    s = s.apply(SessionAction::Tick(3_651_000.0));
    assert_eq!(s.chimes, 2, "the hold ran out");
    assert_eq!(s.completed(), 1);
    let next = s.current().unwrap();
    assert_eq!((next.side, next.work), (Some(Side::Left), Work::GetReady { seconds: GET_READY_AGAIN_SECONDS }));
}

#[test]
fn a_backgrounded_tab_catches_up_step_by_step() {
    let steps = steps_for_day(&plan(), 1);
    // Tuesday: stretches only, so every step is timed: 20 + 30, then 10 + 30 for the left side.
    assert!(steps.iter().all(|s| s.work.timed_seconds().is_some()));
    let mut s = Session::start(steps, 0.0);
    // 75 s pass without a single tick (a throttled tab), then one tick: the first side
    // (20 + 30 s) and the next get-ready (10 s) are done, and 15 s of the next hold have gone.
    s = s.apply(SessionAction::Tick(75_000.0));
    assert_eq!(s.chimes, 1, "one sound for the steps that ran out together");
    assert_eq!((s.index, s.completed()), (3, 1));
    assert_eq!(s.remaining_seconds(75_000.0), Some(15));
}

#[test]
fn skip_back_and_finish() {
    let steps = steps_for_day(&plan(), 0);
    let n = steps.len();
    let mut s = Session::start(steps, 0.0);
    s = s.apply(SessionAction::Skip(0.0));
    assert_eq!((s.index, s.completed()), (1, 0));
    s = s.apply(SessionAction::Back(0.0));
    assert_eq!(s.index, 0);
    s = s.apply(SessionAction::Back(0.0));
    assert_eq!(s.index, 0, "back at the start stays at the start");
    for _ in 0..n {
        s = s.apply(SessionAction::Next(0.0));
    }
    assert!(s.finished);
    assert_eq!(s.completed(), s.exercise_total(), "only holds and sets count as done");
    assert_eq!(s.current(), None);
    assert_eq!(clock_text(75), "1:15");
}

#[test]
fn a_step_done_again_after_back_counts_once() {
    let mut s = Session::start(steps_for_day(&plan(), 0), 0.0);
    while !s.current().unwrap().work.is_exercise() {
        s = s.apply(SessionAction::Skip(0.0));
    }
    s = s.apply(SessionAction::Next(1.0));
    assert_eq!(s.completed(), 1);
    s = s.apply(SessionAction::Back(2.0));
    s = s.apply(SessionAction::Next(3.0));
    assert_eq!(s.completed(), 1, "the same hold, done twice, is one hold done");
    assert_eq!(s.tallies().iter().map(|t| t.1).sum::<u32>(), 1);
}

#[test]
fn a_session_reports_once_when_it_ends_or_closes_part_way_with_something_done() {
    let start = Session::start(steps_for_day(&plan(), 0), 0.0);
    assert_eq!(start.report(false), None, "nothing due while it runs");
    assert_eq!(start.report(true), None, "closed with nothing done: nothing to log");
    // Closed after one hold or set was done: due once.
    let mut s = start.clone();
    while !s.current().unwrap().work.is_exercise() {
        s = s.apply(SessionAction::Skip(0.0));
    }
    s = s.apply(SessionAction::Next(1.0));
    let report = s.report(true).expect("closing part-way with one done reports");
    assert_eq!((report.done, report.total), (1, s.exercise_total() as u32));
    assert_eq!(report.tallies.iter().map(|t| t.1).sum::<u32>(), 1);
    s = s.apply(SessionAction::Reported);
    assert_eq!(s.report(true), None, "never twice");
    // Finished to the end: due without closing, and once.
    let mut s = start;
    while !s.finished {
        s = s.apply(SessionAction::Next(2.0));
    }
    let report = s.report(false).expect("a finished session reports");
    assert_eq!(report.done, report.total, "every step done");
    s = s.apply(SessionAction::Reported);
    assert_eq!(s.report(false), None);
    assert_eq!(s.report(true), None, "closing after it reported adds nothing");
}

/// Monday's session of the plan above starts with the lunge stretch (a hold) and has the glute
/// bridge (sets of repetitions) later.
fn monday() -> Session {
    Session::start(steps_for_day(&plan(), 0), 0.0)
}

#[test]
fn the_session_reducer_counts_repetitions_and_resets_them_with_each_set() {
    let mut s = monday();
    assert_eq!(s.apply(SessionAction::CountRep), s, "a hold has no repetitions to count");
    // Skip to the first set of the bridge.
    while !matches!(s.current().unwrap().work, Work::Reps { .. }) {
        s = s.apply(SessionAction::Skip(1.0));
    }
    let Work::Reps { count } = s.current().unwrap().work else { unreachable!() };
    for k in 1..=count + 3 {
        s = s.apply(SessionAction::CountRep);
        assert_eq!(s.counted, k.min(count), "never past the set's count");
    }
    let done = s.completed();
    s = s.apply(SessionAction::Next(2.0));
    assert_eq!(s.completed(), done + 1, "Done counts the set");
    assert_eq!(s.counted, 0, "the next step starts from nought");
    let skipped = s.apply(SessionAction::Skip(3.0));
    assert_eq!(skipped.completed(), s.completed(), "Skip does not count");
}

#[test]
fn the_session_reducer_runs_the_clock_pauses_and_chimes() {
    let s = monday();
    assert_eq!(s.shown_seconds(), Some(GET_READY_FIRST_SECONDS));
    let s = s.apply(SessionAction::Tick(4_000.0));
    assert_eq!(s.shown_seconds(), Some(16), "the countdown shows the time of the last tick");
    assert_eq!(s.chimes, 0);
    // Getting ready ends at 20 s: one chime, and the hold begins.
    let s = s.apply(SessionAction::Tick(20_500.0));
    assert_eq!(s.chimes, 1);
    assert!(matches!(s.current().unwrap().work, Work::Hold { .. }));
    // Paused, the clock stands still, and a tick changes nothing (nothing to redraw).
    let paused = s.apply(SessionAction::Pause(12_000.0));
    let later = paused.apply(SessionAction::Tick(500_000.0));
    assert_eq!(later, paused);
    let resumed = later.apply(SessionAction::Resume(600_000.0));
    assert_eq!(resumed.index, s.index, "still on the same hold");
    assert_eq!(resumed.shown_seconds(), paused.shown_seconds());
    // Toggle pauses and resumes; Back returns a step; Back after the end returns to the last.
    assert!(resumed.apply(SessionAction::TogglePause(600_001.0)).is_paused());
    assert_eq!(resumed.apply(SessionAction::Back(600_002.0)).index, resumed.index - 1);
    let mut end = resumed.clone();
    while !end.finished {
        end = end.apply(SessionAction::Skip(600_003.0));
    }
    assert!(end.current().is_none());
    let back = end.apply(SessionAction::Back(600_004.0));
    assert_eq!(back.index, back.steps.len() - 1);
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(500) })]

    #[test]
    fn any_sequence_of_session_actions_keeps_the_session_whole(ops in prop::collection::vec((0u8..8, 0.0f64..40_000.0), 1..80)) {
        let mut s = monday();
        let n = s.steps.len();
        let mut now = 0.0;
        for (op, dt) in ops {
            now += dt;
            let action = match op {
                0 => SessionAction::Tick(now),
                1 => SessionAction::Pause(now),
                2 => SessionAction::Resume(now),
                3 => SessionAction::TogglePause(now),
                4 => SessionAction::Next(now),
                5 => SessionAction::Skip(now),
                6 => SessionAction::Back(now),
                _ => SessionAction::CountRep,
            };
            let before = s.clone();
            s = s.apply(action);
            prop_assert!(s.index <= n);
            prop_assert!(s.now_ms >= before.now_ms, "the shown time never runs backwards");
            prop_assert!(s.chimes >= before.chimes);
            match s.current().map(|st| st.work) {
                Some(Work::Reps { count }) => prop_assert!(s.counted <= count),
                _ => prop_assert_eq!(s.counted, 0),
            }
            if let (Some(left), Some(step)) = (s.shown_seconds(), s.current()) {
                prop_assert!(left <= step.work.timed_seconds().unwrap());
            }
        }
    }

    #[test]
    fn the_clock_never_runs_backwards_or_overruns(ops in prop::collection::vec((0u8..5, 0.0f64..40_000.0), 1..60)) {
        let steps = steps_for_day(&plan(), 0);
        let n = steps.len();
        let mut now = 0.0;
        let mut s = Session::start(steps, now);
        for (op, dt) in ops {
            now += dt;
            s = s.apply(match op {
                1 => SessionAction::TogglePause(now),
                2 => SessionAction::Next(now),
                3 => SessionAction::Back(now),
                _ => SessionAction::Tick(now),
            });
            prop_assert!(s.index <= n);
            prop_assert!(s.completed() <= s.exercise_total(), "never more done than there is");
            if let (Some(left), Some(step)) = (s.remaining_seconds(now), s.current()) {
                if let Some(seconds) = step.work.timed_seconds() {
                    prop_assert!(left <= seconds);
                }
            }
        }
    }

    #[test]
    fn dates_round_trip(days in -100_000i64..100_000) {
        let d = Date::from_days(days);
        prop_assert_eq!(d.days(), days);
        prop_assert_eq!(Date::parse(&d.to_string()), Some(d));
        prop_assert_eq!(d.add_days(1).weekday(), (d.weekday() + 1) % 7);
    }

    #[test]
    fn any_stored_text_loads_without_panic(raw in ".{0,300}") {
        let loaded = storage::decode(Some(&raw));
        let p = loaded.progress();
        prop_assert_eq!(p.version, storage::VERSION);
    }
}

#[test]
fn known_dates() {
    assert_eq!(Date::new(2026, 11, 28).unwrap().weekday(), 5, "a Saturday");
    assert_eq!(Date::new(1970, 1, 1).unwrap().days(), 0);
    assert_eq!(Date::new(2024, 2, 30), None);
    assert_eq!(Date::parse("2026-13-01"), None);
}

#[test]
fn version_one_is_migrated() {
    let raw = r#"{"version":1,"completed":["2026-11-27","2026-11-26","not a date"]}"#;
    match storage::decode(Some(raw)) {
        Loaded::Migrated { progress, from: 1 } => {
            assert_eq!(progress.version, 3);
            assert_eq!(progress.sessions.len(), 2);
            assert_eq!(progress.sessions[0].date, "2026-11-26");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn corrupt_data_is_kept_aside_not_lost() {
    for raw in ["{not json", r#"{"version":2,"sessions":[{"date":"yesterday","steps_done":1,"steps_total":1}]}"#, r#"{"version":9}"#] {
        match storage::decode(Some(raw)) {
            Loaded::Corrupt { raw: kept, .. } => assert_eq!(kept, raw),
            other => panic!("{raw}: {other:?}"),
        }
    }
    assert_eq!(storage::decode(None), Loaded::Empty);
}

#[test]
fn progress_round_trips_and_counts_streaks_and_weeks() {
    let today = Date::new(2026, 11, 28).unwrap();
    let mut p = Progress::default();
    for back in [0, 1, 2, 4, 9] {
        p.record(today.add_days(-back), 5, 6);
    }
    let again = storage::decode(Some(&storage::encode(&p))).progress();
    assert_eq!(again, p);
    assert_eq!(p.streak(today), 3);
    assert_eq!(p.streak(today.add_days(1)), 3, "today not done yet keeps yesterday's streak");
    assert_eq!(p.streak(today.add_days(2)), 0);
    let weeks = p.sessions_per_week(today, 3);
    assert_eq!(weeks.iter().map(|w| w.1).collect::<Vec<_>>(), vec![0, 1, 4]);
    assert_eq!(weeks[2].0, Date::new(2026, 11, 23).unwrap());
}

#[test]
fn version_two_is_migrated_and_version_three_keeps_exercises_and_ratings() {
    let v2 = r#"{"version":2,"sessions":[{"date":"2026-11-27","steps_done":3,"steps_total":4}]}"#;
    let Loaded::Migrated { progress, from: 2 } = storage::decode(Some(v2)) else { panic!() };
    assert_eq!(progress.sessions[0].steps_done, 3);
    assert_eq!((progress.sessions[0].effort, progress.sessions[0].pain), (None, None));
    let mut p = progress;
    p.record_session(Date::new(2026, 11, 28).unwrap(), 3, 4, vec![(ExerciseId::LungeStretch, 2, 2), (ExerciseId::GluteBridge, 1, 2)]);
    assert!(p.rate_last(Some(6), Some(12)), "a session to rate");
    assert_eq!((p.sessions[1].effort, p.sessions[1].pain), (Some(6), Some(10)), "ratings stop at 10");
    let again = storage::decode(Some(&storage::encode(&p)));
    assert_eq!(again, Loaded::Current(p.clone()));
    // A rating over 10, an unknown exercise or more done than in all is not accepted.
    for bad in [
        r#"{"version":3,"sessions":[{"date":"2026-11-27","steps_done":1,"steps_total":2,"effort":11}]}"#,
        r#"{"version":3,"sessions":[{"date":"2026-11-27","steps_done":1,"steps_total":2,"exercises":[[99,1,1]]}]}"#,
        r#"{"version":3,"sessions":[{"date":"2026-11-27","steps_done":1,"steps_total":2,"exercises":[[0,3,1]]}]}"#,
        r#"{"version":3,"sessions":[{"date":"2026-11-27","steps_done":1,"steps_total":2,"pain":"low"}]}"#,
    ] {
        assert!(matches!(storage::decode(Some(bad)), Loaded::Corrupt { .. }), "{bad}");
    }
    assert!(!Progress::default().rate_last(Some(1), None), "nothing to rate");
}

/// The progress a person sees after each thing they do: what the device hook applies, once.
#[test]
fn progress_actions_read_record_rate_and_forget() {
    let day = Date::new(2026, 12, 2).unwrap();
    let mut stored = Progress::default();
    stored.record(day.add_days(-1), 4, 4);
    let p = Progress::default().apply(&ProgressAction::Load(stored.clone()));
    assert_eq!(p, stored, "what the device kept is shown");
    let p = p.apply(&ProgressAction::Rate((Some(5), None)));
    assert_eq!(p.sessions[0].effort, Some(5), "a rating goes on the last session");
    let p = p.apply(&ProgressAction::Record(day, 2, 3, vec![(ExerciseId::GluteBridge, 1, 2)]));
    assert_eq!(p.sessions.len(), 2);
    assert_eq!((p.sessions[1].steps_done, p.sessions[1].effort), (2, None), "a new session is not rated yet");
    let p = p.apply(&ProgressAction::Rate((Some(12), Some(3))));
    assert_eq!((p.sessions[1].effort, p.sessions[1].pain), (Some(10), Some(3)));
    assert_eq!(p.sessions[0].effort, Some(5), "the earlier rating stays");
    assert_eq!(p.apply(&ProgressAction::Forget), Progress::default());
    assert_eq!(Progress::default().apply(&ProgressAction::Rate((Some(1), None))), Progress::default(), "nothing to rate");
}

#[test]
fn the_calendar_file_is_valid_ics() {
    let text = ics::schedule(&plan(), Some("Harbour; Sports, Massage"), Some("https://example.com/book"), Date::new(2026, 11, 28).unwrap(), "20261128T090000Z");
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    // Every line ends in CRLF, and no line is longer than 75 octets.
    assert!(!text.replace("\r\n", "").contains('\n'));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{line}");
    }
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 7);
    assert!(text.contains("RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=4"));
    // Saturday's series starts today; Monday's on the 30th.
    assert!(text.contains("DTSTART:20261128T080000"));
    assert!(text.contains("DTSTART:20261130T080000"));
    let unfolded = text.replace("\r\n ", "");
    assert!(unfolded.contains("Harbour\\; Sports\\, Massage"), "{unfolded}");
    assert!(unfolded.contains("\\nA stretch should feel"));
    assert_eq!(ics::escape("a\\b;c,d\ne"), "a\\\\b\\;c\\,d\\ne");
    assert_eq!(ics::fold(&"é".repeat(50)).split("\r\n").map(|l| l.len()).max().unwrap(), 74);
}

#[test]
fn stored_json_is_read_as_json_is_written() {
    // Whitespace, escapes and unknown fields are fine, as in any JSON reader.
    let pretty = "{ \"version\" : 2,\n  \"note\": [true, null, {\"x\": -1.5e3}],\n  \"sessions\": [ {\"steps_total\": 4, \"date\": \"2026\\u002d11\\u002d27\", \"steps_done\": 3} ] }";
    match storage::decode(Some(pretty)) {
        Loaded::Migrated { progress: p, from: 2 } => assert_eq!(p.sessions[0].date, "2026-11-27"),
        other => panic!("{other:?}"),
    }
    // Wrong types, fractions and negative counts are not silently accepted.
    for bad in [
        r#"{"version":2,"sessions":[{"date":"2026-11-27","steps_done":1.5,"steps_total":2}]}"#,
        r#"{"version":2,"sessions":[{"date":"2026-11-27","steps_done":-1,"steps_total":2}]}"#,
        r#"{"version":"2","sessions":[]}"#,
        r#"{"version":2,"sessions":{}}"#,
        r#"{"version":2,"sessions":[]} trailing"#,
    ] {
        assert!(matches!(storage::decode(Some(bad)), Loaded::Corrupt { .. }), "{bad}");
    }
    // Very deep nesting is refused, not a stack overflow.
    let deep = format!("{{\"version\":2,\"sessions\":{}{}}}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(matches!(storage::decode(Some(&deep)), Loaded::Corrupt { .. }));
}

/// The summary counts the sessions kept, and leaves out a record whose date cannot be read.
#[test]
fn done_records_are_the_sessions_kept_with_readable_dates() {
    use posture_explainer::state::storage::{Progress, SessionRecord, VERSION};
    let record = |date: &str| SessionRecord { date: date.into(), steps_done: 2, steps_total: 4, exercises: vec![(0, 2, 4)], effort: Some(5), pain: None };
    let p = Progress { version: VERSION, sessions: vec![record("2026-12-01"), record("1 December"), record("2026-12-03")] };
    let done = p.done_records();
    assert_eq!(done.len(), 2);
    assert_eq!(done[0].date, Date::new(2026, 12, 1).unwrap());
    assert_eq!((done[1].exercises.clone(), done[1].effort, done[1].pain), (vec![(0, 2)], Some(5), None));
}
