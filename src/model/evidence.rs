//! The sources the app cites, and what each one found. Where the journal could not be
//! confirmed for this project, only the authors, year and finding are given.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// Short key used in the text, e.g. "Preece 2008".
    pub key: &'static str,
    /// Fuller reference where confirmed.
    pub reference: &'static str,
    /// What the study found, in plain words.
    pub finding: &'static str,
}

pub const HERRINGTON_2011: Source = Source {
    key: "Herrington 2011",
    reference: "Herrington L. Assessment of the degree of pelvic tilt within a normal asymptomatic population. Manual Therapy, 2011.",
    finding: "Of 120 young adults without pain, 85% of men and 75% of women stood with some forward (anterior) pelvic tilt.",
};
pub const PREECE_2008: Source = Source {
    key: "Preece 2008",
    reference: "Preece SJ et al. Variation in pelvic morphology may prevent the identification of anterior pelvic tilt. Journal of Manual and Manipulative Therapy, 2008.",
    finding: "In 30 pelves held in the same position, the tilt read off the bones ranged from 0 to 23 degrees (mean 13): bone shape alone spans the whole normal range.",
};
pub const WALKER_1994: Source = Source {
    key: "Walker 1994",
    reference: "Walker 1994, 20 adults.",
    finding: "Tilting the pelvis forward as far as possible changed pelvic tilt by 11.3 degrees and the lumbar curve by 11.1: the two move about one to one.",
};
pub const LORDOSIS_NORMS: Source = Source {
    key: "Standing lordosis norms",
    reference: "Pooled radiographic studies of standing adults (T12-S1).",
    finding: "The standing lumbar curve averages about 50 degrees (standard deviation 11); lying down it is about 37.",
};
pub const ROACH_2015: Source = Source {
    key: "Roach 2015",
    reference: "Roach SM et al. Passive hip range of motion is reduced in active subjects with chronic low back pain compared to controls. International Journal of Sports Physical Therapy, 2015.",
    finding: "Hip extension averaged +6.8 degrees in people without back pain and -4.2 in people with chronic low back pain: about 11 degrees less.",
};
pub const HEINO_1990: Source = Source {
    key: "Heino 1990",
    reference: "Heino JG et al. Relationship between hip extension range of motion and postural alignment. Journal of Orthopaedic and Sports Physical Therapy, 1990.",
    finding: "In 25 people, hip extension range was unrelated to pelvic tilt (r = -0.04) and to the lumbar curve (r = -0.09).",
};
pub const YOUDAS_1996: Source = Source {
    key: "Youdas 1996",
    reference: "Youdas JW et al. Lumbar lordosis and pelvic inclination of asymptomatic adults. Physical Therapy, 1996.",
    finding: "In 90 adults, abdominal muscle performance explained some of the pelvic tilt only in women (about a quarter of the variation).",
};
pub const LEVINE_1997: Source = Source {
    key: "Levine 1997",
    reference: "Levine D et al. The effect of abdominal muscle strengthening on pelvic tilt and lumbar lordosis. Physiotherapy Theory and Practice, 1997.",
    finding: "Eight weeks of abdominal strengthening made people stronger but did not change their pelvic tilt or lumbar curve.",
};
pub const NASERI_2010: Source = Source {
    key: "Naseri 2010",
    reference: "Naseri 2010, 75 adults.",
    finding: "No significant link between muscle length or strength and pelvic tilt.",
};
pub const SHAMSI_2020: Source = Source {
    key: "Shamsi 2020",
    reference: "Shamsi 2020, randomised controlled trial, 45 adults.",
    finding: "Stretching and strengthening did not significantly change pelvic tilt.",
};
pub const BREKKE_2020: Source = Source {
    key: "Brekke 2020",
    reference: "Brekke 2020, systematic review of treatments for anterior pelvic tilt.",
    finding: "The certainty of the evidence is very low; the best trial reduced tilt by less than 2 degrees.",
};
pub const NICE_NG59: Source = Source {
    key: "NICE NG59",
    reference: "National Institute for Health and Care Excellence. Low back pain and sciatica in over 16s: assessment and management (NG59), 2016, updated 2020.",
    finding: "Stay active; a structured exercise programme helps; manual therapy such as massage only together with exercise; no routine scans.",
};

/// The sources behind the figure's numbers.
pub const MODEL_SOURCES: [Source; 5] =
    [PREECE_2008, HERRINGTON_2011, WALKER_1994, LORDOSIS_NORMS, ROACH_2015];

/// The sources behind "How sure is this?".
pub const WEAK_LINK_SOURCES: [Source; 6] =
    [HEINO_1990, YOUDAS_1996, LEVINE_1997, NASERI_2010, SHAMSI_2020, BREKKE_2020];
