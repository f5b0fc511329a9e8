//! The therapist's programme as a short code, for the link, its QR code and the copy kept on
//! the phone. Pure Rust, tested natively; decoding never panics.
//!
//! Format version 1, packed in bits, most significant first:
//!
//! | bits | field |
//! |------|-------|
//! | 3    | format version (1) |
//! | 16   | day written, counted from 2020-01-01 |
//! | 2+5n | number of initials (0-3), then each letter (A = 0 … Z = 25) |
//! | 4    | number of exercises (at most 8 are read) |
//! | per exercise | 4 id (its place in the catalogue), 2 version, 2 dose kind, the dose's fixed-width fields, 7 note length in bytes, the note in UTF-8 |
//! | 8    | programme note length in bytes, then the note |
//! | 1    | a photo measurement follows (1) or not (0, or the code ends) |
//! | 3+16+10+1 | its format version (1), the day measured, the tilt in tenths of a degree + 450 (0-900), whether a true vertical corrected it |
//!
//! The measurement was added after format version 1 shipped, at the end, so older releases read
//! a code that carries one (they stop before it) and this one reads their codes (the padding
//! after the note reads as "none").
//!
//! Dose fields: a hold is 5 bits of seconds/5, 5 of repetitions, 1 each side, 3 days a week;
//! sets of repetitions are 3 sets, 5 repetitions, 4 rest/15 s, 1 each side, 3 days; timed sets
//! are 3 sets, 5 seconds/5, 4 rest/15 s, 1 each side, 3 days; a habit has none. Every field has a
//! fixed width, so one bad value is dropped on its own without losing its neighbours.
//!
//! The bytes are written in base 32 (RFC 4648, upper case, no padding): a QR code carries those
//! characters in its alphanumeric mode at 5.5 bits each, against 8 for a byte, so a programme with
//! 120 bytes of notes stays at version 10 or below (see `tests/programme.rs`).

use super::bits::{self, base32, day_code, day_from_code, Bits, Reader};
use crate::model::exercises::{code, from_code};
use crate::model::plan::Dosage;
use crate::model::programme::{clean_note, cut_to, group, starting_dosage, DoseField, Item, Programme, Version, MAX_EXERCISES, MAX_INITIALS, NOTE_BUDGET};
use crate::model::words::programme as w;

pub const FORMAT_VERSION: u32 = 1;
/// The link's fragment: `#p=CODE`. A fragment is never sent to a server.
pub const FRAGMENT_KEY: &str = "p=";
/// Codes longer than this are not read at all (the largest real one is under 300).
pub const MAX_CODE_LEN: usize = 2000;

fn version_code(v: Version) -> u32 {
    match v {
        Version::Easier => 0,
        Version::Standard => 1,
        Version::Harder => 2,
    }
}

/// The code for a programme. The builder keeps every value in range; out-of-range values
/// would be written clamped to the field's width, and read back as dropped.
pub fn encode(p: &Programme) -> String {
    let mut b = Bits::new();
    b.put(FORMAT_VERSION, 3);
    b.put(day_code(p.issued), 16);
    let initials: Vec<u32> = p.initials.bytes().filter(u8::is_ascii_uppercase).take(MAX_INITIALS).map(|c| (c - b'A') as u32).collect();
    b.put(initials.len() as u32, 2);
    for c in initials {
        b.put(c, 5);
    }
    let items = &p.items[..p.items.len().min(MAX_EXERCISES)];
    b.put(items.len() as u32, 4);
    for it in items {
        b.put(code(it.id), 4);
        b.put(version_code(it.version), 2);
        match &it.dosage {
            Dosage::Hold { seconds, repetitions, per_side, days_per_week } => {
                b.put(0, 2);
                b.put(seconds / step(DoseField::HoldSeconds), 5);
                b.put(*repetitions, 5);
                b.put(*per_side as u32, 1);
                b.put(*days_per_week, 3);
            }
            Dosage::Reps { sets, reps_low, reps_high, rest_seconds, per_side, days_per_week } => {
                b.put(1, 2);
                b.put(*sets, 3);
                b.put((reps_low + reps_high) / 2, 5);
                b.put(rest_seconds / step(DoseField::RestSeconds), 4);
                b.put(*per_side as u32, 1);
                b.put(*days_per_week, 3);
            }
            Dosage::TimedSets { sets, seconds, rest_seconds, per_side, days_per_week } => {
                b.put(2, 2);
                b.put(*sets, 3);
                b.put(seconds / step(DoseField::HoldSeconds), 5);
                b.put(rest_seconds / step(DoseField::RestSeconds), 4);
                b.put(*per_side as u32, 1);
                b.put(*days_per_week, 3);
            }
            Dosage::Habit(_) => b.put(3, 2),
        }
        put_text(&mut b, &it.note, 7);
    }
    put_text(&mut b, &p.note, 8);
    bits::put_measurement(&mut b, p.measured.as_ref());
    base32(&b.bytes)
}

/// A dose field travels as its value divided by its step (5 s for holds, 15 s for rests).
fn step(field: DoseField) -> u32 {
    field.range().2
}

fn put_text(b: &mut Bits, s: &str, width: u32) {
    let s = cut_to(s, (1usize << width) - 1);
    b.put(s.len() as u32, width);
    for &byte in s.as_bytes() {
        b.put(byte as u32, 8);
    }
}

fn take_text(r: &mut Reader, width: u32) -> Option<Result<String, ()>> {
    let len = r.take(width)? as usize;
    let mut bytes = Vec::with_capacity(len);
    for _ in 0..len {
        bytes.push(r.take(8)? as u8);
    }
    Some(String::from_utf8(bytes).map(|s| clean_note(&s)).map_err(|_| ()))
}

/// A programme read from a link, and what had to be left out, in words.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub programme: Programme,
    pub dropped: Vec<String>,
}

/// Reads a code. None when nothing usable is in it (not base 32, another format version, no
/// exercise): the caller says so and keeps the plan it had.
pub fn decode(code: &str) -> Option<Decoded> {
    let mut r = Reader::open(code, MAX_CODE_LEN, FORMAT_VERSION)?;
    let mut dropped = Vec::new();
    let issued = day_from_code(r.take(16)?);
    let count = r.take(2)?;
    let mut initials = String::new();
    let mut initials_ok = true;
    for _ in 0..count {
        match r.take(5)? {
            c @ 0..=25 => initials.push((b'A' + c as u8) as char),
            _ => initials_ok = false,
        }
    }
    if !initials_ok {
        initials.clear();
        dropped.push(w::DROPPED_INITIALS.to_string());
    }
    let declared = r.take(4)? as usize;
    if declared > MAX_EXERCISES {
        dropped.push(w::DROPPED_EXTRA.to_string());
    }
    let wanted = declared.min(MAX_EXERCISES);
    let mut items: Vec<Item> = Vec::new();
    let mut truncated = false;
    let mut note_bytes = 0;
    for k in 0..wanted {
        match read_item(&mut r, k, &mut dropped) {
            None => {
                dropped.push(w::cut_short(wanted - k));
                truncated = true;
                break;
            }
            Some(None) => {}
            Some(Some(mut item)) => {
                if items.iter().any(|it| it.id == item.id) {
                    dropped.push(w::DROPPED_REPEAT.to_string());
                    continue;
                }
                if note_bytes + item.note.len() > NOTE_BUDGET {
                    item.note.clear();
                    dropped.push(w::dropped_note(Some(k)));
                }
                note_bytes += item.note.len();
                items.push(item);
            }
        }
    }
    let mut note = String::new();
    if !truncated {
        match take_text(&mut r, 8) {
            Some(Ok(text)) if note_bytes + text.len() <= NOTE_BUDGET => note = text,
            _ => dropped.push(w::dropped_note(None)),
        }
    }
    if items.is_empty() {
        return None;
    }
    let measured = if truncated { None } else { bits::take_measurement(&mut r).or_dropped(&mut dropped, w::DROPPED_MEASUREMENT) };
    Some(Decoded { programme: Programme { issued, items, note, initials, measured }, dropped })
}

/// One exercise: None when the code ends inside it, Some(None) when it is not one to keep.
fn read_item(r: &mut Reader, k: usize, dropped: &mut Vec<String>) -> Option<Option<Item>> {
    let id_code = r.take(4)? as usize;
    let version_code = r.take(2)?;
    let kind = r.take(2)?;
    // Raw fields, read whatever their values, so the next exercise starts where it should.
    let fields: Vec<u32> = match kind {
        0 => vec![r.take(5)?, r.take(5)?, r.take(1)?, r.take(3)?],
        1 | 2 => vec![r.take(3)?, r.take(5)?, r.take(4)?, r.take(1)?, r.take(3)?],
        _ => vec![],
    };
    let note = take_text(r, 7)?;
    let Some(id) = from_code(id_code as u32).filter(|id| group(*id).is_some()) else {
        dropped.push(w::dropped_exercise(k));
        return Some(None);
    };
    let version = match version_code {
        0 => Version::Easier,
        1 => Version::Standard,
        2 => Version::Harder,
        _ => {
            dropped.push(w::dropped_field(k, "version"));
            Version::Standard
        }
    };
    let usual = starting_dosage(id);
    // A value outside the builder's range for its field is dropped, and the usual one used.
    let mut field = |f: DoseField, code: u32, usual: u32| {
        let (lo, hi, step) = f.range();
        let v = code * step;
        if (lo..=hi).contains(&v) {
            v
        } else {
            dropped.push(w::dropped_field(k, f.word()));
            usual
        }
    };
    let dosage = match (kind, &usual) {
        (0, Dosage::Hold { seconds, repetitions, days_per_week, .. }) => Dosage::Hold {
            seconds: field(DoseField::HoldSeconds, fields[0], *seconds),
            repetitions: field(DoseField::Repetitions, fields[1], *repetitions),
            per_side: fields[2] == 1,
            days_per_week: field(DoseField::Days, fields[3], *days_per_week),
        },
        (1, Dosage::Reps { sets, reps_low, rest_seconds, days_per_week, .. }) => {
            let reps = field(DoseField::Repetitions, fields[1], *reps_low);
            Dosage::Reps {
                sets: field(DoseField::Sets, fields[0], *sets),
                reps_low: reps,
                reps_high: reps,
                rest_seconds: field(DoseField::RestSeconds, fields[2], *rest_seconds),
                per_side: fields[3] == 1,
                days_per_week: field(DoseField::Days, fields[4], *days_per_week),
            }
        }
        (2, Dosage::TimedSets { sets, seconds, rest_seconds, days_per_week, .. }) => Dosage::TimedSets {
            sets: field(DoseField::Sets, fields[0], *sets),
            seconds: field(DoseField::HoldSeconds, fields[1], *seconds),
            rest_seconds: field(DoseField::RestSeconds, fields[2], *rest_seconds),
            per_side: fields[3] == 1,
            days_per_week: field(DoseField::Days, fields[4], *days_per_week),
        },
        (3, Dosage::Habit(_)) => usual.clone(),
        // A dose of another kind than the exercise takes (a hold for a bridge): its usual dose.
        _ => {
            dropped.push(w::dropped_field(k, w::FIELD_DOSE));
            usual.clone()
        }
    };
    let note = match note {
        Ok(n) => n,
        Err(()) => {
            dropped.push(w::dropped_note(Some(k)));
            String::new()
        }
    };
    Some(Some(Item { id, version, dosage, note }))
}

/// The link to send home: the page's address (no query) with the code in its fragment.
pub fn link(page: &str, p: &Programme) -> String {
    bits::link(page, FRAGMENT_KEY, &encode(p))
}

/// The code in a link's fragment (`#p=CODE`, with or without the `#`), if there is one.
pub fn code_in_fragment(fragment: &str) -> Option<&str> {
    bits::in_fragment(fragment, FRAGMENT_KEY)
}
