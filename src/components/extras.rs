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
use crate::hooks::{read_url, share_url, today, use_attribute, use_progress, use_screening, Clock};
use crate::model::plan::{make_plan, Outcome};
use crate::model::session::steps_for_day;
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
    let clinic = use_memo((), |_| Clinic::for_page(&url));
    let compact = url.mode == Mode::Embed && !url.embed.full_view;
    let clock = use_memo((), |_| Clock::default());
    let screening = use_screening();
    let progress = use_progress();
    let session_open = use_state(|| false);

    let outcome = use_memo((inputs, screening.screening.clone()), |(i, s)| make_plan(i, s));
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
                <CompactPlan full_url={share} />
            </div>
        };
    }

    html! {
        <ContextProvider<Clinic> context={(*clinic).clone()}>
        <ContextProvider<Clock> context={(*clock).clone()}>
        <div class="extras" data-testid="extras">
            <ConsultLayer mount={props.mount.clone()} share_url={share.clone()} />
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
