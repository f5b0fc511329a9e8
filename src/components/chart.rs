use yew::prelude::*;

use crate::components::island;
use crate::model::chart;
use crate::model::explain::degrees;
use crate::model::posture::Inputs;
use crate::model::words::{chart as w, figure as f};

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub inputs: Inputs,
}

/// Pelvic tilt and lumbar curve across the hip-flexor range, with the person's point.
#[component]
pub fn Chart(props: &ChartProps) -> Html {
    // Taking over the prerendered page, the first drawing is already there: it is kept (raw
    // HTML with nothing in it keeps what the page has) rather than drawn again and thrown away.
    // A chart is only ever first drawn in the page's own place, at the page's inputs.
    let drawn = use_mut_ref(|| false);
    let svg = use_memo(props.inputs, move |i| {
        let first = !drawn.replace(true);
        let svg = if first && island::hydrating() { String::new() } else { chart::svg(i) };
        Html::from_html_unchecked(AttrValue::from(svg))
    });
    let summary = chart::summary(&props.inputs);
    html! {
        <section class="chart" aria-labelledby="chart-heading">
            <h2 id="chart-heading">{ w::HEADING }</h2>
            <figure class="chart__figure">
                <div class="chart__svg" role="img" aria-label={summary.clone()} data-testid="chart">
                    { (*svg).clone() }
                </div>
                <ul class="chart__key" aria-hidden="true">
                    <li><svg viewBox="0 0 28 10"><line class="chart__key-tilt" x1="2" x2="26" y1="5" y2="5" /></svg>{ w::KEY_TILT }</li>
                    <li><svg viewBox="0 0 28 10"><line class="chart__key-curve" x1="2" x2="26" y1="5" y2="5" /></svg>{ w::KEY_CURVE }</li>
                    <li><svg viewBox="0 0 28 10"><rect class="chart__key-band" x="2" y="1" width="24" height="8" /></svg>{ w::KEY_BAND }</li>
                </ul>
                <figcaption>{ w::caption(&summary) }</figcaption>
            </figure>
            <details class="chart__data">
                <summary>{ w::SHOW_NUMBERS }</summary>
                <table>
                    <caption>{ w::TABLE_CAPTION }</caption>
                    <thead><tr>
                        <th scope="col">{ w::COL_HIP_FLEXORS }</th>
                        <th scope="col">{ f::PELVIC_TILT }</th>
                        <th scope="col">{ f::LUMBAR_CURVE }</th>
                    </tr></thead>
                    <tbody>
                        { for chart::table_rows(&props.inputs).into_iter().map(|r| html! {
                            <tr>
                                <th scope="row">{ w::of_ten(r.hip_flexor_tightness) }</th>
                                <td>{ degrees(r.pelvic_tilt_deg) }</td>
                                <td>{ degrees(r.lumbar_lordosis_deg) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </details>
        </section>
    }
}
