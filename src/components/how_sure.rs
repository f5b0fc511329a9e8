use yew::prelude::*;

use crate::model::evidence::{Source, MODEL_SOURCES, NICE_NG59, PLAN_SOURCES, WEAK_LINK_SOURCES};
use crate::model::words::{evidence, explanation, how_sure as w, GLOSSARY};

/// What is inside "How sure is this?": the honest limits of the figure and its score, with the
/// sources. It never changes, so the browser takes it over from the page (`components::fixed`).
pub fn how_sure() -> Html {
    html! {
        <>
            <h2 id="how-sure-heading">{ w::HEADING }</h2>
            <p>{ w::ILLUSTRATION }</p>
            <ul class="sources">
                { for WEAK_LINK_SOURCES.iter().map(source) }
            </ul>
            <details class="glossary" data-testid="glossary">
                <summary>{ explanation::GLOSSARY }</summary>
                <dl>
                    { for GLOSSARY.iter().map(|(term, gloss)| html! {
                        <><dt>{ *term }</dt><dd>{ *gloss }</dd></>
                    }) }
                </dl>
            </details>
            <h3>{ w::LOAD_HEADING }</h3>
            <p data-testid="load-explained">{ w::LOAD_TEXT }</p>
            <h3>{ w::HIP_HEADING }</h3>
            <p>{ w::HIP_TEXT }</p>
            <h3>{ w::WHY_HELPS }</h3>
            <p>{ w::WHY_HELPS_TEXT }</p>
            <ul class="sources">{ source(&NICE_NG59) }</ul>
            <details class="sources-more">
                <summary>{ w::NUMBERS_FROM }</summary>
                <ul class="sources">
                    { for MODEL_SOURCES.iter().map(source) }
                </ul>
            </details>
            <details class="sources-more">
                <summary>{ w::PLAN_FROM }</summary>
                <ul class="sources">
                    { for PLAN_SOURCES.iter().map(source) }
                </ul>
            </details>
        </>
    }
}

fn source(s: &Source) -> Html {
    html! {
        <li>
            <strong>{ evidence::cited(s.key) }</strong>{ s.finding }
            <span class="sources__ref">{ " " }{ s.reference }</span>
        </li>
    }
}
