//! Parts of the page that never change once drawn: "How sure is this?", the clinic's article
//! and the photo measure's introduction.
//! The prerendered page carries them. In the browser the app takes them over as they stand
//! instead of drawing them again: a part's outer element is drawn as usual, and what is inside
//! it is Yew's raw HTML, which hydration fills with whatever the page has between its markers.
//! So the release wasm carries neither their words nor their markup, and hydration does not
//! walk them. The words still live in the model layer (`model::words`, `model::evidence`).
//!
//! Who draws the inside:
//! - the native renderer that writes the page (`crate::prerender`): all of it, as raw HTML;
//! - the browser's release build: nothing; it keeps the page's markup. So a part must stay
//!   where the page has it: one drawn afresh in the browser would be empty. Today the parts are
//!   only ever taken away by the compact widget, once it has read its settings, and never
//!   brought back;
//! - the browser's debug builds (`trunk serve`, whose page is not prerendered, and the
//!   component tests): all of it, as components.

use yew::prelude::*;

use crate::components::explanation::article_points;
use crate::components::how_sure::how_sure;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    HowSure,
    Article,
    PhotoIntro,
}

impl Part {
    /// What is inside the part.
    fn inside(self) -> Html {
        match self {
            Part::HowSure => how_sure(),
            Part::Article => article_points(),
            Part::PhotoIntro => crate::components::photo_measure::intro(),
        }
    }
}

/// The part in its outer element. A plain function: it holds no state.
pub fn fixed(part: Part) -> Html {
    let inside = inside(part);
    match part {
        Part::HowSure => html! {
            <section class="how-sure" aria-labelledby="how-sure-heading" data-testid="how-sure">{ inside }</section>
        },
        Part::Article => html! {
            <div class="article-points" data-testid="article-points">{ inside }</div>
        },
        Part::PhotoIntro => html! {
            <div class="photo-measure__intro">{ inside }</div>
        },
    }
}

/// The native renderer: the inside, written out as HTML. Unchecked is safe here: the markup is
/// Yew's own rendering of fixed words from the model, with nothing from a person or a URL.
#[cfg(not(target_arch = "wasm32"))]
fn inside(part: Part) -> Html {
    Html::from_html_unchecked(server::markup(part).into())
}

/// The browser: in a release build nothing, so that hydration keeps whatever the page has.
#[cfg(target_arch = "wasm32")]
fn inside(part: Part) -> Html {
    if cfg!(debug_assertions) {
        part.inside()
    } else {
        Html::from_html_unchecked(AttrValue::Static(""))
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod server {
    use yew::prelude::*;

    use super::Part;

    #[derive(Properties, PartialEq)]
    struct InsideProps {
        part: Part,
    }

    #[component]
    fn Inside(props: &InsideProps) -> Html {
        props.part.inside()
    }

    /// The inside as HTML, without hydration markers (the browser never hydrates it). Yew's
    /// server renderer is async, so it runs on a thread of its own: this is called from inside
    /// the page's own render.
    pub fn markup(part: Part) -> String {
        std::thread::scope(|s| {
            s.spawn(move || crate::prerender::render(yew::LocalServerRenderer::<Inside>::with_props(InsideProps { part }).hydratable(false)))
                .join()
                .expect("the fixed part renders")
        })
    }
}
