//! "Measure from a photo": the therapist marks the stickers on a side photo and reads the
//! pelvic tilt (`model::photo`). The photo lives only in this component's memory: it is let go
//! when the panel closes or the page leaves; only the number goes up (`on_measured`).

use yew::prelude::*;
use yew::virtual_dom::VList;

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

#[derive(Default)]
enum Photo {
    #[default]
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
    let panel = Panel { state: use_mut_ref(State::default), redraw: use_force_update(), svg: use_node_ref() };
    let today = use_context::<Clock>().map(|c| c.today());
    // The photo is let go when the page leaves, and a decode still under way with it.
    {
        let state = panel.state.clone();
        use_effect_with((), move |_| move || state.borrow_mut().let_go());
    }
    let s = panel.state.borrow();

    // The numbers, to the page, whenever they change.
    let marks = s.marks;
    let points = marked(&marks);
    let result = points.as_ref().map(pelvic_tilt_deg);
    let curve = points.as_ref().and_then(lumbar_curve_deg);
    let vertical = marks[2].zip(marks[3]).is_some();
    let measurement = match (result, today) {
        (Some(Ok(t)), Some(day)) => Some(Measurement::new(day, t, vertical).with_curve(curve.and_then(Result::ok))),
        _ => None,
    };
    {
        let on_measured = props.on_measured.clone();
        use_effect_with(measurement, move |m| on_measured.emit(*m));
    }

    let act = {
        let panel = panel.clone();
        Callback::from(move |a: Act| panel.act(a))
    };
    let (active, zoom) = (s.active, s.zoom);

    let picture = match &s.photo {
        Photo::Ready(p) => {
            let r = (p.width as f64 / 120.0).max(4.0);
            // The two lines, then a dot on each marked point (the chosen one filled), gathered
            // with plain loops into one list: an iterator under `for` is code of its own.
            let mut shapes = Vec::with_capacity(11);
            for (i, class) in [
                (0, "photo-measure__line"),
                (2, "photo-measure__line photo-measure__line--vertical"),
                (4, "photo-measure__line photo-measure__line--spine"),
                (5, "photo-measure__line photo-measure__line--spine"),
            ] {
                if let (Some(a), Some(b)) = (marks[i], marks[i + 1]) {
                    shapes.push(
                        html! { <line {class} x1={fmt_num(a.x)} y1={fmt_num(a.y)} x2={fmt_num(b.x)} y2={fmt_num(b.y)} stroke-width={fmt_num(r / 2.0)} /> },
                    );
                }
            }
            for (i, m) in marks.iter().enumerate() {
                if let Some(p) = m {
                    let kind = match i {
                        0 | 1 => 0,
                        2 | 3 => 2,
                        _ => 4,
                    };
                    let class = DOT_CLASS[kind + (i == active) as usize];
                    shapes.push(html! { <circle {class} cx={fmt_num(p.x)} cy={fmt_num(p.y)} r={fmt_num(r)} /> });
                }
            }
            let (down, up) = (act.reform(|e| Act::Touch(e, true)), act.reform(|e| Act::Touch(e, false)));
            html! {
                <>
                <div class="photo-measure__tools">
                    <button type="button" class="button button--quiet" onclick={act.reform(|_| Act::Zoom(1))} disabled={zoom >= ZOOM_MAX}>{ w::ZOOM_IN }</button>
                    <button type="button" class="button button--quiet" onclick={act.reform(|_| Act::Zoom(-1))} disabled={zoom <= 1}>{ w::ZOOM_OUT }</button>
                    <button type="button" class="button button--quiet" onclick={act.reform(|_| Act::Close)} data-testid="photo-close">{ w::CLOSE }</button>
                </div>
                <div class="photo-measure__frame">
                    <svg ref={panel.svg.clone()} class="photo-measure__photo" viewBox={format!("0 0 {} {}", p.width, p.height)} width={format!("{}%", zoom * 100)}
                        role="application" tabindex="0" aria-label={w::PHOTO_LABEL} onclick={act.reform(Act::Place)} onkeydown={act.reform(Act::Key)} onwheel={act.reform(Act::Wheel)}
                        onpointerdown={down.clone()} onpointermove={down} onpointerup={up.clone()} onpointercancel={up} data-testid="photo">
                        <image href={p.url.clone()} width="100%" height="100%" />
                        { VList::with_children(shapes, None) }
                    </svg>
                </div>
                </>
            }
        }
        Photo::Preparing => html! { <p role="status" data-testid="photo-status">{ w::PREPARING }</p> },
        Photo::Refused => html! { <p class="notice" role="alert" data-testid="photo-status">{ w::NOT_AN_IMAGE }</p> },
        Photo::None => html! {},
    };

    let list = if matches!(s.photo, Photo::Ready(_)) {
        let mut choices = Vec::with_capacity(N);
        for (i, &(id, at_id, name)) in POINTS.iter().enumerate() {
            let at = match marks[i] {
                Some(p) => w::point_at(name, &fmt_fixed(p.x, 0), &fmt_fixed(p.y, 0)),
                None => w::not_marked(name),
            };
            choices.push(html! {
                <li class="photo-measure__point">
                    <input type="radio" name="photo-point" {id} checked={active == i} onchange={act.reform(move |_| Act::Choose(i))} data-testid={id} />
                    <label for={id}>{ name }</label>
                    <p class="photo-measure__at" data-testid={at_id}>{ at }</p>
                </li>
            });
        }
        html! {
            <fieldset class="photo-measure__points">
                <legend>{ w::POINTS }</legend>
                <p>{ w::NUDGE }</p>
                <ul>{ VList::with_children(choices, None) }</ul>
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
                <input type="file" accept="image/*" capture="environment" onchange={act.reform(Act::Take)} disabled={!started} data-testid="photo-file" />
            </label>
            { picture }
            <div aria-live="polite">{ readout }</div>
            { list }
        </section>
    }
}

/// A dot's class: a pelvis point, a vertical one or a spine one, each chosen or not.
const DOT_CLASS: [&str; 6] = [
    "photo-measure__dot",
    "photo-measure__dot photo-measure__dot--active",
    "photo-measure__dot photo-measure__dot--vertical",
    "photo-measure__dot photo-measure__dot--vertical photo-measure__dot--active",
    "photo-measure__dot photo-measure__dot--spine",
    "photo-measure__dot photo-measure__dot--spine photo-measure__dot--active",
];

/// What the panel holds between renders, in one cell rather than a hook each (each hook's type
/// is code of its own in the wasm); a change is drawn by `Panel::act`.
struct State {
    photo: Photo,
    marks: [Option<Px>; N],
    /// The point being placed: its index in `POINTS`.
    active: usize,
    /// The photo's zoom: 1x to `ZOOM_MAX`.
    zoom: u32,
    /// Which choice of photo is current. A decode that finishes after a newer choice, after
    /// "Close" or after the panel has gone is let go at once, not shown.
    choice: u32,
    gesture: Gesture,
}

impl Default for State {
    fn default() -> State {
        State { photo: Photo::None, marks: [None; N], active: 0, zoom: 1, choice: 0, gesture: Gesture::default() }
    }
}

impl State {
    /// Lets the photo go, and any decode under way with it.
    fn let_go(&mut self) {
        self.choice += 1;
        if let Photo::Ready(p) = std::mem::take(&mut self.photo) {
            photo_file::release(&p);
        }
    }

    /// The chosen point set to `p`, or cleared.
    fn set_active(&mut self, p: Option<Px>) {
        self.marks[self.active] = p;
    }

    /// The photo's size in pixels, when there is one.
    fn size(&self) -> Option<(f64, f64)> {
        match &self.photo {
            Photo::Ready(p) => Some((p.width as f64, p.height as f64)),
            _ => None,
        }
    }

    fn zoom_by(&mut self, step: i32) {
        self.zoom = zoomed(self.zoom, step);
    }
}

/// Something done on the panel: each of its listeners gives one, and `Panel::act` does it.
enum Act {
    /// A file chosen (or dropped) on the input.
    Take(Event),
    Close,
    Zoom(i32),
    /// A point chosen to place.
    Choose(usize),
    /// A click or tap on the photo: the chosen point goes there.
    Place(MouseEvent),
    Key(KeyboardEvent),
    Wheel(WheelEvent),
    /// A pointer on the photo: down or moving (true), or up or cancelled (false).
    Touch(PointerEvent, bool),
}

/// The panel's state, what redraws it and the photo's element.
#[derive(Clone)]
struct Panel {
    state: std::rc::Rc<std::cell::RefCell<State>>,
    redraw: UseForceUpdateHandle,
    svg: NodeRef,
}

impl Panel {
    fn act(&self, a: Act) {
        if self.change(a).is_some() {
            self.redraw.force_update();
        }
    }

    /// Does `a`; Some when something shown changed.
    fn change(&self, a: Act) -> Option<()> {
        let mut s = self.state.borrow_mut();
        match a {
            Act::Take(e) => {
                // The listener is on the file input itself, which has no children.
                let file = e.target_unchecked_into::<web_sys::HtmlInputElement>().files()?.get(0)?;
                s.let_go();
                s.photo = Photo::Preparing;
                s.marks = [None; N];
                s.zoom = 1;
                let (this, panel) = (s.choice, self.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let prepared = photo_file::prepare(file).await;
                    let mut s = panel.state.borrow_mut();
                    if s.choice != this {
                        if let Ok(p) = prepared {
                            photo_file::release(&p);
                        }
                        return;
                    }
                    s.photo = match prepared {
                        Ok(p) => Photo::Ready(p),
                        Err(_) => Photo::Refused,
                    };
                    drop(s);
                    panel.redraw.force_update();
                });
            }
            Act::Close => {
                s.let_go();
                s.marks = [None; N];
            }
            Act::Zoom(step) => s.zoom_by(step),
            Act::Choose(i) => s.active = i,
            Act::Place(e) => {
                let (width, height) = s.size()?;
                let r = self.svg.cast::<web_sys::Element>()?.get_bounding_client_rect();
                if r.width() <= 0.0 || r.height() <= 0.0 {
                    return None;
                }
                let x = (e.client_x() as f64 - r.left()) / r.width() * width;
                let y = (e.client_y() as f64 - r.top()) / r.height() * height;
                s.set_active(Some(Px::new(x.round(), y.round())));
            }
            Act::Key(e) => {
                let (width, height) = s.size()?;
                let step = if e.shift_key() { 10.0 } else { 1.0 };
                let at = s.marks[s.active];
                let key = e.key();
                // Plus and minus zoom (1x to 4x); Delete or Backspace clears the chosen point.
                let p = match (key.as_str(), at) {
                    ("+" | "=", _) => {
                        e.prevent_default();
                        s.zoom_by(1);
                        return Some(());
                    }
                    ("-", _) => {
                        e.prevent_default();
                        s.zoom_by(-1);
                        return Some(());
                    }
                    ("Delete" | "Backspace", Some(_)) => {
                        e.prevent_default();
                        s.set_active(None);
                        return Some(());
                    }
                    ("ArrowLeft", Some(p)) => Px::new(p.x - step, p.y),
                    ("ArrowRight", Some(p)) => Px::new(p.x + step, p.y),
                    ("ArrowUp", Some(p)) => Px::new(p.x, p.y - step),
                    ("ArrowDown", Some(p)) => Px::new(p.x, p.y + step),
                    ("Enter" | " ", None) => Px::new((width / 2.0).round(), (height / 2.0).round()),
                    _ => return None,
                };
                e.prevent_default();
                s.set_active(Some(Px::new(clamp(p.x, 0.0, width), clamp(p.y, 0.0, height))));
            }
            // Ctrl and the wheel, or a trackpad's pinch, zoom; the wheel alone scrolls the frame.
            Act::Wheel(e) => {
                if !e.ctrl_key() {
                    return None;
                }
                e.prevent_default();
                s.gesture.wheel += e.delta_y();
                let step = wheel_step(s.gesture.wheel);
                if step == 0 {
                    return None;
                }
                s.gesture.wheel = 0.0;
                s.zoom_by(step);
            }
            // Two fingers on the photo pinch its zoom (the page itself does not zoom there).
            Act::Touch(e, down) => {
                if e.pointer_type() != "touch" {
                    return None;
                }
                let g = &mut s.gesture;
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
                    return None;
                };
                let apart = ((a.0 - b.0) * (a.0 - b.0) + (a.1 - b.1) * (a.1 - b.1)).sqrt();
                let from = *g.spread.get_or_insert(apart);
                let step = pinch_step(from, apart);
                if step == 0 {
                    return None;
                }
                g.spread = Some(apart);
                s.zoom_by(step);
            }
        }
        Some(())
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
