//! The one codec for state in the URL: the share link, the QR code and the embed settings all
//! go through here. Pure Rust; bad input is clamped or dropped with a notice, never a panic.

use crate::model::num::{clamp, fmt_num};
use crate::model::posture::{InputId, Inputs};
use crate::model::words::link as w;

/// The longest query we read; anything beyond is ignored (with a notice).
pub const MAX_QUERY_LEN: usize = 2048;
/// The longest single value we accept.
pub const MAX_VALUE_LEN: usize = 200;
/// The longest clinic name we show.
pub const MAX_CLINIC_NAME_LEN: usize = 80;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Page,
    Consult,
    Embed,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::Page, Mode::Consult, Mode::Embed];

    /// Its one name: `mode=` in the address, and the app's class (`app--consult`).
    pub fn key(self) -> &'static str {
        match self {
            Mode::Page => "page",
            Mode::Consult => "consult",
            Mode::Embed => "embed",
        }
    }
}

/// Settings a clinic passes to an embedded view. Each is validated; None when absent or bad.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedSettings {
    pub clinic: Option<String>,
    pub booking_url: Option<String>,
    /// `#rrggbb`, lower case.
    pub accent: Option<String>,
    /// `view=full`: the whole page inside the widget. The default is the compact explainer
    /// with a link to the full plan.
    pub full_view: bool,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct UrlState {
    /// The inputs named in the URL, each clamped to its range; the rest stay at default.
    pub inputs: Inputs,
    /// Whether any input was given at all.
    pub has_inputs: bool,
    pub mode: Mode,
    pub embed: EmbedSettings,
    /// What was ignored, in words a person understands. Never contains raw markup.
    pub notices: Vec<String>,
    /// `check=clinic`: show the report on the clinic's settings file, for its web person.
    pub check_clinic: bool,
}

impl UrlState {
    /// The compact embedded widget: embedded, and the clinic did not ask for view=full.
    pub fn compact_embed(&self) -> bool {
        self.mode == Mode::Embed && !self.embed.full_view
    }
}

/// Reads a query string (with or without the leading `?`).
pub fn decode(query: &str) -> UrlState {
    let mut out = UrlState::default();
    let mut query = query.strip_prefix('?').unwrap_or(query);
    if query.len() > MAX_QUERY_LEN {
        let mut cut = MAX_QUERY_LEN;
        while !query.is_char_boundary(cut) {
            cut -= 1;
        }
        query = &query[..cut];
        out.notices.push(w::TOO_LONG.to_string());
    }
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let k = percent_decode(raw_key);
        let v = percent_decode(raw_value);
        if v.chars().count() > MAX_VALUE_LEN {
            out.notices.push(w::value_too_long(&shown(&k)));
            continue;
        }
        if let Some(id) = InputId::ALL.iter().copied().find(|id| id.key() == k) {
            read_input(&mut out, id, &v);
            continue;
        }
        match k.as_str() {
            "mode" => match Mode::ALL.into_iter().find(|m| m.key() == v) {
                Some(mode) => out.mode = mode,
                None if v.is_empty() => {}
                None => out.notices.push(w::unknown_mode(&shown(&v))),
            },
            "embed" => match v.as_str() {
                "1" | "true" => out.mode = Mode::Embed,
                "0" | "false" | "" => {}
                _ => out.notices.push(w::BAD_EMBED.to_string()),
            },
            "clinic" => match clinic_name(&v) {
                Some(name) => out.embed.clinic = Some(name),
                None => out.notices.push(w::EMPTY_CLINIC.to_string()),
            },
            "booking" => match booking_url(&v) {
                Some(url) => out.embed.booking_url = Some(url),
                None => out.notices.push(w::BAD_BOOKING.to_string()),
            },
            "accent" => match hex_colour(&v) {
                Some(c) => out.embed.accent = Some(c),
                None => out.notices.push(w::BAD_ACCENT.to_string()),
            },
            "check" => match v.as_str() {
                "clinic" => out.check_clinic = true,
                _ => out.notices.push(w::BAD_CHECK.to_string()),
            },
            "view" => match v.as_str() {
                "full" => out.embed.full_view = true,
                "compact" | "" => {}
                _ => out.notices.push(w::BAD_VIEW.to_string()),
            },
            _ => out.notices.push(w::unknown_setting(&shown(&k))),
        }
    }
    // A clinic's name, booking link and colour apply only to its embedded widget, so a shared
    // link cannot dress the public page up as another clinic.
    if out.mode != Mode::Embed && out.embed != EmbedSettings::default() {
        out.embed = EmbedSettings::default();
        out.notices.push(w::EMBED_ONLY.to_string());
    }
    out
}

fn read_input(out: &mut UrlState, id: InputId, v: &str) {
    let (lo, hi, step) = id.range();
    match crate::model::num::parse_decimal(v) {
        Some(n) => {
            if n < lo || n > hi {
                out.notices.push(w::out_of_range(id.label(), &fmt_num(clamp(n, lo, hi))));
            }
            // Snap to the slider's step, so the slider can show exactly this value.
            out.inputs = out.inputs.with(id, (clamp(n, lo, hi) / step).round() * step);
            out.has_inputs = true;
        }
        _ => out.notices.push(w::not_a_number(id.label(), &shown(v))),
    }
}

/// A bad value as it may be shown in a notice: printable characters only, at most 24.
fn shown(s: &str) -> String {
    let clean: String = s.chars().filter(|c| !c.is_control()).take(24).collect();
    if s.chars().filter(|c| !c.is_control()).count() > 24 {
        format!("{clean}\u{2026}")
    } else {
        clean
    }
}

/// Plain text: control characters removed, whitespace collapsed, at most 80 characters.
pub fn clinic_name(v: &str) -> Option<String> {
    let words: Vec<&str> = v.split(|c: char| c.is_whitespace() || c.is_control()).filter(|w| !w.is_empty()).collect();
    let name: String = words.join(" ").chars().take(MAX_CLINIC_NAME_LEN).collect();
    (!name.is_empty()).then_some(name)
}

/// An https URL (http only on localhost), with no whitespace, quotes or angle brackets.
pub fn booking_url(v: &str) -> Option<String> {
    let v = v.trim();
    let lower = v.to_ascii_lowercase();
    let rest = if let Some(r) = lower.strip_prefix("https://") {
        r
    } else if let Some(r) = lower.strip_prefix("http://") {
        let host = r.split(['/', ':', '?', '#']).next().unwrap_or("");
        if host != "localhost" && host != "127.0.0.1" {
            return None;
        }
        r
    } else {
        return None;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let ok_chars = v.chars().all(|c| c.is_ascii_graphic() && !matches!(c, '"' | '\'' | '<' | '>' | '`' | '\\'));
    (ok_chars && !host.is_empty() && !host.contains('@')).then(|| v.to_string())
}

/// `#rgb` or `#rrggbb` (hash optional), returned as `#rrggbb`.
pub fn hex_colour(v: &str) -> Option<String> {
    let h = v.trim().strip_prefix('#').unwrap_or(v.trim());
    if !h.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    match h.len() {
        6 => Some(format!("#{}", h.to_ascii_lowercase())),
        3 => Some(format!("#{}", h.chars().flat_map(|c| [c, c]).collect::<String>().to_ascii_lowercase())),
        _ => None,
    }
}

/// `+` as space and `%XX` escapes; invalid escapes are kept as they are, invalid UTF-8 replaced.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut k = 0;
    while k < bytes.len() {
        match bytes[k] {
            b'+' => out.push(b' '),
            b'%' if k + 2 < bytes.len() => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (hex(bytes[k + 1]), hex(bytes[k + 2])) {
                    (Some(a), Some(b)) => {
                        out.push((a * 16 + b) as u8);
                        k += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        k += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Escapes everything but unreserved characters.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The query for these inputs and settings; decode(encode(x)) gives x back.
pub fn encode(inputs: &Inputs, mode: Mode, embed: &EmbedSettings) -> String {
    let i = inputs.clamped();
    let mut parts: Vec<String> = InputId::ALL.iter().map(|&id| format!("{}={}", id.key(), fmt_num(i.get(id)))).collect();
    if mode != Mode::Page {
        parts.push(format!("mode={}", mode.key()));
    }
    if let Some(c) = &embed.clinic {
        parts.push(format!("clinic={}", percent_encode(c)));
    }
    if let Some(b) = &embed.booking_url {
        parts.push(format!("booking={}", percent_encode(b)));
    }
    if let Some(a) = &embed.accent {
        parts.push(format!("accent={}", percent_encode(a)));
    }
    if embed.full_view {
        parts.push("view=full".to_string());
    }
    format!("?{}", parts.join("&"))
}
