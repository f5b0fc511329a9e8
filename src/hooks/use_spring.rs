//! Eases a few numbers towards their target with requestAnimationFrame.
//!
//! One JS closure per hook, reused for every frame (no allocation per frame); no frame is
//! requested once the spring has settled. The value jumps with prefers-reduced-motion, and
//! while a gesture goes on (`motion::continues_gesture`): then the drawing follows the finger.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::model::motion::{continues_gesture, Spring};

/// True when the person has asked the system for reduced motion.
pub fn prefers_reduced_motion() -> bool {
    gloo::utils::window().match_media("(prefers-reduced-motion: reduce)").ok().flatten().is_some_and(|m| m.matches())
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
