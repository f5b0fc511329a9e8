use yew::prelude::*;

use crate::components::skeleton::{body, bones, muscle, state_class};
use crate::hooks::same_frame::{use_live, use_spring, LivePort};
use crate::model::explain::{self, degrees};
use crate::model::figure::{self, polygon_d, polyline_d, skeleton, smooth_d, Point, Pose, Skeleton, HEAD_RADIUS};
use crate::model::num::{fmt_fixed, fmt_num};
use crate::model::posture::{muscle_state, posture, Inputs, Muscle, MuscleState, Posture};
use crate::model::words::figure as w;

#[derive(Properties, PartialEq)]
pub struct FigureProps {
    pub inputs: Inputs,
    pub posture: Posture,
    /// A frozen "before" to draw behind the figure (consultation mode).
    #[prop_or_default]
    pub before: Option<Posture>,
    /// Values sent here are drawn at once, until `inputs` catches up.
    #[prop_or_default]
    pub live: LivePort,
    /// A pelvic tilt measured from a photo: the pelvis is outlined at it, over the model's.
    #[prop_or_default]
    pub measured: Option<f64>,
}

/// The side-view figure. Muscle states follow the inputs at once; the bones ease to the
/// new posture.
#[component]
pub fn Figure(props: &FigureProps) -> Html {
    let live = use_live(&props.live, props.inputs);
    let (inputs, posture_now) = match live {
        Some(i) => (i, posture(&i)),
        None => (props.inputs, props.posture),
    };
    let target = [posture_now.pelvic_tilt_deg, posture_now.lumbar_lordosis_deg, posture_now.hip_extension_deg];
    let [tilt, lordosis, hip_extension] = use_spring(target, live.is_some());
    let shown = Pose { pelvic_tilt_deg: tilt, lumbar_lordosis_deg: lordosis, ..Pose::standing(&posture_now) };
    let sk = skeleton(&shown);
    // The typical posture never changes: draw its outline once.
    let typical = use_memo((), |_| ghost(&skeleton(&Pose::standing(&posture(&Inputs::default())))));

    let states: Vec<(Muscle, MuscleState)> = Muscle::ALL.iter().map(|&m| (m, muscle_state(m, &inputs, &posture_now))).collect();
    // The words follow the app's state (a frame after a slider), so the drag's own frame only
    // moves the drawing.
    let description = use_memo((props.inputs, props.posture), |(i, p)| {
        let states: Vec<(Muscle, MuscleState)> = Muscle::ALL.iter().map(|&m| (m, muscle_state(m, i, p))).collect();
        explain::figure_description(p, &states)
    });
    // The same words on every render: made once.
    let note = use_memo((), |_| explain::exaggeration_note());
    let measured = props.measured.filter(|_| crate::model::photo::MEASURE);

    html! {
        <figure class="figure">
            <svg
                class="figure__svg"
                viewBox={format!("0 0 {} {}", fmt_num(figure::WIDTH), fmt_num(figure::HEIGHT))}
                role="img"
                aria-labelledby="figure-title figure-desc"
                data-testid="posture-figure"
                data-pelvic-tilt={fmt_fixed(tilt, 2)}
            >
                <title id="figure-title">{ w::TITLE }</title>
                <desc id="figure-desc">{ (*description).clone() }</desc>
                <line class="fig-ground" x1="10" x2={fmt_num(figure::WIDTH - 10.0)}
                    y1={fmt_num(figure::GROUND_Y)} y2={fmt_num(figure::GROUND_Y)} />
                { (*typical).clone() }
                { for props.before.map(|b| before(&skeleton(&Pose::standing(&b)))) }
                { body(&sk) }
                { bones(&sk) }
                { for states.iter().map(|&(m, s)| muscle(&sk, m, s, true)) }
                { markers(&sk, hip_extension) }
                { for measured.map(|t| measured_outline(&sk, t)) }
            </svg>
            <figcaption class="figure__caption">
                <ul class="muscle-key" aria-label={w::KEY_LABEL}>
                    { for states.iter().map(|&(m, s)| html! {
                        <li class={classes!("muscle-key__item", state_class(s))}>
                            <svg class="muscle-key__swatch" viewBox="0 0 28 10" aria-hidden="true">
                                <line x1="2" x2="26" y1="5" y2="5" />
                            </svg>
                            <span>{ m.name() }{ crate::model::words::punctuation::LABEL }<strong>{ m.state_word(s) }</strong></span>
                        </li>
                    }) }
                    <li class="muscle-key__item muscle-key__item--ghost">
                        <svg class="muscle-key__swatch" viewBox="0 0 28 10" aria-hidden="true">
                            <line x1="2" x2="26" y1="5" y2="5" />
                        </svg>
                        <span>{ w::TYPICAL_OUTLINE }</span>
                    </li>
                    if measured.is_some() {
                        <li class="muscle-key__item muscle-key__item--measured">
                            <svg class="muscle-key__swatch" viewBox="0 0 28 10" aria-hidden="true">
                                <line x1="2" x2="26" y1="5" y2="5" />
                            </svg>
                            <span>{ w::MEASURED_OUTLINE }</span>
                        </li>
                    }
                </ul>
                <p class="muscle-key__lines" data-testid="key-lines">{ w::KEY_LINES }</p>
                <p class="figure__note" data-testid="figure-note">{ (*note).clone() }</p>
            </figcaption>
        </figure>
    }
}

fn lumbar_line(sk: &Skeleton) -> Vec<Point> {
    std::iter::once(sk.s1_centre).chain(sk.lumbar.iter().map(|v| v.centre)).chain(sk.upper_spine.iter().copied()).collect()
}

fn before(sk: &Skeleton) -> Html {
    html! {
        <g class="fig-before" data-testid="figure-before">
            <path d={polygon_d(&sk.pelvis_outline)} />
            <path d={smooth_d(&lumbar_line(sk))} />
            <text class="fig-marker__label fig-before__label" x={fmt_num(sk.head_centre.x - 30.0)} y={fmt_num(sk.head_centre.y - 28.0)} text-anchor="end">{ w::BEFORE }</text>
        </g>
    }
}

/// The pelvis at the tilt measured from a photo, dotted over the figure's.
fn measured_outline(sk: &Skeleton, tilt_deg: f64) -> Html {
    let (outline, _) = sk.pelvis_at_tilt(tilt_deg);
    html! { <path class="fig-measured" d={polygon_d(&outline)} data-testid="figure-measured" /> }
}

fn ghost(sk: &Skeleton) -> Html {
    html! {
        <g class="fig-ghost" aria-hidden="true">
            <path d={polygon_d(&sk.pelvis_outline)} />
            <path d={smooth_d(&lumbar_line(sk))} />
            <circle cx={fmt_num(sk.head_centre.x)} cy={fmt_num(sk.head_centre.y)} r={fmt_num(HEAD_RADIUS)} />
        </g>
    }
}

fn markers(sk: &Skeleton, hip_extension: f64) -> Html {
    let tilt = sk.pelvic_tilt_marker();
    let horizontal_end = tilt.point_at(0.0, tilt.radius + 12.0);
    let tilt_label = tilt.point_at(0.0, tilt.radius + 16.0);
    let [s1, l1] = sk.lordosis_guides();
    let reach = sk.hip_extension_reach(hip_extension);
    html! {
        <g class="fig-markers" aria-hidden="true">
            <path class="fig-marker__ray" d={polyline_d(&[tilt.vertex, horizontal_end])} />
            <path class="fig-marker__ray" d={polyline_d(&[sk.psis, sk.asis])} />
            <path class="fig-marker__arc" d={tilt.path_d()} />
            <text class="fig-marker__label" x={fmt_num(tilt_label.x)} y={fmt_num(tilt_label.y - 4.0)}>
                { w::marker(w::PELVIC_TILT_MARKER, &degrees(sk.pelvic_tilt_deg)) }
            </text>
            <path class="fig-marker__ray" d={polyline_d(&[s1.0, s1.1])} />
            <path class="fig-marker__ray" d={polyline_d(&[l1.0, l1.1])} />
            <text class="fig-marker__label" x={fmt_num(l1.1.x - 4.0)} y={fmt_num(l1.1.y - 8.0)} text-anchor="middle">
                { w::marker(w::LUMBAR_CURVE, &degrees(sk.lumbar_lordosis_deg)) }
            </text>
            <path class="fig-marker__reach" d={polyline_d(&[sk.hip, reach])} />
            <text class="fig-marker__label fig-marker__label--small" x={fmt_num(reach.x - 6.0)} y={fmt_num(reach.y + 14.0)} text-anchor="end">
                { w::marker(w::HIP_EXTENSION, &degrees(hip_extension)) }
            </text>
        </g>
    }
}
