//! Native tests of measuring from a photo: the tilt read from marked points.
#![cfg(not(target_arch = "wasm32"))]
// Tests may use std freely (the size rules are for the wasm).
#![allow(clippy::disallowed_methods)]

use posture_explainer::model::figure::{skeleton, Pose};
use posture_explainer::model::photo::*;
use posture_explainer::model::posture::{posture, InputId, Inputs};
use proptest::prelude::*;

fn rotate(p: Px, about: Px, deg: f64) -> Px {
    let (s, c) = deg.to_radians().sin_cos();
    let (x, y) = (p.x - about.x, p.y - about.y);
    Px::new(about.x + x * c - y * s, about.y + x * s + y * c)
}

fn mirror(p: Px, width: f64) -> Px {
    Px::new(width - p.x, p.y)
}

/// A pelvis drawn facing right (ASIS ahead of PSIS) at `tilt` degrees, forward tilt positive.
fn pelvis(tilt: f64, len: f64, at: Px) -> (Px, Px) {
    let (s, c) = tilt.to_radians().sin_cos();
    (Px::new(at.x + len * c, at.y + len * s), at)
}

#[test]
fn a_level_pelvis_reads_zero_and_a_forward_tilt_reads_positive() {
    let m = |asis, psis| Marks { asis, psis, vertical: None, spine: None };
    assert!(pelvic_tilt_deg(&m(Px::new(300.0, 500.0), Px::new(200.0, 500.0))).unwrap().abs() < 1e-9);
    let forward = pelvic_tilt_deg(&m(Px::new(300.0, 520.0), Px::new(200.0, 500.0))).unwrap();
    assert!((forward - 11.309932).abs() < 1e-4, "ASIS lower than PSIS is forward tilt: {forward}");
    let back = pelvic_tilt_deg(&m(Px::new(300.0, 480.0), Px::new(200.0, 500.0))).unwrap();
    assert!((back + 11.309932).abs() < 1e-4, "ASIS higher is backward tilt: {back}");
}

#[test]
fn the_models_own_skeleton_reads_back_its_tilt() {
    for hip in [0.0, 3.0, 6.0, 10.0] {
        let i = Inputs::default().with(InputId::HipFlexors, hip);
        let p = posture(&i);
        let sk = skeleton(&Pose::standing(&p));
        let marks = Marks { asis: Px::new(sk.asis.x, sk.asis.y), psis: Px::new(sk.psis.x, sk.psis.y), vertical: None, spine: None };
        let read = pelvic_tilt_deg(&marks).unwrap();
        assert!((read - p.pelvic_tilt_deg).abs() < 0.05, "hip flexors {hip}: drawn {} read {read}", p.pelvic_tilt_deg);
    }
}

#[test]
fn points_on_one_spot_a_short_vertical_or_no_number_are_refused() {
    let a = Px::new(100.0, 100.0);
    assert_eq!(pelvic_tilt_deg(&Marks { asis: a, psis: Px::new(101.0, 101.0), vertical: None, spine: None }), Err(Refused::SamePoint));
    let ok = (Px::new(200.0, 110.0), a);
    assert_eq!(pelvic_tilt_deg(&Marks { asis: ok.0, psis: ok.1, vertical: Some((a, Px::new(100.0, 102.0))), spine: None }), Err(Refused::ShortVertical));
    // ASIS almost straight below PSIS: a misplaced point, not a 80-degree tilt.
    assert_eq!(pelvic_tilt_deg(&Marks { asis: Px::new(110.0, 200.0), psis: a, vertical: None, spine: None }), Err(Refused::Implausible));
    for bad in [f64::NAN, f64::INFINITY] {
        assert_eq!(pelvic_tilt_deg(&Marks { asis: Px::new(bad, 0.0), psis: a, vertical: None, spine: None }), Err(Refused::NotOnPhoto));
        assert_eq!(pelvic_tilt_deg(&Marks { asis: ok.0, psis: ok.1, vertical: Some((a, Px::new(0.0, bad))), spine: None }), Err(Refused::NotOnPhoto));
    }
}

#[test]
fn a_difference_within_the_error_is_no_change() {
    let mdc = smallest_real_change_deg();
    assert!((mdc - 7.48).abs() < 0.01, "1.96 x sqrt 2 x 2.7 = {mdc}");
    assert!(!differs(12.0, 12.0 + mdc - 0.1));
    assert!(differs(12.0, 12.0 + mdc + 0.1));
}

proptest! {
    /// Turning the whole photo (the pelvis and the vertical with it) changes nothing.
    #[test]
    fn rotating_the_photo_and_the_vertical_together_keeps_the_tilt(
        tilt in -30.0f64..30.0, len in 20.0f64..400.0, x in 0.0f64..2000.0, y in 0.0f64..2000.0,
        turn in -180.0f64..180.0, lean in -20.0f64..20.0,
    ) {
        let (asis, psis) = pelvis(tilt, len, Px::new(x, y));
        // A camera leaning `lean` degrees: the scene and its vertical are turned together.
        let top = Px::new(x - 300.0, y - 600.0);
        let bottom = Px::new(x - 300.0, y + 400.0);
        let level = Marks { asis: rotate(asis, psis, lean), psis, vertical: Some((rotate(top, psis, lean), rotate(bottom, psis, lean))), spine: None };
        let base = pelvic_tilt_deg(&level).unwrap();
        prop_assert!((base - tilt).abs() < 1e-6, "a leaning camera is corrected: {} vs {}", base, tilt);
        let c = Px::new(1000.0, 1000.0);
        let turned = Marks {
            asis: rotate(level.asis, c, turn),
            psis: rotate(level.psis, c, turn),
            vertical: level.vertical.map(|(t, b)| (rotate(t, c, turn), rotate(b, c, turn))),
            spine: None,
        };
        let again = pelvic_tilt_deg(&turned).unwrap();
        prop_assert!((again - base).abs() < 1e-6, "{} vs {}", again, base);
    }

    /// A photo of the other side (the person facing left) gives the same tilt.
    #[test]
    fn mirroring_keeps_the_tilt(tilt in -30.0f64..30.0, len in 20.0f64..400.0, x in 0.0f64..1000.0, y in 0.0f64..1000.0, lean in -20.0f64..20.0) {
        let (asis, psis) = pelvis(tilt, len, Px::new(x, y));
        let top = rotate(Px::new(x, y - 500.0), Px::new(x, y), lean);
        let bottom = rotate(Px::new(x, y + 500.0), Px::new(x, y), lean);
        let m = Marks { asis, psis, vertical: Some((top, bottom)), spine: None };
        let w = 1500.0;
        let mirrored = Marks { asis: mirror(asis, w), psis: mirror(psis, w), vertical: Some((mirror(top, w), mirror(bottom, w))), spine: None };
        let (a, b) = (pelvic_tilt_deg(&m), pelvic_tilt_deg(&mirrored));
        prop_assert_eq!(a.is_ok(), b.is_ok());
        if let (Ok(a), Ok(b)) = (a, b) {
            prop_assert!((a - b).abs() < 1e-9);
        }
    }

    /// Whatever the points, the answer is a finite angle in range or a refusal, never NaN.
    #[test]
    fn any_points_give_a_finite_tilt_or_a_refusal(p in proptest::array::uniform8(-5000.0f64..5000.0), with_vertical: bool) {
        let m = Marks {
            asis: Px::new(p[0], p[1]),
            psis: Px::new(p[2], p[3]),
            vertical: with_vertical.then_some((Px::new(p[4], p[5]), Px::new(p[6], p[7]))),
            spine: None,
        };
        if let Ok(t) = pelvic_tilt_deg(&m) {
            prop_assert!(t.is_finite() && t.abs() <= MAX_PLAUSIBLE_TILT_DEG);
        }
    }
}

/// What the page says of a measurement, composed in the model so a clinician can read it.
#[test]
fn the_words_give_the_error_and_claim_a_change_only_beyond_it() {
    use posture_explainer::model::calendar::Date;
    let day = Date::new(2026, 12, 2).unwrap();
    let first = Measurement::new(day, 12.0, false);
    let near = compare(&first, &Measurement::new(day, 14.0, true)).words();
    assert!(near.starts_with("The difference, 2°, is within measurement error") && near.contains("more than 7.5°"), "{near}");
    let far = compare(&first, &Measurement::new(day, 21.0, true)).words();
    assert!(far.starts_with("The difference, 9°, is more than measurement error (7.5°)"), "{far}");
    assert_eq!(first.told(), "Measured from a photo at the clinic on 2 December 2026: pelvic tilt 12° (give or take about 3°). One photo is rough: it describes that day, not whether anything is wrong.");
    assert_eq!(first.earlier(), "Measured before, on 2 December 2026: 12°.");
    assert!(first.sent_with().contains("pelvic tilt 12° (give or take about 3°)"));
    assert!(tilt_words(12.4).ends_with("12° (give or take about 3°)"));
    let refusals = [Refused::SamePoint, Refused::ShortVertical, Refused::Implausible, Refused::NotOnPhoto, Refused::SpineSamePoint, Refused::CurveImplausible]
        .map(Refused::words);
    for (k, w) in refusals.iter().enumerate() {
        assert!(!w.is_empty() && !refusals[..k].contains(w), "each refusal has its own sentence: {w}");
    }
}

proptest! {
    /// The figure's "measured" outline: the pelvis turned to the measured tilt reads that tilt
    /// back, by the same PSIS-to-ASIS rule as the photo, and turns about the hip joint (whose
    /// distance to each landmark is kept).
    #[test]
    fn the_figures_pelvis_turned_to_a_measured_tilt_reads_that_tilt(
        hip_flexors in 0.0f64..=10.0, glutes in 0.0f64..=10.0, measured in -30.0f64..=44.0,
    ) {
        let inputs = Inputs::default().with(InputId::HipFlexors, hip_flexors).with(InputId::Glutes, glutes);
        let sk = skeleton(&Pose::standing(&posture(&inputs)));
        let (outline, [asis, psis]) = sk.pelvis_at_tilt(measured);
        let read = pelvic_tilt_deg(&Marks { psis: px(psis), asis: px(asis), vertical: None, spine: None }).unwrap();
        prop_assert!((read - measured).abs() < 1e-6, "measured {measured}, read {read}");
        prop_assert_eq!(outline.len(), sk.pelvis_outline.len());
        for (a, b) in outline.iter().zip(&sk.pelvis_outline) {
            prop_assert!((a.distance(sk.hip) - b.distance(sk.hip)).abs() < 1e-9);
        }
        // At the model's own tilt it is the figure's pelvis.
        let (same, _) = sk.pelvis_at_tilt(sk.pelvic_tilt_deg);
        for (a, b) in same.iter().zip(&sk.pelvis_outline) {
            prop_assert!(a.distance(*b) < 1e-9);
        }
    }
}

fn px(p: posture_explainer::model::figure::Point) -> Px {
    Px::new(p.x, p.y)
}

/// Gestures on the photo: pinch and Ctrl+wheel give whole zoom steps, within 1x to 4x.
#[test]
fn pinch_and_wheel_give_whole_zoom_steps_within_the_range() {
    // Fingers spreading by a quarter zoom in; closing by a fifth zoom out; less does nothing.
    assert_eq!(pinch_step(100.0, 125.0), 1);
    assert_eq!(pinch_step(100.0, 124.0), 0);
    assert_eq!(pinch_step(100.0, 80.0), -1);
    assert_eq!(pinch_step(100.0, 81.0), 0);
    assert_eq!(pinch_step(0.0, 50.0), 0, "two fingers on one spot: no step");
    // A mouse wheel's notch (100 px) is one step; a trackpad's small deltas add up to one.
    assert_eq!(wheel_step(-100.0), 1);
    assert_eq!(wheel_step(100.0), -1);
    assert_eq!(wheel_step(-99.0), 0);
    assert_eq!(wheel_step((0..12).map(|_| -9.0).sum()), 1, "twelve small trackpad deltas make one step");
    assert_eq!(zoomed(4, 1), ZOOM_MAX);
    assert_eq!(zoomed(1, -1), 1);
    assert_eq!(zoomed(2, 1), 3);
}

/// A low back drawn as a circular arc of `curve` degrees through T12, L3 (`at` of the way
/// down the arc) and S1, on a person facing right (the front to the right, x up the photo's
/// width): an inward curve (lordosis) bulges L3 forward, to the right. Returns the three
/// points and the pelvis (ASIS ahead of PSIS).
fn spine_arc(curve: f64, chord: f64, at: f64, top: Px) -> ([Px; 3], Px, Px) {
    let s1 = Px::new(top.x, top.y + chord);
    if curve.abs() < 1e-9 {
        let l3 = Px::new(top.x, top.y + chord * at);
        return ([top, l3, s1], Px::new(top.x + 200.0, s1.y), s1);
    }
    // The circle through T12 and S1 whose arc between them turns `curve` degrees.
    let half = (curve.abs() / 2.0).to_radians();
    let radius = chord / 2.0 / half.sin();
    // Its centre lies behind the chord for a forward bulge (to the left), ahead for a backward.
    let side = if curve > 0.0 { -1.0 } else { 1.0 };
    let centre = Px::new(top.x + side * radius * half.cos(), top.y + chord / 2.0);
    // L3: `at` of the way along the arc from T12 to S1.
    let start = (top.y - centre.y).atan2(top.x - centre.x);
    let end = (s1.y - centre.y).atan2(s1.x - centre.x);
    let mut sweep = end - start;
    if sweep.abs() > std::f64::consts::PI {
        sweep -= sweep.signum() * 2.0 * std::f64::consts::PI;
    }
    let a = start + sweep * at;
    let l3 = Px::new(centre.x + radius * a.cos(), centre.y + radius * a.sin());
    ([top, l3, s1], Px::new(top.x + 200.0, s1.y), s1)
}

#[test]
fn no_spine_marked_gives_no_curve_and_a_straight_spine_reads_zero() {
    let (spine, asis, psis) = spine_arc(0.0, 300.0, 0.5, Px::new(500.0, 200.0));
    assert_eq!(lumbar_curve_deg(&Marks { asis, psis, vertical: None, spine: None }), None);
    let c = lumbar_curve_deg(&Marks { asis, psis, vertical: None, spine: Some(spine) }).unwrap().unwrap();
    assert!(c.abs() < 1e-9, "{c}");
}

#[test]
fn spine_points_on_one_spot_an_impossible_curve_or_no_number_are_refused() {
    let (spine, asis, psis) = spine_arc(40.0, 300.0, 0.5, Px::new(500.0, 200.0));
    let with = |spine| lumbar_curve_deg(&Marks { asis, psis, vertical: None, spine: Some(spine) }).unwrap();
    assert_eq!(with([spine[0], Px::new(spine[0].x + 1.0, spine[0].y + 1.0), spine[2]]), Err(Refused::SpineSamePoint));
    assert_eq!(with([spine[0], spine[1], spine[0]]), Err(Refused::SpineSamePoint));
    // L3 far ahead of a short T12-S1 line: a misplaced point, not a 150-degree curve.
    assert_eq!(with([Px::new(500.0, 200.0), Px::new(800.0, 260.0), Px::new(500.0, 320.0)]), Err(Refused::CurveImplausible));
    assert_eq!(with([spine[0], Px::new(f64::NAN, 0.0), spine[2]]), Err(Refused::NotOnPhoto));
}

#[test]
fn the_curves_words_give_its_error_and_compare_only_beyond_it() {
    use posture_explainer::model::calendar::Date;
    let day = Date::new(2026, 12, 2).unwrap();
    let first = Measurement::new(day, 12.0, false).with_curve(Some(38.0));
    assert_eq!(first.curve_deg(), Some(38.0));
    assert!(curve_words(38.04).ends_with("38° (give or take about 6°)"));
    assert!(first.told().contains("pelvic tilt 12° (give or take about 3°), lumbar curve 38° (give or take about 6°)"), "{}", first.told());
    assert_eq!(first.earlier(), "Measured before, on 2 December 2026: pelvic tilt 12°, lumbar curve 38°.");
    assert!(first.sent_with().contains("lumbar curve 38° (give or take about 6°)"));
    let mdc = smallest_curve_change_deg();
    assert!((mdc - 16.63).abs() < 0.01, "1.96 x sqrt 2 x 6 = {mdc}");
    let near = compare_curve(&first, &Measurement::new(day, 12.0, false).with_curve(Some(48.0))).unwrap();
    assert!(!near.beyond && near.words().starts_with("The lumbar curve\u{2019}s difference, 10°, is within measurement error"), "{}", near.words());
    let far = compare_curve(&first, &Measurement::new(day, 12.0, false).with_curve(Some(20.0))).unwrap();
    assert!(far.beyond && far.words().contains("more than measurement error (16.6°)"), "{}", far.words());
    // Without a curve on either side there is nothing to compare.
    assert_eq!(compare_curve(&first, &Measurement::new(day, 12.0, false)), None);
    assert_eq!(Measurement::new(day, 12.0, false).with_curve(Some(f64::NAN)).curve_deg(), Some(0.0));
    assert_eq!(Measurement::new(day, 12.0, false).with_curve(Some(500.0)).curve_deg(), Some(MAX_PLAUSIBLE_CURVE_DEG));
}

proptest! {
    /// Points on a circular arc of known angle read that angle back, wherever L3 sits along
    /// the arc; inward curves read positive, outward negative.
    #[test]
    fn an_arc_of_known_angle_reads_that_angle(curve in -40.0f64..95.0, chord in 40.0f64..1500.0, at in 0.2f64..0.8, x in 0.0f64..3000.0, y in 0.0f64..3000.0) {
        let (spine, asis, psis) = spine_arc(curve, chord, at, Px::new(x, y));
        let read = lumbar_curve_deg(&Marks { asis, psis, vertical: None, spine: Some(spine) }).unwrap();
        match read {
            Ok(c) => prop_assert!((c - curve).abs() < 1e-6, "drawn {curve}, read {c}"),
            Err(r) => prop_assert!(false, "drawn {curve}: refused {:?}", r),
        }
    }

    /// Turning the photo, or a photo of the other side, keeps the curve.
    #[test]
    fn rotating_or_mirroring_keeps_the_curve(curve in -40.0f64..95.0, chord in 40.0f64..1500.0, at in 0.2f64..0.8, turn in -180.0f64..180.0) {
        let (spine, asis, psis) = spine_arc(curve, chord, at, Px::new(1000.0, 500.0));
        let m = Marks { asis, psis, vertical: None, spine: Some(spine) };
        let base = lumbar_curve_deg(&m).unwrap().unwrap();
        let c = Px::new(900.0, 900.0);
        let turned = Marks { asis: rotate(asis, c, turn), psis: rotate(psis, c, turn), vertical: None, spine: Some(spine.map(|p| rotate(p, c, turn))) };
        let again = lumbar_curve_deg(&turned).unwrap().unwrap();
        prop_assert!((again - base).abs() < 1e-6, "{} vs {}", again, base);
        let w = 2500.0;
        let mirrored = Marks { asis: mirror(asis, w), psis: mirror(psis, w), vertical: None, spine: Some(spine.map(|p| mirror(p, w))) };
        let other = lumbar_curve_deg(&mirrored).unwrap().unwrap();
        prop_assert!((other - base).abs() < 1e-6, "{} vs {}", other, base);
    }

    /// Whatever the points, the curve is a finite angle in range or a refusal, never NaN.
    #[test]
    fn any_spine_points_give_a_finite_curve_or_a_refusal(p in proptest::array::uniform10(-5000.0f64..5000.0)) {
        let m = Marks {
            asis: Px::new(p[0], p[1]),
            psis: Px::new(p[2], p[3]),
            vertical: None,
            spine: Some([Px::new(p[4], p[5]), Px::new(p[6], p[7]), Px::new(p[8], p[9])]),
        };
        if let Some(Ok(c)) = lumbar_curve_deg(&m) {
            prop_assert!(c.is_finite() && (MIN_PLAUSIBLE_CURVE_DEG..=MAX_PLAUSIBLE_CURVE_DEG).contains(&c));
        }
    }
}
