//! The "where you sit on the curve" chart: data and SVG, drawn with plotters.
//!
//! Only numbers and fixed labels reach the SVG, never text a person typed, so the string
//! is safe to insert as markup.

use std::cell::RefCell;
use std::rc::Rc;

use plotters::prelude::*;

use super::chart_backend::{insert_texts, Axis, TextAsSvg};

use super::explain::degrees;
use super::posture::{curve_across_hip_flexors, posture, CurvePoint, InputId, Inputs, LUMBAR_CURVE_TYPICAL, PELVIC_TILT_TYPICAL};
use super::words::calendar::day_month;
use super::words::chart as w;

pub const CHART_WIDTH: u32 = 560;
pub const CHART_HEIGHT: u32 = 320;
/// Samples across the hip-flexor range: every half point.
pub const SAMPLES: usize = 21;
const Y_RANGE: std::ops::Range<f64> = -5.0..80.0;

const TILT_COLOUR: RGBColor = RGBColor(0x0a, 0x6e, 0x5c);
const CURVE_COLOUR: RGBColor = RGBColor(0x9a, 0x4a, 0x00);
const INK: RGBColor = RGBColor(0x2b, 0x2b, 0x2b);

/// The chart's SVG markup for these inputs.
pub fn svg(inputs: &Inputs) -> String {
    let points = curve_across_hip_flexors(inputs, SAMPLES);
    let mut out = String::with_capacity(16 * 1024);
    // Drawing into a String cannot fail for I/O reasons; if plotters reports an error the
    // chart is left out and its text alternative still carries the numbers.
    if draw(inputs, &points, &mut out).is_err() {
        out.clear();
    }
    out
}

fn draw<'a>(inputs: &Inputs, points: &[CurvePoint], out: &'a mut String) -> Result<(), Box<dyn std::error::Error + 'a>> {
    let texts = Rc::new(RefCell::new(String::new()));
    let root = TextAsSvg::new(out, (CHART_WIDTH, CHART_HEIGHT), texts.clone()).into_drawing_area();
    root.fill(&WHITE)?;
    let mut chart =
        ChartBuilder::on(&root).margin(12).x_label_area_size(44).y_label_area_size(48).build_cartesian_2d(Axis::from(0.0..10.0), Axis::from(Y_RANGE))?;
    chart
        .configure_mesh()
        .max_light_lines(0)
        .bold_line_style(RGBColor(0xe4, 0xe4, 0xe4))
        .x_desc(w::X_AXIS)
        .y_desc(w::Y_AXIS)
        .axis_desc_style((FontFamily::SansSerif, 15).into_font().color(&INK))
        .label_style((FontFamily::SansSerif, 14).into_font().color(&INK))
        .draw()?;

    for (band, colour) in [(PELVIC_TILT_TYPICAL, TILT_COLOUR), (LUMBAR_CURVE_TYPICAL, CURVE_COLOUR)] {
        chart.draw_series(std::iter::once(Rectangle::new([(0.0, band.low), (10.0, band.high)], colour.mix(0.12).filled())))?;
    }
    chart.draw_series(LineSeries::new(points.iter().map(|p| (p.hip_flexor_tightness, p.pelvic_tilt_deg)), TILT_COLOUR.stroke_width(3)))?;
    chart.draw_series(DashedLineSeries::new(points.iter().map(|p| (p.hip_flexor_tightness, p.lumbar_lordosis_deg)), 8, 5, CURVE_COLOUR.stroke_width(3)))?;

    let you = posture(inputs);
    let hf = inputs.clamped().hip_flexor_tightness;
    chart
        .draw_series([Circle::new((hf, you.pelvic_tilt_deg), 7, TILT_COLOUR.filled()), Circle::new((hf, you.lumbar_lordosis_deg), 7, CURVE_COLOUR.filled())])?;
    chart.draw_series(std::iter::once(Text::new(
        w::you(&degrees(you.pelvic_tilt_deg)),
        (hf, you.pelvic_tilt_deg + 9.0),
        (FontFamily::SansSerif, 14).into_font().color(&INK),
    )))?;
    // The key is in the page, beside the chart (components/chart.rs): plotters' own legend
    // measures its text through the DOM, which a strict CSP forbids.
    root.present()?;
    drop(chart);
    drop(root);
    insert_texts(out, &texts.borrow());
    Ok(())
}

/// The chart in words, for people who cannot see it.
pub fn summary(inputs: &Inputs) -> String {
    let points = curve_across_hip_flexors(inputs, SAMPLES);
    let first = points[0];
    let last = points[points.len() - 1];
    let you = posture(inputs);
    w::summary(
        (&degrees(first.pelvic_tilt_deg), &degrees(last.pelvic_tilt_deg)),
        (PELVIC_TILT_TYPICAL.low, PELVIC_TILT_TYPICAL.high),
        (&degrees(first.lumbar_lordosis_deg), &degrees(last.lumbar_lordosis_deg)),
        (LUMBAR_CURVE_TYPICAL.low, LUMBAR_CURVE_TYPICAL.high),
        &InputId::HipFlexors.describe(inputs.clamped().hip_flexor_tightness),
        &degrees(you.pelvic_tilt_deg),
        &degrees(you.lumbar_lordosis_deg),
    )
}

/// Rows for the data table under the chart: every whole point of hip-flexor tightness.
pub fn table_rows(inputs: &Inputs) -> Vec<CurvePoint> {
    curve_across_hip_flexors(inputs, 11)
}

/// Sessions per week as a bar chart; `weeks` oldest first, each with its Monday.
pub fn progress_svg(weeks: &[(super::calendar::Date, u32)]) -> String {
    let mut out = String::with_capacity(8 * 1024);
    if draw_progress(weeks, &mut out).is_err() {
        out.clear();
    }
    out
}

fn draw_progress<'a>(weeks: &[(super::calendar::Date, u32)], out: &'a mut String) -> Result<(), Box<dyn std::error::Error + 'a>> {
    let n = weeks.len().max(1);
    let top = weeks.iter().map(|w| w.1).max().unwrap_or(0).max(7);
    let labels: Vec<String> = weeks.iter().map(|(d, _)| day_month(*d)).collect();
    let axes = SmallAxes {
        x: 0.0..n as f64,
        y: 0.0..top as f64 + 0.5,
        x_labels: n,
        y_labels: 10,
        // One label under the middle of each week's bar.
        x_label: &|x| {
            let k = x.floor() as usize;
            if (x - k as f64 - 0.5).abs() < 0.01 {
                labels.get(k).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        },
        x_desc: w::WEEK_STARTING,
        y_desc: w::SESSIONS,
    };
    draw_small(out, axes, |chart| {
        chart.draw_series(
            weeks.iter().enumerate().map(|(k, (_, count))| Rectangle::new([(k as f64 + 0.15, 0.0), (k as f64 + 0.85, *count as f64)], TILT_COLOUR.filled())),
        )?;
        Ok(())
    })
}

/// How one of the small charts (sessions per week, effort and pain) lays out its axes.
struct SmallAxes<'f> {
    x: std::ops::Range<f64>,
    y: std::ops::Range<f64>,
    x_labels: usize,
    y_labels: usize,
    x_label: &'f dyn Fn(&f64) -> String,
    x_desc: &'static str,
    y_desc: &'static str,
}

type SmallChart<'c, 'b> = ChartContext<'c, TextAsSvg<'b>, Cartesian2d<Axis, Axis>>;

/// The frame, grid and axes the small charts share; `series` draws the data on them.
fn draw_small<'a>(
    out: &'a mut String,
    axes: SmallAxes,
    series: impl FnOnce(&mut SmallChart<'_, '_>) -> Result<(), DrawingAreaErrorKind<std::io::Error>>,
) -> Result<(), Box<dyn std::error::Error + 'a>> {
    let texts = Rc::new(RefCell::new(String::new()));
    let root = TextAsSvg::new(out, (CHART_WIDTH, 220), texts.clone()).into_drawing_area();
    root.fill(&WHITE)?;
    let mut chart =
        ChartBuilder::on(&root).margin(10).x_label_area_size(36).y_label_area_size(40).build_cartesian_2d(Axis::from(axes.x), Axis::from(axes.y))?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .max_light_lines(0)
        .bold_line_style(RGBColor(0xe4, 0xe4, 0xe4))
        .x_labels(axes.x_labels)
        .x_label_formatter(axes.x_label)
        .y_labels(axes.y_labels)
        .y_desc(axes.y_desc)
        .x_desc(axes.x_desc)
        .axis_desc_style((FontFamily::SansSerif, 14).into_font().color(&INK))
        .label_style((FontFamily::SansSerif, 13).into_font().color(&INK))
        .draw()?;
    series(&mut chart)?;
    root.present()?;
    drop(chart);
    drop(root);
    insert_texts(out, &texts.borrow());
    Ok(())
}

/// Effort and pain during sessions, 0 to 10, over the days reviewed: two lines with their
/// points (effort solid, pain dashed-looking by its square points), so colour is not the only
/// difference.
pub fn ratings_svg(ratings: &[super::review::Rating], first: super::calendar::Date, made: super::calendar::Date) -> String {
    let mut out = String::with_capacity(8 * 1024);
    if draw_ratings(ratings, first, made, &mut out).is_err() {
        out.clear();
    }
    out
}

fn draw_ratings<'a>(
    ratings: &[super::review::Rating],
    first: super::calendar::Date,
    made: super::calendar::Date,
    out: &'a mut String,
) -> Result<(), Box<dyn std::error::Error + 'a>> {
    let span = (made.days() - first.days()).max(1) as f64;
    let axes = SmallAxes {
        x: 0.0..span,
        y: 0.0..10.5,
        x_labels: 6,
        y_labels: 6,
        x_label: &|x| day_month(first.add_days(x.round() as i64)),
        x_desc: w::DATE,
        y_desc: w::ZERO_TO_TEN,
    };
    let x = |d: super::calendar::Date| (d.days() - first.days()) as f64;
    let effort: Vec<(f64, f64)> = ratings.iter().filter_map(|r| Some((x(r.date), r.effort? as f64))).collect();
    let pain: Vec<(f64, f64)> = ratings.iter().filter_map(|r| Some((x(r.date), r.pain? as f64))).collect();
    draw_small(out, axes, |chart| {
        chart.draw_series(LineSeries::new(effort.iter().copied(), TILT_COLOUR.stroke_width(3)))?;
        chart.draw_series(effort.iter().map(|p| Circle::new(*p, 5, TILT_COLOUR.filled())))?;
        chart.draw_series(LineSeries::new(pain.iter().copied(), CURVE_COLOUR.stroke_width(2)))?;
        chart.draw_series(pain.iter().map(|p| Rectangle::new([(p.0 - span / 120.0, p.1 - 0.25), (p.0 + span / 120.0, p.1 + 0.25)], CURVE_COLOUR.filled())))?;
        Ok(())
    })
}
