//! Numbers to and from text without core's float machinery: they must agree with it.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::disallowed_methods, reason = "test code never reaches the wasm, where the size rules apply")]

use posture_explainer::model::num::{fmt_num, parse_decimal, parse_json_number, push_fixed};
use proptest::prelude::*;

#[test]
fn plain_decimals_are_read_and_everything_else_is_not() {
    for (s, want) in [("7", 7.0), (" 7.5 ", 7.5), ("-2.5", -2.5), ("+12.", 12.0), (".5", 0.5), ("0.3", 0.3), ("007", 7.0)] {
        assert_eq!(parse_decimal(s), Some(want), "{s}");
    }
    for s in ["", " ", "-", ".", "1e3", "inf", "NaN", "0x10", "1.2.3", "1,5", "5 5", "٣", "--1", "1-"] {
        assert_eq!(parse_decimal(s), None, "{s:?}");
    }
}

#[test]
fn json_numbers_are_read_and_everything_else_is_not() {
    for (s, want) in [("7", 7.0), ("-0.5", -0.5), ("1e3", 1000.0), ("2.5E-2", 0.025), ("1E+2", 100.0), ("0", 0.0), ("-0", -0.0)] {
        assert_eq!(parse_json_number(s), Some(want), "{s}");
    }
    assert_eq!(parse_json_number("1e400"), Some(f64::INFINITY));
    assert_eq!(parse_json_number("1e-400"), Some(0.0));
    for s in ["", "-", ".", "e5", "1e", "1e+", "1e-", "+1", " 1", "1 ", "1e2e3", "1.2.3", "--1", "1-2", "inf", "NaN", "0x10"] {
        assert_eq!(parse_json_number(s), None, "{s:?}");
    }
}

#[test]
fn numbers_are_written_without_trailing_zeros() {
    assert_eq!(fmt_num(7.0), "7");
    assert_eq!(fmt_num(7.25), "7.3");
    assert_eq!(fmt_num(-0.04), "0");
    assert_eq!(fmt_num(f64::NAN), "0");
    let mut s = String::new();
    push_fixed(&mut s, 15.2049, 2);
    assert_eq!(s, "15.2");
    s.clear();
    push_fixed(&mut s, -3.456, 2);
    assert_eq!(s, "-3.46");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5000))]

    /// Whatever `str::parse` reads as a plain decimal, we read the same, to the last bit.
    #[test]
    fn reading_agrees_with_std(whole in 0u64..1_000_000, frac in proptest::option::of("[0-9]{1,6}"), neg: bool) {
        let text = format!("{}{}{}", if neg { "-" } else { "" }, whole, frac.map(|f| format!(".{f}")).unwrap_or_default());
        prop_assert_eq!(parse_decimal(&text), Some(text.parse::<f64>().unwrap()), "{}", text);
    }

    /// JSON numbers as the app and a clinic write them (up to 15 significant digits, a power of
    /// ten within ±22) read to the same bit as `str::parse` reads them.
    #[test]
    fn json_reading_agrees_with_std(whole in 0u64..10_000_000, frac in proptest::option::of("[0-9]{1,8}"), exp in proptest::option::of(-14i32..=14), neg: bool, upper: bool) {
        let text = format!(
            "{}{}{}{}",
            if neg { "-" } else { "" },
            whole,
            frac.map(|f| format!(".{f}")).unwrap_or_default(),
            exp.map(|e| format!("{}{e}", if upper { "E" } else { "e" })).unwrap_or_default()
        );
        prop_assert_eq!(parse_json_number(&text), Some(text.parse::<f64>().unwrap()), "{}", text);
    }

    /// Any other number still lands within a few units in the last place of `str::parse`'s.
    #[test]
    fn json_reading_is_close_for_any_number(m in 1u64..u64::MAX, exp in -300i32..=300) {
        let text = format!("{m}e{exp}");
        let (ours, std) = (parse_json_number(&text).unwrap(), text.parse::<f64>().unwrap());
        if std.is_finite() && ours.is_finite() && std.abs() > 1e-300 {
            prop_assert!(((ours - std) / std).abs() < 1e-14, "{} read as {} (std {})", text, ours, std);
        } else {
            prop_assert!(ours.is_finite() == std.is_finite(), "{} read as {} (std {})", text, ours, std);
        }
    }

    /// Writing with n places agrees with `format!("{:.n$}")`, less its trailing zeros.
    #[test]
    fn writing_agrees_with_std(v in -10_000.0f64..10_000.0, places in 0u32..4) {
        let mut ours = String::new();
        push_fixed(&mut ours, v, places);
        let std = format!("{:.*}", places as usize, v);
        let std = if std.contains('.') { std.trim_end_matches('0').trim_end_matches('.').to_string() } else { std };
        let std = if std == "-0" { "0".to_string() } else { std };
        // Rounding ties may differ (ours rounds half away from zero on the scaled value, std on
        // the exact binary value): then both are within half a unit of the last place.
        if ours != std {
            let a: f64 = ours.parse().unwrap();
            let b: f64 = std.parse().unwrap();
            prop_assert!((a - b).abs() <= 10f64.powi(-(places as i32)) + 1e-9, "{} vs {}", ours, std);
            prop_assert!((a - v).abs() <= 0.5 * 10f64.powi(-(places as i32)) + 1e-9, "{} for {}", ours, v);
        }
        // Read back, it is within half a unit of the last place.
        let back = parse_decimal(&ours).unwrap();
        prop_assert!((back - v).abs() <= 0.5 * 10f64.powi(-(places as i32)) + 1e-9, "{} for {}", ours, v);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20000))]

    /// The figure's sine and cosine agree with the standard library's.
    #[test]
    fn sin_cos_agree_with_std(deg in -100_000.0f64..100_000.0) {
        let (s, c) = posture_explainer::model::num::sin_cos_deg(deg);
        let (ws, wc) = deg.to_radians().sin_cos();
        prop_assert!((s - ws).abs() < 1e-12 && (c - wc).abs() < 1e-12, "{}: {} {} vs {} {}", deg, s, c, ws, wc);
    }
}

#[test]
fn sin_cos_are_exact_at_the_quarter_turns() {
    use posture_explainer::model::num::sin_cos_deg;
    assert_eq!(sin_cos_deg(0.0), (0.0, 1.0));
    assert_eq!(sin_cos_deg(90.0), (1.0, -0.0));
    assert_eq!(sin_cos_deg(-90.0), (-1.0, 0.0));
    assert_eq!(sin_cos_deg(180.0).1, -1.0);
    assert_eq!(sin_cos_deg(360.0 * 7.0), (0.0, 1.0));
    assert!(sin_cos_deg(f64::NAN).0.is_nan());
}

proptest! {
    /// The angle without libm agrees with the standard library's atan2 to 1e-6 degrees.
    #[test]
    fn atan2_deg_agrees_with_std(y in -1e6f64..1e6, x in -1e6f64..1e6, scale in -8i32..8) {
        let k = 10f64.powi(scale);
        let (y, x) = (y * k, x * k);
        let want = y.atan2(x).to_degrees();
        let got = posture_explainer::model::num::atan2_deg(y, x);
        prop_assert!((got - want).abs() < 1e-6 || (got.abs() - 180.0).abs() < 1e-6 && (want.abs() - 180.0).abs() < 1e-6, "{} {}: {} vs {}", y, x, got, want);
    }
}

#[test]
fn atan2_deg_on_the_axes_and_the_diagonals() {
    use posture_explainer::model::num::atan2_deg;
    for (y, x, want) in [(0.0, 1.0, 0.0), (1.0, 0.0, 90.0), (0.0, -1.0, 180.0), (-1.0, 0.0, -90.0), (1.0, 1.0, 45.0), (-1.0, -1.0, -135.0), (0.0, 0.0, 0.0)] {
        assert!((atan2_deg(y, x) - want).abs() < 1e-9, "{y} {x}");
    }
    assert!(atan2_deg(f64::NAN, 1.0).is_nan());
}
