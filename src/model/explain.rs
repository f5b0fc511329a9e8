//! Plain British English: the chain of cause and effect for these inputs, and the clinic's
//! article content on causes, mechanisms and what helps.

use super::num::fmt_num;
use super::posture::{
    posture, BackLoad, InputId, Inputs, Muscle, MuscleState, Posture, RangeComparison, HIP_EXTENSION_TYPICAL, LUMBAR_CURVE_TYPICAL, PELVIC_TILT_TYPICAL,
};

/// Whole degrees, with a true minus sign, as the page shows them.
pub fn degrees(v: f64) -> String {
    let r = v.round();
    if r < 0.0 {
        format!("\u{2212}{}°", -r as i64)
    } else {
        format!("{}°", r as i64)
    }
}

/// A degree figure for screen readers: "minus 4 degrees".
pub fn degrees_spoken(v: f64) -> String {
    let r = v.round() as i64;
    match r {
        r if r < 0 => format!("minus {} degrees", -r),
        1 => "1 degree".to_string(),
        r => format!("{r} degrees"),
    }
}

pub fn range_text(low: f64, high: f64) -> String {
    format!("{} to {}°", fmt_num(low), fmt_num(high))
}

/// What the back muscles do in the idea the figure draws, wherever it appears: made up for
/// the illustration, never a measurement, and it chooses no exercise.
pub const LOAD_LABEL: &str = "Back muscles in the idea (illustration)";
pub const LOAD_SCALE: &str = "made up, not measured";

/// One line summary for the heading above the figure.
pub fn headline(p: &Posture) -> String {
    format!("Pelvis tilted {} forward, lumbar curve {}: an illustration, not a measurement of you.", degrees(p.pelvic_tilt_deg), degrees(p.lumbar_lordosis_deg),)
}

/// What a screen reader announces once the person stops moving a slider.
pub fn live_summary(p: &Posture) -> String {
    format!(
        "Pelvic tilt {}, {}. Lumbar curve {}, {}. Hip extension {}, {}. Back muscles in the idea: {}.",
        degrees_spoken(p.pelvic_tilt_deg),
        PELVIC_TILT_TYPICAL.compare(p.pelvic_tilt_deg).words(),
        degrees_spoken(p.lumbar_lordosis_deg),
        LUMBAR_CURVE_TYPICAL.compare(p.lumbar_lordosis_deg).words(),
        degrees_spoken(p.hip_extension_deg),
        HIP_EXTENSION_TYPICAL.compare(p.hip_extension_deg).words(),
        p.back_load.word()
    )
}

/// How far the sliders move the figure's pelvic tilt, end to end, in whole degrees.
pub fn illustrated_tilt_span_deg() -> f64 {
    let most = posture(&Inputs::new(10.0, 0.0, 0.0, 0.0, 16.0, 0.0)).pelvic_tilt_deg;
    let least = posture(&Inputs::new(0.0, 10.0, 10.0, 10.0, 0.0, 600.0)).pelvic_tilt_deg;
    (most - least).round()
}

/// Beside the figure and in the chart's summary: the figure exaggerates, and by how much.
pub fn exaggeration_note() -> String {
    format!(
        "An illustration, not a measurement. To make the idea visible, the figure exaggerates what muscles do: the sliders move its pelvic tilt across about {} degrees, while in the best trial exercise changed tilt by less than 2 degrees (Brekke 2020).",
        fmt_num(illustrated_tilt_span_deg())
    )
}

/// The chain from habits to the lower back, one short paragraph per link, for these inputs.
/// Links the studies did not confirm are told as what they are: the idea therapists work with.
pub fn chain(inputs: &Inputs, p: &Posture) -> Vec<String> {
    let i = inputs.clamped();
    let mut out = Vec::with_capacity(6);

    let hf = InputId::HipFlexors.describe(i.hip_flexor_tightness);
    let mut s = format!("Your hip flexors: {hf}.");
    if i.sitting_hours_per_day >= 9.0 {
        s.push_str(&format!(" {} hours of sitting a day keeps them in a shortened position for long stretches.", fmt_num(i.sitting_hours_per_day)));
    } else if i.sitting_hours_per_day <= 4.0 {
        s.push_str(" Sitting little means they spend less time in a shortened position.");
    }
    if i.activity_minutes_per_week < 150.0 {
        s.push_str(" With under 150 minutes of activity a week they may rarely be taken through their full range.");
    } else if i.activity_minutes_per_week > 300.0 {
        s.push_str(" Your activity takes them through their range often.");
    }
    out.push(s);

    let t = p.pelvic_tilt_deg;
    let tilt_cmp = PELVIC_TILT_TYPICAL.compare(t).words();
    let band = range_text(PELVIC_TILT_TYPICAL.low, PELVIC_TILT_TYPICAL.high);
    out.push(if t >= 0.0 {
        format!(
            "Therapists picture tight hip flexors tipping the front of the pelvis down, and the figure draws it that way; studies find only a weak link. The figure\u{2019}s pelvis tilts {} forward, {tilt_cmp} of {band} (the range that bone shape alone produces, Preece 2008). Most people without back pain stand with some forward tilt.",
            degrees(t),
        )
    } else {
        format!("The figure\u{2019}s pelvis tilts {} backwards, {tilt_cmp} of {band}.", degrees(-t))
    });

    let mut balance = Vec::new();
    if i.hamstring_tightness >= 6.5 {
        balance.push("The figure also draws tight hamstrings tipping the pelvis back a little, offsetting some of the forward tilt.");
    }
    match (i.glute_strength < 3.5, i.core_strength < 3.5) {
        (true, true) => balance.push("In the idea therapists work with, weak glutes and core let the pelvis tip forward and leave more of the work to the back muscles. Studies have not confirmed this, but getting stronger makes everyday movement easier."),
        (true, false) => balance.push("In the idea therapists work with, weak glutes let the pelvis tip forward and leave more of the work to the back muscles. Studies have not confirmed this, but getting stronger makes everyday movement easier."),
        (false, true) => balance.push("In the idea therapists work with, a weak core lets the pelvis tip forward and leaves more of the work to the back muscles. Studies have not confirmed this, but getting stronger makes everyday movement easier."),
        (false, false) if i.glute_strength >= 6.5 && i.core_strength >= 6.5 => {
            balance.push("The figure draws strong glutes and core holding the pelvis nearer level, as therapists picture it.")
        }
        _ => {}
    }
    if !balance.is_empty() {
        out.push(balance.join(" "));
    }

    out.push(format!(
        "When the pelvis tips forward, the lower back curves more to keep you upright: when people tip the pelvis on purpose, the curve changes by about the same amount (Levine 1996). The figure\u{2019}s lumbar curve is {}, {} of {}.",
        degrees(p.lumbar_lordosis_deg),
        LUMBAR_CURVE_TYPICAL.compare(p.lumbar_lordosis_deg).words(),
        range_text(LUMBAR_CURVE_TYPICAL.low, LUMBAR_CURVE_TYPICAL.high)
    ));

    let he = p.hip_extension_deg;
    let he_band = range_text(HIP_EXTENSION_TYPICAL.low, HIP_EXTENSION_TYPICAL.high);
    out.push(match HIP_EXTENSION_TYPICAL.compare(he) {
        RangeComparison::Below | RangeComparison::LessNoConcern => format!(
            "The figure\u{2019}s hip extends (the thigh moves back behind the body) about {}, less than the typical range of {he_band} around the average of about 7\u{b0} in people without back pain in one small study (Roach 2015). Therapists think that when the hip extends less, the lower back may arch more in walking and bending to make up for it. In that study, people with long-lasting back pain extended the hip less on average, but that does not show which came first, and a slider cannot tell how your own hip moves.",
            degrees(he)
        ),
        RangeComparison::Within => format!(
            "The figure\u{2019}s hip extends (the thigh moves back behind the body) about {}, within the typical range of {he_band}, close to the average in people without back pain in one study (Roach 2015).",
            degrees(he)
        ),
        RangeComparison::Above | RangeComparison::MoreNoConcern => format!(
            "The figure\u{2019}s hip extends (the thigh moves back behind the body) about {}, more than the typical range of {he_band} (Roach 2015). That is not a problem.",
            degrees(he)
        ),
    });

    out.push(match p.back_load {
        BackLoad::Low => "In the idea the figure draws, its back muscles are resting.".to_string(),
        BackLoad::Raised => {
            "In the idea therapists work with, the back muscles are busier holding a deeper curve. This is made up for the illustration, not measured.".to_string()
        }
        BackLoad::High => {
            "In the idea therapists work with, the back muscles work hard to hold the curve. This is made up for the illustration, not measured, and many people with settings like these have no pain.".to_string()
        }
    });
    out
}

/// A titled point of the clinic's article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point {
    pub title: &'static str,
    pub text: &'static str,
}

pub const CAUSES: [Point; 3] = [
    Point {
        title: "Prolonged sitting",
        text: "Sitting keeps the hips bent, so the hip flexors rest in a shortened position for hours. Therapists think that over time they adapt and, when you stand, tip the front of the pelvis forward; studies have not shown this clearly.",
    },
    Point {
        title: "Lack of stretching",
        text: "Hip flexors, hamstrings and glutes that are rarely stretched can feel stiff and move less freely.",
    },
    Point {
        title: "Overuse or underuse",
        text: "Athletes and people who overtrain can end up with tight, overworked hip muscles; a sedentary life (sitting most of the day and moving little) can leave the same muscles stiff and weak.",
    },
];

pub const MECHANISMS: [Point; 3] = [
    Point {
        title: "Forward pelvic tilt",
        text: "When the pelvis tips forward (anterior pelvic tilt), the lumbar curve deepens with it: when people tip the pelvis on purpose, the curve changes by about the same amount (Levine 1996). Therapists think a deeper curve loads the joints of the lower back, but most people stand with some forward tilt and no pain (Herrington 2011).",
    },
    Point {
        title: "Stiff hips, busy back",
        text: "When the hips move less, therapists think the lower back moves more in their place when you bend, lift and walk. People with long-lasting back pain extend the hip about 11 degrees less than people without (Roach 2015), though that does not show which came first.",
    },
    Point {
        title: "Muscle imbalance",
        text: "Tight hip flexors with weak glutes, and back muscles that work harder to make up for them, are the pattern therapists look for. Studies find only weak links between these muscles and posture: see \u{201c}How sure is this?\u{201d}.",
    },
];

pub const WHAT_HELPS: [Point; 6] = [
    Point {
        title: "Stretch",
        text: "The lunge stretch for the hip flexors, pigeon pose for the glutes and the seated forward fold for the hamstrings. Stretching can help you feel less stiff and move more easily; it has not been shown to change posture.",
    },
    Point {
        title: "Strengthen",
        text: "Work the core and glutes: strength makes everyday movements such as stairs, lifting and getting up easier, and exercise is a recommended treatment for low back pain (NICE NG59).",
    },
    Point {
        title: "Change position",
        text: "There is no single correct posture. Change position often, get up and move, and practise movements opposite to your working posture: after sitting, stand tall and open the front of your hips.",
    },
    Point {
        title: "Massage",
        text: "Deep tissue massage and myofascial release (slow, steady pressure on a muscle and the tissue around it) can ease tight muscles for a while; NICE advises them only alongside exercise (NICE NG59).",
    },
    Point {
        title: "Stay active",
        text: "Walking, swimming and yoga, with some cardio and strength work: aim for 150 to 300 minutes of moderate activity a week (WHO 2020).",
    },
    Point {
        title: "Get it looked at",
        text: "Book a session at the clinic: a therapist can assess your hips and back and tailor the plan to you.",
    },
];

/// The figure's text alternative: the numbers and the muscles, as a sentence.
pub fn figure_description(p: &Posture, states: &[(Muscle, MuscleState)]) -> String {
    let muscles: Vec<String> = states.iter().map(|(m, s)| format!("{} {}", m.name().to_ascii_lowercase(), s.word())).collect();
    format!(
        "An illustration, not a measurement. The pelvis tilts forward by {} (typical {} to {} degrees) and the lumbar curve is {}. \
         Hip extension is {}. Muscles: {}.",
        degrees_spoken(p.pelvic_tilt_deg),
        fmt_num(PELVIC_TILT_TYPICAL.low),
        fmt_num(PELVIC_TILT_TYPICAL.high),
        degrees_spoken(p.lumbar_lordosis_deg),
        degrees_spoken(p.hip_extension_deg),
        muscles.join(", ")
    )
}
