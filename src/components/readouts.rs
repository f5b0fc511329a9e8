use yew::prelude::*;

use crate::model::explain::{degrees, range_text, LOAD_LABEL, LOAD_SCALE};
use crate::model::num::{clamp, fmt_num};
use crate::model::posture::{
    BackLoad, Posture, TypicalRange, HIP_EXTENSION_TYPICAL, LUMBAR_CURVE_LIMITS, LUMBAR_CURVE_TYPICAL, PELVIC_TILT_LIMITS, PELVIC_TILT_TYPICAL,
};
use crate::model::words::figure as w;

/// The numbers, each against its typical range, with a small bar showing where it falls.
/// A plain function, not a component: it changes with every input, so a component's
/// memo would never skip a render, and each component costs about 2.5 KB of wasm.
pub fn readouts(p: Posture, b: Option<Posture>, measured: Option<f64>) -> Html {
    let measured = measured.filter(|_| crate::model::photo::MEASURE);
    html! {
        <dl class="readouts" data-testid="readouts">
            { readout("pelvic-tilt", w::PELVIC_TILT, p.pelvic_tilt_deg, b.map(|b| b.pelvic_tilt_deg), PELVIC_TILT_TYPICAL, PELVIC_TILT_LIMITS, measured) }
            { readout("lumbar-curve", w::LUMBAR_CURVE, p.lumbar_lordosis_deg, b.map(|b| b.lumbar_lordosis_deg), LUMBAR_CURVE_TYPICAL, LUMBAR_CURVE_LIMITS, None) }
            { readout("hip-extension", w::HIP_EXTENSION, p.hip_extension_deg, b.map(|b| b.hip_extension_deg), HIP_EXTENSION_TYPICAL, (-10.0, 20.0), None) }
            <div class={classes!("readout", "readout--load", load_class(p.back_load))} data-testid="readout-back-load">
                <dt>{ LOAD_LABEL }</dt>
                <dd>
                    <span class="readout__value">{ p.back_load.word() }</span>
                    <span class="readout__typical">{ LOAD_SCALE }</span>
                </dd>
            </div>
        </dl>
    }
}

fn load_class(l: BackLoad) -> &'static str {
    match l {
        BackLoad::Low => "readout--ok",
        BackLoad::Raised => "readout--raised",
        BackLoad::High => "readout--high",
    }
}

/// `measured`: the same angle read from a photo, shown beside the model's, never in its place.
fn readout(key: &'static str, label: &'static str, v: f64, before: Option<f64>, typical: TypicalRange, limits: (f64, f64), measured: Option<f64>) -> Html {
    let width = 100.0;
    let x = |d: f64| clamp((d - limits.0) / (limits.1 - limits.0), 0.0, 1.0) * width;
    let cmp = typical.compare(v);
    html! {
        <div class="readout" data-testid={format!("readout-{key}")}>
            <dt>{ label }</dt>
            <dd>
                <span class="readout__value" data-testid={format!("value-{key}")}>{ degrees(v) }</span>
                <span class="readout__typical">{ w::typical(&range_text(typical.low, typical.high)) }</span>
                if let Some(m) = measured {
                    <span class="readout__measured" data-testid={format!("measured-{key}")}>{ crate::model::words::photo::from_photo(&degrees(m)) }</span>
                }
                if let Some(b) = before {
                    <span class="readout__before" data-testid={format!("before-{key}")}>{ w::before_value(&degrees(b)) }</span>
                }
                <svg class="range-bar" viewBox="0 0 100 12" aria-hidden="true" preserveAspectRatio="none">
                    <rect class="range-bar__track" x="0" y="4" width="100" height="4" rx="2" />
                    <rect class="range-bar__band" x={fmt_num(x(typical.low))} y="2"
                        width={fmt_num(x(typical.high) - x(typical.low))} height="8" rx="2" />
                    <rect class="range-bar__mark" x={fmt_num(x(v) - 1.5)} y="0" width="3" height="12" />
                </svg>
                <span class="readout__compare">{ cmp.words() }</span>
            </dd>
        </div>
    }
}
