//! `docs/content.md` is every sentence the page can show, for a clinician to review. It is
//! generated from the model layer; this test fails when the committed file is out of date.
//! `scripts/content.sh` rewrites it (it runs this test with UPDATE_CONTENT=1).
#![cfg(not(target_arch = "wasm32"))]

use posture_explainer::model::content::document;

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/content.md");

#[test]
fn the_committed_content_file_is_current() {
    let now = document();
    if std::env::var_os("UPDATE_CONTENT").is_some() {
        std::fs::create_dir_all(concat!(env!("CARGO_MANIFEST_DIR"), "/docs")).unwrap();
        std::fs::write(PATH, &now).unwrap();
    }
    let committed = std::fs::read_to_string(PATH).unwrap_or_default();
    assert!(committed == now, "docs/content.md is out of date: run scripts/content.sh and commit it");
}

#[test]
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
    use posture_explainer::model::words::review::{HIGH_PAIN, PAIN_ADVICE};
    for line in [ALREADY_CHECKED, CHECKED_SAFETY_NET, HIGH_PAIN, PAIN_ADVICE] {
        assert!(document().contains(line), "{line}");
    }
}
