//! Component tests in headless Chromium: mount the app, move a slider, read what a person sees.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::disallowed_methods, reason = "test code never reaches the wasm, where the size rules apply")]

use posture_explainer::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn mount() -> Element {
    // The app keeps its inputs in the address; start each test from a clean one.
    let window = gloo::utils::window();
    let path = window.location().pathname().unwrap();
    window.history().unwrap().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path)).unwrap();
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

/// Degrees as shown, e.g. "12°" or "−4°".
fn shown_degrees(root: &Element, selector: &str) -> i32 {
    text(root, selector).trim_end_matches('°').replace('\u{2212}', "-").parse().unwrap()
}

async fn move_slider(root: &Element, id: &str, value: &str) {
    let input: HtmlInputElement = find(root, &format!("#in-{id}")).dyn_into().unwrap();
    input.set_value(value);
    input.dispatch_event(&Event::new("input").unwrap()).unwrap();
    yew::scheduler::flush().await;
    next_paint().await;
}

/// Past the next painted frame, and the renders that follow it: the moment the app's own
/// after-paint work runs (a task queued from requestAnimationFrame), then one task more.
async fn next_paint() {
    let window = gloo::utils::window();
    let painted = js_sys::Promise::new(&mut |resolve, _| {
        let w = gloo::utils::window();
        let after = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = w.set_timeout_with_callback(resolve.unchecked_ref());
        });
        let _ = window.request_animation_frame(after.unchecked_ref());
    });
    wasm_bindgen_futures::JsFuture::from(painted).await.unwrap();
    yew::scheduler::flush().await;
}

/// Waits, a frame at a time, until `ready` holds; fails naming `what` after five seconds.
async fn until(what: &str, ready: impl Fn() -> bool) {
    let start = js_sys::Date::now();
    loop {
        yew::scheduler::flush().await;
        if ready() {
            return;
        }
        assert!(js_sys::Date::now() - start < 5_000.0, "timed out waiting for {what}");
        next_paint().await;
    }
}

/// Waits until the figure has come to rest (its drawn tilt the same two frames running) on
/// the readout's pelvic tilt.
async fn figure_settles(root: &Element) {
    let drawn = || find(root, "[data-testid=posture-figure]").get_attribute("data-pelvic-tilt").unwrap_or_default();
    let start = js_sys::Date::now();
    loop {
        let before = drawn();
        next_paint().await;
        let now = drawn();
        let on_readout = now.parse::<f64>().is_ok_and(|t| t.round() as i32 == shown_degrees(root, "[data-testid=value-pelvic-tilt]"));
        if now == before && on_readout {
            return;
        }
        assert!(js_sys::Date::now() - start < 5_000.0, "timed out waiting for the figure to settle");
    }
}

/// The address (which follows the sliders once they rest) contains `part`.
fn address_has(part: &str) -> bool {
    gloo::utils::window().location().search().unwrap_or_default().contains(part)
}

#[wasm_bindgen_test]
async fn sliders_are_labelled_and_speak_in_words() {
    let root = mount().await;
    let input = find(&root, "#in-hip-flexors");
    assert_eq!(text(&root, "label[for=in-hip-flexors]"), "Hip flexor tightness");
    assert_eq!(input.get_attribute("aria-valuetext").unwrap(), "5 of 10 - moderate");
    move_slider(&root, "hip-flexors", "7").await;
    assert_eq!(input.get_attribute("aria-valuetext").unwrap(), "7 of 10 - tight");
    assert_eq!(text(&root, "output[for=in-hip-flexors]"), "7 of 10 - tight");
    root.remove();
}

#[wasm_bindgen_test]
async fn while_a_slider_is_dragged_the_figure_answers_at_once_and_the_readouts_after_the_next_paint() {
    let root = mount().await;
    let input: HtmlInputElement = find(&root, "#in-hip-flexors").dyn_into().unwrap();
    // A drag: inputs in quick succession.
    input.set_value("9");
    input.dispatch_event(&Event::new("input").unwrap()).unwrap();
    next_paint().await;
    let before = text(&root, "[data-testid=value-pelvic-tilt]");
    let tilt_before = find(&root, "[data-testid=posture-figure]").get_attribute("data-pelvic-tilt").unwrap();
    input.set_value("10");
    input.dispatch_event(&Event::new("input").unwrap()).unwrap();
    yew::scheduler::flush().await;
    // In the same render: the slider's own words (what a screen reader reads out) and the
    // figure, drawn at its new angle with no easing while the slider moves...
    assert_eq!(input.get_attribute("aria-valuetext").unwrap(), "10 of 10 - very tight");
    assert_eq!(text(&root, "output[for=in-hip-flexors]"), "10 of 10 - very tight");
    let tilt_now = find(&root, "[data-testid=posture-figure]").get_attribute("data-pelvic-tilt").unwrap();
    assert_ne!(tilt_now, tilt_before);
    // ...while the readouts wait for that frame to be painted,
    assert_eq!(text(&root, "[data-testid=value-pelvic-tilt]"), before);
    // and follow right after it, agreeing with the figure.
    next_paint().await;
    let readout = text(&root, "[data-testid=value-pelvic-tilt]");
    assert_ne!(readout, before);
    let drawn: f64 = tilt_now.parse().unwrap();
    assert_eq!(readout, format!("{}°", drawn.round()));
    root.remove();
}

#[wasm_bindgen_test]
async fn tighter_hip_flexors_raise_the_readouts_and_change_the_figure() {
    let root = mount().await;
    move_slider(&root, "hip-flexors", "0").await;
    figure_settles(&root).await;
    let tilt_supple = shown_degrees(&root, "[data-testid=value-pelvic-tilt]");
    let curve_supple = shown_degrees(&root, "[data-testid=value-lumbar-curve]");
    let pelvis_supple = find(&root, ".fig-pelvis").get_attribute("d").unwrap();
    assert!(text(&root, ".muscle-key").contains("Hip flexors: normal"));

    move_slider(&root, "hip-flexors", "10").await;
    // The readouts answer within a frame.
    let tilt_tight = shown_degrees(&root, "[data-testid=value-pelvic-tilt]");
    let curve_tight = shown_degrees(&root, "[data-testid=value-lumbar-curve]");
    assert!(tilt_tight > tilt_supple, "tilt {tilt_supple} -> {tilt_tight}");
    assert!(curve_tight > curve_supple, "curve {curve_supple} -> {curve_tight}");
    assert!(text(&root, ".muscle-key").contains("Hip flexors: tight"));
    assert!(text(&root, ".fig-muscle-label").contains("Hip flexors tight"));

    // The figure eases there, then settles on the new tilt.
    figure_settles(&root).await;
    let pelvis_tight = find(&root, ".fig-pelvis").get_attribute("d").unwrap();
    assert_ne!(pelvis_supple, pelvis_tight);
    let drawn: f64 = find(&root, "[data-testid=posture-figure]").get_attribute("data-pelvic-tilt").unwrap().parse().unwrap();
    assert_eq!(drawn.round() as i32, tilt_tight);
    assert!(text(&root, "#figure-desc").contains(&format!("{tilt_tight} degrees")));
    root.remove();
}

#[wasm_bindgen_test]
async fn the_explanation_and_chart_follow_the_sliders() {
    let root = mount().await;
    move_slider(&root, "sitting", "12").await;
    assert!(text(&root, "[data-testid=chain]").contains("12 hours of sitting a day"), "the words follow at once");
    move_slider(&root, "glutes", "1").await;
    assert!(text(&root, "[data-testid=chain]").contains("weak glutes let the pelvis tip forward"));
    move_slider(&root, "hip-flexors", "7").await;
    until("the chart to follow", || find(&root, "[data-testid=chart]").get_attribute("aria-label").unwrap_or_default().contains("At your setting of 7 of 10"))
        .await;
    let chart = find(&root, "[data-testid=chart]");
    assert!(chart.query_selector("svg").unwrap().is_some(), "chart drawn");
    assert!(chart.get_attribute("aria-label").unwrap().contains("At your setting of 7 of 10"), "the chart follows once the drag pauses");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_live_region_speaks_once_the_slider_rests() {
    let root = mount().await;
    move_slider(&root, "hip-flexors", "10").await;
    let tilt = shown_degrees(&root, "[data-testid=value-pelvic-tilt]");
    let said = format!("Pelvic tilt {tilt} degrees");
    // Not while the slider is moving: nothing new is announced yet.
    assert!(!text(&root, "[data-testid=live-summary]").contains(&said));
    until("the announcement", || text(&root, "[data-testid=live-summary]").contains(&said)).await;
    let live = text(&root, "[data-testid=live-summary]");
    assert!(live.contains(&said), "{live}");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_address_follows_the_sliders() {
    let root = mount().await;
    // The share link sits with the plan, which appears once the safety questions are answered.
    for none in ["#answer-no-flags", "#answer-none"] {
        if root.query_selector(&format!("{none}:checked")).unwrap().is_none() {
            find(&root, none).dyn_into::<web_sys::HtmlElement>().unwrap().click();
        }
    }
    move_slider(&root, "hip-flexors", "8").await;
    until("the address to follow", || address_has("hip_flexors=8")).await;
    let search = gloo::utils::window().location().search().unwrap();
    assert!(search.contains("hip_flexors=8"), "{search}");
    let share: HtmlInputElement = find(&root, "[data-testid=share-link]").dyn_into().unwrap();
    assert!(share.value().ends_with(&search), "{} vs {search}", share.value());
    root.remove();
}

#[wasm_bindgen_test]
async fn the_plan_waits_for_an_answer_and_a_red_flag_replaces_it() {
    let storage = gloo::utils::window().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let root = mount().await;
    let click = |sel: &str| find(&root, sel).dyn_into::<web_sys::HtmlElement>().unwrap().click();
    assert!(root.query_selector("[data-testid=session-list]").unwrap().is_none(), "no plan before an answer");
    assert!(root.query_selector("[data-testid=start-session]").unwrap().is_none());
    assert!(text(&root, "[data-testid=plan-waiting]").contains("Answer the questions"));
    click("#answer-none");
    yew::scheduler::flush().await;
    assert!(root.query_selector("[data-testid=session-list]").unwrap().is_none(), "not before the warning signs are answered");
    click("#answer-no-flags");
    yew::scheduler::flush().await;
    assert!(root.query_selector("[data-testid=session-list]").unwrap().is_some(), "the plan once answered");
    click("#answer-saddle");
    yew::scheduler::flush().await;
    assert!(!find(&root, "#answer-no-flags").dyn_into::<HtmlInputElement>().unwrap().checked(), "a warning sign clears 'I have none of these'");
    assert!(root.query_selector("[data-testid=session-list]").unwrap().is_none(), "no exercises");
    assert!(text(&root, "[data-testid=seek-help]").contains("999"));
    // Kept on the device, for the next visit.
    let stored = storage.get_item("posture-explainer.screening").unwrap().unwrap_or_default();
    assert!(stored.contains("saddle"), "{stored}");
    root.remove();
    storage.clear().unwrap();
}

#[wasm_bindgen_test]
async fn a_caution_says_what_it_changed_and_why() {
    let storage = gloo::utils::window().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let root = mount().await;
    move_slider(&root, "hip-flexors", "9").await;
    move_slider(&root, "hamstrings", "9").await;
    until("the plan to follow the sliders", || address_has("hamstrings=9")).await;
    find(&root, "#answer-no-flags").dyn_into::<web_sys::HtmlElement>().unwrap().click();
    find(&root, "#answer-knee").dyn_into::<web_sys::HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    let names = text(&root, "[data-testid=session-list]");
    assert!(names.contains("Standing lunge stretch"), "{names}");
    assert!(names.contains("in place of lunge stretch"), "{names}");
    let changes = text(&root, "[data-testid=plan-changes]");
    assert!(changes.contains("Because kneeling or deep knee bends hurt, the standing lunge stretch replaces lunge stretch"), "{changes}");
    root.remove();
    storage.clear().unwrap();
}

#[wasm_bindgen_test]
async fn reset_returns_to_the_typical_person() {
    let root = mount().await;
    move_slider(&root, "core", "0").await;
    assert!(text(&root, ".muscle-key").contains("Abdominals: weak"));
    find(&root, ".controls button").dyn_into::<web_sys::HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    assert!(text(&root, ".muscle-key").contains("Abdominals: normal"));
    let input: HtmlInputElement = find(&root, "#in-core").dyn_into().unwrap();
    assert_eq!(input.value(), "5");
    root.remove();
}

mod session {
    use std::cell::Cell;

    use super::*;
    use posture_explainer::components::session::GuidedSession;
    use posture_explainer::hooks::Clock;
    use posture_explainer::model::calendar::Date;
    use posture_explainer::model::exercises::ExerciseId;
    use posture_explainer::model::session::{Side, Step, Work};
    use yew::prelude::*;

    thread_local! {
        static NOW: Cell<f64> = const { Cell::new(0.0) };
        static FINISHED: Cell<Option<(u32, u32)>> = const { Cell::new(None) };
    }

    #[component]
    fn Harness() -> Html {
        let clock = use_memo((), |_| Clock::fixed(Date::new(2026, 12, 2).unwrap(), || NOW.with(|n| n.get())));
        let steps = vec![
            Step { exercise: ExerciseId::LungeStretch, side: Some(Side::Right), round: 1, rounds: 1, work: Work::Hold { seconds: 30 } },
            Step { exercise: ExerciseId::LungeStretch, side: Some(Side::Left), round: 1, rounds: 1, work: Work::Hold { seconds: 30 } },
            Step { exercise: ExerciseId::GluteBridge, side: None, round: 1, rounds: 1, work: Work::Reps { count: 10 } },
        ];
        let on_finish = Callback::from(|r: posture_explainer::model::session::SessionReport| FINISHED.with(|f| f.set(Some((r.done, r.total)))));
        // Effort and pain are "saved" when effort is given, and refused otherwise.
        let on_rate = Callback::from(|(effort, _pain): (Option<u32>, Option<u32>)| effort.is_some());
        html! {
            <ContextProvider<Clock> context={(*clock).clone()}>
                <GuidedSession {steps} on_close={Callback::noop()} {on_finish} on_rate={Some(on_rate)} />
            </ContextProvider<Clock>>
        }
    }

    /// The countdown redraws every 200 ms from the (controlled) clock: waits until it shows `shown`.
    async fn countdown_shows(root: &Element, shown: &str) {
        until(&format!("the countdown to show {shown}"), || text(root, "[data-testid=countdown]") == shown).await;
    }

    fn key(root: &Element, k: &str) {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(k);
        init.set_bubbles(true);
        let e = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        find(root, "[data-testid=session]").dispatch_event(&e).unwrap();
    }

    #[wasm_bindgen_test]
    async fn the_timer_counts_down_pauses_switches_sides_and_finishes() {
        NOW.with(|n| n.set(1_000.0));
        let document = gloo::utils::document();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        yew::Renderer::<Harness>::with_root(root.clone()).render();
        yew::scheduler::flush().await;

        assert_eq!(text(&root, "[data-testid=countdown]"), "0:30");
        assert!(text(&root, "[data-testid=session-exercise]").contains("right side"));
        assert_eq!(document.active_element().unwrap().get_attribute("data-testid").as_deref(), Some("session"), "focus moves to the session");

        NOW.with(|n| n.set(11_000.0));
        countdown_shows(&root, "0:20").await;

        // Space pauses: time passes, the countdown does not.
        key(&root, " ");
        yew::scheduler::flush().await;
        assert_eq!(text(&root, "[data-testid=pause]"), "Resume");
        NOW.with(|n| n.set(500_000.0));
        // Two redraws of the countdown (200 ms each) with the clock far on: still 0:20.
        let at = js_sys::Date::now();
        until("two redraws", || js_sys::Date::now() - at > 450.0).await;
        assert_eq!(text(&root, "[data-testid=countdown]"), "0:20");
        assert!(text(&root, "[data-testid=session-announce]").contains("Paused"));
        key(&root, " ");
        NOW.with(|n| n.set(520_000.0));
        // The hold ended: on to the left side, by itself.
        until("the left side", || text(&root, "[data-testid=session-exercise]").contains("left side")).await;
        assert!(text(&root, "[data-testid=session-exercise]").contains("left side"), "{}", text(&root, "[data-testid=session-exercise]"));
        assert_eq!(text(&root, "[data-testid=countdown]"), "0:30");

        // Arrow left goes back, arrow right skips on.
        key(&root, "ArrowLeft");
        yew::scheduler::flush().await;
        assert!(text(&root, "[data-testid=session-exercise]").contains("right side"));
        key(&root, "ArrowRight");
        key(&root, "ArrowRight");
        yew::scheduler::flush().await;
        assert_eq!(text(&root, "[data-testid=reps]"), "0 of 10");
        // The repetition counter counts taps, up to the set's number.
        for _ in 0..12 {
            find(&root, "[data-testid=count-rep]").dyn_into::<web_sys::HtmlElement>().unwrap().click();
            yew::scheduler::flush().await;
        }
        assert_eq!(text(&root, "[data-testid=reps]"), "10 of 10");
        key(&root, "ArrowRight");
        yew::scheduler::flush().await;
        assert!(root.query_selector("[data-testid=session-done]").unwrap().is_some());
        assert_eq!(FINISHED.with(|f| f.get()), Some((2, 3)), "one hold ran out and one set was done");
        // Effort and pain, optional: "Saved" only when the save succeeded.
        assert_eq!(text(&root, "[data-testid=rate-status]"), "");
        let click = |sel: &str| find(&root, sel).dyn_into::<web_sys::HtmlElement>().unwrap().click();
        click("[data-testid=rate-save]");
        yew::scheduler::flush().await;
        assert_eq!(text(&root, "[data-testid=rate-status]"), "This browser would not save it.");
        find(&root, "#rate-effort").dyn_into::<web_sys::HtmlSelectElement>().unwrap().set_value("6");
        click("[data-testid=rate-save]");
        yew::scheduler::flush().await;
        assert_eq!(text(&root, "[data-testid=rate-status]"), "Saved on this device.");
        root.remove();
    }
}

mod pinned_day {
    use super::*;
    use posture_explainer::hooks::Clock;
    use posture_explainer::model::calendar::Date;
    use yew::prelude::*;

    /// The app on a clock pinned to Tuesday 1 December 2026.
    #[component]
    fn OnATuesday() -> Html {
        let clock = use_memo((), |_| Clock::fixed(Date::new(2026, 12, 1).unwrap(), js_sys::Date::now));
        html! {
            <ContextProvider<Clock> context={(*clock).clone()}>
                <App />
            </ContextProvider<Clock>>
        }
    }

    #[wasm_bindgen_test]
    async fn the_plan_names_the_days_guided_session_from_the_apps_clock() {
        use posture_explainer::model::exercises::exercise;
        use posture_explainer::model::plan::{make_plan, Outcome};
        use posture_explainer::model::posture::Inputs;
        use posture_explainer::model::safety::Screening;
        use posture_explainer::model::session::exercises_for_day;
        use posture_explainer::model::words::plan::today_session;
        let storage = gloo::utils::window().local_storage().unwrap().unwrap();
        storage.clear().unwrap();
        // The default person: no settings left in the address by another test.
        let window = gloo::utils::window();
        let path = window.location().pathname().unwrap();
        window.history().unwrap().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path)).unwrap();
        let document = gloo::utils::document();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        yew::Renderer::<OnATuesday>::with_root(root.clone()).render();
        yew::scheduler::flush().await;
        find(&root, "#answer-no-flags").dyn_into::<web_sys::HtmlElement>().unwrap().click();
        find(&root, "#answer-none").dyn_into::<web_sys::HtmlElement>().unwrap().click();
        yew::scheduler::flush().await;
        // The default person's Tuesday, as the model has it (the stretches and the movement:
        // strengthening waits for the rest days in between).
        let Outcome::Plan(plan) = make_plan(&Inputs::default(), &Screening::none_at_all()) else { panic!("a plan") };
        let tuesday: Vec<&str> = exercises_for_day(&plan, 1).into_iter().map(|id| exercise(id).name).collect();
        assert!(tuesday.len() >= 3, "{tuesday:?}");
        assert_eq!(text(&root, "[data-testid=today-session]"), today_session("Tuesday", &tuesday));
        let listed = root.query_selector_all("[data-testid=session-list] h4").unwrap().length();
        assert_eq!(listed as usize, plan.session.len(), "the plan lists the whole week's exercises");
        root.remove();
        storage.clear().unwrap();
    }
}

/// Measuring from a photo: the panel says the photo is never kept, asks the camera for a photo,
/// and refuses a file that is not one, keeping nothing.
#[wasm_bindgen_test]
async fn a_file_that_is_not_a_photo_is_refused_and_nothing_is_shown() {
    let root = mount().await;
    let input = find(&root, "[data-testid=photo-file]");
    assert_eq!(input.get_attribute("accept").as_deref(), Some("image/*"));
    assert_eq!(input.get_attribute("capture").as_deref(), Some("environment"));
    assert!(text(&root, "[data-testid=photo-privacy]").contains("never put in a link or a QR code"));
    until("the page to start", || !input.has_attribute("disabled")).await;
    js_sys::eval(
        "const input = document.querySelector('[data-testid=photo-file]'); const dt = new DataTransfer();
         dt.items.add(new File(['plain words'], 'notes.txt', { type: 'text/plain' })); input.files = dt.files;
         input.dispatchEvent(new Event('change', { bubbles: true }));",
    )
    .unwrap();
    until("the refusal", || {
        root.query_selector("[data-testid=photo-status]").unwrap().is_some_and(|s| s.text_content().unwrap_or_default().contains("not a photo"))
    })
    .await;
    assert!(root.query_selector("[data-testid=photo]").unwrap().is_none(), "no photo shown");
    assert!(root.query_selector("[data-testid=measured-pelvic-tilt]").unwrap().is_none(), "no measured tilt beside the model's");
    root.remove();
}
