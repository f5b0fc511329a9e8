#![allow(clippy::disallowed_methods, reason = "test helpers never reach the wasm, where the size rules apply")]
//! Shared by the native test files.
#![allow(dead_code)]

use posture_explainer::model::posture::Inputs;
use proptest::prelude::*;

/// Any person: every input anywhere in its range.
pub fn any_inputs() -> impl Strategy<Value = Inputs> {
    (0.0..=10.0, 0.0..=10.0, 0.0..=10.0, 0.0..=10.0, 0.0..=16.0, 0.0..=600.0)
        .prop_map(|(hf, ham, glu, core, sit, act)| Inputs::new(hf, ham, glu, core, sit, act))
}

/// Draws our SVG path into pixels (a quiet zone of 4 modules) and decodes it, as a phone's camera
/// would. rqrr's detector misses a valid code now and then at one size (rqrr issues #8, #39):
/// 4 pixels a module first, then 5 and 3, as a phone held nearer or further. A code no size
/// decodes fails.
pub fn decode_svg_path(size: i32, d: &str) -> String {
    for scale in [4usize, 5, 3] {
        if let Some(text) = decode_at(size, d, scale) {
            return text;
        }
    }
    panic!("no grid found at 3, 4 or 5 pixels a module: {d}");
}

fn decode_at(size: i32, d: &str, scale: usize) -> Option<String> {
    let quiet = 4usize;
    let side = (size as usize + 2 * quiet) * scale;
    let mut dark = vec![false; side * side];
    // Each run is "M{x} {y}h{w}v1h-{w}z".
    for run in d.split('M').filter(|r| !r.is_empty()) {
        let (xy, rest) = run.split_once('h').unwrap();
        let (x, y) = xy.split_once(' ').unwrap();
        let w: usize = rest.split_once('v').unwrap().0.parse().unwrap();
        let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
        for mx in x..x + w {
            for py in 0..scale {
                for px in 0..scale {
                    dark[((y + quiet) * scale + py) * side + (mx + quiet) * scale + px] = true;
                }
            }
        }
    }
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| if dark[y * side + x] { 0 } else { 255 });
    let grids = img.detect_grids();
    match grids.as_slice() {
        [grid] => grid.decode().ok().map(|(_, text)| text),
        _ => None,
    }
}
