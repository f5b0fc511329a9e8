//! Just enough JSON for what the page reads: what it keeps on the device (`state::storage`)
//! and the clinic's settings file, which is read through
//! serde's `Deserialize` over this `Json` (`state::clinic_file`). A small parser and nothing
//! else: it replaced serde_json, which cost about 7 KB of the gzipped wasm.

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

/// Deeper nesting than this is refused rather than risking the stack.
const MAX_DEPTH: usize = 64;

impl Json {
    pub fn parse(text: &str) -> Option<Json> {
        let mut p = Parser { s: text.as_bytes(), i: 0 };
        let v = p.value(0)?;
        p.ws();
        (p.i == p.s.len()).then_some(v)
    }

    /// The last value under `key`, for an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(fields) => fields.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// A whole number that fits a u32.
    pub fn as_u32(&self) -> Option<u32> {
        match *self {
            Json::Num(n) if n.fract() == 0.0 && (0.0..=u32::MAX as f64).contains(&n) => Some(n as u32),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Arr(a) => Some(a),
            _ => None,
        }
    }
}

/// A JSON string literal.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while matches!(self.s.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        self.ws();
        if self.s.get(self.i) == Some(&b) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn literal(&mut self, word: &str, v: Json) -> Option<Json> {
        self.s[self.i..].starts_with(word.as_bytes()).then(|| {
            self.i += word.len();
            v
        })
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.ws();
        match *self.s.get(self.i)? {
            b'{' => {
                self.i += 1;
                let mut fields = Vec::new();
                if self.eat(b'}') {
                    return Some(Json::Obj(fields));
                }
                loop {
                    self.ws();
                    let k = self.string()?;
                    if !self.eat(b':') {
                        return None;
                    }
                    fields.push((k, self.value(depth + 1)?));
                    if self.eat(b'}') {
                        return Some(Json::Obj(fields));
                    }
                    if !self.eat(b',') {
                        return None;
                    }
                }
            }
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                if self.eat(b']') {
                    return Some(Json::Arr(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    if self.eat(b']') {
                        return Some(Json::Arr(items));
                    }
                    if !self.eat(b',') {
                        return None;
                    }
                }
            }
            b'"' => self.string().map(Json::Str),
            b't' => self.literal("true", Json::Bool(true)),
            b'f' => self.literal("false", Json::Bool(false)),
            b'n' => self.literal("null", Json::Null),
            b'-' | b'0'..=b'9' => {
                let start = self.i;
                while matches!(self.s.get(self.i), Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')) {
                    self.i += 1;
                }
                let n = crate::model::num::parse_json_number(std::str::from_utf8(&self.s[start..self.i]).ok()?)?;
                n.is_finite().then_some(Json::Num(n))
            }
            _ => None,
        }
    }

    fn string(&mut self) -> Option<String> {
        if self.s.get(self.i) != Some(&b'"') {
            return None;
        }
        self.i += 1;
        let mut out = Vec::new();
        loop {
            match *self.s.get(self.i)? {
                b'"' => {
                    self.i += 1;
                    return String::from_utf8(out).ok();
                }
                b'\\' => {
                    let esc = *self.s.get(self.i + 1)?;
                    self.i += 2;
                    let c = match esc {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hex = std::str::from_utf8(self.s.get(self.i..self.i + 4)?).ok()?;
                            self.i += 4;
                            char::from_u32(u32::from_str_radix(hex, 16).ok()?).unwrap_or('\u{fffd}')
                        }
                        _ => return None,
                    };
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                b if b < 0x20 => return None,
                b => {
                    out.push(b);
                    self.i += 1;
                }
            }
        }
    }
}

/// serde over a parsed value, so typed settings can be read field by field (each field's
/// error is its own) without serde_json's size.
pub mod de {
    use std::fmt;

    use serde::de::value::{MapDeserializer, SeqDeserializer};
    use serde::de::{self, IntoDeserializer, Visitor};

    use super::Json;

    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Error(pub String);

    impl fmt::Display for Error {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(&self.0)
        }
    }

    impl std::error::Error for Error {}

    impl de::Error for Error {
        fn custom<T: fmt::Display>(msg: T) -> Self {
            Error(msg.to_string())
        }
        // serde's own wording, but numbers written by `num::fmt_fixed`: serde's description of
        // an unexpected value formats floats with core's float formatting (about 10 KB of wasm).
        fn invalid_type(unexp: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
            Error(format!("invalid type: {}, expected {exp}", unexpected(unexp)))
        }
        fn invalid_value(unexp: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
            Error(format!("invalid value: {}, expected {exp}", unexpected(unexp)))
        }
    }

    /// What serde's `Unexpected` says of itself.
    fn unexpected(u: de::Unexpected<'_>) -> String {
        use de::Unexpected as U;
        match u {
            U::Bool(b) => format!("boolean `{b}`"),
            U::Unsigned(n) => format!("integer `{n}`"),
            U::Signed(n) => format!("integer `{n}`"),
            U::Float(f) => {
                let n = crate::model::num::fmt_fixed(f, 4);
                format!("floating point `{n}{}`", if n.contains('.') { "" } else { ".0" })
            }
            U::Char(c) => format!("character `{c}`"),
            U::Str(s) => format!("string {s:?}"),
            U::Bytes(_) => "byte array".into(),
            U::Unit => "unit value".into(),
            U::Option => "Option value".into(),
            U::NewtypeStruct => "newtype struct".into(),
            U::Seq => "sequence".into(),
            U::Map => "map".into(),
            U::Enum => "enum".into(),
            U::UnitVariant => "unit variant".into(),
            U::NewtypeVariant => "newtype variant".into(),
            U::TupleVariant => "tuple variant".into(),
            U::StructVariant => "struct variant".into(),
            U::Other(other) => other.into(),
        }
    }

    impl<'de> IntoDeserializer<'de, Error> for &'de Json {
        type Deserializer = Self;
        fn into_deserializer(self) -> Self {
            self
        }
    }

    impl<'de> de::Deserializer<'de> for &'de Json {
        type Error = Error;

        fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
            match self {
                Json::Null => v.visit_unit(),
                Json::Bool(b) => v.visit_bool(*b),
                // Whole numbers as integers, so integer fields accept them.
                Json::Num(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => {
                    if *n >= 0.0 {
                        v.visit_u64(*n as u64)
                    } else {
                        v.visit_i64(*n as i64)
                    }
                }
                Json::Num(n) => v.visit_f64(*n),
                Json::Str(s) => v.visit_borrowed_str(s),
                Json::Arr(a) => v.visit_seq(SeqDeserializer::new(a.iter())),
                Json::Obj(f) => v.visit_map(MapDeserializer::new(f.iter().map(|(k, v)| (k.as_str(), v)))),
            }
        }

        fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Error> {
            match self {
                Json::Null => v.visit_none(),
                _ => v.visit_some(self),
            }
        }

        /// Unit variants are written as their name: "lunge-stretch".
        fn deserialize_enum<V: Visitor<'de>>(self, _name: &'static str, _variants: &'static [&'static str], v: V) -> Result<V::Value, Error> {
            match self {
                Json::Str(s) => v.visit_enum(s.as_str().into_deserializer()),
                _ => Err(de::Error::custom("expected a name in quotes")),
            }
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
            unit unit_struct newtype_struct seq tuple tuple_struct map struct identifier ignored_any
        }
    }
}
