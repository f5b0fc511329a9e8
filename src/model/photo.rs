//! Measuring from a photo: the clinical pelvic tilt read from points the therapist marks on a
//! side photo (stickers on the palpated ASIS and PSIS), corrected by a true vertical in the
//! scene when one is marked. Pure geometry: the photo itself never reaches this module.
//!
//! Points are in the photo's pixels, x to the right and y down. The tilt is the PSIS-to-ASIS
//! line against the horizontal, forward (anterior) tilt positive, as the model and Herrington
//! 2011 define it. It does not matter which way the person faces: a photo of the other side
//! (mirrored) gives the same tilt.

use crate::model::explain::degrees;
use crate::model::words;

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
    1.96 * core::f64::consts::SQRT_2 * TILT_SEM_DEG
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

/// Whether two measurements differ by more than measurement error.
pub fn differs(a_deg: f64, b_deg: f64) -> bool {
    (a_deg - b_deg).abs() > smallest_real_change_deg()
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
}

impl Measurement {
    pub fn new(day: crate::model::calendar::Date, tilt_deg: f64, vertical: bool) -> Measurement {
        let max = (MAX_PLAUSIBLE_TILT_DEG * 10.0) as i32;
        let tenths = if tilt_deg.is_finite() { (tilt_deg * 10.0).round() as i32 } else { 0 };
        Measurement { day, tilt_tenths: tenths.clamp(-max, max), vertical }
    }

    pub fn tilt_deg(&self) -> f64 {
        self.tilt_tenths as f64 / 10.0
    }

    /// What the programme and the summary say of it: when, the tilt and its error.
    pub fn told(&self) -> String {
        words::programme::measured(&words::calendar::date(self.day), &degrees(self.tilt_deg()), &error_words())
    }

    /// What the builder says: it goes home with the programme.
    pub fn sent_with(&self) -> String {
        words::photo::send_with(&degrees(self.tilt_deg()), &error_words())
    }

    /// Beside a new photo's reading: the one it is compared with.
    pub fn earlier(&self) -> String {
        words::photo::earlier(&words::calendar::date(self.day), &degrees(self.tilt_deg()))
    }
}

/// One reading's error as the page says it ("3°").
fn error_words() -> String {
    degrees(TILT_SEM_DEG)
}

/// A tilt just read from a photo, with its error.
pub fn tilt_words(tilt_deg: f64) -> String {
    words::photo::tilt(&degrees(tilt_deg), &error_words())
}

impl Refused {
    pub fn words(self) -> &'static str {
        match self {
            Refused::SamePoint => words::photo::SAME_POINT,
            Refused::ShortVertical => words::photo::SHORT_VERTICAL,
            Refused::Implausible => words::photo::IMPLAUSIBLE,
            Refused::NotOnPhoto => words::photo::NOT_ON_PHOTO,
        }
    }
}

/// How a later measurement compares with an earlier one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Change {
    /// Within measurement error: no change can be claimed.
    Within { by_deg: f64 },
    /// Beyond measurement error, by this many degrees (forward tilt positive).
    Beyond { by_deg: f64 },
}

impl Change {
    /// The difference, and whether it is more than measurement error.
    pub fn words(self) -> String {
        let smallest = degrees_tenths(smallest_real_change_deg());
        match self {
            Change::Within { by_deg } => words::photo::within(&degrees(by_deg), &smallest),
            Change::Beyond { by_deg } => words::photo::beyond(&degrees(by_deg), &smallest),
        }
    }
}

/// Degrees to a tenth ("7.5°").
fn degrees_tenths(v: f64) -> String {
    words::photo::degrees_tenths(v)
}

pub fn compare(earlier: &Measurement, later: &Measurement) -> Change {
    let by_deg = later.tilt_deg() - earlier.tilt_deg();
    if differs(earlier.tilt_deg(), later.tilt_deg()) {
        Change::Beyond { by_deg }
    } else {
        Change::Within { by_deg }
    }
}
