use yew::prelude::*;

use crate::model::safety::{self, Answer, Caution, RedFlag, Screening};

#[derive(Properties, PartialEq)]
pub struct SafetyScreenProps {
    pub screening: Screening,
    pub on_toggle: Callback<Answer>,
}

/// The safety questions: red flags, closed by "I have none of these" (required, so nobody
/// passes the warning signs by answering only the rest); the questions that ask for a review
/// or a GP instead, and the cautions that change the plan; then "None of these apply to me". Every box is a real
/// checkbox with its own label, so it works by keyboard and screen reader as it is.
#[component]
pub fn SafetyScreen(props: &SafetyScreenProps) -> Html {
    let started = crate::hooks::use_started();
    let item = |a: Answer| {
        let id = format!("answer-{}", a.key());
        let onchange = props.on_toggle.reform(move |_: Event| a);
        html! {
            <li>
                <input type="checkbox" id={id.clone()} checked={props.screening.is_ticked(a)} {onchange} data-answer={a.key()} disabled={!started} />
                <label for={id}>{ a.question() }</label>
            </li>
        }
    };
    let group = |legend: &'static str, answers: Vec<Answer>| {
        html! {
            <fieldset class="screen__group">
                <legend>{ legend }</legend>
                <ul class="screen__list">{ for answers.into_iter().map(item) }</ul>
            </fieldset>
        }
    };
    html! {
        <div class="screen" data-testid="safety-screen" role="group" aria-labelledby="screen-heading">
            <h3 id="screen-heading">{ safety::SCREEN_HEADING }</h3>
            <p class="screen__intro">{ safety::SCREEN_INTRO }</p>
            { group(safety::RED_FLAGS_LEGEND, RedFlag::ALL.iter().map(|&f| Answer::Flag(f)).chain([Answer::NoRedFlags]).collect()) }
            { group(safety::OTHER_LEGEND, vec![Answer::NoBetter, Answer::Under16]) }
            { group(safety::CAUTIONS_LEGEND, Caution::ALL.iter().map(|&c| Answer::Caution(c)).collect()) }
            <ul class="screen__list screen__list--none">{ item(Answer::NoneApply) }</ul>
            <p class="screen__source">{ safety::RED_FLAG_SOURCE }</p>
        </div>
    }
}
