//! QR codes of the share link and of the programme link, as SVG path data: generated here, in
//! the browser, with no server involved.

use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};

/// The largest QR code we draw for a programme: a phone camera reads it easily from a laptop
/// screen (57 modules a side).
pub const MAX_PROGRAMME_VERSION: u8 = 10;

/// The QR code's side in modules (without the quiet zone) and a path covering the dark ones.
pub fn qr_path(text: &str) -> Option<(i32, String)> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    Some((qr.size(), path(&qr)))
}

/// The programme link: the page's address as bytes, the code (base 32, upper case) in the
/// denser alphanumeric mode. Low error correction, raised by the encoder whenever it fits the
/// same version; None when it would need a version above 10.
pub fn programme_qr(page_and_key: &str, code: &str) -> Option<ProgrammeQr> {
    let qr = programme_code(page_and_key, code)?;
    Some(ProgrammeQr { version: qr.version().value(), size: qr.size(), path: path(&qr) })
}

#[derive(Clone, Debug, PartialEq)]
pub struct ProgrammeQr {
    pub version: u8,
    pub size: i32,
    pub path: String,
}

fn programme_code(page_and_key: &str, code: &str) -> Option<QrCode> {
    if !QrSegment::is_alphanumeric(code) {
        return None;
    }
    let segs = [QrSegment::make_bytes(page_and_key.as_bytes()), QrSegment::make_alphanumeric(code)];
    QrCode::encode_segments_advanced(&segs, QrCodeEcc::Low, Version::new(1), Version::new(MAX_PROGRAMME_VERSION), None, true).ok()
}

fn path(qr: &QrCode) -> String {
    let size = qr.size();
    let mut d = String::with_capacity((size * size) as usize * 4);
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if qr.get_module(x, y) {
                // Run-length: one rectangle per horizontal run of dark modules.
                let start = x;
                while x < size && qr.get_module(x, y) {
                    x += 1;
                }
                d.push_str(&format!("M{start} {y}h{}v1h-{}z", x - start, x - start));
            } else {
                x += 1;
            }
        }
    }
    d
}

/// Reads the modules back (for tests): true where dark.
pub fn modules(text: &str) -> Option<Vec<Vec<bool>>> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    Some(grid(&qr))
}

/// The programme QR's modules (for tests).
pub fn programme_modules(page_and_key: &str, code: &str) -> Option<Vec<Vec<bool>>> {
    Some(grid(&programme_code(page_and_key, code)?))
}

fn grid(qr: &QrCode) -> Vec<Vec<bool>> {
    (0..qr.size()).map(|y| (0..qr.size()).map(|x| qr.get_module(x, y)).collect()).collect()
}
