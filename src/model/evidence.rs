//! The sources the app cites, and what each one found, in full. Each reference was checked for
//! this project against a stored copy of the publisher's, PubMed's or the NHS's own page;
//! where part of it could not be confirmed, the reference says which part.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// Short key used in the text, e.g. "Preece 2008".
    pub key: &'static str,
    /// Authors, year, title, journal (or publisher), volume and pages.
    pub reference: &'static str,
    /// What the study or guideline found or advises, in plain words.
    pub finding: &'static str,
}

pub const HERRINGTON_2011: Source = Source {
    key: "Herrington 2011",
    reference: "Herrington L. Assessment of the degree of pelvic tilt within a normal asymptomatic population. Manual Therapy. 2011;16(6):646-8. doi:10.1016/j.math.2011.04.006",
    finding: "Of 120 young adults without pain, 85% of men and 75% of women stood with some forward (anterior) pelvic tilt.",
};
pub const PREECE_2008: Source = Source {
    key: "Preece 2008",
    reference: "Preece SJ, Willan P, Nester CJ, Graham-Smith P, Herrington L, Bowker P. Variation in pelvic morphology may prevent the identification of anterior pelvic tilt. Journal of Manual and Manipulative Therapy. 2008;16(2):113-7. doi:10.1179/106698108790818459",
    finding: "In 30 pelves held in the same position, the tilt read off the bones ranged from 0 to 23 degrees (mean 13): bone shape alone spans the whole normal range.",
};
pub const LEVINE_WHITTLE_1996: Source = Source {
    key: "Levine 1996",
    reference: "Levine D, Whittle MW. The effects of pelvic movement on lumbar lordosis in the standing position. Journal of Orthopaedic and Sports Physical Therapy. 1996;24(3):130-5. doi:10.2519/jospt.1996.24.3.130 (PubMed 8866271)",
    finding: "In college students without back pain who tipped the pelvis on purpose while standing, tilting it forward as far as they could changed pelvic tilt by 11.4 degrees and the lumbar curve by 10.8; tilting it back, 8.7 and 9.0. It measured deliberate tilting, not differences between people.",
};
pub const YUKAWA_2019: Source = Source {
    key: "Yukawa 2019",
    reference: "Yukawa Y, Matsumoto T, Kollor H, Minamide A, Hashizume H, Yamada H, Kato F. Local sagittal alignment of the lumbar spine and range of motion in 627 asymptomatic subjects: age-related changes and sex-based differences. Asian Spine Journal. 2019;13(4):663-71. doi:10.31616/asj.2018.0187",
    finding: "In X-rays of 627 adults without back pain, the standing lumbar curve (T12 to S1) averaged 49.8 degrees (standard deviation 11.2); lying down it was 36.8.",
};
pub const ROACH_2015: Source = Source {
    key: "Roach 2015",
    reference: "Roach SM, San Juan JG, Suprak DN, Lyda M, Bies AJ, Boydston CR. Passive hip range of motion is reduced in active subjects with chronic low back pain compared to controls. International Journal of Sports Physical Therapy. 2015;10(1):13-20",
    finding: "Measured with a digital inclinometer, the hip moved back (extended) about +6.8 degrees in 30 people without back pain and -4.2 in 30 active people with long-lasting back pain: about 11 degrees less. It does not show which came first.",
};
pub const HEINO_1990: Source = Source {
    key: "Heino 1990",
    reference: "Heino JG, Godges JJ, Carter CL (author list not confirmed). Relationship between hip extension range of motion and postural alignment. Journal of Orthopaedic and Sports Physical Therapy. 1990;12(6):243-7. doi:10.2519/jospt.1990.12.6.243",
    finding: "In 25 people, how far the hip extended was unrelated to pelvic tilt (r = -0.04) and to the lumbar curve (r = -0.09).",
};
pub const YOUDAS_1996: Source = Source {
    key: "Youdas 1996",
    reference: "Youdas JW, Garrett TR, Harmsen S, Suman VJ, Carey JR. Lumbar lordosis and pelvic inclination of asymptomatic adults. Physical Therapy. 1996;76(10):1066-81",
    finding: "In 90 adults, abdominal muscle performance explained some of the pelvic tilt only in women (about a quarter of the variation).",
};
pub const LEVINE_1997: Source = Source {
    key: "Levine 1997",
    reference: "Levine D, Walker JR, Tillman LJ. The effect of abdominal muscle strengthening on pelvic tilt and lumbar lordosis. Physiotherapy Theory and Practice. 1997;13(3):217-26",
    finding: "Eight weeks of abdominal strengthening made people stronger but did not change their pelvic tilt or lumbar curve.",
};
pub const SHAMSI_2020: Source = Source {
    key: "Shamsi 2020",
    reference: "Shamsi M, Shahsavari S, Safari A, Mirzaei M. A randomized clinical trial for the effect of static stretching and strengthening exercise on pelvic tilt angle in LBP patients. Journal of Bodywork and Movement Therapies. 2020;24(3):15-20. doi:10.1016/j.jbmt.2020.02.001",
    finding: "In 45 people with back pain, twelve sessions of stretching or of strengthening did not significantly change pelvic tilt.",
};
pub const BREKKE_2020: Source = Source {
    key: "Brekke 2020",
    reference: "Brekke AF, Overgaard S, Hr\u{f3}bjartsson A, Holsgaard-Larsen A. Non-surgical interventions for excessive anterior pelvic tilt in symptomatic and non-symptomatic adults: a systematic review. EFORT Open Reviews. 2020;5(1):37-45. doi:10.1302/2058-5241.5.190017",
    finding: "The certainty of the evidence is very low; the best trial reduced forward tilt by less than 2 degrees.",
};
pub const NICE_NG59: Source = Source {
    key: "NICE NG59",
    reference: "National Institute for Health and Care Excellence. Low back pain and sciatica in over 16s: assessment and management. NICE guideline NG59. London: NICE; 2016, updated 2020. https://www.nice.org.uk/guidance/ng59",
    finding: "Stay active; a structured exercise programme helps; manual therapy such as massage only together with exercise; no routine scans.",
};
pub const NHS_BACK_PAIN: Source = Source {
    key: "NHS.uk, back pain",
    reference: "NHS. Back pain: when to get help. https://www.nhs.uk/conditions/back-pain/",
    finding: "Call 999 or go to A&E with back pain and pain, tingling, weakness or numbness in both legs, numbness around the genitals or bottom, new bladder or bowel problems, or chest pain; ask for an urgent GP appointment or call 111 for weight loss, night pain, a fever or a lump.",
};
pub const NICE_NG234: Source = Source {
    key: "NICE NG234",
    reference: "National Institute for Health and Care Excellence. Spinal metastases and metastatic spinal cord compression. NICE guideline NG234. London: NICE; 2023. https://www.nice.org.uk/guidance/ng234",
    finding: "Back pain with new nerve symptoms (weakness, numbness, unsteadiness, bladder or bowel changes) in someone who has had cancer needs assessment straight away.",
};
pub const BROOKE_WAVELL_2022: Source = Source {
    key: "ROS (Brooke-Wavell 2022)",
    reference: "Brooke-Wavell K, Skelton DA, Barker KL, Clark EM, De Biase S, Arnold S, Paskins Z, Robinson KR, Lewis RM, Tobias JH, Ward KA, Whitney J, Leyland S. Strong, steady and straight: UK consensus statement on physical activity and exercise for osteoporosis. British Journal of Sports Medicine. 2022;56(15):837-46. doi:10.1136/bjsports-2021-104634 (with the Royal Osteoporosis Society)",
    finding: "People with osteoporosis should do strengthening, impact and balance exercise, and avoid postures with a high degree of spinal flexion, in exercise and in daily life.",
};
pub const NHS_RED_FLAGS: Source = Source {
    key: "NHS red flags",
    reference: "NHS Gloucestershire (G-care). Red flags for spinal conditions. https://g-care.glos.nhs.uk/pathway/71/resource/3; and NICE Clinical Knowledge Summaries. Back pain - low (without radiculopathy). https://cks.nice.org.uk (not confirmed: the page itself could not be checked)",
    finding: "The warning signs with back pain that need a doctor, and how urgently: the bladder, bowel and saddle signs of cauda equina syndrome straight away; infection, a fracture or cancer to be ruled out.",
};
pub const GARBER_2011: Source = Source {
    key: "ACSM (Garber 2011)",
    reference: "Garber CE, Blissmer B, Deschenes MR, Franklin BA, Lamonte MJ, Lee IM, Nieman DC, Swain DP; American College of Sports Medicine. Quantity and quality of exercise for developing and maintaining cardiorespiratory, musculoskeletal, and neuromotor fitness in apparently healthy adults: guidance for prescribing exercise. Medicine and Science in Sports and Exercise. 2011;43(7):1334-59. doi:10.1249/MSS.0b013e318213fefb",
    finding: "Stretch each major muscle group on at least 2 days a week, about 60 seconds per stretch in all, holding 10 to 30 seconds (30 to 60 for older adults); strengthen on 2 to 3 days a week.",
};
pub const WHO_2020: Source = Source {
    key: "WHO 2020",
    reference: "Bull FC, Al-Ansari SS, Biddle S, Borodulin K, Buman MP, Cardon G, et al. World Health Organization 2020 guidelines on physical activity and sedentary behaviour. British Journal of Sports Medicine. 2020;54(24):1451-62. doi:10.1136/bjsports-2020-102955",
    finding: "Adults: 150 to 300 minutes of moderate activity a week, muscle strengthening on 2 or more days, and less time sitting.",
};
pub const UK_CMO_2019: Source = Source {
    key: "UK CMOs 2019",
    reference: "UK Chief Medical Officers. UK Chief Medical Officers' Physical Activity Guidelines. Department of Health and Social Care; 7 September 2019. https://www.gov.uk/government/publications/physical-activity-guidelines-uk-chief-medical-officers-report",
    finding: "Adults: at least 150 minutes of moderate activity a week, strength on at least 2 days, and minimise sedentary time by breaking up periods of inactivity; older adults: balance activities on 2 days a week.",
};
pub const NHS_PREGNANCY: Source = Source {
    key: "NHS, exercise in pregnancy",
    reference: "NHS. Exercise in pregnancy. https://www.nhs.uk/pregnancy/keeping-well/exercise/ (the advice was confirmed through NHS-derived pages; the nhs.uk page itself could not be checked)",
    finding: "Do not lie flat on your back for long, particularly after 16 weeks: the bump presses on a main blood vessel and can make you feel faint.",
};
pub const HIP_PRECAUTIONS: Source = Source {
    key: "NHS hip precautions",
    reference: "Leeds Teaching Hospitals NHS Trust. Total hip replacement: a guide to your rehabilitation (patient leaflet); NHS. Hip replacement: recovery. https://www.nhs.uk/conditions/hip-replacement/recovery/",
    finding: "For weeks after a hip replacement: do not bend the hip past 90 degrees, cross the legs or twist the leg; the surgeon decides when this ends.",
};

pub const POSTUREPRINT_2007: Source = Source {
    key: "PosturePrint 2007",
    reference: "Three dimensional evaluation of posture in standing with the PosturePrint: an intra- and inter-examiner reliability study. Chiropractic & Osteopathy. 2007;15:15. doi:10.1186/1746-1340-15-15 (the authors could not be confirmed from the stored copy)",
    finding: "Three examiners put markers on 40 people, took side photos and marked the points twice: every rotation measured this way had a standard error of 2.7 degrees or less, and examiners differed by 3.5 degrees or less on average.",
};

/// The sources behind the figure's numbers and the photo measure.
pub const MODEL_SOURCES: [Source; 6] = [PREECE_2008, HERRINGTON_2011, LEVINE_WHITTLE_1996, YUKAWA_2019, ROACH_2015, POSTUREPRINT_2007];

/// The sources behind "How sure is this?".
pub const WEAK_LINK_SOURCES: [Source; 5] = [HEINO_1990, YOUDAS_1996, LEVINE_1997, SHAMSI_2020, BREKKE_2020];

/// The sources behind the plan and the safety screen.
pub const PLAN_SOURCES: [Source; 10] =
    [NICE_NG59, NHS_BACK_PAIN, NHS_RED_FLAGS, NICE_NG234, GARBER_2011, WHO_2020, UK_CMO_2019, NHS_PREGNANCY, HIP_PRECAUTIONS, BROOKE_WAVELL_2022];
