//! Which language pages to offer, and taking a person to theirs. Each language is its own page
//! (`dist/`, `dist/pl/`); the address's query and fragment (the settings, a programme) go with
//! them, so a programme sent from an English screen opens in Polish on a Polish phone.

use yew::prelude::*;

use crate::model::words::{self, Language};
use crate::state::storage::{device, LANGUAGE_KEY};

/// The languages the browser asks for, most wanted first.
fn asked() -> Vec<String> {
    gloo::utils::window().navigator().languages().iter().filter_map(|l| l.as_string()).collect()
}

/// The language chosen on this device with the switch, if any (anything else stored is ignored).
fn chosen_before() -> Option<Language> {
    device::read(LANGUAGE_KEY).and_then(|c| words::by_code(&c))
}

/// Opens `to`'s page with this address's settings; `replace` leaves no entry to go back to.
pub fn open(to: Language, replace: bool) {
    let loc = gloo::utils::window().location();
    let href = format!("{}{}{}", words::href(to), loc.search().unwrap_or_default(), loc.hash().unwrap_or_default());
    let _ = if replace { loc.replace(&href) } else { loc.assign(&href) };
}

/// Remembers the person's choice, so the browser's language never overrides it, and opens its
/// page if `go`.
pub fn choose(to: Language, go: bool) {
    device::write(LANGUAGE_KEY, to.code);
    if go {
        open(to, false);
    }
}

/// The languages offered here (at least this page's own, so the switch can always lead back),
/// and, once the app has `started` and the clinic's list is known, a move to the person's
/// language if it is offered and they have not chosen another on this device.
#[hook]
pub fn use_language(started: bool, consult: bool, clinic: Vec<Language>) -> Vec<Language> {
    let mut offered = words::offered(consult, &clinic);
    if !offered.contains(&words::this_page()) {
        offered.push(words::this_page());
    }
    let moved = use_mut_ref(|| false);
    use_effect_with((started, offered.clone()), move |(started, offered)| {
        if *started && !*moved.borrow() {
            let asked = asked();
            if let Some(to) = words::go_to(words::this_page(), words::preferred(asked.iter().map(String::as_str)), offered, chosen_before()) {
                *moved.borrow_mut() = true;
                open(to, true);
            }
        }
    });
    offered
}
