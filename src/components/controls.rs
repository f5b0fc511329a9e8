use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::model::num::{clamp, fmt_num, parse_decimal};
use crate::model::posture::{InputId, Inputs};

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub inputs: Inputs,
    pub on_set: Callback<(InputId, f64)>,
    pub on_reset: Callback<()>,
}

/// The six sliders, grouped into hips and habits, and a reset.
#[component]
pub fn Controls(props: &ControlsProps) -> Html {
    let slider = |id: InputId| {
        html! { <Slider {id} value={props.inputs.get(id)} on_set={props.on_set.clone()} /> }
    };
    let reset = props.on_reset.reform(|_: MouseEvent| ());
    // Until the page starts, a move would not reach the figure (`hooks::use_started`).
    let started = crate::hooks::use_started();
    html! {
        <section class="controls" aria-labelledby="controls-heading">
            <h2 id="controls-heading">{ crate::model::words::page::CONTROLS_HEADING }</h2>
            <fieldset disabled={!started}>
                <legend>{ crate::model::words::page::MUSCLES }</legend>
                { slider(InputId::HipFlexors) }
                { slider(InputId::Hamstrings) }
                { slider(InputId::Glutes) }
                { slider(InputId::Core) }
            </fieldset>
            <fieldset disabled={!started}>
                <legend>{ crate::model::words::page::HABITS }</legend>
                { slider(InputId::Sitting) }
                { slider(InputId::Activity) }
            </fieldset>
            <button type="button" class="button button--quiet" onclick={reset} disabled={!started}>
                { crate::model::words::page::RESET }
            </button>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SliderProps {
    id: InputId,
    value: f64,
    on_set: Callback<(InputId, f64)>,
}

/// The slider's element id part, from the input's one name: "hip-flexors".
pub fn dom_id(id: InputId) -> String {
    id.key().replace('_', "-")
}

/// One slider. Its thumb and words answer the input at once, with the figure and readouts.
#[component]
fn Slider(props: &SliderProps) -> Html {
    let id = props.id;
    let (min, max, step) = id.range();
    let shown = use_state_eq(|| props.value);
    {
        let shown = shown.clone();
        use_effect_with(props.value, move |v| shown.set(*v));
    }
    let described = id.describe(*shown);
    let oninput = {
        let (shown, on_set) = (shown.clone(), props.on_set.clone());
        Callback::from(move |e: InputEvent| {
            let v = parse_decimal(&e.target_unchecked_into::<HtmlInputElement>().value()).unwrap_or(f64::NAN);
            if v.is_finite() {
                shown.set(clamp(v, min, max));
            }
            on_set.emit((id, v));
        })
    };
    let dom = dom_id(id);
    let (input_id, hint_id) = (format!("in-{dom}"), format!("hint-{dom}"));
    html! {
        <div class="slider">
            <div class="slider__top">
                <label for={input_id.clone()}>{ id.label() }</label>
                <output for={input_id.clone()} class="slider__value">{ described.clone() }</output>
            </div>
            <input
                type="range"
                id={input_id}
                min={fmt_num(min)}
                max={fmt_num(max)}
                step={fmt_num(step)}
                value={fmt_num(*shown)}
                aria-valuetext={described}
                aria-describedby={hint_id.clone()}
                {oninput}
            />
            <p class="slider__hint" id={hint_id}>{ id.hint() }</p>
        </div>
    }
}
