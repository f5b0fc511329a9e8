//! A plotters backend for charts in the page: SVG, written here, with text as plain `<text>`
//! elements, and the coordinate type the charts' axes use.
//!
//! plotters' own SVG backend writes the same elements, but formats opacity with `{}` on an
//! f64, and its default axis labels format floats too: either pulls core's float formatting
//! (about 10 KB of wasm) into the page, which writes every other number with `num::push_fixed`.

use std::cell::RefCell;
use std::fmt::Write;
use std::ops::Range;
use std::rc::Rc;

use plotters::coord::ranged1d::{KeyPointHint, NoDefaultFormatting, Ranged, ValueFormatter};
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::DrawingBackend;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontTransform};

use super::num::push_fixed;

/// Puts the collected text elements at the end of the SVG, so they draw on top.
pub fn insert_texts(out: &mut String, texts: &str) {
    if let Some(end) = out.rfind("</svg>") {
        out.insert_str(end, texts);
    }
}

/// An axis from `start` to `end` in chart units, as plotters' f64 axis, whose labels are whole
/// numbers ("5", "-5"), written by `num::fmt_fixed`. A chart may still give its own labels.
pub struct Axis(RangedCoordf64);

impl From<Range<f64>> for Axis {
    fn from(r: Range<f64>) -> Self {
        Axis(r.into())
    }
}

impl Ranged for Axis {
    type FormatOption = NoDefaultFormatting;
    type ValueType = f64;
    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        self.0.map(value, limit)
    }
    fn key_points<H: KeyPointHint>(&self, hint: H) -> Vec<f64> {
        self.0.key_points(hint)
    }
    fn range(&self) -> Range<f64> {
        self.0.range()
    }
}

impl ValueFormatter<f64> for Axis {
    fn format(value: &f64) -> String {
        super::num::fmt_fixed(*value, 0)
    }
}

/// Writes SVG elements into a string, as plotters' SVG backend does (same elements, same
/// attributes in the same order), but text is written as plain SVG `<text>` with sizes
/// estimated from the font size. Plotters' own text layout in the browser measures each label
/// by inserting a styled element into the page: that is slow, and a strict
/// Content-Security-Policy (no inline styles) blocks it. This way the chart is also laid out
/// identically in native tests.
pub struct TextAsSvg<'a> {
    out: &'a mut String,
    size: (u32, u32),
    texts: Rc<RefCell<String>>,
    closed: bool,
}

impl<'a> TextAsSvg<'a> {
    pub fn new(out: &'a mut String, size: (u32, u32), texts: Rc<RefCell<String>>) -> Self {
        let _ = writeln!(out, "<svg width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" xmlns=\"http://www.w3.org/2000/svg\">", w = size.0, h = size.1);
        TextAsSvg { out, size, texts, closed: false }
    }

    /// ` opacity="…"` (as plotters writes it: before the colours).
    fn opacity(&mut self, c: BackendColor) {
        self.out.push_str(" opacity=\"");
        push_fixed(self.out, c.alpha, 4);
        self.out.push('"');
    }

    /// ` name="#RRGGBB"`, or `"none"`.
    fn colour(&mut self, name: &str, c: Option<BackendColor>) {
        match c {
            Some(BackendColor { rgb: (r, g, b), .. }) => {
                let _ = write!(self.out, " {name}=\"#{r:02X}{g:02X}{b:02X}\"");
            }
            None => {
                let _ = write!(self.out, " {name}=\"none\"");
            }
        }
    }

    fn points(&mut self, points: impl IntoIterator<Item = BackendCoord>) {
        self.out.push_str(" points=\"");
        for (x, y) in points {
            let _ = write!(self.out, "{x},{y} ");
        }
        self.out.push('"');
    }

    /// One element in colour `c`: nothing when it is fully transparent (as plotters does),
    /// otherwise what `body` writes, closed.
    fn element(&mut self, c: BackendColor, body: impl FnOnce(&mut Self)) -> Res {
        if c.alpha != 0.0 {
            body(self);
            self.out.push_str("/>\n");
        }
        Ok(())
    }
}

impl Drop for TextAsSvg<'_> {
    fn drop(&mut self) {
        let _ = self.present();
    }
}

/// Average glyph width of a sans-serif face, as a share of the font size.
const GLYPH_WIDTH: f64 = 0.55;

type Res = Result<(), DrawingErrorKind<std::io::Error>>;

impl DrawingBackend for TextAsSvg<'_> {
    type ErrorType = std::io::Error;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }
    fn ensure_prepared(&mut self) -> Res {
        Ok(())
    }
    fn present(&mut self) -> Res {
        if !self.closed {
            self.out.push_str("</svg>\n");
            self.closed = true;
        }
        Ok(())
    }
    fn draw_pixel(&mut self, (x, y): BackendCoord, c: BackendColor) -> Res {
        self.element(c, |s| {
            let _ = write!(s.out, "<rect x=\"{x}\" y=\"{y}\" width=\"1\" height=\"1\" stroke=\"none\"");
            s.opacity(c);
            s.colour("fill", Some(c));
        })
    }
    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Res {
        let c = style.color();
        self.element(c, |s| {
            s.out.push_str("<line");
            s.opacity(c);
            s.colour("stroke", Some(c));
            let w = style.stroke_width();
            let _ = write!(s.out, " stroke-width=\"{w}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"", from.0, from.1, to.0, to.1);
        })
    }
    fn draw_rect<S: BackendStyle>(&mut self, ul: BackendCoord, br: BackendCoord, style: &S, fill: bool) -> Res {
        let c = style.color();
        self.element(c, |s| {
            let _ = write!(s.out, "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"", ul.0, ul.1, br.0 - ul.0, br.1 - ul.1);
            s.opacity(c);
            s.colour("fill", fill.then_some(c));
            s.colour("stroke", (!fill).then_some(c));
        })
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Res {
        let c = style.color();
        self.element(c, |s| {
            s.out.push_str("<polyline fill=\"none\"");
            s.opacity(c);
            s.colour("stroke", Some(c));
            let _ = write!(s.out, " stroke-width=\"{}\"", style.stroke_width());
            s.points(path);
        })
    }
    fn draw_circle<S: BackendStyle>(&mut self, (x, y): BackendCoord, r: u32, style: &S, fill: bool) -> Res {
        let c = style.color();
        self.element(c, |s| {
            let _ = write!(s.out, "<circle cx=\"{x}\" cy=\"{y}\" r=\"{r}\"");
            s.opacity(c);
            s.colour("fill", fill.then_some(c));
            s.colour("stroke", (!fill).then_some(c));
            let _ = write!(s.out, " stroke-width=\"{}\"", style.stroke_width());
        })
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, vert: I, style: &S) -> Res {
        let c = style.color();
        self.element(c, |s| {
            s.out.push_str("<polygon");
            s.opacity(c);
            s.colour("fill", Some(c));
            s.points(vert);
        })
    }
    fn draw_text<T: BackendTextStyle>(&mut self, text: &str, style: &T, pos: BackendCoord) -> Res {
        let c = style.color();
        if c.alpha == 0.0 {
            return Ok(());
        }
        let anchor = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Center => "middle",
            HPos::Right => "end",
        };
        let baseline = match style.anchor().v_pos {
            VPos::Top => "text-before-edge",
            VPos::Center => "central",
            VPos::Bottom => "text-after-edge",
        };
        let rotate = match style.transform() {
            FontTransform::Rotate90 => 90,
            FontTransform::Rotate180 => 180,
            FontTransform::Rotate270 => 270,
            _ => 0,
        };
        let mut t = self.texts.borrow_mut();
        let _ = write!(t, "<text x=\"{}\" y=\"{}\" font-family=\"sans-serif\" font-size=\"", pos.0, pos.1);
        push_fixed(&mut t, style.size(), 2);
        let _ =
            write!(t, "\" fill=\"#{r:02x}{g:02x}{b:02x}\" text-anchor=\"{anchor}\" dominant-baseline=\"{baseline}\"", r = c.rgb.0, g = c.rgb.1, b = c.rgb.2,);
        if rotate != 0 {
            let _ = write!(t, " transform=\"rotate({rotate} {} {})\"", pos.0, pos.1);
        }
        t.push('>');
        for ch in text.chars() {
            match ch {
                '&' => t.push_str("&amp;"),
                '<' => t.push_str("&lt;"),
                '>' => t.push_str("&gt;"),
                '"' => t.push_str("&quot;"),
                c => t.push(c),
            }
        }
        t.push_str("</text>");
        Ok(())
    }
    fn estimate_text_size<T: BackendTextStyle>(&self, text: &str, style: &T) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        let size = style.size();
        Ok(((text.chars().count() as f64 * size * GLYPH_WIDTH).ceil() as u32, size.ceil() as u32))
    }
}
