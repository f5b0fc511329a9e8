use std::rc::Rc;

use yew::prelude::*;

use crate::components::review::ReviewPanel;
use crate::hooks::browser::page_address;
use crate::model::review::Review;
use crate::model::words::review as r;

use crate::hooks::{Clock, ProgressHandle};
use crate::model::chart;
use crate::model::words::progress as w;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub handle: ProgressHandle,
    /// The programme's summary, when this device keeps a therapist's programme.
    #[prop_or_default]
    pub review: Option<Rc<Review>>,
}

/// Sessions per week and the streak, kept on this device, with a way to forget it all.
#[component]
pub fn ProgressPanel(props: &ProgressProps) -> Html {
    let started = crate::hooks::use_started();
    let h = &props.handle;
    let today = use_context::<Clock>().unwrap_or_default().today();
    let weeks = h.progress.sessions_per_week(today, 8);
    let streak = h.progress.streak(today);
    let svg = use_memo(weeks.clone(), |w| Html::from_html_unchecked(AttrValue::from(chart::progress_svg(w))));
    let total: u32 = weeks.iter().map(|w| w.1).sum();
    let summary = w::summary(total, weeks.last().map_or(0, |wk| wk.1), streak);
    let forget = h.forget.reform(|_: MouseEvent| ());
    let showing = use_state(|| false);
    let toggle = {
        let showing = showing.clone();
        Callback::from(move |_: MouseEvent| showing.set(!*showing))
    };
    html! {
        <section class="progress" aria-labelledby="progress-heading" data-testid="progress">
            <h2 id="progress-heading">{ w::HEADING }</h2>
            if let Some(n) = &h.notice {
                <p class="notice" role="status" data-testid="storage-notice">{ n }</p>
            }
            <p class="progress__streak" data-testid="progress-summary">{ summary.clone() }</p>
            <div class="chart__svg" role="img" aria-label={w::chart_label(&summary)}>
                { (*svg).clone() }
            </div>
            if let Some(review) = props.review.clone() {
                <button type="button" class="button" onclick={toggle} aria-expanded={showing.to_string()} data-testid="show-therapist">
                    { if *showing { r::HIDE } else { r::SHOW } }
                </button>
                if *showing {
                    <ReviewPanel {review} page={AttrValue::from(page_address())} />
                }
            }
            <p class="progress__privacy">
                { w::PRIVACY }
            </p>
            <button type="button" class="button button--quiet" onclick={forget} data-testid="forget" disabled={!started}>
                { w::FORGET }
            </button>
        </section>
    }
}
