//! Native tests of the guided session clock, the stored progress schema, dates and the
//! calendar file.
#![cfg(not(target_arch = "wasm32"))]

use posture_explainer::model::calendar::Date;
use posture_explainer::model::exercises::ExerciseId;
use posture_explainer::model::ics;
use posture_explainer::model::plan::{make_plan, Outcome, Plan, PlanSettings};
use posture_explainer::model::posture::{InputId, Inputs};
use posture_explainer::model::session::*;
use posture_explainer::state::storage::{self, Loaded, Progress};
use proptest::prelude::*;

fn plan() -> Plan {
    let i = Inputs::default().with(InputId::HipFlexors, 8.0).with(InputId::Glutes, 2.0);
    match make_plan(&i, PlanSettings::default(), &[]) {
        Outcome::Plan(p) => p,
        _ => unreachable!(),
    }
}

#[test]
fn one_sided_stretches_switch_sides_and_strength_waits_for_rest_days() {
    let p = plan();
    let monday = steps_for_day(&p, 0);
    let lunge: Vec<_> = monday.iter().filter(|s| s.exercise == ExerciseId::LungeStretch).collect();
    assert_eq!(lunge.len(), 4, "2 repetitions on each side");
    assert_eq!(lunge[0].side, Some(Side::Right));
    assert_eq!(lunge[1].side, Some(Side::Left));
    assert!(monday.iter().any(|s| s.exercise == ExerciseId::GluteBridge));
    let tuesday = steps_for_day(&p, 1);
    assert!(tuesday.iter().all(|s| s.exercise != ExerciseId::GluteBridge), "no strength on Tuesday");
}

#[test]
fn the_countdown_follows_timestamps_and_pauses() {
    let steps = steps_for_day(&plan(), 1);
    let mut s = Session::start(steps, 1_000.0);
    assert_eq!(s.remaining_seconds(1_000.0), Some(30));
    assert_eq!(s.remaining_seconds(1_001.0), Some(30));
    assert_eq!(s.remaining_seconds(30_999.0), Some(1));
    s.pause(11_000.0);
    assert!(s.is_paused());
    // Paused: an hour later it still shows 20 seconds.
    assert_eq!(s.remaining_seconds(3_611_000.0), Some(20));
    assert_eq!(s.tick(3_611_000.0), Tick::Nothing);
    s.resume(3_611_000.0);
    assert_eq!(s.remaining_seconds(3_616_000.0), Some(15));
    assert_eq!(s.tick(3_631_000.0), Tick::HoldEnded);
    assert_eq!(s.index, 1);
    assert_eq!(s.current().unwrap().side, Some(Side::Left));
}

#[test]
fn a_backgrounded_tab_catches_up_hold_by_hold() {
    let steps = steps_for_day(&plan(), 1);
    let holds_at_start = steps.iter().take_while(|s| matches!(s.work, Work::Hold { .. })).count();
    let mut s = Session::start(steps, 0.0);
    // Two and a half holds pass without a single tick (a throttled tab), then one tick.
    assert_eq!(s.tick(75_000.0), Tick::HoldEnded);
    assert_eq!(s.index, 2.min(holds_at_start));
    assert_eq!(s.remaining_seconds(75_000.0), Some(15));
}

#[test]
fn skip_back_and_finish() {
    let steps = steps_for_day(&plan(), 0);
    let n = steps.len();
    let mut s = Session::start(steps, 0.0);
    s.next(0.0, false);
    assert_eq!((s.index, s.completed), (1, 0));
    s.back(0.0);
    assert_eq!(s.index, 0);
    s.back(0.0);
    assert_eq!(s.index, 0, "back at the start stays at the start");
    for _ in 0..n {
        s.next(0.0, true);
    }
    assert!(s.finished);
    assert_eq!(s.completed, n);
    assert_eq!(s.current(), None);
    assert_eq!(clock_text(75), "1:15");
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(500) })]

    #[test]
    fn the_clock_never_runs_backwards_or_overruns(ops in prop::collection::vec((0u8..5, 0.0f64..40_000.0), 1..60)) {
        let steps = steps_for_day(&plan(), 0);
        let n = steps.len();
        let mut now = 0.0;
        let mut s = Session::start(steps, now);
        for (op, dt) in ops {
            now += dt;
            match op {
                0 => { s.tick(now); }
                1 => s.toggle_pause(now),
                2 => s.next(now, true),
                3 => s.back(now),
                _ => { s.tick(now); }
            }
            prop_assert!(s.index <= n);
            prop_assert!(s.completed <= n * 2);
            if let (Some(left), Some(step)) = (s.remaining_seconds(now), s.current()) {
                if let Work::Hold { seconds } = step.work {
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
            assert_eq!(progress.version, 2);
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
fn the_calendar_file_is_valid_ics() {
    let text = ics::schedule(&plan(), "Harbour; Sports, Massage", Some("https://example.com/book"), Date::new(2026, 11, 28).unwrap(), "20261128T090000Z");
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
        Loaded::Current(p) => assert_eq!(p.sessions[0].date, "2026-11-27"),
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
