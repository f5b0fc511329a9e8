//! Records the release's short commit for the page footer ("Version 0.1.0 (abc1234)"), so a
//! clinic's web person can tell which release is live. Outside a git checkout (a source
//! archive) it says "unknown" rather than failing the build.
//!
//! Also picks the page's language: `PAGE_LANG=pl` builds the Polish page (`cfg(page_lang =
//! "pl")`, see `src/model/words/mod.rs`); unset, English.
use std::process::Command;

fn main() {
    let commit = Command::new("git")
        .args(["rev-parse", "--short=7", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "unknown".to_string());
    println!("cargo:rustc-env=POSTURE_EXPLAINER_COMMIT={commit}");
    println!("cargo:rerun-if-changed=.git/HEAD");
    println!("cargo:rerun-if-changed=.git/refs/heads");

    let lang = std::env::var("PAGE_LANG").unwrap_or_else(|_| "en-GB".to_string());
    assert!(!lang.is_empty() && lang.len() <= 10 && lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'), "PAGE_LANG={lang} is not a language code");
    println!("cargo::rustc-check-cfg=cfg(page_lang, values(any()))");
    println!("cargo::rustc-cfg=page_lang=\"{lang}\"");
    println!("cargo::rerun-if-env-changed=PAGE_LANG");
}
