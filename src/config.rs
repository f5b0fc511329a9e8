//! The clinic's details, in one place. No clinic is built in: without settings the page names
//! no clinic and offers no booking link. The clinic's settings file (`clinic.json`) gives them
//! to every view; inside an iframe the embed's own attributes override the file.

use crate::state::clinic_file::ClinicSettings;
use crate::state::url::{Mode, UrlState};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Clinic {
    /// Plain text; always rendered as text, never as markup. None: no clinic is named.
    pub name: Option<String>,
    /// An https link, or None when no valid link was given.
    pub booking_url: Option<String>,
    /// The phone number as written, and its `tel:` link.
    pub phone: Option<(String, String)>,
    pub address: Option<String>,
    /// `#rrggbb`, the brand colour.
    pub accent: Option<String>,
    /// The pain guide's ceiling out of 10, when the clinic chose one (3 to 5).
    pub pain_ceiling: Option<u32>,
}

impl Clinic {
    /// The clinic a page shows: the settings file's, and inside an iframe the embed's own
    /// attributes over it. A shared link cannot rebrand the public page: the URL's clinic
    /// settings only count embedded.
    pub fn for_page(url: &UrlState, file: Option<&ClinicSettings>) -> Clinic {
        let mut clinic = file.map_or_else(Clinic::default, |f| Clinic {
            name: f.name.clone(),
            booking_url: f.booking_url.clone(),
            phone: f.phone.clone().zip(f.tel_href()),
            address: f.address.clone(),
            accent: f.accent.clone(),
            pain_ceiling: f.pain_ceiling,
        });
        if url.mode == Mode::Embed {
            let e = &url.embed;
            clinic.name = e.clinic.clone().or(clinic.name);
            clinic.booking_url = e.booking_url.clone().or(clinic.booking_url);
            clinic.accent = e.accent.clone().or(clinic.accent);
        }
        clinic
    }
}
