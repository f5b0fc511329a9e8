//! Hydrates part of the page in a later task. The prerendered markup stays on screen and
//! readable meanwhile; the browser can paint and answer the sliders between the tasks,
//! instead of waiting for the whole page to be brought to life in one long task.
//!
//! Yew keeps a suspended subtree's server markup while it hydrates (its `Suspense` shows the
//! markup as its fallback), so nothing on screen changes when the subtree starts.

use std::cell::{Cell, RefCell};

use yew::prelude::*;
use yew::suspense::{Suspension, SuspensionResult};

#[derive(Properties, PartialEq)]
pub struct LaterProps {
    pub children: Html,
}

/// Its children start in a task after the one that started the page. Rendered natively (the
/// prerender), it renders them at once.
#[component]
pub fn Later(props: &LaterProps) -> Html {
    html! {
        <Suspense>
            <Waiting>{ props.children.clone() }</Waiting>
        </Suspense>
    }
}

#[component]
fn Waiting(props: &LaterProps) -> HtmlResult {
    use_next_task()?;
    Ok(props.children.clone())
}

thread_local! {
    /// How many parts still wait for their task, or have not yet been drawn after it.
    static WAITING: Cell<u32> = const { Cell::new(0) };
}

/// How many parts still wait (the component tests wait for none).
pub fn waiting() -> u32 {
    WAITING.with(Cell::get)
}

/// One waiting part, counted from its first render until it is drawn (or taken away first).
/// Once no part waits, the whole page answers: a User Timing mark ("page-interactive") for
/// the benchmark and the end-to-end tests. A part inside a waiting part starts waiting before
/// the outer one is drawn, so the count cannot reach zero early.
#[derive(Default)]
struct Wait {
    counted: Cell<bool>,
    /// Set while the task is queued, so a render meanwhile waits for the same task.
    suspension: RefCell<Option<Suspension>>,
    done: Cell<bool>,
}

impl Wait {
    fn count(&self) {
        self.counted.set(true);
        WAITING.with(|w| w.set(w.get() + 1));
    }

    fn uncount(&self) {
        if self.counted.replace(false) {
            let left = WAITING.with(|w| {
                w.set(w.get().saturating_sub(1));
                w.get()
            });
            if left == 0 {
                crate::hooks::browser::mark("page-interactive");
            }
        }
    }
}

impl Drop for Wait {
    fn drop(&mut self) {
        self.uncount();
    }
}

/// Suspends the component until a task queued at its first render has run.
#[hook]
fn use_next_task() -> SuspensionResult<()> {
    let wait = use_memo((), |_| {
        let wait = Wait::default();
        wait.done.set(!cfg!(target_arch = "wasm32"));
        wait
    });
    {
        let wait = wait.clone();
        use_effect(move || wait.uncount());
    }
    if wait.done.get() {
        return Ok(());
    }
    if let Some(s) = &*wait.suspension.borrow() {
        return Err(s.clone());
    }
    wait.count();
    let (suspension, handle) = Suspension::new();
    *wait.suspension.borrow_mut() = Some(suspension.clone());
    let queued = wait.clone();
    crate::hooks::browser::next_task(move || {
        queued.done.set(true);
        handle.resume();
    });
    Err(suspension)
}
