//! The safety screen: what is asked before any exercise is offered, and what each answer does.
//!
//! Every red-flag question routes to exactly one tier of urgency, with its own action. Other
//! answers do not stop the plan: cautions change it (see `plan.rs`), pain that has not eased
//! asks for a review, and the page is not written for under-16s.
//!
//! Sources: the red-flag lists of NHS primary-care back-pain pathways (NICE CKS "Back pain -
//! low (without radiculopathy)"; NHS Gloucestershire "Red flags for spinal conditions") for
//! what to ask; NICE NG59 for what to offer. Red flags have high false-positive rates, so the
//! words are calm and never a diagnosis.

/// How urgently to get help, least urgent first so that `max` picks the most urgent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    /// A GP appointment within the next few days.
    Soon,
    /// NHS 111 or the GP today.
    SameDay,
    /// A&E or 999 now: possible cauda equina syndrome.
    Emergency,
}

impl Tier {
    pub const ALL: [Tier; 3] = [Tier::Emergency, Tier::SameDay, Tier::Soon];

    pub fn heading(self) -> &'static str {
        match self {
            Tier::Emergency => "Go to A&E or call 999 now",
            Tier::SameDay => "Get medical help today",
            Tier::Soon => "Book to see your GP in the next few days",
        }
    }

    pub fn text(self) -> &'static str {
        match self {
            Tier::Emergency => "Together with back pain, these can be signs that the nerves at the base of the spine are being squeezed (cauda equina syndrome). It is rare, but it needs checking in hospital straight away. Do not wait to see if it settles, and do not start the exercises.",
            Tier::SameDay => "Back pain with this needs a doctor or nurse to check it today: call NHS 111 or your GP, or go to A&E after a major injury. Most of the time it turns out to be something simple, but it should not wait. Please leave the exercises until you have been seen.",
            Tier::Soon => "These are common and usually not serious, but with back pain a doctor should check them before you start an exercise plan. Please leave the exercises until you have been seen; you can bring this page with you.",
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
    pub const ALL: [RedFlag; 13] = [
        RedFlag::BladderOrBowel,
        RedFlag::SaddleNumbness,
        RedFlag::SexualDysfunction,
        RedFlag::BothLegsWeakOrNumb,
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
            RedFlag::BladderOrBowel => "New problems passing urine, or controlling your bladder or bowels",
            RedFlag::SaddleNumbness => "Numbness or tingling around your genitals or back passage (the saddle area)",
            RedFlag::SexualDysfunction => "New problems with sexual function, such as loss of sensation",
            RedFlag::BothLegsWeakOrNumb => "Weakness or numbness in both legs, or weakness or numbness in a leg that is getting quickly worse",
            RedFlag::OneLegWeakOrNumb => "New or worsening weakness or numbness in one leg or foot (for example, the foot catching or slapping as you walk)",
            RedFlag::FeverOrUnwell => "A high temperature, chills, or feeling generally very unwell",
            RedFlag::ImmuneOrInjecting => "A weakened immune system (from an illness or medicines such as chemotherapy), or you inject drugs",
            RedFlag::MajorInjury => "The pain started after a major injury, such as a fall from a height or a road accident",
            RedFlag::HistoryOfCancer => "You have had cancer",
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
            RedFlag::BladderOrBowel | RedFlag::SaddleNumbness | RedFlag::SexualDysfunction | RedFlag::BothLegsWeakOrNumb => Tier::Emergency,
            RedFlag::OneLegWeakOrNumb | RedFlag::FeverOrUnwell | RedFlag::ImmuneOrInjecting | RedFlag::MajorInjury => Tier::SameDay,
            RedFlag::HistoryOfCancer
            | RedFlag::UnexplainedWeightLoss
            | RedFlag::NightPain
            | RedFlag::NewPainUnder20OrOver50
            | RedFlag::MinorFallWithFragileBones => Tier::Soon,
        }
    }

    /// What to do about this answer, in words.
    pub fn action(self) -> &'static str {
        match self.tier() {
            Tier::Emergency => "Go to A&E or call 999 now.",
            Tier::SameDay if self == RedFlag::MajorInjury => "Go to A&E today, or call 999 if you cannot move safely.",
            Tier::SameDay => "Call NHS 111 or your GP today.",
            Tier::Soon if self == RedFlag::MinorFallWithFragileBones => "See your GP in the next few days: a fall with thin bones can cause a small fracture.",
            Tier::Soon => "See your GP in the next few days.",
        }
    }

    /// A short stable key, for storage and test ids.
    pub fn key(self) -> &'static str {
        match self {
            RedFlag::BladderOrBowel => "bladder-bowel",
            RedFlag::SaddleNumbness => "saddle",
            RedFlag::SexualDysfunction => "sexual",
            RedFlag::BothLegsWeakOrNumb => "both-legs",
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
    Pregnancy,
    RecentSurgeryOrInjury,
    LegSymptoms,
    KneeProblems,
    Age65Plus,
}

impl Caution {
    pub const ALL: [Caution; 6] =
        [Caution::HipSurgery, Caution::Pregnancy, Caution::RecentSurgeryOrInjury, Caution::LegSymptoms, Caution::KneeProblems, Caution::Age65Plus];

    pub fn question(self) -> &'static str {
        match self {
            Caution::HipSurgery => "You have had a hip replacement or other hip surgery",
            Caution::Pregnancy => "You are pregnant, or have given birth in the last six months",
            Caution::RecentSurgeryOrInjury => "You have had an operation in the last three months, or a new injury or strain in the last six weeks",
            Caution::LegSymptoms => "Pain, tingling or numbness spreads down one leg (sciatica)",
            Caution::KneeProblems => "You have knee problems: kneeling or deep knee bends hurt",
            Caution::Age65Plus => "You are 65 or older",
        }
    }

    /// "Because you ...": the start of every reason this caution gives.
    pub fn because(self) -> &'static str {
        match self {
            Caution::HipSurgery => "Because you have had hip surgery",
            Caution::Pregnancy => "Because you are pregnant or have recently given birth",
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
            Caution::Pregnancy => "Lying flat on your back for long is best avoided after about 16 weeks of pregnancy, so those exercises are swapped for side-lying, all-fours or seated versions. Ligaments are looser in pregnancy and for months after: stretch gently and never to the end of your range. Your midwife or a women\u{2019}s health physiotherapist can advise you.",
            Caution::RecentSurgeryOrInjury => "Check with your surgeon or therapist before you start. Until then the plan offers only gentle movement and walking.",
            Caution::LegSymptoms => "Pain spreading down a leg is worth having assessed by a GP or physiotherapist. Long sitting stretches can irritate the nerve, so the plan uses a lying stretch instead. Stop any exercise that makes the leg symptoms spread further.",
            Caution::KneeProblems => "Kneeling and deep knee bends are swapped for standing or seated versions.",
            Caution::Age65Plus => "Stretches are held for longer and more gently, and strengthening sets have more, lighter repetitions (ACSM guidance for older adults).",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Caution::HipSurgery => "hip-surgery",
            Caution::Pregnancy => "pregnancy",
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

pub const SCREEN_HEADING: &str = "Before your plan: a few safety questions";
pub const SCREEN_INTRO: &str = "Tick any that apply to you now, or tick \u{201c}None of these apply to me\u{201d}. Your plan appears once you have answered. Your answers stay on this device: they are never put in a share link or QR code, and \u{201c}Forget my data\u{201d} removes them.";
pub const RED_FLAGS_LEGEND: &str = "Do you have any of these?";
pub const CAUTIONS_LEGEND: &str = "Anything that changes the exercises?";
pub const OTHER_LEGEND: &str = "About your pain and age";
pub const SCREEN_WAITING: &str = "Answer the questions above to see your plan.";
pub const RED_FLAG_SOURCE: &str = "Questions from the red-flag lists used in NHS back-pain pathways (NICE CKS, Back pain - low; NHS Gloucestershire, Red flags for spinal conditions). Advice on treatment from NICE guideline NG59.";

pub const UNDER_16_HEADING: &str = "This page is written for adults";
pub const UNDER_16_TEXT: &str = "The advice here comes from guidance for people aged 16 and over. Back pain in children and young people should be checked by a GP or a physiotherapist, who can suggest exercises that suit you. Please show this to a parent or carer.";

pub const REVIEW_HEADING: &str = "Ask for a review";
pub const REVIEW_TEXT: &str = "Pain that has not eased after four to six weeks is common, and keeping active with exercise is still what NICE recommends. Ask your GP or a physiotherapist to review your back. Meanwhile, the plan below is gentle: start with the easier versions, and stop anything that makes the pain worse.";

pub const ANSWERS_UNREADABLE: &str = "Your saved safety answers could not be read, so please answer the questions again. A copy was kept aside on this device.";

pub fn answers_partly_read(unknown: &[String]) -> String {
    format!("Some of your saved safety answers were not recognised ({}) and were left out. Please check your answers below.", unknown.join(", "))
}

/// The footer's short version of the screen, for every page.
pub const FOOTER_SAFETY: &str = "General information, not a diagnosis or a substitute for seeing a professional. Bladder or bowel changes, numbness around the genitals or back passage, or weakness in both legs with back pain: go to A&E or call 999 now. Weakness in one leg, a fever or feeling very unwell: call NHS 111 or your GP today.";

/// The person's answers. Kept on this device only (see `state::screening_store`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Screening {
    /// Ticked red flags, sorted, each once.
    pub red_flags: Vec<RedFlag>,
    /// Ticked cautions, sorted, each once.
    pub cautions: Vec<Caution>,
    pub under_16: bool,
    pub no_better_after_weeks: bool,
    /// "None of these apply to me": an answer in itself. Cleared by any tick.
    pub none_apply: bool,
}

/// One tickable answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    Flag(RedFlag),
    Caution(Caution),
    Under16,
    NoBetter,
    NoneApply,
}

impl Answer {
    /// Every answer, in the order the screen shows them.
    pub fn all() -> Vec<Answer> {
        let mut out: Vec<Answer> = RedFlag::ALL.iter().map(|&f| Answer::Flag(f)).collect();
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
        }
    }

    pub fn from_key(key: &str) -> Option<Answer> {
        Answer::all().into_iter().find(|a| a.key() == key)
    }

    pub fn question(self) -> &'static str {
        match self {
            Answer::Flag(f) => f.question(),
            Answer::Caution(c) => c.question(),
            Answer::Under16 => UNDER_16_QUESTION,
            Answer::NoBetter => NO_BETTER_QUESTION,
            Answer::NoneApply => NONE_APPLY,
        }
    }
}

impl Screening {
    /// Answered: something ticked, or "none of these apply".
    pub fn answered(&self) -> bool {
        self.none_apply || !self.ticked().is_empty()
    }

    pub fn is_ticked(&self, a: Answer) -> bool {
        match a {
            Answer::Flag(f) => self.red_flags.contains(&f),
            Answer::Caution(c) => self.cautions.contains(&c),
            Answer::Under16 => self.under_16,
            Answer::NoBetter => self.no_better_after_weeks,
            Answer::NoneApply => self.none_apply,
        }
    }

    /// Every ticked answer except "none apply", in screen order.
    pub fn ticked(&self) -> Vec<Answer> {
        Answer::all().into_iter().filter(|&a| a != Answer::NoneApply && self.is_ticked(a)).collect()
    }

    /// Ticks or unticks one answer. "None apply" and the other answers exclude each other.
    pub fn toggle(&self, a: Answer) -> Screening {
        let on = !self.is_ticked(a);
        let mut next = Screening { none_apply: false, ..self.clone() };
        match a {
            // "None apply" clears every tick; unticking it leaves the screen unanswered.
            Answer::NoneApply => return Screening { none_apply: on, ..Screening::default() },
            Answer::Flag(f) => set_member(&mut next.red_flags, f, on),
            Answer::Caution(c) => set_member(&mut next.cautions, c, on),
            Answer::Under16 => next.under_16 = on,
            Answer::NoBetter => next.no_better_after_weeks = on,
        }
        next
    }

    pub fn has(&self, c: Caution) -> bool {
        self.cautions.contains(&c)
    }

    /// Space-separated keys of the ticked answers (and "none"), for storage.
    pub fn to_keys(&self) -> String {
        let mut keys: Vec<&str> = self.ticked().iter().map(|a| a.key()).collect();
        if self.none_apply {
            keys.push(NONE_APPLY_KEY);
        }
        keys.join(" ")
    }

    /// Reads `to_keys` back. Unknown keys are returned apart, never a panic. "none" beside a
    /// tick is contradictory: the ticks win (the safer reading).
    pub fn from_keys(text: &str) -> (Screening, Vec<String>) {
        let mut s = Screening::default();
        let mut unknown = Vec::new();
        let mut none = false;
        for key in text.split_whitespace() {
            match Answer::from_key(key) {
                Some(Answer::NoneApply) => none = true,
                Some(a) if !s.is_ticked(a) => s = s.toggle(a),
                Some(_) => {}
                None => unknown.push(key.chars().take(40).collect()),
            }
        }
        s.none_apply = none && s.ticked().is_empty();
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
    /// The most urgent tier among the ticks.
    pub tier: Tier,
    /// Every ticked red flag, most urgent first.
    pub ticked: Vec<RedFlag>,
}

impl SafetyAdvice {
    pub fn heading(&self) -> &'static str {
        self.tier.heading()
    }
    pub fn text(&self) -> &'static str {
        self.tier.text()
    }
}

/// None when no red flag is ticked; otherwise the advice for the most urgent one.
pub fn advice(ticked: &[RedFlag]) -> Option<SafetyAdvice> {
    let tier = ticked.iter().map(|f| f.tier()).max()?;
    let mut ticked = ticked.to_vec();
    super::order::sort_by(&mut ticked, |a, b| b.tier().cmp(&a.tier()).then(a.cmp(b)));
    ticked.dedup();
    Some(SafetyAdvice { tier, ticked })
}
