use gloo::timers::callback::Interval;
use web_sys::{HtmlElement, HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

use crate::components::exercise_figure::ExerciseFigure;
use crate::hooks::browser::{Beeper, WakeLock};
use crate::hooks::Clock;
use crate::model::exercises::exercise;
use crate::model::session::{clock_text, EffortAndPain, Session, SessionAction, SessionReport, Step, Work};
use crate::model::words::session as w;

/// How often the countdown redraws; the time itself comes from timestamps.
const REDRAW_MS: u32 = 200;

#[derive(Properties, PartialEq)]
pub struct SessionProps {
    pub steps: Vec<Step>,
    pub on_close: Callback<()>,
    /// Called once when the session ends, or is closed after some steps were done:
    /// (steps completed, steps in all, each exercise's done and in all).
    pub on_finish: Callback<SessionReport>,
    /// Effort and pain after the session (optional); true once saved.
    #[prop_or_default]
    pub on_rate: Option<Callback<EffortAndPain, bool>>,
}

/// The guided session: its state is the model's `Session`, changed only by `SessionAction`s;
/// this component renders it and dispatches. A large countdown per hold, repetitions, sides, pause, skip, back.
/// Keyboard: Space pauses and resumes, arrows move, Escape closes.
#[component]
pub fn GuidedSession(props: &SessionProps) -> Html {
    let clock = use_context::<Clock>().unwrap_or_default();
    let session = use_reducer({
        let (steps, now) = (props.steps.clone(), clock.now());
        move || Session::start(steps, now)
    });
    let sound_on = use_mut_ref(|| false);
    let beeper = use_mut_ref(|| None::<Beeper>);
    let root = use_node_ref();

    // The session says when its report is due, once (`Session::report`).
    let report = {
        let (d, on_finish) = (session.dispatcher(), props.on_finish.clone());
        move |s: &Session, closing: bool| {
            if let Some(report) = s.report(closing) {
                d.dispatch(SessionAction::Reported);
                on_finish.emit(report);
            }
        }
    };
    {
        let report = report.clone();
        use_effect_with((session.finished, session.completed()), {
            let s = (*session).clone();
            move |_| report(&s, false)
        });
    }
    // The sound, when a timed step has run out and the person asked for it.
    {
        let (sound_on, beeper) = (sound_on.clone(), beeper.clone());
        use_effect_with(session.chimes, move |chimes| {
            if *chimes > 0 && *sound_on.borrow() {
                if let Some(b) = beeper.borrow().as_ref() {
                    b.beep();
                }
            }
        });
    }
    {
        let (d, clock, root) = (session.dispatcher(), clock.clone(), root.clone());
        use_effect_with((), move |_| {
            if let Some(el) = root.cast::<HtmlElement>() {
                let _ = el.focus();
            }
            let wake = WakeLock::request();
            let interval = Interval::new(REDRAW_MS, move || d.dispatch(SessionAction::Tick(clock.now())));
            move || {
                drop(interval);
                drop(wake);
            }
        });
    }

    let act = |action: fn(f64) -> SessionAction| {
        let (d, clock) = (session.dispatcher(), clock.clone());
        Callback::from(move |_: ()| d.dispatch(action(clock.now())))
    };
    let toggle = act(SessionAction::TogglePause);
    let next = act(SessionAction::Next);
    let skip = act(SessionAction::Skip);
    let back = act(SessionAction::Back);
    let forward = act(SessionAction::Forward);
    let close = {
        let (on_close, s) = (props.on_close.clone(), (*session).clone());
        Callback::from(move |_: ()| {
            report(&s, true);
            on_close.emit(());
        })
    };

    let onkeydown = {
        let (toggle, forward, back, close) = (toggle.clone(), forward.clone(), back.clone(), close.clone());
        Callback::from(move |e: KeyboardEvent| {
            let on_control = e
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                .is_some_and(|el| matches!(el.tag_name().as_str(), "BUTTON" | "INPUT"));
            match e.key().as_str() {
                " " | "Spacebar" if !on_control => {
                    e.prevent_default();
                    toggle.emit(());
                }
                "ArrowRight" => {
                    e.prevent_default();
                    forward.emit(());
                }
                "ArrowLeft" => {
                    e.prevent_default();
                    back.emit(());
                }
                "Escape" => close.emit(()),
                _ => {}
            }
        })
    };
    let on_sound = {
        let sound_on = sound_on.clone();
        let beeper = beeper.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            *sound_on.borrow_mut() = on;
            // Audio may only start from a person's action: create it here.
            if on && beeper.borrow().is_none() {
                *beeper.borrow_mut() = Some(Beeper::new());
            }
        })
    };

    let s = &*session;
    let total = s.steps.len();
    let body = match s.current() {
        None => html! {
            <div class="session__done" data-testid="session-done">
                <p class="session__big">{ w::WELL_DONE }</p>
                <p>{ w::done(s.completed(), s.exercise_total()) }</p>
                if let (Some(on_rate), true) = (&props.on_rate, s.completed() > 0) {
                    <RateSession on_rate={on_rate.clone()} />
                }
            </div>
        },
        Some(step) => {
            let e = exercise(step.exercise);
            let title = w::with_side(e.name, step.side);
            let round = w::round(step);
            let work = match step.work {
                Work::GetReady { seconds } | Work::Hold { seconds } | Work::Rest { seconds } => {
                    let left = s.shown_seconds().unwrap_or(seconds);
                    html! {
                        <>
                            <p class="session__phase" data-testid="session-phase" data-phase={step.work.key()}>{ w::phase(step.work) }</p>
                            <p class="session__big" data-testid="countdown" aria-hidden="true">{ clock_text(left) }</p>
                            <p class="visually-hidden">{ w::timed_spoken(step.work) }</p>
                        </>
                    }
                }
                Work::Reps { count } => {
                    let done = s.counted;
                    let add = {
                        let d = session.dispatcher();
                        Callback::from(move |_: MouseEvent| d.dispatch(SessionAction::CountRep))
                    };
                    html! {
                        <>
                            <p class="session__big" data-testid="reps" aria-live="polite">
                                { w::done_of(done, count) }
                            </p>
                            <p class="session__round">{ w::REPETITIONS }</p>
                            <div class="session__controls">
                                <button type="button" class="button button--quiet" onclick={add} data-testid="count-rep">{ w::ADD_REP }</button>
                                <button type="button" class="button" onclick={next.reform(|_: MouseEvent| ())}>{ w::DONE_NEXT }</button>
                            </div>
                        </>
                    }
                }
            };
            html! {
                <div class="session__step">
                    <h3 data-testid="session-exercise">{ title.clone() }</h3>
                    <p class="session__round">{ round.clone() }</p>
                    <ExerciseFigure id={step.exercise} moving=true />
                    { work }
                    <p class="visually-hidden" aria-live="polite" data-testid="session-announce">
                        { w::announce(s.index + 1, total, &title, step.work, &round, s.is_paused()) }
                    </p>
                </div>
            }
        }
    };
    let paused = s.is_paused();
    let finished = s.finished;

    html! {
        <section class="session" aria-labelledby="session-heading" tabindex="-1" ref={root} {onkeydown} data-testid="session">
            <h2 id="session-heading">{ w::HEADING }</h2>
            <p class="session__progress">{ w::progress(finished, s.index + 1, total) }</p>
            { body }
            <div class="session__controls">
                <button type="button" class="button button--quiet" onclick={back.reform(|_: MouseEvent| ())}>{ w::BACK }</button>
                if !finished {
                    <button type="button" class="button" onclick={toggle.reform(|_: MouseEvent| ())} data-testid="pause">
                        { if paused { w::RESUME } else { w::PAUSE } }
                    </button>
                    <button type="button" class="button button--quiet" onclick={skip.reform(|_: MouseEvent| ())}>{ w::SKIP }</button>
                }
                <button type="button" class="button button--quiet" onclick={close.reform(|_: MouseEvent| ())}>{ w::CLOSE }</button>
            </div>
            <p class="session__option">
                <input type="checkbox" id="session-sound" onchange={on_sound} />
                <label for="session-sound">{ w::SOUND }</label>
            </p>
            <p class="session__keys">{ w::KEYS }</p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct RateProps {
    on_rate: Callback<EffortAndPain, bool>,
}

/// Effort and pain after a session, 0 to 10, each optional; "Saved" only once it was.
#[component]
fn RateSession(props: &RateProps) -> Html {
    use crate::model::words::review as r;
    let effort = use_node_ref();
    let pain = use_node_ref();
    // Whether it was saved, and the pain it saved.
    let status = use_state(|| None::<(bool, Option<u32>)>);
    let clinic = use_context::<crate::config::Clinic>().unwrap_or_default();
    let save = {
        let (effort, pain, status, on_rate) = (effort.clone(), pain.clone(), status.setter(), props.on_rate.clone());
        Callback::from(move |_: MouseEvent| {
            let read = |n: &NodeRef| n.cast::<web_sys::HtmlSelectElement>().and_then(|s| crate::model::num::parse_whole(&s.value())).filter(|v| *v <= 10);
            let pain = read(&pain);
            status.set(Some((on_rate.emit((read(&effort), pain)), pain)));
        })
    };
    let scale = |id: &'static str, label: &'static str, node: NodeRef| {
        html! {
            <label class="rate__field" for={id}>
                <span>{ label }</span>
                <select {id} ref={node} data-testid={id}>
                    <option value="" selected=true>{ r::NOT_SAID }</option>
                    { for (0..=10).map(|v| html! { <option value={v.to_string()}>{ v }</option> }) }
                </select>
            </label>
        }
    };
    html! {
        <fieldset class="rate" data-testid="rate">
            <legend>{ r::RATE_HEADING }</legend>
            { scale("rate-effort", r::EFFORT, effort) }
            <p class="rate__anchor">{ r::EFFORT_ANCHOR }</p>
            { scale("rate-pain", r::PAIN, pain) }
            <button type="button" class="button" onclick={save} data-testid="rate-save">{ r::SAVE_RATING }</button>
            <p role="status" data-testid="rate-status">
                { match *status { Some((true, _)) => r::RATING_SAVED, Some((false, _)) => r::RATING_NOT_SAVED, None => "" } }
            </p>
            if let Some((true, pain)) = *status {
                if crate::model::review::pain_is_high(pain) {
                    <p class="rate__high" role="alert" data-testid="rate-high-pain">{ r::HIGH_PAIN }</p>
                }
            }
            <p class="rate__advice" data-testid="pain-advice">{ r::pain_advice(clinic.pain_ceiling.unwrap_or(r::PAIN_CEILING)) }</p>
        </fieldset>
    }
}
