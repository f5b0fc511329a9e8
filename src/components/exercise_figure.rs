use yew::prelude::*;

use crate::components::skeleton::{body, body_moving, bones, bones_moving, muscle, muscle_moving};
use crate::hooks::prefers_reduced_motion;
use crate::model::exercises::{exercise, poses, ExerciseId};
use crate::model::figure::{skeleton, Point, Skeleton};
use crate::model::num::fmt_fixed;
use crate::model::posture::{Muscle, MuscleState};
use crate::model::words::figure as w;

#[derive(Properties, PartialEq)]
pub struct ExerciseFigureProps {
    pub id: ExerciseId,
    /// The skeleton moves joint by joint (the guided session's one large figure). Otherwise
    /// (the cards) the start and end poses fade into each other, which the browser does off
    /// the main thread: eight cards moving joint by joint kept a desktop core a third busy.
    #[prop_or_default]
    pub moving: bool,
}

/// An exercise as the explainer's skeleton going from its start to its end pose and back, the
/// worked muscles highlighted and named. With reduced motion, and on paper, the start and the
/// end stand side by side instead.
#[component]
pub fn ExerciseFigure(props: &ExerciseFigureProps) -> Html {
    let e = exercise(props.id);
    let pair = use_memo(props.id, |id| {
        let (start, end) = poses(*id);
        (skeleton(&start), skeleton(&end))
    });
    let still = use_memo((), |_| prefers_reduced_motion());
    // Chromium schedules the SVG animations of a figure added after the page has loaded but
    // does not run them until they are started: start them together once drawn.
    let moving_ref = use_node_ref();
    {
        let moving_ref = moving_ref.clone();
        use_effect_with(props.id, move |_| {
            if let Some(svg) = moving_ref.cast::<web_sys::Element>() {
                begin_animations(&svg);
            }
        });
    }
    let (start, end) = (&pair.0, &pair.1);
    // One box that holds both poses, so nothing is cut off while it moves.
    let ((a0, a1), (b0, b1)) = (start.bounds(), end.bounds());
    let lo = Point::new(a0.x.min(b0.x), a0.y.min(b0.y));
    let hi = Point::new(a1.x.max(b1.x), a1.y.max(b1.y));
    let (width, height) = (hi.x - lo.x, hi.y - lo.y);
    let gap = width * 0.15;
    let worked: Vec<Muscle> = Muscle::ALL.iter().copied().filter(|m| e.targets.contains(m)).collect();
    let names: Vec<&str> = worked.iter().map(|m| m.name()).collect();
    let label = w::exercise_motion_label(e.name, e.steps[0], &names);
    let animated = pair.0 != pair.1 && !*still;
    let moving = animated && props.moving;
    let fading = animated && !props.moving;
    let side_by_side = html! {
        <svg class={classes!("exercise-figure", "exercise-figure--pair", animated.then_some("print-only"))}
            viewBox={view_box(lo, 2.0 * width + gap, height)}
            role="img" aria-label={label.clone()} data-testid="exercise-pair">
            <g>{ layers(start, &worked) }</g>
            <g transform={format!("translate({} 0)", fmt_fixed(width + gap, 0))}>{ layers(end, &worked) }</g>
        </svg>
    };
    if pair.0 == pair.1 {
        // Nothing moves (massage, on the couch): the one pose.
        let (lo, hi) = start.bounds();
        return html! {
            <figure class="exercise-figure-wrap">
                <svg class="exercise-figure" viewBox={view_box(lo, hi.x - lo.x, hi.y - lo.y)}
                    role="img" aria-label={w::exercise_label(e.name, e.steps[0])}>
                    { layers(start, &worked) }
                </svg>
            </figure>
        };
    }
    html! {
        <figure class="exercise-figure-wrap">
            if moving {
                <svg class="exercise-figure exercise-figure--moving" ref={moving_ref}
                    viewBox={view_box(lo, width, height)}
                    role="img" aria-label={label.clone()} data-testid="exercise-moving">
                    { body_moving(start, Some(end)) }
                    { bones_moving(start, Some(end)) }
                    { for worked.iter().map(|&m| muscle_moving(start, end, m)) }
                </svg>
            }
            if fading {
                <div class="exercise-figure exercise-figure-fade" role="img" aria-label={label.clone()} data-testid="exercise-fade">
                    { still_pose(start, &worked, lo, width, height, "exercise-figure-fade__from") }
                    { still_pose(end, &worked, lo, width, height, "exercise-figure-fade__to") }
                </div>
            }
            { side_by_side }
            if !names.is_empty() {
                <figcaption class="exercise-figure__works">{ w::working(&names) }</figcaption>
            }
        </figure>
    }
}

fn view_box(lo: Point, width: f64, height: f64) -> String {
    format!("{} {} {} {}", fmt_fixed(lo.x, 0), fmt_fixed(lo.y, 0), fmt_fixed(width, 0), fmt_fixed(height, 0))
}

/// A pose: body, bones, and the worked muscles in the "tight" style without labels (a stretch
/// or a strengthening target).
fn layers(sk: &Skeleton, worked: &[Muscle]) -> Html {
    html! {
        <>
            { body(sk) }{ bones(sk) }
            { for worked.iter().map(|&m| muscle(sk, m, MuscleState::Tight, false)) }
        </>
    }
}

/// One pose in the box that holds both, for the fade.
fn still_pose(sk: &Skeleton, worked: &[Muscle], lo: Point, width: f64, height: f64, class: &'static str) -> Html {
    html! {
        <svg {class} viewBox={view_box(lo, width, height)} aria-hidden="true">{ layers(sk, worked) }</svg>
    }
}

fn begin_animations(svg: &web_sys::Element) {
    let Ok(list) = svg.query_selector_all("animate") else { return };
    let begin = wasm_bindgen::JsValue::from_str("beginElement");
    for k in 0..list.length() {
        if let Some(a) = list.item(k) {
            if let Ok(f) = js_sys::Reflect::get(&a, &begin) {
                if let Ok(f) = wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f) {
                    let _ = f.call0(&a);
                }
            }
        }
    }
}
