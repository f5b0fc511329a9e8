//! Native tests of the clinic's settings file: each field read and checked on its own, bad
//! fields ignored with a reason, and hostile files never a panic.
#![cfg(not(target_arch = "wasm32"))]

use posture_explainer::model::exercises::ExerciseId;
use posture_explainer::model::posture::{InputId, Inputs};
use posture_explainer::model::story::Preset;
use posture_explainer::model::words;
use posture_explainer::state::clinic_file::{parse, ClinicSettings, Logo};
use posture_explainer::state::json::quote;
use proptest::prelude::*;

#[test]
fn a_good_file_gives_typed_settings() {
    let (s, checks) = parse(
        r##"{"name": "Harbour  Sports Massage", "booking_url": "https://harbour.example/book",
            "phone": "+44 (0)1234 567 890", "address": "1 Quay Street, Bristol",
            "accent": "#0A6E5C", "hidden_exercises": ["pigeon-pose", "plank", "pigeon-pose"],
            "logo": {"src": "images/logo.svg", "alt": "Harbour Sports Massage"},
            "presets": [{"name": "Office team", "description": "Our corporate clients.", "hip_flexors": 7, "hamstrings": 5,
                         "glutes": 4, "core": 4, "sitting": 9.5, "activity": 90},
                        {"name": "Rowers", "hip_flexors": 8, "hamstrings": 8, "glutes": 8, "core": 6, "sitting": 5, "activity": 420}],
            "hold_seconds_65_plus": 60, "pain_ceiling": 4, "consultation_programmes": false,
            "languages": ["pl", "en-gb", "pl"]}"##,
    );
    assert_eq!(
        s,
        ClinicSettings {
            name: Some("Harbour Sports Massage".into()),
            booking_url: Some("https://harbour.example/book".into()),
            phone: Some("+44 (0)1234 567 890".into()),
            address: Some("1 Quay Street, Bristol".into()),
            accent: Some("#0a6e5c".into()),
            hidden_exercises: vec![ExerciseId::PigeonPose, ExerciseId::Plank],
            logo: Some(Logo { src: "images/logo.svg".into(), alt: "Harbour Sports Massage".into() }),
            presets: Some(vec![
                Preset { name: "Office team".into(), description: "Our corporate clients.".into(), inputs: Inputs::new(7.0, 5.0, 4.0, 4.0, 9.5, 90.0) },
                Preset { name: "Rowers".into(), description: String::new(), inputs: Inputs::new(8.0, 8.0, 8.0, 6.0, 5.0, 420.0) },
            ]),
            hold_seconds_65_plus: Some(60),
            pain_ceiling: Some(4),
            consultation_programmes: Some(false),
            languages: vec![words::by_code("pl").unwrap(), words::LANGUAGES[0]],
        }
    );
    assert_eq!(s.tel_href().unwrap(), "tel:+4401234567890");
    assert!(checks.iter().all(|c| c.problem.is_none()), "{checks:?}");
    assert_eq!(checks.len(), 12);
}

#[test]
fn each_bad_field_is_ignored_with_its_rule_and_the_rest_kept() {
    let (s, checks) = parse(
        r#"{"name": "Good Clinic", "booking_url": "http://evil.example", "phone": "call us",
            "accent": "red", "hidden_exercises": ["pigeon-pose", "cartwheel"], "colour": "blue", "address": 12}"#,
    );
    assert_eq!(s.name.as_deref(), Some("Good Clinic"));
    assert_eq!((s.booking_url, s.phone, s.accent, s.address), (None, None, None, None));
    assert!(s.hidden_exercises.is_empty(), "a list with an unknown exercise is ignored as a whole");
    let line = |f: &str| checks.iter().find(|c| c.field == f).unwrap().line();
    assert_eq!(line("booking_url"), "booking_url: ignored (\u{201c}http://evil.example\u{201d}): must be an https:// link");
    assert!(line("phone").contains("must be a phone number"));
    assert!(line("accent").contains("hex colour"));
    assert!(line("hidden_exercises").contains("wrong kind of value"), "{}", line("hidden_exercises"));
    assert!(line("colour").contains("not a setting this release knows"));
    assert!(line("address").contains("wrong kind of value"));
    assert!(line("name").contains("accepted"));
}

#[test]
fn a_file_that_is_not_an_object_gives_the_neutral_page() {
    for text in ["", "nonsense", "[1,2]", "\"name\"", "{\"name\": "] {
        let (s, checks) = parse(text);
        assert_eq!(s, ClinicSettings::default(), "{text}");
        assert_eq!(checks.len(), 1);
        assert!(checks[0].line().contains("not a JSON object"));
    }
}

/// A preset as a file might write it: sometimes right, often not.
fn any_preset() -> impl Strategy<Value = String> {
    (
        ".{0,44}",
        prop::collection::vec(
            (prop::sample::select(vec!["hip_flexors", "hamstrings", "glutes", "core", "sitting", "activity", "knees"]), -20.0f64..700.0),
            0..8,
        ),
    )
        .prop_map(|(name, values)| {
            let mut fields = vec![format!("\"name\": {}", quote(&name))];
            fields
                .extend(values.iter().map(|(k, v)| format!("{}: {}", quote(k), if v.fract().abs() < 0.3 { format!("{}", v.round()) } else { v.to_string() })));
            format!("{{{}}}", fields.join(", "))
        })
}

fn any_value() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(any_preset(), 0..11).prop_map(|v| format!("[{}]", v.join(","))),
        ("[a-z./:_-]{0,20}(\\.svg|\\.png|\\.gif)?", ".{0,130}").prop_map(|(src, alt)| format!("{{\"src\": {}, \"alt\": {}}}", quote(&src), quote(&alt))),
        (0u32..100).prop_map(|n| n.to_string()),
        ".{0,40}".prop_map(|s| quote(&s)),
        any::<f64>().prop_map(|n| if n.is_finite() { n.to_string() } else { "0".into() }),
        Just("null".to_string()),
        Just("true".to_string()),
        Just("{}".to_string()),
        prop::collection::vec("[a-z-]{0,16}", 0..4).prop_map(|v| format!("[{}]", v.iter().map(|x| quote(x)).collect::<Vec<_>>().join(","))),
        "(https?|javascript|data)://[ -~]{0,30}".prop_map(|s| quote(&s)),
        "[+0-9 ()-]{0,20}".prop_map(|s| quote(&s)),
        "#?[0-9a-fA-Fg]{0,7}".prop_map(|s| quote(&s)),
    ]
}

fn any_key() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("name".to_string()),
        Just("booking_url".to_string()),
        Just("phone".to_string()),
        Just("address".to_string()),
        Just("accent".to_string()),
        Just("hidden_exercises".to_string()),
        Just("logo".to_string()),
        Just("presets".to_string()),
        Just("hold_seconds_65_plus".to_string()),
        "[a-z_]{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(100_000) })]

    /// Hostile files: never a panic, and every accepted value keeps its rule.
    #[test]
    fn hostile_files_never_break_the_rules(fields in prop::collection::vec((any_key(), any_value()), 0..8), junk in ".{0,20}") {
        let body: Vec<String> = fields.iter().map(|(k, v)| format!("{}: {v}", quote(k))).collect();
        let text = format!("{{{}}}", body.join(", "));
        let (s, checks) = parse(&text);
        let _ = parse(&junk);
        if let Some(n) = &s.name {
            prop_assert!(!n.trim().is_empty() && n.chars().count() <= 80 && !n.chars().any(char::is_control));
        }
        if let Some(b) = &s.booking_url {
            prop_assert!(b.starts_with("https://") || b.starts_with("http://localhost") || b.starts_with("http://127.0.0.1"), "{b}");
        }
        if let Some(p) = &s.phone {
            let digits = p.chars().filter(char::is_ascii_digit).count();
            prop_assert!((6..=15).contains(&digits) && p.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c)), "{p}");
        }
        if let Some(a) = &s.accent {
            prop_assert!(a.len() == 7 && a.starts_with('#') && a[1..].chars().all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()), "{a}");
        }
        if let Some(a) = &s.address {
            prop_assert!(a.chars().count() <= 160);
        }
        if let Some(l) = &s.logo {
            prop_assert!(!l.src.starts_with("//") && !l.src.contains(':') && (l.src.ends_with(".svg") || l.src.ends_with(".png")), "{:?}", l);
            prop_assert!(!l.alt.is_empty() && l.alt.chars().count() <= 120 && !l.alt.chars().any(char::is_control));
        }
        if let Some(h) = s.hold_seconds_65_plus {
            prop_assert!((30..=60).contains(&h));
        }
        if let Some(p) = &s.presets {
            prop_assert!((1..=9).contains(&p.len()));
            for preset in p {
                prop_assert!(!preset.name.is_empty() && preset.name.chars().count() <= 40);
                for id in InputId::ALL {
                    let (lo, hi, step) = id.range();
                    let v = preset.inputs.get(id);
                    prop_assert!((lo..=hi).contains(&v) && ((v - lo) / step).fract() == 0.0, "{:?} {}", id, v);
                }
            }
        }
        // One check per field written (the last of a repeated key wins, and each is reported).
        prop_assert_eq!(checks.len(), fields.len());
    }
}

#[test]
fn the_file_names_the_clinic_everywhere_and_an_embed_overrides_it_only_in_its_iframe() {
    use posture_explainer::config::Clinic;
    use posture_explainer::state::url::decode;
    let (file, _) = parse(r##"{"name": "Quayside Physio", "booking_url": "https://quayside.example/book", "accent": "#7a1f5c", "phone": "0117 496 0000"}"##);
    let page = Clinic::for_page(&decode(""), Some(&file));
    assert_eq!(page.name.as_deref(), Some("Quayside Physio"));
    assert_eq!(page.phone, Some(("0117 496 0000".to_string(), "tel:01174960000".to_string())));
    // A shared link cannot rebrand the public page.
    let shared = Clinic::for_page(&decode("?clinic=Evil&booking=https%3A%2F%2Fevil.example"), Some(&file));
    assert_eq!((shared.name.as_deref(), shared.booking_url.as_deref()), (Some("Quayside Physio"), Some("https://quayside.example/book")));
    // Inside an iframe, the embed's own settings win, and the file fills the rest.
    let embedded = Clinic::for_page(&decode("?embed=1&clinic=Branch%20Two"), Some(&file));
    assert_eq!(embedded.name.as_deref(), Some("Branch Two"));
    assert_eq!(embedded.booking_url.as_deref(), Some("https://quayside.example/book"));
    // No file: no clinic.
    assert_eq!(Clinic::for_page(&decode(""), None), Clinic::default());
}

#[test]
fn hidden_exercises_leave_the_plan_the_session_and_the_week() {
    use posture_explainer::model::plan::{make_plan, Outcome};
    use posture_explainer::model::posture::Inputs;
    use posture_explainer::model::safety::Screening;
    let Outcome::Plan(plan) = make_plan(&Inputs::new(9.0, 9.0, 2.0, 2.0, 11.0, 60.0), &Screening::none_at_all()) else { panic!() };
    assert!(plan.session.iter().any(|it| it.id == ExerciseId::FigureOfFour));
    let hidden = [ExerciseId::FigureOfFour, ExerciseId::Massage];
    let plan = plan.without(&hidden);
    assert!(plan.session.iter().chain(plan.habits.iter()).all(|it| !hidden.contains(&it.id)));
    assert!(plan.week.iter().all(|d| d.iter().all(|id| !hidden.contains(id))));
}

#[test]
fn the_logo_must_be_a_picture_on_the_same_site_with_its_words() {
    let logo = |json: &str| {
        let (s, checks) = parse(&format!("{{\"logo\": {json}}}"));
        (s.logo, checks[0].line())
    };
    assert_eq!(
        logo(r#"{"src": "/brand/Logo.PNG", "alt": " Quayside   Physio "}"#).0,
        Some(Logo { src: "/brand/Logo.PNG".into(), alt: "Quayside Physio".into() })
    );
    for (bad, rule) in [
        (r#"{"src": "https://cdn.example/logo.svg", "alt": "X"}"#, "a path on this site"),
        (r#"{"src": "//cdn.example/logo.svg", "alt": "X"}"#, "a path on this site"),
        (r#"{"src": "logo.gif", "alt": "X"}"#, "ending in .svg or .png"),
        (r#"{"src": "logo.svg?x=\"><script>", "alt": "X"}"#, "a path on this site"),
        (r#"{"src": "logo.svg", "alt": "  "}"#, "alt must be"),
        (r#"{"src": "logo.svg"}"#, "wrong kind of value"),
        (r#""logo.svg""#, "wrong kind of value"),
        (r#"{"src": "logo.svg", "alt": "X", "width": 20}"#, "wrong kind of value"),
    ] {
        let (got, line) = logo(bad);
        assert_eq!(got, None, "{bad}");
        assert!(line.contains(rule), "{bad}: {line}");
    }
}

#[test]
fn presets_replace_the_built_in_ones_only_when_every_one_is_right() {
    let presets = |json: &str| {
        let (s, checks) = parse(&format!("{{\"presets\": {json}}}"));
        (s.presets, checks[0].line())
    };
    let one = r#"{"name": "Desk", "hip_flexors": 7, "hamstrings": 6, "glutes": 4, "core": 4, "sitting": 10, "activity": 60}"#;
    assert_eq!(presets(&format!("[{one}]")).0.unwrap()[0].inputs, Inputs::new(7.0, 6.0, 4.0, 4.0, 10.0, 60.0));
    let many: Vec<String> = (1..=10).map(|k| one.replace("Desk", &format!("P{k}"))).collect();
    assert_eq!(presets(&format!("[{}]", many[..9].join(","))).0.map(|p| p.len()), Some(9));
    for (bad, rule) in [
        ("[]".to_string(), "1 to 9 presets"),
        (format!("[{}]", many.join(",")), "1 to 9 presets"),
        (format!("[{one}, {one}]"), "preset 2: the name \u{201c}Desk\u{201d} is used twice"),
        (format!("[{}]", one.replace("\"glutes\": 4", "\"glutes\": 11")), "preset 1 (\u{201c}Desk\u{201d}): glutes must be 0 to 10 in steps of 1"),
        (format!("[{}]", one.replace("\"sitting\": 10", "\"sitting\": 10.2")), "sitting must be 0 to 16 in steps of 0.5"),
        (format!("[{}]", one.replace("\"activity\": 60", "\"activity\": 65")), "activity must be 0 to 600 in steps of 10"),
        (format!("[{}]", one.replace(", \"core\": 4", "")), "wrong kind of value"),
        (format!("[{}]", one.replace("\"Desk\"", "\"\"")), "preset 1: name must be some text"),
    ] {
        let (got, line) = presets(&bad);
        assert_eq!(got, None, "{bad}");
        assert!(line.contains(rule), "{bad}: {line}");
    }
}

#[test]
fn the_clinic_sets_the_hold_for_people_65_or_older_within_the_guidance() {
    use posture_explainer::model::exercises::{exercise, Kind};
    use posture_explainer::model::plan::{make_plan, Dosage, Outcome};
    use posture_explainer::model::safety::{Answer, Caution, Screening};
    assert_eq!(parse(r#"{"hold_seconds_65_plus": 30}"#).0.hold_seconds_65_plus, Some(30));
    for bad in ["29", "61", "45.5", "\"45\"", "-40"] {
        let (s, checks) = parse(&format!("{{\"hold_seconds_65_plus\": {bad}}}"));
        assert_eq!(s.hold_seconds_65_plus, None, "{bad}");
        assert!(checks[0].problem.is_some(), "{bad}");
    }
    let holds = |screening: &Screening| {
        let Outcome::Plan(plan) = make_plan(&Inputs::new(8.0, 8.0, 3.0, 3.0, 10.0, 60.0), screening) else { panic!() };
        plan.with_hold_65_plus(60)
            .session
            .iter()
            .filter(|it| exercise(it.id).kind == Kind::Stretch)
            .map(|it| match it.dosage {
                Dosage::Hold { seconds, .. } => seconds,
                _ => panic!("a stretch is held"),
            })
            .collect::<Vec<_>>()
    };
    let older = holds(&Screening::default().toggle(Answer::NoRedFlags).toggle(Answer::Caution(Caution::Age65Plus)));
    assert!(!older.is_empty() && older.iter().all(|&s| s == 60), "{older:?}");
    let younger = holds(&Screening::none_at_all());
    assert!(!younger.is_empty() && younger.iter().all(|&s| s == 30), "only people 65 or older: {younger:?}");
}

/// A field of the wrong kind is described in serde's own words (the reader writes its numbers
/// without core's float formatting, so this holds it to serde's wording).
#[test]
fn wrong_kinds_are_described_as_serde_describes_them() {
    use posture_explainer::state::json::{de::Error, Json};
    use serde::de::{Deserialize, Error as _, Unexpected};
    let serde_says = |u: Unexpected, exp: &str| serde::de::value::Error::invalid_type(u, &exp).to_string();
    let cases: Vec<(Json, Unexpected)> = vec![
        (Json::Num(7.5), Unexpected::Float(7.5)),
        (Json::Num(-0.25), Unexpected::Float(-0.25)),
        (Json::Num(1234.0625), Unexpected::Float(1234.0625)),
        (Json::Bool(true), Unexpected::Bool(true)),
        (Json::Str("seven".into()), Unexpected::Str("seven")),
        (Json::Str("a \"quoted\" word".into()), Unexpected::Str("a \"quoted\" word")),
        (Json::Null, Unexpected::Unit),
        (Json::Arr(vec![]), Unexpected::Seq),
        (Json::Obj(vec![]), Unexpected::Map),
    ];
    for (json, unexpected) in cases {
        let Err(Error(ours)) = u32::deserialize(&json) else { panic!("{json:?} read as a u32") };
        assert_eq!(ours, serde_says(unexpected, "u32"), "{json:?}");
    }
    let Err(Error(ours)) = bool::deserialize(&Json::Num(3.0)) else { panic!("3 read as a bool") };
    assert_eq!(ours, serde_says(Unexpected::Unsigned(3), "a boolean"));
}

/// Each exercise has one name outside the code: the key the page uses in its ids and the
/// builder is the one a clinic writes in its settings file (serde's kebab case).
#[test]
fn each_exercise_key_is_its_settings_file_name() {
    use posture_explainer::model::exercises::{ExerciseId, CATALOGUE};
    for e in CATALOGUE {
        let (s, checks) = parse(&format!("{{\"hidden_exercises\": [\"{}\"]}}", e.id.key()));
        assert!(checks[0].problem.is_none(), "{:?}: {:?}", e.id, checks[0]);
        assert_eq!(s.hidden_exercises, vec![e.id]);
        assert_eq!(ExerciseId::from_key(e.id.key()), Some(e.id));
    }
    assert_eq!(ExerciseId::from_key("PigeonPose"), None, "not its Rust name");
}

/// The pain guide's ceiling is the clinic's choice from 3 to 5 out of 10, and the page says it.
#[test]
fn the_pain_ceiling_is_3_to_5_and_the_guide_says_it() {
    use posture_explainer::model::words::review::{pain_advice, PAIN_CEILING};
    for bad in ["2", "6", "3.5", "\"4\"", "true"] {
        let (s, checks) = parse(&format!("{{\"pain_ceiling\": {bad}}}"));
        assert_eq!(s.pain_ceiling, None, "{bad}");
        assert!(checks[0].problem.is_some(), "{bad}");
    }
    assert_eq!(parse(r#"{"pain_ceiling": 5}"#).0.pain_ceiling, Some(5));
    assert!(pain_advice(5).contains("at about 5 out of 10 or less"));
    assert!(pain_advice(PAIN_CEILING).contains("at about 3 out of 10 or less"));
    let (s, checks) = parse(r#"{"consultation_programmes": "no"}"#);
    assert_eq!(s.consultation_programmes, None);
    assert!(checks[0].problem.is_some());
}

#[test]
fn a_language_the_page_does_not_have_is_refused_with_the_ones_it_has() {
    let (s, checks) = parse(r#"{"languages": ["pl", "klingon"]}"#);
    assert!(s.languages.is_empty(), "the whole field is ignored");
    let problem = checks[0].problem.as_deref().unwrap();
    assert!(problem.contains("klingon") && problem.contains("en-GB, pl"), "{problem}");
    let (s, checks) = parse(r#"{"languages": "pl"}"#);
    assert!(s.languages.is_empty() && checks[0].problem.is_some());
}
