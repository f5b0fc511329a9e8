//! Native tests of the safety screen: tiers, cautions, the answers' storage, and that no plan
//! appears before the person has answered.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::disallowed_methods, reason = "test code never reaches the wasm, where the size rules apply")]

use posture_explainer::model::calendar::Date;
use posture_explainer::model::exercises::{exercise, ExerciseId, Kind};
use posture_explainer::model::ics;
use posture_explainer::model::plan::{caution_rule, change_reason, make_plan, Outcome, Plan};
use posture_explainer::model::posture::Inputs;
use posture_explainer::model::safety::*;
use posture_explainer::model::session::steps_for_day;
use posture_explainer::state::storage::{decode_screening, encode_screening, LoadedScreening};
use proptest::prelude::*;

mod common;
use common::any_inputs;

fn none_apply() -> Screening {
    Screening::none_at_all()
}

/// These answers ticked (a repeated answer stays ticked), after "I have none of these" under
/// the warning signs, which a warning-sign tick clears.
fn with(answers: &[Answer]) -> Screening {
    answers.iter().fold(Screening::default().toggle(Answer::NoRedFlags), |s, &a| if s.is_ticked(a) { s } else { s.toggle(a) })
}

/// Stored answers as they read back on `2026-12-04`, written that day.
fn today() -> Date {
    Date::parse("2026-12-04").unwrap()
}

fn plan(i: &Inputs, s: &Screening) -> Plan {
    match make_plan(i, s) {
        Outcome::Plan(p) => p,
        o => panic!("expected a plan, got {o:?}"),
    }
}

/// Everyone whose sliders could bring each seed stretch and each strengthening exercise.
fn tight_and_weak() -> Inputs {
    Inputs::new(9.0, 9.0, 2.0, 2.0, 11.0, 60.0)
}

#[test]
fn every_red_flag_routes_to_the_tier_the_nhs_pathways_give() {
    use RedFlag::*;
    let expected = [
        (BladderOrBowel, Tier::Emergency),
        (SaddleNumbness, Tier::Emergency),
        (SexualDysfunction, Tier::Emergency),
        (BothLegsWeakOrNumb, Tier::Emergency),
        (ChestOrTummyPain, Tier::Emergency),
        (MajorInjury, Tier::Emergency),
        (OneLegWeakOrNumb, Tier::SameDay),
        (FeverOrUnwell, Tier::SameDay),
        (ImmuneOrInjecting, Tier::SameDay),
        (HistoryOfCancer, Tier::Soon),
        (UnexplainedWeightLoss, Tier::Soon),
        (NightPain, Tier::Soon),
        (NewPainUnder20OrOver50, Tier::Soon),
        (MinorFallWithFragileBones, Tier::Soon),
    ];
    assert_eq!(expected.len(), RedFlag::ALL.len(), "every question is in this table");
    for (flag, tier) in expected {
        assert_eq!(flag.tier(), tier, "{flag:?}");
        let Outcome::SeekHelp(a) = make_plan(&Inputs::default(), &with(&[Answer::Flag(flag)])) else {
            panic!("{flag:?} still gave a plan");
        };
        assert_eq!((a.tier, a.ticked.clone()), (tier, vec![flag]));
    }
}

#[test]
fn each_tier_says_where_to_go_and_how_soon() {
    assert!(Tier::Emergency.heading().contains("A&E") && Tier::Emergency.heading().contains("999"));
    assert!(Tier::Emergency.heading().contains("now"));
    assert!(Tier::SameDay.heading().contains("today"));
    // No false reassurance, and "keep moving gently" rather than stop everything (NICE NG59).
    assert!(Tier::SameDay.text().contains("NHS 111 or your GP") && Tier::SameDay.text().contains("keep moving gently"));
    assert!(!Tier::SameDay.text().contains("something simple"));
    assert!(Tier::Soon.heading().contains("GP") && Tier::Soon.heading().contains("urgent"));
    assert!(Tier::Soon.text().contains("keep moving gently") && !Tier::Soon.text().contains("usually not serious"));
    for flag in RedFlag::ALL {
        let action = flag.action();
        match flag.tier() {
            Tier::Emergency if flag == RedFlag::ChestOrTummyPain => assert_eq!(action, "Call 999 now. Do not drive yourself."),
            Tier::Emergency if flag == RedFlag::MajorInjury => assert!(action.starts_with("Go to A&E now") && action.contains("999")),
            Tier::Emergency => assert_eq!(action, "Go to A&E or call 999 now."),
            Tier::SameDay => assert!(action.contains("NHS 111") && action.contains("today"), "{action}"),
            Tier::Soon => assert!(action.starts_with("Ask your GP for an urgent appointment"), "{action}"),
        }
    }
    // The footer's short version gives the same urgency as the screen (NHS.uk's 999 list).
    for part in [
        "pain, tingling, numbness or weakness in both legs",
        "bladder, bowel or sexual problems",
        "chest pain",
        "go to A&E or call 999 now",
        "NHS 111 or your GP today",
    ] {
        assert!(FOOTER_SAFETY.contains(part), "{part}");
    }
    // Tingling in both legs alone is an emergency (M1), and chest pain has its own words.
    let Outcome::SeekHelp(a) = make_plan(&Inputs::default(), &with(&[Answer::Flag(RedFlag::BothLegsWeakOrNumb)])) else { panic!() };
    assert_eq!(a.tier, Tier::Emergency);
    assert!(RedFlag::BothLegsWeakOrNumb.question().starts_with("Pain, tingling, numbness or weakness in both legs"));
    let Outcome::SeekHelp(a) = make_plan(&Inputs::default(), &with(&[Answer::Flag(RedFlag::ChestOrTummyPain)])) else { panic!() };
    assert_eq!(a.texts(), vec!["With back pain, this can come from the heart or a major blood vessel. Call 999 now. Do not drive yourself."]);
}

#[test]
fn a_history_of_cancer_with_nerve_signs_is_an_emergency() {
    for leg in [RedFlag::OneLegWeakOrNumb, RedFlag::BothLegsWeakOrNumb] {
        let Outcome::SeekHelp(a) = make_plan(&Inputs::default(), &with(&[Answer::Flag(RedFlag::HistoryOfCancer), Answer::Flag(leg)])) else { panic!() };
        assert_eq!(a.tier, Tier::Emergency, "{leg:?}");
        assert!(a.texts().contains(&CANCER_AND_NERVES), "{:?}", a.texts());
    }
    // Cancer alone: an urgent GP appointment, with the cancer team's line.
    let Outcome::SeekHelp(a) = make_plan(&Inputs::default(), &with(&[Answer::Flag(RedFlag::HistoryOfCancer)])) else { panic!() };
    assert_eq!(a.tier, Tier::Soon);
    assert!(RedFlag::HistoryOfCancer.action().contains("24-hour helpline"));
}

#[test]
fn the_most_urgent_tick_decides_and_every_tick_is_listed_most_urgent_first() {
    let s = with(&[Answer::Flag(RedFlag::NightPain), Answer::Flag(RedFlag::FeverOrUnwell), Answer::Flag(RedFlag::SaddleNumbness)]);
    let Outcome::SeekHelp(a) = make_plan(&Inputs::default(), &s) else { panic!() };
    assert_eq!(a.tier, Tier::Emergency);
    assert_eq!(a.ticked, vec![RedFlag::SaddleNumbness, RedFlag::FeverOrUnwell, RedFlag::NightPain]);
    // A red flag stops the plan even beside cautions and a review.
    let s = s.toggle(Answer::Caution(Caution::KneeProblems)).toggle(Answer::NoBetter);
    assert!(matches!(make_plan(&Inputs::default(), &s), Outcome::SeekHelp(_)));
}

#[test]
fn no_plan_until_the_person_has_answered() {
    assert_eq!(make_plan(&Inputs::default(), &Screening::default()), Outcome::NotAnswered);
    assert!(matches!(make_plan(&Inputs::default(), &none_apply()), Outcome::Plan(_)));
    // Unticking the only tick is unanswered again.
    let s = with(&[Answer::Caution(Caution::KneeProblems)]);
    assert!(matches!(make_plan(&Inputs::default(), &s), Outcome::Plan(_)));
    let s = s.toggle(Answer::Caution(Caution::KneeProblems));
    assert_eq!(make_plan(&Inputs::default(), &s), Outcome::NotAnswered);
    // The warning signs need their own answer (S14): a caution or "None of these apply to
    // me" alone shows no plan until "I have none of these" is ticked.
    let rest_only = Screening::default().toggle(Answer::Caution(Caution::Age65Plus));
    assert_eq!(make_plan(&Inputs::default(), &rest_only), Outcome::NotAnswered);
    let rest_only = Screening::default().toggle(Answer::NoneApply);
    assert_eq!(make_plan(&Inputs::default(), &rest_only), Outcome::NotAnswered);
    assert!(matches!(make_plan(&Inputs::default(), &rest_only.toggle(Answer::NoRedFlags)), Outcome::Plan(_)));
    // A warning sign is told at once, before the rest is answered.
    let flag_only = Screening::default().toggle(Answer::Flag(RedFlag::SaddleNumbness));
    assert!(matches!(make_plan(&Inputs::default(), &flag_only), Outcome::SeekHelp(_)));
}

#[test]
fn answers_four_weeks_old_are_asked_again_with_their_ticks_kept() {
    let s = with(&[Answer::Caution(Caution::KneeProblems)]);
    assert!(s.answered());
    let stored = encode_screening(&s, today().add_days(-27));
    assert_eq!(decode_screening(Some(&stored), today()), LoadedScreening::Current(s.clone()));
    let stored = encode_screening(&s, today().add_days(-28));
    let LoadedScreening::Stale(again) = decode_screening(Some(&stored), today()) else { panic!("four weeks on: asked again") };
    assert!(again.has(Caution::KneeProblems), "the ticks are kept");
    assert!(!again.no_red_flags && !again.answered(), "\"I have none of these\" is asked again");
    // The previous release's "none" stood for both parts, and kept no date: asked again.
    let LoadedScreening::Stale(old) = decode_screening(Some(r#"{"version":1,"answers":"none"}"#), today()) else { panic!() };
    assert_eq!(old, Screening::default());
}

#[test]
fn none_apply_and_a_tick_exclude_each_other() {
    let s = none_apply().toggle(Answer::Caution(Caution::Age65Plus));
    assert!(!s.none_apply && s.has(Caution::Age65Plus));
    let s = s.toggle(Answer::NoneApply);
    assert!(s.none_apply && s.ticked().is_empty());
}

#[test]
fn not_improved_after_weeks_keeps_a_plan_and_asks_for_a_review() {
    let p = plan(&Inputs::default(), &with(&[Answer::NoBetter]));
    assert!(p.review);
    assert!(!p.session.is_empty());
    assert!(REVIEW_TEXT.contains("NICE"));
    assert!(!plan(&Inputs::default(), &none_apply()).review);
}

#[test]
fn under_16_gets_advice_for_a_gp_or_physiotherapist_not_a_plan() {
    assert_eq!(make_plan(&Inputs::default(), &with(&[Answer::Under16])), Outcome::NotForUnder16);
    assert!(UNDER_16_HEADING.contains("adults"));
    assert!(UNDER_16_TEXT.contains("GP") && UNDER_16_TEXT.contains("physiotherapist"));
}

/// What a caution may do: the exercises its rule names, and nothing else.
fn expected_after(caution: Caution, before: &[ExerciseId]) -> Vec<ExerciseId> {
    let mut out: Vec<ExerciseId> = Vec::new();
    for &id in before {
        let mut id = Some(id);
        while let Some((to, _)) = id.and_then(|x| caution_rule(caution, x)) {
            id = to;
        }
        if let Some(id) = id {
            if !out.contains(&id) {
                out.push(id);
            }
        }
    }
    out
}

#[test]
fn the_rules_name_the_exercises_the_reference_names() {
    use ExerciseId::*;
    // Hip surgery: no pigeon, no figure-of-four, no lunge, and no other hip stretch.
    for id in [PigeonPose, FigureOfFour, LungeStretch, LungeStretchStanding, SeatedForwardFold, LyingHamstringStretch] {
        assert_eq!(caution_rule(Caution::HipSurgery, id).map(|r| r.0), Some(None), "{id:?}");
    }
    assert_eq!(caution_rule(Caution::HipSurgery, GluteBridge), None);
    // The seed's three stretches get their safer versions.
    assert_eq!(caution_rule(Caution::KneeProblems, LungeStretch).unwrap().0, Some(LungeStretchStanding));
    assert_eq!(caution_rule(Caution::KneeProblems, PigeonPose).unwrap().0, Some(FigureOfFour));
    assert_eq!(caution_rule(Caution::Age65Plus, PigeonPose).unwrap().0, Some(FigureOfFour));
    assert_eq!(caution_rule(Caution::LegSymptoms, SeatedForwardFold).unwrap().0, Some(LyingHamstringStretch));
    // Pregnancy: nothing lying on the back.
    for id in [GluteBridge, DeadBug, LyingHamstringStretch] {
        assert!(caution_rule(Caution::Pregnancy, id).is_some(), "{id:?}");
    }
    for (to, _) in [PigeonPose, GluteBridge, DeadBug].iter().filter_map(|&id| caution_rule(Caution::Pregnancy, id)) {
        let to = to.unwrap();
        assert!(caution_rule(Caution::Pregnancy, to).is_none(), "{to:?} is itself not allowed");
    }
    // Recent operation or injury: only gentle movement; no hip-flexor stretch, and massage
    // waits until it has healed.
    for e in posture_explainer::model::exercises::CATALOGUE {
        let removed = caution_rule(Caution::RecentSurgeryOrInjury, e.id).is_some();
        assert_eq!(removed, matches!(e.kind, Kind::Stretch | Kind::Strength) || matches!(e.id, StandingHipOpener | Massage), "{:?}", e.id);
    }
    // Thin bones: no loaded forward fold of the spine.
    assert_eq!(caution_rule(Caution::Osteoporosis, SeatedForwardFold).unwrap().0, Some(LyingHamstringStretch));
    assert_eq!(caution_rule(Caution::Osteoporosis, PigeonPose).unwrap().0, Some(FigureOfFour));
    // After a baby: no plank before the 6-week check; nothing else changes (no reason to
    // avoid lying on the back after birth).
    for e in posture_explainer::model::exercises::CATALOGUE {
        assert_eq!(caution_rule(Caution::Postnatal, e.id).is_some(), e.id == Plank, "{:?}", e.id);
    }
    // Every safer version names the seed exercise it replaces.
    for (id, seed) in [(LungeStretchStanding, LungeStretch), (FigureOfFour, PigeonPose), (LyingHamstringStretch, SeatedForwardFold)] {
        assert_eq!(exercise(id).instead_of, Some(seed));
    }
}

#[test]
fn sixty_five_and_over_gets_figure_of_four_and_longer_holds() {
    let p = plan(&tight_and_weak(), &with(&[Answer::Caution(Caution::Age65Plus)]));
    let ids: Vec<_> = p.session.iter().map(|it| it.id).collect();
    assert!(ids.contains(&ExerciseId::FigureOfFour) && !ids.contains(&ExerciseId::PigeonPose), "{ids:?}");
    let fig = p.session.iter().find(|it| it.id == ExerciseId::FigureOfFour).unwrap();
    assert!(fig.dosage.text().starts_with("Hold 45 seconds"), "{}", fig.dosage.text());
    // The figure-of-four is everyone's glute stretch now (S18): the rule that swaps pigeon
    // pose acts on a therapist's programme that names it.
    assert!(p.changes.iter().all(|c| c.from != ExerciseId::FigureOfFour), "{:?}", p.changes);
    assert_eq!(
        caution_rule(Caution::Age65Plus, ExerciseId::PigeonPose).map(|r| change_reason(Caution::Age65Plus, ExerciseId::PigeonPose, r.0, r.1)).unwrap(),
        "Because you are 65 or older, the figure-of-four stretch replaces pigeon pose: it stretches the same muscles sitting on a chair, without getting down to the floor."
    );
}

/// Pigeon pose is no one's default (S18): the seated figure-of-four is the glute stretch, with
/// pigeon as its harder version.
#[test]
fn the_suggested_glute_stretch_is_the_figure_of_four_with_pigeon_as_its_harder_version() {
    use posture_explainer::model::exercises::CATALOGUE;
    let p = plan(&tight_and_weak(), &none_apply());
    assert!(p.session.iter().any(|it| it.id == ExerciseId::FigureOfFour));
    assert!(p.session.iter().all(|it| it.id != ExerciseId::PigeonPose));
    assert!(exercise(ExerciseId::FigureOfFour).harder.starts_with("Pigeon pose"));
    assert!(p.swapped_for(ExerciseId::FigureOfFour).is_none(), "not \"in place of\" anything for the default person");
    assert!(CATALOGUE.iter().any(|e| e.id == ExerciseId::PigeonPose), "pigeon stays in the catalogue for a therapist's programme");
}

#[test]
fn a_hip_replacement_leaves_no_pigeon_figure_of_four_or_lunge_anywhere() {
    let banned = [ExerciseId::PigeonPose, ExerciseId::FigureOfFour, ExerciseId::LungeStretch, ExerciseId::LungeStretchStanding];
    // With every other caution too, so a swap cannot bring one back.
    for extra in Caution::ALL {
        let s = with(&[Answer::Caution(Caution::HipSurgery), Answer::Caution(extra)]);
        let p = plan(&tight_and_weak(), &s);
        for id in banned {
            assert!(p.session.iter().all(|it| it.id != id), "{id:?} in the plan with {extra:?}");
            for day in 0..7 {
                assert!(steps_for_day(&p, day).iter().all(|st| st.exercise != id), "{id:?} in the session");
            }
        }
        let cal = ics::schedule(&p, Some("Clinic"), None, Date::parse("2026-11-30").unwrap(), "20261129T000000Z");
        for word in ["Pigeon", "Figure-of-four", "Lunge"] {
            assert!(!cal.contains(word), "{word} in the calendar file");
        }
    }
    let p = plan(&tight_and_weak(), &with(&[Answer::Caution(Caution::HipSurgery)]));
    assert!(p
        .changes
        .iter()
        .any(|c| c.reason == "Because you have had hip surgery, figure-of-four stretch is left out: ask your surgeon or physiotherapist first."));
}

#[test]
fn recent_surgery_and_hip_surgery_together_leave_no_guided_session() {
    let s = with(&[Answer::Caution(Caution::HipSurgery), Answer::Caution(Caution::RecentSurgeryOrInjury)]);
    let p = plan(&tight_and_weak(), &s);
    assert!(p.session.is_empty(), "{:?}", p.session);
    assert!(p.habits.iter().any(|h| h.id == ExerciseId::Walking));
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(300) })]

    /// Each caution changes exactly the exercises its rule names, and gives a reason for each.
    #[test]
    fn each_caution_changes_exactly_its_exercises_and_says_why(i in any_inputs(), k in 0..Caution::ALL.len()) {
        let caution = Caution::ALL[k];
        let before: Vec<_> = plan(&i, &none_apply()).session.iter().map(|it| it.id).collect();
        let p = plan(&i, &with(&[Answer::Caution(caution)]));
        let after: Vec<_> = p.session.iter().map(|it| it.id).collect();
        prop_assert_eq!(&after, &expected_after(caution, &before));
        let changed: Vec<_> = before.iter().filter(|&&id| caution_rule(caution, id).is_some()).collect();
        prop_assert_eq!(p.changes.iter().filter(|c| c.caution == caution && before.contains(&c.from)).count(), changed.len());
        for c in &p.changes {
            prop_assert!(c.reason.starts_with(caution.because()), "{}", c.reason);
            prop_assert!(c.reason.contains(&exercise(c.from).name.to_lowercase()), "{}", c.reason);
        }
        prop_assert_eq!(&p.cautions, &vec![caution]);
    }

    /// Whatever is ticked, no exercise a ticked caution rules out is left in the plan.
    #[test]
    fn no_ruled_out_exercise_survives_any_set_of_cautions(i in any_inputs(), mask in 0u16..256) {
        let cautions: Vec<_> = Caution::ALL.iter().enumerate().filter(|(k, _)| mask & (1 << k) != 0).map(|(_, &c)| c).collect();
        let s = with(&cautions.iter().map(|&c| Answer::Caution(c)).collect::<Vec<_>>());
        let s = if cautions.is_empty() { none_apply() } else { s };
        let p = plan(&i, &s);
        for it in &p.session {
            for &c in &cautions {
                prop_assert!(caution_rule(c, it.id).is_none(), "{:?} kept despite {:?}", it.id, c);
            }
        }
        let mut ids: Vec<_> = p.session.iter().map(|it| it.id).collect();
        ids.sort();
        ids.dedup();
        prop_assert_eq!(ids.len(), p.session.len(), "no exercise twice");
    }

    /// Stored answers read back as they were; anything else never panics and never invents a tick.
    #[test]
    fn stored_answers_round_trip(mask in any::<u32>(), none in any::<bool>()) {
        let all = Answer::all();
        let s = all.iter().enumerate().filter(|(k, _)| mask & (1 << k) != 0).fold(Screening::default(), |s, (_, &a)| {
            if s.is_ticked(a) { s } else { s.toggle(a) }
        });
        let s = if none && s.ticked().is_empty() { none_apply() } else { s };
        prop_assert_eq!(decode_screening(Some(&encode_screening(&s, today())), today()), LoadedScreening::Current(s));
    }

    #[test]
    fn unreadable_answers_never_panic(raw in ".{0,200}") {
        match decode_screening(Some(&raw), today()) {
            LoadedScreening::Current(s) | LoadedScreening::Partial { screening: s, .. } | LoadedScreening::Stale(s) => {
                prop_assert!(raw.contains("answers"), "{raw}");
                let _ = s.answered();
            }
            LoadedScreening::Corrupt { raw: kept } => prop_assert_eq!(kept, raw),
            LoadedScreening::Empty => prop_assert!(false, "text is not empty storage"),
        }
    }
}

#[test]
fn unknown_stored_answers_are_named_and_the_rest_kept() {
    let raw = r#"{"version":2,"answered":"2026-12-01","answers":"knee no-such-answer none no-flags"}"#;
    match decode_screening(Some(raw), today()) {
        LoadedScreening::Partial { screening, unknown } => {
            assert!(screening.has(Caution::KneeProblems));
            assert!(!screening.none_apply, "a tick wins over a contradictory none");
            assert_eq!(unknown, vec!["no-such-answer".to_string()]);
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(decode_screening(Some(r#"{"version":9,"answers":"knee"}"#), today()), LoadedScreening::Corrupt { .. }));
    assert_eq!(decode_screening(None, today()), LoadedScreening::Empty);
}

/// A therapist's programme of eight exercises, each at its harder version: what the cautions
/// must still make safe.
fn hardest_programme() -> posture_explainer::model::programme::Programme {
    use posture_explainer::model::programme::{starting_dosage, Item, Programme, Version};
    use ExerciseId::*;
    let ids = [SeatedForwardFold, PigeonPose, LungeStretch, GluteBridge, DeadBug, Plank, BirdDog, StandingHipOpener];
    let items = ids.iter().map(|&id| Item { id, version: Version::Harder, dosage: starting_dosage(id), note: String::new() }).collect();
    Programme { issued: Date::parse("2026-11-30").unwrap(), items, note: String::new(), initials: String::new(), measured: None }
}

/// What round 2's cautions must leave out or soften, checked on one plan.
fn round_two_rules_hold(p: &Plan, cautions: &[Caution]) -> Result<(), TestCaseError> {
    use posture_explainer::model::programme::Version;
    use ExerciseId::*;
    let all: Vec<_> = p.session.iter().chain(p.habits.iter()).collect();
    let has = |id: ExerciseId| all.iter().any(|it| it.id == id);
    let version = |id: ExerciseId| all.iter().find(|it| it.id == id).map(|it| it.version);
    if cautions.contains(&Caution::Osteoporosis) {
        prop_assert!(!has(SeatedForwardFold) && !has(PigeonPose), "a forward fold with thin bones");
        prop_assert!(all.iter().all(|it| it.version != Version::Harder), "a harder version with thin bones");
        prop_assert!(!p.offers_harder());
    }
    if cautions.contains(&Caution::LegSymptoms) {
        prop_assert!(!has(SeatedForwardFold) && !has(PigeonPose));
        for id in [LyingHamstringStretch, FigureOfFour] {
            if has(id) {
                prop_assert_eq!(version(id), Some(Version::Easier), "{:?} with sciatica", id);
            }
        }
    }
    if cautions.contains(&Caution::Pregnancy) {
        prop_assert!(!has(GluteBridge) && !has(DeadBug) && !has(LyingHamstringStretch), "lying on the back in pregnancy");
        if has(Plank) {
            prop_assert_eq!(version(Plank), Some(Version::Easier));
        }
    }
    if cautions.contains(&Caution::Postnatal) {
        prop_assert!(!has(Plank), "the plank before the 6-week check");
    }
    if cautions.contains(&Caution::RecentSurgeryOrInjury) {
        prop_assert!(all.iter().all(|it| !matches!(exercise(it.id).kind, Kind::Stretch | Kind::Strength)), "a stretch or strengthening after an operation");
        prop_assert!(!has(StandingHipOpener) && !has(Massage), "a hip-flexor stretch or massage after an operation");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(400) })]

    /// Thin bones, sciatica, pregnancy, a new baby and a recent operation or injury, in any mix,
    /// for any person: no excluded exercise or harder version survives, in the suggested plan
    /// or in a therapist's programme of harder versions.
    #[test]
    fn round_two_cautions_hold_for_any_person_and_any_mix(i in any_inputs(), mask in 1u16..256) {
        let cautions: Vec<_> = Caution::ALL.iter().enumerate().filter(|(k, _)| mask & (1 << k) != 0).map(|(_, &c)| c).collect();
        let s = with(&cautions.iter().map(|&c| Answer::Caution(c)).collect::<Vec<_>>());
        round_two_rules_hold(&plan(&i, &s), &cautions)?;
        let Outcome::Plan(p) = hardest_programme().plan(&s) else { return Err(TestCaseError::fail("a programme with cautions is a plan")) };
        round_two_rules_hold(&p, &cautions)?;
    }

    /// "I have already been checked" shows the plan only when every warning sign ticked asks
    /// for a GP (the least urgent tier); an emergency or same-day sign always stops it.
    #[test]
    fn already_checked_never_lifts_an_emergency_or_same_day_sign(i in any_inputs(), mask in 1u16..(1 << 14), soon_only in any::<bool>()) {
        // Half the cases tick only GP-soon signs, where the tick does lift the advice.
        let mut flags: Vec<RedFlag> = RedFlag::ALL.iter().enumerate().filter(|(k, _)| mask & (1 << k) != 0).map(|(_, &f)| f).filter(|f| !soon_only || f.tier() == Tier::Soon).collect();
        if flags.is_empty() {
            flags.push(RedFlag::HistoryOfCancer);
        }
        let s = with(&flags.iter().map(|&f| Answer::Flag(f)).collect::<Vec<_>>()).toggle(Answer::NoneApply).toggle(Answer::AlreadyChecked);
        prop_assert!(s.already_checked);
        let tier = advice(&flags).unwrap().tier;
        match make_plan(&i, &s) {
            Outcome::Plan(p) => {
                prop_assert_eq!(tier, Tier::Soon);
                prop_assert_eq!(&p.checked_flags, &s.red_flags, "the plan names what was checked");
            }
            Outcome::SeekHelp(a) => prop_assert!(a.tier > Tier::Soon, "{:?} stopped although checked", flags),
            o => return Err(TestCaseError::fail(format!("{o:?}"))),
        }
        // The same for a therapist's programme.
        prop_assert_eq!(matches!(hardest_programme().plan(&s), Outcome::Plan(_)), tier == Tier::Soon);
        // Kept on the device with the answers.
        prop_assert_eq!(Screening::from_keys(&s.to_keys()).0, s);
    }

    /// No sentence about the figure reads as a measurement of the person (M3).
    #[test]
    fn nothing_reads_as_a_measurement_of_the_person(i in any_inputs()) {
        use posture_explainer::model::{explain, posture::posture};
        let p = posture(&i);
        let mut text = explain::chain(&i, &p).join(" ");
        text.push_str(&explain::headline(&p));
        text.push_str(&explain::live_summary(&p));
        for banned in ["Your hip extends", "your hip extends", "Your pelvis", "your pelvis tilts", "Your posture", "Your lumbar", "pain-free", "band", "back-load score"] {
            prop_assert!(!text.contains(banned), "{:?} in: {}", banned, text);
        }
        // Hip extension is never called "above": more is normal.
        let live = explain::live_summary(&p);
        let hip = live.split("Hip extension").nth(1).unwrap_or("").split('.').next().unwrap_or("");
        prop_assert!(!hip.contains("above"), "{}", live);
    }
}

#[test]
fn a_new_warning_sign_needs_checking_again() {
    let s = with(&[Answer::Flag(RedFlag::HistoryOfCancer)]).toggle(Answer::NoneApply).toggle(Answer::AlreadyChecked);
    assert!(matches!(make_plan(&Inputs::default(), &s), Outcome::Plan(_)));
    let s = s.toggle(Answer::Flag(RedFlag::NightPain));
    assert!(!s.already_checked, "a new tick clears it");
    assert!(matches!(make_plan(&Inputs::default(), &s), Outcome::SeekHelp(_)));
}
