//! The part of the page below the explainer, what a person does about it: the chart, the plan,
//! the guided session, the progress panel and the sources. An island of its own
//! (`components::island`), hydrated after the sliders and the figure. It follows the person's
//! settled inputs (the app hands them over once a drag pauses), so dragging a slider redraws
//! only the figure and readouts. Which plan is shown is the model's choice
//! (`model::plan::shown_outcome`); this component holds the device's state and renders.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::chart::Chart;
use crate::components::clinic_check;
use crate::components::compact_plan::compact_plan;
use crate::components::fixed::{fixed, Part};
use crate::components::photo_measure::PhotoMeasure;
use crate::components::plan::PlanSection;
use crate::components::programme::{programme_notices, ProgrammeBuilder, ProgrammeLink};
use crate::components::progress::ProgressPanel;
use crate::components::review::ReviewPanel;
use crate::components::session::GuidedSession;
use crate::components::share::Share;
use crate::config::Clinic;
use crate::hooks::browser::page_address;
use crate::hooks::{share_url, use_programme, use_progress, use_screening, use_shared_review, ClinicFile, Clock, Started};
use crate::model::plan::{shown_outcome, ClinicRules, Outcome};
use crate::model::posture::Inputs;
use crate::model::programme::Programme;
use crate::model::review::review;
use crate::model::session::{steps_for_day, SessionReport};
use crate::state::clinic_file::ClinicSettings;
use crate::state::url::{EmbedSettings, Mode, UrlState};
use crate::state::ProgrammeAction;

#[derive(Properties, PartialEq, Clone)]
pub struct YourPlanProps {
    /// The person's settled inputs.
    pub inputs: Inputs,
    /// What the figure shows once settled (a story step in consultation mode).
    pub shown: Inputs,
    pub clinic: Clinic,
    pub settings: ClinicSettings,
    /// The settings file as read, for `?check=clinic`; None while it is being read.
    pub file: Option<Rc<ClinicFile>>,
    pub url: UrlState,
    /// The link to these settings on the public page.
    pub share_url: AttrValue,
    /// Consultation mode: the therapist can build a programme and send it home.
    #[prop_or_default]
    pub consult: bool,
    /// The page has started: its address (and so its mode) has been read. The island passes it
    /// on as a context (`hooks::Started`), as the main root does for its own part.
    #[prop_or_default]
    pub started: bool,
    /// The builder's programme as it changes, for the consultation bar's "Send home".
    #[prop_or_default]
    pub on_programme_link: Callback<Option<ProgrammeLink>>,
    /// The pelvic tilt measured from a photo, for the readouts.
    #[prop_or_default]
    pub on_measured: Callback<Option<f64>>,
}

impl YourPlanProps {
    /// What the page is prerendered with: the default person, on the public page, before the
    /// clinic's settings file is read and before the page has started. The island hydrates
    /// with exactly these (`components::island`).
    pub fn at_start() -> Self {
        let url = UrlState::default();
        YourPlanProps {
            inputs: Inputs::default(),
            shown: Inputs::default(),
            clinic: Clinic::for_page(&url, None),
            settings: ClinicSettings::default(),
            file: None,
            share_url: AttrValue::from(share_url(&Inputs::default(), Mode::Page, &EmbedSettings::default())),
            url,
            consult: false,
            started: false,
            on_programme_link: Callback::noop(),
            on_measured: Callback::noop(),
        }
    }
}

#[component]
pub fn YourPlan(props: &YourPlanProps) -> Html {
    let inputs = props.inputs;
    let settings = &props.settings;
    // The one clock below: a test's, when it provides one, else the device's.
    let outer_clock = use_context::<Clock>();
    let clock = use_memo((), move |_| outer_clock.unwrap_or_default());
    let today = clock.today();
    // The clinic's screen in consultation mode keeps no client's answers.
    let screening = use_screening(props.started.then_some(!props.consult), today);
    let progress = use_progress();
    let session_open = use_state(|| false);
    let programme = use_programme();
    let building = use_state(|| false);
    // The tilt measured from a photo: to the readouts, and home with a programme built now.
    let measured = use_state_eq(|| None::<crate::model::photo::Measurement>);
    let on_measured = {
        let (set, up) = (measured.setter(), props.on_measured.clone());
        use_callback(up, move |m: Option<crate::model::photo::Measurement>, up| {
            set.set(m);
            up.emit(m.map(|m| m.tilt_deg()));
        })
    };

    // The exercises the clinic does not offer are left out of its plan, and its own hold for
    // people 65 or older is used.
    // The therapist's programme, when this device has one and the person has not switched to
    // the suggested plan; every caution applies to it as to the suggested plan.
    let shown_programme = programme.state.current.clone().filter(|_| !programme.state.show_suggested);
    let rules = ClinicRules { hidden: settings.hidden_exercises.clone(), hold_seconds_65_plus: settings.hold_seconds_65_plus };
    let outcome = use_memo((inputs, screening.screening.clone(), shown_programme, rules), |(i, s, p, rules)| shown_outcome(i, s, p.as_ref(), rules));
    // "Forget my data" clears the stored answers with everything else, and asks again.
    let progress_handle = {
        let forget_progress = progress.forget.clone();
        let forget_answers = screening.forget.clone();
        let forget_programme = programme.dispatch.reform(|_: ()| ProgrammeAction::Forget);
        let forget = use_callback((), move |_: (), _| {
            forget_progress.emit(());
            forget_answers.emit(());
            forget_programme.emit(());
        });
        crate::hooks::ProgressHandle { forget, ..progress.clone() }
    };
    let on_start = {
        let open = session_open.setter();
        use_callback((), move |_: (), _| open.set(true))
    };
    let session = match (&*outcome, *session_open) {
        (Outcome::Plan(plan), true) => {
            let steps = steps_for_day(plan, today.weekday());
            let on_close = {
                let open = session_open.clone();
                Callback::from(move |_| open.set(false))
            };
            let record = progress.record.clone();
            let clock = (*clock).clone();
            let on_finish = Callback::from(move |r: SessionReport| {
                if r.done > 0 {
                    record.emit((clock.today(), r.done, r.total, r.tallies));
                }
            });
            html! { <GuidedSession {steps} {on_close} {on_finish} on_rate={Some(progress.rate.clone())} /> }
        }
        _ => html! {},
    };
    // "Show my therapist": the programme as this person does it (after their cautions), and
    // the sessions this device kept.
    let summary =
        use_memo((programme.state.current.clone(), screening.screening.clone(), progress.progress.clone(), today), |(current, screening, kept, today)| {
            let p = current.as_ref()?;
            let Outcome::Plan(plan) = p.plan(screening) else { return None };
            Some(Rc::new(crate::model::review::Review { measured: p.measured, ..review(&plan, p.issued, &kept.done_records(), *today) }))
        });
    let (shared_review, shared_notices) = use_shared_review();
    // A photo taken now is compared with the last one: from a client's summary opened on the
    // clinic's screen, or from the programme on this device.
    let earlier = shared_review.as_ref().and_then(|r| r.measured).or_else(|| programme.state.current.as_ref().and_then(|p| p.measured));
    // The builder, in consultation mode, unless the clinic's settings file turned it off.
    let may_build = props.consult && settings.consultation_programmes != Some(false);
    let on_build = match (&*outcome, may_build) {
        (Outcome::Plan(_), true) => {
            let building = building.setter();
            Some(Callback::from(move |_: ()| building.set(true)))
        }
        _ => None,
    };
    let close_builder = {
        let building = building.setter();
        Callback::from(move |_: ()| building.set(false))
    };
    let share = props.share_url.clone();
    if props.url.compact_embed() {
        // The compact embedded widget: no chart, plan, progress or sources, only the way to them.
        return html! {
            <div class="your-plan" data-testid="your-plan">
                { compact_plan(share) }
            </div>
        };
    }

    html! {
        <ContextProvider<Clinic> context={props.clinic.clone()}>
        <ContextProvider<Clock> context={(*clock).clone()}>
        <ContextProvider<Started> context={Started(props.started)}>
        <div class="your-plan" data-testid="your-plan">
            if !shared_notices.is_empty() {
                <div class="notice" role="status" data-testid="shared-review-notice">
                    { for shared_notices.iter().map(|n| html! { <p>{ n.clone() }</p> }) }
                </div>
            }
            if let Some(review) = shared_review {
                <ReviewPanel {review} />
            }
            if props.url.check_clinic {
                { clinic_check::clinic_check(props.file.as_deref()) }
            }
            <Chart inputs={props.shown} />
            if crate::model::photo::MEASURE {
                <PhotoMeasure {on_measured} {earlier} />
            }
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
                on_build={on_build}
                building={*building}
            >
                { programme_notices(&programme) }
                if let (true, Outcome::Plan(plan)) = (*building, &*outcome) {
                    <ProgrammeBuilder start={Rc::new(Programme::from_plan(plan, today))} measured={*measured}
                        hidden={Rc::new(settings.hidden_exercises.clone())} page={AttrValue::from(page_address())}
                        on_close={close_builder} on_link={props.on_programme_link.clone()} />
                }
            </PlanSection>
            <ProgressPanel handle={progress_handle} review={(*summary).clone()} />
            { fixed(Part::HowSure) }
        </div>
        </ContextProvider<Started>>
        </ContextProvider<Clock>>
        </ContextProvider<Clinic>>
    }
}
