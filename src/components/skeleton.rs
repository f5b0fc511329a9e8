//! The one figure renderer: draws a skeleton (the explainer's posture or an exercise pose)
//! as SVG. Components choose which layers to show.

use yew::prelude::*;

use crate::model::figure::{polygon_d, polyline_d, smooth_d, Skeleton, HEAD_RADIUS};
use crate::model::num::fmt_num;
use crate::model::posture::{Muscle, MuscleState};

pub fn state_class(s: MuscleState) -> &'static str {
    match s {
        MuscleState::Normal => "muscle--normal",
        MuscleState::Tight => "muscle--tight",
        // Drawn red like a tight muscle; the words say "working harder".
        MuscleState::WorkingHarder => "muscle--tight",
        MuscleState::Weak => "muscle--weak",
    }
}

pub fn body(sk: &Skeleton) -> Html {
    let far = &sk.far_leg;
    html! {
        <g class="fig-body" aria-hidden="true">
            <path class="fig-body__far-limb" d={polyline_d(&[sk.shoulder, sk.far_elbow, sk.far_wrist])} />
            <path class="fig-body__far-limb fig-body__far-leg" d={polyline_d(&[sk.hip, far.knee, far.ankle])} />
            <path class="fig-body__far-limb fig-body__foot" d={polyline_d(&[far.heel, far.toe])} />
            <path class="fig-body__trunk" d={smooth_d(&sk.trunk_axis)} />
            <circle class="fig-body__buttock" cx={fmt_num(sk.buttock_centre.x)} cy={fmt_num(sk.buttock_centre.y)} r="30" />
            <path class="fig-body__thigh" d={polyline_d(&[sk.hip, sk.knee])} />
            <path class="fig-body__shank" d={polyline_d(&[sk.knee, sk.ankle])} />
            <path class="fig-body__foot" d={polyline_d(&[sk.heel, sk.toe])} />
            <path class="fig-body__neck" d={polyline_d(&sk.upper_spine[5..])} />
            <circle class="fig-body__head" cx={fmt_num(sk.head_centre.x)} cy={fmt_num(sk.head_centre.y)} r={fmt_num(HEAD_RADIUS)} />
            <path class="fig-body__arm" d={polyline_d(&[sk.shoulder, sk.elbow, sk.wrist])} />
        </g>
    }
}

pub fn bones(sk: &Skeleton) -> Html {
    html! {
        <g class="fig-bones" aria-hidden="true">
            <path class="fig-bone fig-bone--far" d={polyline_d(&[sk.hip, sk.far_leg.knee, sk.far_leg.ankle])} />
            <path class="fig-bone" d={polyline_d(&[sk.hip, sk.knee, sk.ankle])} />
            <path class="fig-bone fig-bone--spine" d={smooth_d(&sk.upper_spine)} />
            <path class="fig-pelvis" d={polygon_d(&sk.pelvis_outline)} />
            <path class="fig-sacrum" d={polygon_d(&sk.sacrum_outline)} />
            <circle class="fig-joint" cx={fmt_num(sk.hip.x)} cy={fmt_num(sk.hip.y)} r="6" />
            { for sk.lumbar.iter().map(|v| html! {
                <path class="fig-vertebra" d={polygon_d(&Skeleton::vertebra_corners(v))} />
            }) }
            <circle class="fig-landmark" cx={fmt_num(sk.asis.x)} cy={fmt_num(sk.asis.y)} r="3.5" />
            <circle class="fig-landmark" cx={fmt_num(sk.psis.x)} cy={fmt_num(sk.psis.y)} r="3.5" />
        </g>
    }
}

/// Names short enough to fit beside the figure on a phone.
fn short_name(m: Muscle) -> &'static str {
    match m {
        Muscle::LowerBack => "Lower back",
        m => m.name(),
    }
}

/// Where each muscle's state label sits, relative to the middle of its line.
fn label_offset(m: Muscle) -> (f64, f64, &'static str) {
    match m {
        Muscle::HipFlexors => (26.0, 6.0, "start"),
        Muscle::Abdominals => (30.0, 0.0, "start"),
        Muscle::Hamstrings => (-24.0, 0.0, "end"),
        Muscle::Glutes => (-34.0, 4.0, "end"),
        Muscle::LowerBack => (-30.0, 0.0, "end"),
    }
}

pub fn muscle(sk: &Skeleton, m: Muscle, s: MuscleState, labelled: bool) -> Html {
    let paths = sk.muscle_paths(m);
    let label = (labelled && s != MuscleState::Normal).then(|| {
        let line = &paths[0];
        let mid = line[line.len() / 2];
        let (dx, dy, anchor) = label_offset(m);
        let x = fmt_num(mid.x + dx);
        html! {
            <text class="fig-muscle-label" x={x.clone()} y={fmt_num(mid.y + dy)} text-anchor={anchor}>
                if s == MuscleState::WorkingHarder {
                    // Two short lines: the long state would run off the figure's edge.
                    <tspan x={x.clone()}>{ short_name(m) }</tspan>
                    <tspan x={x} dy="1.15em">{ s.word() }</tspan>
                } else {
                    { format!("{} {}", short_name(m), s.word()) }
                }
            </text>
        }
    });
    html! {
        <g class={classes!("fig-muscle", state_class(s))} aria-hidden="true">
            { for paths.iter().map(|p| html! { <path d={smooth_d(p)} /> }) }
            { for label }
        </g>
    }
}

