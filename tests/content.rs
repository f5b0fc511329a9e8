//! `docs/content.md` is every sentence the page can show, for a clinician to review. It is
//! generated from the model layer; this test fails when the committed file is out of date.
//! `scripts/content.sh` rewrites it (it runs this test with UPDATE_CONTENT=1).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::disallowed_methods, reason = "test code never reaches the wasm, where the size rules apply")]

use posture_explainer::model::content::document;

/// `docs/content.md` for English; `docs/content.pl.md` for Polish, which is what this test
/// checks when built with `PAGE_LANG=pl` (scripts/test.sh runs both).
fn path() -> String {
    use posture_explainer::model::words::{this_page, LANGUAGES};
    let lang = this_page();
    let suffix = if lang == LANGUAGES[0] { String::new() } else { format!(".{}", lang.code) };
    format!("{}/docs/content{suffix}.md", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_committed_content_file_is_current() {
    let now = document();
    if std::env::var_os("UPDATE_CONTENT").is_some() {
        std::fs::create_dir_all(concat!(env!("CARGO_MANIFEST_DIR"), "/docs")).unwrap();
        std::fs::write(path(), &now).unwrap();
    }
    let committed = std::fs::read_to_string(path()).unwrap_or_default();
    assert!(committed == now, "{} is out of date: run scripts/content.sh and commit it", path());
}

#[test]
#[cfg(page_lang = "en-GB")]
fn the_content_file_covers_every_tier_caution_and_case() {
    use posture_explainer::model::safety::{Caution, RedFlag, Tier};
    let doc = document();
    for t in Tier::ALL {
        assert!(doc.contains(t.heading()) && doc.contains(t.text()), "{t:?}");
    }
    for f in RedFlag::ALL {
        assert!(doc.contains(f.question()) && doc.contains(f.action()), "{f:?}");
    }
    for c in Caution::ALL {
        assert!(doc.contains(c.question()) && doc.contains(c.advice()), "{c:?}");
    }
    assert!(doc.contains("The default person"));
    assert!(doc.contains("Because you have had hip surgery, pigeon pose is left out: ask your surgeon or physiotherapist first."));
}

/// The sign-off record names the content version the page shows, and no page text claims a
/// clinician's review that has not happened (clinical review round 2, S25).
#[test]
fn the_sign_off_record_matches_the_page_and_no_review_is_claimed() {
    use posture_explainer::model::words::footer::CONTENT_VERSION;
    let record = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/clinical-signoff.md")).unwrap();
    assert!(record.contains(&format!("**Content version:** {CONTENT_VERSION}")), "docs/clinical-signoff.md names another content version");
    let doc = document().to_lowercase();
    for claim in ["reviewed by", "signed by", "approved by"] {
        assert!(!doc.contains(claim), "the page claims a review: {claim}");
    }
    // The new questions and lines are there for the clinician to read.
    use posture_explainer::model::safety::{ALREADY_CHECKED, CHECKED_SAFETY_NET};
    use posture_explainer::model::words::review::{pain_advice, HIGH_PAIN, PAIN_CEILING};
    for line in [ALREADY_CHECKED, CHECKED_SAFETY_NET, HIGH_PAIN, &pain_advice(PAIN_CEILING)] {
        assert!(document().contains(line), "{line}");
    }
}

/// Every fixed sentence the model layer gives the page (`pub const NAME: &str = "..."` in the
/// files of words) is in `docs/content.md`, so a clinician reviewing that file reads what a
/// component can render (clinical review round 2, S26). Keys, the clinic's settings report and
/// console lines are for the clinic's web person, not patients.
/// English only: a translation's every fixed item is in `docs/translation-xx.md`, beside its
/// English (`tests/languages.rs`), where a short label needs no context of its own.
#[test]
#[cfg(page_lang = "en-GB")]
fn every_fixed_sentence_of_the_model_is_in_the_content_file() {
    let doc = std::fs::read_to_string(path()).unwrap();
    let mut missing = Vec::new();
    for file in ["words/en.rs", "safety.rs", "explain.rs", "plan.rs", "story.rs", "evidence.rs"] {
        let src = std::fs::read_to_string(format!("{}/src/model/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let mut module = String::new();
        for line in src.lines() {
            let t = line.trim();
            if let Some(m) = t.strip_prefix("pub mod ").and_then(|m| m.strip_suffix(" {")) {
                module = m.to_string();
            }
            let Some(rest) = t.strip_prefix("pub const ") else { continue };
            let Some((name, value)) = rest.split_once(": &str = \"") else { continue };
            let Some(value) = value.strip_suffix("\";") else { continue };
            if name.ends_with("_KEY") || name == "LANG" || module == "clinic_check" || name.starts_with("CONSOLE") {
                continue;
            }
            let text = unescape(value);
            if !doc.contains(&text) {
                missing.push(format!("{file} {module}::{name}: {text}"));
            }
        }
    }
    assert!(missing.is_empty(), "{} fixed sentences are not in docs/content.md:\n{}", missing.len(), missing.join("\n"));
}

/// `\u{2019}` and `\"` as Rust writes them in a string literal.
#[cfg(page_lang = "en-GB")]
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        if let Some(hex) = after.strip_prefix("u{").and_then(|h| h.split_once('}')) {
            out.push(char::from_u32(u32::from_str_radix(hex.0, 16).unwrap()).unwrap());
            rest = hex.1;
        } else {
            out.push_str(&after[..1]);
            rest = &after[1..];
        }
    }
    out.push_str(rest);
    out
}
