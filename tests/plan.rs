//! Native tests of the plan: selection, order, dosage, the week, and the safety screen.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::disallowed_methods, reason = "test code never reaches the wasm, where the size rules apply")]

use posture_explainer::model::exercises::{exercise, pose, ExerciseId, Kind, CATALOGUE};
use posture_explainer::model::figure::skeleton;
use posture_explainer::model::plan::*;
use posture_explainer::model::posture::{InputId, Inputs};
use posture_explainer::model::safety::{Caution, Screening};
use proptest::prelude::*;

mod common;
use common::any_inputs;

fn plan_for(i: &Inputs) -> Plan {
    match make_plan(i, &Screening::none_at_all()) {
        Outcome::Plan(p) => p,
        o => panic!("none apply, so a plan: {o:?}"),
    }
}

#[test]
fn very_tight_hip_flexors_put_the_lunge_stretch_first() {
    let i = Inputs::default().with(InputId::HipFlexors, 9.0).with(InputId::Hamstrings, 9.0);
    let p = plan_for(&i);
    assert_eq!(p.session[0].id, ExerciseId::LungeStretch);
    assert!(p.session[0].why.contains("9 of 10 - very tight"), "{}", p.session[0].why);
}

#[test]
fn tight_hamstrings_bring_the_forward_fold_and_supple_ones_do_not() {
    let tight = plan_for(&Inputs::default().with(InputId::Hamstrings, 8.0));
    assert!(tight.session.iter().any(|it| it.id == ExerciseId::SeatedForwardFold));
    let supple = plan_for(&Inputs::default().with(InputId::Hamstrings, 1.0));
    assert!(supple.session.iter().all(|it| it.id != ExerciseId::SeatedForwardFold));
}

#[test]
fn weak_glutes_and_core_bring_strengthening() {
    let p = plan_for(&Inputs::default().with(InputId::Glutes, 2.0).with(InputId::Core, 2.0));
    let ids: Vec<_> = p.session.iter().map(|it| it.id).collect();
    assert!(ids.contains(&ExerciseId::GluteBridge), "{ids:?}");
    assert!(ids.contains(&ExerciseId::DeadBug), "{ids:?}");
}

#[test]
fn long_sitting_brings_movement_breaks_with_an_honest_interval() {
    let p = plan_for(&Inputs::default().with(InputId::Sitting, 11.0));
    let breaks = p.habits.iter().find(|it| it.id == ExerciseId::MovementBreaks).expect("breaks");
    assert!(breaks.dosage.text().contains("No study fixes"));
    let p = plan_for(&Inputs::default().with(InputId::Sitting, 2.0));
    assert!(p.habits.iter().all(|it| it.id != ExerciseId::MovementBreaks));
}

#[test]
fn little_activity_brings_a_walking_goal_towards_150_minutes() {
    let p = plan_for(&Inputs::default().with(InputId::Activity, 20.0));
    let walk = p.habits.iter().find(|it| it.id == ExerciseId::Walking).expect("walking");
    assert!(walk.dosage.text().contains("60 minutes of brisk walking"), "{}", walk.dosage.text());
    assert_eq!(walking_goal(140.0), 150.0);
    assert_eq!(walking_goal(0.0), 60.0);
    let p = plan_for(&Inputs::default().with(InputId::Activity, 200.0));
    assert!(p.habits.iter().all(|it| it.id != ExerciseId::Walking));
}

#[test]
fn massage_is_offered_alongside_exercise() {
    let p = plan_for(&Inputs::default());
    let m = p.habits.last().unwrap();
    assert_eq!(m.id, ExerciseId::Massage);
    assert!(m.why.contains("only alongside exercise"));
}

#[test]
fn dosage_follows_acsm() {
    match dosage(ExerciseId::LungeStretch, false) {
        Dosage::Hold { seconds, repetitions, per_side, days_per_week } => {
            assert!((20..=30).contains(&seconds));
            assert!((2..=4).contains(&repetitions));
            assert!(per_side);
            assert_eq!(days_per_week, 7);
        }
        d => panic!("{d:?}"),
    }
    match dosage(ExerciseId::LungeStretch, true) {
        Dosage::Hold { seconds, .. } => assert!((30..=60).contains(&seconds)),
        d => panic!("{d:?}"),
    }
    match dosage(ExerciseId::GluteBridge, false) {
        Dosage::Reps { sets, reps_low, reps_high, days_per_week, .. } => {
            assert!((1..=3).contains(&sets));
            assert_eq!((reps_low, reps_high), (8, 12));
            assert!((2..=3).contains(&days_per_week));
        }
        d => panic!("{d:?}"),
    }
    let bridge = dosage(ExerciseId::GluteBridge, false);
    assert_eq!(bridge.text(), "2 sets of 8 to 12 repetitions, resting about a minute between sets, 3 days a week, never two in a row");
    // The ACSM progression rule is shown with the dose.
    // Two sets to start: first a third set, then the harder version (S17's arithmetic).
    assert_eq!(
        bridge.progression(true).unwrap(),
        "When 2 sets of 12 feel easy, add a set. When 3 sets of 12 feel easy, move on to the harder version. The last 2 or 3 repetitions should feel hard but keep good form (effort about 5 to 7 out of 10)."
    );
    assert!(dosage(ExerciseId::GluteBridge, true).progression(true).unwrap().contains("3 sets of 15"));
    // Where no harder version is offered (thin bones), the step stops at adding sets.
    let kept = bridge.progression(false).unwrap();
    assert!(kept.contains("keep to this version") && !kept.contains("move on to the harder"), "{kept}");
}

#[test]
fn every_exercise_is_complete_and_drawable() {
    for e in CATALOGUE {
        assert!(!e.steps.is_empty() && !e.easier.is_empty() && !e.harder.is_empty() && !e.caution.is_empty(), "{:?}", e.id);
        let sk = skeleton(&pose(e.id));
        let (lo, hi) = sk.bounds();
        assert!(hi.x > lo.x && hi.y > lo.y);
        assert!((hi.x - lo.x) < 600.0 && (hi.y - lo.y) < 600.0, "{:?} is drawn too big", e.id);
    }
    assert!(exercise(ExerciseId::PigeonPose).easier.contains("Figure-of-four"));
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(1000) })]

    #[test]
    fn plans_are_short_ordered_and_strength_days_never_touch(i in any_inputs(), older in any::<bool>()) {
        let answered = Screening { none_apply: !older, no_red_flags: true, ..Screening::default() };
        let screening = if older { answered.toggle(posture_explainer::model::safety::Answer::Caution(Caution::Age65Plus)) } else { answered };
        let Outcome::Plan(p) = make_plan(&i, &screening) else {
            return Err(TestCaseError::fail("no flags, so a plan"));
        };
        prop_assert!(!p.session.is_empty() && p.session.len() <= MAX_SESSION_EXERCISES);
        // At least one stretch and one strengthening exercise.
        prop_assert!(p.session.iter().any(|it| exercise(it.id).kind == Kind::Stretch));
        prop_assert!(p.session.iter().any(|it| exercise(it.id).kind == Kind::Strength));
        // Stretches come before strengthening.
        let kinds: Vec<_> = p.session.iter().map(|it| exercise(it.id).kind == Kind::Strength).collect();
        prop_assert!(kinds.windows(2).all(|w| w[0] <= w[1]), "{kinds:?}");
        // No exercise twice.
        let mut ids: Vec<_> = p.session.iter().map(|it| it.id).collect();
        ids.sort();
        ids.dedup();
        prop_assert_eq!(ids.len(), p.session.len());
        // Stretches daily; strength on days that are never consecutive, Sunday to Monday included.
        for it in &p.session {
            let days: Vec<usize> = (0..7).filter(|d| p.week[*d].contains(&it.id)).collect();
            if exercise(it.id).kind == Kind::Strength {
                prop_assert!((2..=3).contains(&days.len()));
                for d in &days {
                    prop_assert!(!days.contains(&((d + 1) % 7)), "{:?} on consecutive days {days:?}", it.id);
                }
            } else {
                prop_assert_eq!(days.len(), 7);
            }
        }
    }
}

/// The plan lists the week's exercises (and the therapist's builder starts from that list);
/// the guided session runs today's share of them, as "Your week" gives it.
#[test]
fn the_guided_session_runs_the_days_share_of_the_weeks_exercises() {
    use posture_explainer::model::session::exercises_for_day;
    use ExerciseId::*;
    let i = Inputs::default()
        .with(InputId::HipFlexors, 8.0)
        .with(InputId::Hamstrings, 7.0)
        .with(InputId::Glutes, 3.0)
        .with(InputId::Core, 3.0)
        .with(InputId::Sitting, 10.0)
        .with(InputId::Activity, 60.0);
    let p = plan_for(&i);
    let week: Vec<ExerciseId> = p.session.iter().map(|it| it.id).collect();
    assert_eq!(week, [LungeStretch, SeatedForwardFold, FigureOfFour, GluteBridge, DeadBug, BirdDog]);
    // Monday, Wednesday and Friday: everything; the other days, the stretches only.
    for day in 0..7 {
        let expected: &[ExerciseId] = if day % 2 == 0 && day < 5 { &week } else { &week[..3] };
        assert_eq!(exercises_for_day(&p, day), expected, "day {day}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(500) })]

    #[test]
    fn each_days_session_is_that_days_column_of_the_week_in_the_lists_order(i in any_inputs(), day in 0usize..7) {
        use posture_explainer::model::session::exercises_for_day;
        let p = plan_for(&i);
        let today = exercises_for_day(&p, day);
        // In the plan's list, in its order; on the day's column; and every exercise of that
        // column that has steps (not a habit) is in it.
        let listed: Vec<ExerciseId> = p.session.iter().map(|it| it.id).filter(|id| today.contains(id)).collect();
        prop_assert_eq!(&listed, &today);
        prop_assert!(today.iter().all(|id| p.week[day].contains(id)));
        let with_steps: Vec<ExerciseId> = p.session.iter().filter(|it| !matches!(it.dosage, Dosage::Habit(_))).map(|it| it.id).filter(|id| p.week[day].contains(id)).collect();
        prop_assert_eq!(&with_steps, &today);
    }
}

/// The plan a person is shown: a therapist's programme (with every caution) or the suggestion;
/// the clinic's hidden exercises out of either; its 65+ hold only in the suggestion.
#[test]
fn the_shown_plan_is_the_programme_or_the_suggestion_with_the_clinics_rules() {
    use posture_explainer::model::calendar::Date;
    use posture_explainer::model::programme::Programme;
    use posture_explainer::model::safety::{Answer, Caution};
    let i = Inputs::default().with(InputId::HipFlexors, 8.0).with(InputId::Hamstrings, 8.0);
    let older = Screening::none_at_all().toggle(Answer::Caution(Caution::Age65Plus));
    let rules = ClinicRules { hidden: vec![ExerciseId::SeatedForwardFold], hold_seconds_65_plus: Some(60) };
    // The stretches' holds (a movement's short hold is not one).
    let holds = |p: &Plan| {
        p.session
            .iter()
            .filter(|it| exercise(it.id).kind == Kind::Stretch)
            .filter_map(|it| if let Dosage::Hold { seconds, .. } = it.dosage { Some(seconds) } else { None })
            .collect::<Vec<_>>()
    };

    // The suggestion: hidden exercise gone, the clinic's 60 s hold at 65+.
    let Outcome::Plan(suggested) = shown_outcome(&i, &older, None, &rules) else { panic!() };
    assert!(suggested.programme.is_none());
    assert!(suggested.session.iter().all(|it| it.id != ExerciseId::SeatedForwardFold));
    assert!(!holds(&suggested).is_empty() && holds(&suggested).iter().all(|&s| s == 60), "{:?}", holds(&suggested));

    // A therapist's programme: its own doses, the hidden exercise gone, and still no plan
    // before the questions are answered.
    let Outcome::Plan(base) = make_plan(&i, &Screening::none_at_all()) else { panic!() };
    let programme = Programme::from_plan(&base, Date::new(2026, 12, 1).unwrap());
    let Outcome::Plan(shown) = shown_outcome(&i, &older, Some(&programme), &rules) else { panic!() };
    assert!(shown.programme.is_some());
    assert!(shown.session.iter().all(|it| it.id != ExerciseId::SeatedForwardFold));
    assert!(holds(&shown).iter().all(|&s| s == 30), "the therapist's hold stays: {:?}", holds(&shown));
    assert_eq!(shown_outcome(&i, &Screening::default(), Some(&programme), &rules), Outcome::NotAnswered);
}
