//! The safety screen: what is asked before any exercise is offered, and what each answer does.
//!
//! Every red-flag question routes to exactly one tier of urgency, with its own action. Other
//! answers do not stop the plan: cautions change it (see `plan.rs`), pain that has not eased
//! asks for a review, and the page is not written for under-16s.
//!
//! Sources: NHS.uk "Back pain" (the public 999 and urgent lists these tiers match), the
//! red-flag lists of NHS primary-care back-pain pathways (NICE CKS "Back pain - low (without
//! radiculopathy)"; NHS Gloucestershire "Red flags for spinal conditions") for what to ask;
//! NICE NG234 (spinal metastases: neurological symptoms with a history of cancer are an
//! emergency); NICE NG59 for what to offer. Red flags have high false-positive rates, so the
//! words are calm and never a diagnosis.

/// How urgently to get help, least urgent first so that `max` picks the most urgent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    /// A GP appointment within the next few days.
    Soon,
    /// NHS 111 or the GP today.
    SameDay,
    /// A&E or 999 now: possible cauda equina syndrome, a heart or blood-vessel cause, a
    /// major injury, or nerve signs with a history of cancer.
    Emergency,
}

impl Tier {
    pub const ALL: [Tier; 3] = [Tier::Emergency, Tier::SameDay, Tier::Soon];

    pub fn heading(self) -> &'static str {
        match self {
            Tier::Emergency => "Go to A&E or call 999 now",
            Tier::SameDay => "Get medical help today",
            Tier::Soon => "Ask your GP for an urgent appointment",
        }
    }

    pub fn text(self) -> &'static str {
        match self {
            Tier::Emergency => "Together with back pain, these can be signs that the nerves at the base of the spine are being squeezed (cauda equina syndrome). It is rare, but it needs checking in hospital straight away. Do not wait to see if it settles, and do not start the exercises.",
            Tier::SameDay => "Back pain with this needs a doctor or nurse to check it today: call NHS 111 or your GP. Please leave the new exercises until you have been seen; keep moving gently as the pain allows.",
            Tier::Soon => "With back pain, these need a doctor to check them before you start a new exercise plan. Most people turn out not to have anything serious, but it should be checked. Ask your GP practice for an urgent appointment (tell them it is back pain with the item you ticked); if you cannot get one within a few days, call NHS 111. Until then, keep moving gently: walking and your usual activities are fine. Leave the new exercises until you have been seen. You can print this page to take with you.",
        }
    }

    /// A short key for test ids and styles.
    pub fn key(self) -> &'static str {
        match self {
            Tier::Emergency => "emergency",
            Tier::SameDay => "same-day",
            Tier::Soon => "soon",
        }
    }
}

/// A red-flag question. Each routes to exactly one tier (`tier`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RedFlag {
    BladderOrBowel,
    SaddleNumbness,
    SexualDysfunction,
    BothLegsWeakOrNumb,
    ChestOrTummyPain,
    OneLegWeakOrNumb,
    FeverOrUnwell,
    ImmuneOrInjecting,
    MajorInjury,
    HistoryOfCancer,
    UnexplainedWeightLoss,
    NightPain,
    NewPainUnder20OrOver50,
    MinorFallWithFragileBones,
}

impl RedFlag {
    pub const ALL: [RedFlag; 14] = [
        RedFlag::BladderOrBowel,
        RedFlag::SaddleNumbness,
        RedFlag::SexualDysfunction,
        RedFlag::BothLegsWeakOrNumb,
        RedFlag::ChestOrTummyPain,
        RedFlag::OneLegWeakOrNumb,
        RedFlag::FeverOrUnwell,
        RedFlag::ImmuneOrInjecting,
        RedFlag::MajorInjury,
        RedFlag::HistoryOfCancer,
        RedFlag::UnexplainedWeightLoss,
        RedFlag::NightPain,
        RedFlag::NewPainUnder20OrOver50,
        RedFlag::MinorFallWithFragileBones,
    ];

    pub fn question(self) -> &'static str {
        match self {
            RedFlag::BladderOrBowel => "New difficulty starting to pee or emptying your bladder, not feeling when it is full, leaking, or not being able to control your bladder or bowels",
            RedFlag::SaddleNumbness => "Numbness or tingling around your genitals, back passage or inner thighs, or a change in feeling when you wipe after the toilet (the saddle area)",
            RedFlag::SexualDysfunction => "New problems with sexual function, such as loss of sensation",
            RedFlag::BothLegsWeakOrNumb => "Pain, tingling, numbness or weakness in both legs, or numbness or weakness in a leg that is getting quickly worse",
            RedFlag::ChestOrTummyPain => "Chest pain, or sudden severe pain in your tummy and back",
            RedFlag::OneLegWeakOrNumb => "New or worsening weakness in one leg or foot (for example, the foot catching or slapping as you walk), or numbness in a leg that is spreading or getting worse",
            RedFlag::FeverOrUnwell => "A high temperature, chills, or feeling generally very unwell",
            RedFlag::ImmuneOrInjecting => "A weakened immune system (from an illness or medicines such as chemotherapy), or you inject drugs",
            RedFlag::MajorInjury => "The pain started after a major injury, such as a fall from a height or a road accident",
            RedFlag::HistoryOfCancer => "You have had cancer (at any time), and this back pain is new or different from your usual",
            RedFlag::UnexplainedWeightLoss => "You have lost weight without trying",
            RedFlag::NightPain => "Constant pain at night that does not ease when you change position",
            RedFlag::NewPainUnder20OrOver50 => "This back pain is new, and you are under 20 or over 50",
            RedFlag::MinorFallWithFragileBones => {
                "The pain started after a minor fall or strain, and you have osteoporosis (thin bones) or take steroid tablets long term"
            }
        }
    }

    /// Exactly one tier per question.
    pub fn tier(self) -> Tier {
        match self {
            RedFlag::BladderOrBowel
            | RedFlag::SaddleNumbness
            | RedFlag::SexualDysfunction
            | RedFlag::BothLegsWeakOrNumb
            | RedFlag::ChestOrTummyPain
            | RedFlag::MajorInjury => Tier::Emergency,
            RedFlag::OneLegWeakOrNumb | RedFlag::FeverOrUnwell | RedFlag::ImmuneOrInjecting => Tier::SameDay,
            RedFlag::HistoryOfCancer
            | RedFlag::UnexplainedWeightLoss
            | RedFlag::NightPain
            | RedFlag::NewPainUnder20OrOver50
            | RedFlag::MinorFallWithFragileBones => Tier::Soon,
        }
    }

    /// What to do about this answer, in words.
    pub fn action(self) -> &'static str {
        match self {
            RedFlag::ChestOrTummyPain => "Call 999 now. Do not drive yourself.",
            RedFlag::MajorInjury => {
                "Go to A&E now. If you cannot move safely, or have numbness, tingling or weakness in your arms or legs, stay still and call 999."
            }
            RedFlag::HistoryOfCancer => {
                "Ask your GP for an urgent appointment and mention your cancer history. If you are under a cancer team, call their 24-hour helpline instead."
            }
            RedFlag::MinorFallWithFragileBones => {
                "Ask your GP for an urgent appointment: a fall with thin bones can crack a bone in the spine, which a doctor may want to check."
            }
            _ => match self.tier() {
                Tier::Emergency => "Go to A&E or call 999 now.",
                Tier::SameDay => "Call NHS 111 or your GP today.",
                Tier::Soon => "Ask your GP for an urgent appointment.",
            },
        }
    }

    /// The explanation of an emergency that is not about the nerves at the base of the spine,
    /// shown instead of (or beside) the tier's own text.
    pub fn own_text(self) -> Option<&'static str> {
        match self {
            RedFlag::ChestOrTummyPain => Some("With back pain, this can come from the heart or a major blood vessel. Call 999 now. Do not drive yourself."),
            RedFlag::MajorInjury => Some("After a major injury, back pain needs checking in hospital now, in case a bone in the spine is broken."),
            _ => None,
        }
    }

    /// A short stable key, for storage and test ids.
    pub fn key(self) -> &'static str {
        match self {
            RedFlag::BladderOrBowel => "bladder-bowel",
            RedFlag::SaddleNumbness => "saddle",
            RedFlag::SexualDysfunction => "sexual",
            RedFlag::BothLegsWeakOrNumb => "both-legs",
            RedFlag::ChestOrTummyPain => "chest",
            RedFlag::OneLegWeakOrNumb => "one-leg",
            RedFlag::FeverOrUnwell => "fever",
            RedFlag::ImmuneOrInjecting => "immune",
            RedFlag::MajorInjury => "major-injury",
            RedFlag::HistoryOfCancer => "cancer",
            RedFlag::UnexplainedWeightLoss => "weight-loss",
            RedFlag::NightPain => "night-pain",
            RedFlag::NewPainUnder20OrOver50 => "age",
            RedFlag::MinorFallWithFragileBones => "fragile-bones",
        }
    }
}

/// Something about the person that changes the plan instead of stopping it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Caution {
    HipSurgery,
    Osteoporosis,
    Pregnancy,
    Postnatal,
    RecentSurgeryOrInjury,
    LegSymptoms,
    KneeProblems,
    Age65Plus,
}

impl Caution {
    pub const ALL: [Caution; 8] = [
        Caution::HipSurgery,
        Caution::Osteoporosis,
        Caution::Pregnancy,
        Caution::Postnatal,
        Caution::RecentSurgeryOrInjury,
        Caution::LegSymptoms,
        Caution::KneeProblems,
        Caution::Age65Plus,
    ];

    pub fn question(self) -> &'static str {
        match self {
            Caution::HipSurgery => "You have had a hip replacement or other hip surgery",
            Caution::Osteoporosis => "You have osteoporosis (thin bones), or have broken a bone in your spine",
            Caution::Pregnancy => "You are pregnant",
            Caution::Postnatal => "You have had a baby in the last six months",
            Caution::RecentSurgeryOrInjury => {
                "You have had an operation in the last three months, or a new injury elsewhere (a sprain, strain or broken bone) in the last six weeks"
            }
            Caution::LegSymptoms => "Pain, tingling or numbness down one leg (sciatica) that is steady or easing, with no weakness",
            Caution::KneeProblems => "You have knee problems: kneeling or deep knee bends hurt",
            Caution::Age65Plus => "You are 65 or older",
        }
    }

    /// "Because you ...": the start of every reason this caution gives.
    pub fn because(self) -> &'static str {
        match self {
            Caution::HipSurgery => "Because you have had hip surgery",
            Caution::Osteoporosis => "Because you have thin bones",
            Caution::Pregnancy => "Because you are pregnant",
            Caution::Postnatal => "Because you have had a baby recently",
            Caution::RecentSurgeryOrInjury => "Because you have had a recent operation or injury",
            Caution::LegSymptoms => "Because pain or tingling spreads down your leg",
            Caution::KneeProblems => "Because kneeling or deep knee bends hurt",
            Caution::Age65Plus => "Because you are 65 or older",
        }
    }

    /// Advice shown once for this caution, beside the plan.
    pub fn advice(self) -> &'static str {
        match self {
            Caution::HipSurgery => "Ask your surgeon or physiotherapist before doing any hip stretch: after hip surgery some movements (bending the hip past a right angle, crossing the legs, turning the leg in or out) can be unsafe for a time. The plan keeps only exercises that avoid them.",
            Caution::Osteoporosis => "With thin bones, bending your back far forward, especially pulling with a strap or folding over your legs, is best avoided. Bend from the hips with your back straight instead. Strengthening exercises and walking are good for your bones. The plan offers no harder versions. Your GP or a physiotherapist can tailor the plan, and the Royal Osteoporosis Society has exercise advice.",
            Caution::Pregnancy => "Lying flat on your back for long is best avoided after about 16 weeks of pregnancy, so those exercises are swapped for side-lying, all-fours or seated versions, and the plank is done with your knees down: stop if your tummy bulges or domes down the middle. Stretch gently, only to mild tension. If you have pain at the front or back of your pelvis (pelvic girdle pain), keep your knees together when you move, leave out the lunge, clam and figure-of-four stretches, and ask your midwife about a pelvic health physiotherapist. Stop and contact your midwife or maternity unit straight away if you have bleeding from the vagina, fluid leaking, chest pain, feel dizzy or faint, have pain or swelling in a calf, regular painful tightenings, or your baby is moving less.",
            Caution::Postnatal => "Walking and pelvic floor exercises can start when you feel ready. Wait until your 6-week postnatal check before the plank and harder core work. After a caesarean, also tick \u{201c}an operation in the last three months\u{201d}. If your tummy bulges down the middle when you lift your head, ask your GP or health visitor about a pelvic health physiotherapist.",
            Caution::RecentSurgeryOrInjury => "Check with your surgeon or therapist before you start. Until then the plan offers only gentle movement and walking. Tell the clinic about your operation or injury when you book: massage near a recent wound or new injury waits until it has healed.",
            Caution::LegSymptoms => "Pain spreading down a leg is worth having assessed by a GP or physiotherapist. The plan uses a lying hamstring stretch with the knee bent, and an upright figure-of-four. Stop any exercise that makes the leg symptoms spread further. If it spreads to both legs, or you notice numbness around your genitals or back passage, or changes when you pee or poo, go to A&E or call 999 now.",
            Caution::KneeProblems => "Kneeling and deep knee bends are swapped for standing or seated versions.",
            Caution::Age65Plus => "Stretches are held for longer and more gently, and strengthening sets have more, lighter repetitions (ACSM guidance for older adults).",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Caution::HipSurgery => "hip-surgery",
            Caution::Osteoporosis => "osteoporosis",
            Caution::Pregnancy => "pregnancy",
            Caution::Postnatal => "postnatal",
            Caution::RecentSurgeryOrInjury => "recent-surgery",
            Caution::LegSymptoms => "leg-symptoms",
            Caution::KneeProblems => "knee",
            Caution::Age65Plus => "age-65",
        }
    }
}

/// Words about the questions that are neither red flags nor cautions.
pub const UNDER_16_QUESTION: &str = "You are under 16";
pub const UNDER_16_KEY: &str = "under-16";
pub const NO_BETTER_QUESTION: &str = "Your pain has not improved after four to six weeks";
pub const NO_BETTER_KEY: &str = "no-better";
pub const NONE_APPLY: &str = "None of these apply to me";
pub const NONE_APPLY_KEY: &str = "none";
pub const NO_RED_FLAGS: &str = "I have none of these";
pub const NO_RED_FLAGS_KEY: &str = "no-flags";
/// Before each guided session: one line to re-check the warning signs.
pub const RECHECK: &str = "Since you last answered: any new numbness or weakness, bladder or bowel changes, or a high temperature?";
pub const RECHECK_NO: &str = "No, start";
pub const RECHECK_YES: &str = "Yes, check my answers";
/// How long stored answers stand before the page asks again.
pub const ASK_AGAIN_AFTER_DAYS: i64 = 28;
pub const ASK_AGAIN: &str = "It is four weeks since you answered the safety questions: please check them again. Your ticks are kept.";
pub const ALREADY_CHECKED: &str = "I have already seen a doctor or physiotherapist about this back pain, and they said exercise is fine.";
pub const ALREADY_CHECKED_KEY: &str = "checked";
/// Above the plan when "already checked" lifted the GP-soon advice.
pub const CHECKED_SAFETY_NET: &str = "Because you have been checked, your plan is shown. If anything changes (pain at night that does not ease, weight loss, numbness or weakness, or any of the warning signs above), see your GP again.";

pub const SCREEN_HEADING: &str = "Before your plan: a few safety questions";
pub const SCREEN_INTRO: &str = "Tick any that apply to you now. Under the warning signs, tick \u{201c}I have none of these\u{201d} if none do, and at the end \u{201c}None of these apply to me\u{201d} if nothing else does. Your plan appears once you have answered. Your answers stay on this device: they are never put in a share link or QR code, and \u{201c}Forget my data\u{201d} removes them.";
pub const RED_FLAGS_LEGEND: &str = "Do you have back pain, or pain down your legs, together with any of these?";
pub const CAUTIONS_LEGEND: &str = "Anything that changes the exercises?";
pub const OTHER_LEGEND: &str = "About your pain and age";
pub const SCREEN_WAITING: &str = "Answer the questions above to see your plan.";
pub const RED_FLAG_SOURCE: &str = "Questions from NHS.uk (Back pain: when to get help) and the red-flag lists used in NHS back-pain pathways (NICE CKS, Back pain - low; NHS Gloucestershire, Red flags for spinal conditions), with NICE guideline NG234 for nerve symptoms after cancer. Advice on treatment from NICE guideline NG59.";

pub const UNDER_16_HEADING: &str = "This page is written for adults";
pub const UNDER_16_TEXT: &str = "The advice here comes from guidance for people aged 16 and over. Back pain in children and young people should be checked by a GP or a physiotherapist, who can suggest exercises that suit you. Please show this to a parent or carer.";

pub const REVIEW_HEADING: &str = "Ask for a review";
pub const REVIEW_TEXT: &str = "Pain that has not eased after four to six weeks is common, and keeping active with exercise is still what NICE recommends. Ask your GP or a physiotherapist to review your back. Meanwhile, start with the easier version of each exercise (shown on each card) and build up slowly; ease off anything that makes the pain worse.";

pub const ANSWERS_UNREADABLE: &str = "Your saved safety answers could not be read, so please answer the questions again. A copy was kept aside on this device.";

pub fn answers_partly_read(unknown: &[String]) -> String {
    format!("Some of your saved safety answers were not recognised ({}) and were left out. Please check your answers below.", unknown.join(", "))
}

/// The footer's short version of the screen, for every page.
pub const FOOTER_SAFETY: &str = "General information, not a diagnosis or a substitute for seeing a professional. Back pain with pain, tingling, numbness or weakness in both legs, numbness around the genitals or back passage, new bladder, bowel or sexual problems, or chest pain: go to A&E or call 999 now. Weakness in one leg, a high temperature or feeling very unwell: call NHS 111 or your GP today.";

/// The person's answers. Kept on this device only (see `state::screening_store`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Screening {
    /// Ticked red flags, sorted, each once.
    pub red_flags: Vec<RedFlag>,
    /// Ticked cautions, sorted, each once.
    pub cautions: Vec<Caution>,
    pub under_16: bool,
    pub no_better_after_weeks: bool,
    /// "I have none of these" under the red flags: required (or a red-flag tick) before any
    /// plan. Cleared by a red-flag tick.
    pub no_red_flags: bool,
    /// "None of these apply to me" under the other questions and the cautions: an answer in
    /// itself. Cleared by any of their ticks.
    pub none_apply: bool,
    /// "I have already seen a doctor or physiotherapist about this back pain, and they said
    /// exercise is fine": offered under the GP-soon advice only, and lifts only that tier.
    pub already_checked: bool,
}

/// One tickable answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    Flag(RedFlag),
    Caution(Caution),
    Under16,
    NoBetter,
    NoneApply,
    /// "I have none of these", under the red flags.
    NoRedFlags,
    /// Offered under the GP-soon advice only; not part of the screen's list.
    AlreadyChecked,
}

impl Answer {
    /// Every answer, in the order the screen shows them.
    pub fn all() -> Vec<Answer> {
        let mut out: Vec<Answer> = RedFlag::ALL.iter().map(|&f| Answer::Flag(f)).collect();
        out.push(Answer::NoRedFlags);
        out.push(Answer::NoBetter);
        out.push(Answer::Under16);
        out.extend(Caution::ALL.iter().map(|&c| Answer::Caution(c)));
        out.push(Answer::NoneApply);
        out
    }

    pub fn key(self) -> &'static str {
        match self {
            Answer::Flag(f) => f.key(),
            Answer::Caution(c) => c.key(),
            Answer::Under16 => UNDER_16_KEY,
            Answer::NoBetter => NO_BETTER_KEY,
            Answer::NoneApply => NONE_APPLY_KEY,
            Answer::NoRedFlags => NO_RED_FLAGS_KEY,
            Answer::AlreadyChecked => ALREADY_CHECKED_KEY,
        }
    }

    pub fn from_key(key: &str) -> Option<Answer> {
        if key == ALREADY_CHECKED_KEY {
            return Some(Answer::AlreadyChecked);
        }
        Answer::all().into_iter().find(|a| a.key() == key)
    }

    pub fn question(self) -> &'static str {
        match self {
            Answer::Flag(f) => f.question(),
            Answer::Caution(c) => c.question(),
            Answer::Under16 => UNDER_16_QUESTION,
            Answer::NoBetter => NO_BETTER_QUESTION,
            Answer::NoneApply => NONE_APPLY,
            Answer::NoRedFlags => NO_RED_FLAGS,
            Answer::AlreadyChecked => ALREADY_CHECKED,
        }
    }
}

impl Screening {
    /// Nothing ticked anywhere: "I have none of these" and "None of these apply to me".
    pub fn none_at_all() -> Screening {
        Screening { no_red_flags: true, none_apply: true, ..Screening::default() }
    }

    /// The red flags answered: one ticked, or "I have none of these".
    pub fn red_flags_answered(&self) -> bool {
        self.no_red_flags || !self.red_flags.is_empty()
    }

    /// The rest answered: a caution or other question ticked, or "None of these apply to me".
    pub fn rest_answered(&self) -> bool {
        self.none_apply || !self.cautions.is_empty() || self.under_16 || self.no_better_after_weeks
    }

    /// Answered: both parts (a red-flag tick alone already stops the plan; see
    /// `plan::stopped_by_screen`).
    pub fn answered(&self) -> bool {
        self.red_flags_answered() && self.rest_answered()
    }

    /// Something to keep on the device: any tick or "none".
    pub fn anything(&self) -> bool {
        self.no_red_flags || self.none_apply || !self.ticked().is_empty()
    }

    /// The same ticks with both "none" answers and "already checked" asked again: what is
    /// kept when the answers are four weeks old (clinical review round 2, S14).
    pub fn to_confirm_again(&self) -> Screening {
        Screening { no_red_flags: false, none_apply: false, already_checked: false, ..self.clone() }
    }

    pub fn is_ticked(&self, a: Answer) -> bool {
        match a {
            Answer::Flag(f) => self.red_flags.contains(&f),
            Answer::Caution(c) => self.cautions.contains(&c),
            Answer::Under16 => self.under_16,
            Answer::NoBetter => self.no_better_after_weeks,
            Answer::NoneApply => self.none_apply,
            Answer::NoRedFlags => self.no_red_flags,
            Answer::AlreadyChecked => self.already_checked,
        }
    }

    /// Every ticked answer except the two "none" answers, in screen order.
    pub fn ticked(&self) -> Vec<Answer> {
        Answer::all().into_iter().filter(|&a| !matches!(a, Answer::NoneApply | Answer::NoRedFlags) && self.is_ticked(a)).collect()
    }

    /// Ticks or unticks one answer. Each part's "none" and that part's ticks exclude each
    /// other: "I have none of these" and the red flags; "None of these apply to me" and the
    /// other questions and cautions.
    pub fn toggle(&self, a: Answer) -> Screening {
        let on = !self.is_ticked(a);
        let mut next = self.clone();
        match a {
            Answer::NoRedFlags => {
                next.no_red_flags = on;
                if on {
                    next.red_flags.clear();
                    next.already_checked = false;
                }
            }
            Answer::NoneApply => {
                next.none_apply = on;
                if on {
                    next.cautions.clear();
                    next.under_16 = false;
                    next.no_better_after_weeks = false;
                }
            }
            Answer::Flag(f) => {
                set_member(&mut next.red_flags, f, on);
                next.no_red_flags = false;
                // A new warning sign has not been checked yet.
                if on {
                    next.already_checked = false;
                }
            }
            Answer::Caution(c) => {
                set_member(&mut next.cautions, c, on);
                next.none_apply = false;
            }
            Answer::Under16 => {
                next.under_16 = on;
                next.none_apply = false;
            }
            Answer::NoBetter => {
                next.no_better_after_weeks = on;
                next.none_apply = false;
            }
            Answer::AlreadyChecked => next.already_checked = on,
        }
        next
    }

    pub fn has(&self, c: Caution) -> bool {
        self.cautions.contains(&c)
    }

    /// Space-separated keys of the ticked answers (and "none"), for storage.
    pub fn to_keys(&self) -> String {
        let mut keys: Vec<&str> = self.ticked().iter().map(|a| a.key()).collect();
        if self.already_checked {
            keys.push(ALREADY_CHECKED_KEY);
        }
        if self.no_red_flags {
            keys.push(NO_RED_FLAGS_KEY);
        }
        if self.none_apply {
            keys.push(NONE_APPLY_KEY);
        }
        keys.join(" ")
    }

    /// Reads `to_keys` back. Unknown keys are returned apart, never a panic. A "none" beside a
    /// tick of its part is contradictory: the ticks win (the safer reading).
    pub fn from_keys(text: &str) -> (Screening, Vec<String>) {
        let mut s = Screening::default();
        let mut unknown = Vec::new();
        let (mut none, mut no_flags, mut checked) = (false, false, false);
        for key in text.split_whitespace() {
            match Answer::from_key(key) {
                Some(Answer::NoneApply) => none = true,
                Some(Answer::NoRedFlags) => no_flags = true,
                Some(Answer::AlreadyChecked) => checked = true,
                Some(a) if !s.is_ticked(a) => s = s.toggle(a),
                Some(_) => {}
                None => unknown.push(key.chars().take(40).collect()),
            }
        }
        s.none_apply = none && !s.rest_answered();
        s.no_red_flags = no_flags && s.red_flags.is_empty();
        s.already_checked = checked && !s.red_flags.is_empty();
        (s, unknown)
    }
}

fn set_member<T: Ord + Copy>(v: &mut Vec<T>, x: T, on: bool) {
    match (v.binary_search(&x), on) {
        (Err(k), true) => v.insert(k, x),
        (Ok(k), false) => {
            v.remove(k);
        }
        _ => {}
    }
}

/// What to tell someone who ticked one or more red flags.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SafetyAdvice {
    /// The most urgent tier among the ticks (an emergency for nerve signs after cancer).
    pub tier: Tier,
    /// Every ticked red flag, most urgent first.
    pub ticked: Vec<RedFlag>,
}

/// Nerve signs in someone who has had cancer (NICE NG234: possible spinal metastases).
pub const CANCER_AND_NERVES: &str = "With a history of cancer, new numbness, weakness or unsteadiness needs checking in hospital now: go to A&E or call your cancer team\u{2019}s 24-hour line.";

impl SafetyAdvice {
    pub fn heading(&self) -> &'static str {
        self.tier.heading()
    }

    /// The explanations to show, in order: the tier's own text when a tick of that tier has
    /// none of its own (chest pain and a major injury have theirs), each tick's own text, and
    /// the cancer line when a history of cancer comes with nerve signs.
    pub fn texts(&self) -> Vec<&'static str> {
        let top: Vec<RedFlag> = self.ticked.iter().copied().filter(|f| f.tier() == self.tier).collect();
        let mut out = Vec::new();
        if top.iter().any(|f| f.own_text().is_none()) {
            out.push(self.tier.text());
        }
        out.extend(top.iter().filter_map(|f| f.own_text()));
        if cancer_with_nerve_signs(&self.ticked) {
            out.push(CANCER_AND_NERVES);
        }
        if out.is_empty() {
            out.push(self.tier.text());
        }
        out
    }
}

fn cancer_with_nerve_signs(ticked: &[RedFlag]) -> bool {
    ticked.contains(&RedFlag::HistoryOfCancer) && ticked.iter().any(|f| matches!(f, RedFlag::OneLegWeakOrNumb | RedFlag::BothLegsWeakOrNumb))
}

/// None when no red flag is ticked; otherwise the advice for the most urgent one.
pub fn advice(ticked: &[RedFlag]) -> Option<SafetyAdvice> {
    let most = ticked.iter().map(|f| f.tier()).max()?;
    let tier = if cancer_with_nerve_signs(ticked) { Tier::Emergency } else { most };
    let mut ticked = ticked.to_vec();
    super::order::sort_by(&mut ticked, |a, b| b.tier().cmp(&a.tier()).then(a.cmp(b)));
    ticked.dedup();
    Some(SafetyAdvice { tier, ticked })
}
