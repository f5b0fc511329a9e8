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
        // A neutral colour, solid: "busier" in the idea, neither tight nor a warning.
        MuscleState::WorkingHarder => "muscle--busy",
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

/// A path of the figure, drawn by `d` from the skeleton; with `end`, it moves to the same
/// path drawn from the end pose and back (same commands, other points).
/// (`d` is a `dyn`: one copy of this function serves every part of the figure.)
fn shape(class: &'static str, sk: &Skeleton, end: Option<&Skeleton>, d: &dyn Fn(&Skeleton) -> String) -> Html {
    let from = d(sk);
    match end.map(d) {
        None => html! { <path {class} d={from} /> },
        Some(to) => html! { <path {class} d={from.clone()}>{ motion("d", &from, &to) }</path> },
    }
}

/// A circle at the point `at` picks from the skeleton; with `end`, moving with the end pose.
fn dot(class: &'static str, sk: &Skeleton, end: Option<&Skeleton>, at: &dyn Fn(&Skeleton) -> Point, r: String) -> Html {
    let c = at(sk);
    let (cx, cy) = (fmt_num(c.x), fmt_num(c.y));
    match end.map(at) {
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
    html! {
        <g class="fig-body" aria-hidden="true">
            { shape("fig-body__far-limb", sk, end, &|k| polyline_d(&[k.shoulder, k.far_elbow, k.far_wrist])) }
            { shape("fig-body__far-limb fig-body__far-leg", sk, end, &|k| polyline_d(&[k.hip, k.far_leg.knee, k.far_leg.ankle])) }
            { shape("fig-body__far-limb fig-body__foot", sk, end, &|k| polyline_d(&[k.far_leg.heel, k.far_leg.toe])) }
            { shape("fig-body__trunk", sk, end, &|k| smooth_d(&k.trunk_axis)) }
            { dot("fig-body__buttock", sk, end, &|k| k.buttock_centre, "30".to_string()) }
            { shape("fig-body__thigh", sk, end, &|k| polyline_d(&[k.hip, k.knee])) }
            { shape("fig-body__shank", sk, end, &|k| polyline_d(&[k.knee, k.ankle])) }
            { shape("fig-body__foot", sk, end, &|k| polyline_d(&[k.heel, k.toe])) }
            { shape("fig-body__neck", sk, end, &|k| polyline_d(&k.upper_spine[5..])) }
            { dot("fig-body__head", sk, end, &|k| k.head_centre, fmt_num(HEAD_RADIUS)) }
            { shape("fig-body__arm", sk, end, &|k| polyline_d(&[k.shoulder, k.elbow, k.wrist])) }
        </g>
    }
}

pub fn bones(sk: &Skeleton) -> Html {
    bones_moving(sk, None)
}

/// The skeleton's bones; with `end`, moving between the two poses.
pub fn bones_moving(sk: &Skeleton, end: Option<&Skeleton>) -> Html {
    html! {
        <g class="fig-bones" aria-hidden="true">
            { shape("fig-bone fig-bone--far", sk, end, &|k| polyline_d(&[k.hip, k.far_leg.knee, k.far_leg.ankle])) }
            { shape("fig-bone", sk, end, &|k| polyline_d(&[k.hip, k.knee, k.ankle])) }
            { shape("fig-bone fig-bone--spine", sk, end, &|k| smooth_d(&k.upper_spine)) }
            { shape("fig-pelvis", sk, end, &|k| polygon_d(&k.pelvis_outline)) }
            { shape("fig-sacrum", sk, end, &|k| polygon_d(&k.sacrum_outline)) }
            { dot("fig-joint", sk, end, &|k| k.hip, "6".to_string()) }
            { for (0..sk.lumbar.len()).map(|n| shape("fig-vertebra", sk, end, &move |k| polygon_d(&Skeleton::vertebra_corners(&k.lumbar[n])))) }
            { dot("fig-landmark", sk, end, &|k| k.asis, "3.5".to_string()) }
            { dot("fig-landmark", sk, end, &|k| k.psis, "3.5".to_string()) }
        </g>
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
            { for sk.muscle_paths(m).iter().zip(&ends).map(|(p, q)| {
                let (from, to) = (smooth_d(p), smooth_d(q));
                html! { <path d={from.clone()}>{ motion("d", &from, &to) }</path> }
            }) }
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
        // One line, or two where one would run off the figure's edge (the words decide).
        let (first, second) = crate::model::words::figure::muscle_lines(m, s);
        html! {
            <text class="fig-muscle-label" x={x.clone()} y={fmt_num(mid.y + dy)} text-anchor={anchor}>
                if second.is_empty() {
                    { first }
                } else {
                    <tspan x={x.clone()}>{ first }</tspan>
                    <tspan x={x} dy="1.15em">{ second }</tspan>
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
