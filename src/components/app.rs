use yew::prelude::*;

use crate::components::consult::{story_panel, ConsultBar, OverlayPanel};
use crate::components::controls::Controls;
use crate::components::explanation::{Explanation, ExplanationProps};
use crate::components::figure::Figure;
use crate::components::island::use_island;
use crate::components::language::LanguageSwitch;
use crate::components::notice::Notice;
use crate::components::programme::ProgrammeLink;
use crate::components::readouts::readouts;
use crate::components::your_plan::{YourPlan, YourPlanProps};
use crate::config::Clinic;
use crate::hooks::browser::toggle_fullscreen;
use crate::hooks::same_frame::use_live_inputs;
use crate::hooks::{read_url, share_url, use_accent, use_clinic_file, use_debounced, use_language, use_post_height, use_shortcuts, use_url_sync, Started};
use crate::model::explain;
use crate::model::posture::posture;
use crate::model::story::Preset;
use crate::model::words::{self, Language};
use crate::state::clinic_file::Logo;
use crate::state::url::{EmbedSettings, Mode, UrlState};
use crate::state::{Action, AppState};

/// Only in builds with the `test-panic` feature: a way to make the app panic on purpose. Only
/// once started, so the prerendered page (built without the feature) is the same either way.
fn test_panic_button(started: bool) -> Html {
    if cfg!(feature = "test-panic") && started {
        let boom = Callback::from(|_: MouseEvent| panic!("test panic, on purpose"));
        html! { <button type="button" class="button" onclick={boom} data-testid="test-panic">{ "Test: panic" }</button> }
    } else {
        html! {}
    }
}

/// The clinic's logo from its settings file. A picture that does not load is taken away
/// (with one console line), never left as a broken image.
#[derive(Properties, PartialEq)]
struct ClinicLogoProps {
    logo: Logo,
}

#[component]
fn ClinicLogo(props: &ClinicLogoProps) -> Html {
    let failed = use_state(|| false);
    if *failed {
        return html! {};
    }
    let onerror = {
        let failed = failed.setter();
        let line = words::clinic_check::logo_missing(&props.logo.src);
        Callback::from(move |_: Event| {
            web_sys::console::warn_1(&line.as_str().into());
            failed.set(true);
        })
    };
    // A path is the clinic's, beside the English page: a language's page (pl/) looks one up.
    let src = if props.logo.src.starts_with('/') { props.logo.src.clone() } else { format!("{}{}", words::to_root(), props.logo.src) };
    html! { <img class="site-header__logo" {src} alt={props.logo.alt.clone()} {onerror} data-testid="clinic-logo" /> }
}

/// The page's header. It names the clinic only if one gave its name: no placeholder clinic is
/// ever shown. Embedded, it is compact.
/// Until the app has `started`, the consultation-mode switch is shown disabled (it would do
/// nothing).
fn header(mode: Mode, clinic: &Clinic, logo: Option<Logo>, send: Callback<Action>, started: bool, languages: Vec<Language>) -> Html {
    let title = words::page::TITLE;
    let languages = html! { <LanguageSwitch offered={languages} /> };
    let logo = logo.map(|logo| html! { <ClinicLogo {logo} /> });
    match mode {
        Mode::Embed => html! {
            <header class="site-header site-header--compact">
                { for logo }
                <h1>{ title }</h1>
                if let Some(clinic) = &clinic.name {
                    <p class="site-header__clinic" data-testid="clinic-name">{ words::page::from_clinic(clinic) }</p>
                }
                { languages }
            </header>
        },
        Mode::Page | Mode::Consult => {
            let consult = mode == Mode::Consult;
            let toggle = send.reform(move |_: MouseEvent| Action::SetMode(if consult { Mode::Page } else { Mode::Consult }));
            html! {
                <header class="site-header">
                    <div class="site-header__top">
                        { for logo }
                        if let Some(clinic) = &clinic.name {
                            <p class="site-header__clinic" data-testid="clinic-name">{ clinic.clone() }</p>
                        }
                        <button type="button" class="button button--quiet" onclick={toggle} aria-pressed={consult.to_string()} data-testid="consult-toggle" disabled={!started}>
                            { words::page::CONSULT_MODE }
                        </button>
                        { languages }
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
    // The page renders the default person first, exactly as the prerendered HTML has it, so
    // hydration finds the same markup; the address's settings follow at once.
    let url = use_state(UrlState::default);
    let state = use_reducer_eq(AppState::default);
    let started = use_state(|| false);
    {
        let (url, started, d) = (url.setter(), started.setter(), state.dispatcher());
        use_effect_with((), move |_| {
            let read = read_url();
            d.dispatch(Action::Start(read.inputs, read.mode));
            url.set(read);
            started.set(true);
        });
    }
    // The figure shows the story's step while the story runs, the person's inputs otherwise.
    let inputs = state.shown_inputs();
    let before = state.before.map(|b| posture(&b));
    let posture = *use_memo(inputs, posture);
    let mode = state.mode;
    // The benchmark's "interactive" point: the first render is in the page.
    use_effect_with((), |_| crate::hooks::browser::mark("app-interactive"));

    // The slider and the figure answer in the same frame (through `live`, without redrawing the
    // rest of the page); the readouts and explanation follow after that frame is painted, and
    // the chart, the plan and the address once a drag pauses (`settled`, below).
    let set_now = use_dispatch(&state, |(id, v)| Action::Set(id, v));
    let (live, on_set) = use_live_inputs(state.inputs, set_now);
    let on_reset = use_dispatch(&state, |()| Action::Reset);

    let announcement = use_debounced(explain::live_summary(&posture), ANNOUNCE_AFTER_MS, false);
    // The address's settings, applied as the page starts, reach the chart and the plan at once.
    let settled = use_debounced(state.inputs, SETTLE_MS, *started);
    let settled_shown = use_debounced(inputs, SETTLE_MS, *started);
    // The clinic: its settings file, and inside an iframe the embed's attributes over it.
    let file = use_clinic_file(url.check_clinic);
    let settings = file.as_ref().map(|f| f.settings.clone()).unwrap_or_default();
    let clinic = use_memo(((*url).clone(), file.clone()), |(url, file)| Clinic::for_page(url, file.as_ref().map(|f| &f.settings)));
    let presets = use_memo(settings.presets.clone(), |p| p.clone().unwrap_or_else(Preset::built_in));
    use_url_sync(*started, settled, mode, url.embed.clone(), url.check_clinic);
    use_accent(clinic.accent.clone());
    use_post_height(mode == Mode::Embed);
    let send = use_dispatch(&state, |a: Action| a);
    let languages = use_language(*started, mode == Mode::Consult, settings.languages.clone());
    // Embedded, the widget is compact unless the clinic asked for the whole page (view=full).
    let compact = url.compact_embed();

    // Consultation mode: the tools bar, its dialogs, the story and the keyboard shortcuts.
    let consult = mode == Mode::Consult;
    let fullscreen = use_callback((), |_: (), _| toggle_fullscreen());
    let preset_inputs: Vec<_> = presets.iter().map(|p| p.inputs).collect();
    use_shortcuts(consult, state.story.is_some(), state.overlay, preset_inputs, send.clone(), fullscreen.clone());
    let share = AttrValue::from(share_url(&settled, Mode::Page, &EmbedSettings::default()));
    // While the therapist builds a programme, "Send home" sends it.
    let programme = use_state(|| None::<ProgrammeLink>);
    let on_programme_link = use_callback((), {
        let set = programme.setter();
        move |link, _| set.set(link)
    });
    // The pelvic tilt measured from a photo: shown beside the model's; it never moves the sliders.
    let measured = use_state_eq(|| None::<f64>);
    let on_measured = use_callback((), {
        let set = measured.setter();
        move |m, _| set.set(m)
    });
    let active_preset = presets.iter().position(|p| p.inputs == state.inputs && state.story.is_none());
    // The explanation, then the chart, the plan and the rest: islands, hydrated after the sliders and the figure.
    let explanation = use_island::<Explanation>("explanation", ExplanationProps::at_start, ExplanationProps { inputs, compact });
    let your_plan = use_island::<YourPlan>(
        "plan",
        YourPlanProps::at_start,
        YourPlanProps {
            inputs: settled,
            shown: settled_shown,
            clinic: (*clinic).clone(),
            settings: settings.clone(),
            file: file.clone(),
            url: (*url).clone(),
            share_url: share.clone(),
            consult,
            started: *started,
            on_programme_link,
            on_measured,
        },
    );

    html! {
        // What the main root draws reads it (`hooks::use_started`); the islands get it as a prop.
        <ContextProvider<Started> context={Started(*started)}>
        <div class={classes!("app", format!("app--{}", mode.key()), compact.then_some("app--compact"))}>
            { header(mode, &clinic, settings.logo.clone(), send.clone(), *started, languages) }
            <Notice notices={url.notices.clone()} />
            if consult {
                <ConsultBar presets={presets.clone()} {active_preset} comparing={state.before.is_some()} story={state.story}
                    dispatch={send.clone()} on_fullscreen={fullscreen} />
                <OverlayPanel overlay={state.overlay} share_url={share.clone()} programme={(*programme).clone()} presets={presets.clone()} dispatch={send.clone()} />
            }
            <main id="main" class="explainer">
                <div class="workbench">
                    <section class="stage" aria-labelledby="stage-heading">
                        <h2 id="stage-heading">{ words::page::STAGE_HEADING }</h2>
                        <p class="stage__headline">
                            { explain::headline(&posture) }
                            if consult {
                                { " " }<a class="stage__more" href="#explanation-heading">{ words::page::MORE }</a>
                            }
                        </p>
                        <Figure {inputs} {posture} {before} {live} measured={*measured} />
                        { readouts(posture, before, *measured) }
                        if let (true, Some(step)) = (consult, state.story) {
                            { story_panel(step, &send) }
                        }
                    </section>
                    <Controls inputs={state.inputs} {on_set} {on_reset} />
                </div>
                { explanation }
                { your_plan }
            </main>
            { test_panic_button(*started) }
            <footer class="site-footer">
                <p data-testid="footer-safety">{ crate::model::safety::FOOTER_SAFETY }</p>
                <p>{ words::footer::PRIVACY }</p>
                if !words::TRANSLATION_STATUS.is_empty() {
                    <p data-testid="translation-status">{ words::TRANSLATION_STATUS }</p>
                }
                <p class="site-footer__version" data-testid="version">
                    { words::footer::version(env!("CARGO_PKG_VERSION"), env!("POSTURE_EXPLAINER_COMMIT")) }
                </p>
            </footer>
            // Fixed at the foot of the screen, so taking it away moves nothing.
            if !*started {
                <p class="starting-note" data-testid="starting-note">{ words::page::STARTING }</p>
            }
            <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live-summary">
                { announcement }
            </div>
        </div>
        </ContextProvider<Started>>
    }
}
