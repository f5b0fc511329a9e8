//! The one figure renderer: draws a skeleton (the explainer's posture or an exercise pose)
//! as SVG. Components choose which layers to show.

use yew::prelude::*;

use crate::model::figure::{polygon_d, polyline_d, smooth_d, Point, Skeleton, HEAD_RADIUS};
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

/// How long one repetition of an exercise's movement takes on screen.
const MOVE_SECONDS: &str = "5s";

/// An SVG animation of one attribute: start, move to the end, hold, move back, rest.
fn motion(attr: &'static str, from: &str, to: &str) -> Html {
    html! {
        <animate attributeName={attr} values={format!("{from};{to};{to};{from};{from}")}
            keyTimes="0;0.35;0.6;0.95;1" calcMode="spline"
            keySplines="0.45 0 0.55 1;0 0 1 1;0.45 0 0.55 1;0 0 1 1"
            dur={MOVE_SECONDS} repeatCount="indefinite" />
    }
}

/// A path of the figure; with `end`, it moves to that path and back (same commands, other points).
fn shape(class: &'static str, d: String, end: Option<String>) -> Html {
    match end {
        None => html! { <path {class} {d} /> },
        Some(to) => html! { <path {class} d={d.clone()}>{ motion("d", &d, &to) }</path> },
    }
}

fn dot(class: &'static str, c: Point, end: Option<Point>, r: String) -> Html {
    let (cx, cy) = (fmt_num(c.x), fmt_num(c.y));
    match end {
        None => html! { <circle {class} {cx} {cy} {r} /> },
        Some(to) => html! {
            <circle {class} cx={cx.clone()} cy={cy.clone()} {r}>
                { motion("cx", &cx, &fmt_num(to.x)) }
                { motion("cy", &cy, &fmt_num(to.y)) }
            </circle>
        },
    }
}

pub fn body(sk: &Skeleton) -> Html {
    body_moving(sk, None)
}

/// The body's soft outline; with `end`, moving between the two poses.
pub fn body_moving(sk: &Skeleton, end: Option<&Skeleton>) -> Html {
    let far = &sk.far_leg;
    let e = |f: &dyn Fn(&Skeleton) -> String| end.map(f);
    html! {
        <g class="fig-body" aria-hidden="true">
            { shape("fig-body__far-limb", polyline_d(&[sk.shoulder, sk.far_elbow, sk.far_wrist]), e(&|k| polyline_d(&[k.shoulder, k.far_elbow, k.far_wrist]))) }
            { shape("fig-body__far-limb fig-body__far-leg", polyline_d(&[sk.hip, far.knee, far.ankle]), e(&|k| polyline_d(&[k.hip, k.far_leg.knee, k.far_leg.ankle]))) }
            { shape("fig-body__far-limb fig-body__foot", polyline_d(&[far.heel, far.toe]), e(&|k| polyline_d(&[k.far_leg.heel, k.far_leg.toe]))) }
            { shape("fig-body__trunk", smooth_d(&sk.trunk_axis), e(&|k| smooth_d(&k.trunk_axis))) }
            { dot("fig-body__buttock", sk.buttock_centre, end.map(|k| k.buttock_centre), "30".to_string()) }
            { shape("fig-body__thigh", polyline_d(&[sk.hip, sk.knee]), e(&|k| polyline_d(&[k.hip, k.knee]))) }
            { shape("fig-body__shank", polyline_d(&[sk.knee, sk.ankle]), e(&|k| polyline_d(&[k.knee, k.ankle]))) }
            { shape("fig-body__foot", polyline_d(&[sk.heel, sk.toe]), e(&|k| polyline_d(&[k.heel, k.toe]))) }
            { shape("fig-body__neck", polyline_d(&sk.upper_spine[5..]), e(&|k| polyline_d(&k.upper_spine[5..]))) }
            { dot("fig-body__head", sk.head_centre, end.map(|k| k.head_centre), fmt_num(HEAD_RADIUS)) }
            { shape("fig-body__arm", polyline_d(&[sk.shoulder, sk.elbow, sk.wrist]), e(&|k| polyline_d(&[k.shoulder, k.elbow, k.wrist]))) }
        </g>
    }
}

pub fn bones(sk: &Skeleton) -> Html {
    bones_moving(sk, None)
}

/// The skeleton's bones; with `end`, moving between the two poses.
pub fn bones_moving(sk: &Skeleton, end: Option<&Skeleton>) -> Html {
    let e = |f: &dyn Fn(&Skeleton) -> String| end.map(f);
    html! {
        <g class="fig-bones" aria-hidden="true">
            { shape("fig-bone fig-bone--far", polyline_d(&[sk.hip, sk.far_leg.knee, sk.far_leg.ankle]), e(&|k| polyline_d(&[k.hip, k.far_leg.knee, k.far_leg.ankle]))) }
            { shape("fig-bone", polyline_d(&[sk.hip, sk.knee, sk.ankle]), e(&|k| polyline_d(&[k.hip, k.knee, k.ankle]))) }
            { shape("fig-bone fig-bone--spine", smooth_d(&sk.upper_spine), e(&|k| smooth_d(&k.upper_spine))) }
            { shape("fig-pelvis", polygon_d(&sk.pelvis_outline), e(&|k| polygon_d(&k.pelvis_outline))) }
            { shape("fig-sacrum", polygon_d(&sk.sacrum_outline), e(&|k| polygon_d(&k.sacrum_outline))) }
            { dot("fig-joint", sk.hip, end.map(|k| k.hip), "6".to_string()) }
            { for sk.lumbar.iter().enumerate().map(|(n, v)| shape(
                "fig-vertebra",
                polygon_d(&Skeleton::vertebra_corners(v)),
                end.map(|k| polygon_d(&Skeleton::vertebra_corners(&k.lumbar[n]))),
            )) }
            { dot("fig-landmark", sk.asis, end.map(|k| k.asis), "3.5".to_string()) }
            { dot("fig-landmark", sk.psis, end.map(|k| k.psis), "3.5".to_string()) }
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

/// A worked muscle on a moving exercise figure: no label, moving with the body.
pub fn muscle_moving(sk: &Skeleton, end: &Skeleton, m: Muscle) -> Html {
    let ends = end.muscle_paths(m);
    html! {
        <g class={classes!("fig-muscle", state_class(MuscleState::Tight))} aria-hidden="true">
            { for sk.muscle_paths(m).iter().enumerate().map(|(k, p)| shape("", smooth_d(p), ends.get(k).map(|q| smooth_d(q)))) }
        </g>
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

