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

/// Where the second module draws the clinic's article points, inside this section.
pub const ARTICLE_SLOT: &str = "article-slot";

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
                // The clinic's article points arrive with the second module (`ArticlePoints`),
                // so the first view does not carry them.
                <div id={ARTICLE_SLOT}></div>
            }
        </section>
    }
}

/// The clinic's article (why hips get tight, how therapists picture the link, what helps),
/// drawn by the second module into the explanation's slot.
#[component]
pub fn ArticlePoints() -> Html {
    let Some(host) = gloo::utils::document().get_element_by_id(ARTICLE_SLOT) else { return html! {} };
    create_portal(
        html! {
            <div class="article-points" data-testid="article-points">
                { points(w::CAUSES, &explain::CAUSES) }
                { points(w::MECHANISMS, &explain::MECHANISMS) }
                { points(w::WHAT_HELPS, &explain::WHAT_HELPS) }
            </div>
        },
        host,
    )
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
