//! Inputs (hips and habits) -> posture (pelvic tilt, lumbar curve, hip extension, load).
//!
//! This is an illustration, not a measurement. Research finds only weak links between muscle
//! length or strength and pelvic tilt (see `evidence.rs`), so every muscle moves the pelvis by a
//! few degrees and the total stays inside the ranges published for healthy adults.

use crate::model::num::clamp;
use crate::model::words::posture as w;

/// What the person tells us about their hips and habits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Inputs {
    /// 0 (supple) to 10 (very tight).
    pub hip_flexor_tightness: f64,
    /// 0 (supple) to 10 (very tight).
    pub hamstring_tightness: f64,
    /// 0 (very weak) to 10 (very strong).
    pub glute_strength: f64,
    /// 0 (very weak) to 10 (very strong).
    pub core_strength: f64,
    /// Hours sitting per day, 0 to 16.
    pub sitting_hours_per_day: f64,
    /// Minutes of moderate activity per week, 0 to 600.
    pub activity_minutes_per_week: f64,
}

/// The six inputs by name, so that controls, codecs and tests can walk them in one order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InputId {
    HipFlexors,
    Hamstrings,
    Glutes,
    Core,
    Sitting,
    Activity,
}

impl InputId {
    pub const ALL: [InputId; 6] = [InputId::HipFlexors, InputId::Hamstrings, InputId::Glutes, InputId::Core, InputId::Sitting, InputId::Activity];

    /// Its one name: the key in the page's address and the clinic's settings file
    /// ("hip_flexors"); the slider's element id is made from it ("in-hip-flexors").
    pub fn key(self) -> &'static str {
        match self {
            InputId::HipFlexors => "hip_flexors",
            InputId::Hamstrings => "hamstrings",
            InputId::Glutes => "glutes",
            InputId::Core => "core",
            InputId::Sitting => "sitting",
            InputId::Activity => "activity",
        }
    }

    /// (min, max, step) of the control.
    pub fn range(self) -> (f64, f64, f64) {
        match self {
            InputId::HipFlexors | InputId::Hamstrings | InputId::Glutes | InputId::Core => (0.0, 10.0, 1.0),
            InputId::Sitting => (0.0, 16.0, 0.5),
            InputId::Activity => (0.0, 600.0, 10.0),
        }
    }

    pub fn label(self) -> &'static str {
        w::label(self)
    }

    /// A short hint under the label: what the two ends of the slider mean.
    pub fn hint(self) -> &'static str {
        w::hint(self)
    }

    /// The value in words as well as numbers, e.g. "7 of 10 - tight".
    pub fn describe(self, value: f64) -> String {
        match self {
            InputId::HipFlexors | InputId::Hamstrings => w::of_ten(value, w::TIGHTNESS[fifth(value)]),
            InputId::Glutes | InputId::Core => w::of_ten(value, w::STRENGTH[fifth(value)]),
            InputId::Sitting => {
                let level = match value {
                    v if v < 4.0 => 0,
                    v if v < 8.0 => 1,
                    v if v < 11.0 => 2,
                    _ => 3,
                };
                w::hours_a_day(value, w::SITTING[level])
            }
            InputId::Activity => {
                // WHO 2020: 150-300 minutes of moderate activity a week.
                let level = match value {
                    v if v < 60.0 => 0,
                    v if v < 150.0 => 1,
                    v if v <= 300.0 => 2,
                    _ => 3,
                };
                w::minutes_a_week(value, w::ACTIVITY[level])
            }
        }
    }
}

/// Which fifth of a 0 to 10 scale a value is in (below 2, 4, 6, 8, or above): the word the
/// muscle sliders show for it.
fn fifth(v: f64) -> usize {
    match v {
        v if v < 2.0 => 0,
        v if v < 4.0 => 1,
        v if v < 6.0 => 2,
        v if v < 8.0 => 3,
        _ => 4,
    }
}

impl Default for Inputs {
    /// A moderate person: middling muscles, a desk day, about the advised activity.
    fn default() -> Self {
        Inputs::new(5.0, 5.0, 5.0, 5.0, 8.0, 150.0)
    }
}

impl Inputs {
    /// In the order of the sliders: hip flexors, hamstrings, glutes, core, sitting, activity.
    pub const fn new(hip_flexors: f64, hamstrings: f64, glutes: f64, core: f64, sitting: f64, activity: f64) -> Self {
        Inputs {
            hip_flexor_tightness: hip_flexors,
            hamstring_tightness: hamstrings,
            glute_strength: glutes,
            core_strength: core,
            sitting_hours_per_day: sitting,
            activity_minutes_per_week: activity,
        }
    }

    pub fn get(&self, id: InputId) -> f64 {
        match id {
            InputId::HipFlexors => self.hip_flexor_tightness,
            InputId::Hamstrings => self.hamstring_tightness,
            InputId::Glutes => self.glute_strength,
            InputId::Core => self.core_strength,
            InputId::Sitting => self.sitting_hours_per_day,
            InputId::Activity => self.activity_minutes_per_week,
        }
    }

    /// Sets one input, clamped to its range; a value that is not a number leaves it unchanged.
    pub fn with(mut self, id: InputId, value: f64) -> Self {
        if !value.is_finite() {
            return self;
        }
        let (lo, hi, _) = id.range();
        let v = clamp(value, lo, hi);
        match id {
            InputId::HipFlexors => self.hip_flexor_tightness = v,
            InputId::Hamstrings => self.hamstring_tightness = v,
            InputId::Glutes => self.glute_strength = v,
            InputId::Core => self.core_strength = v,
            InputId::Sitting => self.sitting_hours_per_day = v,
            InputId::Activity => self.activity_minutes_per_week = v,
        }
        self
    }

    /// Every input inside its range; anything not a number falls back to the default.
    pub fn clamped(self) -> Self {
        let d = Inputs::default();
        InputId::ALL.iter().fold(d, |acc, &id| {
            let v = self.get(id);
            acc.with(id, if v.is_finite() { v } else { d.get(id) })
        })
    }
}

/// A value with the range that is typical for adults, for display beside it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TypicalRange {
    pub low: f64,
    pub high: f64,
    /// Whether a value below `low` is called out; false where less is no concern.
    pub flag_below: bool,
    /// Whether a value above `high` is called out; false where more is no concern.
    pub flag_above: bool,
}

impl TypicalRange {
    pub fn compare(self, v: f64) -> RangeComparison {
        if v < self.low {
            if self.flag_below {
                RangeComparison::Below
            } else {
                RangeComparison::LessNoConcern
            }
        } else if v > self.high {
            if self.flag_above {
                RangeComparison::Above
            } else {
                RangeComparison::MoreNoConcern
            }
        } else {
            RangeComparison::Within
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeComparison {
    Below,
    Within,
    Above,
    /// Below the range where less is no concern (less tilt than typical).
    LessNoConcern,
    /// Above the range where more is no concern (a hip that extends further).
    MoreNoConcern,
}

impl RangeComparison {
    pub fn words(self) -> &'static str {
        w::comparison(self)
    }
}

/// Clinical pelvic tilt, ASIS-PSIS line against the horizontal, anterior positive:
/// mean 13 +/- 5 degrees (Preece 2008, 30 cadaver pelves in one reference position); 8 to 18
/// is mean +/- 1 SD. That spread is what bone shape alone produces, not a norm of standing
/// tilt in living people, and the page says so; less tilt than that is not called out.
pub const PELVIC_TILT_TYPICAL: TypicalRange = TypicalRange { low: 8.0, high: 18.0, flag_below: false, flag_above: true };
/// Standing lumbar lordosis T12-S1 49.8 +/- 11.2 degrees (Yukawa 2019, 627 adults); the band
/// is mean +/- 1 SD.
pub const LUMBAR_CURVE_TYPICAL: TypicalRange = TypicalRange { low: 39.0, high: 61.0, flag_below: true, flag_above: true };
/// Hip extension, one method throughout: passive extension measured with an inclinometer, as
/// in Roach 2015, where pain-free adults averaged +6.8 degrees (and people with chronic low back
/// pain -4.2). The band is that average give or take 5 degrees: the study's spread could not be
/// confirmed for this project, so the width is this page's choice and the page says so.
/// Textbook goniometry norms (about 10-20 degrees) use other positions and are not mixed in.
/// A hip that extends further than the range is normal, and never called out.
pub const HIP_EXTENSION_TYPICAL: TypicalRange = TypicalRange { low: 2.0, high: 12.0, flag_below: true, flag_above: false };
/// Roach 2015: the pain-free average the band is centred on.
pub const HIP_EXTENSION_PAIN_FREE_MEAN_DEG: f64 = 6.8;

/// Published limits the model never leaves: clinical tilt spans 0-23 in cadaver pelves
/// (Preece 2008) and posterior tilt occurs in 6-7% (Herrington 2011), hence about -5 to 25.
pub const PELVIC_TILT_LIMITS: (f64, f64) = (-5.0, 25.0);
/// Lordosis limits: mean 49.8 +/- 2.7 SD of 11.2 spans about 20 to 80.
pub const LUMBAR_CURVE_LIMITS: (f64, f64) = (20.0, 80.0);

/// Mean standing clinical tilt of the default person. Preece 2008 gives 13 +/- 5; Herrington
/// 2011 finds most young adults anteriorly tilted; 12 sits inside both.
const BASE_PELVIC_TILT_DEG: f64 = 12.0;
/// Mean standing lordosis T12-S1, 49.8 +/- 11.2 degrees (Yukawa 2019).
const BASE_LUMBAR_CURVE_DEG: f64 = 49.8;
/// Levine 1996: voluntary anterior tilt moved the pelvis 11.4 and lordosis 10.8 degrees,
/// posterior tilt 8.7 and 9.0: lordosis follows deliberate tilt about 1:1 (ratio 0.95 forward).
pub const LORDOSIS_PER_TILT: f64 = 0.95;

/// Degrees of anterior tilt per point of effective hip-flexor shortening. Chosen so the
/// whole slider moves the pelvis by about 9 degrees: the trials in Brekke 2020 found far
/// smaller changes, so this is the illustration's upper end, not a prediction.
const TILT_PER_HIP_FLEXOR_POINT: f64 = 0.9;
/// Tight hamstrings pull the ischium down and the pelvis backwards.
const TILT_PER_HAMSTRING_POINT: f64 = -0.5;
/// Stronger glutes and abdominals pull the back of the pelvis down / the front up.
/// Youdas 1996 found abdominal performance explains some tilt only in women (R^2 0.23).
const TILT_PER_GLUTE_POINT: f64 = -0.35;
const TILT_PER_CORE_POINT: f64 = -0.35;

/// Long sitting keeps the hip flexors short: each hour above a desk day (8 h) adds a fifth of
/// a tightness point. No study gives this figure; it is an illustrative weight.
const SHORTENING_PER_SITTING_HOUR: f64 = 0.2;
/// Moving more counters it: every 300 minutes a week above 150 (WHO 2020 minimum) takes a
/// point off; very little activity adds up to half a point.
const SHORTENING_PER_ACTIVITY_MINUTE: f64 = -1.0 / 300.0;
/// Roach 2015: hip extension +6.8 degrees in controls and -4.2 in chronic low back pain.
/// Fifteen degrees at zero shortening, falling 1.6 per point, puts the default person
/// (5 points) at 7, inside the pain-free band, and the tightest (12) at -4.2, matching both
/// groups' averages.
const HIP_EXTENSION_SUPPLE_DEG: f64 = 15.0;
const HIP_EXTENSION_PER_POINT: f64 = -1.6;
/// Effective shortening is kept in 0..12 so hip extension stays in 15 .. -4.2.
const SHORTENING_MAX: f64 = 12.0;

/// An illustrative score, made up for this page from the figure's curve, hip extension and
/// muscle settings: no study measures it. Shown as "low", "raised" or "high" and always
/// labelled as illustrative.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum BackLoad {
    Low,
    Raised,
    High,
}

impl BackLoad {
    pub fn word(self) -> &'static str {
        w::back_load(self)
    }
}

/// Thresholds on the load score; the default person scores 1.0 (low).
const LOAD_RAISED_FROM: f64 = 1.3;
const LOAD_HIGH_FROM: f64 = 2.0;

/// What the model shows for one set of inputs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Posture {
    /// Clinical pelvic tilt (ASIS-PSIS against horizontal), anterior positive, degrees.
    pub pelvic_tilt_deg: f64,
    /// Lumbar lordosis (T12-S1), degrees.
    pub lumbar_lordosis_deg: f64,
    /// Hip extension range, degrees; negative means the thigh cannot reach vertical.
    pub hip_extension_deg: f64,
    /// Effective hip-flexor shortening after sitting and activity, 0..12 points.
    pub hip_flexor_shortening: f64,
    /// Composite load score on the lower back (dimensionless, about 0.3 to 3.7).
    pub back_load_score: f64,
    pub back_load: BackLoad,
}

/// Effective hip-flexor shortening: the slider plus what sitting and activity add.
pub fn hip_flexor_shortening(i: &Inputs) -> f64 {
    let s = i.hip_flexor_tightness
        + SHORTENING_PER_SITTING_HOUR * (i.sitting_hours_per_day - 8.0)
        + SHORTENING_PER_ACTIVITY_MINUTE * (i.activity_minutes_per_week - 150.0);
    clamp(s, 0.0, SHORTENING_MAX)
}

/// The posture of a person with these inputs. Inputs are clamped first, so any value works.
pub fn posture(inputs: &Inputs) -> Posture {
    let i = inputs.clamped();
    let shortening = hip_flexor_shortening(&i);
    let tilt = BASE_PELVIC_TILT_DEG
        + TILT_PER_HIP_FLEXOR_POINT * (shortening - 5.0)
        + TILT_PER_HAMSTRING_POINT * (i.hamstring_tightness - 5.0)
        + TILT_PER_GLUTE_POINT * (i.glute_strength - 5.0)
        + TILT_PER_CORE_POINT * (i.core_strength - 5.0);
    let tilt = clamp(tilt, PELVIC_TILT_LIMITS.0, PELVIC_TILT_LIMITS.1);
    let lordosis = clamp(BASE_LUMBAR_CURVE_DEG + LORDOSIS_PER_TILT * (tilt - BASE_PELVIC_TILT_DEG), LUMBAR_CURVE_LIMITS.0, LUMBAR_CURVE_LIMITS.1);
    let hip_extension = HIP_EXTENSION_SUPPLE_DEG + HIP_EXTENSION_PER_POINT * shortening;
    let score = back_load_score(&i, lordosis, hip_extension);
    Posture {
        pelvic_tilt_deg: tilt,
        lumbar_lordosis_deg: lordosis,
        hip_extension_deg: hip_extension,
        hip_flexor_shortening: shortening,
        back_load_score: score,
        back_load: if score >= LOAD_HIGH_FROM {
            BackLoad::High
        } else if score >= LOAD_RAISED_FROM {
            BackLoad::Raised
        } else {
            BackLoad::Low
        },
    }
}

/// The clinic's chain of reasoning as a score: a deeper curve than average loads the lumbar
/// joints; stiff hips make the back bend instead when walking, bending and lifting (hip
/// extension below 10 degrees, and tight hamstrings); weak glutes and core leave the back
/// muscles to do their work. Each term rises monotonically with the thing it names.
fn back_load_score(i: &Inputs, lordosis: f64, hip_extension: f64) -> f64 {
    (lordosis - BASE_LUMBAR_CURVE_DEG).max(0.0) / 11.2
        + (HIP_EXTENSION_TYPICAL.low - hip_extension).max(0.0) / 15.0
        + 0.06 * i.hamstring_tightness
        + 0.05 * (10.0 - i.glute_strength)
        + 0.05 * (10.0 - i.core_strength)
}

/// One point of the chart: the posture at one hip-flexor setting, the rest unchanged.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CurvePoint {
    pub hip_flexor_tightness: f64,
    pub pelvic_tilt_deg: f64,
    pub lumbar_lordosis_deg: f64,
}

/// Pelvic tilt and lumbar curve across the whole hip-flexor range for the other settings.
pub fn curve_across_hip_flexors(inputs: &Inputs, points: usize) -> Vec<CurvePoint> {
    let n = points.max(2);
    (0..n)
        .map(|k| {
            let hf = 10.0 * k as f64 / (n - 1) as f64;
            let p = posture(&inputs.with(InputId::HipFlexors, hf));
            CurvePoint { hip_flexor_tightness: hf, pelvic_tilt_deg: p.pelvic_tilt_deg, lumbar_lordosis_deg: p.lumbar_lordosis_deg }
        })
        .collect()
}

/// How each muscle group shows in the figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MuscleState {
    Normal,
    Tight,
    Weak,
    /// Drawn like a tight muscle, but it is working harder, not short (the back muscles).
    WorkingHarder,
}

impl MuscleState {
    /// The state on its own; beside a muscle's name, use `Muscle::state_word`.
    pub fn word(self) -> &'static str {
        w::state(self)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Muscle {
    HipFlexors,
    Hamstrings,
    Glutes,
    Abdominals,
    LowerBack,
}

impl Muscle {
    pub const ALL: [Muscle; 5] = [Muscle::HipFlexors, Muscle::Hamstrings, Muscle::Glutes, Muscle::Abdominals, Muscle::LowerBack];

    pub fn name(self) -> &'static str {
        w::muscle(self)
    }

    /// How this muscle shows in the figure, said of it ("tight").
    pub fn state_word(self, s: MuscleState) -> &'static str {
        w::muscle_state(self, s)
    }
}

/// Tight from 6.5 points (between "moderate" and "tight"), weak below 3.5.
const TIGHT_FROM: f64 = 6.5;
const WEAK_BELOW: f64 = 3.5;

pub fn muscle_state(muscle: Muscle, inputs: &Inputs, posture: &Posture) -> MuscleState {
    let i = inputs.clamped();
    let tight_if = |b: bool| if b { MuscleState::Tight } else { MuscleState::Normal };
    let weak_if = |b: bool| if b { MuscleState::Weak } else { MuscleState::Normal };
    match muscle {
        Muscle::HipFlexors => tight_if(posture.hip_flexor_shortening >= TIGHT_FROM),
        Muscle::Hamstrings => tight_if(i.hamstring_tightness >= TIGHT_FROM),
        Muscle::Glutes => weak_if(i.glute_strength < WEAK_BELOW),
        Muscle::Abdominals => weak_if(i.core_strength < WEAK_BELOW),
        // In the idea the figure illustrates, the back muscles work harder when the
        // illustrative load score is raised or high. Red here means "working harder".
        Muscle::LowerBack => {
            if posture.back_load >= BackLoad::Raised {
                MuscleState::WorkingHarder
            } else {
                MuscleState::Normal
            }
        }
    }
}
