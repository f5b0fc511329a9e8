//! The prerendered page: what a person sees before the wasm runs, or without it.
#![cfg(not(target_arch = "wasm32"))]

use posture_explainer::model::evidence::{MODEL_SOURCES, PLAN_SOURCES, WEAK_LINK_SOURCES};
use posture_explainer::model::explain;
use posture_explainer::model::posture::{posture, Inputs};
use posture_explainer::model::words;
use posture_explainer::prerender::{insert, page};

#[test]
fn the_page_shows_the_default_readouts_the_figure_the_explanation_and_the_sources() {
    let html = page();
    let p = posture(&Inputs::default());
    // The figure, with its text alternative, at the default person's angles.
    assert!(html.contains("data-testid=\"posture-figure\""), "the figure");
    assert!(html.contains(&format!("data-pelvic-tilt=\"{}\"", p.pelvic_tilt_deg.round())), "the figure's tilt");
    assert!(html.contains(&format!("tilts forward by {} degrees", p.pelvic_tilt_deg.round())), "the figure's description");
    // The readouts and the six sliders at their defaults.
    assert!(html.contains("data-testid=\"value-pelvic-tilt\""));
    assert_eq!(html.matches("type=\"range\"").count(), 6, "six sliders");
    // Shown disabled until the app starts: moved before then, they would move nothing else.
    assert_eq!(html.matches("<fieldset disabled").count(), 2, "both groups of sliders disabled");
    // The attributes of every element opened with `open` ("<input").
    let tags = |open: &str| -> Vec<&str> { html.split(open).skip(1).map(|t| t.split('>').next().unwrap_or("")).collect() };
    let answers: Vec<&str> = tags("<input").into_iter().filter(|tag| tag.contains("data-answer=")).collect();
    assert!(answers.len() > 10, "the safety questions");
    assert!(answers.iter().all(|tag| tag.contains("disabled")), "and every safety question");
    // So are the buttons that need the app: none is left looking ready.
    let buttons = tags("<button");
    assert!(buttons.len() >= 3, "the reset, consultation mode and copy buttons");
    assert!(buttons.iter().all(|tag| tag.contains("disabled")), "every button disabled: {buttons:?}");
    // The explanation, the plan's safety screen, and every source.
    assert!(html.contains(words::page::TITLE));
    assert!(html.contains("data-testid=\"safety-screen\""), "the safety questions");
    let escaped = |t: &str| t.replace('&', "&amp;").replace('\'', "&#39;").replace('"', "&quot;").replace('<', "&lt;");
    for s in MODEL_SOURCES.iter().chain(&WEAK_LINK_SOURCES).chain(&PLAN_SOURCES) {
        assert!(html.contains(&escaped(s.reference)) || html.contains(s.reference), "source {}", s.key);
    }
    // The parts the browser keeps as the page has them (components::fixed): there, once each,
    // between the raw-HTML markers that hydration takes over whole.
    for (part, words) in [("how-sure", words::how_sure::ILLUSTRATION), ("article-points", explain::CAUSES[0].title)] {
        let tag = format!("data-testid=\"{part}\"");
        assert_eq!(html.matches(&tag).count(), 1, "{part}: once");
        let after_tag = html.split(&tag).nth(1).and_then(|rest| rest.split_once('>')).map_or("", |(_, rest)| rest);
        let inside = after_tag.strip_prefix("<!--<#>-->").and_then(|rest| rest.split("<!--</#>-->").next()).expect("raw markup right inside the element");
        assert!(inside.contains(&escaped(words)), "{part}: its words inside the markers");
        assert_eq!(html.matches(&escaped(words)).count(), 1, "{part}: its words once");
    }
    // The chart, the plan and the rest are an island (components::island): inside its host,
    // between raw-HTML markers the main root keeps whole, with the island's own hydration
    // markers, the safety questions and the chart's table.
    let host = html.split("data-island=\"plan\"").nth(1).and_then(|rest| rest.split_once('>')).map(|(_, rest)| rest).expect("the plan island's host");
    let island = host.strip_prefix("<!--<#>-->").map(up_to_matching_raw_end).expect("raw markup right inside the host");
    assert!(island.starts_with("<!--<["), "the island's own hydration markers: {}", &island[..40.min(island.len())]);
    for part in ["data-testid=\"safety-screen\"", "data-testid=\"chart\"", "<table>", "data-testid=\"how-sure\""] {
        assert!(island.contains(part), "the island holds {part}");
    }
    // Until the app starts, and where it cannot, the page says what needs a modern browser.
    assert!(html.contains(words::page::STARTING));
    // No clinic is named and nothing inline would break the strict policy.
    assert!(!html.contains("data-testid=\"clinic-name\""));
    assert!(!html.contains(" style=") && !html.contains(" onclick="), "no inline style or script");
}

/// `markup` up to the raw-HTML end marker that closes the one just before it (raw parts nest).
fn up_to_matching_raw_end(markup: &str) -> &str {
    let (open, close) = ("<!--<#>-->", "<!--</#>-->");
    let (mut depth, mut at) = (1, 0);
    loop {
        let next_open = markup[at..].find(open).map(|i| at + i);
        let next_close = at + markup[at..].find(close).expect("a raw end marker");
        match next_open {
            Some(o) if o < next_close => {
                depth += 1;
                at = o + open.len();
            }
            _ => {
                depth -= 1;
                if depth == 0 {
                    return &markup[..next_close];
                }
                at = next_close + close.len();
            }
        }
    }
}

#[test]
fn the_page_goes_into_the_empty_app_element_once() {
    let index = "<html><body><div id=\"app\"></div><script src=x></script></body></html>";
    let out = insert(index, "<p>hi</p>").unwrap();
    assert_eq!(out, "<html><body><div id=\"app\"><p>hi</p></div><script src=x></script></body></html>");
    assert!(insert(&out, "<p>again</p>").is_err(), "never twice");
    assert!(insert("<html></html>", "x").is_err());
}
