//! The week's schedule as an iCalendar file (RFC 5545) that phone calendars accept: one
//! weekly repeating event per day, CRLF line ends, text escaped, long lines folded.

use super::calendar::Date;
use super::exercises::exercise;
use super::plan::Plan;
use super::words::calendar::WEEKDAYS;
use super::words::ics as w;

const BYDAY: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// `today` picks the first date of each series; `stamp` is the creation time in UTC,
/// "YYYYMMDDTHHMMSSZ". Events are at 08:00 floating local time, for four weeks.
pub fn schedule(plan: &Plan, clinic: Option<&str>, booking_url: Option<&str>, today: Date, stamp: &str) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Posture explainer//Stretch plan//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    for (day, ids) in plan.week.iter().enumerate() {
        if ids.is_empty() {
            continue;
        }
        let offset = (day as i64 - today.weekday() as i64).rem_euclid(7);
        let first = today.add_days(offset);
        let names: Vec<&str> = ids.iter().map(|id| exercise(*id).name).collect();
        let mut description = [w::today(&names), w::MILD.to_string()].join("\n");
        if let Some(url) = booking_url {
            description.push('\n');
            description.push_str(&w::booking(clinic, url));
        }
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:stretch-plan-{}-{}@posture-explainer", BYDAY[day].to_ascii_lowercase(), first.compact()));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("DTSTART:{}T080000", first.compact()));
        lines.push("DURATION:PT15M".into());
        lines.push(format!("RRULE:FREQ=WEEKLY;BYDAY={};COUNT=4", BYDAY[day]));
        lines.push(format!("SUMMARY:{}", escape(&w::summary(WEEKDAYS[day]))));
        lines.push(format!("DESCRIPTION:{}", escape(&description)));
        lines.push("BEGIN:VALARM".into());
        lines.push("ACTION:DISPLAY".into());
        lines.push(format!("DESCRIPTION:{}", escape(w::ALARM)));
        lines.push("TRIGGER:PT0M".into());
        lines.push("END:VALARM".into());
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for l in lines {
        out.push_str(&fold(&l));
        out.push_str("\r\n");
    }
    out
}

/// TEXT escaping: backslash, semicolon, comma and newlines.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a line to at most 75 octets, never splitting a character.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out
}
