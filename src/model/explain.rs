//! Plain British English: the chain of cause and effect for these inputs, and the clinic's
//! article content on causes, mechanisms and what helps.

use super::num::fmt_num;
use super::posture::{
    BackLoad, InputId, Inputs, Posture, HIP_EXTENSION_TYPICAL, LUMBAR_CURVE_TYPICAL,
    PELVIC_TILT_TYPICAL,
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

/// One line summary for the heading above the figure.
pub fn headline(p: &Posture) -> String {
    format!(
        "Pelvis tilted {} forward, lumbar curve {}: load on the lower back {}.",
        degrees(p.pelvic_tilt_deg),
        degrees(p.lumbar_lordosis_deg),
        p.back_load.word()
    )
}

/// What a screen reader announces once the person stops moving a slider.
pub fn live_summary(p: &Posture) -> String {
    format!(
        "Pelvic tilt {}, {}. Lumbar curve {}, {}. Hip extension {}, {}. Load on the lower back: {}.",
        degrees_spoken(p.pelvic_tilt_deg),
        PELVIC_TILT_TYPICAL.compare(p.pelvic_tilt_deg).words(),
        degrees_spoken(p.lumbar_lordosis_deg),
        LUMBAR_CURVE_TYPICAL.compare(p.lumbar_lordosis_deg).words(),
        degrees_spoken(p.hip_extension_deg),
        HIP_EXTENSION_TYPICAL.compare(p.hip_extension_deg).words(),
        p.back_load.word()
    )
}

/// The chain from habits to the lower back, one short paragraph per link, for these inputs.
pub fn chain(inputs: &Inputs, p: &Posture) -> Vec<String> {
    let i = inputs.clamped();
    let mut out = Vec::with_capacity(6);

    let hf = InputId::HipFlexors.describe(i.hip_flexor_tightness);
    let mut s = format!("Your hip flexors: {hf}.");
    if i.sitting_hours_per_day >= 9.0 {
        s.push_str(&format!(
            " {} hours of sitting a day keeps them in a shortened position, which adds to their tightness.",
            fmt_num(i.sitting_hours_per_day)
        ));
    } else if i.sitting_hours_per_day <= 4.0 {
        s.push_str(" Sitting little lets them stay closer to their full length.");
    }
    if i.activity_minutes_per_week < 150.0 {
        s.push_str(" With under 150 minutes of activity a week they are rarely taken through their full range.");
    } else if i.activity_minutes_per_week > 300.0 {
        s.push_str(" Your activity takes them through their range often, which helps.");
    }
    out.push(s);

    let t = p.pelvic_tilt_deg;
    let tilt_cmp = PELVIC_TILT_TYPICAL.compare(t).words();
    out.push(if t >= 0.0 {
        format!(
            "Short hip flexors pull the front of the pelvis down. Your pelvis tilts {} forward, {tilt_cmp} of {}.",
            degrees(t),
            range_text(PELVIC_TILT_TYPICAL.low, PELVIC_TILT_TYPICAL.high)
        )
    } else {
        format!(
            "Your pelvis tilts {} backwards, {tilt_cmp} of {}.",
            degrees(-t),
            range_text(PELVIC_TILT_TYPICAL.low, PELVIC_TILT_TYPICAL.high)
        )
    });

    let mut balance = Vec::new();
    if i.hamstring_tightness >= 6.5 {
        balance.push("Tight hamstrings pull the back of the pelvis down, which offsets some of the forward tilt, but they make your back bend more when you bend forward.");
    }
    match (i.glute_strength < 3.5, i.core_strength < 3.5) {
        (true, true) => balance.push("Weak glutes and core let the pelvis tip forward more easily and leave the back muscles to do their work."),
        (true, false) => balance.push("Weak glutes let the pelvis tip forward more easily and leave the back muscles to do their work."),
        (false, true) => balance.push("A weak core lets the pelvis tip forward more easily and leaves the back muscles to hold you up."),
        (false, false) if i.glute_strength >= 6.5 && i.core_strength >= 6.5 => {
            balance.push("Strong glutes and core help hold the pelvis level.")
        }
        _ => {}
    }
    if !balance.is_empty() {
        out.push(balance.join(" "));
    }

    out.push(format!(
        "To keep you upright, the lower back arches with the pelvis: your lumbar curve is {}, {} of {}.",
        degrees(p.lumbar_lordosis_deg),
        LUMBAR_CURVE_TYPICAL.compare(p.lumbar_lordosis_deg).words(),
        range_text(LUMBAR_CURVE_TYPICAL.low, LUMBAR_CURVE_TYPICAL.high)
    ));

    let he = p.hip_extension_deg;
    out.push(if he < HIP_EXTENSION_TYPICAL.low {
        format!(
            "Your hip extends about {} behind you (typically {}). When the hip cannot extend, the lower back arches instead with every stride, bend and lift.",
            degrees(he),
            range_text(HIP_EXTENSION_TYPICAL.low, HIP_EXTENSION_TYPICAL.high)
        )
    } else {
        format!(
            "Your hip extends about {} behind you (typically {}), so the hip, not the back, does the work when you walk.",
            degrees(he),
            range_text(HIP_EXTENSION_TYPICAL.low, HIP_EXTENSION_TYPICAL.high)
        )
    });

    out.push(match p.back_load {
        BackLoad::Low => "Overall, the load on your lower back is low.".to_string(),
        BackLoad::Raised => {
            "Overall, the load on your lower back is raised: the back muscles work harder to hold the curve.".to_string()
        }
        BackLoad::High => {
            "Overall, the load on your lower back is high: the lumbar joints and back muscles carry more than they should for long periods.".to_string()
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
        text: "Sitting keeps the hips bent, so the hip flexors rest in a shortened position for hours. Over time they adapt, and when you stand they pull the front of the pelvis forward.",
    },
    Point {
        title: "Lack of stretching",
        text: "Hip flexors, hamstrings and glutes that are rarely stretched lose their flexibility.",
    },
    Point {
        title: "Overuse or underuse",
        text: "Athletes and people who overtrain can end up with tight, overworked hip muscles; a sedentary life leaves the same muscles short and weak.",
    },
];

pub const MECHANISMS: [Point; 3] = [
    Point {
        title: "Forward pelvic tilt",
        text: "When the pelvis tips forward (anterior pelvic tilt), the lumbar curve deepens and the joints of the lower back carry more load.",
    },
    Point {
        title: "Stiff hips, busy back",
        text: "When the hips cannot move freely, the lower back moves instead of them when you bend, lift and walk, and it tires or aches.",
    },
    Point {
        title: "Muscle imbalance",
        text: "Tight hip flexors with weak glutes, and back muscles that overwork to compensate, make for poor movement patterns and strain.",
    },
];

pub const WHAT_HELPS: [Point; 6] = [
    Point {
        title: "Stretch",
        text: "The lunge stretch for the hip flexors, pigeon pose for the glutes and the seated forward fold for the hamstrings.",
    },
    Point {
        title: "Strengthen",
        text: "Work the core and glutes: weak hips tend to tighten, and strong ones share the load with your back.",
    },
    Point {
        title: "Change position",
        text: "There is no single correct posture. Change position often, get up and move, and practise movements opposite to your working posture: after sitting, stand tall and open the front of your hips.",
    },
    Point {
        title: "Massage",
        text: "Deep tissue massage and myofascial release can ease tight muscles; they help most alongside exercise (NICE NG59).",
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
