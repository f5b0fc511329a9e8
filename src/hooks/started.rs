//! Whether the page has started: the app's first effect has read the address, the device's
//! data and so the mode. Until then (the prerendered page, and without JavaScript) the controls
//! are shown as they will be, but disabled: a move, a tick or a press would reach nothing.
//!
//! The main root (`components::app`) provides it, and so does each island's root
//! (`components::your_plan`), since a context does not cross from one Yew root to another.

use yew::prelude::*;

/// The context's value: `Started(true)` once the app runs.
#[derive(Clone, Copy, PartialEq)]
pub struct Started(pub bool);

/// The page has started. A component drawn on its own, with no page around it (a component
/// test), has nothing to wait for: true.
#[hook]
pub fn use_started() -> bool {
    use_context::<Started>().is_none_or(|s| s.0)
}
