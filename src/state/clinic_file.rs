//! The clinic's settings file, `clinic.json` beside the page: read with serde into typed
//! settings, field by field, so one bad field is ignored (with a line saying which, what and
//! why) and never breaks the page. Pure: the hook in `hooks/use_clinic_file.rs` fetches it.

use serde::de::DeserializeOwned;

use super::json::{de, Json};
use super::url::{booking_url, clinic_name, hex_colour};
use crate::model::exercises::ExerciseId;

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
    pub hidden_exercises: Vec<ExerciseId>,
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
                let line = clinic_name(&v).filter(|a| a.chars().count() <= MAX_ADDRESS_LEN);
                s.address = Some(line.ok_or("must be one line of text, at most 160 characters")?);
                Ok(())
            }),
            "accent" => typed::<String>(value).and_then(|v| {
                s.accent = Some(hex_colour(&v).ok_or("must be a hex colour such as #0a6e5c")?);
                Ok(())
            }),
            "hidden_exercises" => typed::<Vec<ExerciseId>>(value).map(|v| {
                s.hidden_exercises = v;
                s.hidden_exercises.sort();
                s.hidden_exercises.dedup();
            }),
            _ => Err("not a setting this release knows".into()),
        };
        checks.push(Check { field: key.chars().take(40).collect(), value: shown, problem: problem.err() });
    }
    (s, checks)
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
        Json::Num(n) => format!("{n}"),
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
