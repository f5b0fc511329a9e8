//! The same-frame path: how a moved slider reaches the figure in the frame that moves its
//! thumb, and everything else a frame later. Every write the slider's path makes outside Yew's
//! render-and-dispatch cycle is here (the only other render-time write in the app is
//! `use_kept`'s copy of the page's Env, which its dispatch callback reads):
//!
//! 1. `use_live_inputs` (in the app): a slider's value goes at once to the figure through a
//!    `LivePort`, and to the app's state only after the browser has painted (`use_after_paint`).
//!    It keeps the inputs as they stand in a cell that each render overwrites with the app's
//!    state, so two sliders moved within one frame both count.
//! 2. `use_live` (in the figure): the port's value is drawn until the app's state catches up.
//! 3. `use_spring` (in the figure): the bones ease towards their target. Frames write the
//!    value drawn and force a redraw; a target that continues a gesture is written during the
//!    render that brings it, so the drawing follows the finger with no second render.
//!
//! The benchmark measures the result: input to next paint, and presses whose figure waited
//! past one frame.
//!
//! Why: the advice for a quick interaction-to-next-paint is to yield before heavy work. The
//! slider's thumb and the figure are the input's own feedback; the readouts and the
//! explanation are the heavy work.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::hooks::browser::prefers_reduced_motion;
use crate::model::motion::{continues_gesture, Spring};
use crate::model::posture::{InputId, Inputs};

/// Where a slider's new value reaches the figure in the same frame as the thumb, before the
/// app's state (and the readouts and explanation) follow after that frame is painted.
#[derive(Clone, Default)]
pub struct LivePort(Rc<RefCell<Option<Callback<Inputs>>>>);

impl LivePort {
    pub fn send(&self, inputs: Inputs) {
        let target = self.0.borrow().clone();
        if let Some(cb) = target {
            cb.emit(inputs);
        }
    }
}

impl PartialEq for LivePort {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The app's side: `inputs` is the app's state; `set` dispatches a change to it. Returns the
/// port to hand the figure, and the callback for the sliders.
#[hook]
pub fn use_live_inputs(inputs: Inputs, set: Callback<(InputId, f64)>) -> (LivePort, Callback<(InputId, f64)>) {
    let live = use_memo((), |_| LivePort::default());
    // The inputs as they stand: the app's state, and any slider moved since it was drawn.
    let latest = use_mut_ref(Inputs::default);
    *latest.borrow_mut() = inputs;
    let set_later = use_after_paint(set);
    let on_set = (*use_memo((), {
        let (live, latest) = ((*live).clone(), latest.clone());
        move |_| {
            Callback::from(move |(id, v): (InputId, f64)| {
                let next = latest.borrow().with(id, v);
                *latest.borrow_mut() = next;
                live.send(next);
                set_later.emit((id, v));
            })
        }
    }))
    .clone();
    ((*live).clone(), on_set)
}

/// The figure's side: what the port last sent, until the app's `inputs` catch up (None then).
#[hook]
pub fn use_live(port: &LivePort, inputs: Inputs) -> Option<Inputs> {
    let live = use_state_eq(|| None::<Inputs>);
    {
        let setter = live.setter();
        use_effect_with(port.clone(), move |port| {
            *port.0.borrow_mut() = Some(Callback::from(move |i| setter.set(Some(i))));
            let port = port.clone();
            move || *port.0.borrow_mut() = None
        });
    }
    {
        // The app's state has caught up: draw from it again.
        let setter = live.setter();
        use_effect_with(inputs, move |_| setter.set(None));
    }
    *live
}

/// Runs `f` once the browser has painted the current frame: requestAnimationFrame runs just
/// before that paint, and a task queued from it runs just after.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    let after_paint = Closure::once_into_js(f);
    let before_paint = Closure::once_into_js(move || {
        let _ = gloo::utils::window().set_timeout_with_callback(after_paint.unchecked_ref());
    });
    let _ = gloo::utils::window().request_animation_frame(before_paint.unchecked_ref());
}

/// A callback that passes its latest value on to `target` after the next paint. Values that
/// arrive meanwhile replace the waiting one, so a fast drag is drawn once per frame, at its
/// latest value.
#[hook]
pub fn use_after_paint<T: 'static>(target: Callback<T>) -> Callback<T> {
    let waiting = use_mut_ref(|| None::<T>);
    (*use_memo(target, move |target| {
        let target = target.clone();
        Callback::from(move |v: T| {
            let first = waiting.borrow_mut().replace(v).is_none();
            if first {
                let (target, waiting) = (target.clone(), waiting.clone());
                after_next_paint(move || {
                    let latest = waiting.borrow_mut().take();
                    if let Some(v) = latest {
                        target.emit(v);
                    }
                });
            }
        })
    }))
    .clone()
}

struct Driver<const N: usize> {
    spring: Spring<N>,
    frame_id: Option<i32>,
    last_timestamp_ms: Option<f64>,
    /// When the target last changed (performance.now()); None before the first change.
    last_target_ms: Option<f64>,
    on_frame: Callback<[f64; N]>,
    tick: Option<Closure<dyn FnMut(f64)>>,
}

impl<const N: usize> Driver<N> {
    fn request_frame(&mut self) {
        if self.frame_id.is_some() {
            return;
        }
        if let Some(tick) = &self.tick {
            self.frame_id = gloo::utils::window().request_animation_frame(tick.as_ref().unchecked_ref()).ok();
        }
    }

    fn cancel_frame(&mut self) {
        if let Some(id) = self.frame_id.take() {
            let _ = gloo::utils::window().cancel_animation_frame(id);
        }
        self.last_timestamp_ms = None;
    }
}

/// Returns the value to draw this frame; it follows `target` like a critically damped spring.
/// `live`: the target comes straight from a slider being moved; if it continues a gesture it
/// is drawn in this very render, so the figure moves in the same frame as the thumb.
#[hook]
pub fn use_spring<const N: usize>(target: [f64; N], live: bool) -> [f64; N] {
    // What is drawn. Frames write it and redraw; a followed target is drawn in the render that
    // brings it, with no second render.
    let shown = use_mut_ref(|| target);
    let redraw = use_force_update();
    let driver = {
        let (shown, redraw) = (shown.clone(), redraw.clone());
        use_mut_ref(move || Driver {
            spring: Spring::at(target),
            frame_id: None,
            last_timestamp_ms: None,
            last_target_ms: None,
            on_frame: Callback::from(move |v| {
                if *shown.borrow() != v {
                    *shown.borrow_mut() = v;
                    redraw.force_update();
                }
            }),
            tick: None,
        })
    };

    // Create the frame callback once, and break the Rc cycle when the component goes away.
    {
        let driver = driver.clone();
        use_effect_with((), move |_| {
            let weak = Rc::downgrade(&driver);
            let tick = Closure::<dyn FnMut(f64)>::new(move |now_ms: f64| {
                let Some(driver) = weak.upgrade() else { return };
                frame(&driver, now_ms);
            });
            driver.borrow_mut().tick = Some(tick);
            move || {
                let mut d = driver.borrow_mut();
                d.cancel_frame();
                d.tick = None;
            }
        });
    }

    // Only in the browser: the prerendered page never has a live target.
    // A new target only: a render that brings none (the page catching up) changes nothing.
    let immediate = live && driver.borrow().spring.target != target && {
        let now = gloo::utils::window().performance().map(|p| p.now());
        now.is_some_and(|now| continues_gesture(driver.borrow().last_target_ms, now))
    };
    if immediate {
        *shown.borrow_mut() = target;
    }
    {
        let driver = driver.clone();
        let shown = shown.clone();
        use_effect_with((target, immediate), move |(target, immediate)| {
            let mut d = driver.borrow_mut();
            d.spring.retarget(*target);
            let now = gloo::utils::window().performance().map(|p| p.now());
            let follow = now.is_some_and(|now| continues_gesture(d.last_target_ms, now));
            // The first target counts as the start of a gesture, so what arrives just after
            // the page starts (the address's settings, applied after hydration) is shown at
            // once rather than eased into.
            d.last_target_ms = now;
            if *immediate || follow || prefers_reduced_motion() {
                d.cancel_frame();
                d.spring.snap();
                drop(d);
                if *shown.borrow() != *target {
                    *shown.borrow_mut() = *target;
                    redraw.force_update();
                }
            } else if !d.spring.is_settled() {
                d.request_frame();
            }
        });
    }
    let value = *shown.borrow();
    value
}

fn frame<const N: usize>(driver: &Rc<RefCell<Driver<N>>>, now_ms: f64) {
    let mut d = driver.borrow_mut();
    d.frame_id = None;
    // The first frame of a move has no previous timestamp: assume one 60 Hz frame.
    let dt = d.last_timestamp_ms.map_or(1.0 / 60.0, |last| (now_ms - last) / 1000.0);
    let settled = d.spring.step(dt);
    let position = d.spring.position;
    if settled {
        d.last_timestamp_ms = None;
    } else {
        d.last_timestamp_ms = Some(now_ms);
        d.request_frame();
    }
    let emit = d.on_frame.clone();
    drop(d);
    emit.emit(position);
}
