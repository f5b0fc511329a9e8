use yew::prelude::*;

use crate::components::chart::Chart;
use crate::components::controls::Controls;
use crate::components::explanation::Explanation;
use crate::components::figure::Figure;
use crate::components::how_sure::HowSure;
use crate::components::plan::PlanSection;
use crate::config::Clinic;
use crate::components::readouts::Readouts;
use crate::components::notice::Notice;
use crate::components::share::Share;
use crate::hooks::{read_url, share_url, use_debounced, use_url_sync};
use crate::model::explain;
use crate::model::posture::posture;
use crate::state::{Action, AppState};

/// How long the sliders must rest before the screen-reader summary is announced.
const ANNOUNCE_AFTER_MS: u32 = 700;

#[component]
pub fn App() -> Html {
    let url = use_memo((), |_| read_url());
    let state = use_reducer_eq({
        let inputs = url.inputs;
        move || AppState { inputs, ..AppState::default() }
    });
    let inputs = state.inputs;
    let posture = *use_memo(inputs, posture);

    let on_set = {
        let state = state.dispatcher();
        Callback::from(move |(id, v)| state.dispatch(Action::Set(id, v)))
    };
    let on_reset = {
        let state = state.dispatcher();
        Callback::from(move |_| state.dispatch(Action::Reset))
    };
    let on_toggle_flag = {
        let state = state.dispatcher();
        Callback::from(move |flag| state.dispatch(Action::ToggleRedFlag(flag)))
    };
    let on_older_adult = {
        let state = state.dispatcher();
        Callback::from(move |b| state.dispatch(Action::SetOlderAdult(b)))
    };
    let announcement = use_debounced(explain::live_summary(&posture), ANNOUNCE_AFTER_MS);
    let clinic = use_memo(url.clone(), |url| {
        let mut clinic = Clinic::default();
        if let Some(name) = &url.embed.clinic {
            clinic.name = name.clone();
        }
        if url.embed.booking_url.is_some() {
            clinic.booking_url = url.embed.booking_url.clone();
        }
        clinic
    });
    use_url_sync(inputs, url.mode, url.embed.clone());
    let share = AttrValue::from(share_url(&inputs, crate::state::url::Mode::Page, &url.embed));
    let actions = plan_actions(&clinic, share);

    html! {
        <ContextProvider<Clinic> context={(*clinic).clone()}>
        <div class="app">
            <header class="site-header">
                <p class="site-header__clinic">{ "Sports massage & musculoskeletal clinic" }</p>
                <h1>{ "Tight hips, sore back? See how your hips shape your lower back" }</h1>
                <p class="site-header__lede">
                    { "Move the sliders to describe your hips and habits. The figure shows how they \
                       tilt the pelvis and change the curve of the lower back, and the text explains why." }
                </p>
            </header>
            <Notice notices={url.notices.clone()} />
            <main id="main" class="explainer">
                <div class="workbench">
                    <section class="stage" aria-labelledby="stage-heading">
                        <h2 id="stage-heading">{ "Your posture" }</h2>
                        <p class="stage__headline">{ explain::headline(&posture) }</p>
                        <Figure {inputs} {posture} />
                        <Readouts {posture} />
                    </section>
                    <Controls {inputs} {on_set} {on_reset} />
                </div>
                <Explanation {inputs} {posture} />
                <Chart {inputs} />
                <PlanSection
                    {inputs}
                    settings={state.plan_settings}
                    red_flags={state.red_flags.clone()}
                    {on_toggle_flag}
                    {on_older_adult}
                    {actions}
                />
                <HowSure />
            </main>
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
        </ContextProvider<Clinic>>
    }
}

fn plan_actions(clinic: &Clinic, share: AttrValue) -> Html {
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    html! {
        <div class="plan-actions">
            <button type="button" class="button button--quiet" onclick={print}>{ "Print handout" }</button>
            if let Some(url) = clinic.booking_url.clone() {
                <a class="button" href={url} rel="noopener" target="_blank">
                    { format!("Book a session at {}", clinic.name) }
                </a>
            }
            <Share url={share} />
        </div>
    }
}
