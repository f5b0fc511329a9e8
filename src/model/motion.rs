//! Easing of the drawn posture towards its target: a critically damped spring.
//!
//! A spring, unlike a fixed-duration tween, keeps its velocity when the target changes
//! mid-way, so a slider dragged during an animation re-targets without a jolt. The exact
//! solution is used for each step, so a long frame (a throttled tab) never overshoots.

/// Targets that arrive closer together than this are one continuous gesture (a slider being
/// dragged, an arrow key held down): the figure follows them at once, so it stays under the
/// finger instead of trailing behind it. A change on its own (a click on the track, a preset,
/// reset, a story step) eases.
pub const FOLLOW_WITHIN_MS: f64 = 200.0;

/// Whether a target arriving at `now_ms` continues a gesture whose previous target arrived at
/// `previous_ms` (both from one monotonic clock), and so should be followed without easing.
pub fn continues_gesture(previous_ms: Option<f64>, now_ms: f64) -> bool {
    previous_ms.is_some_and(|p| (0.0..FOLLOW_WITHIN_MS).contains(&(now_ms - p)))
}

/// Angular frequency of the spring: a critically damped spring is within 1% of its target
/// after about 6.6 / OMEGA seconds, here about 450 ms.
pub const OMEGA: f64 = 14.5;
/// Closer than this (degrees, degrees per second) counts as settled.
const SETTLED_DISTANCE: f64 = 0.02;
const SETTLED_SPEED: f64 = 0.05;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spring<const N: usize> {
    pub position: [f64; N],
    pub velocity: [f64; N],
    pub target: [f64; N],
}

impl<const N: usize> Spring<N> {
    /// At rest on `position`.
    pub fn at(position: [f64; N]) -> Self {
        Spring { position, velocity: [0.0; N], target: position }
    }

    /// Moves the goal; position and velocity carry on from where they are.
    pub fn retarget(&mut self, target: [f64; N]) {
        self.target = target;
    }

    /// Jumps to the target with no motion (reduced motion).
    pub fn snap(&mut self) {
        *self = Spring::at(self.target);
    }

    pub fn is_settled(&self) -> bool {
        (0..N).all(|k| (self.position[k] - self.target[k]).abs() < SETTLED_DISTANCE && self.velocity[k].abs() < SETTLED_SPEED)
    }

    /// Advances by `dt_seconds` (negative or non-finite counts as zero). Returns true once
    /// settled, and then the position equals the target exactly.
    pub fn step(&mut self, dt_seconds: f64) -> bool {
        let t = if dt_seconds.is_finite() { dt_seconds.max(0.0) } else { 0.0 };
        let decay = (-OMEGA * t).exp();
        for k in 0..N {
            let e0 = self.position[k] - self.target[k];
            let v0 = self.velocity[k];
            let c = v0 + OMEGA * e0;
            self.position[k] = self.target[k] + (e0 + c * t) * decay;
            self.velocity[k] = (v0 - OMEGA * c * t) * decay;
        }
        if self.is_settled() {
            self.snap();
            true
        } else {
            false
        }
    }
}
