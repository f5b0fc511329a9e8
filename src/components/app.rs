use yew::prelude::*;

use crate::components::chart::Chart;
use crate::components::consult::{ConsultBar, OverlayPanel, StoryPanel};
use crate::components::controls::Controls;
use crate::components::explanation::Explanation;
use crate::components::figure::Figure;
use crate::components::how_sure::HowSure;
use crate::components::notice::Notice;
use crate::components::plan::PlanSection;
use crate::components::progress::ProgressPanel;
use crate::components::readouts::Readouts;
use crate::components::session::GuidedSession;
use crate::config::Clinic;
use crate::hooks::browser::toggle_fullscreen;
use crate::hooks::{
    read_url, share_url, today, use_accent, use_debounced, use_post_height, use_progress, use_shortcuts,
    use_url_sync, Clock,
};
use crate::model::explain;
use crate::model::plan::{make_plan, Outcome};
use crate::model::posture::posture;
use crate::model::session::steps_for_day;
use crate::model::story::Preset;
use crate::state::url::{EmbedSettings, Mode};
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

fn mode_class(mode: Mode) -> &'static str {
    match mode {
        Mode::Page => "app--page",
        Mode::Consult => "app--consult",
        Mode::Embed => "app--embed",
    }
}

/// The page's header. Embedded, it is compact and names the clinic only if the clinic gave
/// its name.
fn header(mode: Mode, clinic: &str, clinic_named: bool, send: Callback<Action>) -> Html {
    let title = "Tight hips, sore back? See how your hips shape your lower back";
    match mode {
        Mode::Embed => html! {
            <header class="site-header site-header--compact">
                <h1>{ title }</h1>
                if clinic_named {
                    <p class="site-header__clinic">{ format!("From {clinic}") }</p>
                }
            </header>
        },
        Mode::Page | Mode::Consult => {
            let consult = mode == Mode::Consult;
            let toggle = send.reform(move |_: MouseEvent| Action::SetMode(if consult { Mode::Page } else { Mode::Consult }));
            html! {
                <header class="site-header">
                    <div class="site-header__top">
                        <p class="site-header__clinic">{ clinic.to_string() }</p>
                        <button type="button" class="button button--quiet" onclick={toggle} aria-pressed={consult.to_string()} data-testid="consult-toggle">
                            { "Consultation mode" }
                        </button>
                    </div>
                    <h1>{ title }</h1>
                    if !consult {
                        <p class="site-header__lede">
                            { "Move the sliders to describe your hips and habits. The figure shows how they \
                               tilt the pelvis and change the curve of the lower back, and the text explains why." }
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
    let progress = use_progress();
    // The benchmark's "interactive" point: the first render is in the page.
    use_effect_with((), |_| crate::hooks::browser::mark("app-interactive"));
    let session_open = use_state(|| false);
    let clock = use_memo((), |_| Clock::default());

    let on_set = use_dispatch(&state, |(id, v)| Action::Set(id, v));
    let on_reset = use_dispatch(&state, |()| Action::Reset);
    let on_toggle_flag = use_dispatch(&state, Action::ToggleRedFlag);
    let on_older_adult = use_dispatch(&state, Action::SetOlderAdult);

    let announcement = use_debounced(explain::live_summary(&posture), ANNOUNCE_AFTER_MS);
    let settled = use_debounced(state.inputs, SETTLE_MS);
    let settled_shown = use_debounced(inputs, SETTLE_MS);
    let clinic = use_memo(url.clone(), |url| {
        let mut clinic = Clinic::default();
        if url.mode == Mode::Embed {
            // An embedding clinic's own link, or none at all if it gave none that is valid.
            clinic.booking_url = url.embed.booking_url.clone();
            // Never show the placeholder clinic's name inside another clinic's site.
            clinic.name = url.embed.clinic.clone().unwrap_or_else(|| "the clinic".to_string());
        }
        clinic
    });
    use_url_sync(settled, mode, url.embed.clone());
    use_accent(url.embed.accent.clone());
    use_post_height(mode == Mode::Embed);
    let send = use_dispatch(&state, |a: Action| a);
    let fullscreen = use_callback((), |_: (), _| toggle_fullscreen());
    use_shortcuts(mode == Mode::Consult, state.story.is_some(), state.overlay, send.clone(), fullscreen.clone());

    // The plan is made once per settled change, here, for both the plan section and the session.
    let outcome = use_memo((settled, state.plan_settings, state.red_flags.clone()), |(i, s, f)| make_plan(i, *s, f));

    let session = match (&*outcome, *session_open) {
        (Outcome::Plan(plan), true) => {
            let steps = steps_for_day(plan, today().weekday());
            let on_close = {
                let open = session_open.clone();
                Callback::from(move |_| open.set(false))
            };
            let record = progress.record.clone();
            let on_finish = Callback::from(move |(done, total): (u32, u32)| {
                if done > 0 {
                    record.emit((today(), done, total));
                }
            });
            html! { <GuidedSession {steps} {on_close} {on_finish} /> }
        }
        _ => html! {},
    };

    let on_start = {
        let open = session_open.setter();
        use_callback((), move |_: (), _| {
            open.set(true);
            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
        })
    };
    let share = AttrValue::from(share_url(&settled, Mode::Page, &EmbedSettings::default()));

    html! {
        <ContextProvider<Clinic> context={(*clinic).clone()}>
        <ContextProvider<Clock> context={(*clock).clone()}>
        <div class={classes!("app", mode_class(mode))}>
            { header(mode, &clinic.name, url.embed.clinic.is_some(), send.clone()) }
            <Notice notices={url.notices.clone()} />
            if mode == Mode::Consult {
                <ConsultBar
                    active_preset={Preset::ALL.iter().copied().find(|p| p.inputs() == state.inputs && state.story.is_none())}
                    comparing={state.before.is_some()}
                    story={state.story}
                    dispatch={send.clone()}
                    on_fullscreen={fullscreen.clone()}
                />
                <OverlayPanel
                    overlay={state.overlay}
                    share_url={share.clone()}
                    dispatch={send.clone()}
                />
            }
            { session }
            <main id="main" class="explainer">
                <div class="workbench">
                    <section class="stage" aria-labelledby="stage-heading">
                        <h2 id="stage-heading">{ "Your posture" }</h2>
                        <p class="stage__headline">{ explain::headline(&posture) }</p>
                        <Figure {inputs} {posture} {before} />
                        <Readouts {posture} {before} />
                        if let Some(step) = state.story {
                            <StoryPanel {step} dispatch={send.clone()} />
                        }
                    </section>
                    <Controls inputs={state.inputs} {on_set} {on_reset} />
                </div>
                <Explanation {inputs} {posture} />
                <Chart inputs={settled_shown} />
                <PlanSection
                    outcome={(*outcome).clone()}
                    settings={state.plan_settings}
                    red_flags={state.red_flags.clone()}
                    {on_toggle_flag}
                    {on_older_adult}
                    {on_start}
                    share_url={share.clone()}
                />
                <ProgressPanel handle={progress.clone()} />
                <HowSure />
            </main>
            { test_panic_button() }
            <footer class="site-footer">
                <p>
                    { "General information, not a diagnosis or a substitute for seeing a professional. \
                       If your pain is severe, getting worse, or comes with numbness, weakness, bladder \
                       or bowel changes, see a doctor." }
                </p>
                <p>{ "Nothing you enter leaves your browser." }</p>
            </footer>
            <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live-summary">
                { announcement }
            </div>
        </div>
        </ContextProvider<Clock>>
        </ContextProvider<Clinic>>
    }
}
