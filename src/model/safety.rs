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

use super::words::safety as w;
// The screen's other words, where the page has always read them.
pub use super::words::safety::{
    answers_partly_read, ALREADY_CHECKED, ANSWERS_UNREADABLE, ASK_AGAIN, CANCER_AND_NERVES, CAUTIONS_LEGEND, CHECKED_SAFETY_NET, FOOTER_SAFETY, NONE_APPLY,
    NO_BETTER_QUESTION, NO_RED_FLAGS, OTHER_LEGEND, RECHECK, RECHECK_NO, RECHECK_YES, RED_FLAGS_LEGEND, RED_FLAG_SOURCE, REVIEW_HEADING, REVIEW_TEXT,
    SCREEN_HEADING, SCREEN_INTRO, SCREEN_WAITING, UNDER_16_HEADING, UNDER_16_QUESTION, UNDER_16_TEXT,
};

/// The words of a tier, in each language's `words::safety`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TierText {
    pub heading: &'static str,
    pub text: &'static str,
    /// What to do about a ticked red flag of this tier that has no action of its own.
    pub action: &'static str,
}

/// The words of a red-flag question, in each language's `words::safety`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RedFlagText {
    pub question: &'static str,
    /// What to do, when it is not its tier's `action`.
    pub action: Option<&'static str>,
    /// The explanation of an emergency that is not about the nerves at the base of the spine.
    pub own_text: Option<&'static str>,
}

/// The words of a caution, in each language's `words::safety`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CautionText {
    pub question: &'static str,
    /// "Because you ...": the start of every reason this caution gives.
    pub because: &'static str,
    /// Advice shown once for this caution, beside the plan.
    pub advice: &'static str,
}

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

    /// Its words (`words::safety`).
    pub fn words(self) -> &'static TierText {
        match self {
            Tier::Emergency => &w::EMERGENCY,
            Tier::SameDay => &w::SAME_DAY,
            Tier::Soon => &w::SOON,
        }
    }

    pub fn heading(self) -> &'static str {
        self.words().heading
    }

    pub fn text(self) -> &'static str {
        self.words().text
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

    /// Its words (`words::safety`).
    pub fn words(self) -> &'static RedFlagText {
        match self {
            RedFlag::BladderOrBowel => &w::BLADDER_OR_BOWEL,
            RedFlag::SaddleNumbness => &w::SADDLE_NUMBNESS,
            RedFlag::SexualDysfunction => &w::SEXUAL_DYSFUNCTION,
            RedFlag::BothLegsWeakOrNumb => &w::BOTH_LEGS_WEAK_OR_NUMB,
            RedFlag::ChestOrTummyPain => &w::CHEST_OR_TUMMY_PAIN,
            RedFlag::OneLegWeakOrNumb => &w::ONE_LEG_WEAK_OR_NUMB,
            RedFlag::FeverOrUnwell => &w::FEVER_OR_UNWELL,
            RedFlag::ImmuneOrInjecting => &w::IMMUNE_OR_INJECTING,
            RedFlag::MajorInjury => &w::MAJOR_INJURY,
            RedFlag::HistoryOfCancer => &w::HISTORY_OF_CANCER,
            RedFlag::UnexplainedWeightLoss => &w::UNEXPLAINED_WEIGHT_LOSS,
            RedFlag::NightPain => &w::NIGHT_PAIN,
            RedFlag::NewPainUnder20OrOver50 => &w::NEW_PAIN_UNDER_20_OR_OVER_50,
            RedFlag::MinorFallWithFragileBones => &w::MINOR_FALL_WITH_FRAGILE_BONES,
        }
    }

    pub fn question(self) -> &'static str {
        self.words().question
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
        self.words().action.unwrap_or(self.tier().words().action)
    }

    /// The explanation of an emergency that is not about the nerves at the base of the spine,
    /// shown instead of (or beside) the tier's own text.
    pub fn own_text(self) -> Option<&'static str> {
        self.words().own_text
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

    /// Its words (`words::safety`).
    pub fn words(self) -> &'static CautionText {
        match self {
            Caution::HipSurgery => &w::HIP_SURGERY,
            Caution::Osteoporosis => &w::OSTEOPOROSIS,
            Caution::Pregnancy => &w::PREGNANCY,
            Caution::Postnatal => &w::POSTNATAL,
            Caution::RecentSurgeryOrInjury => &w::RECENT_SURGERY_OR_INJURY,
            Caution::LegSymptoms => &w::LEG_SYMPTOMS,
            Caution::KneeProblems => &w::KNEE_PROBLEMS,
            Caution::Age65Plus => &w::AGE_65_PLUS,
        }
    }

    pub fn question(self) -> &'static str {
        self.words().question
    }

    /// "Because you ...": the start of every reason this caution gives.
    pub fn because(self) -> &'static str {
        self.words().because
    }

    /// Advice shown once for this caution, beside the plan.
    pub fn advice(self) -> &'static str {
        self.words().advice
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

/// The keys of the answers that are neither red flags nor cautions, for storage and test ids.
pub const UNDER_16_KEY: &str = "under-16";
pub const NO_BETTER_KEY: &str = "no-better";
pub const NONE_APPLY_KEY: &str = "none";
pub const NO_RED_FLAGS_KEY: &str = "no-flags";
pub const ALREADY_CHECKED_KEY: &str = "checked";
/// How long stored answers stand before the page asks again (`words::safety::ASK_AGAIN`).
pub const ASK_AGAIN_AFTER_DAYS: i64 = 28;

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
