//! Every sentence the page can show, gathered into one Markdown document for a clinician to
//! review (`docs/content.md`), grouped by screen and by case, each group with its sources.
//! Built from the same functions and constants the page renders, so it cannot drift: a native
//! test fails when the committed file differs (`scripts/content.sh` rewrites it).

use std::fmt::Write;

use super::evidence::{self, Source, MODEL_SOURCES, PLAN_SOURCES, WEAK_LINK_SOURCES};
use super::exercises::{exercise, ExerciseId, CATALOGUE};
use super::explain::{self, CAUSES, MECHANISMS, WHAT_HELPS};
use super::plan::{caution_rule, change_reason, make_plan, Outcome, Plan};
use super::posture::{muscle_state, posture, InputId, Inputs, Muscle};
use super::safety::{self, Answer, Caution, RedFlag, Screening, Tier};
use super::session::{Side, Step, Work};
use super::story::{Preset, STORY};
use super::words;

/// The people the document shows the explainer and the plan for.
fn cases() -> [(&'static str, Inputs); 3] {
    [
        ("The default person (every visitor's first screen)", Inputs::default()),
        ("Every slider at its worst (tight, weak, sitting, inactive)", Inputs::new(10.0, 10.0, 0.0, 0.0, 16.0, 0.0)),
        ("Every slider at its best (supple, strong, active)", Inputs::new(0.0, 0.0, 10.0, 10.0, 0.0, 600.0)),
    ]
}

fn sources_line(out: &mut String, sources: &[&Source]) {
    let keys: Vec<&str> = sources.iter().map(|s| s.key).collect();
    let _ = writeln!(out, "\n*Sources: {}.*\n", keys.join("; "));
}

fn bullet(out: &mut String, text: &str) {
    let _ = writeln!(out, "- {text}");
}

/// The source of what each caution does.
pub fn caution_source(c: Caution) -> &'static str {
    match c {
        Caution::HipSurgery => evidence::HIP_PRECAUTIONS.key,
        Caution::Osteoporosis => evidence::BROOKE_WAVELL_2022.key,
        Caution::Pregnancy => "NHS, exercise in pregnancy; NHS trust pelvic girdle pain leaflets",
        Caution::Postnatal => "NHS, your post-pregnancy body; the clinic's practice, no study",
        Caution::Age65Plus => evidence::GARBER_2011.key,
        Caution::LegSymptoms => "NICE NG59 (assessment of sciatica); the swap is the clinic's practice, not a trial",
        Caution::RecentSurgeryOrInjury | Caution::KneeProblems => "the clinic's practice; no study",
    }
}

pub fn document() -> String {
    let mut out = String::new();
    out.push_str("# Every sentence the page can show\n\n");
    if !words::TRANSLATION_STATUS.is_empty() {
        let _ = writeln!(
            out,
            "**Language: {}.** A translation awaiting review by a clinician who speaks it: {} The page says so under every screen. `docs/translation-{}.md` sets each sentence beside the English.\n",
            words::LANG,
            words::TRANSLATION_STATUS,
            words::LANG
        );
    }
    out.push_str("Generated from the model layer by `scripts/content.sh`; do not edit by hand. A native test (`tests/content.rs`) fails when this file is out of date. Grouped by screen and by case; each group names its sources, listed in full at the end.\n\n");

    out.push_str("## Every page\n\n");
    bullet(&mut out, &format!("The browser tab's title: {}", words::document::TITLE));
    bullet(&mut out, &format!("The description search engines show: {}", words::document::DESCRIPTION));
    bullet(&mut out, &format!("The language switch's name, for screen readers: {}", words::document::LANGUAGE));
    bullet(&mut out, words::page::TITLE);
    bullet(&mut out, words::page::LEDE);
    bullet(&mut out, safety::FOOTER_SAFETY);
    bullet(&mut out, words::footer::PRIVACY);
    if !words::TRANSLATION_STATUS.is_empty() {
        bullet(&mut out, words::TRANSLATION_STATUS);
    }
    bullet(&mut out, &words::footer::version("X.Y.Z", "COMMIT"));
    sources_line(&mut out, &[&evidence::NHS_RED_FLAGS]);

    out.push_str("## The controls\n\n");
    for id in InputId::ALL {
        let (lo, hi, _) = id.range();
        let _ = writeln!(out, "- **{}**: {}. Ends: \"{}\" to \"{}\".", id.label(), id.hint(), id.describe(lo), id.describe(hi));
    }
    bullet(&mut out, words::page::RESET);
    sources_line(&mut out, &[&evidence::WHO_2020]);

    out.push_str("## The explainer, case by case\n\n");
    let _ = writeln!(out, "Beside the figure, always: {}\n", explain::exaggeration_note());
    let _ = writeln!(out, "Back-load readout: **{}** ({}).\n", explain::LOAD_LABEL, explain::LOAD_SCALE);
    for (name, i) in cases() {
        let p = posture(&i);
        let _ = writeln!(out, "### {name}\n");
        let _ = writeln!(out, "Headline: {}\n", explain::headline(&p));
        out.push_str("What is going on:\n\n");
        for s in explain::chain(&i, &p) {
            bullet(&mut out, &s);
        }
        let states: Vec<_> = Muscle::ALL.iter().map(|&m| (m, muscle_state(m, &i, &p))).collect();
        let _ = writeln!(out, "\nFigure, for screen readers: {}\n", explain::figure_description(&p, &states));
        let _ = writeln!(out, "Announced when a slider rests: {}\n", explain::live_summary(&p));
        let _ = writeln!(out, "Chart: {}\n", super::chart::summary(&i));
    }
    out.push_str("When only the glutes, or only the core, are weak, the chain says instead:\n\n");
    bullet(&mut out, words::explain::WEAK_GLUTES);
    bullet(&mut out, words::explain::WEAK_CORE);
    sources_line(&mut out, &MODEL_SOURCES.iter().chain(WEAK_LINK_SOURCES.iter()).collect::<Vec<_>>());

    out.push_str("## The clinic's article\n\n");
    for (title, points) in
        [(words::explanation::CAUSES, &CAUSES[..]), (words::explanation::MECHANISMS, &MECHANISMS[..]), (words::explanation::WHAT_HELPS, &WHAT_HELPS[..])]
    {
        let _ = writeln!(out, "### {title}\n");
        for p in points {
            let _ = writeln!(out, "- **{}.** {}", p.title, p.text);
        }
        out.push('\n');
    }
    let _ = writeln!(out, "### {}\n", words::explanation::GLOSSARY);
    for (term, gloss) in words::GLOSSARY {
        let _ = writeln!(out, "- **{term}**: {gloss}");
    }
    sources_line(&mut out, &[&evidence::LEVINE_WHITTLE_1996, &evidence::HERRINGTON_2011, &evidence::ROACH_2015, &evidence::NICE_NG59, &evidence::WHO_2020]);

    out.push_str("## The safety screen\n\n");
    for line in [safety::SCREEN_HEADING, safety::SCREEN_INTRO, safety::SCREEN_WAITING, safety::RED_FLAG_SOURCE] {
        bullet(&mut out, line);
    }
    let _ = writeln!(out, "\n### {}\n", safety::RED_FLAGS_LEGEND);
    out.push_str("| question | tier | action |\n| --- | --- | --- |\n");
    for f in RedFlag::ALL {
        let _ = writeln!(out, "| {} | {} | {} |", f.question(), f.tier().heading(), f.action());
    }
    let _ = writeln!(out, "\n### {}\n", safety::OTHER_LEGEND);
    let _ = writeln!(out, "- {} \u{2192} the plan stays, with: **{}** {}", safety::NO_BETTER_QUESTION, safety::REVIEW_HEADING, safety::REVIEW_TEXT);
    let _ = writeln!(out, "- {} \u{2192} no plan: **{}** {}", safety::UNDER_16_QUESTION, safety::UNDER_16_HEADING, safety::UNDER_16_TEXT);
    let _ = writeln!(out, "\n### {}\n", safety::CAUTIONS_LEGEND);
    for c in Caution::ALL {
        let _ = writeln!(out, "- {}", c.question());
    }
    let _ = writeln!(out, "- {}", safety::NONE_APPLY);
    let _ = writeln!(out, "\nUnder the warning signs, required before any plan: {}\n", safety::NO_RED_FLAGS);
    let _ = writeln!(out, "Before each guided session: {} [{}] [{}]\n", safety::RECHECK, safety::RECHECK_NO, safety::RECHECK_YES);
    let _ = writeln!(out, "When the stored answers are {} days old: {}", safety::ASK_AGAIN_AFTER_DAYS, safety::ASK_AGAIN);
    out.push_str("\n### What each tier says\n\n");
    for t in Tier::ALL {
        let _ = writeln!(out, "- **{}.** {}", t.heading(), t.text());
    }
    for f in RedFlag::ALL {
        if let Some(own) = f.own_text() {
            let _ = writeln!(out, "- **{}** (its own text, in place of the tier's): {own}", f.question());
        }
    }
    let _ = writeln!(out, "- **A history of cancer with numbness or weakness in a leg** (an emergency): {}", safety::CANCER_AND_NERVES);
    let _ = writeln!(
        out,
        "- **Under the urgent-GP advice only**, a tick: {} When ticked, the plan is shown with: {}",
        safety::ALREADY_CHECKED,
        safety::CHECKED_SAFETY_NET
    );
    for line in [words::plan::YOU_TICKED, safety::ANSWERS_UNREADABLE, &safety::answers_partly_read(&["UNKNOWN".to_string()])] {
        bullet(&mut out, line);
    }
    sources_line(&mut out, &[&evidence::NHS_RED_FLAGS, &evidence::NICE_NG59]);

    out.push_str("## Cautions: what each changes, and why\n\n");
    for c in Caution::ALL {
        let _ = writeln!(out, "### {}\n", c.question());
        let _ = writeln!(out, "{}\n", c.advice());
        for e in CATALOGUE {
            if let Some((to, why)) = caution_rule(c, e.id) {
                bullet(&mut out, &change_reason(c, e.id, to, why));
            }
        }
        let _ = writeln!(out, "\n*Source: {}.*\n", caution_source(c));
    }

    out.push_str("## The plan, case by case\n\n");
    for line in [
        words::plan::HEADING,
        words::plan::DISCLAIMER,
        words::plan::CALENDAR_GLOSS,
        words::plan::EXERCISES,
        &words::plan::today_session("Friday", &["Lunge stretch", "Seated forward fold", "Pigeon pose"]),
        words::plan::SESSION_EMPTY,
        words::plan::REST_DAY,
    ] {
        bullet(&mut out, line);
    }
    out.push('\n');
    let none = Screening::none_at_all();
    let older = Screening::default().toggle(Answer::NoRedFlags).toggle(Answer::Caution(Caution::Age65Plus));
    for (name, i) in cases() {
        for (who, s) in [("", &none), (", 65 or older", &older)] {
            if let Outcome::Plan(plan) = make_plan(&i, s) {
                let _ = writeln!(out, "### {name}{who}\n");
                plan_items(&mut out, &plan);
            }
        }
    }
    sources_line(&mut out, &[&evidence::GARBER_2011, &evidence::WHO_2020, &evidence::NICE_NG59]);

    out.push_str("## Every exercise\n\n");
    for e in CATALOGUE {
        let _ = writeln!(out, "### {}\n", e.name);
        if let Some(seed) = e.instead_of {
            let _ = writeln!(out, "*{}*\n", words::plan::in_place_of(exercise(seed).name));
        }
        let _ = writeln!(out, "- {}", words::plan::works(e.works));
        let _ = writeln!(out, "- On the handout: {}", e.how);
        for (k, s) in e.steps.iter().enumerate() {
            let _ = writeln!(out, "- Step {}: {s}", k + 1);
        }
        let _ = writeln!(out, "- {} {}", words::plan::EASIER, e.easier);
        let _ = writeln!(out, "- {} {}", words::plan::HARDER, e.harder);
        let _ = writeln!(out, "- {} {}", words::plan::TAKE_CARE, e.caution);
        let _ = writeln!(out, "- {}\n", words::figure::exercise_label(e.name, e.steps[0]));
    }

    out.push_str("## The guided session\n\n");
    let step = |work| Step { exercise: ExerciseId::LungeStretch, side: Some(Side::Right), round: 1, rounds: 2, work };
    for work in [Work::GetReady { seconds: 10 }, Work::Hold { seconds: 30 }, Work::Rest { seconds: 60 }, Work::Reps { count: 10 }] {
        let s = step(work);
        let round = words::session::round(&s);
        bullet(&mut out, &words::session::announce(1, 20, &words::session::with_side("Lunge stretch", Some(Side::Right)), work, &round, false));
        bullet(&mut out, &words::session::timed_spoken(work));
    }
    for line in [words::session::HEADING, words::session::SOUND, words::session::KEYS, words::session::WELL_DONE, &words::session::done(7, 8)] {
        bullet(&mut out, line);
    }

    out.push_str("\n## Progress, sharing, consultation\n\n");
    for line in [
        words::progress::HEADING,
        &words::progress::summary(3, 1, 2),
        words::progress::PRIVACY,
        words::progress::FORGET,
        &words::progress::unreadable(words::progress::NOT_READABLE),
        &words::progress::unreadable(words::progress::VERSION_1_NOT_READABLE),
        &words::progress::unreadable(words::progress::SOME_NOT_VALID),
        &words::progress::unreadable(&words::progress::newer_version(3)),
        words::share::HEADING,
        words::share::LABEL,
        words::share::COPIED,
        words::share::COPY_BY_HAND,
        words::notice::LINK_SETTINGS_IGNORED,
        words::consult::QR_HEADING,
        words::consult::QR_TEXT,
        words::panic::HEADING,
        words::panic::TEXT,
    ] {
        bullet(&mut out, line);
    }
    for p in Preset::built_in() {
        let _ = writeln!(out, "- Preset **{}**: {}", p.name, p.description);
    }
    out.push_str("\nThe consultation story:\n\n");
    for s in STORY.iter() {
        let _ = writeln!(out, "- **{}** {}", s.title, s.text);
    }
    sources_line(&mut out, &[&evidence::LEVINE_WHITTLE_1996, &evidence::BREKKE_2020, &evidence::NICE_NG59]);

    out.push_str("\n## The therapist\u{2019}s programme\n\n");
    {
        use super::calendar::Date;
        use words::programme as p;
        let day = Date { year: 2026, month: 11, day: 29 };
        for line in [
            p::BUILDER_HEADING,
            p::BUILDER_INTRO,
            p::FULL,
            &p::notes_room(34, super::programme::NOTE_BUDGET),
            p::QR_HEADING,
            p::QR_TEXT,
            p::TOO_LONG,
            &p::heading(Some("Quayside Physio"), day),
            &p::heading(None, day),
            &p::written_by("KMW"),
            p::THERAPIST_NOTE,
            p::YOUR_VERSION,
            p::SHOW_SUGGESTED,
            p::SUGGESTED_NOTE,
            &p::replace_question(day.add_days(-14), day),
            p::SAVED,
            p::NOT_SAVED,
            p::UNREADABLE,
            p::PARTLY_READ,
            &p::dropped_exercise(1),
            &p::dropped_field(2, p::FIELD_SETS),
            &p::dropped_note(None),
            &p::cut_short(2),
            p::CHOSEN,
            p::HABIT_BREAKS,
            p::HABIT_WALKING,
        ] {
            bullet(&mut out, line);
        }
        use words::review as r;
        for line in [
            r::RATE_HEADING,
            r::EFFORT,
            r::PAIN,
            r::EFFORT_ANCHOR,
            r::RATING_SAVED,
            r::RATING_NOT_SAVED,
            &r::pain_advice(r::PAIN_CEILING),
            r::HIGH_PAIN,
            r::SHOW,
            r::HEADING,
            r::SHARED_HEADING,
            &r::since(day.add_days(-14), day),
            r::WEEKS_CAPTION,
            r::EXERCISES_CAPTION,
            r::RATINGS_HEADING,
            r::NO_RATINGS,
            &r::trend(Some(6), Some(4), Some(3), Some(1), 5),
            r::QR_HEADING,
            r::QR_TEXT,
            r::UNREADABLE,
            r::PARTLY_READ,
        ] {
            bullet(&mut out, line);
        }
    }
    out.push('\n');

    let _ = writeln!(out, "## {}\n", words::how_sure::HEADING);
    for line in [words::how_sure::ILLUSTRATION, words::how_sure::LOAD_TEXT, words::how_sure::HIP_TEXT, words::how_sure::WHY_HELPS_TEXT] {
        let _ = writeln!(out, "{line}\n");
    }

    out.push_str("## Headings, buttons and labels\n\nThe page\u{2019}s fixed words that are not sentences of their own, by screen.\n\n");
    let _ = writeln!(out, "### The plan\n");
    for line in [
        words::plan::START,
        words::plan::PRINT,
        words::plan::CALENDAR,
        words::plan::HABITS,
        words::plan::WEEK_CAPTION,
        words::plan::WEEK_YES,
        words::plan::CHANGES_HEADING,
    ] {
        bullet(&mut out, line);
    }
    out.push('\n');
    let _ = writeln!(out, "### The guided session\n");
    for line in [words::session::ADD_REP, words::session::DONE_NEXT, words::session::RESUME, words::session::CLOSE] {
        bullet(&mut out, line);
    }
    out.push('\n');
    let _ = writeln!(out, "### The page\n");
    for line in
        [words::page::CONSULT_MODE, words::page::STAGE_HEADING, words::page::MORE, words::page::CONTROLS_HEADING, words::page::HABITS, words::page::STARTING]
    {
        bullet(&mut out, line);
    }
    out.push('\n');
    let _ = writeln!(out, "### The figure\n");
    for line in [
        words::figure::TITLE,
        words::figure::KEY_LABEL,
        words::figure::TYPICAL_OUTLINE,
        words::figure::KEY_LINES,
        words::figure::MEASURED_OUTLINE,
        words::figure::LOWER_BACK_SHORT,
    ] {
        bullet(&mut out, line);
    }
    out.push('\n');
    let _ = writeln!(out, "### Measure from a photo\n");
    for line in [
        words::photo::HEADING,
        words::photo::INTRO,
        words::photo::PRIVACY,
        words::photo::CHOOSE,
        words::photo::PREPARING,
        words::photo::NOT_AN_IMAGE,
        words::photo::PHOTO_LABEL,
        words::photo::POINTS,
        words::photo::PSIS,
        words::photo::PSIS_HOW,
        words::photo::ASIS,
        words::photo::ASIS_HOW,
        words::photo::VERTICAL,
        words::photo::VERTICAL_TOP,
        words::photo::VERTICAL_BOTTOM,
        words::photo::VERTICAL_HOW,
        words::photo::NUDGE,
        words::photo::ZOOM_IN,
        words::photo::ZOOM_OUT,
        words::photo::CLOSE,
        words::photo::LEVEL_ASSUMED,
        words::photo::VERTICAL_USED,
        words::photo::SAME_POINT,
        words::photo::SHORT_VERTICAL,
        words::photo::IMPLAUSIBLE,
        words::photo::NOT_ON_PHOTO,
        words::photo::ROUGH,
        words::photo::SPINE,
        words::photo::SPINE_T12,
        words::photo::SPINE_L3,
        words::photo::SPINE_S1,
        words::photo::SPINE_HOW,
        words::photo::SPINE_SAME_POINT,
        words::photo::CURVE_IMPLAUSIBLE,
        words::photo::CURVE_ROUGH,
    ] {
        bullet(&mut out, line);
    }
    bullet(&mut out, &words::photo::tilt("14°", "3°"));
    bullet(&mut out, &words::photo::from_photo("14°"));
    bullet(&mut out, &words::photo::send_with("14°", "3°"));
    bullet(&mut out, &words::photo::earlier("2 December 2026", "14°"));
    bullet(&mut out, &words::photo::within("2°", "7.5°"));
    bullet(&mut out, &words::photo::beyond("\u{2212}9°", "7.5°"));
    bullet(&mut out, &words::programme::measured("2 December 2026", "14°", "3°"));
    bullet(&mut out, &words::photo::curve("38°", "6°"));
    bullet(&mut out, &words::photo::send_with_curve("14°", "3°", "38°", "6°"));
    bullet(&mut out, &words::photo::earlier_with_curve("2 December 2026", "14°", "38°"));
    bullet(&mut out, &words::photo::curve_within("10°", "16.6°"));
    bullet(&mut out, &words::photo::curve_beyond("\u{2212}18°", "16.6°"));
    bullet(&mut out, &words::programme::measured_with_curve("2 December 2026", "14°", "3°", "38°", "6°"));
    out.push('\n');
    let _ = writeln!(out, "### The chart\n");
    bullet(&mut out, &words::chart::caption("{summary}"));
    for line in [
        words::chart::HEADING,
        words::chart::KEY_TILT,
        words::chart::KEY_CURVE,
        words::chart::KEY_BAND,
        words::chart::SHOW_NUMBERS,
        words::chart::TABLE_CAPTION,
        words::chart::X_AXIS,
        words::chart::Y_AXIS,
    ] {
        bullet(&mut out, line);
    }
    out.push('\n');
    let _ = writeln!(out, "### The explanation\n");
    bullet(&mut out, words::explanation::HEADING);
    out.push('\n');
    let _ = writeln!(out, "### How sure is this?\n");
    for line in
        [words::how_sure::LOAD_HEADING, words::how_sure::HIP_HEADING, words::how_sure::WHY_HELPS, words::how_sure::NUMBERS_FROM, words::how_sure::PLAN_FROM]
    {
        bullet(&mut out, line);
    }
    out.push('\n');
    let _ = writeln!(out, "### The embedded widget\n");
    for line in [words::embed::PLAN_TEXT, words::embed::OPEN_FULL_PLAN, words::embed::NEW_TAB] {
        bullet(&mut out, line);
    }
    out.push('\n');
    let _ = writeln!(out, "### Sharing\n");
    bullet(&mut out, words::share::COPY);
    out.push('\n');
    let _ = writeln!(out, "### Notices\n");
    bullet(&mut out, words::notice::DISMISS);
    out.push('\n');
    let _ = writeln!(out, "### A link\u{2019}s settings the page could not use\n");
    for line in [
        words::link::TOO_LONG.to_string(),
        words::link::value_too_long("hip_flexors"),
        words::link::unknown_mode("kiosk"),
        words::link::BAD_EMBED.to_string(),
        words::link::EMPTY_CLINIC.to_string(),
        words::link::BAD_BOOKING.to_string(),
        words::link::BAD_ACCENT.to_string(),
        words::link::BAD_CHECK.to_string(),
        words::link::BAD_VIEW.to_string(),
        words::link::unknown_setting("colour"),
        words::link::EMBED_ONLY.to_string(),
        words::link::out_of_range("Hip flexor tightness", "10"),
        words::link::not_a_number("Hours sitting a day", "lots"),
    ] {
        bullet(&mut out, &line);
    }
    out.push('\n');
    let _ = writeln!(out, "### When something breaks\n");
    bullet(&mut out, words::panic::RELOAD);
    out.push('\n');
    let _ = writeln!(out, "### Consultation mode\n");
    for line in [
        words::consult::TOOLS_LABEL,
        words::consult::PRESETS,
        words::consult::TOOLS,
        words::consult::FREEZE_BEFORE,
        words::consult::CLEAR_BEFORE,
        words::consult::STORY,
        words::consult::SEND_HOME,
        words::consult::FULL_SCREEN,
        words::consult::CLOSE,
        words::consult::SHORTCUTS_HEADING,
        words::consult::STORY_HEADING,
        words::consult::STORY_PREVIOUS,
        words::consult::STORY_EXIT,
        words::consult::QR_LABEL,
    ] {
        bullet(&mut out, line);
    }
    out.push('\n');
    let _ = writeln!(out, "### The therapist's programme\n");
    for line in [
        words::programme::STANDARD,
        words::programme::HOLD,
        words::programme::REPETITIONS,
        words::programme::SETS,
        words::programme::REST,
        words::programme::DAYS,
        words::programme::SIDES,
        words::programme::ITEMS_LABEL,
        words::programme::EMPTY,
        words::programme::ADD_LABEL,
        words::programme::REMOVE,
        words::programme::UP,
        words::programme::DOWN,
        words::programme::PROGRAMME_NOTE,
        words::programme::INITIALS,
        words::programme::INITIALS_HINT,
        words::programme::SEND,
        words::programme::DONE,
        words::programme::QR_LABEL,
        words::programme::LINK_LABEL,
        words::programme::SHOW_PROGRAMME,
        words::programme::KEEP,
        words::programme::STORED_UNREADABLE,
        words::programme::DROPPED_DATE,
        words::programme::DROPPED_INITIALS,
        words::programme::DROPPED_EXTRA,
        words::programme::DROPPED_REPEAT,
        words::programme::DROPPED_MEASUREMENT,
    ] {
        bullet(&mut out, line);
    }
    out.push('\n');
    let _ = writeln!(out, "### Effort, pain and the summary\n");
    for line in [
        words::review::NOT_SAID,
        words::review::HIDE,
        words::review::COL_WEEK,
        words::review::COL_DONE,
        words::review::COL_PLANNED,
        words::review::COL_DATE,
        words::review::NOT_NOTED,
        words::review::QR_LABEL,
        words::review::LINK_LABEL,
        words::review::DROPPED_WEEKS,
        words::review::DROPPED_EXERCISE,
        words::review::DROPPED_MEASUREMENT,
        words::review::DROPPED_RATING,
    ] {
        bullet(&mut out, line);
    }
    out.push('\n');

    // The calendar file, as the page writes it for the default person on a fixed Monday.
    out.push_str("## The calendar file\n\nThe reminders file for the default person, made on Monday 30 November 2026, as a calendar app reads it:\n\n```\n");
    if let Outcome::Plan(plan) = make_plan(&Inputs::default(), &Screening::none_at_all()) {
        let day = super::calendar::Date::new(2026, 11, 30).expect("a real date");
        out.push_str(&super::ics::schedule(&plan, Some("CLINIC"), Some("https://clinic.example/book"), day, "20261130T080000Z").replace("\r\n", "\n"));
    }
    out.push_str("```\n\n");
    out.push_str("Its events' fixed line, unfolded:\n\n");
    bullet(&mut out, words::ics::MILD);
    out.push('\n');
    out.push_str("## Sources, in full\n\n");
    for s in MODEL_SOURCES.iter().chain(WEAK_LINK_SOURCES.iter()).chain(PLAN_SOURCES.iter()) {
        let _ = writeln!(out, "- **{}**: {} {}", s.key, s.finding, s.reference);
    }
    out
}

fn plan_items(out: &mut String, plan: &Plan) {
    for it in plan.session.iter().chain(plan.habits.iter()) {
        let e = exercise(it.id);
        let _ = writeln!(out, "- **{}**: {}", e.name, it.why);
        let dose = it.dosage.text();
        if !dose.is_empty() {
            let _ = writeln!(out, "  - {} {dose}", words::plan::HOW_MUCH);
        }
        if let Some(rule) = it.dosage.progression(true) {
            let _ = writeln!(out, "  - {} {rule}", words::plan::PROGRESS_RULE);
        }
    }
    out.push('\n');
}
