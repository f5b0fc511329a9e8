use yew::prelude::*;

use crate::model::chart;
use crate::model::explain::degrees;
use crate::model::posture::Inputs;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub inputs: Inputs,
}

/// Pelvic tilt and lumbar curve across the hip-flexor range, with the person's point.
#[component]
pub fn Chart(props: &ChartProps) -> Html {
    let svg = use_memo(props.inputs, |i| Html::from_html_unchecked(AttrValue::from(chart::svg(i))));
    let summary = chart::summary(&props.inputs);
    html! {
        <section class="chart" aria-labelledby="chart-heading">
            <h2 id="chart-heading">{ "Where you sit on the curve" }</h2>
            <figure class="chart__figure">
                <div class="chart__svg" role="img" aria-label={summary.clone()} data-testid="chart">
                    { (*svg).clone() }
                </div>
                <ul class="chart__key" aria-hidden="true">
                    <li><svg viewBox="0 0 28 10"><line class="chart__key-tilt" x1="2" x2="26" y1="5" y2="5" /></svg>{ "Pelvic tilt (solid)" }</li>
                    <li><svg viewBox="0 0 28 10"><line class="chart__key-curve" x1="2" x2="26" y1="5" y2="5" /></svg>{ "Lumbar curve (dashed)" }</li>
                    <li><svg viewBox="0 0 28 10"><rect class="chart__key-band" x="2" y="1" width="24" height="8" /></svg>{ "Typical range (shaded)" }</li>
                </ul>
                <figcaption>{ summary }{ " Shaded bands: the typical ranges." }</figcaption>
            </figure>
            <details class="chart__data">
                <summary>{ "Show the numbers" }</summary>
                <table>
                    <caption>{ "Pelvic tilt and lumbar curve at each hip-flexor setting, other settings as you chose" }</caption>
                    <thead><tr>
                        <th scope="col">{ "Hip flexor tightness" }</th>
                        <th scope="col">{ "Pelvic tilt" }</th>
                        <th scope="col">{ "Lumbar curve" }</th>
                    </tr></thead>
                    <tbody>
                        { for chart::table_rows(&props.inputs).into_iter().map(|r| html! {
                            <tr>
                                <th scope="row">{ format!("{:.0} of 10", r.hip_flexor_tightness) }</th>
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
