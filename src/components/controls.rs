use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::model::num::{fmt_num, parse_decimal};
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
    html! {
        <section class="controls" aria-labelledby="controls-heading">
            <h2 id="controls-heading">{ "Your hips and habits" }</h2>
            <fieldset>
                <legend>{ "Muscles" }</legend>
                { slider(InputId::HipFlexors) }
                { slider(InputId::Hamstrings) }
                { slider(InputId::Glutes) }
                { slider(InputId::Core) }
            </fieldset>
            <fieldset>
                <legend>{ "Habits" }</legend>
                { slider(InputId::Sitting) }
                { slider(InputId::Activity) }
            </fieldset>
            <button type="button" class="button button--quiet" onclick={reset}>
                { "Back to a typical person" }
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

pub fn dom_id(id: InputId) -> &'static str {
    match id {
        InputId::HipFlexors => "hip-flexors",
        InputId::Hamstrings => "hamstrings",
        InputId::Glutes => "glutes",
        InputId::Core => "core",
        InputId::Sitting => "sitting",
        InputId::Activity => "activity",
    }
}

#[component]
fn Slider(props: &SliderProps) -> Html {
    let id = props.id;
    let (min, max, step) = id.range();
    let described = id.describe(props.value);
    let oninput = props.on_set.reform(move |e: InputEvent| {
        let v = e
            .target_unchecked_into::<HtmlInputElement>()
            .value();
        let v = parse_decimal(&v).unwrap_or(f64::NAN);
        (id, v)
    });
    let input_id = format!("in-{}", dom_id(id));
    let hint_id = format!("hint-{}", dom_id(id));
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
                value={fmt_num(props.value)}
                aria-valuetext={described}
                aria-describedby={hint_id.clone()}
                {oninput}
            />
            <p class="slider__hint" id={hint_id}>{ id.hint() }</p>
        </div>
    }
}
