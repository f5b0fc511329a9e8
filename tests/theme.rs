//! The themes (styles/main.css): every colour the page names has a dark value, and every colour
//! the charts write into their SVG is given its role by the stylesheet, so no chart keeps a
//! light-theme colour on the dark page.

use posture_explainer::model::calendar::Date;
use posture_explainer::model::chart::{progress_svg, ratings_svg, svg};
use posture_explainer::model::posture::Inputs;
use posture_explainer::model::review::Rating;

const MAIN: &str = include_str!("../styles/main.css");
const PLAN: &str = include_str!("../styles/plan-and-tools.css");

/// The custom properties declared in the first block that starts with `opening`.
fn declared(css: &str, opening: &str) -> Vec<(String, String)> {
    let start = css.find(opening).unwrap_or_else(|| panic!("no block {opening}"));
    let body = &css[start + opening.len()..];
    let body = &body[..body.find('}').expect("the block closes")];
    body.lines()
        .filter_map(|l| l.trim().strip_prefix("--"))
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().trim_end_matches(';').to_owned()))
        .collect()
}

fn is_colour(v: &str) -> bool {
    v.starts_with('#') || v.starts_with("rgb(") || v.starts_with("var(--clinic")
}

#[test]
fn every_colour_of_the_light_theme_has_a_dark_value() {
    let light = declared(MAIN, ":root {\n");
    let dark = declared(MAIN, "@media screen and (prefers-color-scheme: dark) {\n  :root {\n");
    let colours: Vec<_> = light.iter().filter(|(_, v)| is_colour(v)).map(|(k, _)| k.clone()).collect();
    assert!(colours.len() > 30, "the light theme names its colours: {colours:?}");
    for name in &colours {
        assert!(dark.iter().any(|(k, _)| k == name), "--{name} has no dark value");
    }
    for (name, _) in &dark {
        assert!(colours.contains(name), "the dark theme sets --{name}, which the light one does not name");
    }
}

#[test]
fn no_colour_is_written_outside_the_themes() {
    // Past the two theme blocks, colours are the themes' names, system colours (forced colours)
    // or print's own white and grey.
    let after_themes = &MAIN[MAIN.find("@media screen and (prefers-color-scheme: dark)").unwrap()..];
    let after_themes = &after_themes[after_themes.find("\n}\n").unwrap()..];
    let print = PLAN.find("@media print").expect("print styles");
    for (name, css) in [("main.css", after_themes), ("plan-and-tools.css, before print", &PLAN[..print])] {
        for (n, line) in css.lines().enumerate() {
            let l = line.trim();
            if l.starts_with(".chart__svg [") || l.starts_with("/*") {
                continue;
            }
            assert!(!l.contains(": #") && !l.contains("rgb("), "{name}, line {} after the themes: {l}", n + 1);
        }
    }
}

fn written_colours(svg: &str) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for attr in ["fill", "stroke"] {
        let key = format!("{attr}=\"#");
        let mut rest = svg;
        while let Some(at) = rest.find(&key) {
            let v = &rest[at + key.len() - 1..];
            let v = &v[..v.find('"').unwrap()];
            let entry = (attr, v.to_ascii_lowercase());
            if !out.contains(&entry) {
                out.push(entry);
            }
            rest = &rest[at + key.len()..];
        }
    }
    out
}

#[test]
fn every_colour_the_charts_write_is_given_its_role_by_the_stylesheet() {
    let day = |s: &str| Date::parse(s).unwrap();
    let weeks: Vec<(Date, u32)> = ["2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"].iter().zip([2, 3, 0, 4]).map(|(d, n)| (day(d), n)).collect();
    let ratings = vec![
        Rating { date: day("2026-11-10"), effort: Some(5), pain: Some(3) },
        Rating { date: day("2026-11-20"), effort: Some(6), pain: Some(2) },
        Rating { date: day("2026-11-30"), effort: Some(6), pain: Some(1) },
    ];
    let charts =
        [("the curve", svg(&Inputs::default())), ("progress", progress_svg(&weeks)), ("ratings", ratings_svg(&ratings, day("2026-11-09"), day("2026-12-01")))];
    for (name, chart) in &charts {
        let colours = written_colours(chart);
        assert!(colours.len() >= 3, "{name}: {colours:?}");
        for (attr, value) in colours {
            let rule = format!(".chart__svg [{attr}=\"{value}\" i]");
            assert!(PLAN.contains(&rule), "{name} writes {attr}=\"{value}\", which styles/plan-and-tools.css does not theme ({rule})");
        }
    }
}
