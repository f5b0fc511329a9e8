use yew::prelude::*;

use crate::components::fixed::{fixed, Part};
use crate::model::explain::{self, Point};
use crate::model::posture::{posture, Inputs};
use crate::model::words::explanation as w;

#[derive(Properties, PartialEq, Clone)]
pub struct ExplanationProps {
    pub inputs: Inputs,
    /// The compact embedded widget: the first link of the chain only, and no article.
    pub compact: bool,
}

impl ExplanationProps {
    /// What the page is prerendered with (`components::island`).
    pub fn at_start() -> Self {
        ExplanationProps { inputs: Inputs::default(), compact: false }
    }
}

/// The chain of cause and effect for these inputs, then the clinic's article points. An island
/// of its own (`components::island`), hydrated after the sliders and the figure.
#[component]
pub fn Explanation(props: &ExplanationProps) -> Html {
    let (inputs, compact) = (&props.inputs, props.compact);
    let mut chain = explain::chain(inputs, &posture(inputs));
    if compact {
        chain.truncate(1);
    }
    html! {
        <section class="explanation" aria-labelledby="explanation-heading">
            <h2 id="explanation-heading">{ w::HEADING }</h2>
            <ol class="chain" data-testid="chain">
                { for chain.into_iter().map(|s| html! { <li>{ s }</li> }) }
            </ol>
            if !compact {
                { fixed(Part::Article) }
            }
        </section>
    }
}

/// What is inside the clinic's article: why hips get tight, how therapists picture the link,
/// what helps. It never changes, so the browser takes it over from the page
/// (`components::fixed`).
pub fn article_points() -> Html {
    html! {
        <>
            { points(w::CAUSES, &explain::CAUSES) }
            { points(w::MECHANISMS, &explain::MECHANISMS) }
            { points(w::WHAT_HELPS, &explain::WHAT_HELPS) }
        </>
    }
}

fn points(title: &'static str, items: &[Point]) -> Html {
    html! {
        <>
            <h3>{ title }</h3>
            <ul class="points">
                { for items.iter().map(|p| html! {
                    <li><strong>{ p.title }{ crate::model::words::punctuation::RUN_IN }</strong>{ p.text }</li>
                }) }
            </ul>
        </>
    }
}
