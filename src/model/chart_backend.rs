//! A plotters backend for charts in the page: SVG, with text as plain `<text>` elements.

use std::cell::RefCell;
use std::rc::Rc;

use plotters::prelude::{DrawingBackend, SVGBackend};
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontTransform,
};

/// Puts the collected text elements at the end of the SVG, so they draw on top.
pub fn insert_texts(out: &mut String, texts: &str) {
    if let Some(end) = out.rfind("</svg>") {
        out.insert_str(end, texts);
    }
}

/// The SVG backend, but text is written as plain SVG `<text>` with sizes estimated from the
/// font size. Plotters' own text layout in the browser measures each label by inserting a
/// styled element into the page: that is slow, and a strict Content-Security-Policy (no inline
/// styles) blocks it. This way the chart is also laid out identically in native tests.
pub struct TextAsSvg<'a> {
    svg: SVGBackend<'a>,
    texts: Rc<RefCell<String>>,
}

impl<'a> TextAsSvg<'a> {
    pub fn new(out: &'a mut String, size: (u32, u32), texts: Rc<RefCell<String>>) -> Self {
        TextAsSvg { svg: SVGBackend::with_string(out, size), texts }
    }
}

/// Average glyph width of a sans-serif face, as a share of the font size.
const GLYPH_WIDTH: f64 = 0.55;

type Res = Result<(), DrawingErrorKind<std::io::Error>>;

impl DrawingBackend for TextAsSvg<'_> {
    type ErrorType = std::io::Error;

    fn get_size(&self) -> (u32, u32) {
        self.svg.get_size()
    }
    fn ensure_prepared(&mut self) -> Res {
        self.svg.ensure_prepared()
    }
    fn present(&mut self) -> Res {
        self.svg.present()
    }
    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Res {
        self.svg.draw_pixel(point, color)
    }
    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Res {
        self.svg.draw_line(from, to, style)
    }
    fn draw_rect<S: BackendStyle>(&mut self, ul: BackendCoord, br: BackendCoord, style: &S, fill: bool) -> Res {
        self.svg.draw_rect(ul, br, style, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Res {
        self.svg.draw_path(path, style)
    }
    fn draw_circle<S: BackendStyle>(&mut self, c: BackendCoord, r: u32, style: &S, fill: bool) -> Res {
        self.svg.draw_circle(c, r, style, fill)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, vert: I, style: &S) -> Res {
        self.svg.fill_polygon(vert, style)
    }
    fn draw_text<T: BackendTextStyle>(&mut self, text: &str, style: &T, pos: BackendCoord) -> Res {
        use std::fmt::Write;
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
        let _ = write!(
            t,
            "<text x=\"{x}\" y=\"{y}\" font-family=\"sans-serif\" font-size=\"{size}\" fill=\"#{r:02x}{g:02x}{b:02x}\" text-anchor=\"{anchor}\" dominant-baseline=\"{baseline}\"",
            x = pos.0,
            y = pos.1,
            size = style.size(),
            r = c.rgb.0,
            g = c.rgb.1,
            b = c.rgb.2,
        );
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
    fn blit_bitmap(&mut self, pos: BackendCoord, dim: (u32, u32), src: &[u8]) -> Res {
        self.svg.blit_bitmap(pos, dim, src)
    }
}
