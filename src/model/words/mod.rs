//! Every patient-facing word, one file per language, so a clinician can review a language in
//! one place and a translator can work through one file: `en.rs` (English, the original) and
//! `pl.rs` (Polish, a translation awaiting review by a Polish-speaking clinician). `content.rs`
//! gathers each into its `docs/content*.md`.
//!
//! Each language is its own page and its own wasm: built with `PAGE_LANG=xx`, the page's words
//! are `xx.rs`'s, so a page carries only its own (`scripts/build.sh` builds each language's
//! page into `dist/xx/`). Natively every language is compiled, so the tests can check that the
//! files match item for item (`tests/languages.rs`).
//!
//! Adding a language: copy `en.rs` to `xx.rs` and translate it, and add its line to
//! `languages!` below (see README, "Languages").

/// A language the page is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    /// The BCP 47 code: the page's `lang`, `hreflang`, and what `clinic.json` lists.
    pub code: &'static str,
    /// Its own name for itself, as the switch shows it.
    pub name: &'static str,
    /// Where its page is, relative to the English page: "" or "pl/".
    pub dir: &'static str,
}

/// Declares each language's file and lists it in `LANGUAGES`. The page's language is chosen
/// when it is built, by `PAGE_LANG` (build.rs sets `cfg(page_lang = "...")`, English when
/// unset): its file's words are the ones `words::` gives. In the browser only that file is
/// compiled; natively all are, for the tests.
macro_rules! languages {
    ($($file:ident: $code:literal, $name:literal, $dir:literal;)+) => {
        $(
            #[cfg(any(not(target_arch = "wasm32"), page_lang = $code))]
            pub mod $file;
            #[cfg(page_lang = $code)]
            pub use $file::*;
        )+
        /// Every language, English first (the page at the root, and the one always offered).
        pub const LANGUAGES: &[Language] = &[$(Language { code: $code, name: $name, dir: $dir }),+];
    };
}

// One line per language: its file, code, its own name, and its page's folder.
languages! {
    en: "en-GB", "English", "";
    pl: "pl", "Polski", "pl/";
}

/// The language of this build's page.
pub fn this_page() -> Language {
    by_code(LANG).unwrap_or(LANGUAGES[0])
}

pub fn by_code(code: &str) -> Option<Language> {
    LANGUAGES.iter().copied().find(|l| l.code.eq_ignore_ascii_case(code))
}

/// From this page's directory back to the English page's (where `clinic.json` lives).
pub fn to_root() -> &'static str {
    if this_page().dir.is_empty() {
        ""
    } else {
        "../"
    }
}

/// The address of `l`'s page relative to this one: "pl/" or "./" from the English page, "../"
/// or "../pl/" from the Polish one.
pub fn href(l: Language) -> String {
    match (to_root(), l.dir) {
        ("", "") => "./".to_string(),
        (root, dir) => format!("{root}{dir}"),
    }
}

/// The first of the browser's languages (`navigator.languages`, most wanted first) that the
/// page has, by its main subtag: "pl-PL" asks for Polish, "en-US" for English.
pub fn preferred<'a>(asked: impl IntoIterator<Item = &'a str>) -> Option<Language> {
    asked.into_iter().find_map(|a| {
        let main = a.split(['-', '_']).next().unwrap_or("");
        LANGUAGES.iter().copied().find(|l| l.code.split('-').next().is_some_and(|m| m.eq_ignore_ascii_case(main)))
    })
}

/// The languages to offer: in consultation mode every one; on the public page English and
/// those the clinic's `clinic.json` lists (a translation awaiting review is the clinic's call).
pub fn offered(consult: bool, clinic: &[Language]) -> Vec<Language> {
    LANGUAGES.iter().copied().filter(|l| consult || l.dir.is_empty() || clinic.contains(l)).collect()
}

/// Where to send a person who has just opened the English page, where every address without
/// a language lands: to the language their browser asks for first, if it is offered, unless they
/// have chosen a language on this device before (the switch remembers it), which always wins.
/// A language's own page is an explicit choice, and stays.
pub fn go_to(here: Language, asked: Option<Language>, offered: &[Language], chosen_before: Option<Language>) -> Option<Language> {
    let want = chosen_before.or(asked)?;
    (here.dir.is_empty() && want != here && offered.contains(&want)).then_some(want)
}
