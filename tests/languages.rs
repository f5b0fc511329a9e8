//! Every language file says the same things: each item of `words/en.rs` is in every other
//! language's file with the same path, the same type or signature and the same placeholders,
//! and nothing more. Only `grammar` (each language's own plural and list rules) may differ.
//! Also: which language a person is offered and taken to, and Polish plurals.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::disallowed_methods, reason = "test code never reaches the wasm, where the size rules apply")]

use std::collections::BTreeMap;

use posture_explainer::model::words::{self, Language, LANGUAGES};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/model/words/");

/// One public item: its type or signature, and the placeholders of its strings, sorted.
#[derive(Debug)]
struct Item {
    shape: String,
    placeholders: Vec<String>,
    /// Its string literals, as written (escapes and all).
    strings: Vec<String>,
    /// Where it starts in the file.
    at: usize,
}

/// The file's source with string contents, char literals and comments blanked, so braces and
/// keywords can be counted; and the string literals, each with its byte offset.
fn strip(src: &str) -> (String, Vec<(usize, String)>) {
    let b = src.as_bytes();
    let mut out = String::with_capacity(src.len());
    let mut strings = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i] as char;
        if src[i..].starts_with("//") {
            let end = src[i..].find('\n').map_or(src.len(), |e| i + e);
            out.push_str(&" ".repeat(end - i));
            i = end;
        } else if c == '"' {
            let start = i;
            i += 1;
            let mut text = String::new();
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'\\' {
                    text.push_str(&src[i..i + 2]);
                    i += 2;
                } else {
                    let ch = src[i..].chars().next().unwrap();
                    text.push(ch);
                    i += ch.len_utf8();
                }
            }
            i += 1;
            strings.push((start, text));
            out.push_str("\"\"");
            out.push_str(&" ".repeat(i - start - 2));
        } else if c == '\'' && i + 2 < b.len() && (b[i + 2] == b'\'' || b[i + 1] == b'\\') {
            let end = i + src[i + 1..].find('\'').unwrap() + 2;
            out.push_str(&" ".repeat(end - i));
            i = end;
        } else {
            let ch = src[i..].chars().next().unwrap();
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    (out, strings)
}

/// The named placeholders of a format string, `{name}` and `{name:..}`: the values the page
/// fills in, which every language must use. `{{` is a brace, `\u{201c}` a character, and a
/// positional `{}` is left out: a language may add one for its own grammar (a Polish plural).
fn placeholders(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s.replace("{{", "").replace("}}", "");
    while let Some(u) = rest.find("\\u{") {
        let end = u + rest[u..].find('}').unwrap_or(rest.len() - u - 1) + 1;
        rest.replace_range(u..end, "");
    }
    while let Some(a) = rest.find('{') {
        let Some(b) = rest[a..].find('}') else { break };
        let inner = &rest[a + 1..a + b];
        let name = inner.split(':').next().unwrap_or("");
        if !name.is_empty() {
            out.push(name.to_string());
        }
        rest = rest[a + b + 1..].to_string();
    }
    out
}

fn words_of(src: &str) -> String {
    src.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every public item of a language file, by path ("plan::HEADING"), outside `grammar` and
/// test modules.
fn items(file: &str) -> BTreeMap<String, Item> {
    let src = std::fs::read_to_string(format!("{DIR}{file}")).unwrap();
    let (code, strings) = strip(&src);
    let mut out = BTreeMap::new();
    // The modules we are in: (name, depth of its body, skipped).
    let mut stack: Vec<(String, usize, bool)> = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    let bytes = code.as_bytes();
    // Starts of items, to find where each one's strings end.
    let mut open: Option<(String, usize, usize)> = None; // (path, start, depth)
    let mut ends = Vec::new();
    while i < bytes.len() {
        let rest = &code[i..];
        let skipped = stack.iter().any(|s| s.2);
        let at_word = i == 0 || !(bytes[i - 1] as char).is_alphanumeric() && bytes[i - 1] != b'_';
        if at_word && (rest.starts_with("pub mod ") || rest.starts_with("mod ")) {
            let after = &rest[rest.find("mod ").unwrap() + 4..];
            let name: String = after.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            let brace = rest.find(['{', ';']).unwrap();
            // A module ends the item before it.
            if let Some((p, start, _)) = open.take() {
                ends.push((p, start, i));
            }
            if rest.as_bytes()[brace] == b'{' {
                let private = !rest.starts_with("pub ") || name == "grammar" || name == "tests";
                depth += 1;
                stack.push((name, depth, private));
            }
            i += brace + 1;
            continue;
        }
        if at_word && !skipped && (rest.starts_with("pub const ") || rest.starts_with("pub fn ")) {
            let is_fn = rest.starts_with("pub fn ");
            let after = &rest[if is_fn { 7 } else { 10 }..];
            let name: String = after.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            let path: Vec<&str> = stack.iter().map(|s| s.0.as_str()).chain([name.as_str()]).collect();
            let shape = if is_fn { words_of(&rest[..rest.find('{').unwrap()]) } else { words_of(&rest[..rest.find('=').unwrap()]) };
            if let Some((p, start, _)) = open.take() {
                ends.push((p, start, i));
            }
            open = Some((path.join("::"), i, depth));
            out.insert(path.join("::"), Item { shape, placeholders: Vec::new(), strings: Vec::new(), at: i });
        }
        match bytes[i] {
            b'{' => depth += 1,
            b'}' => {
                if stack.last().is_some_and(|s| s.1 == depth) {
                    stack.pop();
                    if let Some((p, start, _)) = open.take() {
                        ends.push((p, start, i));
                    }
                }
                depth -= 1;
            }
            _ => {}
        }
        i += 1;
    }
    if let Some((p, start, _)) = open.take() {
        ends.push((p, start, code.len()));
    }
    for (path, start, end) in ends {
        let own: Vec<String> = strings.iter().filter(|(at, _)| (start..end).contains(at)).map(|(_, s)| s.clone()).collect();
        let mut ph: Vec<String> = own.iter().flat_map(|s| placeholders(s)).collect();
        ph.sort();
        let item = out.get_mut(&path).unwrap();
        item.placeholders = ph;
        item.strings = own;
    }
    out
}

fn file_of(l: &Language) -> String {
    format!("{}.rs", l.code.split('-').next().unwrap())
}

#[test]
fn the_english_file_is_read_whole() {
    let en = items("en.rs");
    // A few known items, so a parser that reads nothing cannot pass the parity test.
    assert!(en.len() > 200, "{} items", en.len());
    assert!(en.contains_key("plan::HEADING") && en.contains_key("footer::version") && en.contains_key("LANG"));
    assert_eq!(en["plan::book_at"].placeholders, vec!["c".to_string()]);
    assert!(!en.keys().any(|k| k.starts_with("grammar::")));
}

#[test]
fn every_language_has_every_item_with_the_same_placeholders() {
    let en = items("en.rs");
    for l in &LANGUAGES[1..] {
        let other = items(&file_of(l));
        let missing: Vec<&String> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<&String> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{}: missing {missing:?}, not in English {extra:?}", l.code);
        for (k, item) in &en {
            assert_eq!(item.shape, other[k].shape, "{}: {k} has another type or signature", l.code);
            assert_eq!(item.placeholders, other[k].placeholders, "{}: {k} has other placeholders", l.code);
        }
    }
}

/// `docs/translation-xx.md`: each item's English and its translation, one after the other, in
/// the order of `en.rs`, for a bilingual clinician to review. Rewritten by `scripts/content.sh`
/// (UPDATE_CONTENT=1); this test fails when the committed file is out of date.
#[test]
fn the_side_by_side_files_are_current() {
    let en = items("en.rs");
    let order = order_of("en.rs");
    for l in &LANGUAGES[1..] {
        let other = items(&file_of(l));
        let mut doc = format!(
            "# {} beside English, item by item\n\nGenerated from `src/model/words/en.rs` and `src/model/words/{}` by `scripts/content.sh`; do not edit by hand. {} `{{name}}` marks a value the page fills in. `docs/content.{}.md` shows the translated page's sentences as the page composes them.\n",
            l.name,
            file_of(l),
            words::pl::TRANSLATION_STATUS,
            l.code
        );
        for key in &order {
            let (Some(e), Some(o)) = (en.get(key), other.get(key)) else { continue };
            if e.strings.iter().all(|s| s.trim().is_empty()) {
                continue;
            }
            doc.push_str(&format!("\n## `{key}`\n\n"));
            for (tag, item) in [("en", e), (l.code, o)] {
                for s in item.strings.iter().filter(|s| !s.trim().is_empty()) {
                    doc.push_str(&format!("- **{tag}:** {}\n", unescape(s)));
                }
            }
        }
        let path = format!("{}/docs/translation-{}.md", env!("CARGO_MANIFEST_DIR"), l.code);
        if std::env::var_os("UPDATE_CONTENT").is_some() {
            std::fs::write(&path, &doc).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(committed == doc, "{path} is out of date: run scripts/content.sh and commit it");
    }
}

/// The items' paths in the order the file has them.
fn order_of(file: &str) -> Vec<String> {
    let mut all: Vec<(usize, String)> = items(file).into_iter().map(|(k, v)| (v.at, k)).collect();
    all.sort();
    all.into_iter().map(|(_, k)| k).collect()
}

/// `\u{2019}`, `\n` and `\"` as Rust writes them in a string literal.
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
            out.push(if after.starts_with('n') { ' ' } else { after.chars().next().unwrap() });
            rest = &after[1..];
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn each_file_names_its_own_language() {
    assert_eq!(words::en::LANG, "en-GB");
    assert_eq!(words::pl::LANG, "pl");
    assert!(words::en::TRANSLATION_STATUS.is_empty(), "English is the original");
    assert!(!words::pl::TRANSLATION_STATUS.is_empty(), "a translation says it awaits review");
    for l in LANGUAGES {
        assert!(std::path::Path::new(&format!("{DIR}{}", file_of(l))).exists(), "{}", l.code);
    }
}

#[test]
fn polish_plurals_take_all_three_forms() {
    use words::pl::grammar::plural;
    let form = |n| plural(n, "one", "few", "many");
    for (n, want) in [
        (0, "many"),
        (1, "one"),
        (2, "few"),
        (4, "few"),
        (5, "many"),
        (11, "many"),
        (12, "many"),
        (14, "many"),
        (21, "many"),
        (22, "few"),
        (25, "many"),
        (101, "many"),
        (112, "many"),
        (122, "few"),
    ] {
        assert_eq!(form(n), want, "{n}");
    }
}

fn lang(code: &str) -> Language {
    words::by_code(code).unwrap()
}

#[test]
fn the_browser_asks_by_main_language() {
    assert_eq!(words::preferred(["pl-PL", "en-GB"]), Some(lang("pl")));
    assert_eq!(words::preferred(["de-DE", "en-US", "pl"]), Some(lang("en-GB")));
    assert_eq!(words::preferred(["de", "fr"]), None);
    assert_eq!(words::preferred(["", "x-y-z"]), None);
}

#[test]
fn the_public_page_offers_a_translation_only_when_the_clinic_does() {
    let (en, pl) = (lang("en-GB"), lang("pl"));
    assert_eq!(words::offered(false, &[]), vec![en]);
    assert_eq!(words::offered(false, &[pl]), vec![en, pl]);
    assert_eq!(words::offered(true, &[]), vec![en, pl], "consultation mode may always show it");
}

#[test]
fn the_english_page_takes_a_person_to_their_language_unless_they_chose() {
    let (en, pl) = (lang("en-GB"), lang("pl"));
    let both = [en, pl];
    assert_eq!(words::go_to(en, Some(pl), &both, None), Some(pl), "a Polish phone opens the Polish page");
    assert_eq!(words::go_to(en, Some(pl), &[en], None), None, "not offered: stays");
    assert_eq!(words::go_to(en, Some(pl), &both, Some(en)), None, "chose English before: stays");
    assert_eq!(words::go_to(en, None, &both, Some(pl)), Some(pl), "chose Polish before");
    assert_eq!(words::go_to(en, Some(en), &both, None), None);
    assert_eq!(words::go_to(pl, Some(en), &both, None), None, "a language's own page stays");
}
