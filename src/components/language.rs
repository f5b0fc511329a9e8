//! The language switch in the header: a link to each offered language's page, named in its own
//! language. Before the app has started it is a plain link (the prerendered page); after, a
//! choice also keeps the settings in the address and is remembered on this device.

use yew::prelude::*;

use crate::hooks::use_language::choose;
use crate::model::words::{self, Language};

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub offered: Vec<Language>,
}

#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    if props.offered.len() < 2 {
        return html! {};
    }
    let here = words::this_page();
    html! {
        <nav class="site-header__languages" aria-label={words::document::LANGUAGE} data-testid="language-switch">
            <ul>
                { for props.offered.iter().map(|&l| {
                    let href = words::href(l);
                    let current = l == here;
                    // This page's own link only remembers the choice; it has nothing to open.
                    let onclick = Callback::from(move |e: MouseEvent| {
                        e.prevent_default();
                        choose(l, !current);
                    });
                    html! {
                        <li>
                            <a {href} lang={l.code} hreflang={l.code} aria-current={current.then_some("page")}
                                {onclick} data-testid={format!("language-{}", l.code)}>
                                { l.name }
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
