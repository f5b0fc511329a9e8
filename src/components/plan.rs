use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::exercise_figure::ExerciseFigure;
use crate::components::share::Share;
use crate::config::Clinic;
use crate::hooks::browser::{download, utc_stamp};
use crate::hooks::today;
use crate::model::ics;
use crate::model::exercises::{exercise, ExerciseId};
use crate::model::plan::{Outcome, Plan, PlanItem, PlanSettings, DAY_NAMES};
use crate::model::safety::{RedFlag, SafetyAdvice, Urgency};

#[derive(Properties, PartialEq)]
pub struct PlanProps {
    /// The plan for the settled inputs, or the advice to seek help.
    pub outcome: Outcome,
    pub settings: PlanSettings,
    pub red_flags: Vec<RedFlag>,
    pub on_toggle_flag: Callback<RedFlag>,
    pub on_older_adult: Callback<bool>,
    pub on_start: Callback<()>,
    pub share_url: AttrValue,
}

/// The safety screen, then either the advice to seek help or the plan.
#[component]
pub fn PlanSection(props: &PlanProps) -> Html {
    let on_older = props
        .on_older_adult
        .reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().checked());
    html! {
        <section class="plan" id="plan" aria-labelledby="plan-heading">
            <h2 id="plan-heading">{ "Your stretch and strengthening plan" }</h2>
            <p class="plan__disclaimer">
                { "This is general information, not a diagnosis or a substitute for seeing a professional. \
                   A stretch should feel like mild tension, never pain: stop if pain rises." }
            </p>
            <fieldset class="screen" data-testid="safety-screen">
                <legend>{ "Before you start: tick any that apply to you now" }</legend>
                <ul class="screen__list">
                    { for RedFlag::ALL.iter().map(|&flag| {
                        let id = format!("flag-{}", flag.key());
                        let onchange = props.on_toggle_flag.reform(move |_: Event| flag);
                        html! {
                            <li>
                                <input type="checkbox" id={id.clone()} checked={props.red_flags.contains(&flag)} {onchange} />
                                <label for={id}>{ flag.question() }</label>
                            </li>
                        }
                    }) }
                </ul>
                <p class="screen__none">{ "If none of these apply, your plan is below." }</p>
            </fieldset>
            <p class="plan__option">
                <input type="checkbox" id="older-adult" checked={props.settings.older_adult} onchange={on_older} />
                <label for="older-adult">{ "I am 65 or older (longer, gentler holds)" }</label>
            </p>
            {
                match &props.outcome {
                    Outcome::SeekHelp(advice) => seek_help(advice),
                    Outcome::Plan(plan) => html! {
                        <>
                            <PlanActions plan={plan.clone()} on_start={props.on_start.clone()} share={props.share_url.clone()} />
                            <PlanBody plan={plan.clone()} />
                        </>
                    },
                }
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PlanActionsProps {
    plan: Plan,
    on_start: Callback<()>,
    share: AttrValue,
}

/// Start the session, print, calendar reminders, book, share.
#[component]
fn PlanActions(props: &PlanActionsProps) -> Html {
    let clinic = use_context::<Clinic>().unwrap_or_default();
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    let reminders = {
        let plan = props.plan.clone();
        let clinic = clinic.clone();
        Callback::from(move |_: MouseEvent| {
            let text = ics::schedule(&plan, &clinic.name, clinic.booking_url.as_deref(), today(), &utc_stamp());
            download("stretch-plan.ics", "text/calendar", &text);
        })
    };
    html! {
        <div class="plan-actions">
            <button type="button" class="button" onclick={props.on_start.reform(|_: MouseEvent| ())} data-testid="start-session">
                { "Start today\u{2019}s guided session" }
            </button>
            <button type="button" class="button button--quiet" onclick={print}>{ "Print handout" }</button>
            <button type="button" class="button button--quiet" onclick={reminders}>
                { "Add reminders to my calendar (.ics)" }
            </button>
            if let Some(url) = clinic.booking_url.clone() {
                <a class="button" href={url} rel="noopener noreferrer" target="_blank" data-testid="book">
                    { format!("Book a session at {}", clinic.name) }
                </a>
            }
            <Share url={props.share.clone()} />
        </div>
    }
}

fn seek_help(a: &SafetyAdvice) -> Html {
    let class = match a.urgency {
        Urgency::Emergency => "advice advice--emergency",
        Urgency::Soon => "advice advice--soon",
    };
    html! {
        <div class={class} role="alert" data-testid="seek-help">
            <h3>{ a.heading }</h3>
            <p>{ a.text }</p>
            <p>{ "You ticked:" }</p>
            <ul>{ for a.ticked.iter().map(|f| html! { <li>{ f.question() }</li> }) }</ul>
            <p class="advice__source">{ "Based on NICE guideline NG59 (low back pain and sciatica)." }</p>
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
            <h3>{ "Today\u{2019}s session" }</h3>
            <ol class="exercise-list" data-testid="session-list">
                { for plan.session.iter().map(exercise_card) }
            </ol>
            <h3>{ "Habits for the week" }</h3>
            <ul class="exercise-list exercise-list--habits">
                { for plan.habits.iter().map(exercise_card) }
            </ul>
            <h3>{ "Your week" }</h3>
            <div class="week-wrap">
                <table class="week" data-testid="week">
                    <caption class="visually-hidden">{ "Which exercises to do on each day" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Exercise" }</th>
                            { for DAY_NAMES.iter().map(|d| html! {
                                <th scope="col"><abbr title={*d}>{ &d[..3] }</abbr></th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for plan.session.iter().map(|it| week_row(plan, it.id)) }
                    </tbody>
                </table>
            </div>
            <p class="plan__clinic">
                { format!("Questions about your plan? {} can help.", clinic.name) }
            </p>
            if let Some(url) = clinic.booking_url.clone() {
                <p class="print-only">{ format!("Book a session at {}: ", clinic.name) }<a href={url.clone()}>{ url }</a></p>
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
                html! { <td>{ if on { "\u{2713}" } else { "" } }<span class="visually-hidden">{ if on { "yes" } else { "rest" } }</span></td> }
            }) }
        </tr>
    }
}

fn exercise_card(item: &PlanItem) -> Html {
    let e = exercise(item.id);
    let dose = item.dosage.text();
    html! {
        <li class="exercise-card" data-exercise={format!("{:?}", item.id)}>
            <ExerciseFigure id={item.id} />
            <div class="exercise-card__text">
                <h4>{ e.name }</h4>
                <p class="exercise-card__works">{ "Works " }{ e.works }{ "." }</p>
                <p class="exercise-card__why">{ &item.why }</p>
                if !dose.is_empty() {
                    <p class="exercise-card__dose"><strong>{ "How much: " }</strong>{ dose }</p>
                }
                <ol class="exercise-card__steps">
                    { for e.steps.iter().map(|s| html! { <li>{ *s }</li> }) }
                </ol>
                <p class="exercise-card__variation"><strong>{ "Easier: " }</strong>{ e.easier }</p>
                <p class="exercise-card__variation"><strong>{ "Harder: " }</strong>{ e.harder }</p>
                <p class="exercise-card__caution"><strong>{ "Take care: " }</strong>{ e.caution }</p>
            </div>
        </li>
    }
}
