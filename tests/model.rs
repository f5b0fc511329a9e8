//! Native tests of the pure model: posture, geometry, motion, words, chart.
#![cfg(not(target_arch = "wasm32"))]

use posture_explainer::model::chart;
use posture_explainer::model::explain;
use posture_explainer::model::figure::{self, skeleton, Pose};
use posture_explainer::model::motion::{continues_gesture, Spring, FOLLOW_WITHIN_MS};
use posture_explainer::model::posture::*;
use posture_explainer::state::{Action, AppState};
use proptest::prelude::*;

mod common;
use common::any_inputs;

fn any_input_id() -> impl Strategy<Value = InputId> {
    prop::sample::select(InputId::ALL.to_vec())
}

/// +1: the output rises with the input; -1: it falls; 0: it does not depend on it.
fn expected_direction(output: &str, id: InputId) -> i32 {
    use InputId::*;
    match (output, id) {
        ("tilt" | "lordosis", HipFlexors | Sitting) => 1,
        ("tilt" | "lordosis", Hamstrings | Glutes | Core | Activity) => -1,
        ("hip_extension", HipFlexors | Sitting) => -1,
        ("hip_extension", Activity) => 1,
        ("hip_extension", _) => 0,
        ("load", HipFlexors | Sitting | Hamstrings) => 1,
        ("load", Glutes | Core | Activity) => -1,
        _ => unreachable!(),
    }
}

fn outputs(p: &Posture) -> [(&'static str, f64); 4] {
    [("tilt", p.pelvic_tilt_deg), ("lordosis", p.lumbar_lordosis_deg), ("hip_extension", p.hip_extension_deg), ("load", p.back_load_score)]
}

#[test]
fn default_person_sits_at_the_population_mean() {
    let p = posture(&Inputs::default());
    // Preece 2008: 13 +/- 5; the issue asks for about 11-13.
    assert!((11.0..=13.0).contains(&p.pelvic_tilt_deg), "tilt {}", p.pelvic_tilt_deg);
    // Standing lordosis 49.8 +/- 11.2.
    assert!((48.0..=52.0).contains(&p.lumbar_lordosis_deg), "lordosis {}", p.lumbar_lordosis_deg);
    // Roach 2015 controls: +6.8.
    assert!((5.0..=9.0).contains(&p.hip_extension_deg), "hip ext {}", p.hip_extension_deg);
    assert_eq!(p.back_load, BackLoad::Low);
}

#[test]
fn very_tight_hip_flexors_after_a_desk_day_raise_the_load() {
    let p = posture(&Inputs::default().with(InputId::HipFlexors, 10.0).with(InputId::Sitting, 12.0));
    assert!(p.back_load >= BackLoad::Raised);
    assert!(PELVIC_TILT_TYPICAL.compare(p.pelvic_tilt_deg) != RangeComparison::Below);
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(2000) })]

    #[test]
    fn every_output_is_monotone_in_every_input(
        inputs in any_inputs(),
        id in any_input_id(),
        a in 0.0f64..=1.0,
        b in 0.0f64..=1.0,
    ) {
        let (lo, hi, _) = id.range();
        let (a, b) = if a <= b { (a, b) } else { (b, a) };
        let low = posture(&inputs.with(id, lo + a * (hi - lo)));
        let high = posture(&inputs.with(id, lo + b * (hi - lo)));
        for ((name, v_low), (_, v_high)) in outputs(&low).into_iter().zip(outputs(&high)) {
            match expected_direction(name, id) {
                1 => prop_assert!(v_high >= v_low - 1e-9, "{name} fell with {id:?}: {v_low} -> {v_high}"),
                -1 => prop_assert!(v_high <= v_low + 1e-9, "{name} rose with {id:?}: {v_low} -> {v_high}"),
                _ => prop_assert!((v_high - v_low).abs() < 1e-9, "{name} moved with {id:?}"),
            }
        }
    }

    #[test]
    fn outputs_are_continuous(inputs in any_inputs(), id in any_input_id(), delta in -1.0f64..=1.0) {
        // A step of one part in a thousand of the range never moves an output by more than
        // a few hundredths: no jumps anywhere.
        let (lo, hi, _) = id.range();
        let step = delta * (hi - lo) / 1000.0;
        let p = posture(&inputs);
        let q = posture(&inputs.with(id, inputs.get(id) + step));
        prop_assert!((p.pelvic_tilt_deg - q.pelvic_tilt_deg).abs() <= 0.05);
        prop_assert!((p.lumbar_lordosis_deg - q.lumbar_lordosis_deg).abs() <= 0.05);
        prop_assert!((p.hip_extension_deg - q.hip_extension_deg).abs() <= 0.05);
        prop_assert!((p.back_load_score - q.back_load_score).abs() <= 0.01);
    }

    #[test]
    fn outputs_stay_inside_published_ranges(inputs in any_inputs()) {
        let p = posture(&inputs);
        prop_assert!((-5.0..=25.0).contains(&p.pelvic_tilt_deg));
        prop_assert!((20.0..=80.0).contains(&p.lumbar_lordosis_deg));
        // The muscles move the pelvis a few degrees, at most about 10-15 at the extremes.
        prop_assert!((p.pelvic_tilt_deg - posture(&Inputs::default()).pelvic_tilt_deg).abs() <= 15.0);
        prop_assert!((-6.0..=15.0).contains(&p.hip_extension_deg));
    }

    #[test]
    fn lumbar_curve_follows_pelvic_tilt_one_to_one(a in any_inputs(), b in any_inputs()) {
        // Walker 1994: 11.3 degrees of tilt moved lordosis 11.1; 8.8 moved it 8.1.
        let (p, q) = (posture(&a), posture(&b));
        let d_tilt = q.pelvic_tilt_deg - p.pelvic_tilt_deg;
        prop_assume!(d_tilt.abs() > 0.5);
        let ratio = (q.lumbar_lordosis_deg - p.lumbar_lordosis_deg) / d_tilt;
        prop_assert!((0.85..=1.05).contains(&ratio), "ratio {ratio}");
    }

    #[test]
    fn supple_hips_extend_ten_to_fifteen_degrees(inputs in any_inputs()) {
        let p = posture(&inputs.with(InputId::HipFlexors, 0.0));
        prop_assert!((10.0..=15.0).contains(&p.hip_extension_deg), "{}", p.hip_extension_deg);
    }

    #[test]
    fn very_tight_hips_cannot_extend(inputs in any_inputs(), hf in 9.5f64..=10.0, sit in 8.0f64..=16.0, act in 0.0f64..=150.0) {
        // Roach 2015: -4.2 degrees in chronic low back pain.
        let i = inputs.with(InputId::HipFlexors, hf).with(InputId::Sitting, sit).with(InputId::Activity, act);
        prop_assert!(posture(&i).hip_extension_deg < 0.0);
    }

    #[test]
    fn hostile_numbers_never_escape_the_ranges(v in prop::num::f64::ANY, id in any_input_id()) {
        let i = Inputs::default().with(id, v);
        let (lo, hi, _) = id.range();
        prop_assert!((lo..=hi).contains(&i.get(id)));
        let p = posture(&i);
        prop_assert!(p.pelvic_tilt_deg.is_finite() && p.lumbar_lordosis_deg.is_finite());
    }

    #[test]
    fn the_drawing_shows_the_posture_it_was_given(inputs in any_inputs()) {
        let p = posture(&inputs);
        let sk = skeleton(&Pose::standing(&p));
        prop_assert!((sk.measured_pelvic_tilt_deg() - p.pelvic_tilt_deg).abs() < 1e-6);
        prop_assert!((sk.measured_lordosis_deg() - p.lumbar_lordosis_deg).abs() < 1e-6);
        // The tilt arc spans the tilt.
        let m = sk.pelvic_tilt_marker();
        prop_assert!((m.to_deg - m.from_deg - p.pelvic_tilt_deg).abs() < 1e-9);
        // Everything stays inside the drawing and the head stays over the feet.
        let mut pts = vec![sk.hip, sk.knee, sk.ankle, sk.toe, sk.heel, sk.asis, sk.psis, sk.head_centre, sk.wrist, sk.elbow, sk.rib_front];
        pts.extend(sk.lumbar.iter().map(|v| v.centre));
        pts.extend(sk.upper_spine.iter().copied());
        pts.extend(sk.pelvis_outline.iter().copied());
        for q in pts {
            prop_assert!(q.x > 0.0 && q.x < figure::WIDTH && q.y > 0.0 && q.y < figure::HEIGHT, "{q:?} outside");
        }
        prop_assert!((sk.head_centre.x - sk.ankle.x).abs() < 45.0, "head {:?} ankle {:?}", sk.head_centre, sk.ankle);
        // The vertebrae stack without overlapping: consecutive centres one body plus a disc apart.
        for w in sk.lumbar.windows(2) {
            let gap = w[0].centre.distance(w[1].centre);
            prop_assert!(gap > figure::VERTEBRA_HEIGHT && gap < figure::VERTEBRA_HEIGHT + 6.0, "gap {gap}");
        }
    }
}

#[test]
fn the_two_guides_meet_at_the_lumbar_angle() {
    for hf in [0.0, 5.0, 10.0] {
        let p = posture(&Inputs::default().with(InputId::HipFlexors, hf));
        let sk = skeleton(&Pose::standing(&p));
        let [s1, l1] = sk.lordosis_guides();
        let angle = |(a, b): (figure::Point, figure::Point)| posture_explainer::model::num::atan2_deg(b.y - a.y, b.x - a.x);
        let between = (angle(s1) - angle(l1)).rem_euclid(360.0);
        let between = between.min(360.0 - between);
        assert!((between - p.lumbar_lordosis_deg).abs() < 1e-6, "{between} vs {}", p.lumbar_lordosis_deg);
    }
}

#[test]
fn tighter_hip_flexors_move_the_pelvis_front_down_in_the_drawing() {
    let supple = skeleton(&Pose::standing(&posture(&Inputs::default().with(InputId::HipFlexors, 0.0))));
    let tight = skeleton(&Pose::standing(&posture(&Inputs::default().with(InputId::HipFlexors, 10.0))));
    assert!(tight.asis.y > supple.asis.y + 3.0, "ASIS should drop");
    assert!(tight.psis.y < supple.psis.y - 3.0, "PSIS should rise");
    // A deeper curve pushes the middle of the lumbar spine further forward of its ends.
    let depth = |sk: &figure::Skeleton| sk.lumbar[2].centre.x - (sk.lumbar[0].centre.x + sk.lumbar[4].centre.x) / 2.0;
    assert!(depth(&supple) > 0.0, "the lumbar curve bows forward");
    assert!(depth(&tight) > depth(&supple) + 0.5, "curve should deepen: {} vs {}", depth(&tight), depth(&supple));
}

#[test]
fn muscles_show_their_state() {
    let i = Inputs {
        hip_flexor_tightness: 9.0,
        hamstring_tightness: 8.0,
        glute_strength: 2.0,
        core_strength: 1.0,
        sitting_hours_per_day: 10.0,
        activity_minutes_per_week: 30.0,
    };
    let p = posture(&i);
    assert_eq!(muscle_state(Muscle::HipFlexors, &i, &p), MuscleState::Tight);
    assert_eq!(muscle_state(Muscle::Hamstrings, &i, &p), MuscleState::Tight);
    assert_eq!(muscle_state(Muscle::Glutes, &i, &p), MuscleState::Weak);
    assert_eq!(muscle_state(Muscle::Abdominals, &i, &p), MuscleState::Weak);
    // The back muscles are drawn red for "working harder", never called tight.
    assert_eq!(muscle_state(Muscle::LowerBack, &i, &p), MuscleState::WorkingHarder);
    assert_eq!(MuscleState::WorkingHarder.word(), "working harder");
    let d = Inputs::default();
    let pd = posture(&d);
    for m in Muscle::ALL {
        assert_eq!(muscle_state(m, &d, &pd), MuscleState::Normal, "{m:?}");
    }
}

#[test]
fn sliders_speak_in_words() {
    assert_eq!(InputId::HipFlexors.describe(7.0), "7 of 10 - tight");
    assert_eq!(InputId::Glutes.describe(1.0), "1 of 10 - very weak");
    assert_eq!(InputId::Sitting.describe(9.5), "9.5 hours a day - a lot");
    assert_eq!(InputId::Activity.describe(200.0), "200 minutes a week - within the advised 150 to 300");
}

#[test]
fn the_explanation_follows_the_inputs() {
    let desk = Inputs::default().with(InputId::Sitting, 11.0).with(InputId::HipFlexors, 8.0);
    let text = explain::chain(&desk, &posture(&desk)).join(" ");
    assert!(text.contains("11 hours of sitting"), "{text}");
    assert!(text.contains("8 of 10 - very tight"), "{text}");
    let supple = Inputs::default().with(InputId::Sitting, 2.0);
    let text = explain::chain(&supple, &posture(&supple)).join(" ");
    assert!(!text.contains("hours of sitting"));
    assert!(text.contains("Sitting little"));
    let weak = Inputs::default().with(InputId::Glutes, 1.0);
    let text = explain::chain(&weak, &posture(&weak)).join(" ");
    assert!(text.contains("In the idea therapists work with, weak glutes"), "{text}");
    assert!(text.contains("Studies have not confirmed this"), "{text}");
}

#[test]
fn the_live_summary_states_the_numbers() {
    let p = posture(&Inputs::default().with(InputId::HipFlexors, 10.0));
    let s = explain::live_summary(&p);
    assert!(s.contains(&format!("Pelvic tilt {} degrees", p.pelvic_tilt_deg.round())), "{s}");
    assert!(s.contains(&format!("Back muscles in the idea: {}.", p.back_load.word())), "{s}");
    assert_eq!(explain::degrees(-4.2), "\u{2212}4°");
}

#[test]
fn the_chart_draws_both_lines_the_bands_and_the_person() {
    let i = Inputs::default().with(InputId::HipFlexors, 7.0);
    let svg = chart::svg(&i);
    assert!(svg.starts_with("<svg"), "{}", &svg[..svg.len().min(80)]);
    let you = posture(&i);
    assert!(svg.contains(&format!("You: {}", explain::degrees(you.pelvic_tilt_deg))));
    assert!(!svg.contains("<script"));
    // No inline styles (a strict CSP would block them); labels are plain SVG text.
    assert!(!svg.contains("style="));
    assert!(svg.matches("<text").count() >= 10, "axis labels, titles and the person's label");
    assert!(svg.contains("Hip flexor tightness"));
    assert!(svg.trim_end().ends_with("</svg>"));
    let summary = chart::summary(&i);
    let first = posture(&i.with(InputId::HipFlexors, 0.0));
    assert!(summary.contains(&explain::degrees(first.pelvic_tilt_deg)), "{summary}");
    assert_eq!(chart::table_rows(&i).len(), 11);
}

#[test]
fn changes_in_quick_succession_are_one_gesture_and_a_change_on_its_own_is_not() {
    assert!(!continues_gesture(None, 1000.0), "the first change eases");
    assert!(continues_gesture(Some(1000.0), 1030.0), "a drag: 30 ms apart");
    assert!(continues_gesture(Some(1000.0), 1000.0 + FOLLOW_WITHIN_MS - 1.0));
    assert!(!continues_gesture(Some(1000.0), 1000.0 + FOLLOW_WITHIN_MS), "a pause ends the gesture");
    assert!(!continues_gesture(Some(1000.0), 900.0), "a clock that went back is no gesture");
}

#[test]
fn the_spring_eases_in_the_asked_time_and_settles() {
    let mut s = Spring::at([12.0, 50.0]);
    s.retarget([20.0, 58.0]);
    let mut t = 0.0;
    let dt = 1.0 / 60.0;
    let mut last = s.position[0];
    while !s.step(dt) {
        t += dt;
        // Critically damped from rest: it never overshoots and never goes back.
        assert!(s.position[0] >= last - 1e-12 && s.position[0] <= 20.0 + 1e-9);
        last = s.position[0];
        assert!(t < 2.0, "never settled");
    }
    assert!((0.3..=0.8).contains(&t), "settled after {t} s");
    assert_eq!(s.position, [20.0, 58.0]);
}

#[test]
fn a_new_target_mid_way_carries_on_smoothly() {
    let mut s = Spring::at([0.0]);
    s.retarget([10.0]);
    for _ in 0..10 {
        s.step(1.0 / 60.0);
    }
    let (pos, vel) = (s.position[0], s.velocity[0]);
    s.retarget([-10.0]);
    // Re-targeting changes neither where it is nor how fast it is moving.
    assert_eq!(s.position[0], pos);
    assert_eq!(s.velocity[0], vel);
    s.step(1.0 / 60.0);
    assert!((s.position[0] - pos).abs() < 1.0, "no jump");
    // A long frame (a background tab) lands on the target without overshooting wildly.
    s.step(5.0);
    assert!(s.is_settled());
}

#[test]
fn the_reducer_clamps_and_resets() {
    let s = AppState::default().apply(Action::Set(InputId::HipFlexors, 42.0));
    assert_eq!(s.inputs.hip_flexor_tightness, 10.0);
    let s = s.apply(Action::Set(InputId::Sitting, f64::NAN));
    assert_eq!(s.inputs.sitting_hours_per_day, 8.0);
    assert_eq!(s.apply(Action::Reset), AppState::default());
}

#[test]
fn the_safety_screen_ticks_and_unticks_each_answer_once() {
    use posture_explainer::model::safety::{Answer, RedFlag};
    use posture_explainer::state::{PlanAction, PlanChoices};
    let flagged = PlanChoices::default().apply(PlanAction::Toggle(Answer::Flag(RedFlag::NightPain)));
    assert_eq!(flagged.screening.red_flags, vec![RedFlag::NightPain]);
    let two = flagged.apply(PlanAction::Toggle(Answer::Flag(RedFlag::MajorInjury)));
    assert_eq!(two.screening.red_flags.len(), 2);
    assert!(two.screening.red_flags.windows(2).all(|w| w[0] < w[1]), "kept sorted");
    assert!(flagged.apply(PlanAction::Toggle(Answer::Flag(RedFlag::NightPain))).screening.red_flags.is_empty());
    assert_eq!(two.apply(PlanAction::Forget), PlanChoices::default());
}

#[test]
fn coordinates_are_written_with_one_decimal() {
    let cases = [(12.34, "12.3"), (-0.05, "-0.1"), (-0.04, "0"), (7.0, "7"), (-12.96, "-13"), (339.95, "340"), (0.05, "0.1")];
    for (v, want) in cases {
        let mut s = String::new();
        posture_explainer::model::num::push_tenths(&mut s, v);
        assert_eq!(s, want, "{v}");
    }
    assert_eq!(figure::polyline_d(&[figure::Point::new(1.25, -3.0), figure::Point::new(10.0, 2.55)]), "M1.3 -3L10 2.6");
}
