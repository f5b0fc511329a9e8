//! The clinic's details, in one place. An embedding page can override them (see README).

/// Placeholder clinic used on the public page until a clinic sets its own.
pub const DEFAULT_CLINIC_NAME: &str = "Harbour Sports Massage";
/// Placeholder booking link; following it is the person's choice, nothing is fetched.
pub const DEFAULT_BOOKING_URL: &str = "https://example.com/book";

#[derive(Clone, Debug, PartialEq)]
pub struct Clinic {
    /// Plain text; always rendered as text, never as markup.
    pub name: String,
    /// An https link, or None when no valid link was given.
    pub booking_url: Option<String>,
}

impl Default for Clinic {
    fn default() -> Self {
        Clinic { name: DEFAULT_CLINIC_NAME.to_string(), booking_url: Some(DEFAULT_BOOKING_URL.to_string()) }
    }
}

impl Clinic {
    /// The clinic a page shows. Embedded, it is the embedding clinic's own name and link (or
    /// none at all if it gave none that is valid); a shared link cannot rebrand the public page.
    pub fn for_page(url: &crate::state::url::UrlState) -> Clinic {
        let mut clinic = Clinic::default();
        if url.mode == crate::state::url::Mode::Embed {
            clinic.booking_url = url.embed.booking_url.clone();
            // Never show the placeholder clinic's name inside another clinic's site.
            clinic.name = url.embed.clinic.clone().unwrap_or_else(|| "the clinic".to_string());
        }
        clinic
    }
}
