//! Native tests of the URL codec: round trips, and hostile input that must never panic.
#![cfg(not(target_arch = "wasm32"))]

use posture_explainer::model::posture::{InputId, Inputs};
use posture_explainer::state::url::*;
use proptest::prelude::*;

fn on_grid() -> impl Strategy<Value = Inputs> {
    (0u32..=10, 0u32..=10, 0u32..=10, 0u32..=10, 0u32..=32, 0u32..=60)
        .prop_map(|(a, b, c, d, e, f)| Inputs::new(a as f64, b as f64, c as f64, d as f64, e as f64 / 2.0, f as f64 * 10.0))
}

fn assert_in_range(i: &Inputs) -> Result<(), TestCaseError> {
    for id in InputId::ALL {
        let (lo, hi, _) = id.range();
        let v = i.get(id);
        prop_assert!(v.is_finite() && (lo..=hi).contains(&v), "{id:?} = {v}");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(3000) })]

    #[test]
    fn every_mode_round_trips_through_its_one_name(i in on_grid(), m in 0usize..3) {
        let mode = Mode::ALL[m];
        let back = decode(&encode(&i, mode, &EmbedSettings::default()));
        prop_assert_eq!(back.mode, mode);
        prop_assert_eq!(back.inputs, i);
        prop_assert!(back.notices.is_empty(), "{:?}", back.notices);
        // The page's own mode is the default, so its links do not name it.
        prop_assert_eq!(encode(&i, mode, &EmbedSettings::default()).contains("mode="), mode != Mode::Page);
    }

    #[test]
    fn inputs_round_trip(i in on_grid(), name in "[A-Za-z &'’<>\"]{1,40}", accent in "#[0-9a-f]{6}", full_view in any::<bool>()) {
        let embed = EmbedSettings {
            clinic: clinic_name(&name),
            booking_url: Some("https://example.com/book?x=1&y=2".to_string()),
            accent: Some(accent),
            full_view,
        };
        let q = encode(&i, Mode::Embed, &embed);
        let back = decode(&q);
        prop_assert_eq!(back.inputs, i);
        prop_assert_eq!(back.mode, Mode::Embed);
        prop_assert_eq!(back.embed, embed);
        prop_assert!(back.notices.is_empty(), "{:?}", back.notices);
    }

    #[test]
    fn hostile_queries_never_panic_and_stay_in_range(q in ".{0,600}") {
        let s = decode(&q);
        assert_in_range(&s.inputs)?;
        for n in &s.notices {
            prop_assert!(!n.chars().any(|c| c.is_control()));
            prop_assert!(n.chars().count() < 200);
        }
        if let Some(b) = &s.embed.booking_url {
            prop_assert!(b.to_ascii_lowercase().starts_with("https://") || b.to_ascii_lowercase().starts_with("http://localhost") || b.to_ascii_lowercase().starts_with("http://127.0.0.1"));
        }
        if let Some(a) = &s.embed.accent {
            prop_assert!(a.len() == 7 && a.starts_with('#'));
        }
    }

    #[test]
    fn hostile_values_for_known_keys(k in prop::sample::select(vec!["hip_flexors", "sitting", "activity", "clinic", "booking", "accent", "mode", "embed"]), v in "\\PC{0,300}") {
        let q = format!("?{k}={}", percent_encode(&v));
        let s = decode(&q);
        assert_in_range(&s.inputs)?;
        if let Some(c) = &s.embed.clinic {
            prop_assert!(c.chars().count() <= MAX_CLINIC_NAME_LEN && !c.chars().any(|ch| ch.is_control()));
        }
    }
}

#[test]
fn bad_values_are_named_and_defaults_kept() {
    let s = decode("?embed=1&hip_flexors=abc&glutes=99&sitting=&core=7&bogus=1&booking=javascript:alert(1)&accent=red;x:y");
    assert_eq!(s.inputs.hip_flexor_tightness, Inputs::default().hip_flexor_tightness);
    assert_eq!(s.inputs.glute_strength, 10.0);
    assert_eq!(s.inputs.core_strength, 7.0);
    assert_eq!(s.embed.booking_url, None);
    assert_eq!(s.embed.accent, None);
    let all = s.notices.join(" | ");
    assert!(all.contains("hip flexor tightness"), "{all}");
    assert!(all.contains("Glute strength was out of range"), "{all}");
    assert!(all.contains("unknown setting \u{201c}bogus\u{201d}"), "{all}");
    assert!(all.contains("booking"), "{all}");
    assert!(all.contains("accent"), "{all}");
}

#[test]
fn settings_are_validated() {
    assert_eq!(booking_url("https://clinic.example/book"), Some("https://clinic.example/book".into()));
    assert_eq!(booking_url("http://clinic.example/book"), None);
    assert_eq!(booking_url("http://localhost:8080/book"), Some("http://localhost:8080/book".into()));
    assert_eq!(booking_url("JavaScript:alert(1)"), None);
    assert_eq!(booking_url("https://x.example/\"><script>"), None);
    assert_eq!(booking_url("https://user@evil.example"), None);
    assert_eq!(hex_colour("#0A6E5C"), Some("#0a6e5c".into()));
    assert_eq!(hex_colour("abc"), Some("#aabbcc".into()));
    assert_eq!(hex_colour("red"), None);
    assert_eq!(hex_colour("#0a6e5c;background:url(x)"), None);
    assert_eq!(clinic_name("  Harbour \n Sports\u{0}Massage "), Some("Harbour Sports Massage".into()));
    assert_eq!(clinic_name(" \t "), None);
    assert_eq!(percent_decode("a%20b+c%zz%e2%82%ac"), "a b c%zz€");
    assert_eq!(decode("?embed=1").mode, Mode::Embed);
    let public = decode("?clinic=Fake&booking=https://evil.example/");
    assert_eq!(public.embed, EmbedSettings::default());
    assert!(public.notices[0].contains("only to the embedded view"));
    let consult = decode("?mode=consult&hip_flexors=8");
    assert_eq!((consult.mode, consult.inputs.hip_flexor_tightness), (Mode::Consult, 8.0));
    assert_eq!(decode(&format!("?hip_flexors=3&{}", "x".repeat(5000))).notices[0], "The link was too long; only its start was read.");
}

#[test]
fn the_embed_view_is_compact_unless_full_is_asked_for() {
    assert!(!decode("?embed=1").embed.full_view);
    assert!(decode("?embed=1&view=full").embed.full_view);
    assert!(!decode("?embed=1&view=compact").embed.full_view);
    let odd = decode("?embed=1&view=huge");
    assert!(!odd.embed.full_view);
    assert_eq!(odd.notices, vec!["Ignored view: use view=full or view=compact.".to_string()]);
    // Not on the public page.
    let public = decode("?view=full");
    assert!(!public.embed.full_view);
    assert!(public.notices[0].contains("only to the embedded view"));
}
