use yew::prelude::*;

use crate::model::explain::{self, Point};
use crate::model::words::explanation as w;
use crate::model::posture::{Inputs, Posture};

#[derive(Properties, PartialEq)]
pub struct ExplanationProps {
    pub inputs: Inputs,
    pub posture: Posture,
    /// The compact embedded widget: the first link of the chain only.
    #[prop_or_default]
    pub compact: bool,
}

/// The chain of cause and effect for these inputs, then the clinic's article points.
#[component]
pub fn Explanation(props: &ExplanationProps) -> Html {
    let mut chain = explain::chain(&props.inputs, &props.posture);
    if props.compact {
        chain.truncate(1);
    }
    html! {
        <section class="explanation" aria-labelledby="explanation-heading">
            <h2 id="explanation-heading">{ w::HEADING }</h2>
            <ol class="chain" data-testid="chain">
                { for chain.into_iter().map(|s| html! { <li>{ s }</li> }) }
            </ol>
            if !props.compact {
                <ArticlePoints />
            }
        </section>
    }
}

/// The clinic's article: why hips get tight, how therapists picture the link, what helps.
#[component]
fn ArticlePoints() -> Html {
    html! {
        <div class="article-points" data-testid="article-points">
            { points(w::CAUSES, &explain::CAUSES) }
            { points(w::MECHANISMS, &explain::MECHANISMS) }
            { points(w::WHAT_HELPS, &explain::WHAT_HELPS) }
        </div>
    }
}

fn points(title: &'static str, items: &[Point]) -> Html {
    html! {
        <>
            <h3>{ title }</h3>
            <ul class="points">
                { for items.iter().map(|p| html! {
                    <li><strong>{ p.title }{ ". " }</strong>{ p.text }</li>
                }) }
            </ul>
        </>
    }
}
