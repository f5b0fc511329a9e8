//! What is kept on the device, under a versioned schema. Pure codec: the hook in
//! `hooks/use_progress.rs` does the reading and writing.
//!
//! Version 1 (an earlier release) kept only a list of dates. Version 2 keeps one record per
//! session. Anything unreadable is set aside as a backup, never silently dropped.

use serde::{Deserialize, Serialize};

use crate::model::calendar::Date;

pub const KEY: &str = "posture-explainer.progress";
pub const BACKUP_KEY: &str = "posture-explainer.progress.backup";
/// Every key this app writes starts with this, so "forget my data" can find them all.
pub const PREFIX: &str = "posture-explainer.";
pub const VERSION: u32 = 2;
/// Keep the store small: a year and a half of daily sessions.
pub const MAX_RECORDS: usize = 550;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub version: u32,
    pub sessions: Vec<SessionRecord>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRecord {
    /// "YYYY-MM-DD", the person's local date.
    pub date: String,
    pub steps_done: u32,
    pub steps_total: u32,
}

#[derive(Deserialize)]
struct V1 {
    completed: Vec<String>,
}

#[derive(Deserialize)]
struct VersionOnly {
    version: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loaded {
    /// Nothing stored yet.
    Empty,
    Current(Progress),
    /// Read from an older version; write it back in the new one.
    Migrated { progress: Progress, from: u32 },
    /// Unreadable: start clean and keep `raw` aside as a backup.
    Corrupt { raw: String, reason: String },
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
    let version = match serde_json::from_str::<VersionOnly>(raw) {
        Ok(v) => v.version,
        Err(_) => return corrupt("not readable"),
    };
    match version {
        1 => match serde_json::from_str::<V1>(raw) {
            Ok(v1) => {
                let mut sessions: Vec<SessionRecord> = v1
                    .completed
                    .iter()
                    .filter_map(|d| Date::parse(d))
                    .map(|d| SessionRecord { date: d.to_string(), steps_done: 1, steps_total: 1 })
                    .collect();
                sessions.sort_by(|a, b| a.date.cmp(&b.date));
                Loaded::Migrated { progress: Progress { version: VERSION, sessions }, from: 1 }
            }
            Err(_) => corrupt("version 1, but not readable"),
        },
        VERSION => match serde_json::from_str::<Progress>(raw) {
            Ok(mut p) => {
                let before = p.sessions.len();
                p.sessions.retain(|s| Date::parse(&s.date).is_some() && s.steps_done <= s.steps_total);
                if p.sessions.len() != before {
                    return corrupt("some records were not valid");
                }
                Loaded::Current(p)
            }
            Err(_) => corrupt("not readable"),
        },
        v => corrupt(&format!("from a newer version ({v})")),
    }
}

pub fn encode(p: &Progress) -> String {
    serde_json::to_string(p).unwrap_or_else(|_| "{\"version\":2,\"sessions\":[]}".to_string())
}

impl Progress {
    pub fn record(&mut self, date: Date, steps_done: u32, steps_total: u32) {
        self.version = VERSION;
        self.sessions.push(SessionRecord { date: date.to_string(), steps_done: steps_done.min(steps_total), steps_total });
        if self.sessions.len() > MAX_RECORDS {
            let extra = self.sessions.len() - MAX_RECORDS;
            self.sessions.drain(..extra);
        }
    }

    fn dates(&self) -> Vec<Date> {
        let mut d: Vec<Date> = self.sessions.iter().filter_map(|s| Date::parse(&s.date)).collect();
        d.sort();
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
                let n = self
                    .sessions
                    .iter()
                    .filter_map(|s| Date::parse(&s.date))
                    .filter(|d| *d >= start && *d < end)
                    .count() as u32;
                (start, n)
            })
            .collect()
    }
}
