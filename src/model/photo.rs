//! Measuring from a photo: the clinical pelvic tilt read from points the therapist marks on a
//! side photo (stickers on the palpated ASIS and PSIS), corrected by a true vertical in the
//! scene when one is marked. Pure geometry: the photo itself never reaches this module.
//!
//! Points are in the photo's pixels, x to the right and y down. The tilt is the PSIS-to-ASIS
//! line against the horizontal, forward (anterior) tilt positive, as the model and Herrington
//! 2011 define it. It does not matter which way the person faces: a photo of the other side
//! (mirrored) gives the same tilt.
//!
//! When three points on the spine are marked too (stickers on the spinous processes of T12, L3
//! and S1), a rough lumbar curve is read from them: the angle of the circular arc through the
//! three points, as markers on the spinous processes fed into a simple trigonometric model
//! (Leroux 2000), positive when the low back curves inwards (L3 forward of the T12-S1 line).

use crate::model::explain::degrees;
use crate::model::words;

/// Whether the page has the photo measure: false only in the size benchmark's build without it
/// (`--features without-photo`, never released), which measures what the feature adds to the
/// page. Every place that shows or carries a measurement checks it, so that build drops them.
pub const MEASURE: bool = cfg!(not(feature = "without-photo"));

/// A point on the photo, in its pixels (x to the right, y down).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Px {
    pub x: f64,
    pub y: f64,
}

impl Px {
    pub const fn new(x: f64, y: f64) -> Px {
        Px { x, y }
    }
}

/// The points marked on the photo.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Marks {
    pub asis: Px,
    pub psis: Px,
    /// Two points on a true vertical (a door frame, a plumb line): the upper, then the lower.
    /// Without them the camera is taken to have been level.
    pub vertical: Option<(Px, Px)>,
    /// Three points on the spine, top to bottom: T12, L3, S1 (optional).
    pub spine: Option<[Px; 3]>,
}

/// Why no tilt can be read from the points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// ASIS and PSIS are (almost) on the same spot.
    SamePoint,
    /// The two points of the vertical are (almost) on the same spot.
    ShortVertical,
    /// A point is not a number on the photo (never from a real mark).
    NotOnPhoto,
    /// The tilt read is beyond what a standing pelvis shows: a point is probably misplaced.
    Implausible,
    /// Two of the spine points are (almost) on the same spot.
    SpineSamePoint,
    /// The curve read is beyond what a standing low back shows: a spine point is misplaced.
    CurveImplausible,
}

/// Points closer than this (in pixels) are taken as the same spot.
pub const MIN_DISTANCE_PX: f64 = 4.0;
/// Bone shape alone spans 0 to 23 degrees of tilt (Preece 2008); beyond 45 either way a point
/// is misplaced, with room left for a backward tilt and a deep forward one.
pub const MAX_PLAUSIBLE_TILT_DEG: f64 = 45.0;

/// The standard error of one photo's tilt from marked points, in degrees: in a reliability
/// study of a photo system with markers on palpated landmarks (PosturePrint 2007: 40 people,
/// three examiners), every rotation's SEM was 2.7 degrees or less; the largest is taken.
pub const TILT_SEM_DEG: f64 = 2.7;

/// The smallest difference between two photos that is more than measurement error (95%):
/// 1.96 x sqrt(2) x SEM.
pub fn smallest_real_change_deg() -> f64 {
    smallest_change(TILT_SEM_DEG)
}

/// The error of the lumbar curve read from skin markers, in degrees: against the X-ray, markers
/// on the spinous processes read lordosis 6 degrees out on average (SD 6; Leroux 2000, 124
/// teenagers). No repeatability figure for a single side photo was found, so this larger one
/// is taken as one reading's error.
pub const CURVE_ERROR_DEG: f64 = 6.0;

/// Beyond this either way a spine point is misplaced: standing lordosis T12-S1 is about 50
/// degrees (SD 11) on X-rays, and a low back can also be flat or curve slightly outwards.
pub const MAX_PLAUSIBLE_CURVE_DEG: f64 = 100.0;
pub const MIN_PLAUSIBLE_CURVE_DEG: f64 = -45.0;

/// The smallest difference in the lumbar curve between two photos that is more than the error.
pub fn smallest_curve_change_deg() -> f64 {
    smallest_change(CURVE_ERROR_DEG)
}

fn smallest_change(error_deg: f64) -> f64 {
    1.96 * core::f64::consts::SQRT_2 * error_deg
}

/// The photo's zoom: 1x to 4x, in whole steps.
pub const ZOOM_MAX: u32 = 4;

/// A zoom step, in or out, from a gesture; `zoom` is kept within 1x to `ZOOM_MAX`.
pub fn zoomed(zoom: u32, step: i32) -> u32 {
    (zoom as i32 + step).clamp(1, ZOOM_MAX as i32) as u32
}

/// Two fingers that moved from `from` to `to` pixels apart: a step in when they spread by a
/// quarter, out when they close by a fifth (the same ratio back), else none yet.
pub fn pinch_step(from: f64, to: f64) -> i32 {
    if from <= 0.0 {
        0
    } else if to >= from * 1.25 {
        1
    } else if to <= from * 0.8 {
        -1
    } else {
        0
    }
}

/// Ctrl and the wheel (a trackpad's pinch arrives so too), summed since the last step: one
/// step per 100 pixels, a mouse wheel's notch; up (negative) zooms in.
pub fn wheel_step(summed_delta_y: f64) -> i32 {
    if summed_delta_y <= -100.0 {
        1
    } else if summed_delta_y >= 100.0 {
        -1
    } else {
        0
    }
}

/// The clinical pelvic tilt in degrees, forward positive.
pub fn pelvic_tilt_deg(m: &Marks) -> Result<f64, Refused> {
    // "Down" in the scene: along the vertical from its upper point to its lower, or the
    // photo's own down.
    // Any direction will do (a photo turned on its side too), since the upper point is known.
    let points = [m.asis, m.psis].into_iter().chain(m.vertical.into_iter().flat_map(|(t, b)| [t, b]));
    if points.into_iter().any(|p| !p.x.is_finite() || !p.y.is_finite()) {
        return Err(Refused::NotOnPhoto);
    }
    let (down_x, down_y) = match m.vertical {
        Some((top, bottom)) => {
            let (dx, dy) = (bottom.x - top.x, bottom.y - top.y);
            let len = (dx * dx + dy * dy).sqrt();
            if len < MIN_DISTANCE_PX {
                return Err(Refused::ShortVertical);
            }
            (dx / len, dy / len)
        }
        None => (0.0, 1.0),
    };
    let (vx, vy) = (m.asis.x - m.psis.x, m.asis.y - m.psis.y);
    if (vx * vx + vy * vy).sqrt() < MIN_DISTANCE_PX {
        return Err(Refused::SamePoint);
    }
    // The PSIS-to-ASIS line in the scene's frame: how far it goes forward, and how far down.
    let along = (vx * down_y - vy * down_x).abs();
    let drop = vx * down_x + vy * down_y;
    let tilt = crate::model::num::atan2_deg(drop, along);
    if tilt.abs() > MAX_PLAUSIBLE_TILT_DEG {
        return Err(Refused::Implausible);
    }
    Ok(tilt)
}

/// The lumbar curve in degrees, when the spine is marked: the angle of the circular arc through
/// T12, L3 and S1, which is twice the turn at L3 from the T12-L3 line to the L3-S1 line.
/// Positive when L3 lies forward of the T12-S1 line (towards ASIS from PSIS): the low back
/// curves inwards. None when the spine is not marked. Turning the photo, or a photo of the other
/// side, gives the same curve.
pub fn lumbar_curve_deg(m: &Marks) -> Option<Result<f64, Refused>> {
    let [t12, l3, s1] = m.spine?;
    Some(curve(t12, l3, s1, m.asis, m.psis))
}

fn curve(t12: Px, l3: Px, s1: Px, asis: Px, psis: Px) -> Result<f64, Refused> {
    if [t12, l3, s1, asis, psis].iter().any(|p| !p.x.is_finite() || !p.y.is_finite()) {
        return Err(Refused::NotOnPhoto);
    }
    let (ax, ay) = (l3.x - t12.x, l3.y - t12.y);
    let (bx, by) = (s1.x - l3.x, s1.y - l3.y);
    let (cx, cy) = (s1.x - t12.x, s1.y - t12.y);
    if [(ax, ay), (bx, by), (cx, cy)].iter().any(|&(x, y)| (x * x + y * y).sqrt() < MIN_DISTANCE_PX) {
        return Err(Refused::SpineSamePoint);
    }
    // The turn at L3, unsigned: 0 on a straight spine.
    let turn = crate::model::num::atan2_deg((ax * by - ay * bx).abs(), ax * bx + ay * by);
    // Which side of the T12-S1 line L3 is on, against the pelvis's forward direction.
    let (fx, fy) = (asis.x - psis.x, asis.y - psis.y);
    let chord = (cx * cx + cy * cy).sqrt();
    let (ux, uy) = (cx / chord, cy / chord);
    let along = (l3.x - t12.x) * ux + (l3.y - t12.y) * uy;
    let (ox, oy) = (l3.x - t12.x - along * ux, l3.y - t12.y - along * uy);
    let forward = ox * fx + oy * fy >= 0.0;
    let deg = if forward { 2.0 * turn } else { -2.0 * turn };
    if !(MIN_PLAUSIBLE_CURVE_DEG..=MAX_PLAUSIBLE_CURVE_DEG).contains(&deg) {
        return Err(Refused::CurveImplausible);
    }
    Ok(deg)
}

/// Whether two tilts differ by more than measurement error.
pub fn differs(a_deg: f64, b_deg: f64) -> bool {
    change(b_deg - a_deg, smallest_real_change_deg(), false).beyond
}

/// A measurement as it is kept and sent home: the numbers only, never the photo or its points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Measurement {
    /// The day the photo was measured.
    pub day: crate::model::calendar::Date,
    /// The tilt in tenths of a degree, forward positive, within +/- `MAX_PLAUSIBLE_TILT_DEG`.
    pub tilt_tenths: i32,
    /// Whether a marked true vertical corrected it (else a level camera was assumed).
    pub vertical: bool,
    /// The lumbar curve in tenths of a degree, when the spine was marked, within
    /// `MIN_PLAUSIBLE_CURVE_DEG` to `MAX_PLAUSIBLE_CURVE_DEG`.
    pub curve_tenths: Option<i32>,
}

/// Tenths of a degree, kept within a range; a value that is not a number becomes 0.
fn tenths(deg: f64, min_deg: f64, max_deg: f64) -> i32 {
    let t = if deg.is_finite() { (deg * 10.0).round() as i32 } else { 0 };
    t.clamp((min_deg * 10.0) as i32, (max_deg * 10.0) as i32)
}

impl Measurement {
    pub fn new(day: crate::model::calendar::Date, tilt_deg: f64, vertical: bool) -> Measurement {
        Measurement { day, tilt_tenths: tenths(tilt_deg, -MAX_PLAUSIBLE_TILT_DEG, MAX_PLAUSIBLE_TILT_DEG), vertical, curve_tenths: None }
    }

    /// The same measurement with the lumbar curve read from the spine points.
    pub fn with_curve(self, curve_deg: Option<f64>) -> Measurement {
        Measurement { curve_tenths: curve_deg.map(|c| tenths(c, MIN_PLAUSIBLE_CURVE_DEG, MAX_PLAUSIBLE_CURVE_DEG)), ..self }
    }

    pub fn tilt_deg(&self) -> f64 {
        self.tilt_tenths as f64 / 10.0
    }

    pub fn curve_deg(&self) -> Option<f64> {
        self.curve_tenths.map(|t| t as f64 / 10.0)
    }

    /// What the programme and the summary say of it: when, the tilt and its error, and the
    /// curve and its error when there is one.
    pub fn told(&self) -> String {
        let (day, tilt) = (words::calendar::date(self.day), degrees(self.tilt_deg()));
        match self.curve_deg() {
            Some(c) => words::programme::measured_with_curve(&day, &tilt, &error_words(), &degrees(c), &curve_error_words()),
            None => words::programme::measured(&day, &tilt, &error_words()),
        }
    }

    /// What the builder says: it goes home with the programme.
    pub fn sent_with(&self) -> String {
        let tilt = degrees(self.tilt_deg());
        match self.curve_deg() {
            Some(c) => words::photo::send_with_curve(&tilt, &error_words(), &degrees(c), &curve_error_words()),
            None => words::photo::send_with(&tilt, &error_words()),
        }
    }

    /// Beside a new photo's reading: the one it is compared with.
    pub fn earlier(&self) -> String {
        let (day, tilt) = (words::calendar::date(self.day), degrees(self.tilt_deg()));
        match self.curve_deg() {
            Some(c) => words::photo::earlier_with_curve(&day, &tilt, &degrees(c)),
            None => words::photo::earlier(&day, &tilt),
        }
    }
}

/// One reading's error as the page says it ("3°").
fn error_words() -> String {
    degrees(TILT_SEM_DEG)
}

fn curve_error_words() -> String {
    degrees(CURVE_ERROR_DEG)
}

/// A tilt just read from a photo, with its error.
pub fn tilt_words(tilt_deg: f64) -> String {
    words::photo::tilt(&degrees(tilt_deg), &error_words())
}

/// A lumbar curve just read from a photo, with its error.
pub fn curve_words(curve_deg: f64) -> String {
    words::photo::curve(&degrees(curve_deg), &curve_error_words())
}

impl Refused {
    pub fn words(self) -> &'static str {
        match self {
            Refused::SamePoint => words::photo::SAME_POINT,
            Refused::ShortVertical => words::photo::SHORT_VERTICAL,
            Refused::Implausible => words::photo::IMPLAUSIBLE,
            Refused::NotOnPhoto => words::photo::NOT_ON_PHOTO,
            Refused::SpineSamePoint => words::photo::SPINE_SAME_POINT,
            Refused::CurveImplausible => words::photo::CURVE_IMPLAUSIBLE,
        }
    }
}

/// How a later measurement compares with an earlier one, for one angle.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Change {
    /// The later minus the earlier, in degrees.
    pub by_deg: f64,
    /// Whether it is more than measurement error (else no change can be claimed).
    pub beyond: bool,
    /// Whether this is the lumbar curve (else the pelvic tilt).
    pub curve: bool,
}

impl Change {
    /// The difference, and whether it is more than measurement error.
    pub fn words(self) -> String {
        let by = degrees(self.by_deg);
        match (self.curve, self.beyond) {
            (false, false) => words::photo::within(&by, &degrees_tenths(smallest_real_change_deg())),
            (false, true) => words::photo::beyond(&by, &degrees_tenths(smallest_real_change_deg())),
            (true, false) => words::photo::curve_within(&by, &degrees_tenths(smallest_curve_change_deg())),
            (true, true) => words::photo::curve_beyond(&by, &degrees_tenths(smallest_curve_change_deg())),
        }
    }
}

/// Degrees to a tenth ("7.5°").
fn degrees_tenths(v: f64) -> String {
    words::photo::degrees_tenths(v)
}

/// The pelvic tilt of two measurements compared.
pub fn compare(earlier: &Measurement, later: &Measurement) -> Change {
    change(later.tilt_deg() - earlier.tilt_deg(), smallest_real_change_deg(), false)
}

/// The lumbar curve of two measurements compared, when both have one.
pub fn compare_curve(earlier: &Measurement, later: &Measurement) -> Option<Change> {
    Some(change(later.curve_deg()? - earlier.curve_deg()?, smallest_curve_change_deg(), true))
}

/// A difference of `by_deg`, beyond measurement error when larger than `smallest` either way.
fn change(by_deg: f64, smallest: f64, curve: bool) -> Change {
    Change { by_deg, beyond: by_deg.abs() > smallest, curve }
}
