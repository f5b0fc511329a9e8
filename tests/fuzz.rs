//! Every decoder of outside input, fed 100,000 generated inputs each: no panic, and whatever
//! comes out is in range. (Issue: "URL state, embed settings, stored data".)
#![cfg(not(target_arch = "wasm32"))]

use posture_explainer::model::posture::{posture, InputId};
use posture_explainer::state::storage::{self, Loaded};
use posture_explainer::state::url::{decode, Mode, MAX_CLINIC_NAME_LEN};
use proptest::prelude::*;

const CASES: u32 = 100_000;

/// Query strings made of real keys, separators, escapes, numbers and junk, so that the
/// interesting paths are taken, not just "unknown key".
fn query() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec![
        "hip_flexors",
        "hamstrings",
        "glutes",
        "core",
        "sitting",
        "activity",
        "mode",
        "embed",
        "clinic",
        "booking",
        "accent",
        "",
        "x",
        "%68ip_flexors",
        "HIP_FLEXORS",
    ]);
    let value = prop_oneof![
        (-1e6f64..1e6).prop_map(|v| v.to_string()),
        prop::sample::select(vec![
            "NaN",
            "inf",
            "-inf",
            "1e308",
            "0x10",
            "",
            "consult",
            "embed",
            "1",
            "true",
            "https://example.com/book",
            "javascript:alert(1)",
            "http://localhost/x",
            "%23abc",
            "#0a6e5c",
            "%3Cscript%3E",
            "%",
            "%%",
            "%e2%82",
            "+",
            "%00",
            "\u{202e}",
            "<b>x</b>",
        ])
        .prop_map(String::from),
        "\\PC{0,40}",
        ".{0,300}",
    ];
    prop::collection::vec((key, value, prop::bool::ANY), 0..12).prop_map(|pairs| {
        let body: Vec<String> = pairs.into_iter().map(|(k, v, eq)| if eq { format!("{k}={v}") } else { k.to_string() }).collect();
        format!("?{}", body.join("&"))
    })
}

fn stored() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,200}",
        (0u32..5, prop::collection::vec(("\\PC{0,12}", any::<u32>(), any::<u32>()), 0..6)).prop_map(|(v, s)| {
            let sessions: Vec<String> = s.into_iter().map(|(d, a, b)| format!("{{\"date\":{:?},\"steps_done\":{a},\"steps_total\":{b}}}", d)).collect();
            format!("{{\"version\":{v},\"sessions\":[{}],\"completed\":[\"2026-01-01\"]}}", sessions.join(","))
        }),
        (0u32..4, prop::collection::vec("[0-9-]{0,12}", 0..6)).prop_map(|(v, d)| format!("{{\"version\":{v},\"completed\":{:?}}}", d)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn url_and_embed_settings(q in query()) {
        let s = decode(&q);
        for id in InputId::ALL {
            let (lo, hi, _) = id.range();
            prop_assert!((lo..=hi).contains(&s.inputs.get(id)));
        }
        let p = posture(&s.inputs);
        prop_assert!(p.pelvic_tilt_deg.is_finite() && (-5.0..=25.0).contains(&p.pelvic_tilt_deg));
        if s.mode != Mode::Embed {
            prop_assert!(s.embed.clinic.is_none() && s.embed.booking_url.is_none() && s.embed.accent.is_none());
        }
        if let Some(c) = &s.embed.clinic {
            prop_assert!(!c.is_empty() && c.chars().count() <= MAX_CLINIC_NAME_LEN && !c.chars().any(char::is_control));
        }
        if let Some(b) = &s.embed.booking_url {
            let l = b.to_ascii_lowercase();
            prop_assert!(l.starts_with("https://") || l.starts_with("http://localhost") || l.starts_with("http://127.0.0.1"));
            prop_assert!(!b.contains(['"', '<', '>', ' ', '\'']));
        }
        if let Some(a) = &s.embed.accent {
            prop_assert!(a.len() == 7 && a.starts_with('#') && a[1..].chars().all(|c| c.is_ascii_hexdigit()));
        }
        prop_assert!(s.notices.iter().all(|n| n.chars().count() < 200 && !n.chars().any(char::is_control)));
    }

    #[test]
    fn stored_progress(raw in stored()) {
        let loaded = storage::decode(Some(&raw));
        let p = loaded.progress();
        prop_assert_eq!(p.version, storage::VERSION);
        prop_assert!(p.sessions.iter().all(|s| s.steps_done <= s.steps_total));
        if let Loaded::Corrupt { raw: kept, .. } = &loaded {
            prop_assert_eq!(kept, &raw, "corrupt data is kept whole, for the backup");
        }
    }
}
