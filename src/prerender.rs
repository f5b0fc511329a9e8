//! The page at its defaults as HTML, made at build time with the same components (Yew's
//! server renderer) and written into the built `index.html`: the first screen shows before the
//! wasm has run, and works without it. In the browser the app hydrates this markup
//! (`crate::mount`). Native only: `src/bin/prerender.rs` runs it after `trunk build`.

use tokio::task::LocalSet;

/// The app's markup at the default settings, with Yew's hydration markers.
pub fn page() -> String {
    render(yew::LocalServerRenderer::<crate::App>::new())
}

/// What `renderer` writes, rendered on a single-threaded runtime of its own.
pub fn render<C: yew::BaseComponent>(renderer: yew::LocalServerRenderer<C>) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a single-threaded runtime");
    runtime.block_on(LocalSet::new().run_until(renderer.render()))
}

/// `index` with `body` inside its empty `<div id="app"></div>`. A page already prerendered, or
/// one without that element, is an error: nothing is written twice.
pub fn insert(index: &str, body: &str) -> Result<String, String> {
    let empty = format!("<div id=\"{}\"></div>", crate::ROOT_ID);
    match index.matches(&empty).count() {
        1 => Ok(index.replacen(&empty, &format!("<div id=\"{}\">{body}</div>", crate::ROOT_ID), 1)),
        0 => Err(format!("index.html has no empty {empty} (already prerendered?)")),
        _ => Err(format!("index.html has more than one {empty}")),
    }
}

/// `index` in this build's language: its `lang`, `<title>` and description from the words
/// file, and a `hreflang` link to each language's page (relative: the page may be deployed
/// under any path). Fails if `index.html` no longer has the parts it replaces.
pub fn localise(index: &str) -> Result<String, String> {
    use crate::model::words::{self, document, LANGUAGES};
    let here = words::this_page();
    let mut html = replace_between(index, "<html lang=\"", "\"", here.code)?;
    html = replace_between(&html, "<title>", "</title>", &escape(document::TITLE))?;
    html = replace_between(&html, "<meta name=\"description\" content=\"", "\"", &escape(document::DESCRIPTION))?;
    let links: String = LANGUAGES.iter().map(|l| format!("<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" />", l.code, words::href(*l))).collect();
    let head_end = html.find("</head>").ok_or("index.html has no </head>")?;
    html.insert_str(head_end, &links);
    Ok(html)
}

fn replace_between(s: &str, start: &str, end: &str, with: &str) -> Result<String, String> {
    let a = s.find(start).ok_or(format!("index.html has no {start}"))? + start.len();
    let b = a + s[a..].find(end).ok_or(format!("index.html has no {end} after {start}"))?;
    Ok(format!("{}{with}{}", &s[..a], &s[b..]))
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}
