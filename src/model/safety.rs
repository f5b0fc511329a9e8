//! Red flags that replace the exercise plan with advice to seek medical help.
//! Source: NICE NG59, low back pain and sciatica in over 16s (2016, updated 2020).

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum RedFlag {
    BladderOrBowel,
    SaddleNumbness,
    BothLegsWeakOrNumb,
    SexualDysfunction,
    SignificantInjury,
    OsteoporosisOrSteroids,
    HistoryOfCancer,
    UnexplainedWeightLoss,
    FeverOrUnwell,
    Immunosuppressed,
    NightPain,
    NewPainOver50OrUnder20,
    NoBetterAfterAMonth,
}

/// How urgently to get help.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Urgency {
    /// See a GP or call NHS 111 soon.
    Soon,
    /// Possible cauda equina syndrome: A&E or 999 now.
    Emergency,
}

impl RedFlag {
    pub const ALL: [RedFlag; 13] = [
        RedFlag::BladderOrBowel,
        RedFlag::SaddleNumbness,
        RedFlag::BothLegsWeakOrNumb,
        RedFlag::SexualDysfunction,
        RedFlag::SignificantInjury,
        RedFlag::OsteoporosisOrSteroids,
        RedFlag::HistoryOfCancer,
        RedFlag::UnexplainedWeightLoss,
        RedFlag::FeverOrUnwell,
        RedFlag::Immunosuppressed,
        RedFlag::NightPain,
        RedFlag::NewPainOver50OrUnder20,
        RedFlag::NoBetterAfterAMonth,
    ];

    pub fn question(self) -> &'static str {
        match self {
            RedFlag::BladderOrBowel => "New problems passing urine or controlling your bladder or bowels",
            RedFlag::SaddleNumbness => "Numbness or tingling around your genitals or back passage",
            RedFlag::BothLegsWeakOrNumb => "New or worsening weakness or numbness in both legs",
            RedFlag::SexualDysfunction => "New problems with sexual function",
            RedFlag::SignificantInjury => "Your pain started after a fall, accident or other significant injury",
            RedFlag::OsteoporosisOrSteroids => "You have osteoporosis or take steroid tablets long term",
            RedFlag::HistoryOfCancer => "You have had cancer",
            RedFlag::UnexplainedWeightLoss => "You have lost weight without trying",
            RedFlag::FeverOrUnwell => "You have a high temperature or feel generally unwell",
            RedFlag::Immunosuppressed => "Your immune system is weakened (by illness or medicines) or you inject drugs",
            RedFlag::NightPain => "Pain at night that does not ease when you change position",
            RedFlag::NewPainOver50OrUnder20 => "This back pain is new and you are over 50 or under 20",
            RedFlag::NoBetterAfterAMonth => "Your pain has not improved after a month",
        }
    }

    /// A short stable key, for storage and test ids.
    pub fn key(self) -> &'static str {
        match self {
            RedFlag::BladderOrBowel => "bladder-bowel",
            RedFlag::SaddleNumbness => "saddle",
            RedFlag::BothLegsWeakOrNumb => "both-legs",
            RedFlag::SexualDysfunction => "sexual",
            RedFlag::SignificantInjury => "injury",
            RedFlag::OsteoporosisOrSteroids => "osteoporosis",
            RedFlag::HistoryOfCancer => "cancer",
            RedFlag::UnexplainedWeightLoss => "weight-loss",
            RedFlag::FeverOrUnwell => "fever",
            RedFlag::Immunosuppressed => "immune",
            RedFlag::NightPain => "night-pain",
            RedFlag::NewPainOver50OrUnder20 => "age",
            RedFlag::NoBetterAfterAMonth => "no-better",
        }
    }

    /// The first four are possible cauda equina syndrome: an emergency.
    pub fn urgency(self) -> Urgency {
        match self {
            RedFlag::BladderOrBowel
            | RedFlag::SaddleNumbness
            | RedFlag::BothLegsWeakOrNumb
            | RedFlag::SexualDysfunction => Urgency::Emergency,
            _ => Urgency::Soon,
        }
    }
}

/// What to tell someone who ticked one or more red flags.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SafetyAdvice {
    pub urgency: Urgency,
    pub heading: &'static str,
    pub text: &'static str,
    pub ticked: Vec<RedFlag>,
}

/// None when nothing is ticked; otherwise the advice for the most urgent flag.
pub fn advice(ticked: &[RedFlag]) -> Option<SafetyAdvice> {
    let urgency = ticked.iter().map(|f| f.urgency()).max()?;
    let mut ticked = ticked.to_vec();
    ticked.sort();
    ticked.dedup();
    Some(match urgency {
        Urgency::Emergency => SafetyAdvice {
            urgency,
            heading: "Go to A&E or call 999 now",
            text: "These symptoms can be signs of cauda equina syndrome, where nerves at the base of the spine are squeezed. It needs treatment in hospital straight away. Do not start the exercises.",
            ticked,
        },
        Urgency::Soon => SafetyAdvice {
            urgency,
            heading: "See your GP or call NHS 111 soon",
            text: "Back pain with this needs a doctor to check for other causes before you start an exercise plan. Please do not start the exercises until you have been seen; bring this page if it helps.",
            ticked,
        },
    })
}
