//! The therapist's programme: the builder in consultation mode, with "Send home", and on the
//! client's phone the question before a newer programme replaces the old. Every limit and word
//! is in the model (`model::programme`, `model::words::programme`); these only render and
//! dispatch.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::components::share::{qr_svg, Share};
use crate::hooks::ProgrammeHandle;
use crate::model::exercises::{exercise, ExerciseId};
use crate::model::programme::{DoseField, Edit, Group, Programme, Version, MAX_EXERCISES, NOTE_BUDGET};
use crate::model::qr::programme_qr;
use crate::model::words::programme as w;
use crate::state::programme_code::{self, FRAGMENT_KEY};
use crate::state::ProgrammeAction;

#[derive(Properties, PartialEq)]
pub struct BuilderProps {
    /// Where the builder starts: the suggested plan as a programme.
    pub start: Rc<Programme>,
    /// Exercises the clinic does not offer.
    pub hidden: Rc<Vec<ExerciseId>>,
    /// This page's address without query or fragment, for the link.
    pub page: AttrValue,
    pub on_close: Callback<()>,
    /// What the builder would send home, whenever it changes; None once the builder closes.
    /// The consultation bar's "Send home" then sends the programme, not the sliders' settings.
    #[prop_or_default]
    pub on_link: Callback<Option<ProgrammeLink>>,
    /// The tilt measured from a photo in this consultation: it goes home with the programme.
    #[prop_or_default]
    pub measured: Option<crate::model::photo::Measurement>,
}

/// A programme's link: this page's address with the fragment key, then the code. Kept in two
/// parts for its QR code, which writes the code in the denser alphanumeric mode.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgrammeLink {
    pub prefix: AttrValue,
    pub code: AttrValue,
}

impl ProgrammeLink {
    pub fn link(&self) -> String {
        format!("{}{}", self.prefix, self.code)
    }
}

/// An id for an item's control, stable while the item moves.
fn control_id(what: &str, id: ExerciseId) -> String {
    format!("builder-{what}-{}", id.key())
}

#[component]
pub fn ProgrammeBuilder(props: &BuilderProps) -> Html {
    let draft = use_reducer({
        let start = props.start.clone();
        move || (*start).clone()
    });
    let sent = use_state(|| false);
    // After a move or a removal, the control to focus once the list is redrawn.
    let focus_next = use_mut_ref(|| None::<String>);
    {
        let focus_next = focus_next.clone();
        use_effect(move || {
            if let Some(id) = focus_next.borrow_mut().take() {
                if let Some(el) = gloo::utils::document().get_element_by_id(&id) {
                    if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                        let _ = el.focus();
                    }
                }
            }
        });
    }
    let edit = {
        let d = draft.dispatcher();
        Callback::from(move |e: Edit| d.dispatch(e))
    };
    // The photo measurement of this consultation goes with the programme (numbers only).
    {
        let d = draft.dispatcher();
        use_effect_with(props.measured, move |m| d.dispatch(Edit::SetMeasured(*m)));
    }
    let n = draft.items.len();
    let addable: Vec<(Group, Vec<ExerciseId>)> =
        Group::ALL.iter().map(|g| (*g, g.exercises().filter(|id| !draft.contains(*id) && !props.hidden.contains(id)).collect())).collect();
    let add_ref = use_node_ref();
    let on_add = {
        let (edit, add_ref) = (edit.clone(), add_ref.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(select) = add_ref.cast::<HtmlSelectElement>() else { return };
            if let Some(id) = Group::ALL.iter().flat_map(|g| g.exercises()).find(|id| id.key() == select.value()) {
                edit.emit(Edit::Add(id));
            }
        })
    };
    let now = ProgrammeLink { prefix: format!("{}#{FRAGMENT_KEY}", props.page).into(), code: programme_code::encode(&draft).into() };
    {
        // None between two versions too: both reach the app in the same render.
        let on_link = props.on_link.clone();
        use_effect_with(now.clone(), move |now| {
            on_link.emit(Some(now.clone()));
            move || on_link.emit(None)
        });
    }
    let items = draft.items.iter().enumerate().map(|(k, item)| {
        let e = exercise(item.id);
        let label = w::item_label(k, n, e.name);
        let id = item.id;
        let moved = |edit_of: fn(usize) -> Edit, focus: String| {
            let (edit, focus_next) = (edit.clone(), focus_next.clone());
            Callback::from(move |_: MouseEvent| {
                *focus_next.borrow_mut() = Some(focus.clone());
                edit.emit(edit_of(k));
            })
        };
        // After a removal, focus the next exercise's Remove, or the previous one's, or Add.
        let after_remove = draft
            .items
            .get(k + 1)
            .or_else(|| k.checked_sub(1).and_then(|p| draft.items.get(p)))
            .map_or_else(|| "builder-add".to_string(), |it| control_id("remove", it.id));
        let on_version = {
            let edit = edit.clone();
            Callback::from(move |e: Event| {
                let v = e.target_unchecked_into::<HtmlSelectElement>().value();
                if let Some(v) = Version::ALL.iter().find(|x| x.key() == v) {
                    edit.emit(Edit::SetVersion(k, *v));
                }
            })
        };
        let on_note = {
            let edit = edit.clone();
            Callback::from(move |e: InputEvent| edit.emit(Edit::SetNote(k, e.target_unchecked_into::<HtmlInputElement>().value())))
        };
        html! {
            <li class="builder__item" key={id.key()} data-exercise={id.key()}>
                <fieldset>
                    <legend>{ label.clone() }</legend>
                    <div class="builder__row">
                        <label class="builder__field">
                            <span>{ w::VERSION }</span>
                            <select onchange={on_version} data-testid="builder-version">
                                { for Version::ALL.iter().map(|v| html! {
                                    <option value={v.key()} selected={*v == item.version}>{ v.label() }</option>
                                }) }
                            </select>
                        </label>
                        { for item.dosage.fields().into_iter().map(|(field, value)| dose_input(k, field, value, &edit)) }
                        if let Some(on) = item.dosage.sides() {
                            <label class="builder__field builder__field--check">
                                <input type="checkbox" checked={on} data-testid="builder-sides"
                                    onchange={edit.reform(move |e: Event| Edit::SetSides(k, e.target_unchecked_into::<HtmlInputElement>().checked()))} />
                                <span>{ w::SIDES }</span>
                            </label>
                        }
                    </div>
                    <label class="builder__field builder__field--note">
                        <span>{ w::NOTE }</span>
                        <input type="text" value={item.note.clone()} oninput={on_note} data-testid="builder-note"
                            maxlength={NOTE_BUDGET.to_string()} autocomplete="off" />
                    </label>
                    <div class="builder__moves">
                        <button type="button" class="button button--quiet" id={control_id("up", id)} disabled={k == 0}
                            aria-label={format!("{}: {}", w::UP, e.name)}
                            onclick={moved(Edit::MoveUp, control_id("up", id))}>{ w::UP }</button>
                        <button type="button" class="button button--quiet" id={control_id("down", id)} disabled={k + 1 == n}
                            aria-label={format!("{}: {}", w::DOWN, e.name)}
                            onclick={moved(Edit::MoveDown, control_id("down", id))}>{ w::DOWN }</button>
                        <button type="button" class="button button--quiet" id={control_id("remove", id)}
                            aria-label={format!("{}: {}", w::REMOVE, e.name)} data-testid="builder-remove"
                            onclick={moved(Edit::Remove, after_remove)}>{ w::REMOVE }</button>
                    </div>
                </fieldset>
            </li>
        }
    });
    let on_programme_note = edit.reform(|e: InputEvent| Edit::SetProgrammeNote(e.target_unchecked_into::<HtmlTextAreaElement>().value()));
    let on_initials = edit.reform(|e: InputEvent| Edit::SetInitials(e.target_unchecked_into::<HtmlInputElement>().value()));
    let on_send = {
        let sent = sent.setter();
        Callback::from(move |_: MouseEvent| sent.set(true))
    };
    let full = n >= MAX_EXERCISES;
    html! {
        <section class="builder" aria-labelledby="builder-heading" data-testid="builder">
            <h3 id="builder-heading">{ w::BUILDER_HEADING }</h3>
            <p>{ w::BUILDER_INTRO }</p>
            if let Some(m) = draft.measured.filter(|_| crate::model::photo::MEASURE) {
                <p data-testid="builder-measured">{ m.sent_with() }</p>
            }
            if n == 0 {
                <p data-testid="builder-empty">{ w::EMPTY }</p>
            }
            <ol class="builder__items" aria-label={w::ITEMS_LABEL} data-testid="builder-items">{ for items }</ol>
            <div class="builder__add">
                <label for="builder-add">{ w::ADD_LABEL }</label>
                <select id="builder-add" ref={add_ref} disabled={full} data-testid="builder-add">
                    { for addable.iter().filter(|(_, ids)| !ids.is_empty()).map(|(g, ids)| html! {
                        <optgroup label={g.label()}>
                            { for ids.iter().map(|id| html! { <option value={id.key()}>{ exercise(*id).name }</option> }) }
                        </optgroup>
                    }) }
                </select>
                <button type="button" class="button" onclick={on_add} disabled={full} data-testid="builder-add-button">{ w::ADD }</button>
                if full {
                    <p class="builder__hint">{ w::FULL }</p>
                }
            </div>
            <div class="builder__notes">
                <label for="builder-programme-note">{ w::PROGRAMME_NOTE }</label>
                <textarea id="builder-programme-note" rows="2" value={draft.note.clone()} oninput={on_programme_note}
                    data-testid="builder-programme-note" />
                <label for="builder-initials">{ w::INITIALS }</label>
                <input id="builder-initials" type="text" value={draft.initials.clone()} oninput={on_initials}
                    maxlength="3" autocomplete="off" aria-describedby="builder-initials-hint" data-testid="builder-initials" />
                <p id="builder-initials-hint" class="builder__hint">{ w::INITIALS_HINT }</p>
                <p class="builder__room" role="status" data-testid="builder-room">{ w::notes_room(draft.note_bytes(), NOTE_BUDGET) }</p>
            </div>
            <div class="builder__actions">
                <button type="button" class="button" onclick={on_send} disabled={n == 0} data-testid="builder-send">{ w::SEND }</button>
                <button type="button" class="button button--quiet" onclick={props.on_close.reform(|_: MouseEvent| ())} data-testid="builder-done">{ w::DONE }</button>
            </div>
            if *sent && n > 0 {
                { send_home(&now) }
            }
        </section>
    }
}

fn dose_input(k: usize, field: DoseField, value: u32, edit: &Callback<Edit>) -> Html {
    let (lo, hi, step) = field.range();
    let edit = edit.clone();
    let onchange = Callback::from(move |e: Event| {
        let input = e.target_unchecked_into::<HtmlInputElement>();
        match field.read(&input.value()) {
            Some(v) => {
                input.set_value(&v.to_string());
                edit.emit(Edit::SetDose(k, field, v));
            }
            // Empty or not a number: the dose stays as it was, and the field shows it again.
            None => input.set_value(&value.to_string()),
        }
    });
    html! {
        <label class="builder__field">
            <span>{ field.label() }</span>
            <input type="number" inputmode="numeric" min={lo.to_string()} max={hi.to_string()} step={step.to_string()}
                value={value.to_string()} {onchange} data-testid={format!("builder-{}", field.key())} />
        </label>
    }
}

/// The QR code and link of the programme.
fn send_home(link: &ProgrammeLink) -> Html {
    html! {
        <div class="builder__send" data-testid="builder-sent">
            <h4>{ w::QR_HEADING }</h4>
            <p>{ w::QR_TEXT }</p>
            { programme_qr_code(link, "programme") }
            <Share url={AttrValue::from(link.link())} label={AttrValue::from(w::LINK_LABEL)} id="programme-link" />
        </div>
    }
}

/// The programme's QR code with its size, or why there is none. `testid` names its parts
/// ("programme-qr", "programme-qr-size", "programme-too-long"): the builder's and the
/// consultation bar's "Send home" can be on the page at once.
pub fn programme_qr_code(link: &ProgrammeLink, testid: &'static str) -> Html {
    match programme_qr(&link.prefix, &link.code) {
        Some(qr) => html! {
            <>
                { qr_svg(qr.size, qr.path, w::QR_LABEL, testid_of(testid, "qr"), Some(qr.version)) }
                <p class="builder__hint" data-testid={testid_of(testid, "qr-size")}>{ w::qr_size(qr.version as i32, link.prefix.len() + link.code.len()) }</p>
            </>
        },
        None => html! { <p class="notice" data-testid={testid_of(testid, "too-long")}>{ w::TOO_LONG }</p> },
    }
}

fn testid_of(prefix: &str, part: &str) -> AttrValue {
    format!("{prefix}-{part}").into()
}

/// On the client's phone: what the link brought (and what it left out), the question before
/// a newer programme replaces the old, and the switch to the page's suggested plan.
pub fn programme_notices(handle: &ProgrammeHandle) -> Html {
    let s = &handle.state;
    let d = &handle.dispatch;
    html! {
        <div class="programme-notices">
            if !handle.notices.is_empty() {
                <div class="notice" role="status" data-testid="programme-notice">
                    { for handle.notices.iter().map(|n| html! { <p>{ n.clone() }</p> }) }
                </div>
            }
            if let (Some(old), Some(new)) = (&s.current, &s.pending) {
                <div class="programme-question" role="group" aria-labelledby="programme-question" data-testid="programme-question">
                    <p id="programme-question">{ w::replace_question(old.issued, new.issued) }</p>
                    <button type="button" class="button" onclick={d.reform(|_: MouseEvent| ProgrammeAction::Replace)}
                        data-testid="programme-replace">{ w::REPLACE }</button>
                    <button type="button" class="button button--quiet" onclick={d.reform(|_: MouseEvent| ProgrammeAction::Keep)}
                        data-testid="programme-keep">{ w::KEEP }</button>
                </div>
            }
            if s.current.is_some() {
                <p class="programme-switch">
                    if s.show_suggested {
                        <span>{ w::SUGGESTED_NOTE }</span>{ " " }
                    }
                    <button type="button" class="button button--quiet" onclick={d.reform(|_: MouseEvent| ProgrammeAction::ToggleView)}
                        data-testid="programme-switch">
                        { if s.show_suggested { w::SHOW_PROGRAMME } else { w::SHOW_SUGGESTED } }
                    </button>
                </p>
            }
        </div>
    }
}
