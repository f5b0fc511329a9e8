//! "Show my therapist": the programme's weeks, each exercise, and the effort and pain noted,
//! as tables and a chart, with a QR code and link that open the same summary on the clinic's
//! screen. Renders the model's `Review`; nothing else.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::share::{qr_svg, Share};
use crate::model::chart::ratings_svg;
use crate::model::exercises::exercise;
use crate::model::qr::qr_path;
use crate::model::review::Review;
use crate::model::words::calendar::date as date_words;
use crate::model::words::review as w;
use crate::state::review_code;

#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    pub review: Rc<Review>,
    /// This page's address, on the client's phone: the QR code and link are offered. None on
    /// the clinic's screen, which opened the summary from that link.
    #[prop_or_default]
    pub page: Option<AttrValue>,
}

#[component]
pub fn ReviewPanel(props: &ReviewProps) -> Html {
    let r = &props.review;
    let chart = use_memo(props.review.clone(), move |r| {
        Html::from_html_unchecked(AttrValue::from(ratings_svg(&r.ratings, Review::first_day(r.since, r.made), r.made)))
    });
    let noted = |f: fn(&crate::model::review::Rating) -> Option<u32>| {
        let values: Vec<u32> = r.ratings.iter().filter_map(f).collect();
        (values.first().copied(), values.last().copied())
    };
    let (e0, e1) = noted(|x| x.effort);
    let (p0, p1) = noted(|x| x.pain);
    let trend = w::trend(e0, e1, p0, p1, r.ratings.len());
    let cell = |v: Option<u32>| v.map_or_else(|| w::NOT_NOTED.to_string(), |v| v.to_string());
    let shared = props.page.is_none();
    // Opened from a link on the clinic's screen: bring the summary into view.
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(shared, move |shared| {
            if let (true, Some(el)) = (*shared, node.cast::<web_sys::Element>()) {
                el.scroll_into_view();
            }
        });
    }
    let link = props.page.as_ref().map(|page| review_code::link(page, r));
    html! {
        <section class="review" ref={node} aria-labelledby="review-heading" data-testid={if shared { "shared-review" } else { "review" }}>
            <h2 id="review-heading">{ if shared { w::SHARED_HEADING } else { w::HEADING } }</h2>
            <p>{ w::since(r.since, r.made) }</p>
            if let Some(m) = r.measured.filter(|_| crate::model::photo::MEASURE) {
                <p data-testid="review-measured">
                    { m.told() }
                </p>
            }
            <div class="review__tables">
                { done_planned("review-weeks", w::WEEKS_CAPTION, w::COL_WEEK,
                    r.weeks.iter().map(|wk| (date_words(wk.start), wk.done, wk.planned))) }
                { done_planned("review-exercises", w::EXERCISES_CAPTION, w::COL_EXERCISE,
                    r.exercises.iter().map(|e| (exercise(e.id).name.to_string(), e.done, e.planned))) }
            </div>
            <h3>{ w::RATINGS_HEADING }</h3>
            if r.ratings.is_empty() {
                <p data-testid="review-no-ratings">{ w::NO_RATINGS }</p>
            } else {
                <figure class="review__chart">
                    <div class="chart__svg" role="img" aria-label={trend.clone()} data-testid="review-chart">{ (*chart).clone() }</div>
                    <ul class="chart__key" aria-hidden="true">
                        <li><svg viewBox="0 0 28 10"><line class="chart__key-tilt" x1="2" x2="26" y1="5" y2="5" /></svg>{ w::KEY_EFFORT }</li>
                        <li><svg viewBox="0 0 28 10"><line class="chart__key-curve" x1="2" x2="26" y1="5" y2="5" /></svg>{ w::KEY_PAIN }</li>
                    </ul>
                    <figcaption>{ trend }</figcaption>
                </figure>
                <details class="chart__data">
                    <summary>{ crate::model::words::chart::SHOW_NUMBERS }</summary>
                    <table data-testid="review-ratings">
                        <thead><tr>
                            <th scope="col">{ w::COL_DATE }</th><th scope="col">{ w::COL_EFFORT }</th><th scope="col">{ w::COL_PAIN }</th>
                        </tr></thead>
                        <tbody>{ for r.ratings.iter().map(|x| html! {
                            <tr><th scope="row">{ date_words(x.date) }</th><td>{ cell(x.effort) }</td><td>{ cell(x.pain) }</td></tr>
                        }) }</tbody>
                    </table>
                </details>
            }
            if let Some(link) = link {
                <div class="review__send">
                    <h3>{ w::QR_HEADING }</h3>
                    <p>{ w::QR_TEXT }</p>
                    if let Some((size, d)) = qr_path(&link) {
                        { qr_svg(size, d, w::QR_LABEL, "review-qr".into(), None) }
                    }
                    <Share url={AttrValue::from(link)} label={AttrValue::from(w::LINK_LABEL)} id="review-link" />
                </div>
            }
        </section>
    }
}

/// A table of days done against days planned, one row per week or per exercise.
fn done_planned(testid: &'static str, caption: &'static str, first: &'static str, rows: impl Iterator<Item = (String, u32, u32)>) -> Html {
    html! {
        <table class="review__table" data-testid={testid}>
            <caption>{ caption }</caption>
            <thead><tr>
                <th scope="col">{ first }</th><th scope="col">{ w::COL_DONE }</th><th scope="col">{ w::COL_PLANNED }</th>
            </tr></thead>
            <tbody>{ for rows.map(|(name, done, planned)| html! {
                <tr><th scope="row">{ name }</th><td>{ done }</td><td>{ planned }</td></tr>
            }) }</tbody>
        </table>
    }
}
