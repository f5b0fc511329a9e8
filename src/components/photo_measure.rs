//! "Measure from a photo": the therapist marks the stickers on a side photo and reads the
//! pelvic tilt (`model::photo`). The photo lives only in this component's memory: it is let go
//! when the panel closes or the page leaves; only the number goes up (`on_measured`).

use yew::prelude::*;

use crate::components::fixed::{fixed, Part};
use crate::hooks::photo_file::{self, PreparedPhoto};
use crate::hooks::Clock;
use crate::model::num::{clamp, fmt_fixed, fmt_num};
use crate::model::photo::{
    compare, compare_curve, curve_words, lumbar_curve_deg, pelvic_tilt_deg, pinch_step, tilt_words, wheel_step, zoomed, Marks, Measurement, Px, ZOOM_MAX,
};
use crate::model::words::photo as w;

#[derive(Properties, PartialEq)]
pub struct PhotoMeasureProps {
    /// The tilt read from the photo, or None when there is none (closed, or refused).
    pub on_measured: Callback<Option<Measurement>>,
    /// A measurement from before (it came with the programme), to compare with.
    #[prop_or_default]
    pub earlier: Option<Measurement>,
}

/// The points, in the order they are asked for (how to find each is in the fixed intro): the
/// id of its radio button, the test id of its position, its name.
const POINTS: [(&str, &str, &str); N] = [
    ("photo-point-psis", "photo-at-psis", w::PSIS),
    ("photo-point-asis", "photo-at-asis", w::ASIS),
    ("photo-point-vertical-top", "photo-at-vertical-top", w::VERTICAL_TOP),
    ("photo-point-vertical-bottom", "photo-at-vertical-bottom", w::VERTICAL_BOTTOM),
    ("photo-point-t12", "photo-at-t12", w::SPINE_T12),
    ("photo-point-l3", "photo-at-l3", w::SPINE_L3),
    ("photo-point-s1", "photo-at-s1", w::SPINE_S1),
];
/// How many points can be marked: the pelvis (2), the vertical (2), the spine (3).
const N: usize = 7;

#[derive(Clone, PartialEq)]
enum Photo {
    None,
    Preparing,
    Refused,
    Ready(PreparedPhoto),
}

/// The points as the model takes them (None until both pelvis points are marked).
fn marked(marks: &[Option<Px>; N]) -> Option<Marks> {
    let spine = match marks[4..] {
        [Some(t12), Some(l3), Some(s1)] => Some([t12, l3, s1]),
        _ => None,
    };
    Some(Marks { psis: marks[0]?, asis: marks[1]?, vertical: marks[2].zip(marks[3]), spine })
}

/// The heading, what it is for, how to find the points, what the number means and what
/// happens to the photo: fixed words, which the page carries (`components::fixed`), so the
/// wasm does not.
pub fn intro() -> Html {
    html! {
        <>
            <h2 id="photo-heading">{ w::HEADING }</h2>
            <p>{ w::INTRO }</p>
            <dl class="photo-measure__how" data-testid="photo-how">
                <dt>{ w::PSIS }</dt><dd>{ w::PSIS_HOW }</dd>
                <dt>{ w::ASIS }</dt><dd>{ w::ASIS_HOW }</dd>
                <dt>{ w::VERTICAL }</dt><dd>{ w::VERTICAL_HOW }</dd>
                <dt>{ w::SPINE }</dt><dd>{ w::SPINE_HOW }</dd>
            </dl>
            <p>{ w::ROUGH }</p>
            <p>{ w::CURVE_ROUGH }</p>
            <p class="photo-measure__privacy" data-testid="photo-privacy">{ w::PRIVACY }</p>
        </>
    }
}

#[component]
pub fn PhotoMeasure(props: &PhotoMeasureProps) -> Html {
    let started = crate::hooks::use_started();
    let photo = use_state(|| Photo::None);
    let marks = use_state(|| [None::<Px>; N]);
    let active = use_state(|| 0usize);
    let zoom = use_state(|| 1u32);
    let gesture = use_mut_ref(Gesture::default);
    let svg = use_node_ref();

    // The numbers, to the page, whenever they change.
    let points = marked(&marks);
    let result = points.as_ref().map(pelvic_tilt_deg);
    let curve = points.as_ref().and_then(lumbar_curve_deg);
    let vertical = marks[2].zip(marks[3]).is_some();
    let today = use_context::<Clock>().map(|c| c.today());
    let measurement = match (result, today) {
        (Some(Ok(t)), Some(day)) => Some(Measurement::new(day, t, vertical).with_curve(curve.and_then(Result::ok))),
        _ => None,
    };
    {
        let on_measured = props.on_measured.clone();
        use_effect_with(measurement, move |m| on_measured.emit(*m));
    }
    // The photo is let go when a new one replaces it, and when the page leaves.
    {
        use_effect_with((*photo).clone(), |p| {
            let p = p.clone();
            move || {
                if let Photo::Ready(p) = p {
                    photo_file::release(&p);
                }
            }
        });
    }

    // Which choice of photo is current. A decode that finishes after a newer choice, after
    // "Close" or after the panel has gone is let go at once, not shown.
    let choice = use_mut_ref(|| 0u32);
    {
        let choice = choice.clone();
        use_effect_with((), move |_| move || *choice.borrow_mut() += 1);
    }
    let take = {
        let (photo, marks, zoom, choice) = (photo.clone(), marks.clone(), zoom.clone(), choice.clone());
        Callback::from(move |file: Option<web_sys::File>| {
            let Some(file) = file else { return };
            photo.set(Photo::Preparing);
            marks.set([None; N]);
            zoom.set(1);
            let (photo, choice) = (photo.clone(), choice.clone());
            let this = {
                let mut c = choice.borrow_mut();
                *c += 1;
                *c
            };
            wasm_bindgen_futures::spawn_local(async move {
                let prepared = photo_file::prepare(file).await;
                if *choice.borrow() != this {
                    if let Ok(p) = prepared {
                        photo_file::release(&p);
                    }
                    return;
                }
                photo.set(match prepared {
                    Ok(p) => Photo::Ready(p),
                    Err(_) => Photo::Refused,
                });
            });
        })
    };
    let onchange = take.reform(|e: Event| e.target_dyn_into::<web_sys::HtmlInputElement>().and_then(|i| i.files()).and_then(|f| f.get(0)));
    let close = {
        let (photo, marks) = (photo.clone(), marks.clone());
        Callback::from(move |_: MouseEvent| {
            *choice.borrow_mut() += 1;
            photo.set(Photo::None);
            marks.set([None; N]);
        })
    };

    let picture = match &*photo {
        Photo::Ready(p) => {
            let (width, height) = (p.width as f64, p.height as f64);
            let place = {
                let (marks, active, svg) = (marks.clone(), active.clone(), svg.clone());
                Callback::from(move |e: MouseEvent| {
                    let Some(el) = svg.cast::<web_sys::Element>() else { return };
                    let r = el.get_bounding_client_rect();
                    if r.width() <= 0.0 || r.height() <= 0.0 {
                        return;
                    }
                    let x = (e.client_x() as f64 - r.left()) / r.width() * width;
                    let y = (e.client_y() as f64 - r.top()) / r.height() * height;
                    let mut next = *marks;
                    next[*active] = Some(Px::new(x.round(), y.round()));
                    marks.set(next);
                })
            };
            let onkeydown = {
                let (marks, active, zoom) = (marks.clone(), active.clone(), zoom.clone());
                Callback::from(move |e: KeyboardEvent| {
                    let step = if e.shift_key() { 10.0 } else { 1.0 };
                    let mut next = *marks;
                    let at = next[*active];
                    // Plus and minus zoom (1x to 4x); Delete or Backspace clears the chosen point.
                    let (zoom_step, cleared) = match e.key().as_str() {
                        "+" | "=" => (1, false),
                        "-" => (-1, false),
                        "Delete" | "Backspace" => (0, at.is_some()),
                        _ => (0, false),
                    };
                    if zoom_step != 0 {
                        e.prevent_default();
                        zoom.set(zoomed(*zoom, zoom_step));
                        return;
                    }
                    if cleared {
                        e.prevent_default();
                        next[*active] = None;
                        marks.set(next);
                        return;
                    }
                    let p = match (e.key().as_str(), at) {
                        ("ArrowLeft", Some(p)) => Px::new(p.x - step, p.y),
                        ("ArrowRight", Some(p)) => Px::new(p.x + step, p.y),
                        ("ArrowUp", Some(p)) => Px::new(p.x, p.y - step),
                        ("ArrowDown", Some(p)) => Px::new(p.x, p.y + step),
                        ("Enter" | " ", None) => Px::new((width / 2.0).round(), (height / 2.0).round()),
                        _ => return,
                    };
                    e.prevent_default();
                    next[*active] = Some(Px::new(clamp(p.x, 0.0, width), clamp(p.y, 0.0, height)));
                    marks.set(next);
                })
            };
            let r = (width / 120.0).max(4.0);
            let dots = marks.iter().enumerate().filter_map(|(i, m)| {
                let p = (*m)?;
                let class = match (i == *active, i) {
                    (true, 2 | 3) => "photo-measure__dot photo-measure__dot--vertical photo-measure__dot--active",
                    (true, 4..) => "photo-measure__dot photo-measure__dot--spine photo-measure__dot--active",
                    (true, _) => "photo-measure__dot photo-measure__dot--active",
                    (false, 2 | 3) => "photo-measure__dot photo-measure__dot--vertical",
                    (false, 4..) => "photo-measure__dot photo-measure__dot--spine",
                    (false, _) => "photo-measure__dot",
                };
                Some(html! { <circle {class} cx={fmt_num(p.x)} cy={fmt_num(p.y)} r={fmt_num(r)} /> })
            });
            let line = |a: Option<Px>, b: Option<Px>, class: &'static str| match (a, b) {
                (Some(a), Some(b)) => {
                    html! { <line {class} x1={fmt_num(a.x)} y1={fmt_num(a.y)} x2={fmt_num(b.x)} y2={fmt_num(b.y)} stroke-width={fmt_num(r / 2.0)} /> }
                }
                _ => html! {},
            };
            let zoom_by = |step: i32| {
                let zoom = zoom.clone();
                Callback::from(move |_: MouseEvent| zoom.set(zoomed(*zoom, step)))
            };
            // Ctrl and the wheel, or a trackpad's pinch, zoom; the wheel alone scrolls the frame.
            let onwheel = {
                let (zoom, gesture) = (zoom.clone(), gesture.clone());
                Callback::from(move |e: WheelEvent| {
                    if !e.ctrl_key() {
                        return;
                    }
                    e.prevent_default();
                    let mut g = gesture.borrow_mut();
                    g.wheel += e.delta_y();
                    let step = wheel_step(g.wheel);
                    if step != 0 {
                        g.wheel = 0.0;
                        zoom.set(zoomed(*zoom, step));
                    }
                })
            };
            // Two fingers on the photo pinch its zoom (the page itself does not zoom there).
            let touch = |down: bool| {
                let (zoom, gesture) = (zoom.clone(), gesture.clone());
                Callback::from(move |e: PointerEvent| {
                    if e.pointer_type() != "touch" {
                        return;
                    }
                    let mut g = gesture.borrow_mut();
                    let (id, at) = (e.pointer_id(), (e.client_x() as f64, e.client_y() as f64));
                    match (down, g.touches.iter().position(|t| t.0 == id)) {
                        (true, Some(k)) => g.touches[k].1 = at,
                        (true, None) if g.touches.len() < 2 => g.touches.push((id, at)),
                        (false, Some(k)) => {
                            g.touches.remove(k);
                        }
                        _ => {}
                    }
                    let [(_, a), (_, b)] = g.touches[..] else {
                        g.spread = None;
                        return;
                    };
                    let apart = ((a.0 - b.0) * (a.0 - b.0) + (a.1 - b.1) * (a.1 - b.1)).sqrt();
                    let from = *g.spread.get_or_insert(apart);
                    let step = pinch_step(from, apart);
                    if step != 0 {
                        g.spread = Some(apart);
                        zoom.set(zoomed(*zoom, step));
                    }
                })
            };
            html! {
                <>
                <div class="photo-measure__tools">
                    <button type="button" class="button button--quiet" onclick={zoom_by(1)} disabled={*zoom >= ZOOM_MAX}>{ w::ZOOM_IN }</button>
                    <button type="button" class="button button--quiet" onclick={zoom_by(-1)} disabled={*zoom <= 1}>{ w::ZOOM_OUT }</button>
                    <button type="button" class="button button--quiet" onclick={close} data-testid="photo-close">{ w::CLOSE }</button>
                </div>
                <div class="photo-measure__frame">
                    <svg ref={svg} class="photo-measure__photo" viewBox={format!("0 0 {} {}", p.width, p.height)} width={format!("{}%", *zoom * 100)}
                        role="application" tabindex="0" aria-label={w::PHOTO_LABEL} onclick={place} {onkeydown} {onwheel}
                        onpointerdown={touch(true)} onpointermove={touch(true)} onpointerup={touch(false)} onpointercancel={touch(false)} data-testid="photo">
                        <image href={p.url.clone()} width="100%" height="100%" />
                        { line(marks[0], marks[1], "photo-measure__line") }
                        { line(marks[2], marks[3], "photo-measure__line photo-measure__line--vertical") }
                        { line(marks[4], marks[5], "photo-measure__line photo-measure__line--spine") }
                        { line(marks[5], marks[6], "photo-measure__line photo-measure__line--spine") }
                        { for dots }
                    </svg>
                </div>
                </>
            }
        }
        Photo::Preparing => html! { <p role="status" data-testid="photo-status">{ w::PREPARING }</p> },
        Photo::Refused => html! { <p class="notice" role="alert" data-testid="photo-status">{ w::NOT_AN_IMAGE }</p> },
        Photo::None => html! {},
    };

    let list = if matches!(*photo, Photo::Ready(_)) {
        let choices = POINTS.iter().enumerate().map(|(i, &(id, at_id, name))| {
            let choose = {
                let active = active.clone();
                Callback::from(move |_: Event| active.set(i))
            };
            let at = match marks[i] {
                Some(p) => w::point_at(name, &fmt_fixed(p.x, 0), &fmt_fixed(p.y, 0)),
                None => w::not_marked(name),
            };
            html! {
                <li class="photo-measure__point">
                    <input type="radio" name="photo-point" {id} checked={*active == i} onchange={choose} data-testid={id} />
                    <label for={id}>{ name }</label>
                    <p class="photo-measure__at" data-testid={at_id}>{ at }</p>
                </li>
            }
        });
        html! {
            <fieldset class="photo-measure__points">
                <legend>{ w::POINTS }</legend>
                <p>{ w::NUDGE }</p>
                <ul>{ for choices }</ul>
            </fieldset>
        }
    } else {
        html! {}
    };

    let readout = match result {
        Some(Ok(t)) => html! {
            <div class="photo-measure__result" data-testid="photo-result">
                <p class="photo-measure__tilt" data-testid="photo-tilt" data-tilt={fmt_fixed(t, 1)}>{ tilt_words(t) }</p>
                <p>{ if vertical { w::VERTICAL_USED } else { w::LEVEL_ASSUMED } }</p>
                {
                    match curve {
                        Some(Ok(c)) => html! { <p class="photo-measure__tilt" data-testid="photo-curve" data-curve={fmt_fixed(c, 1)}>{ curve_words(c) }</p> },
                        Some(Err(r)) => html! { <p class="notice" role="alert" data-testid="photo-curve-refused">{ r.words() }</p> },
                        None => html! {},
                    }
                }
                if let (Some(before), Some(now)) = (props.earlier, measurement) {
                    <p data-testid="photo-earlier">{ before.earlier() }</p>
                    <p data-testid="photo-change">{ compare(&before, &now).words() }</p>
                    if let Some(change) = compare_curve(&before, &now) {
                        <p data-testid="photo-curve-change">{ change.words() }</p>
                    }
                }
            </div>
        },
        Some(Err(r)) => html! { <p class="notice" role="alert" data-testid="photo-refused">{ r.words() }</p> },
        None => html! {},
    };

    html! {
        <section class="photo-measure" aria-labelledby="photo-heading" data-testid="photo-measure">
            { fixed(Part::PhotoIntro) }
            // A file dropped on the input is taken by the browser itself, as if chosen.
            <label class="photo-measure__choose">
                <span>{ w::CHOOSE }</span>
                <input type="file" accept="image/*" capture="environment" {onchange} disabled={!started} data-testid="photo-file" />
            </label>
            { picture }
            <div aria-live="polite">{ readout }</div>
            { list }
        </section>
    }
}

/// Where a gesture on the photo stands: the touching fingers (at most two), how far apart two
/// were at the last zoom step, and the wheel's movement since its last step.
#[derive(Default)]
struct Gesture {
    touches: Vec<(i32, (f64, f64))>,
    spread: Option<f64>,
    wheel: f64,
}
