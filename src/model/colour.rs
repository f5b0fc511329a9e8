//! Brand colours: a clinic's accent, made safe for text (WCAG 2.2 AA, 4.5:1) on the light page
//! and on the dark one (styles/main.css, `prefers-color-scheme: dark`).

/// WCAG AA contrast for normal text.
pub const AA_TEXT: f64 = 4.5;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb` (as produced by the URL codec).
    pub fn parse(hex: &str) -> Option<Rgb> {
        let h = hex.strip_prefix('#')?;
        if h.len() != 6 || !h.is_ascii() {
            return None;
        }
        let byte = |k: usize| u8::from_str_radix(&h[k..k + 2], 16).ok();
        Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance (WCAG 2.x).
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = c as f64 / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    fn mix(self, other: Rgb, t: f64) -> Rgb {
        let m = |a: u8, b: u8| (a as f64 + (b as f64 - a as f64) * t).round() as u8;
        Rgb(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }
}

pub const WHITE: Rgb = Rgb(255, 255, 255);
/// The page background (styles/main.css --paper): text must pass on it, not just on white.
pub const PAPER: Rgb = Rgb(0xfb, 0xfa, 0xf7);
pub const BLACK: Rgb = Rgb(0, 0, 0);
/// The dark theme's cards (styles/main.css --card), lighter than its paper: text must pass on
/// both, and the cards are the harder of the two.
pub const DARK_CARD: Rgb = Rgb(0x1b, 0x21, 0x1e);
/// The dark theme's page background (--paper).
pub const DARK_PAPER: Rgb = Rgb(0x12, 0x16, 0x14);

/// The colours the stylesheet needs from one accent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Theme {
    /// As given: borders, slider tracks, figure marks.
    pub accent: String,
    /// Darkened where needed to reach 4.5:1 on the page background (and so on white):
    /// text and button backgrounds.
    pub accent_ink: String,
    /// A pale tint for bands and highlights.
    pub accent_soft: String,
    /// For the dark theme: lightened where needed to reach 4.5:1 on its cards (and so on its
    /// paper), for text, marks and button backgrounds alike.
    pub accent_dark: String,
    /// For the dark theme: a deep tint for bands and highlights.
    pub accent_soft_dark: String,
}

pub fn theme(accent: Rgb) -> Theme {
    Theme {
        accent: accent.hex(),
        accent_ink: towards(accent, BLACK, PAPER).hex(),
        accent_soft: accent.mix(WHITE, 0.88).hex(),
        accent_dark: towards(accent, WHITE, DARK_CARD).hex(),
        accent_soft_dark: accent.mix(DARK_PAPER, 0.78).hex(),
    }
}

/// The accent, mixed towards `end` in small steps until it reads on `ground` (AA for text).
fn towards(accent: Rgb, end: Rgb, ground: Rgb) -> Rgb {
    let mut c = accent;
    let mut t = 0.0;
    while c.contrast(ground) < AA_TEXT && t < 1.0 {
        t += 0.02;
        c = accent.mix(end, t);
    }
    c
}
