//! The sources the app cites, and what each one found, in full. Each reference was checked for
//! this project against a stored copy of the publisher's, PubMed's or the NHS's own page;
//! where part of it could not be confirmed, the reference says which part. The sources
//! themselves are words the page shows, so they live in `words::evidence`; here are their shape
//! and the lists the page shows them in.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// Short key used in the text and shown before what it found, e.g. "Preece 2008".
    pub key: &'static str,
    /// Authors, year, title, journal (or publisher), volume and pages.
    pub reference: &'static str,
    /// What the study or guideline found or advises, in plain words.
    pub finding: &'static str,
}

// Their words, in each language's `words::evidence`.
pub use super::words::evidence::{
    BREKKE_2020, BROOKE_WAVELL_2022, GARBER_2011, HEINO_1990, HERRINGTON_2011, HIP_PRECAUTIONS, LEROUX_2000, LEVINE_1997, LEVINE_WHITTLE_1996, NHS_BACK_PAIN,
    NHS_PREGNANCY, NHS_RED_FLAGS, NICE_NG234, NICE_NG59, POSTUREPRINT_2007, PREECE_2008, ROACH_2015, SHAMSI_2020, UK_CMO_2019, WHO_2020, YOUDAS_1996,
    YUKAWA_2019,
};

/// The sources behind the figure's numbers and the photo measure.
pub const MODEL_SOURCES: [Source; 7] = [PREECE_2008, HERRINGTON_2011, LEVINE_WHITTLE_1996, YUKAWA_2019, ROACH_2015, POSTUREPRINT_2007, LEROUX_2000];

/// The sources behind "How sure is this?".
pub const WEAK_LINK_SOURCES: [Source; 5] = [HEINO_1990, YOUDAS_1996, LEVINE_1997, SHAMSI_2020, BREKKE_2020];

/// The sources behind the plan and the safety screen.
pub const PLAN_SOURCES: [Source; 10] =
    [NICE_NG59, NHS_BACK_PAIN, NHS_RED_FLAGS, NICE_NG234, GARBER_2011, WHO_2020, UK_CMO_2019, NHS_PREGNANCY, HIP_PRECAUTIONS, BROOKE_WAVELL_2022];
