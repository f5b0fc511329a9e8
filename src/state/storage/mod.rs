//! What is kept on the device, under a versioned schema: a pure codec, and the changes each
//! kind of kept data allows. `device` is the one way in to the browser's storage;
//! `hooks::use_kept` applies the changes and writes them.
//!
//! Version 1 (an earlier release) kept only a list of dates. Version 2 keeps one record per
//! session. Version 3 adds to each record the holds and sets done per exercise, and the
//! effort and pain the person noted (both optional). Anything unreadable is set aside as a
//! backup, never silently dropped.

use crate::model::calendar::Date;
use crate::model::exercises::{code, from_code};
use crate::model::order;
use crate::model::safety::{Screening, ASK_AGAIN_AFTER_DAYS};
use crate::model::session::Tally;
use crate::model::words::progress as w;

use super::json::{quote, Json};

pub mod device;

pub const KEY: &str = "posture-explainer.progress";
pub const BACKUP_KEY: &str = "posture-explainer.progress.backup";
/// Every key this app writes starts with this, so "forget my data" can find them all.
pub const PREFIX: &str = "posture-explainer.";
pub const VERSION: u32 = 3;
/// Effort and pain are noted from 0 to 10.
pub const MAX_RATING: u32 = 10;
/// Keep the store small: a year and a half of daily sessions.
pub const MAX_RECORDS: usize = 550;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    pub version: u32,
    pub sessions: Vec<SessionRecord>,
}

impl Progress {
    /// The sessions kept, as the summary for the therapist counts them; a record whose date
    /// cannot be read is left out rather than guessed.
    pub fn done_records(&self) -> Vec<crate::model::review::Done> {
        self.sessions
            .iter()
            .filter_map(|s| {
                Some(crate::model::review::Done {
                    date: Date::parse(&s.date)?,
                    exercises: s.exercises.iter().map(|(c, d, _)| (*c, *d)).collect(),
                    effort: s.effort,
                    pain: s.pain,
                })
            })
            .collect()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SessionRecord {
    /// "YYYY-MM-DD", the person's local date.
    pub date: String,
    pub steps_done: u32,
    pub steps_total: u32,
    /// Per exercise (by catalogue code): holds and sets done, and in all.
    pub exercises: Vec<(u32, u32, u32)>,
    /// How hard the session felt, 0 to 10, if the person said.
    pub effort: Option<u32>,
    /// Pain during it, 0 to 10, if the person said.
    pub pain: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loaded {
    /// Nothing stored yet.
    Empty,
    Current(Progress),
    /// Read from an older version; write it back in the new one.
    Migrated {
        progress: Progress,
        from: u32,
    },
    /// Unreadable: start clean and keep `raw` aside as a backup.
    Corrupt {
        raw: String,
        reason: String,
    },
}

impl Loaded {
    pub fn progress(&self) -> Progress {
        match self {
            Loaded::Current(p) | Loaded::Migrated { progress: p, .. } => p.clone(),
            Loaded::Empty | Loaded::Corrupt { .. } => Progress { version: VERSION, sessions: vec![] },
        }
    }
}

pub fn decode(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else { return Loaded::Empty };
    let corrupt = |reason: &str| Loaded::Corrupt { raw: raw.to_string(), reason: reason.to_string() };
    let Some(json) = Json::parse(raw) else { return corrupt(w::NOT_READABLE) };
    let Some(version) = json.get("version").and_then(Json::as_u32) else { return corrupt(w::NOT_READABLE) };
    match version {
        1 => match json.get("completed").and_then(Json::as_array) {
            Some(dates) if dates.iter().all(|d| d.as_str().is_some()) => {
                let mut sessions: Vec<SessionRecord> = dates
                    .iter()
                    .filter_map(|d| Date::parse(d.as_str()?))
                    .map(|d| SessionRecord { date: d.to_string(), steps_done: 1, steps_total: 1, ..Default::default() })
                    .collect();
                order::sort_by(&mut sessions, |a, b| a.date.cmp(&b.date));
                Loaded::Migrated { progress: Progress { version: VERSION, sessions }, from: 1 }
            }
            _ => corrupt(w::VERSION_1_NOT_READABLE),
        },
        2 | VERSION => {
            let Some(items) = json.get("sessions").and_then(Json::as_array) else { return corrupt(w::NOT_READABLE) };
            let mut sessions = Vec::with_capacity(items.len());
            for item in items {
                let record = (|| {
                    Some(SessionRecord {
                        date: item.get("date")?.as_str()?.to_string(),
                        steps_done: item.get("steps_done")?.as_u32()?,
                        steps_total: item.get("steps_total")?.as_u32()?,
                        exercises: match item.get("exercises") {
                            None => vec![],
                            Some(list) => list
                                .as_array()?
                                .iter()
                                .map(|t| match t.as_array()? {
                                    [c, d, n] => Some((c.as_u32()?, d.as_u32()?, n.as_u32()?)),
                                    _ => None,
                                })
                                .collect::<Option<Vec<_>>>()?,
                        },
                        effort: rating(item.get("effort"))?,
                        pain: rating(item.get("pain"))?,
                    })
                })();
                match record {
                    Some(r)
                        if Date::parse(&r.date).is_some()
                            && r.steps_done <= r.steps_total
                            && r.exercises.iter().all(|(c, d, n)| from_code(*c).is_some() && d <= n) =>
                    {
                        sessions.push(r)
                    }
                    Some(_) => return corrupt(w::SOME_NOT_VALID),
                    None => return corrupt(w::NOT_READABLE),
                }
            }
            if version == VERSION {
                Loaded::Current(Progress { version, sessions })
            } else {
                Loaded::Migrated { progress: Progress { version: VERSION, sessions }, from: version }
            }
        }
        v => corrupt(&w::newer_version(v)),
    }
}

/// A rating: absent, or a whole number from 0 to 10. None when present but not one.
fn rating(v: Option<&Json>) -> Option<Option<u32>> {
    match v {
        None | Some(Json::Null) => Some(None),
        Some(j) => j.as_u32().filter(|r| *r <= MAX_RATING).map(Some),
    }
}

pub fn encode(p: &Progress) -> String {
    let sessions: Vec<String> = p
        .sessions
        .iter()
        .map(|s| {
            let mut fields = format!("\"date\":{},\"steps_done\":{},\"steps_total\":{}", quote(&s.date), s.steps_done, s.steps_total);
            if !s.exercises.is_empty() {
                let list: Vec<String> = s.exercises.iter().map(|(c, d, n)| format!("[{c},{d},{n}]")).collect();
                fields.push_str(&format!(",\"exercises\":[{}]", list.join(",")));
            }
            for (key, v) in [("effort", s.effort), ("pain", s.pain)] {
                if let Some(v) = v {
                    fields.push_str(&format!(",\"{key}\":{v}"));
                }
            }
            format!("{{{fields}}}")
        })
        .collect();
    format!("{{\"version\":{},\"sessions\":[{}]}}", VERSION, sessions.join(","))
}

impl Progress {
    pub fn record(&mut self, date: Date, steps_done: u32, steps_total: u32) {
        self.record_session(date, steps_done, steps_total, vec![]);
    }

    /// A finished session, with each exercise's holds and sets done and in all.
    pub fn record_session(&mut self, date: Date, steps_done: u32, steps_total: u32, exercises: Vec<Tally>) {
        self.version = VERSION;
        let exercises = exercises.into_iter().map(|(id, d, n)| (code(id), d.min(n), n)).collect();
        self.sessions.push(SessionRecord { date: date.to_string(), steps_done: steps_done.min(steps_total), steps_total, exercises, effort: None, pain: None });
        if self.sessions.len() > MAX_RECORDS {
            let extra = self.sessions.len() - MAX_RECORDS;
            self.sessions.drain(..extra);
        }
    }

    /// Notes effort and pain (each 0 to 10, or not said) on the last session recorded.
    /// False when there is no session to note them on.
    pub fn rate_last(&mut self, effort: Option<u32>, pain: Option<u32>) -> bool {
        match self.sessions.last_mut() {
            Some(s) => {
                s.effort = effort.map(|e| e.min(MAX_RATING));
                s.pain = pain.map(|p| p.min(MAX_RATING));
                true
            }
            None => false,
        }
    }

    fn dates(&self) -> Vec<Date> {
        let mut d: Vec<Date> = self.sessions.iter().filter_map(|s| Date::parse(&s.date)).collect();
        order::sort(&mut d);
        d.dedup();
        d
    }

    /// Days in a row with a session, ending today (or yesterday, if today is not done yet).
    pub fn streak(&self, today: Date) -> u32 {
        let dates = self.dates();
        let has = |d: Date| dates.binary_search(&d).is_ok();
        let mut day = if has(today) { today } else { today.add_days(-1) };
        let mut n = 0;
        while has(day) {
            n += 1;
            day = day.add_days(-1);
        }
        n
    }

    /// Sessions in each of the last `weeks` weeks (Monday to Sunday), oldest first.
    pub fn sessions_per_week(&self, today: Date, weeks: usize) -> Vec<(Date, u32)> {
        let this_week = today.week_start();
        (0..weeks)
            .rev()
            .map(|k| {
                let start = this_week.add_days(-7 * k as i64);
                let end = start.add_days(7);
                let n = self.sessions.iter().filter_map(|s| Date::parse(&s.date)).filter(|d| *d >= start && *d < end).count() as u32;
                (start, n)
            })
            .collect()
    }
}

/// A change to the progress kept on this device.
#[derive(Clone, Debug, PartialEq)]
pub enum ProgressAction {
    /// What the device kept, read once the page has started.
    Load(Progress),
    /// A finished session: its date, holds and sets done and in all, and each exercise's.
    Record(Date, u32, u32, Vec<crate::model::session::Tally>),
    /// Effort and pain on the last session.
    Rate(crate::model::session::EffortAndPain),
    /// "Forget my data".
    Forget,
}

impl Default for Progress {
    fn default() -> Self {
        Progress { version: VERSION, sessions: vec![] }
    }
}

impl Progress {
    pub fn apply(&self, action: &ProgressAction) -> Progress {
        let mut next = self.clone();
        match action {
            ProgressAction::Load(p) => next = p.clone(),
            ProgressAction::Record(date, done, total, exercises) => next.record_session(*date, *done, *total, exercises.clone()),
            ProgressAction::Rate((effort, pain)) => {
                next.rate_last(*effort, *pain);
            }
            ProgressAction::Forget => next = Progress::default(),
        }
        next
    }
}

/// The language chosen with the switch: its code (`model::words::LANGUAGES`). It wins over the
/// browser's languages when the English page opens.
pub const LANGUAGE_KEY: &str = "posture-explainer.language";

/// The safety screen's answers, kept on this device only (never in a link or QR code).
pub const SCREENING_KEY: &str = "posture-explainer.screening";
pub const SCREENING_BACKUP_KEY: &str = "posture-explainer.screening.backup";
/// Version 2 keeps the day the answers were last changed, and "I have none of these" (the red
/// flags) apart from "None of these apply to me" (the rest). Version 1's one "none" meant both.
pub const SCREENING_VERSION: u32 = 2;

/// What was read back for the safety answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadedScreening {
    Empty,
    Current(Screening),
    /// Readable, but some answers were not known: kept what was, names what was not.
    Partial {
        screening: Screening,
        unknown: Vec<String>,
    },
    /// Answered four weeks ago or more (or by a release that kept no date): the ticks are
    /// kept, and both "none" answers and "already checked" are asked again.
    Stale(Screening),
    /// Unreadable: ask again, and keep `raw` aside.
    Corrupt {
        raw: String,
    },
}

/// The answers and `answered`, the day they were last changed.
pub fn encode_screening(s: &Screening, answered: Date) -> String {
    format!("{{\"version\":{},\"answered\":{},\"answers\":{}}}", SCREENING_VERSION, quote(&answered.to_string()), quote(&s.to_keys()))
}

/// Reads the stored answers as of `today`.
pub fn decode_screening(raw: Option<&str>, today: Date) -> LoadedScreening {
    let Some(raw) = raw else { return LoadedScreening::Empty };
    let corrupt = || LoadedScreening::Corrupt { raw: raw.to_string() };
    let Some(json) = Json::parse(raw) else { return corrupt() };
    let version = json.get("version").and_then(Json::as_u32);
    if version != Some(SCREENING_VERSION) && version != Some(1) {
        return corrupt();
    }
    let Some(keys) = json.get("answers").and_then(Json::as_str) else { return corrupt() };
    let (mut screening, unknown) = Screening::from_keys(keys);
    // Version 1's "none" stood for both parts.
    if version == Some(1) && screening.none_apply && screening.red_flags.is_empty() {
        screening.no_red_flags = true;
    }
    let answered = json.get("answered").and_then(Json::as_str).and_then(Date::parse);
    let stale = answered.is_none_or(|d| today.days() - d.days() >= ASK_AGAIN_AFTER_DAYS || d.days() > today.days());
    if stale && screening.anything() {
        screening = screening.to_confirm_again();
        if unknown.is_empty() {
            return LoadedScreening::Stale(screening);
        }
    }
    match unknown.is_empty() {
        true => LoadedScreening::Current(screening),
        false => LoadedScreening::Partial { screening, unknown },
    }
}

/// The therapist's programme on the client's phone: its link code (`state::programme_code`),
/// which carries its own format version.
pub const PROGRAMME_KEY: &str = "posture-explainer.programme";
pub const PROGRAMME_BACKUP_KEY: &str = "posture-explainer.programme.backup";
