use yew::prelude::*;

use crate::model::words::embed as w;

/// In the compact embedded widget, in place of the plan: what the full page offers, and a
/// link that opens it in a new tab with the same settings. No exercises are listed here: the
/// plan is only shown after the safety questions, which the full page asks. `full_url`: the
/// full page with the same settings.
pub fn compact_plan(full_url: AttrValue) -> Html {
    html! {
        <section class="compact-plan" aria-labelledby="compact-plan-heading" data-testid="compact-plan">
            <h2 id="compact-plan-heading">{ w::PLAN_HEADING }</h2>
            <p>{ w::PLAN_TEXT }</p>
            <a class="button" href={full_url} target="_blank" rel="noopener" data-testid="open-full-plan">
                { w::OPEN_FULL_PLAN }<span class="visually-hidden">{ w::NEW_TAB }</span>
            </a>
        </section>
    }
}
