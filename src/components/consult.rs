//! Consultation mode: presets, compare, the story, the QR code to send the plan home, help.
//! The app draws these in consultation mode and handles their keyboard shortcuts
//! (`hooks::use_shortcuts`).

use std::rc::Rc;

use yew::prelude::*;

use crate::components::programme::{programme_qr_code, ProgrammeLink};
use crate::components::share::qr_svg;
use crate::model::qr::qr_path;
use crate::model::story::{Preset, STORY};
use crate::model::words::consult as w;
use crate::model::words::programme as pw;
use crate::state::{Action, Overlay};

pub use crate::model::words::consult::SHORTCUTS;

#[derive(Properties, PartialEq)]
pub struct ConsultBarProps {
    pub presets: Rc<Vec<Preset>>,
    /// The index of the preset the inputs match, if any.
    pub active_preset: Option<usize>,
    pub comparing: bool,
    pub story: Option<usize>,
    pub dispatch: Callback<Action>,
    pub on_fullscreen: Callback<()>,
}

#[component]
pub fn ConsultBar(props: &ConsultBarProps) -> Html {
    let d = &props.dispatch;
    let send = |a: Action| d.reform(move |_: MouseEvent| a);
    html! {
        <nav class="consult-bar" aria-label={w::TOOLS_LABEL} data-testid="consult-bar">
            <div class="consult-bar__group" role="group" aria-label={w::PRESETS}>
                { for props.presets.iter().enumerate().map(|(k, p)| html! {
                    <button type="button" class="chip" aria-pressed={(props.active_preset == Some(k)).to_string()}
                        title={(!p.description.is_empty()).then(|| p.description.clone())} onclick={send(Action::ApplyPreset(p.inputs))} data-testid={format!("preset-{}", k + 1)}>
                        <kbd aria-hidden="true">{ k + 1 }</kbd>{ " " }{ p.name.clone() }
                    </button>
                }) }
            </div>
            <div class="consult-bar__group" role="group" aria-label={w::TOOLS}>
                <button type="button" class="chip" aria-pressed={props.comparing.to_string()} onclick={send(Action::ToggleBefore)} data-testid="compare">
                    <kbd aria-hidden="true">{ "B" }</kbd>{ " " }{ if props.comparing { w::CLEAR_BEFORE } else { w::FREEZE_BEFORE } }
                </button>
                <button type="button" class="chip" aria-pressed={props.story.is_some().to_string()}
                    onclick={send(if props.story.is_some() { Action::StoryExit } else { Action::StoryStart })} data-testid="story">
                    <kbd aria-hidden="true">{ "S" }</kbd>{ " " }{ w::STORY }
                </button>
                <button type="button" class="chip" onclick={send(Action::ToggleOverlay(Overlay::Qr))} data-testid="qr-button">
                    <kbd aria-hidden="true">{ "Q" }</kbd>{ " " }{ w::SEND_HOME }
                </button>
                <button type="button" class="chip" onclick={props.on_fullscreen.reform(|_: MouseEvent| ())}>
                    <kbd aria-hidden="true">{ "F" }</kbd>{ " " }{ w::FULL_SCREEN }
                </button>
                <button type="button" class="chip" onclick={send(Action::ToggleOverlay(Overlay::Help))}>
                    <kbd aria-hidden="true">{ "?" }</kbd>{ " " }{ w::KEYS }
                </button>
            </div>
        </nav>
    }
}

/// The current step of the story, told beside the figure. (A plain function: it has no
/// state of its own, and a component costs about 2.5 KB of wasm.)
pub fn story_panel(step: usize, d: &Callback<Action>) -> Html {
    let k = step.min(STORY.len() - 1);
    let s = STORY[k];
    html! {
        <section class="story" aria-labelledby="story-heading" data-testid="story-panel">
            <h2 id="story-heading" class="visually-hidden">{ w::STORY_HEADING }</h2>
            <p class="story__count">{ w::story_step(k + 1, STORY.len()) }</p>
            <p class="story__title" aria-live="polite" data-testid="story-title">{ s.title }</p>
            <p class="story__text">{ s.text }</p>
            <div class="story__controls">
                <button type="button" class="button button--quiet" disabled={k == 0} onclick={d.reform(|_: MouseEvent| Action::StoryPrev)}>{ w::STORY_PREVIOUS }</button>
                <button type="button" class="button" disabled={k + 1 == STORY.len()} onclick={d.reform(|_: MouseEvent| Action::StoryNext)}>{ w::STORY_NEXT }</button>
                <button type="button" class="button button--quiet" onclick={d.reform(|_: MouseEvent| Action::StoryExit)}>{ w::STORY_EXIT }</button>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct OverlayProps {
    pub overlay: Overlay,
    pub share_url: AttrValue,
    /// The programme open in the builder, if any: then "Send home" sends it instead.
    #[prop_or_default]
    pub programme: Option<ProgrammeLink>,
    /// Named in the help, with their keys.
    pub presets: Rc<Vec<Preset>>,
    pub dispatch: Callback<Action>,
}

/// The help or the QR code, as a dialog over the page.
#[component]
pub fn OverlayPanel(props: &OverlayProps) -> Html {
    let close = props.dispatch.reform(|_: MouseEvent| Action::ToggleOverlay(Overlay::None));
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.overlay, move |_| {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let names: Vec<&str> = props.presets.iter().map(|p| p.name.as_str()).collect();
    let preset_keys = w::preset_keys(&names);
    let (title, body) = match props.overlay {
        Overlay::None => return html! {},
        Overlay::Help => (
            w::SHORTCUTS_HEADING,
            html! {
                <dl class="shortcuts">
                    if !props.presets.is_empty() {
                        <div><dt><kbd>{ preset_keys.0 }</kbd></dt><dd>{ preset_keys.1 }</dd></div>
                    }
                    { for SHORTCUTS.iter().map(|(k, what)| html! {
                        <div><dt><kbd>{ *k }</kbd></dt><dd>{ *what }</dd></div>
                    }) }
                </dl>
            },
        ),
        Overlay::Qr => match &props.programme {
            Some(p) => (
                pw::QR_HEADING,
                html! {
                    <>
                        <p>{ pw::QR_TEXT }</p>
                        { programme_qr_code(p, "send-home") }
                        <p class="qr__link" data-testid="send-home-link">{ p.link() }</p>
                    </>
                },
            ),
            None => (
                w::QR_HEADING,
                html! {
                    <>
                        <p>{ w::QR_TEXT }</p>
                        if let Some((size, d)) = qr_path(&props.share_url) {
                            { qr_svg(size, d, w::QR_LABEL, "qr".into(), None) }
                        }
                        <p class="qr__link" data-testid="send-home-link">{ props.share_url.clone() }</p>
                    </>
                },
            ),
        },
    };
    html! {
        <div class="overlay" data-testid="overlay">
            <div class="overlay__panel" role="dialog" aria-modal="true" aria-labelledby="overlay-title" tabindex="-1" ref={node}>
                <h2 id="overlay-title">{ title }</h2>
                { body }
                <button type="button" class="button" onclick={close}>{ w::CLOSE }</button>
            </div>
        </div>
    }
}
