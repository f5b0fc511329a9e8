use yew::prelude::*;

use crate::model::evidence::{Source, MODEL_SOURCES, NICE_NG59, WEAK_LINK_SOURCES};

/// "How sure is this?": the honest limits of the figure, with the sources.
#[component]
pub fn HowSure() -> Html {
    html! {
        <section class="how-sure" aria-labelledby="how-sure-heading">
            <h2 id="how-sure-heading">{ "How sure is this?" }</h2>
            <p>
                { "The figure is an illustration of an idea therapists use, not a measurement of you. \
                   Its numbers stay inside the ranges measured in healthy adults, but the research finds \
                   only weak links between how tight or strong your muscles are and how your pelvis tilts. \
                   Bone shape alone varies the tilt as much as the whole normal range." }
            </p>
            <ul class="sources">
                { for WEAK_LINK_SOURCES.iter().map(source) }
            </ul>
            <h3>{ "Why stretching, strengthening and moving still help" }</h3>
            <p>
                { "Exercise is one of the best-supported treatments for low back pain: guidelines advise \
                   staying active and following a structured exercise programme, with hands-on treatment \
                   such as massage alongside it, not instead of it. Stretching and strengthening help \
                   people move more easily and feel better, even when their posture barely changes. So \
                   the advice stands; just don\u{2019}t expect it to \u{201c}fix\u{201d} your posture." }
            </p>
            <ul class="sources">{ source(&NICE_NG59) }</ul>
            <details class="sources-more">
                <summary>{ "Where the figure\u{2019}s numbers come from" }</summary>
                <ul class="sources">
                    { for MODEL_SOURCES.iter().map(source) }
                </ul>
            </details>
        </section>
    }
}

fn source(s: &Source) -> Html {
    html! {
        <li>
            <strong>{ s.key }{ ": " }</strong>{ s.finding }
            <span class="sources__ref">{ " " }{ s.reference }</span>
        </li>
    }
}
