//! Numbers to and from text without the float formatting and parsing machinery of `core`,
//! which is large in wasm (about 15 KB before compression). Every number the page shows or
//! reads is a decimal with at most a few places, so integer arithmetic does it.

use std::fmt::Write;

/// Appends `v` rounded to `places` decimals (at most 4), without trailing zeros: 7 → "7",
/// 7.25 with 1 place → "7.3", −0.04 with 1 place → "0". Non-finite values are written as 0.
pub fn push_fixed(d: &mut String, v: f64, places: u32) {
    let places = places.min(4);
    let scale = 10i64.pow(places);
    let t = if v.is_finite() { (v * scale as f64).round() as i64 } else { 0 };
    if t < 0 {
        d.push('-');
    }
    let a = t.unsigned_abs();
    let _ = write!(d, "{}", a / scale as u64);
    let mut frac = a % scale as u64;
    if frac != 0 {
        d.push('.');
        let mut div = scale as u64 / 10;
        while frac != 0 {
            d.push((b'0' + (frac / div) as u8) as char);
            frac %= div;
            div /= 10;
        }
    }
}

/// Appends `v` rounded to one decimal, the way coordinates and values are written.
pub fn push_tenths(d: &mut String, v: f64) {
    push_fixed(d, v, 1)
}

/// `v` rounded to `places` decimals, as `push_fixed` writes it.
pub fn fmt_fixed(v: f64, places: u32) -> String {
    let mut s = String::with_capacity(8);
    push_fixed(&mut s, v, places);
    s
}

/// A number as people write it: "7", "7.5", never "7.000000001".
pub fn fmt_num(v: f64) -> String {
    fmt_fixed(v, 1)
}

/// Reads a plain decimal such as "7", "-2.5", "+12.", ".5", with spaces around it allowed.
/// Anything else (exponents, "inf", "NaN", hex, two points, no digits) is not a number.
pub fn parse_decimal(s: &str) -> Option<f64> {
    let (negative, body) = signed(s.trim())?;
    let (m, exp10) = digits(body)?;
    let v = scale(m, exp10);
    Some(if negative { -v } else { v })
}

/// Reads a number as JSON writes it ("12", "-0.5", "1e3", "2.5E-2"), without core's float
/// parser, whose code and table of powers cost about 14 KB of wasm. No spaces and no leading
/// "+". Exact (as `str::parse` is) for up to 15 significant digits with a power of ten within
/// ±22, which covers every number the app stores or a clinic's settings hold; beyond that it
/// is within a few units in the last place. A number too large for f64 reads as infinite.
pub fn parse_json_number(s: &str) -> Option<f64> {
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (m, exp10) = digits(mantissa)?;
    let e = match exponent {
        None => 0,
        Some(e) => {
            let (negative, digits) = signed(e)?;
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            // Saturates: past ±100,000 every value is 0 or infinite anyway.
            let n = digits.bytes().fold(0i32, |n, b| n.saturating_mul(10).saturating_add(i32::from(b - b'0'))).min(100_000);
            if negative {
                -n
            } else {
                n
            }
        }
    };
    let v = scale(m, exp10 + e);
    Some(if negative { -v } else { v })
}

/// A leading "-" or "+" split off: (true for "-", the rest). None for an empty string.
fn signed(s: &str) -> Option<(bool, &str)> {
    Some(match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    })
}

/// The digits of "12.5", ".5", "12." as an integer and a power of ten (125, -1); None without
/// digits or with anything but digits and one point. Digits past the 15th after the point are
/// dropped.
fn digits(body: &str) -> Option<(f64, i32)> {
    let (whole, frac) = match body.split_once('.') {
        Some((w, f)) => (w, f),
        None => (body, ""),
    };
    if whole.is_empty() && frac.is_empty() {
        return None;
    }
    if !whole.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let frac = &frac[..frac.len().min(15)];
    let mut m = 0.0;
    for b in whole.bytes().chain(frac.bytes()) {
        m = m * 10.0 + f64::from(b - b'0');
    }
    Some((m, -(frac.len() as i32)))
}

/// `m` times ten to the `exp10`. One multiplication or division of two exact numbers when both
/// are exact (m below 2^53, |exp10| up to 22), so correctly rounded, as `str::parse` is.
fn scale(m: f64, exp10: i32) -> f64 {
    if exp10 >= 0 {
        m * 10f64.powi(exp10)
    } else if exp10 >= -308 {
        m / 10f64.powi(-exp10)
    } else {
        // 10^-exp10 itself would overflow: divide in two steps.
        m / 10f64.powi(308) / 10f64.powi(-exp10 - 308)
    }
}

/// A whole number written in digits alone ("7", "2026"), as the page's own codes and a
/// select's values are. Anything else, a sign, a space or a value past `u32::MAX`, is None.
/// (`str::parse` is not used for this: the lint that keeps `parse::<f64>` out cannot tell
/// the two apart.)
pub fn parse_whole(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.bytes().try_fold(0u32, |n, b| n.checked_mul(10)?.checked_add(u32::from(b - b'0')))
}

/// `v` limited to `lo..=hi` (NaN stays NaN). Unlike `f64::clamp` it carries no check that
/// `lo <= hi`, whose panic message would pull float formatting into the wasm.
pub fn clamp(v: f64, lo: f64, hi: f64) -> f64 {
    if v < lo {
        lo
    } else if v > hi {
        hi
    } else {
        v
    }
}

/// Sine and cosine of an angle in degrees. The figure's geometry needs nothing more, and the
/// general `f64::sin_cos` brings in argument reduction for huge angles that costs about 7 KB
/// of wasm. Here the angle is reduced exactly in degrees to within 45° of a quarter turn, and
/// the classic minimax polynomials for |x| ≤ π/4 (the coefficients of fdlibm's kernels) do
/// the rest, to within a few units in the last place (tests compare it with the standard
/// library).
pub fn sin_cos_deg(deg: f64) -> (f64, f64) {
    const S: [f64; 6] = [
        -1.666_666_666_666_663_2e-1,
        8.333_333_333_322_49e-3,
        -1.984_126_982_985_795e-4,
        2.755_731_370_707_006_8e-6,
        -2.505_076_025_340_686_3e-8,
        1.589_690_995_211_55e-10,
    ];
    const C: [f64; 6] = [
        4.166_666_666_666_66e-2,
        -1.388_888_888_887_411e-3,
        2.480_158_728_947_673e-5,
        -2.755_731_435_139_066_3e-7,
        2.087_572_321_298_175e-9,
        -1.135_964_755_778_819_5e-11,
    ];
    if !deg.is_finite() {
        return (f64::NAN, f64::NAN);
    }
    let quarter = (deg / 90.0).round();
    let x = (deg - quarter * 90.0).to_radians();
    let z = x * x;
    let poly = |k: &[f64; 6]| k.iter().rev().fold(0.0, |acc, &c| acc * z + c);
    let s = x + x * z * poly(&S);
    let c = 1.0 - 0.5 * z + z * z * poly(&C);
    match (quarter as i64).rem_euclid(4) {
        0 => (s, c),
        1 => (c, -s),
        2 => (-s, -c),
        _ => (-c, s),
    }
}

/// The angle of the point (x, y) from the x axis, in degrees (-180 to 180], like
/// `y.atan2(x).to_degrees()` to within 1e-6 degrees, without libm's atan and atan2 (about 1 KB
/// of raw wasm). The ratio is brought within tan(22.5°) of zero, where nine terms of the
/// series suffice; (0, 0) gives 0, and anything not finite gives NaN.
pub fn atan2_deg(y: f64, x: f64) -> f64 {
    if !y.is_finite() || !x.is_finite() {
        return f64::NAN;
    }
    let (a, b) = (y.abs(), x.abs());
    if a == 0.0 && b == 0.0 {
        return 0.0;
    }
    // atan of |u| ≤ tan 22.5°: nine terms of the series.
    let series = |u: f64| {
        let z = u * u;
        u + u * z * [-1.0 / 17.0, 1.0 / 15.0, -1.0 / 13.0, 1.0 / 11.0, -1.0 / 9.0, 1.0 / 7.0, -1.0 / 5.0, 1.0 / 3.0].iter().fold(0.0, |acc, &c| acc * z - c)
    };
    // atan of t in [0, 1]; above tan 22.5°, atan t = 45° + atan((t - 1) / (t + 1)).
    let atan01 = |t: f64| {
        if t <= core::f64::consts::SQRT_2 - 1.0 {
            series(t)
        } else {
            core::f64::consts::FRAC_PI_4 + series((t - 1.0) / (t + 1.0))
        }
    };
    let first = if a <= b { atan01(a / b) } else { core::f64::consts::FRAC_PI_2 - atan01(b / a) };
    let quadrant = if x < 0.0 { core::f64::consts::PI - first } else { first };
    let r = if y < 0.0 { -quadrant } else { quadrant };
    r.to_degrees()
}
