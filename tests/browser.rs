//! Component tests in headless Chromium: mount the app, move a slider, read what a person sees.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use posture_explainer::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn mount() -> Element {
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
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(1200)).await;
    yew::scheduler::flush().await;
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
async fn tighter_hip_flexors_raise_the_readouts_and_change_the_figure() {
    let root = mount().await;
    move_slider(&root, "hip-flexors", "0").await;
    settle().await;
    let tilt_supple = shown_degrees(&root, "[data-testid=value-pelvic-tilt]");
    let curve_supple = shown_degrees(&root, "[data-testid=value-lumbar-curve]");
    let pelvis_supple = find(&root, ".fig-pelvis").get_attribute("d").unwrap();
    assert!(text(&root, ".muscle-key").contains("Hip flexors: normal"));

    move_slider(&root, "hip-flexors", "10").await;
    // The readouts answer at once.
    let tilt_tight = shown_degrees(&root, "[data-testid=value-pelvic-tilt]");
    let curve_tight = shown_degrees(&root, "[data-testid=value-lumbar-curve]");
    assert!(tilt_tight > tilt_supple, "tilt {tilt_supple} -> {tilt_tight}");
    assert!(curve_tight > curve_supple, "curve {curve_supple} -> {curve_tight}");
    assert!(text(&root, ".muscle-key").contains("Hip flexors: tight"));
    assert!(text(&root, ".fig-muscle-label").contains("Hip flexors tight"));

    // The figure eases there, then settles on the new tilt.
    settle().await;
    let pelvis_tight = find(&root, ".fig-pelvis").get_attribute("d").unwrap();
    assert_ne!(pelvis_supple, pelvis_tight);
    let drawn: f64 = find(&root, "[data-testid=posture-figure]")
        .get_attribute("data-pelvic-tilt")
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(drawn.round() as i32, tilt_tight);
    assert!(text(&root, "#figure-desc").contains(&format!("{tilt_tight} degrees")));
    root.remove();
}

#[wasm_bindgen_test]
async fn the_explanation_and_chart_follow_the_sliders() {
    let root = mount().await;
    move_slider(&root, "sitting", "12").await;
    assert!(text(&root, "[data-testid=chain]").contains("12 hours of sitting a day"));
    move_slider(&root, "glutes", "1").await;
    assert!(text(&root, "[data-testid=chain]").contains("Weak glutes"));
    let chart = find(&root, "[data-testid=chart]");
    assert!(chart.query_selector("svg").unwrap().is_some(), "chart drawn");
    assert!(chart.get_attribute("aria-label").unwrap().contains("At your setting of 5 of 10"));
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
    settle().await;
    let live = text(&root, "[data-testid=live-summary]");
    assert!(live.contains(&said), "{live}");
    root.remove();
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
