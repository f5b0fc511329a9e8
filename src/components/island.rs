//! Islands: parts of the page that are Yew roots of their own, so that taking over the
//! prerendered page is several short tasks instead of one long one.
//!
//! Yew hydrates one root in one go (its scheduler yields only between whole renders), and a
//! task that long holds a slow phone's first tap. So the main root (the sliders, the figure,
//! the readouts and the explanation) is hydrated first, and each island after it in a task of
//! its own, in the order a person reaches them. Data still flows one way: the main root owns
//! the state, and each render hands an island its new props (`AppHandle::update`), as a parent
//! hands props to a child.
//!
//! Who draws an island:
//! - the native renderer that writes the page (`crate::prerender`): the island's own
//!   hydratable markup, rendered from its `initial` props, inside the host element as raw HTML;
//! - the browser, taking over a prerendered page: the host with nothing inside (raw HTML, which
//!   keeps what the page has), then later the island hydrates that markup with the same
//!   `initial` props, so the two always agree, and at once takes the main root's latest props;
//! - the browser drawing a page that was not prerendered (`trunk serve`, the component
//!   tests): the island as an ordinary child, inside the same host element.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use yew::prelude::*;

thread_local! {
    static HYDRATING: Cell<bool> = const { Cell::new(false) };
    static QUEUE: RefCell<VecDeque<Box<dyn FnOnce()>>> = RefCell::new(VecDeque::new());
    static RUNNING: Cell<bool> = const { Cell::new(false) };
}

/// Called once by `crate::start` before it takes over a prerendered page: from then on the
/// islands hydrate the page's markup instead of drawing their own.
pub fn hydrating_page() {
    HYDRATING.with(|h| h.set(true));
}

/// Whether the browser is taking over a prerendered page (never on the native renderer).
pub fn hydrating() -> bool {
    HYDRATING.with(Cell::get)
}

/// An island's host: `name` names it in the markup (`data-island`) and in the benchmark's
/// measures ("hydrate NAME"); `initial` gives the props the page was prerendered with; `props`
/// are the main root's current ones.
#[hook]
pub fn use_island<C>(name: &'static str, initial: fn() -> C::Properties, props: C::Properties) -> Html
where
    C: BaseComponent,
    C::Properties: Clone,
{
    let hydrating = *use_memo((), |_| hydrating());
    let host = use_node_ref();
    let island = use_mut_ref(|| Island::<C> { handle: None, latest: None });
    {
        let island = island.clone();
        use_effect_with(props.clone(), move |props| island.borrow_mut().give(props.clone()));
    }
    {
        let (island, host) = (island.clone(), host.clone());
        use_effect_with((), move |_| {
            if hydrating {
                queue(name, move || {
                    let Some(element) = host.cast::<web_sys::Element>() else { return };
                    let handle = yew::Renderer::<C>::with_root_and_props(element, initial()).hydrate();
                    island.borrow_mut().attach(handle);
                });
            }
            // The handle is dropped with the page; nothing to undo before then.
        });
    }
    let inside = if hydrating { Html::from_html_unchecked(AttrValue::Static("")) } else { inside::<C>(initial, props) };
    html! { <div ref={host} class="island" data-island={name}>{ inside }</div> }
}

/// An island's root and the props it should show.
struct Island<C: BaseComponent> {
    handle: Option<yew::AppHandle<C>>,
    latest: Option<C::Properties>,
}

impl<C: BaseComponent> Island<C> {
    /// New props from the main root: straight to the island once it runs, else kept for it.
    fn give(&mut self, props: C::Properties) {
        match &mut self.handle {
            Some(handle) => handle.update(props),
            None => self.latest = Some(props),
        }
    }

    /// The island has hydrated: it takes the main root's latest props.
    fn attach(&mut self, mut handle: yew::AppHandle<C>) {
        if let Some(props) = self.latest.take() {
            handle.update(props);
        }
        self.handle = Some(handle);
    }
}

/// Runs `hydrate` in a task of its own, after every island queued before it, and marks how long
/// it took (from its start until Yew has drawn it and run its effects) as "hydrate NAME".
fn queue(name: &'static str, hydrate: impl FnOnce() + 'static) {
    QUEUE.with(|q| {
        q.borrow_mut().push_back(Box::new(move || {
            let start = format!("hydrate {name} start");
            crate::hooks::browser::mark(&start);
            hydrate();
            // Yew draws in a microtask queued by `hydrate`; this one is queued after it.
            wasm_bindgen_futures::spawn_local(async move {
                crate::hooks::browser::measure(&format!("hydrate {name}"), &start);
            });
        }))
    });
    if !RUNNING.with(|r| r.replace(true)) {
        next_task();
    }
}

/// The next island, in a new task, once Yew has nothing left from earlier work. Yew's scheduler
/// yields to the browser between renders (after 16 ms) and finishes in a later task; an island
/// started while that is pending would be drawn in that same task, making one long task of two.
/// A routine pushed to the scheduler runs at once (in this task's microtasks) only when the
/// scheduler is idle; otherwise the island waits for another task.
fn next_task() {
    gloo::timers::callback::Timeout::new(0, || {
        let idle = Rc::new(Cell::new(false));
        yew::scheduler::push(Box::new(Probe(idle.clone())));
        wasm_bindgen_futures::spawn_local(async move {
            if !idle.get() {
                next_task();
                return;
            }
            match QUEUE.with(|q| q.borrow_mut().pop_front()) {
                Some(hydrate) => {
                    hydrate();
                    next_task();
                }
                None => {
                    RUNNING.with(|r| r.set(false));
                    crate::hooks::browser::mark("islands-hydrated");
                }
            }
        });
    })
    .forget();
}

/// Notes that Yew's scheduler ran it.
struct Probe(Rc<Cell<bool>>);

impl yew::scheduler::Runnable for Probe {
    fn run(self: Box<Self>) {
        self.0.set(true);
    }
}

/// The page was not prerendered: the island is an ordinary child.
#[cfg(target_arch = "wasm32")]
fn inside<C>(_initial: fn() -> C::Properties, props: C::Properties) -> Html
where
    C: BaseComponent,
{
    html! { <C ..props /> }
}

/// The native renderer: the island's hydratable markup from its initial props, as raw HTML.
/// Unchecked is safe here: it is Yew's own rendering of the app at its defaults. Yew's server
/// renderer is async, so it runs on a thread of its own (this is called from inside the page's
/// render), and the props are made there (they need not be `Send`).
#[cfg(not(target_arch = "wasm32"))]
fn inside<C>(initial: fn() -> C::Properties, _props: C::Properties) -> Html
where
    C: BaseComponent,
{
    let markup = std::thread::scope(|s| {
        s.spawn(move || crate::prerender::render(yew::LocalServerRenderer::<C>::with_props(initial()).hydratable(true))).join().expect("the island renders")
    });
    Html::from_html_unchecked(markup.into())
}
