//! The clinic's details, in one place. No clinic is built in: without settings the page names
//! no clinic and offers no booking link. An embedding page can give its own (see README).

use crate::model::words;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Clinic {
    /// Plain text; always rendered as text, never as markup. None: no clinic is named.
    pub name: Option<String>,
    /// An https link, or None when no valid link was given.
    pub booking_url: Option<String>,
}

impl Clinic {
    /// The clinic a page shows. Embedded, it is the embedding clinic's own name and link (or
    /// none at all if it gave none that is valid); a shared link cannot rebrand the public page.
    pub fn for_page(url: &crate::state::url::UrlState) -> Clinic {
        if url.mode == crate::state::url::Mode::Embed {
            Clinic { name: url.embed.clinic.clone(), booking_url: url.embed.booking_url.clone() }
        } else {
            Clinic::default()
        }
    }

    /// The clinic's name, or "your clinic" where none is set.
    pub fn name_or_yours(&self) -> &str {
        self.name.as_deref().unwrap_or(words::YOUR_CLINIC)
    }
}
