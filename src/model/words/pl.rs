//! The page's own words: headings, buttons and notes that are not built from the person's
//! settings. Patient-facing text lives in the model layer (here, and beside the data it
//! describes in `safety.rs`, `plan.rs`, `exercises.rs`, `explain.rs` and `evidence.rs`), so a
//! clinician can review all of it in one place; `content.rs` gathers it into `docs/content.md`.
//!
//! PL: the Polish translation of `en.rs`, item for item. The reader is addressed in the second
//! person singular ("Ty"), with the courtesy capitals used in Polish apps and leaflets (Twój,
//! Twoje, Ci, Cię, Ciebie). Gendered past-tense forms ("zaznaczyłeś/-aś") are avoided by
//! impersonal or nominal phrasing. "Tight" muscles are "napięte" throughout, "hold" is
//! "utrzymanie pozycji", "guided session" is "sesja z przewodnikiem", "handout" is "wydruk",
//! "therapist" is "terapeuta" (generic masculine, as Polish leaflets use it). UK services keep
//! their UK names with a Polish gloss: "lekarz pierwszego kontaktu (GP)".

/// PL: Polish grammar helpers that English does not need: the three plural forms, dates with
/// the month in the genitive, and the decimal comma. Not in `en.rs`.
pub mod grammar {
    use crate::model::calendar::Date;

    /// The Polish plural: `one` for 1, `few` for 2-4, 22-24, 32-34, ... (but not 12-14),
    /// `many` for everything else (0, 5-21, 25-31, 112, ...).
    pub fn plural(n: u64, one: &'static str, few: &'static str, many: &'static str) -> &'static str {
        if n == 1 {
            one
        } else if (2..=4).contains(&(n % 10)) && !(12..=14).contains(&(n % 100)) {
            few
        } else {
            many
        }
    }

    /// "4 grudnia 2026": the month in the genitive, as Polish writes a date.
    pub fn date_words(d: Date) -> String {
        const MONTHS: [&str; 12] =
            ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"];
        format!("{} {} {}", d.day, MONTHS[(d.month.clamp(1, 12) - 1) as usize], d.year)
    }

    /// Lower case for Polish words: ASCII and the nine Polish capitals (Ą Ć Ę Ł Ń Ó Ś Ź Ż).
    // PL: not `str::to_lowercase`, which clippy.toml disallows (Unicode case table, ~14 KB of
    // wasm); `to_ascii_lowercase` would leave "Ł", "Ś" and the like in capitals.
    pub fn lower(s: &str) -> String {
        s.chars()
            .map(|c| match c {
                '\u{104}' => '\u{105}', // Ą
                '\u{106}' => '\u{107}', // Ć
                '\u{118}' => '\u{119}', // Ę
                '\u{141}' => '\u{142}', // Ł
                '\u{143}' => '\u{144}', // Ń
                '\u{d3}' => '\u{f3}',   // Ó
                '\u{15a}' => '\u{15b}', // Ś
                '\u{179}' => '\u{17a}', // Ź
                '\u{17b}' => '\u{17c}', // Ż
                c => c.to_ascii_lowercase(),
            })
            .collect()
    }

    /// A number as Polish writes it: "7", "7,5" (decimal comma).
    pub fn num(v: f64) -> String {
        crate::model::num::fmt_num(v).replace('.', ",")
    }
}

/// This file's language (a code in `super::LANGUAGES`).
pub const LANG: &str = "pl";

/// Under the footer of a translated page: that the translation has not yet been reviewed by a
/// clinician who speaks the language. Empty for the original.
pub const TRANSLATION_STATUS: &str = "Tłumaczenie z języka angielskiego czeka na sprawdzenie przez klinicystę mówiącego po polsku.";

/// The page's `<title>` and description, written into the built `index.html` by the
/// prerenderer (`crate::prerender::localise`), and the switch's label.
pub mod document {
    pub const TITLE: &str = "Napięte biodra, bolące plecy? Jak biodra wpływają na dolną część pleców";
    pub const DESCRIPTION: &str = "Przesuwaj suwaki, aby zobaczyć koncepcję, z której korzystają terapeuci: jak napięte biodra oraz słabe mięśnie pośladkowe i mięśnie tułowia mogą pochylać miednicę i zmieniać krzywiznę dolnej części pleców, na ile pewne są badania, oraz bezpieczny plan rozciągania i wzmacniania.";
    /// The name of the language switch, for screen readers.
    pub const LANGUAGE: &str = "Język";
}

/// The plan section.
pub mod plan {
    pub const HEADING: &str = "Twój plan rozciągania i wzmacniania";
    pub const DISCLAIMER: &str =
        "To ogólne informacje, które nie są diagnozą ani nie zastępują wizyty u specjalisty. Rozciąganie powinno dawać uczucie lekkiego napięcia, nigdy ostrego bólu.";
    pub const START: &str = "Rozpocznij dzisiejszą sesję z przewodnikiem";
    // PL: "handout" is "wydruk" (a printout) throughout; "ulotka" would suggest a leaflet.
    pub const PRINT: &str = "Wydrukuj plan";
    pub const CALENDAR: &str = "Dodaj przypomnienia do mojego kalendarza";
    /// A gloss for ".ics", beside the calendar button.
    pub const CALENDAR_GLOSS: &str = "Pobiera plik kalendarza (.ics), który można otworzyć w większości aplikacji kalendarza, np. Google, Apple lub Outlook.";
    /// The heading of the plan's exercises: the whole week's, which "Your week" shares out
    /// by day and the therapist's builder starts from.
    pub const EXERCISES: &str = "Twoje ćwiczenia w tym tygodniu";

    /// Beside the start button: the exercises of today's guided session, in order.
    pub fn today_session(day: &str, names: &[&str]) -> String {
        // PL: Polish puts no comma before "i" ("and").
        let list = match names {
            [] => String::new(),
            [one] => (*one).to_string(),
            [rest @ .., last] => format!("{} i {last}", rest.join(", ")),
        };
        format!("Dzisiaj ({day}) sesja z przewodnikiem obejmuje: {list}.")
    }
    /// On a day the week leaves empty (strengthening only, on a rest day).
    pub const REST_DAY: &str =
        "Dzisiejsza sesja z przewodnikiem nie zawiera ćwiczeń: w tym tygodniu Twoje ćwiczenia przypadają na inne dni (zobacz \u{201e}Twój tydzień\u{201d}). Trzymaj się nawyków opisanych poniżej.";
    pub const SESSION_EMPTY: &str = "Na razie nie ma ćwiczeń do sesji z przewodnikiem: zapoznaj się z radami powyżej i trzymaj się nawyków opisanych poniżej.";
    pub const HABITS: &str = "Nawyki na ten tydzień";
    pub const WEEK: &str = "Twój tydzień";
    pub const WEEK_CAPTION: &str = "Które ćwiczenia wykonywać w poszczególne dni";
    pub const WEEK_EXERCISE: &str = "Ćwiczenie";
    pub const WEEK_YES: &str = "tak";
    pub const WEEK_REST: &str = "odpoczynek";
    pub const CHANGES_HEADING: &str = "Jak Twoje odpowiedzi zmieniły plan";
    // PL: followed by the muscles in the nominative ("Pracują: zginacze biodra").
    pub const WORKS: &str = "Pracują:";
    pub const HOW_MUCH: &str = "Ile:";
    pub const PROGRESS_RULE: &str = "Następny krok:";
    pub const EASIER: &str = "Wersja łatwiejsza:";
    pub const HARDER: &str = "Wersja trudniejsza:";
    pub const TAKE_CARE: &str = "Zachowaj ostrożność:";
    /// "in place of pigeon pose": a safer version names the seed exercise it replaces.
    // PL: "zamiast" needs the genitive, but the exercise's name follows in the nominative, so
    // the name is introduced after a colon: "zamiast ćwiczenia: pozycja gołębia".
    pub const IN_PLACE_OF: &str = "zamiast ćwiczenia:";
    // PL: impersonal, so no "zaznaczyłeś/zaznaczyłaś".
    pub const YOU_TICKED: &str = "Zaznaczone przez Ciebie:";
    // PL: followed by the phone number: "Zadzwoń pod numer 0123 456 789."
    pub const CALL: &str = "Zadzwoń pod numer";

    /// "Book a session at CLINIC", or "Book a session" when no clinic is named.
    pub fn book_at(clinic: Option<&str>) -> String {
        match clinic {
            Some(c) => format!("Umów wizytę w {c}"),
            None => "Umów wizytę".to_string(),
        }
    }

    // PL: the clinic's name is the subject at the end, so it stays in the nominative.
    pub fn questions_to(clinic: Option<&str>) -> String {
        format!("Masz pytania dotyczące swojego planu? Pomoże Ci {}.", clinic.unwrap_or("terapeuta"))
    }
}

/// The footer of every page.
pub mod footer {
    pub const PRIVACY: &str = "Nic, co tu wpiszesz, nie opuszcza Twojej przeglądarki.";

    /// The version of the patient-facing content and rules, as `docs/clinical-signoff.md`
    /// records it for the clinic's clinician to sign. Change it with any change of wording or
    /// rule, and the sign-off record with it.
    // PL: kept exactly as in en.rs: it is an identifier that must match the sign-off record.
    // The Polish wording needs its own sign-off (see /work/helpers/pl-doubts.md).
    pub const CONTENT_VERSION: &str = "2026-12-04 (round 2)";

    /// "Version 0.1.0 (abc1234); content 2026-12-04 (round 2)": which release this is and which
    /// content version, for the clinic's web person and its clinician.
    pub fn version(crate_version: &str, commit: &str) -> String {
        format!("Wersja {crate_version} ({commit}); wersja treści {CONTENT_VERSION}")
    }
}

/// The guided session.
pub mod session {
    use super::grammar::plural;
    use crate::model::session::{Step, Work};

    pub const HEADING: &str = "Sesja z przewodnikiem";
    pub const WELL_DONE: &str = "Dobra robota";
    // PL: a label under the counter "3 z 10".
    pub const REPETITIONS: &str = "powtórzenia";
    pub const ADD_REP: &str = "+1 powtórzenie";
    pub const DONE_NEXT: &str = "Gotowe: dalej";
    pub const PAUSE: &str = "Pauza";
    pub const RESUME: &str = "Wznów";
    pub const BACK: &str = "Wstecz";
    pub const SKIP: &str = "Pomiń";
    pub const CLOSE: &str = "Zamknij";
    pub const SOUND: &str = "Odtwarzaj krótki dźwięk, gdy kończy się utrzymanie pozycji lub przerwa";
    pub const KEYS: &str = "Klawisze: spacja wstrzymuje lub wznawia, \u{2192} dalej, \u{2190} wstecz, Esc zamyka.";

    // PL: "label: X z Y" so that the nouns need no agreement with the numbers.
    pub fn done(completed: usize, total: usize) -> String {
        format!("Ukończone utrzymania pozycji i serie: {completed} z {total}. Zapisano na tym urządzeniu.")
    }

    pub fn progress(finished: bool, step: usize, total: usize) -> String {
        if finished {
            format!("{total} {}", plural(total as u64, "krok", "kroki", "kroków"))
        } else {
            format!("Krok {step} z {total}")
        }
    }

    /// "Set 2 of 2" for strengthening and the rest before a set, "Repetition 1 of 2" for holds.
    pub fn round(step: &Step) -> String {
        let word = match step.work {
            Work::Reps { .. } | Work::Rest { .. } => "Seria",
            Work::GetReady { .. } | Work::Hold { .. } => "Powtórzenie",
        };
        format!("{word} {} z {}", step.round, step.rounds)
    }

    pub fn phase(work: Work) -> &'static str {
        match work {
            Work::GetReady { .. } => "Przyjmij pozycję",
            Work::Hold { .. } => "Utrzymaj pozycję",
            Work::Rest { .. } => "Odpocznij przed następną serią",
            Work::Reps { .. } => "",
        }
    }

    // PL: not words but keys (CSS classes, test ids): kept in English.
    pub fn phase_key(work: Work) -> &'static str {
        match work {
            Work::GetReady { .. } => "get-ready",
            Work::Hold { .. } => "hold",
            Work::Rest { .. } => "rest",
            Work::Reps { .. } => "reps",
        }
    }

    // PL: "przez" takes the accusative ("przez 1 sekundę"); the first line is a nominative
    // ("1 sekunda na ...").
    pub fn timed_spoken(work: Work) -> String {
        match work {
            Work::GetReady { seconds } => {
                format!("{seconds} {} na przyjęcie pozycji.", plural(seconds.into(), "sekunda", "sekundy", "sekund"))
            }
            Work::Hold { seconds } => {
                format!("Utrzymaj pozycję przez {seconds} {}.", plural(seconds.into(), "sekundę", "sekundy", "sekund"))
            }
            Work::Rest { seconds } => {
                format!("Odpoczywaj przez {seconds} {}.", plural(seconds.into(), "sekundę", "sekundy", "sekund"))
            }
            Work::Reps { count } => format!("{count} {}.", plural(count.into(), "powtórzenie", "powtórzenia", "powtórzeń")),
        }
    }

    /// What a screen reader hears at each step.
    pub fn announce(step: usize, total: usize, name: &str, side: &str, work: Work, round: &str, paused: bool) -> String {
        let phase = match work {
            Work::Reps { .. } => String::new(),
            w => format!(" {}.", phase(w)),
        };
        format!("Krok {step} z {total}: {name}{side}, {round}.{phase}{}", if paused { " Wstrzymano." } else { "" })
    }
    /// Repetitions counted so far in a set.
    pub fn done_of(done: u32, count: u32) -> String {
        format!("{done} z {count}")
    }
}

/// The page around the explainer: header, stage and controls.
pub mod page {
    pub const TITLE: &str = "Napięte biodra, bolące plecy? Zobacz, jak biodra wpływają na kształt dolnej części pleców";
    pub const LEDE: &str = "Przesuwaj suwaki, aby opisać swoje biodra i nawyki. Rysunek ilustruje koncepcję, z której korzystają terapeuci: jak napięte lub słabe mięśnie mogą pochylać miednicę i zmieniać krzywiznę dolnej części pleców. Tekst to wyjaśnia i mówi, na ile można być tego pewnym.";
    pub const CONSULT_MODE: &str = "Tryb konsultacji";
    pub const STAGE_HEADING: &str = "Rysunek: ilustracja koncepcji";
    /// In consultation mode, after the one-line headline: the way to the whole explanation.
    /// The consultation headline's link down to "What the figure shows, and why".
    pub const MORE: &str = "Wyjaśnienie poniżej";
    pub const CONTROLS_HEADING: &str = "Twoje biodra i nawyki";
    pub const MUSCLES: &str = "Mięśnie";
    pub const HABITS: &str = "Nawyki";
    pub const RESET: &str = "Przywróć ustawienia typowej osoby";
    /// Shown on the prerendered page until the app has started, and for good where it cannot.
    pub const STARTING: &str = "Suwaki, wykres i plan zaczną działać po wczytaniu strony. Jeśli tak się nie stanie, ta przeglądarka nie może ich uruchomić (potrzebują JavaScriptu i WebAssembly); wszystko, co można tu przeczytać, jest kompletne bez nich.";

    // PL: the clinic's name cannot be declined, so it follows a colon.
    pub fn from_clinic(clinic: &str) -> String {
        format!("Od: {clinic}")
    }
}

/// The figure and its readouts.
pub mod figure {
    pub const TITLE: &str = "Widok z boku osoby stojącej: miednica, dolna część pleców i otaczające je mięśnie";
    pub const KEY_LABEL: &str = "Mięśnie na rysunku";
    pub const TYPICAL_OUTLINE: &str = "Kontur przerywany: typowa postawa";
    /// The lower back muscles' name where the figure labels them, short enough for a phone.
    pub const LOWER_BACK_SHORT: &str = "Dół pleców";
    /// The muscles' lines carry their state without colour (and so in Windows' contrast themes).
    pub const KEY_LINES: &str = "Gruba linia ciągła: napięte. Krótkie kreski: słabe. Długie kreski: pracują intensywniej. Cienka linia: w normie.";
    /// Shown with a tilt measured from a photo (the figure's other parts stay the model's).
    pub const MEASURED_OUTLINE: &str = "Kontur kropkowany: miednica pochylona o kąt zmierzony na zdjęciu";
    pub const BEFORE: &str = "Przed";
    pub const PELVIC_TILT: &str = "Pochylenie miednicy";
    pub const LUMBAR_CURVE: &str = "Krzywizna lędźwiowa";
    pub const HIP_EXTENSION: &str = "Wyprost biodra";
    // PL: followed by a range: "typowo 2–12°".
    pub const TYPICAL: &str = "typowo";
    // PL: followed by a value: "wcześniej 14°" ("przed" would need the instrumental).
    pub const BEFORE_VALUE: &str = "wcześniej";
    pub fn exercise_label(name: &str, first_step: &str) -> String {
        format!("Ilustracja: {name}. {first_step}")
    }
    /// An exercise figure that shows its movement (moving, or start and end side by side).
    pub fn exercise_motion_label(name: &str, first_step: &str, muscles: &[&str]) -> String {
        let works = if muscles.is_empty() { String::new() } else { format!(" {}.", working(muscles)) };
        format!("Ilustracja: {name}, od pozycji początkowej do końcowej. {first_step}{works}")
    }
    /// Under an exercise figure: the muscles highlighted.
    // PL: `grammar::lower`, not `to_ascii_lowercase`, so that "Ł", "Ś" and the like are lowered too.
    pub fn working(muscles: &[&str]) -> String {
        format!("Pracują: {}", super::grammar::lower(&muscles.join(", ")))
    }
}

/// Measuring from a photo (`model::photo`).
pub mod photo {
    pub const HEADING: &str = "Pomiar ze zdjęcia";
    pub const INTRO: &str = "Dla terapeuty: naklej małe naklejki na punkty kostne odnalezione dotykiem (z przodu i z tyłu miednicy), zrób zdjęcie z boku i zaznacz na nim naklejki. Strona odczyta z nich pochylenie miednicy.";
    pub const PRIVACY: &str = "Podczas pomiaru zdjęcie pozostaje w pamięci tej przeglądarki. Nie jest zapisywane na tym urządzeniu, nie jest nigdzie wysyłane i nigdy nie trafia do linku ani kodu QR. Zamknięcie tego panelu usuwa zdjęcie; zachowywane są tylko liczby.";
    pub const CHOOSE: &str = "Zrób lub wybierz zdjęcie z boku";
    pub const PREPARING: &str = "Przygotowywanie zdjęcia\u{2026}";
    pub const NOT_AN_IMAGE: &str =
        "Ta przeglądarka nie potrafi otworzyć tego pliku jako zdjęcia. Nic nie zostało zachowane. Spróbuj zdjęcia w formacie JPEG lub PNG.";
    pub const PHOTO_LABEL: &str =
        "Zdjęcie. Wybierz punkt poniżej, a następnie dotknij lub kliknij miejsce, w którym jest jego naklejka; możesz też nacisnąć Enter, aby umieścić punkt na środku, i przesuwać go klawiszami strzałek.";
    pub const POINTS: &str = "Punkty do zaznaczenia";
    // PL: PSIS and ASIS kept as the English abbreviations therapists in the UK use (Polish
    // texts write "kolec biodrowy tylny/przedni górny").
    pub const PSIS: &str = "Tył miednicy (PSIS)";
    pub const PSIS_HOW: &str = "Kostny guzek pod dołeczkiem w górnej części pośladka, po obu stronach kręgosłupa.";
    pub const ASIS: &str = "Przód miednicy (ASIS)";
    pub const ASIS_HOW: &str = "Kostny punkt z przodu biodra, poniżej talii, w miejscu, w którym spoczywają dłonie oparte na biodrach.";
    pub const VERTICAL_TOP: &str = "Rzeczywisty pion: punkt górny (opcjonalnie)";
    pub const VERTICAL_BOTTOM: &str = "Rzeczywisty pion: punkt dolny (opcjonalnie)";
    pub const VERTICAL: &str = "Rzeczywisty pion (opcjonalnie)";
    pub const VERTICAL_HOW: &str = "Dwa punkty na framudze drzwi lub na pionie (ciężarku na sznurku) widocznym na zdjęciu, aby skorygować przechylenie aparatu, który nie był ustawiony poziomo.";
    pub const NUDGE: &str =
        "Klawisze strzałek przesuwają wybrany punkt o 1 piksel, a z klawiszem Shift o 10. Plus i minus powiększają i pomniejszają; Delete usuwa wybrany punkt.";
    pub const ZOOM_IN: &str = "Powiększ";
    pub const ZOOM_OUT: &str = "Pomniejsz";
    pub const CLOSE: &str = "Zamknij i usuń zdjęcie";
    pub const LEVEL_ASSUMED: &str = "Nie zaznaczono pionu, więc przyjęto, że aparat był ustawiony poziomo.";
    pub const VERTICAL_USED: &str = "Skorygowano według zaznaczonego pionu.";
    pub const SAME_POINT: &str = "Oba punkty miednicy są w tym samym miejscu: przesuń jeden z nich.";
    pub const SHORT_VERTICAL: &str = "Oba punkty pionu są w tym samym miejscu: przesuń jeden z nich.";
    pub const IMPLAUSIBLE: &str = "Takie pochylenie wykracza poza to, co występuje u osoby stojącej: któryś punkt jest prawdopodobnie w złym miejscu.";
    pub const NOT_ON_PHOTO: &str = "Jeden z punktów nie leży na zdjęciu: zaznacz go ponownie.";
    pub const ROUGH: &str = "Pomiar z jednego zdjęcia jest przybliżony: największym źródłem błędu jest umieszczanie naklejek na podstawie dotyku (PosturePrint 2007). Pochylenie różni się też u poszczególnych osób w zależności od kształtu kości miednicy (Preece 2008), więc ta liczba opisuje to zdjęcie, a nie to, czy dzieje się coś złego.";
    /// Beside the model's pelvic tilt in the readouts.
    pub fn from_photo(tilt: &str) -> String {
        format!("{tilt} ze zdjęcia")
    }
    // PL: "give or take about" is "plus minus około" throughout.
    pub fn tilt(degrees: &str, error: &str) -> String {
        format!("Pochylenie miednicy na tym zdjęciu: {degrees} (plus minus około {error})")
    }
    pub fn earlier(day: &str, tilt: &str) -> String {
        format!("Poprzedni pomiar, z dnia {day}: {tilt}.")
    }
    pub fn within(by: &str, smallest: &str) -> String {
        format!("Różnica ({by}) mieści się w granicach błędu pomiaru: aby można było mówić o zmianie, dwa zdjęcia muszą różnić się o więcej niż {smallest}.")
    }
    pub fn beyond(by: &str, smallest: &str) -> String {
        format!("Różnica ({by}) jest większa niż błąd pomiaru ({smallest}). Nadal może jednak wynikać z ułożenia naklejek lub ze sposobu, w jaki osoba stała.")
    }
    pub fn send_with(tilt: &str, error: &str) -> String {
        format!("Pomiar ze zdjęcia, pochylenie miednicy {tilt} (plus minus około {error}), trafi do klienta razem z tworzonym przez Ciebie programem: tylko liczby, nigdy zdjęcie.")
    }
    pub fn point_at(name: &str, x: &str, y: &str) -> String {
        format!("{name}: w punkcie {x}, {y}")
    }
    pub fn not_marked(name: &str) -> String {
        format!("{name}: jeszcze nie zaznaczono")
    }
}

/// The chart.
pub mod chart {
    pub const HEADING: &str = "Gdzie na krzywej wypadają te ustawienia";
    pub const KEY_TILT: &str = "Pochylenie miednicy (linia ciągła)";
    pub const KEY_CURVE: &str = "Krzywizna lędźwiowa (linia przerywana)";
    pub const KEY_BAND: &str = "Typowy zakres (zacieniowany)";
    pub const BANDS: &str = " Zacieniowane pasy: typowe zakresy.";
    pub const SHOW_NUMBERS: &str = "Pokaż liczby";
    pub const TABLE_CAPTION: &str =
        "Pochylenie miednicy i krzywizna lędźwiowa przy każdym ustawieniu napięcia zginaczy biodra; pozostałe ustawienia takie, jak je wybrano";
    pub const COL_HIP_FLEXORS: &str = "Napięcie zginaczy biodra";
    // PL: decimal comma ("7,5 z 10").
    pub fn of_ten(v: f64) -> String {
        format!("{} z 10", super::grammar::num(v))
    }
}

/// "What is going on" and "How sure is this?".
pub mod explanation {
    pub const HEADING: &str = "Co pokazuje rysunek i dlaczego";
    pub const CAUSES: &str = "Skąd bierze się napięcie w biodrach";
    pub const MECHANISMS: &str = "Jak terapeuci wyobrażają sobie związek z plecami";
    pub const WHAT_HELPS: &str = "Co pomaga";
    pub const GLOSSARY: &str = "Użyte tu pojęcia";
}

pub mod how_sure {
    pub const HEADING: &str = "Na ile to pewne?";
    pub const ILLUSTRATION: &str = "Rysunek jest ilustracją koncepcji, z której korzystają terapeuci, a nie pomiarem Twojego ciała. Jego wartości mieszczą się w granicach tego, co zmierzono u dorosłych, choć przy skrajnych położeniach suwaków rysunek celowo wychodzi poza zwykły zakres, aby koncepcja była dobrze widoczna. Badania wykazują tylko słaby związek między tym, jak napięte lub silne są Twoje mięśnie, a tym, jak pochylona jest Twoja miednica. Sam kształt kości zmienia pochylenie w takim samym stopniu jak cały zakres normy.";
    pub const LOAD_HEADING: &str = "O mięśniach pleców w tej koncepcji";
    // PL: the three states in brackets must match the back-load words where they are
    // translated (`explain.rs`/`posture.rs`, not yet in en.rs).
    pub const LOAD_TEXT: &str = "\u{201e}Mięśnie pleców w koncepcji\u{201d} (w spoczynku, bardziej aktywne lub intensywnie pracujące) to wielkość wymyślona na potrzeby tej ilustracji. Sumuje ona, o ile krzywizna lędźwiowa na rysunku przekracza średnią, jak mały jest wyprost biodra oraz ustawienia mięśni, zgodnie z koncepcją, z której korzystają terapeuci. Żadne badanie jej nie mierzy, nie jest ona miarą obciążenia Twoich stawów, nie przewiduje bólu i nie decyduje o wyborze żadnego z Twoich ćwiczeń. Gdy mięśnie są bardziej aktywne, są rysowane zwykłą ciemną linią: w tej koncepcji oznacza to \u{201e}pracują intensywniej\u{201d}, a nie \u{201e}napięte\u{201d}.";
    pub const HIP_HEADING: &str = "O wyproście biodra";
    pub const HIP_TEXT: &str = "Wyprost biodra to zakres, w jakim udo przesuwa się do tyłu, za linię ciała. Strona korzysta z jednej metody pomiaru: ruchu biernego mierzonego inklinometrem, jak w badaniu Roach 2015, w którym średnia u dorosłych bez bólu pleców wynosiła około 7 stopni, a u osób z długotrwałym bólem pleców około \u{2212}4. Pokazany typowy zakres (od 2 do 12 stopni) to ta średnia plus minus 5 stopni; badanie było małe (po 30 osób w każdej grupie, a grupy różniły się wiekiem). Biodro, którego wyprost przekracza ten zakres, jest w normie i nie jest wyróżniane. Wartości podręcznikowe od 10 do 20 stopni pochodzą z innych metod pomiaru i nie są z tymi porównywalne. Sztywne biodra na rysunku nie oznaczają, że będziesz mieć ból pleców.";
    pub const WHY_HELPS: &str = "Dlaczego rozciąganie, wzmacnianie i ruch mimo to pomagają";
    pub const WHY_HELPS_TEXT: &str = "Ćwiczenia należą do najlepiej potwierdzonych metod leczenia bólu dolnej części pleców: wytyczne zalecają pozostawanie aktywnym i wykonywanie uporządkowanego programu ćwiczeń, a terapię manualną, taką jak masaż, jako ich uzupełnienie, a nie zamiast nich. Rozciąganie i wzmacnianie pomagają łatwiej się poruszać, odczuwać mniejszą sztywność i nabrać siły, nawet gdy postawa prawie się nie zmienia. Te zalecenia pozostają więc aktualne; nie oczekuj tylko, że \u{201e}naprawią\u{201d} Twoją postawę.";
    pub const NUMBERS_FROM: &str = "Skąd pochodzą liczby na rysunku";
    pub const PLAN_FROM: &str = "Skąd pochodzą plan i pytania dotyczące bezpieczeństwa";
}

/// What the page says about a link's settings it could not use (`state::url` reads the link).
// PL: the link's keys and values (mode, consult, embed, clinic, booking, accent, check, view,
// full, compact) are what the address must contain, so they stay in English.
pub mod link {
    pub const TOO_LONG: &str = "Link był za długi; odczytano tylko jego początek.";
    pub fn value_too_long(key: &str) -> String {
        format!("Pominięto {key}: wartość jest za długa.")
    }
    pub fn unknown_mode(value: &str) -> String {
        format!("Pominięto mode \u{201e}{value}\u{201d}: użyj consult lub embed.")
    }
    pub const BAD_EMBED: &str = "Pominięto embed: użyj embed=1.";
    pub const EMPTY_CLINIC: &str = "Pominięto clinic: nazwa jest pusta.";
    pub const BAD_BOOKING: &str = "Pominięto booking: link musi zaczynać się od https:// (dlatego nie jest wyświetlany link do rezerwacji).";
    pub const BAD_ACCENT: &str = "Pominięto accent: użyj koloru w postaci #0a6e5c.";
    pub const BAD_CHECK: &str = "Pominięto check: użyj check=clinic.";
    pub const BAD_VIEW: &str = "Pominięto view: użyj view=full lub view=compact.";
    pub fn unknown_setting(key: &str) -> String {
        format!("Pominięto nieznane ustawienie \u{201e}{key}\u{201d}.")
    }
    pub const EMBED_ONLY: &str = "Ustawienia kliniki (clinic, booking, accent, view) działają tylko w widoku osadzonym.";
    // PL: the label is the subject of no verb here, so its case never has to change.
    pub fn out_of_range(label: &str, set_to: &str) -> String {
        format!("{label}: wartość spoza zakresu; ustawiono {set_to}.")
    }
    pub fn not_a_number(label: &str, value: &str) -> String {
        format!("Pominięto {}: \u{201e}{value}\u{201d} nie jest liczbą.", super::grammar::lower(label))
    }
}

/// `?check=clinic`: the report on the clinic's settings file (for its web person).
pub mod clinic_check {
    pub const HEADING: &str = "Sprawdzenie ustawień kliniki";
    /// The report's line when the settings file is missing or cannot be read.
    pub const MISSING: &str = "brak pliku lub nie można go odczytać";
    pub const MISSING_MEANS: &str = "brak ustawień: strona nie podaje nazwy kliniki";
    pub const READING: &str = "Odczytywanie clinic.json\u{2026}";
    pub const EMPTY: &str = "clinic.json nie zawiera ustawień: strona nie podaje nazwy kliniki.";
    /// The console line when the logo the settings name does not load.
    // PL: the prefix "posture explainer: clinic.json: logo:" is kept, for searching the console.
    pub fn logo_missing(src: &str) -> String {
        format!("posture explainer: clinic.json: logo: obraz \u{201e}{src}\u{201d} nie wczytał się, więc logo nie jest wyświetlane; sprawdź, czy plik znajduje się obok clinic.json")
    }
}

/// The compact embedded widget.
pub mod embed {
    pub const PLAN_HEADING: &str = "Twój plan rozciągania i wzmacniania";
    pub const PLAN_TEXT: &str = "Pełna strona zamienia te ustawienia w krótki plan ćwiczeń rozciągających i wzmacniających, poprzedzony kilkoma pytaniami dotyczącymi bezpieczeństwa, a także oferuje sesję z przewodnikiem z odliczaniem czasu i plan do wydrukowania.";
    pub const OPEN_FULL_PLAN: &str = "Otwórz pełny plan";
    pub const NEW_TAB: &str = " (otwiera się w nowej karcie)";
}

/// Progress, sharing and notices.
pub mod progress {
    use super::grammar::plural;

    pub const HEADING: &str = "Twoje postępy";
    pub const PRIVACY: &str = "Twoje postępy i odpowiedzi na pytania dotyczące bezpieczeństwa są przechowywane wyłącznie w tej przeglądarce, na tym urządzeniu. Nic nie jest nigdzie wysyłane.";
    pub const FORGET: &str = "Usuń moje dane";
    pub fn sessions(n: u32) -> String {
        format!("{n} {}", plural(n.into(), "sesja", "sesje", "sesji"))
    }
    // PL: "dzień" has the same form for "few" and "many": 2 dni, 5 dni.
    pub fn summary(total: u32, this_week: u32, streak: u32) -> String {
        format!(
            "{} w ciągu ostatnich 8 tygodni; w tym tygodniu {}. Obecna seria: {} {} z rzędu.",
            sessions(total),
            sessions(this_week),
            streak,
            plural(streak.into(), "dzień", "dni", "dni")
        )
    }
    pub fn chart_label(summary: &str) -> String {
        format!("Wykres słupkowy liczby sesji w poszczególnych tygodniach. {summary}")
    }
    pub fn unreadable(reason: &str) -> String {
        format!("Nie udało się odczytać zapisanych postępów ({reason}). Kopia została odłożona na tym urządzeniu i rozpoczęto nowy zapis.")
    }
    /// Why saved progress could not be read (`state::storage`), inside `unreadable`.
    pub const NOT_READABLE: &str = "dane są nieczytelne";
    pub const VERSION_1_NOT_READABLE: &str = "wersja 1, ale dane są nieczytelne";
    pub const SOME_NOT_VALID: &str = "niektóre wpisy były nieprawidłowe";
    pub fn newer_version(v: u32) -> String {
        format!("zapisane przez nowszą wersję ({v})")
    }
}

pub mod share {
    pub const HEADING: &str = "Udostępnij to, co widzisz";
    pub const LABEL: &str = "Link do udostępnienia: otwiera tę stronę z Twoimi ustawieniami (bez Twoich odpowiedzi na pytania dotyczące bezpieczeństwa)";
    pub const COPY: &str = "Kopiuj link";
    pub const COPIED: &str = "Skopiowano link.";
    pub const COPY_BY_HAND: &str = "Zaznacz link powyżej i skopiuj go.";
}

pub mod notice {
    pub const LINK_SETTINGS_IGNORED: &str = "Niektóre ustawienia z linku nie zostały użyte:";
    pub const DISMISS: &str = "Zamknij";
}

/// The friendly panel after a crash.
pub mod panic {
    pub const HEADING: &str = "Coś poszło nie tak";
    pub const TEXT: &str = "Strona przestała działać. Twoje zapisane postępy są bezpieczne na tym urządzeniu. Zwykle pomaga ponowne wczytanie strony.";
    pub const RELOAD: &str = "Wczytaj stronę ponownie";
}

/// A short gloss for every term a member of the public may not know.
// PL: the terms are the Polish names used on the page; where Polish therapists also use the
// English word (core), it is given in brackets.
pub const GLOSSARY: [(&str, &str); 12] = [
    ("Zginacze biodra", "mięśnie z przodu biodra, które unoszą udo i pozwalają pochylić się do przodu w biodrach"),
    ("Mięśnie kulszowo-goleniowe", "mięśnie z tyłu uda"),
    ("Mięśnie pośladkowe", "mięśnie pośladków"),
    ("Mięśnie głębokie tułowia (core)", "mięśnie brzucha i tułowia, które stabilizują kręgosłup i miednicę"),
    ("Pochylenie miednicy", "to, jak bardzo miednica pochyla się do przodu (przodopochylenie) lub do tyłu (tyłopochylenie)"),
    ("Krzywizna lędźwiowa (lordoza)", "wygięcie dolnej części pleców do wewnątrz"),
    ("Wyprost biodra", "przesunięcie uda do tyłu, za linię ciała, jak pod koniec każdego kroku"),
    ("Głębokie rotatory biodra", "małe mięśnie położone głęboko w pośladku, które obracają nogę na zewnątrz"),
    ("Pozycja \u{201e}czwórki\u{201d}", "rozciąganie, w którym kostka jednej nogi spoczywa na kolanie drugiej, tak że nogi układają się w kształt cyfry 4"),
    ("Rozluźnianie mięśniowo-powięziowe", "powolny, stały ucisk na mięsień i otaczające go tkanki"),
    ("Siedzący tryb życia", "spędzanie większości dnia na siedząco i mało ruchu"),
    (".ics", "plik kalendarza, który można otworzyć w większości aplikacji kalendarza"),
];

/// Consultation mode (the therapist's tools; the QR words are for the client).
pub mod consult {
    pub const TOOLS_LABEL: &str = "Narzędzia konsultacji";
    pub const PRESETS: &str = "Gotowe profile";
    pub const TOOLS: &str = "Narzędzia";
    // PL: "before" is the frozen state the figure compares with: "stan \u{201e}przed\u{201d}".
    pub const FREEZE_BEFORE: &str = "Zapamiętaj stan \u{201e}przed\u{201d}";
    pub const CLEAR_BEFORE: &str = "Usuń stan \u{201e}przed\u{201d}";
    // PL: "Story" (a step-by-step walk through the idea) is "Omówienie".
    pub const STORY: &str = "Omówienie";
    // PL: "Send home" is "Wyślij na telefon": the plan goes to the client's phone by QR code.
    pub const SEND_HOME: &str = "Wyślij na telefon";
    pub const FULL_SCREEN: &str = "Pełny ekran";
    pub const KEYS: &str = "Klawisze";
    pub const CLOSE: &str = "Zamknij";
    pub const SHORTCUTS_HEADING: &str = "Skróty klawiszowe";
    pub const STORY_HEADING: &str = "Omówienie";
    pub const STORY_PREVIOUS: &str = "Poprzedni";
    pub const STORY_NEXT: &str = "Następny";
    pub const STORY_EXIT: &str = "Wróć do ustawień klienta";
    /// Where the story is: "Step 2 of 5".
    pub fn story_step(n: usize, of: usize) -> String {
        format!("Krok {n} z {of}")
    }
    pub const QR_HEADING: &str = "Zabierz plan do domu";
    pub const QR_TEXT: &str = "Zeskanuj kod aparatem telefonu, aby otworzyć tę stronę z tymi ustawieniami. Twój plan pojawi się, gdy odpowiesz na telefonie na pytania dotyczące bezpieczeństwa, a Twoje odpowiedzi pozostaną w telefonie. Nic nie jest przechowywane na serwerze: ustawienia są zapisane w samym linku.";
    pub const QR_LABEL: &str = "Kod QR z linkiem do tych ustawień";

    /// The preset keys' line in the help: the keys, and what they do.
    pub fn preset_keys(names: &[&str]) -> (String, String) {
        let keys = if names.len() > 1 { format!("od 1 do {}", names.len()) } else { "1".to_string() };
        (keys, format!("Zmień profil: {}", names.join(", ")))
    }

    /// The other keyboard shortcuts, listed in the help and handled in `hooks/use_shortcuts.rs`.
    // PL: the keys themselves cannot change (the handler listens for them), so N and P keep
    // their English mnemonics (Next, Previous).
    pub const SHORTCUTS: [(&str, &str); 8] = [
        ("B", "Zapamiętaj stan \u{201e}przed\u{201d} do porównania lub go usuń"),
        ("S", "Rozpocznij lub zakończ omówienie"),
        ("\u{2192} lub N", "Następny krok omówienia"),
        ("\u{2190} lub P", "Poprzedni krok omówienia"),
        ("Q", "Pokaż lub ukryj kod QR do wysłania planu na telefon"),
        ("F", "Włącz lub wyłącz pełny ekran"),
        ("?", "Pokaż lub ukryj tę pomoc"),
        ("Esc", "Zamknij to, co jest otwarte"),
    ];
}

/// The therapist's programme: the builder (for the therapist) and the programme as the client
/// sees it on their phone.
pub mod programme {
    // PL: the Polish date ("29 listopada 2026"), not `model::programme::date_words`.
    use super::grammar::{date_words, plural};
    use crate::model::calendar::Date;

    // PL: the three version names agree with "wersja" (feminine), the label beside them.
    pub const EASIER: &str = "Łatwiejsza";
    pub const STANDARD: &str = "Standardowa";
    pub const HARDER: &str = "Trudniejsza";
    pub const GROUP_STRETCH: &str = "Rozciąganie";
    pub const GROUP_STRENGTHEN: &str = "Wzmacnianie";
    pub const GROUP_MOVE: &str = "Ruch";
    pub const HOLD: &str = "Utrzymanie pozycji (sekundy)";
    pub const REPETITIONS: &str = "Powtórzenia";
    pub const SETS: &str = "Serie";
    pub const REST: &str = "Przerwa między seriami (sekundy)";
    pub const DAYS: &str = "Dni w tygodniu";
    pub const SIDES: &str = "Każda strona po kolei";
    /// The two habits a therapist can add, with a fixed line (the generated plan words them
    /// from the person's sliders, which the programme link does not carry).
    pub const HABIT_BREAKS: &str = "Co 30\u{2013}60 minut siedzenia wstań i poruszaj się przez minutę lub dwie (naczelni lekarze Wielkiej Brytanii zalecają przerywanie długiego siedzenia \u{2013} UK CMOs 2019; żadne badanie nie ustala najlepszego odstępu czasu).";
    pub const HABIT_WALKING: &str = "Szybki marsz: wydłużaj go o około 30 minut tygodniowo, aż osiągniesz co najmniej 150 minut tygodniowo (WHO 2020).";
    /// An exercise the therapist chose without a note.
    pub const CHOSEN: &str = "Wybrane dla Ciebie przez Twojego terapeutę.";

    // The builder, in consultation mode.
    pub const BUILD: &str = "Utwórz program";
    pub const BUILDER_HEADING: &str = "Utwórz program";
    pub const BUILDER_INTRO: &str =
        "Punktem wyjścia jest proponowany plan. Nie są potrzebne żadne dane osobowe: link zawiera tylko ćwiczenia, ich dawkowanie, Twoje notatki i Twoje inicjały.";
    pub const ITEMS_LABEL: &str = "Ćwiczenia w programie, w kolejności";
    pub const EMPTY: &str = "Nie ma jeszcze ćwiczeń: dodaj ćwiczenie poniżej.";
    pub const ADD_LABEL: &str = "Dodaj ćwiczenie";
    pub const ADD: &str = "Dodaj";
    pub const FULL: &str = "Program ma 8 ćwiczeń: tyle, ile mieści się w jednej sesji i na dwustronicowym wydruku.";
    pub const REMOVE: &str = "Usuń";
    pub const UP: &str = "Przesuń w górę";
    pub const DOWN: &str = "Przesuń w dół";
    pub const VERSION: &str = "Wersja";
    pub const NOTE: &str = "Notatka";
    pub const PROGRAMME_NOTE: &str = "Notatka do całego programu";
    pub const INITIALS: &str = "Twoje inicjały";
    pub const INITIALS_HINT: &str = "Tylko litery, maksymalnie trzy.";
    pub const SEND: &str = "Wyślij na telefon";
    pub const DONE: &str = "Wróć do planu";
    pub const QR_HEADING: &str = "Zeskanuj, aby zabrać program do domu";
    pub const QR_TEXT: &str = "Klient skanuje ten kod aparatem telefonu. Program jest zapisany w samym linku, po znaku #, którego przeglądarka nigdy nie wysyła do serwera; program zostaje w telefonie.";
    pub const QR_LABEL: &str = "Kod QR z linkiem do tego programu";
    pub const LINK_LABEL: &str = "Link do programu";
    pub const TOO_LONG: &str =
        "Adres tej strony jest za długi, aby program zmieścił się w kodzie QR łatwym do odczytania telefonem. Skróć notatki albo zamiast tego skopiuj link.";

    /// "Notes: 34 of 120 characters used (a letter such as é counts as two)."
    // PL: the example letter is "ą" (U+0105), which Polish notes use and which also counts as
    // two; "é" is rare in Polish.
    pub fn notes_room(used: usize, budget: usize) -> String {
        format!(
            "Notatki: wykorzystano {used} z {budget} znaków łącznie dla wszystkich notatek, aby program zmieścił się w kodzie QR (litera taka jak \u{105} liczy się jako dwa znaki)."
        )
    }

    /// "Exercise 2 of 6: Glute bridge", the accessible name of an item's controls.
    pub fn item_label(k: usize, n: usize, name: &str) -> String {
        format!("Ćwiczenie {} z {n}: {name}", k + 1)
    }

    /// What the QR code holds: "Version 9 QR code, link of 212 characters."
    pub fn qr_size(version: i32, link_len: usize) -> String {
        format!("Kod QR w wersji {version} (maksymalnie 10), link ma {link_len} {}.", plural(link_len as u64, "znak", "znaki", "znaków"))
    }

    // On the client's phone.
    /// "Your programme from Quayside Physio, 29 November 2026".
    pub fn heading(clinic: Option<&str>, issued: Date) -> String {
        format!("Twój program od {}, {}", clinic.unwrap_or("Twojego terapeuty"), date_words(issued))
    }
    // PL: impersonal, so no gendered "przygotował/przygotowała".
    pub fn written_by(initials: &str) -> String {
        format!("Przygotowane przez: {initials}.")
    }
    pub const THERAPIST_NOTE: &str = "Notatka od Twojego terapeuty:";
    pub const YOUR_VERSION: &str = "Twoja wersja:";
    pub const SHOW_SUGGESTED: &str = "Pokaż zamiast tego plan proponowany przez stronę";
    pub const SHOW_PROGRAMME: &str = "Wróć do mojego programu";
    pub const SUGGESTED_NOTE: &str = "To jest plan proponowany przez stronę. Program od Twojego terapeuty jest zachowany na tym urządzeniu.";
    pub fn replace_question(old: Date, new: Date) -> String {
        format!("Masz już program z {}. Czy zastąpić go programem z {}?", date_words(old), date_words(new))
    }
    pub const REPLACE: &str = "Zastąp";
    pub const KEEP: &str = "Zachowaj obecny";
    pub const SAVED: &str = "Program od Twojego terapeuty został zapisany na tym urządzeniu.";
    pub const NOT_SAVED: &str = "Program od Twojego terapeuty jest wyświetlany, ale ta przeglądarka nie pozwoliła go zapisać: zachowaj link.";
    pub const STORED_UNREADABLE: &str =
        "Nie udało się odczytać programu zapisanego na tym urządzeniu; jego kopia została odłożona. Poproś terapeutę o ponowne przesłanie programu.";
    pub const UNREADABLE: &str =
        "Nie udało się odczytać tego linku do programu, więc Twój plan się nie zmienił. Poproś terapeutę o ponowne przesłanie programu.";
    pub const PARTLY_READ: &str = "Części linku do programu nie udało się odczytać i zostały pominięte:";

    /// What the link decoder left out, one line each (see `state::programme_code`).
    pub fn dropped_exercise(k: usize) -> String {
        format!("ćwiczenie {}: ta strona nie zna takiego ćwiczenia", k + 1)
    }
    /// A dose field's name inside `dropped_field` (`DoseField::word`), and a whole dose's.
    // PL: nominatives after a colon in `dropped_field` ("ćwiczenie 2: liczba powtórzeń").
    pub const FIELD_HOLD: &str = "czas utrzymania pozycji";
    pub const FIELD_REPETITIONS: &str = "liczba powtórzeń";
    pub const FIELD_SETS: &str = "liczba serii";
    pub const FIELD_REST: &str = "przerwa";
    pub const FIELD_DAYS: &str = "liczba dni w tygodniu";
    pub const FIELD_DOSE: &str = "dawkowanie";
    pub fn dropped_field(k: usize, field: &str) -> String {
        format!("ćwiczenie {}: {field} (użyto zwykłej wartości)", k + 1)
    }
    pub fn dropped_note(k: Option<usize>) -> String {
        match k {
            Some(k) => format!("ćwiczenie {}: jego notatka", k + 1),
            None => "notatka do programu".to_string(),
        }
    }
    // PL: "brakuje" takes the genitive: 1 ćwiczenia, 2 ćwiczeń, 5 ćwiczeń.
    pub fn cut_short(missing: usize) -> String {
        format!("link był ucięty: brakuje {missing} {}", plural(missing as u64, "ćwiczenia", "ćwiczeń", "ćwiczeń"))
    }
    pub const DROPPED_DATE: &str = "data przygotowania programu";
    pub const DROPPED_INITIALS: &str = "inicjały terapeuty";
    pub const DROPPED_EXTRA: &str = "ćwiczenia po ósmym";
    pub const DROPPED_REPEAT: &str = "ćwiczenie podane dwukrotnie";
    pub const DROPPED_MEASUREMENT: &str = "pomiar ze zdjęcia";
    /// The measurement that came with the programme, on the client's phone.
    pub fn measured(day: &str, tilt: &str, error: &str) -> String {
        format!("Pomiar ze zdjęcia wykonany w klinice dnia {day}: pochylenie miednicy {tilt} (plus minus około {error}). Pomiar z jednego zdjęcia jest przybliżony: opisuje tamten dzień, a nie to, czy dzieje się coś złego.")
    }
}

/// Effort and pain after a session, and "Show my therapist".
pub mod review {
    // PL: the Polish date ("29 listopada 2026"), not `model::programme::date_words`.
    use super::grammar::{date_words, plural};
    use crate::model::calendar::Date;

    // After a session: optional, skippable.
    pub const RATE_HEADING: &str = "Jak poszło? (opcjonalnie)";
    pub const EFFORT: &str = "Wysiłek: jak trudne to było, od 0 (bardzo łatwe) do 10 (najtrudniejsze, jak tylko możliwe)";
    pub const PAIN: &str = "Ból w trakcie: od 0 (brak bólu) do 10 (najgorszy ból, jaki możesz sobie wyobrazić)";
    pub const NOT_SAID: &str = "Wolę nie odpowiadać";
    pub const SAVE_RATING: &str = "Zapisz";
    pub const RATING_SAVED: &str = "Zapisano na tym urządzeniu.";
    pub const RATING_NOT_SAVED: &str = "Ta przeglądarka nie pozwoliła tego zapisać.";
    /// The pain guide's ceiling unless the clinic chose another (3 to 5, its settings file).
    pub const PAIN_CEILING: u32 = 3;

    /// The pain guide, with the clinic's ceiling.
    // PL: "not a sign of harm" is "nie świadczy o uszkodzeniu" (harm to the body), neither
    // softer ("nie szkodzi") nor stronger.
    pub fn pain_advice(ceiling: u32) -> String {
        format!("Pewien dyskomfort podczas ćwiczeń jest normalny i nie świadczy o uszkodzeniu. Orientacyjnie staraj się, aby ból podczas ćwiczeń wynosił około {ceiling} na 10 lub mniej; {PAIN_ADVICE_REST}")
    }
    // PL: "a GP" is "lekarz pierwszego kontaktu (GP)"; the English brackets are turned into a
    // clause so that the GP gloss needs no brackets inside brackets.
    const PAIN_ADVICE_REST: &str = "ból powinien złagodnieć mniej więcej w ciągu godziny i nie być silniejszy następnego ranka. Jeśli ból przekracza ten poziom, narasta z sesji na sesję albo jest gorszy następnego ranka, wykonuj łatwiejszą wersję ćwiczenia lub mniej powtórzeń i powiedz o tym swojemu terapeucie; jeśli nie masz terapeuty, powiedz lekarzowi pierwszego kontaktu (GP) lub fizjoterapeucie. Jeśli zauważysz którykolwiek z sygnałów ostrzegawczych wymienionych w pytaniach dotyczących bezpieczeństwa, przerwij ćwiczenia i od razu postępuj zgodnie z podanymi tam zaleceniami.";
    /// Shown once a pain rating of `model::review::HIGH_PAIN_FROM` or more has been saved.
    pub const HIGH_PAIN: &str = "To więcej bólu, niż powinny powodować te ćwiczenia. Nie powtarzaj ćwiczenia, które go wywołało, dopóki nie porozmawiasz ze swoim terapeutą, lekarzem pierwszego kontaktu (GP) lub fizjoterapeutą.";
    /// Beside the effort scale: how hard strengthening should feel.
    pub const EFFORT_ANCHOR: &str = "W ćwiczeniach wzmacniających staraj się, aby wysiłek wynosił około 5\u{2013}7 na 10.";

    // The summary.
    pub const SHOW: &str = "Pokaż mojemu terapeucie";
    pub const HIDE: &str = "Ukryj podsumowanie";
    pub const HEADING: &str = "Twój program do tej pory";
    pub const SHARED_HEADING: &str = "Program klienta do tej pory";
    pub fn since(since: Date, made: Date) -> String {
        format!("Od {} do {}. Tylko liczby i oceny: podsumowanie ani jego link nie zawierają niczego więcej.", date_words(since), date_words(made))
    }
    pub const WEEKS_CAPTION: &str = "Sesje wykonane i zaplanowane w poszczególnych tygodniach";
    pub const COL_WEEK: &str = "Początek tygodnia";
    pub const COL_DONE: &str = "Dni wykonane";
    pub const COL_PLANNED: &str = "Dni zaplanowane";
    pub const EXERCISES_CAPTION: &str = "Poszczególne ćwiczenia: dni wykonane (co najmniej jedno utrzymanie pozycji lub jedna seria) i dni zaplanowane";
    pub const COL_EXERCISE: &str = "Ćwiczenie";
    pub const RATINGS_HEADING: &str = "Wysiłek i ból podczas sesji (od 0 do 10)";
    pub const NO_RATINGS: &str = "Nie zapisano jeszcze wysiłku ani bólu.";
    pub const COL_DATE: &str = "Data";
    pub const COL_EFFORT: &str = "Wysiłek";
    pub const COL_PAIN: &str = "Ból";
    pub const NOT_NOTED: &str = "\u{2013}";
    pub const KEY_EFFORT: &str = "Wysiłek";
    pub const KEY_PAIN: &str = "Ból";
    /// The chart's text alternative.
    pub fn trend(first_effort: Option<u32>, last_effort: Option<u32>, first_pain: Option<u32>, last_pain: Option<u32>, n: usize) -> String {
        let part = |name: &str, a: Option<u32>, b: Option<u32>| match (a, b) {
            (Some(a), Some(b)) => format!("{name}: pierwsza ocena {a}, ostatnia {b}."),
            _ => format!("{name}: nie zapisano."),
        };
        format!(
            "Wykres liniowy: {n} {}. {} {}",
            plural(n as u64, "zapisana sesja", "zapisane sesje", "zapisanych sesji"),
            part("Wysiłek", first_effort, last_effort),
            part("Ból", first_pain, last_pain)
        )
    }
    pub const QR_HEADING: &str = "Otwórz to podsumowanie na ekranie w klinice";
    pub const QR_TEXT: &str = "Twój terapeuta może zeskanować ten kod; możesz też wysłać link terapeucie. Link zawiera tylko powyższe liczby i oceny.";
    pub const QR_LABEL: &str = "Kod QR z linkiem do tego podsumowania";
    pub const LINK_LABEL: &str = "Link do podsumowania";
    pub const UNREADABLE: &str = "Nie udało się odczytać tego linku do podsumowania. Poproś o ponowne przesłanie linku.";
    pub const PARTLY_READ: &str = "Części linku do podsumowania nie udało się odczytać i zostały pominięte:";
    pub const DROPPED_WEEKS: &str = "tygodnie po dwunastym";
    pub const DROPPED_EXERCISE: &str = "ćwiczenie, którego ta strona nie zna";
    pub const DROPPED_MEASUREMENT: &str = "pomiar ze zdjęcia";
    pub const DROPPED_RATING: &str = "ocena spoza zakresu od 0 do 10";
    pub const CUT_SHORT: &str = "link był ucięty";
}

#[cfg(test)]
mod tests {
    use super::grammar::{date_words, num, plural};
    use crate::model::calendar::Date;
    use crate::model::session::Work;

    fn p(n: u64) -> &'static str {
        plural(n, "one", "few", "many")
    }

    #[test]
    fn plural_follows_the_polish_rule() {
        for (n, want) in [
            (0, "many"),
            (1, "one"),
            (2, "few"),
            (4, "few"),
            (5, "many"),
            (11, "many"),
            (12, "many"),
            (14, "many"),
            (21, "many"),
            (22, "few"),
            (25, "many"),
            (101, "many"),
            (112, "many"),
            (122, "few"),
        ] {
            assert_eq!(p(n), want, "n = {n}");
        }
    }

    #[test]
    fn dates_take_the_genitive() {
        assert_eq!(date_words(Date::new(2026, 12, 4).unwrap()), "4 grudnia 2026");
        assert_eq!(date_words(Date::new(2026, 1, 31).unwrap()), "31 stycznia 2026");
        assert_eq!(date_words(Date::new(2026, 9, 1).unwrap()), "1 września 2026");
        assert_eq!(
            super::programme::replace_question(Date::new(2026, 11, 29).unwrap(), Date::new(2026, 12, 4).unwrap()),
            "Masz już program z 29 listopada 2026. Czy zastąpić go programem z 4 grudnia 2026?"
        );
    }

    #[test]
    fn numbers_take_a_decimal_comma() {
        assert_eq!(num(7.5), "7,5");
        assert_eq!(num(7.0), "7");
        assert_eq!(super::chart::of_ten(2.5), "2,5 z 10");
    }

    #[test]
    fn sessions_and_streak_agree_with_their_numbers() {
        assert_eq!(super::progress::sessions(1), "1 sesja");
        assert_eq!(super::progress::sessions(3), "3 sesje");
        assert_eq!(super::progress::sessions(5), "5 sesji");
        assert_eq!(super::progress::sessions(12), "12 sesji");
        assert_eq!(super::progress::sessions(22), "22 sesje");
        assert_eq!(super::progress::summary(12, 1, 1), "12 sesji w ciągu ostatnich 8 tygodni; w tym tygodniu 1 sesja. Obecna seria: 1 dzień z rzędu.");
        assert_eq!(super::progress::summary(22, 0, 3), "22 sesje w ciągu ostatnich 8 tygodni; w tym tygodniu 0 sesji. Obecna seria: 3 dni z rzędu.");
    }

    #[test]
    fn spoken_timers_agree_with_their_numbers() {
        use super::session::timed_spoken;
        assert_eq!(timed_spoken(Work::Hold { seconds: 1 }), "Utrzymaj pozycję przez 1 sekundę.");
        assert_eq!(timed_spoken(Work::Hold { seconds: 30 }), "Utrzymaj pozycję przez 30 sekund.");
        assert_eq!(timed_spoken(Work::GetReady { seconds: 1 }), "1 sekunda na przyjęcie pozycji.");
        assert_eq!(timed_spoken(Work::GetReady { seconds: 3 }), "3 sekundy na przyjęcie pozycji.");
        assert_eq!(timed_spoken(Work::Rest { seconds: 24 }), "Odpoczywaj przez 24 sekundy.");
        assert_eq!(timed_spoken(Work::Reps { count: 1 }), "1 powtórzenie.");
        assert_eq!(timed_spoken(Work::Reps { count: 12 }), "12 powtórzeń.");
        assert_eq!(timed_spoken(Work::Reps { count: 2 }), "2 powtórzenia.");
        assert_eq!(super::session::progress(true, 0, 22), "22 kroki");
        assert_eq!(super::session::progress(false, 2, 5), "Krok 2 z 5");
    }

    #[test]
    fn counted_lists_agree_with_their_numbers() {
        assert_eq!(
            super::review::trend(Some(5), Some(6), None, None, 1),
            "Wykres liniowy: 1 zapisana sesja. Wysiłek: pierwsza ocena 5, ostatnia 6. Ból: nie zapisano."
        );
        assert!(super::review::trend(None, None, None, None, 4).starts_with("Wykres liniowy: 4 zapisane sesje."));
        assert!(super::review::trend(None, None, None, None, 15).starts_with("Wykres liniowy: 15 zapisanych sesji."));
        assert_eq!(super::programme::cut_short(1), "link był ucięty: brakuje 1 ćwiczenia");
        assert_eq!(super::programme::cut_short(3), "link był ucięty: brakuje 3 ćwiczeń");
        assert_eq!(super::programme::qr_size(9, 212), "Kod QR w wersji 9 (maksymalnie 10), link ma 212 znaków.");
        assert_eq!(super::programme::qr_size(9, 223), "Kod QR w wersji 9 (maksymalnie 10), link ma 223 znaki.");
    }

    #[test]
    fn lists_join_with_i_and_keep_the_clinic_name() {
        assert_eq!(super::plan::today_session("poniedziałek", &["A", "B", "C"]), "Dzisiaj (poniedziałek) sesja z przewodnikiem obejmuje: A, B i C.");
        assert_eq!(super::plan::book_at(Some("Quayside Physio")), "Umów wizytę w Quayside Physio");
        assert_eq!(super::figure::working(&["Zginacze biodra", "Łydki"]), "Pracują: zginacze biodra, łydki");
        assert_eq!(super::review::PAIN_CEILING, 3);
        assert_eq!(super::grammar::lower("ĄĆĘŁŃÓŚŹŻ Abc"), "ąćęłńóśźż abc");
    }
}
