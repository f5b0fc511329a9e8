//! What the two link codes (the programme's and the summary's) share: bit packing, base 32
//! (RFC 4648, upper case, no padding: a QR code carries those characters in its dense
//! alphanumeric mode), dates as 16-bit day counts, and the `#key=CODE` fragment.

use crate::model::calendar::Date;
use crate::model::photo::Measurement;

#[derive(Default)]
pub struct Bits {
    pub bytes: Vec<u8>,
    len: usize,
}

impl Bits {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn put(&mut self, value: u32, width: u32) {
        for k in (0..width).rev() {
            if self.len.is_multiple_of(8) {
                self.bytes.push(0);
            }
            if (value >> k) & 1 == 1 {
                let last = self.bytes.len() - 1;
                self.bytes[last] |= 0x80 >> (self.len % 8);
            }
            self.len += 1;
        }
    }
}

pub struct Reader {
    bytes: Vec<u8>,
    at: usize,
}

impl Reader {
    /// A code's bits, past its format version: None when the code is empty, longer than
    /// `max_len`, not base 32, or of another format version.
    pub fn open(code: &str, max_len: usize, version: u32) -> Option<Reader> {
        let code = code.trim();
        if code.is_empty() || code.len() > max_len {
            return None;
        }
        let mut r = Reader { bytes: unbase32(code)?, at: 0 };
        (r.take(3)? == version).then_some(r)
    }

    /// The next `width` bits, or None when the code ends first.
    pub fn take(&mut self, width: u32) -> Option<u32> {
        let mut v = 0u32;
        for _ in 0..width {
            let byte = *self.bytes.get(self.at / 8)?;
            v = (v << 1) | ((byte >> (7 - self.at % 8)) & 1) as u32;
            self.at += 1;
        }
        Some(v)
    }
}

const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

pub fn base32(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 8 / 5 + 1);
    let (mut acc, mut n) = (0u32, 0u32);
    for &b in bytes {
        acc = (acc << 8) | b as u32;
        n += 8;
        while n >= 5 {
            n -= 5;
            out.push(ALPHABET[((acc >> n) & 31) as usize] as char);
        }
        acc &= (1 << n) - 1;
    }
    if n > 0 {
        out.push(ALPHABET[((acc << (5 - n)) & 31) as usize] as char);
    }
    out
}

/// Lower case is read too (some scanners lower-case links); any other character is refused.
pub fn unbase32(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 5 / 8);
    let (mut acc, mut n) = (0u32, 0u32);
    for c in s.bytes() {
        let v = ALPHABET.iter().position(|&a| a == c.to_ascii_uppercase())? as u32;
        acc = (acc << 5) | v;
        n += 5;
        if n >= 8 {
            n -= 8;
            out.push((acc >> n) as u8);
        }
        acc &= (1 << n) - 1;
    }
    Some(out)
}

/// Days are counted from 2020-01-01 in 16 bits (to 2199).
fn epoch() -> Date {
    Date { year: 2020, month: 1, day: 1 }
}

pub fn day_code(d: Date) -> u32 {
    (d.days() - epoch().days()).clamp(0, u16::MAX as i64) as u32
}

pub fn day_from_code(code: u32) -> Date {
    epoch().add_days(code as i64)
}

/// The link: the page's address with the code in its fragment, `#key=CODE`.
pub fn link(page: &str, key: &str, code: &str) -> String {
    format!("{page}#{key}{code}")
}

/// The code in a fragment (`#key=CODE`, with or without the `#`), if it is one of this key.
pub fn in_fragment<'a>(fragment: &'a str, key: &str) -> Option<&'a str> {
    fragment.strip_prefix('#').unwrap_or(fragment).strip_prefix(key)
}

/// Format version of the photo measurement section that both codes may end with. Version 1
/// had no lumbar curve; version 2 adds it. Both are read.
const MEASUREMENT_VERSION: u32 = 2;

/// The curve's range in tenths of a degree, as the photo measure keeps it (-450 to 1000); it is
/// written less the lower bound, so never negative.
const CURVE_MIN_TENTHS: i32 = (crate::model::photo::MIN_PLAUSIBLE_CURVE_DEG * 10.0) as i32;
const CURVE_MAX_TENTHS: i32 = (crate::model::photo::MAX_PLAUSIBLE_CURVE_DEG * 10.0) as i32;

/// The measurement section, written last: 1 (one follows), 3 its version, 16 the day, 10 the
/// tilt in tenths of a degree + 450 (0-900), 1 whether a true vertical corrected it; then (from
/// version 2) 1 whether a lumbar curve follows, and 11 the curve in tenths + 450 (0-1450).
/// Nothing is written when there is none, so the padding reads as "none".
pub fn put_measurement(b: &mut Bits, m: Option<&Measurement>) {
    let Some(m) = m.filter(|_| crate::model::photo::MEASURE) else { return };
    b.put(1, 1);
    b.put(MEASUREMENT_VERSION, 3);
    b.put(day_code(m.day), 16);
    b.put((m.tilt_tenths.clamp(-450, 450) + 450) as u32, 10);
    b.put(m.vertical as u32, 1);
    match m.curve_tenths {
        Some(c) => {
            b.put(1, 1);
            b.put((c.clamp(CURVE_MIN_TENTHS, CURVE_MAX_TENTHS) - CURVE_MIN_TENTHS) as u32, 11);
        }
        None => b.put(0, 1),
    }
}

/// What the measurement section held.
pub enum Section {
    /// None: the code ends, or only padding follows.
    Absent,
    Measured(Measurement),
    /// One is there but cannot be read (cut short, a newer version, a tilt out of range).
    Unreadable,
}

impl Section {
    /// The measurement; an unreadable one is named in `dropped` as `word`.
    pub fn or_dropped(self, dropped: &mut Vec<String>, word: &str) -> Option<Measurement> {
        match self {
            Section::Absent => None,
            Section::Measured(m) => Some(m),
            Section::Unreadable => {
                dropped.push(word.to_string());
                None
            }
        }
    }
}

pub fn take_measurement(r: &mut Reader) -> Section {
    if !crate::model::photo::MEASURE || r.take(1) != Some(1) {
        return Section::Absent;
    }
    let (Some(version), Some(day), Some(tilt), Some(vertical)) = (r.take(3), r.take(16), r.take(10), r.take(1)) else { return Section::Unreadable };
    if !(1..=MEASUREMENT_VERSION).contains(&version) || tilt > 900 {
        return Section::Unreadable;
    }
    // Format 1 ends here; from format 2 a bit says whether a curve follows.
    let curve_tenths = if version == 1 {
        None
    } else {
        match r.take(1) {
            Some(0) => None,
            Some(_) => match r.take(11).map(|c| c as i32 + CURVE_MIN_TENTHS) {
                Some(c) if c <= CURVE_MAX_TENTHS => Some(c),
                _ => return Section::Unreadable,
            },
            None => return Section::Unreadable,
        }
    };
    Section::Measured(Measurement { day: day_from_code(day), tilt_tenths: tilt as i32 - 450, vertical: vertical == 1, curve_tenths })
}
