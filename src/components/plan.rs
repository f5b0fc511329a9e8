use yew::prelude::*;

use crate::components::exercise_figure::ExerciseFigure;
use crate::components::safety_screen::SafetyScreen;
use crate::config::Clinic;
use crate::hooks::browser::{download, utc_stamp};
use crate::hooks::Clock;
use crate::model::exercises::{exercise, ExerciseId};
use crate::model::ics;
use crate::model::plan::{Outcome, Plan, PlanItem, DAY_NAMES};
use crate::model::programme::Version;
use crate::model::safety::{self, Answer, SafetyAdvice, Screening};
use crate::model::session::exercises_for_day;
use crate::model::words::plan as w;
use crate::model::words::programme as pw;

#[derive(Properties, PartialEq)]
pub struct PlanProps {
    /// The plan for the settled inputs and answers, or the advice to seek help, or nothing yet.
    pub outcome: Outcome,
    pub screening: Screening,
    #[prop_or_default]
    pub notice: Option<String>,
    pub on_toggle: Callback<Answer>,
    pub on_start: Callback<()>,
    /// Consultation mode: open the programme builder.
    #[prop_or_default]
    pub on_build: Option<Callback<()>>,
    /// The builder is open: it takes the plan's place.
    #[prop_or_default]
    pub building: bool,
    /// The programme's notices, question and switch, or the builder: above the plan.
    #[prop_or_default]
    pub children: Html,
}

/// The safety screen, then the plan, the advice to seek help, or a prompt to answer first.
#[component]
pub fn PlanSection(props: &PlanProps) -> Html {
    let started = crate::hooks::use_started();
    // "Yes, check my answers" before a session: the warning signs are asked again (the plan
    // waits for them), and the focus goes to the first of them.
    let on_recheck = {
        let (toggle, no_flags) = (props.on_toggle.clone(), props.screening.no_red_flags);
        Callback::from(move |_: ()| {
            if no_flags {
                toggle.emit(Answer::NoRedFlags);
            }
            let first = gloo::utils::document().get_element_by_id(&format!("answer-{}", safety::RedFlag::ALL[0].key()));
            if let Some(first) = first.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
                let _ = first.focus();
            }
        })
    };
    html! {
        <section class="plan" id="plan" aria-labelledby="plan-heading">
            <h2 id="plan-heading">{ w::HEADING }</h2>
            <p class="plan__disclaimer">{ w::DISCLAIMER }</p>
            if let Some(n) = &props.notice {
                <p class="notice" role="status" data-testid="screening-notice">{ n }</p>
            }
            <SafetyScreen screening={props.screening.clone()} on_toggle={props.on_toggle.clone()} />
            { props.children.clone() }
            <div aria-live="polite" data-testid="plan-outcome">
            {
                match &props.outcome {
                    _ if props.building => html! {},
                    Outcome::NotAnswered => html! {
                        <p class="plan__waiting" data-testid="plan-waiting">{ safety::SCREEN_WAITING }</p>
                    },
                    Outcome::SeekHelp(advice) => seek_help(advice, &props.on_toggle, started),
                    Outcome::NotForUnder16 => html! {
                        <div class="advice advice--soon" data-testid="under-16">
                            <h3>{ safety::UNDER_16_HEADING }</h3>
                            <p>{ safety::UNDER_16_TEXT }</p>
                        </div>
                    },
                    Outcome::Plan(plan) => html! {
                        <>
                            { adjustments(plan, &props.on_toggle) }
                            <PlanActions plan={plan.clone()} on_start={props.on_start.clone()} on_build={props.on_build.clone()} on_recheck={on_recheck.clone()} />
                            <PlanBody plan={plan.clone()} />
                        </>
                    },
                }
            }
            </div>
        </section>
    }
}

/// The review advice and each caution's advice, with what it changed and why.
fn adjustments(plan: &Plan, on_toggle: &Callback<Answer>) -> Html {
    if !plan.review && plan.cautions.is_empty() && plan.checked_flags.is_empty() {
        return html! {};
    }
    html! {
        <div class="plan__changes" data-testid="plan-changes">
            if !plan.checked_flags.is_empty() {
                <div class="advice advice--checked" data-testid="checked-net">
                    <p>{ safety::CHECKED_SAFETY_NET }</p>
                    <ul>{ for plan.checked_flags.iter().map(|f| html! { <li>{ f.question() }</li> }) }</ul>
                    { already_checked_box(on_toggle, true, true) }
                </div>
            }
            if plan.review {
                <div class="advice advice--review" data-testid="review">
                    <h3>{ safety::REVIEW_HEADING }</h3>
                    <p>{ safety::REVIEW_TEXT }</p>
                </div>
            }
            if !plan.cautions.is_empty() {
                <h3>{ w::CHANGES_HEADING }</h3>
                <ul class="plan__cautions">
                    { for plan.cautions.iter().map(|c| html! {
                        <li data-caution={c.key()}>
                            <strong>{ c.question() }{ crate::model::words::punctuation::RUN_IN }</strong>{ c.advice() }
                            <ul>
                                { for plan.changes.iter().filter(|ch| ch.caution == *c).map(|ch| html! {
                                    <li data-testid="plan-change">{ &ch.reason }</li>
                                }) }
                            </ul>
                        </li>
                    }) }
                </ul>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PlanActionsProps {
    plan: Plan,
    on_start: Callback<()>,
    on_build: Option<Callback<()>>,
    /// "Yes, check my answers": something changed since the warning signs were answered.
    on_recheck: Callback<()>,
}

/// Start the session, print, calendar reminders, book, share.
#[component]
fn PlanActions(props: &PlanActionsProps) -> Html {
    let clinic = use_context::<Clinic>().unwrap_or_default();
    let clock = use_context::<Clock>().unwrap_or_default();
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    let reminders = {
        let plan = props.plan.clone();
        let clinic = clinic.clone();
        let clock = clock.clone();
        Callback::from(move |_: MouseEvent| {
            let text = ics::schedule(&plan, clinic.name.as_deref(), clinic.booking_url.as_deref(), clock.today(), &utc_stamp(clock.now()));
            download("stretch-plan.ics", "text/calendar", &text);
        })
    };
    // Before each session, one line to re-check the warning signs (clinical review, S14).
    let rechecking = use_state(|| false);
    let ask = {
        let rechecking = rechecking.setter();
        Callback::from(move |_: MouseEvent| rechecking.set(true))
    };
    let start = {
        let (rechecking, on_start) = (rechecking.setter(), props.on_start.clone());
        Callback::from(move |_: MouseEvent| {
            rechecking.set(false);
            on_start.emit(());
        })
    };
    let check = {
        let (rechecking, on_recheck) = (rechecking.setter(), props.on_recheck.clone());
        Callback::from(move |_: MouseEvent| {
            rechecking.set(false);
            on_recheck.emit(());
        })
    };
    // Today's part of the week: the exercises the guided session runs, each once, in order.
    let weekday = clock.today().weekday();
    let today: Vec<&str> = exercises_for_day(&props.plan, weekday).into_iter().map(|id| exercise(id).name).collect();
    html! {
        <div class="plan-actions">
            if !props.plan.session.is_empty() && today.is_empty() {
                <p class="plan-actions__rest" data-testid="rest-day">{ w::REST_DAY }</p>
            } else if !props.plan.session.is_empty() {
                <p class="plan-actions__today" data-testid="today-session">{ w::today_session(DAY_NAMES[weekday], &today) }</p>
                <button type="button" class="button" onclick={ask} data-testid="start-session" aria-expanded={rechecking.to_string()}>
                    { w::START }
                </button>
                if *rechecking {
                    <div class="recheck" role="group" aria-labelledby="recheck-question" data-testid="recheck">
                        <p id="recheck-question">{ safety::RECHECK }</p>
                        <button type="button" class="button" onclick={start} data-testid="recheck-start">{ safety::RECHECK_NO }</button>
                        <button type="button" class="button button--quiet" onclick={check} data-testid="recheck-answers">{ safety::RECHECK_YES }</button>
                    </div>
                }
            }
            if let Some(build) = &props.on_build {
                <button type="button" class="button" onclick={build.reform(|_: MouseEvent| ())} data-testid="build-programme">
                    { crate::model::words::programme::BUILD }
                </button>
            }
            <button type="button" class="button button--quiet" onclick={print}>{ w::PRINT }</button>
            <button type="button" class="button button--quiet" onclick={reminders} aria-describedby="calendar-gloss" data-testid="calendar">
                { w::CALENDAR }
            </button>
            if let Some(url) = clinic.booking_url.clone() {
                <a class="button" href={url} rel="noopener noreferrer" target="_blank" data-testid="book">
                    { w::book_at(clinic.name.as_deref()) }
                </a>
            }
            <p class="plan-actions__gloss" id="calendar-gloss">{ w::CALENDAR_GLOSS }</p>
        </div>
    }
}

/// "I have already seen a doctor or physiotherapist…": under the GP-soon advice (unticked),
/// and above the plan it lets through (ticked, to take it back).
fn already_checked_box(on_toggle: &Callback<Answer>, checked: bool, started: bool) -> Html {
    let onchange = on_toggle.reform(|_: Event| Answer::AlreadyChecked);
    html! {
        <p class="advice__checked">
            <input type="checkbox" id="answer-checked" {onchange} {checked} disabled={!started} data-answer={Answer::AlreadyChecked.key()} />
            <label for="answer-checked">{ safety::ALREADY_CHECKED }</label>
        </p>
    }
}

fn seek_help(a: &SafetyAdvice, on_toggle: &Callback<Answer>, started: bool) -> Html {
    // Under the GP-soon advice only: a doctor or physiotherapist has already checked it.
    let checked = (a.tier == safety::Tier::Soon).then(|| already_checked_box(on_toggle, false, started));
    html! {
        <div class={classes!("advice", format!("advice--{}", a.tier.key()))} role="alert" data-testid="seek-help" data-tier={a.tier.key()}>
            <h3>{ a.heading() }</h3>
            { for a.texts().into_iter().map(|t| html! { <p>{ t }</p> }) }
            <p>{ w::YOU_TICKED }</p>
            <ul>{ for a.ticked.iter().map(|f| html! {
                <li><span>{ f.question() }</span>{ crate::model::words::punctuation::LABEL }<strong data-testid="flag-action">{ f.action() }</strong></li>
            }) }</ul>
            { for checked }
            <p class="advice__source">{ safety::RED_FLAG_SOURCE }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PlanBodyProps {
    plan: Plan,
}

#[component]
fn PlanBody(props: &PlanBodyProps) -> Html {
    let plan = &props.plan;
    let clinic = use_context::<Clinic>().unwrap_or_default();
    html! {
        <div class="plan__body" data-testid="plan">
            if let Some(h) = &plan.programme {
                <div class="programme-head" data-testid="programme-head">
                    <h3>{ pw::heading(clinic.name.as_deref(), h.issued) }</h3>
                    if !h.initials.is_empty() {
                        <p>{ pw::written_by(&h.initials) }</p>
                    }
                    if let Some(m) = h.measured.filter(|_| crate::model::photo::MEASURE) {
                        <p class="programme-head__measured" data-testid="programme-measured">
                            { m.told() }
                        </p>
                    }
                    if !h.note.trim().is_empty() {
                        <p class="programme-head__note" data-testid="programme-note"><strong>{ pw::THERAPIST_NOTE }</strong>{ " " }{ h.note.clone() }</p>
                    }
                </div>
            }
            <h3>{ w::EXERCISES }</h3>
            if plan.session.is_empty() {
                <p data-testid="session-empty">{ w::SESSION_EMPTY }</p>
            }
            <ol class="exercise-list" data-testid="session-list">
                { for plan.session.iter().map(|it| exercise_card(it, plan.programme.is_some(), plan.offers_harder(), plan.swapped_for(it.id))) }
            </ol>
            <h3>{ w::HABITS }</h3>
            <ul class="exercise-list exercise-list--habits">
                { for plan.habits.iter().map(|it| exercise_card(it, plan.programme.is_some(), plan.offers_harder(), plan.swapped_for(it.id))) }
            </ul>
            <h3>{ w::WEEK }</h3>
            // Scrolls sideways on a narrow phone (longer day names in some languages): focusable and
            // named, so a keyboard can scroll it too (WCAG 2.1.1).
            <div class="week-wrap" tabindex="0" role="region" aria-label={w::WEEK_CAPTION}>
                <table class="week" data-testid="week">
                    <caption class="visually-hidden">{ w::WEEK_CAPTION }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ w::WEEK_EXERCISE }</th>
                            { for DAY_NAMES.iter().zip(crate::model::words::calendar::WEEKDAYS_SHORT).map(|(d, short)| html! {
                                <th scope="col"><abbr title={*d}>{ short }</abbr></th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for plan.session.iter().map(|it| week_row(plan, it.id)) }
                    </tbody>
                </table>
            </div>
            <p class="plan__clinic">
                { w::questions_to(clinic.name.as_deref()) }
                if let Some((shown, href)) = clinic.phone.clone() {
                    { " " }{ w::CALL.0 }<a href={href} data-testid="phone">{ shown }</a>{ w::CALL.1 }
                }
            </p>
            if let Some(address) = clinic.address.clone() {
                <p class="plan__address" data-testid="address">{ address }</p>
            }
            if let Some(url) = clinic.booking_url.clone() {
                <p class="print-only" data-testid="print-booking">{ w::book_at(clinic.name.as_deref()) }{ crate::model::words::punctuation::LABEL }<a href={url.clone()}>{ url }</a></p>
            }
        </div>
    }
}

fn week_row(plan: &Plan, id: ExerciseId) -> Html {
    html! {
        <tr>
            <th scope="row">{ exercise(id).name }</th>
            { for (0..7).map(|d| {
                let on = plan.week[d].contains(&id);
                html! { <td>{ if on { "\u{2713}" } else { "" } }<span class="visually-hidden">{ if on { w::WEEK_YES } else { w::WEEK_REST } }</span></td> }
            }) }
        </tr>
    }
}

/// One exercise. `from_therapist`: its line of why is the therapist's note, which the handout
/// keeps (the suggested plan's reasons stay on screen).
/// `in_place_of`: the exercise a caution swapped for this one, if one did.
fn exercise_card(item: &PlanItem, from_therapist: bool, harder_offered: bool, in_place_of: Option<ExerciseId>) -> Html {
    let e = exercise(item.id);
    let dose = item.dosage.text();
    html! {
        <li class="exercise-card" data-exercise={item.id.key()}>
            <ExerciseFigure id={item.id} />
            <div class="exercise-card__text">
                <h4>{ e.name }</h4>
                if let Some(seed) = in_place_of {
                    <p class="exercise-card__instead">{ w::in_place_of(exercise(seed).name) }</p>
                }
                if item.version != Version::Standard {
                    <p class="exercise-card__version" data-testid="version"><strong>{ pw::YOUR_VERSION }</strong>{ " " }
                        { item.version.label() }{ crate::model::words::punctuation::LABEL }{ if item.version == Version::Easier { e.easier } else { e.harder } }</p>
                }
                <p class="exercise-card__how print-only">{ e.how }</p>
                <p class="exercise-card__works">{ w::works(e.works) }</p>
                <p class={classes!("exercise-card__why", from_therapist.then_some("exercise-card__why--note"))}>{ &item.why }</p>
                if !dose.is_empty() {
                    <p class="exercise-card__dose"><strong>{ w::HOW_MUCH }</strong>{ " " }{ dose }</p>
                }
                if let Some(rule) = item.dosage.progression(harder_offered) {
                    <p class="exercise-card__progress" data-testid="progression"><strong>{ w::PROGRESS_RULE }</strong>{ " " }{ rule }</p>
                }
                <ol class="exercise-card__steps">
                    { for e.steps.iter().map(|s| html! { <li>{ *s }</li> }) }
                </ol>
                <p class="exercise-card__variation"><strong>{ w::EASIER }</strong>{ " " }{ e.easier }</p>
                if harder_offered {
                    <p class="exercise-card__variation"><strong>{ w::HARDER }</strong>{ " " }{ e.harder }</p>
                }
                <p class="exercise-card__caution"><strong>{ w::TAKE_CARE }</strong>{ " " }{ e.caution }</p>
            </div>
        </li>
    }
}
