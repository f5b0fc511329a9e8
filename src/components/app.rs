use yew::prelude::*;

use crate::components::consult::{BAR_SLOT, STORY_SLOT};
use crate::components::controls::Controls;
use crate::components::explanation::Explanation;
use crate::components::extras::MOUNT_ID;
use crate::components::figure::Figure;
use crate::components::notice::Notice;
use crate::components::readouts::Readouts;
use crate::config::Clinic;
use crate::hooks::{read_url, use_accent, use_action_listener, use_after_paint, use_debounced, use_post_height, use_url_sync};
use crate::model::{explain, words};
use crate::model::posture::posture;
use crate::state::url::{self, EmbedSettings, Mode};
use crate::state::bridge::ConsultView;
use crate::state::{Action, AppState};

/// Only in builds with the `test-panic` feature: a way to make the app panic on purpose.
fn test_panic_button() -> Html {
    if cfg!(feature = "test-panic") {
        let boom = Callback::from(|_: MouseEvent| panic!("test panic, on purpose"));
        html! { <button type="button" class="button" onclick={boom} data-testid="test-panic">{ "Test: panic" }</button> }
    } else {
        html! {}
    }
}

/// Where the second module names the clinic from its settings file, when the page itself
/// was given no name.
pub const CLINIC_SLOT: &str = "clinic-slot";
/// Where the second module puts the clinic's logo from its settings file.
pub const LOGO_SLOT: &str = "clinic-logo-slot";

fn mode_class(mode: Mode) -> &'static str {
    match mode {
        Mode::Page => "app--page",
        Mode::Consult => "app--consult",
        Mode::Embed => "app--embed",
    }
}

/// The page's header. It names the clinic only if one gave its name: no placeholder clinic is
/// ever shown. Embedded, it is compact.
fn header(mode: Mode, clinic: Option<&str>, send: Callback<Action>) -> Html {
    let title = words::page::TITLE;
    match mode {
        Mode::Embed => html! {
            <header class="site-header site-header--compact">
                <span class="site-header__logo" id={LOGO_SLOT}></span>
                <h1>{ title }</h1>
                if let Some(clinic) = clinic {
                    <p class="site-header__clinic">{ words::page::from_clinic(clinic) }</p>
                } else {
                    <p class="site-header__clinic" id={CLINIC_SLOT}></p>
                }
            </header>
        },
        Mode::Page | Mode::Consult => {
            let consult = mode == Mode::Consult;
            let toggle = send.reform(move |_: MouseEvent| Action::SetMode(if consult { Mode::Page } else { Mode::Consult }));
            html! {
                <header class="site-header">
                    <div class="site-header__top">
                        <span class="site-header__logo" id={LOGO_SLOT}></span>
                        if let Some(clinic) = clinic {
                            <p class="site-header__clinic">{ clinic.to_string() }</p>
                        } else {
                            <p class="site-header__clinic" id={CLINIC_SLOT}></p>
                        }
                        <button type="button" class="button button--quiet" onclick={toggle} aria-pressed={consult.to_string()} data-testid="consult-toggle">
                            { words::page::CONSULT_MODE }
                        </button>
                    </div>
                    <h1>{ title }</h1>
                    if !consult {
                        <p class="site-header__lede">
                            { words::page::LEDE }
                        </p>
                    }
                </header>
            }
        }
    }
}

/// A callback that turns its value into an action and dispatches it. It is made once, so the
/// components it is passed to do not redraw just because the app did.
#[hook]
fn use_dispatch<T: 'static>(state: &UseReducerHandle<AppState>, action: fn(T) -> Action) -> Callback<T> {
    let d = state.dispatcher();
    (*use_memo((), move |_| Callback::from(move |v| d.dispatch(action(v))))).clone()
}

/// How long the sliders must rest before the screen-reader summary is announced.
const ANNOUNCE_AFTER_MS: u32 = 700;
/// The figure, readouts and explanation follow every input; the chart, the plan and the
/// address follow once a drag pauses this long. Redrawing them on every input made a drag
/// lag (the benchmark measured 48 ms from input to paint at p95).
const SETTLE_MS: u32 = 120;

#[component]
pub fn App() -> Html {
    let url = use_memo((), |_| read_url());
    let state = use_reducer_eq({
        let (inputs, mode) = (url.inputs, url.mode);
        move || AppState { inputs, mode, ..AppState::default() }
    });
    // The figure shows the story's step while the story runs, the person's inputs otherwise.
    let inputs = state.shown_inputs();
    let before = state.before.map(|b| posture(&b));
    let posture = *use_memo(inputs, posture);
    let mode = state.mode;
    // The benchmark's "interactive" point: the first render is in the page.
    use_effect_with((), |_| crate::hooks::browser::mark("app-interactive"));

    // The slider shows its new value at once; the rest of the page follows after that paint.
    let set_now = use_dispatch(&state, |(id, v)| Action::Set(id, v));
    let on_set = use_after_paint(set_now);
    let on_reset = use_dispatch(&state, |()| Action::Reset);

    let announcement = use_debounced(explain::live_summary(&posture), ANNOUNCE_AFTER_MS);
    let settled = use_debounced(state.inputs, SETTLE_MS);
    let settled_shown = use_debounced(inputs, SETTLE_MS);
    // The URL's embed settings only; the clinic's settings file is read by the second module,
    // which names the clinic in the header's slot (components::extras::ClinicName).
    let clinic = use_memo(url.clone(), |url| Clinic::for_page(url, None));
    use_url_sync(settled, mode, url.embed.clone(), url.check_clinic);
    use_accent(url.embed.accent.clone());
    use_post_height(mode == Mode::Embed);
    let send = use_dispatch(&state, |a: Action| a);
    // Embedded, the widget is compact unless the clinic asked for the whole page (view=full).
    let compact = url.compact_embed();

    // Handed to the part of the page that loads after the first view (components::extras).
    let extras_inputs = url::encode(&settled, Mode::Page, &EmbedSettings::default());
    let extras_shown = url::encode(&settled_shown, Mode::Page, &EmbedSettings::default());
    let consult_view = ConsultView::of(&state).encode();
    let extras_ref = use_node_ref();
    use_action_listener(extras_ref.clone(), send.clone());

    html! {
        <div class={classes!("app", mode_class(mode), compact.then_some("app--compact"))}>
            { header(mode, clinic.name.as_deref(), send.clone()) }
            <Notice notices={url.notices.clone()} />
            // The consultation tools are drawn here by the second module (components::consult).
            <div id={BAR_SLOT}></div>
            <main id="main" class="explainer">
                <div class="workbench">
                    <section class="stage" aria-labelledby="stage-heading">
                        <h2 id="stage-heading">{ words::page::STAGE_HEADING }</h2>
                        <p class="stage__headline">{ explain::headline(&posture) }</p>
                        <Figure {inputs} {posture} {before} />
                        <Readouts {posture} {before} />
                        <div id={STORY_SLOT}></div>
                    </section>
                    <Controls inputs={state.inputs} {on_set} {on_reset} />
                </div>
                <Explanation {inputs} {posture} compact={compact} />
                // Filled by the second module; Yew never touches its children. The attribute names
                // are extras::INPUTS_ATTR, extras::SHOWN_ATTR and consult::CONSULT_ATTR.
                <div id={MOUNT_ID} class="extras-mount" ref={extras_ref}
                    data-inputs={extras_inputs} data-shown={extras_shown} data-consult={consult_view}></div>
            </main>
            { test_panic_button() }
            <footer class="site-footer">
                <p data-testid="footer-safety">{ crate::model::safety::FOOTER_SAFETY }</p>
                <p>{ words::footer::PRIVACY }</p>
                <p class="site-footer__version" data-testid="version">
                    { words::footer::version(env!("CARGO_PKG_VERSION"), env!("POSTURE_EXPLAINER_COMMIT")) }
                </p>
            </footer>
            <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live-summary">
                { announcement }
            </div>
        </div>
    }
}
