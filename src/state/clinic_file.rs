//! The clinic's settings file, `clinic.json` beside the page: read with serde into typed
//! settings, field by field, so one bad field is ignored (with a line saying which, what and
//! why) and never breaks the page. Pure: the hook in `hooks/use_clinic_file.rs` fetches it.

use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::json::{de, Json};
use super::url::{booking_url, clinic_name, hex_colour};
use crate::model::exercises::ExerciseId;
use crate::model::num::fmt_num;
use crate::model::order;
use crate::model::posture::{InputId, Inputs};
use crate::model::story::{Preset, MAX_PRESETS};
use crate::model::words::{self, Language};

/// The pain guide's ceilings a clinic may choose (clinical review round 2, S15).
const PAIN_CEILING: std::ops::RangeInclusive<u32> = 3..=5;
/// Where the file is, relative to the page.
pub const FILE: &str = "clinic.json";

/// The settings that passed their rules. Absent or ignored fields stay None or empty.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClinicSettings {
    pub name: Option<String>,
    pub booking_url: Option<String>,
    /// As written, for display; `tel_href` is the link.
    pub phone: Option<String>,
    pub address: Option<String>,
    /// `#rrggbb`, lower case.
    pub accent: Option<String>,
    pub logo: Option<Logo>,
    pub hidden_exercises: Vec<ExerciseId>,
    /// The clinic's own consultation presets, in place of the built-in ones.
    pub presets: Option<Vec<Preset>>,
    /// How long stretches are held for people who say they are 65 or older (30 to 60 s, ACSM);
    /// the page's own choice, 45 s, when None.
    pub hold_seconds_65_plus: Option<u32>,
    /// The pain guide's ceiling during exercise, out of 10 (3 to 5; the page's 3 when None).
    pub pain_ceiling: Option<u32>,
    /// Whether consultation mode offers the programme builder (scope of practice differs
    /// between sports massage therapists and physiotherapists); offered when None.
    pub consultation_programmes: Option<bool>,
    /// The languages the public page offers besides English (a translation awaiting review by
    /// a clinician who speaks it is the clinic's call). Consultation mode offers every one.
    pub languages: Vec<Language>,
}

/// The clinic's logo: a picture on the same site as the page, and the words it stands for.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Logo {
    /// A path on the page's own site, ending in .svg or .png.
    pub src: String,
    pub alt: String,
}

impl ClinicSettings {
    /// "tel:+441234567890": the phone number with only digits and a leading plus.
    pub fn tel_href(&self) -> Option<String> {
        let p = self.phone.as_ref()?;
        let digits: String = p.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
        Some(format!("tel:{digits}"))
    }
}

/// What happened to one field, for the console and the `?check=clinic` report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    pub field: String,
    /// The value as written, shortened.
    pub value: String,
    /// None when accepted; otherwise the rule it broke.
    pub problem: Option<String>,
}

impl Check {
    pub fn line(&self) -> String {
        match &self.problem {
            None => format!("{}: accepted ({})", self.field, self.value),
            Some(rule) => format!("{}: ignored ({}): {}", self.field, self.value, rule),
        }
    }
}

const MAX_ADDRESS_LEN: usize = 160;
const MAX_ALT_LEN: usize = 120;
const MAX_LOGO_PATH_LEN: usize = 200;
const MAX_PRESET_NAME_LEN: usize = 40;
const MAX_PRESET_DESCRIPTION_LEN: usize = 160;
/// ACSM: older adults hold stretches for 30 to 60 seconds.
pub const HOLD_SECONDS_65_PLUS: std::ops::RangeInclusive<u32> = 30..=60;

/// One preset as the file writes it: the same names as the page's address uses.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PresetEntry {
    name: String,
    #[serde(default)]
    description: String,
    hip_flexors: f64,
    hamstrings: f64,
    glutes: f64,
    core: f64,
    sitting: f64,
    activity: f64,
}

/// Reads the file. Text that is not a JSON object gives no settings and one check saying so.
pub fn parse(text: &str) -> (ClinicSettings, Vec<Check>) {
    let mut s = ClinicSettings::default();
    let mut checks = Vec::new();
    let Some(Json::Obj(fields)) = Json::parse(text) else {
        checks.push(Check { field: FILE.into(), value: shorten(text), problem: Some("not a JSON object: no settings were used".into()) });
        return (s, checks);
    };
    for (key, value) in &fields {
        let shown = shorten(&show(value));
        let problem = match key.as_str() {
            "name" => typed::<String>(value).and_then(|v| {
                s.name = Some(clinic_name(&v).ok_or("must be some text")?);
                Ok(())
            }),
            "booking_url" => typed::<String>(value).and_then(|v| {
                s.booking_url = Some(booking_url(&v).ok_or("must be an https:// link")?);
                Ok(())
            }),
            "phone" => typed::<String>(value).and_then(|v| {
                s.phone = Some(phone(&v).ok_or("must be a phone number: digits, spaces, +, - and brackets, 6 to 15 digits")?);
                Ok(())
            }),
            "address" => typed::<String>(value).and_then(|v| {
                s.address = Some(one_line(&v, MAX_ADDRESS_LEN).ok_or("must be one line of text, at most 160 characters")?);
                Ok(())
            }),
            "logo" => typed::<Logo>(value).and_then(|v| {
                let src = logo_path(&v.src).ok_or("src must be a path on this site ending in .svg or .png, such as \"logo.svg\"")?;
                let alt = one_line(&v.alt, MAX_ALT_LEN).ok_or("alt must be the words the logo shows, at most 120 characters")?;
                s.logo = Some(Logo { src, alt });
                Ok(())
            }),
            "presets" => typed::<Vec<PresetEntry>>(value).and_then(|v| {
                s.presets = Some(presets(v)?);
                Ok(())
            }),
            "hold_seconds_65_plus" => typed::<u32>(value).and_then(|v| {
                s.hold_seconds_65_plus = Some(
                    HOLD_SECONDS_65_PLUS
                        .contains(&v)
                        .then_some(v)
                        .ok_or("must be a whole number of seconds from 30 to 60 (ACSM: 30 to 60 s for older adults)")?,
                );
                Ok(())
            }),
            "pain_ceiling" => typed::<u32>(value).and_then(|v| {
                s.pain_ceiling = Some(PAIN_CEILING.contains(&v).then_some(v).ok_or("must be a whole number from 3 to 5 (out of 10)")?);
                Ok(())
            }),
            "consultation_programmes" => typed::<bool>(value).map(|v| {
                s.consultation_programmes = Some(v);
            }),
            "accent" => typed::<String>(value).and_then(|v| {
                s.accent = Some(hex_colour(&v).ok_or("must be a hex colour such as #0a6e5c")?);
                Ok(())
            }),
            "languages" => typed::<Vec<String>>(value).and_then(|v| {
                s.languages = languages(&v)?;
                Ok(())
            }),
            "hidden_exercises" => typed::<Vec<ExerciseId>>(value).map(|v| {
                s.hidden_exercises = v;
                order::sort(&mut s.hidden_exercises);
                s.hidden_exercises.dedup();
            }),
            _ => Err("not a setting this release knows".into()),
        };
        checks.push(Check { field: key.chars().take(40).collect(), value: shown, problem: problem.err() });
    }
    (s, checks)
}

/// Codes of this release's languages ("en-GB", "pl"), any order; English is always offered.
fn languages(codes: &[String]) -> Result<Vec<Language>, String> {
    let mut out = Vec::new();
    for code in codes {
        let Some(l) = words::by_code(code.trim()) else {
            let known: Vec<&str> = words::LANGUAGES.iter().map(|l| l.code).collect();
            return Err(format!("\u{201c}{}\u{201d} is not a language of this page (it has {})", code.chars().take(20).collect::<String>(), known.join(", ")));
        };
        if !out.contains(&l) {
            out.push(l);
        }
    }
    Ok(out)
}

/// One to nine presets, each named, each value on its slider (within range, on a step).
fn presets(entries: Vec<PresetEntry>) -> Result<Vec<Preset>, String> {
    if entries.is_empty() || entries.len() > MAX_PRESETS {
        return Err(format!("must be a list of 1 to {MAX_PRESETS} presets (one for each key 1 to 9)"));
    }
    let mut out: Vec<Preset> = Vec::with_capacity(entries.len());
    for (k, e) in entries.into_iter().enumerate() {
        let which = format!("preset {}", k + 1);
        let name = one_line(&e.name, MAX_PRESET_NAME_LEN).ok_or(format!("{which}: name must be some text, at most 40 characters"))?;
        if out.iter().any(|p| p.name == name) {
            return Err(format!("{which}: the name \u{201c}{name}\u{201d} is used twice"));
        }
        let description = if e.description.trim().is_empty() {
            String::new()
        } else {
            one_line(&e.description, MAX_PRESET_DESCRIPTION_LEN).ok_or(format!("{which}: description must be one line, at most 160 characters"))?
        };
        let inputs = Inputs::new(e.hip_flexors, e.hamstrings, e.glutes, e.core, e.sitting, e.activity);
        for id in InputId::ALL {
            let (lo, hi, step) = id.range();
            let v = inputs.get(id);
            let on_step = ((v - lo) / step - ((v - lo) / step).round()).abs() < 1e-9;
            if !(lo..=hi).contains(&v) || !on_step {
                return Err(format!("{which} (\u{201c}{name}\u{201d}): {} must be {} to {} in steps of {}", id.key(), fmt_num(lo), fmt_num(hi), fmt_num(step)));
            }
        }
        out.push(Preset { name, description, inputs });
    }
    Ok(out)
}

/// Text on one line (runs of spaces and line breaks become one space), not empty, at most
/// `max` characters.
fn one_line(v: &str, max: usize) -> Option<String> {
    let words: Vec<&str> = v.split(|c: char| c.is_whitespace() || c.is_control()).filter(|w| !w.is_empty()).collect();
    let line = words.join(" ");
    (!line.is_empty() && line.chars().count() <= max).then_some(line)
}

/// A path on the page's own site to an SVG or PNG: letters, digits and `-_./` only (so no
/// scheme, query or markup), not `//` (another site), ending in .svg or .png.
fn logo_path(v: &str) -> Option<String> {
    let v = v.trim();
    let ok_chars = v.chars().all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c));
    let lower = v.to_ascii_lowercase();
    let picture = lower.ends_with(".svg") || lower.ends_with(".png");
    (ok_chars && picture && !v.starts_with("//") && v.len() <= MAX_LOGO_PATH_LEN).then(|| v.to_string())
}

fn typed<T: DeserializeOwned>(v: &Json) -> Result<T, String> {
    T::deserialize(v).map_err(|de::Error(e)| format!("wrong kind of value ({e})"))
}

/// Digits, spaces, +, - and brackets, with 6 to 15 digits (E.164 allows 15).
fn phone(v: &str) -> Option<String> {
    let v = v.trim();
    let ok_chars = v.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c));
    let digits = v.chars().filter(|c| c.is_ascii_digit()).count();
    let plus_first = v.chars().skip(1).all(|c| c != '+');
    (ok_chars && plus_first && (6..=15).contains(&digits)).then(|| v.to_string())
}

fn show(v: &Json) -> String {
    match v {
        Json::Str(s) => format!("\u{201c}{s}\u{201d}"),
        Json::Num(n) => crate::model::num::fmt_fixed(*n, 4),
        Json::Bool(b) => b.to_string(),
        Json::Null => "null".into(),
        Json::Arr(a) => format!("a list of {}", a.len()),
        Json::Obj(_) => "an object".into(),
    }
}

fn shorten(s: &str) -> String {
    let cleaned: String = s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    if cleaned.chars().count() > 60 {
        format!("{}\u{2026}", cleaned.chars().take(60).collect::<String>())
    } else {
        cleaned
    }
}
