//! The part of the page below the first view: the chart, the plan, the guided session, the
//! progress panel and the sources. It is a second, separately loaded wasm module (see
//! `src/bin/extras.rs` and `scripts/post-build.mjs`), so the sliders and the figure are
//! usable before it has arrived. The first-view app hands it the inputs through attributes
//! on the element it is mounted on (`hooks::bridge`).

use web_sys::Element;
use yew::prelude::*;

use crate::components::chart::Chart;
use crate::components::compact_plan::CompactPlan;
use crate::components::explanation::ArticlePoints;
use crate::components::consult::ConsultLayer;
use crate::components::how_sure::HowSure;
use crate::components::plan::PlanSection;
use crate::components::progress::ProgressPanel;
use crate::components::session::GuidedSession;
use crate::components::share::Share;
use crate::config::Clinic;
use crate::hooks::{read_url, share_url, today, use_accent, use_attribute, use_clinic_file, use_progress, use_screening, Clock};
use crate::model::plan::{make_plan, Outcome};
use crate::model::session::steps_for_day;
use crate::model::story::Preset;
use crate::state::url::{self, EmbedSettings, Mode};

/// The id of the element the first-view app leaves for this part, and this part mounts on.
pub const MOUNT_ID: &str = "extras";
/// The person's settled inputs, as a query string (`state::url::encode`).
pub const INPUTS_ATTR: &str = "data-inputs";
/// What the figure shows once settled (a story step in consultation mode), same encoding.
pub const SHOWN_ATTR: &str = "data-shown";

#[derive(Properties, PartialEq)]
pub struct ExtrasProps {
    /// The element this part is mounted on, carrying the first-view app's state.
    pub mount: Element,
}

#[component]
pub fn Extras(props: &ExtrasProps) -> Html {
    let inputs = url::decode(&use_attribute(&props.mount, INPUTS_ATTR)).inputs;
    let shown = url::decode(&use_attribute(&props.mount, SHOWN_ATTR)).inputs;
    let url = use_memo((), |_| read_url());
    let file = use_clinic_file();
    let clinic = use_memo(file.clone(), |file| Clinic::for_page(&url, file.as_ref().map(|f| &f.settings)));
    use_accent(clinic.accent.clone());
    let settings = file.as_ref().map(|f| f.settings.clone()).unwrap_or_default();
    let presets = use_memo(settings.presets.clone(), |p| p.clone().unwrap_or_else(Preset::built_in));
    let compact = url.compact_embed();
    let clock = use_memo((), |_| Clock::default());
    let screening = use_screening();
    let progress = use_progress();
    let session_open = use_state(|| false);

    // The exercises the clinic does not offer are left out of its plan, and its own hold for
    // people 65 or older is used.
    let outcome = use_memo(
        (inputs, screening.screening.clone(), settings.hidden_exercises.clone(), settings.hold_seconds_65_plus),
        |(i, s, hidden, hold)| match make_plan(i, s) {
            Outcome::Plan(plan) => {
                let plan = plan.without(hidden);
                Outcome::Plan(match hold {
                    Some(seconds) => plan.with_hold_65_plus(*seconds),
                    None => plan,
                })
            }
            other => other,
        },
    );
    // "Forget my data" clears the stored answers with everything else, and asks again.
    let progress_handle = {
        let forget_progress = progress.forget.clone();
        let forget_answers = screening.forget.clone();
        let forget = use_callback((), move |_: (), _| {
            forget_progress.emit(());
            forget_answers.emit(());
        });
        crate::hooks::ProgressHandle { forget, ..progress.clone() }
    };
    let on_start = {
        let open = session_open.setter();
        use_callback((), move |_: (), _| open.set(true))
    };
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
    let share = AttrValue::from(share_url(&inputs, Mode::Page, &EmbedSettings::default()));
    if compact {
        // The compact embedded widget: no chart, plan, progress or sources, only the way to them.
        return html! {
            <div class="extras" data-testid="extras">
                <ClinicName name={clinic.name.clone()} embedded={url.mode == Mode::Embed} />
                <ClinicLogo logo={settings.logo.clone()} />
                <CompactPlan full_url={share} />
            </div>
        };
    }

    html! {
        <ContextProvider<Clinic> context={(*clinic).clone()}>
        <ContextProvider<Clock> context={(*clock).clone()}>
        <div class="extras" data-testid="extras">
            <ClinicName name={clinic.name.clone()} embedded={url.mode == Mode::Embed} />
            <ClinicLogo logo={settings.logo.clone()} />
            if url.check_clinic {
                <ClinicCheck file={file.clone()} />
            }
            <ConsultLayer mount={props.mount.clone()} share_url={share.clone()} presets={presets.clone()} {inputs} />
            <ArticlePoints />
            <Chart inputs={shown} />
            <section class="share-section" aria-labelledby="share-heading">
                <h2 id="share-heading">{ crate::model::words::share::HEADING }</h2>
                <Share url={share.clone()} />
            </section>
            { session }
            <PlanSection
                outcome={(*outcome).clone()}
                screening={screening.screening.clone()}
                notice={screening.notice.clone()}
                on_toggle={screening.toggle.clone()}
                {on_start}
            />
            <ProgressPanel handle={progress_handle} />
            <HowSure />
        </div>
        </ContextProvider<Clock>>
        </ContextProvider<Clinic>>
    }
}

#[derive(Properties, PartialEq)]
struct ClinicNameProps {
    name: Option<String>,
    embedded: bool,
}

/// The clinic's name from its settings file, drawn into the header's slot (left there by the
/// first view when the page itself was given no name).
#[component]
fn ClinicName(props: &ClinicNameProps) -> Html {
    let host = gloo::utils::document().get_element_by_id(crate::components::app::CLINIC_SLOT);
    match (&props.name, host) {
        (Some(name), Some(host)) => {
            let text = if props.embedded { crate::model::words::page::from_clinic(name) } else { name.clone() };
            create_portal(html! { <span data-testid="clinic-name">{ text }</span> }, host)
        }
        _ => html! {},
    }
}

#[derive(Properties, PartialEq)]
struct ClinicLogoProps {
    logo: Option<crate::state::clinic_file::Logo>,
}

/// The clinic's logo from its settings file, drawn into the header's slot. A picture that
/// does not load is taken away (with one console line), never left as a broken image.
#[component]
fn ClinicLogo(props: &ClinicLogoProps) -> Html {
    let failed = use_state(|| false);
    let host = gloo::utils::document().get_element_by_id(crate::components::app::LOGO_SLOT);
    match (&props.logo, host) {
        (Some(logo), Some(host)) if !*failed => {
            let onerror = {
                let failed = failed.setter();
                let line = crate::model::words::clinic_check::logo_missing(&logo.src);
                Callback::from(move |_: Event| {
                    web_sys::console::warn_1(&line.as_str().into());
                    failed.set(true);
                })
            };
            create_portal(html! { <img src={logo.src.clone()} alt={logo.alt.clone()} {onerror} data-testid="clinic-logo" /> }, host)
        }
        _ => html! {},
    }
}

#[derive(Properties, PartialEq)]
struct ClinicCheckProps {
    file: Option<std::rc::Rc<crate::hooks::ClinicFile>>,
}

/// `?check=clinic`: every field of the settings file, accepted or ignored and why, for the
/// clinic's web person.
#[component]
fn ClinicCheck(props: &ClinicCheckProps) -> Html {
    use crate::model::words::clinic_check as w;
    html! {
        <section class="clinic-check" aria-labelledby="clinic-check-heading" data-testid="clinic-check">
            <h2 id="clinic-check-heading">{ w::HEADING }</h2>
            {
                match &props.file {
                    None => html! { <p>{ w::READING }</p> },
                    Some(f) if f.checks.is_empty() => html! { <p>{ w::EMPTY }</p> },
                    Some(f) => html! {
                        <ul>{ for f.checks.iter().map(|c| html! {
                            <li class={if c.problem.is_some() { "clinic-check__ignored" } else { "clinic-check__ok" }}>{ c.line() }</li>
                        }) }</ul>
                    },
                }
            }
        </section>
    }
}
