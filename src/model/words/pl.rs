//! Every patient-facing word of the page in Polish (a translation of `en.rs` awaiting review by
//! a Polish-speaking clinician): the page, the safety screen, the exercises and plan, the
//! explanation and its sources, the handout, the calendar file, the screen-reader announcements
//! and the figure's labels, so a clinician can review the language in one place. `super`
//! (words/mod.rs) says how languages are chosen; `content.rs` gathers the page's sentences into
//! `docs/content*.md`.
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
    ("Pozycja czwórki", "rozciąganie, w którym kostka jednej nogi spoczywa na kolanie drugiej, tak że nogi układają się w kształt cyfry 4"),
    ("Rozluźnianie mięśniowo-powięziowe", "powolny, stały ucisk na mięsień i otaczające go tkanki"),
    ("Siedzący tryb życia", "spędzanie większości dnia na siedząco i mało ruchu"),
    (".ics", "plik kalendarza, który można otworzyć w większości aplikacji kalendarza"),
];




#[cfg(test)]
mod tests {
    use super::grammar::{date_words, num};
    use crate::model::calendar::Date;
    use crate::model::session::Work;

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

/// The page's `<title>` and description, written into the built `index.html` by the
/// prerenderer (`crate::prerender::localise`), and the switch's label.
pub mod document {
    pub const TITLE: &str = "Napięte biodra, bolące plecy? Jak biodra wpływają na dolną część pleców";
    pub const DESCRIPTION: &str = "Przesuwaj suwaki, aby zobaczyć koncepcję, z której korzystają terapeuci: jak napięte biodra oraz słabe mięśnie pośladkowe i mięśnie tułowia mogą pochylać miednicę i zmieniać krzywiznę dolnej części pleców, na ile pewne są badania, oraz bezpieczny plan rozciągania i wzmacniania.";
    /// The name of the language switch, for screen readers.
    pub const LANGUAGE: &str = "Język";
}

/// Punctuation between two parts the page sets in different type: a label and its text
/// ("Easier: ..."), a question and its answer. Each part is a whole phrase of its own.
pub mod punctuation {
    /// After a label, before its text: "Easier: ...".
    pub const LABEL: &str = ": ";
    /// After a short heading run into its paragraph: "Hip flexors. ...".
    pub const RUN_IN: &str = ". ";
}

/// The plan section.
pub mod plan {
    // PL: Polish joins a list with "i" and puts no comma before it: "a, b i c". The Polish
    // `grammar` has no `list`, so it is this module's own. (Placed before the items so that the
    // side-by-side file does not list its separators under an item.)
    fn list(items: &[&str]) -> String {
        match items {
            [] => String::new(),
            [one] => (*one).to_string(),
            [rest @ .., last] => [rest.join(", ").as_str(), *last].join(" i "),
        }
    }

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
    // PL: the names follow a colon, so they stay in the nominative.
    pub fn today_session(day: &str, names: &[&str]) -> String {
        format!("Dzisiaj ({day}) sesja z przewodnikiem obejmuje: {}.", list(names))
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
    /// On each card: "Works: the hip flexors at the front of the hip." (`what` is the
    /// exercise's `works`).
    // PL: "Działa na: zginacze biodra z przodu biodra." The exercises' `works` are written so
    // that they read after "Działa na:" (plural or neuter nouns, whose accusative is the
    // nominative); "Pracują:" would not fit massage or walking.
    pub fn works(what: &str) -> String {
        format!("Działa na: {what}.")
    }
    pub const HOW_MUCH: &str = "Ile:";
    pub const PROGRESS_RULE: &str = "Następny krok:";
    pub const EASIER: &str = "Wersja łatwiejsza:";
    pub const HARDER: &str = "Wersja trudniejsza:";
    pub const TAKE_CARE: &str = "Zachowaj ostrożność:";
    /// "in place of pigeon pose": a safer version names the seed exercise it replaces.
    // PL: "zamiast" needs the genitive, but the name stays as it is (nominative, capital
    // letter) in quotes after "ćwiczenia": "zamiast ćwiczenia „Pozycja gołębia”". No lower case.
    pub fn in_place_of(name: &str) -> String {
        ["zamiast ćwiczenia \u{201e}", name, "\u{201d}"].concat()
    }
    // PL: impersonal, so no "zaznaczyłeś/zaznaczyłaś".
    pub const YOU_TICKED: &str = "Zaznaczone przez Ciebie:";
    /// "Call 01234 567890.", after `questions_to`: the words before and after the clinic's
    /// phone number, which is a link.
    // PL: "Zadzwoń pod numer 0123 456 789."
    pub const CALL: (&str, &str) = ("Zadzwoń pod numer ", ".");

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

/// Each exercise's words (`model::exercises`): its card in the plan, the guided session, the
/// printed handout and the therapist's builder. `how` is the handout's one line; `works`
/// follows "Works:" on the card (`plan::works`).
// PL: `works` follows "Działa na:" (`plan::works`), so each is a plural or neuter noun phrase
// (accusative = nominative). The names are used as they are (capital letter, nominative) in
// quotes inside sentences (`plan::in_place_of`, `plan_text::replaced`), and after colons in
// lists, so they need not be declined or lowercased. Gendered past forms and participles
// ("oparty/oparta") are avoided; "jakbyś zapinał" is "tak jak przy zapinaniu".
pub mod exercises {
    use crate::model::exercises::ExerciseText;

    // PL: "wykrok" (lunge); the kneeling start is "klęk jednonóż".
    pub const LUNGE_STRETCH: ExerciseText = ExerciseText {
        name: "Rozciąganie w wykroku",
        works: "zginacze biodra z przodu biodra",
        how: "W klęku jednonóż podwiń kość ogonową, a potem przesuń biodra do przodu, aż poczujesz rozciąganie z przodu biodra po stronie nogi, na której klęczysz.",
        steps: &[
            "Uklęknij prawym kolanem na poduszce, lewą stopę postaw płasko przed sobą; oba kolana zgięte pod kątem prostym.",
            "Podwiń kość ogonową, tak jak przy zapinaniu ciasnego paska, i napnij prawy pośladek.",
            "Przesuń biodra do przodu, aż poczujesz łagodne rozciąganie z przodu prawego biodra.",
            "Utrzymuj tułów wyprostowany i oddychaj powoli; potem zmień stronę.",
        ],
        easier: "Stań w krótkim wykroku, trzymając się krzesła, i podwiń kość ogonową.",
        harder: "Unieś nad głowę rękę po stronie kolana, na którym klęczysz, i lekko odchyl tułów w przeciwną stronę.",
        caution: "Podłóż coś miękkiego pod kolano. Nie wyginaj dolnej części pleców, żeby pogłębić rozciąganie: to podwinięcie kości ogonowej daje rozciąganie.",
    };
    // PL: "Pozycja gołębia", the Polish name of the yoga pose.
    pub const PIGEON_POSE: ExerciseText = ExerciseText {
        name: "Pozycja gołębia",
        works: "mięśnie pośladkowe i głębokie rotatory biodra (małe mięśnie położone głęboko w pośladku, które obracają nogę na zewnątrz)",
        how: "Przednia goleń ułożona skośnie, tylna noga wyprostowana z tyłu, biodra ustawione prosto: opuszczaj biodra, aż poczujesz rozciąganie w pośladku.",
        steps: &[
            "Z klęku podpartego przesuń prawe kolano do przodu, tuż za prawy nadgarstek.",
            "Ułóż prawą goleń skośnie, w stronę lewego biodra; lewą nogę wysuń prosto do tyłu.",
            "Ustaw biodra prosto i opuść je tak nisko, jak jest Ci wygodnie, podpierając się rękami.",
            "Pozostań z wyprostowanym tułowiem albo pochyl się do przodu nad przednią nogą; potem zmień stronę.",
        ],
        easier: "Rozciąganie w pozycji czwórki: usiądź na krześle, połóż prawą kostkę na lewym kolanie i pochyl się do przodu z wyprostowanymi plecami.",
        harder: "Pochyl się do przodu i oprzyj się na przedramionach, utrzymując biodra ustawione prosto.",
        caution: "Pomiń to ćwiczenie, jeśli boli Cię przednie kolano; zamiast niego wykonuj rozciąganie w pozycji czwórki.",
    };
    pub const SEATED_FORWARD_FOLD: ExerciseText = ExerciseText {
        name: "Skłon w przód w siadzie",
        works: "mięśnie kulszowo-goleniowe z tyłu ud",
        how: "Usiądź prosto z nogami wyciągniętymi przed siebie i lekko ugiętymi kolanami, a potem pochyl się do przodu z bioder, z wyprostowanymi plecami.",
        steps: &[
            "Usiądź prosto na podłodze z nogami wyprostowanymi przed sobą, kolana lekko ugięte.",
            "Pochyl się do przodu z bioder, utrzymując wyprostowane plecy, i sięgnij w stronę goleni.",
            "Zatrzymaj się, gdy poczujesz łagodne rozciąganie z tyłu ud, i oddychaj powoli.",
        ],
        easier: "Usiądź na złożonym ręczniku lub poduszce i ugnij kolana nieco bardziej.",
        harder: "Załóż taśmę na stopy i łagodnie przyciągnij się nią dalej do przodu.",
        caution: "Pochylaj się z bioder; unikaj mocnego zaokrąglania dolnej części pleców i przerwij, jeśli poczujesz mrowienie promieniujące w dół nogi.",
    };
    // PL: "mostek biodrowy" is the usual Polish fitness name; "mostek" alone would be the
    // gymnastic back bend.
    pub const GLUTE_BRIDGE: ExerciseText = ExerciseText {
        name: "Mostek biodrowy",
        works: "mięśnie pośladkowe i tył ud",
        how: "W leżeniu na plecach z ugiętymi kolanami napnij pośladki i unieś biodra, aż barki, biodra i kolana znajdą się w jednej linii.",
        steps: &[
            "Połóż się na plecach, kolana ugięte, stopy płasko na podłodze, na szerokość bioder.",
            "Delikatnie napnij brzuch, a potem napnij pośladki i unieś biodra.",
            "Zatrzymaj się, gdy barki, biodra i kolana znajdą się w jednej linii; wytrzymaj przez dwa oddechy.",
            "Opuszczaj się powoli, kręg po kręgu.",
        ],
        easier: "Unoś biodra tylko do połowy albo wytrzymaj przez jeden oddech.",
        harder: "Mostek biodrowy na jednej nodze: wyprostuj jedną nogę i unoś biodra, pracując drugą.",
        caution: "Unoś biodra siłą pośladków, a nie przez wyginanie dolnej części pleców.",
    };
    // PL: "Martwy robak", as Polish trainers call the dead bug.
    pub const DEAD_BUG: ExerciseText = ExerciseText {
        name: "Martwy robak",
        works: "mięśnie głębokie tułowia, które stabilizują miednicę",
        how: "W leżeniu, z dolną częścią pleców dociśniętą do podłogi, powoli opuść przeciwną rękę i nogę, a potem zmień strony.",
        steps: &[
            "Połóż się na plecach, ręce skieruj do sufitu, biodra i kolana zegnij pod kątem prostym.",
            "Delikatnie dociśnij dolną część pleców do podłogi.",
            "Powoli opuszczaj przeciwną rękę i nogę w stronę podłogi, nie pozwalając, by plecy się uniosły.",
            "Wróć i zmień strony: to jedno powtórzenie.",
        ],
        easier: "Poruszaj tylko nogami, za każdym razem dotykając podłogi jedną piętą; ręce leżą na podłodze.",
        harder: "Trzymaj w dłoniach lekki ciężarek albo wykonuj ruch wolniej.",
        caution: "Opuszczaj rękę i nogę tylko tak nisko, jak możesz, utrzymując dolną część pleców przy podłodze.",
    };
    // PL: "Ptak-pies", the Polish calque of "bird dog" used by trainers.
    pub const BIRD_DOG: ExerciseText = ExerciseText {
        name: "Ptak-pies",
        works: "mięśnie głębokie tułowia, mięśnie pośladkowe i mięśnie pleców, pracujące razem",
        how: "W klęku podpartym, z płaskimi plecami, wyciągnij jedną rękę do przodu, a przeciwną nogę do tyłu, potem zmień strony.",
        steps: &[
            "Przyjmij pozycję klęku podpartego: dłonie pod barkami, kolana pod biodrami.",
            "Utrzymując płaskie plecy, wyciągnij jedną rękę do przodu, a przeciwną nogę do tyłu.",
            "Wytrzymaj przez dwa oddechy, nie pozwalając, by biodra się przechyliły, potem wróć.",
            "Zmień strony: to jedno powtórzenie.",
        ],
        easier: "Przesuwaj do tyłu po podłodze tylko nogę; dłonie pozostają na podłodze.",
        harder: "Między kolejnymi wyprostami przyciągnij pod tułowiem łokieć do kolana.",
        caution: "Wykonuj ruch na tyle mały, żeby plecy pozostały poziomo.",
    };
    // PL: "deska" (plank), the usual Polish name.
    pub const PLANK: ExerciseText = ExerciseText {
        name: "Deska na przedramionach",
        works: "wszystkie mięśnie głębokie tułowia",
        how: "W podporze na przedramionach utrzymuj ciało w prostej linii od głowy do pięt, oddychając spokojnie.",
        steps: &[
            "Połóż się na brzuchu i oprzyj się na przedramionach, łokcie pod barkami.",
            "Unieś ciało tak, aby tworzyło prostą linię od głowy do pięt.",
            "Utrzymaj pozycję, oddychając spokojnie, a potem opuść ciało.",
        ],
        easier: "Pozostaw kolana na podłodze.",
        harder: "Przy każdym utrzymaniu pozycji unieś jedną stopę kilka centymetrów nad podłogę.",
        caution: "Przerwij, jeśli biodra opadają albo bolą Cię plecy.",
    };
    pub const STANDING_HIP_OPENER: ExerciseText = ExerciseText {
        name: "Otwieranie biodra na stojąco",
        works: "przód bioder i mięśnie pośladkowe; to odwrotność siedzenia",
        how: "Cofnij jedną stopę, napnij pośladek po tej stronie i podwiń kość ogonową, aż przód biodra się otworzy.",
        steps: &[
            "Stań prosto i zrób mały krok do tyłu prawą stopą.",
            "Napnij prawy pośladek i podwiń kość ogonową, aż przód biodra się otworzy.",
            "Zrób wydech, rozluźnij się i zmień stronę.",
        ],
        easier: "Dla równowagi trzymaj się oparcia krzesła lub biurka.",
        harder: "Otwierając biodro, unieś obie ręce nad głowę.",
        caution: "Nie wypychaj żeber do przodu: ruch odbywa się w biodrze, a nie przez wyginanie pleców.",
    };
    pub const MOVEMENT_BREAKS: ExerciseText = ExerciseText {
        name: "Przerwy na ruch",
        works: "całe ciało i przerywa długie siedzenie",
        how: "Wstań i poruszaj się przez minutę lub dwie, łącząc to z czymś, co i tak się dzieje.",
        steps: &[
            "Wstań i poruszaj się przez minutę lub dwie: przejdź się po wodę, rozmawiaj przez telefon na stojąco.",
            "Połącz ten nawyk z czymś, co i tak się dzieje, na przykład z końcem każdego spotkania lub każdej godziny.",
        ],
        easier: "Po prostu kilka razy wstań i usiądź.",
        harder: "Przy każdej przerwie dodaj otwieranie biodra na stojąco.",
        caution: "Żadne badanie nie ustala, jak często przerywać siedzenie; to praktyczny nawyk, a nie ścisłe zalecenie.",
    };
    // PL: "Szybki marsz", as `programme::HABIT_WALKING` has it.
    pub const WALKING: ExerciseText = ExerciseText {
        name: "Szybki marsz",
        works: "serce, płuca i biodra w pełnym zakresie ruchu",
        how: "Maszeruj na tyle szybko, żeby przyspieszyć oddech, ale nadal móc rozmawiać.",
        steps: &[
            "Maszeruj na tyle szybko, żeby przyspieszyć oddech, ale nadal móc rozmawiać.",
            "Dodawaj około 30 minut tygodniowo (na przykład o 10 minut więcej w trzy dni), aż dojdziesz do 150 minut tygodniowo.",
            "Pływanie, jazda na rowerze i joga też się liczą.",
        ],
        easier: "Podziel marsz na 10-minutowe spacery.",
        harder: "Dodaj podejścia pod górę albo zamień część marszów na pływanie lub jazdę na rowerze.",
        caution: "Zacznij łagodnie, jeśli ostatnio mało się ruszasz.",
    };
    // PL: "myofascial release" as in `GLOSSARY` ("Rozluźnianie mięśniowo-powięziowe").
    pub const MASSAGE: ExerciseText = ExerciseText {
        name: "Masaż leczniczy",
        works: "napięte mięśnie bioder i pleców, poprzez masaż tkanek głębokich i rozluźnianie mięśniowo-powięziowe (powolny, stały ucisk na mięsień i otaczające go tkanki) w gabinecie",
        how: "W gabinecie, jako uzupełnienie ćwiczeń, a nie zamiast nich.",
        steps: &[
            "Terapeuta ocenia Twoje biodra i plecy i pracuje nad napiętymi miejscami.",
            "Masaż pomaga najbardziej jako uzupełnienie ćwiczeń, a nie zamiast nich (NICE NG59).",
        ],
        easier: "Lżejszy masaż relaksacyjny.",
        harder: "Regularne wizyty w czasie, gdy stopniowo zwiększasz ćwiczenia.",
        caution: "Najpierw powiedz terapeucie o swoich problemach zdrowotnych i przyjmowanych lekach.",
    };
    pub const LUNGE_STRETCH_STANDING: ExerciseText = ExerciseText {
        name: "Rozciąganie w wykroku na stojąco",
        works: "zginacze biodra z przodu biodra, bez klękania",
        how: "Trzymając się krzesła, cofnij jedną stopę, podwiń kość ogonową i lekko ugnij przednie kolano.",
        steps: &[
            "Stań, trzymając się oparcia krzesła, i cofnij prawą stopę do krótkiego wykroku.",
            "Podwiń kość ogonową, tak jak przy zapinaniu ciasnego paska, i napnij prawy pośladek.",
            "Lekko ugnij przednie kolano, aż poczujesz łagodne rozciąganie z przodu prawego biodra.",
            "Utrzymuj tułów wyprostowany i oddychaj powoli; potem zmień stronę.",
        ],
        easier: "Zrób krótszy krok i utrzymuj przednie kolano prawie wyprostowane.",
        harder: "Unieś nad głowę rękę po stronie tylnej nogi.",
        caution: "Utrzymuj przednie kolano nad kostką, nie wysuwaj go przed palce stóp. Nie wyginaj dolnej części pleców, żeby pogłębić rozciąganie.",
    };
    // PL: the figure-four position is "pozycja czwórki" everywhere, without inner quotes,
    // since the name itself is quoted in sentences („Rozciąganie w pozycji czwórki”).
    pub const FIGURE_OF_FOUR: ExerciseText = ExerciseText {
        name: "Rozciąganie w pozycji czwórki",
        works: "mięśnie pośladkowe i głębokie rotatory biodra, w siadzie na krześle",
        how: "Siedząc, połóż kostkę jednej nogi na kolanie drugiej i pochyl się do przodu z bioder, z wyprostowanymi plecami.",
        steps: &[
            "Usiądź prosto blisko przedniej krawędzi stabilnego krzesła, obie stopy płasko na podłodze.",
            "Połóż prawą kostkę na lewym kolanie, tak aby nogi ułożyły się w kształt cyfry 4.",
            "Z wyprostowanymi plecami pochyl się do przodu z bioder, aż poczujesz łagodne rozciąganie w prawym pośladku.",
            "Oddychaj powoli; potem zmień stronę.",
        ],
        easier: "Siedź prosto bez pochylania się albo oprzyj kostkę niżej, na goleni.",
        harder: "Pozycja gołębia na podłodze, jeśli kolana i biodra dobrze to znoszą: przednia goleń ułożona w poprzek maty, tylna noga wyprostowana z tyłu.",
        caution: "Przerwij, jeśli czujesz to w kolanie, a nie w pośladku.",
    };
    pub const LYING_HAMSTRING_STRETCH: ExerciseText = ExerciseText {
        name: "Rozciąganie mięśni kulszowo-goleniowych w leżeniu z taśmą",
        works: "mięśnie kulszowo-goleniowe z tyłu ud, w leżeniu, z podpartymi plecami",
        how: "W leżeniu, z taśmą założoną na jedną stopę, prostuj tę nogę w stronę sufitu, aż poczujesz łagodne rozciąganie.",
        steps: &[
            "Połóż się na plecach z ugiętymi kolanami i załóż taśmę, pasek lub ręcznik na prawą stopę.",
            "Prostuj prawą nogę w stronę sufitu, trzymając taśmę obiema rękami.",
            "Zatrzymaj się, gdy poczujesz łagodne rozciąganie z tyłu uda; głowa i plecy pozostają rozluźnione na podłodze.",
            "Oddychaj powoli; potem zmień stronę.",
        ],
        easier: "Utrzymuj kolano uniesionej nogi lekko ugięte.",
        harder: "Wyprostuj drugą nogę na podłodze.",
        caution: "Przerwij i opuść nogę, jeśli poczujesz mrowienie, pieczenie lub ból rozchodzący się w dół nogi.",
    };
    // PL: "muszelka" (clamshell), the usual Polish name.
    pub const SIDE_LYING_CLAM: ExerciseText = ExerciseText {
        name: "Muszelka w leżeniu na boku",
        works: "mięśnie pośladkowe z boku i z tyłu biodra, w leżeniu na boku",
        how: "W leżeniu na boku, ze złączonymi stopami, unieś górne kolano, nie odchylając się do tyłu, potem powoli je opuść.",
        steps: &[
            "Połóż się na lewym boku, z głową na ręce lub poduszce, biodra i kolana ugięte.",
            "Trzymaj stopy razem, a biodra ustawione jedno nad drugim.",
            "Unieś prawe kolano tak wysoko, jak jest Ci wygodnie, nie odchylając się do tyłu, potem powoli je opuść.",
            "Wykonaj wszystkie powtórzenia, potem obróć się na drugi bok.",
        ],
        easier: "Zmniejsz zakres ruchu.",
        harder: "Na górze każdego uniesienia zatrzymaj się na dwa oddechy.",
        caution: "Ruch odbywa się w biodrze: miednica pozostaje nieruchoma.",
    };
}

/// The plan's sentences built from the person's settings and answers (`model::plan`): each
/// exercise's dose, its next step and why it is in the plan, and what a caution changed.
pub mod plan_text {
    use super::grammar::{num, plural};

    // PL: Polish helpers for counted words. They come before the items so that the
    // side-by-side file does not list their words under an item.

    /// "1 minuta", "22 minuty", "90 minut", "7,5 minuty": a count in the nominative. A
    /// fraction takes the genitive singular, which for "godzina", "minuta" and "sekunda" is the
    /// `few` form.
    fn count(v: f64, one: &'static str, few: &'static str, many: &'static str) -> String {
        let n = num(v);
        let word = if n.contains(',') { few } else { plural(v.round() as u64, one, few, many) };
        [n.as_str(), word].join(" ")
    }

    /// "około 7 godzin", "około 22 godzin", "około 1 godziny", "około 7,5 godziny": "około"
    /// (about) takes the genitive: the singular (`few`, as above) for 1 and for a fraction, the
    /// plural (`many`) for any other number.
    fn about(v: f64, few: &'static str, many: &'static str) -> String {
        let n = num(v);
        let word = if n.contains(',') || n == "1" { few } else { many };
        ["około", n.as_str(), word].join(" ")
    }

    /// "po 8 powtórzeń", "po 2 powtórzenia", "po 1 powtórzeniu": the form after "po" (each).
    fn repetitions_after_po(n: u32) -> &'static str {
        if n == 1 {
            "powtórzeniu"
        } else {
            plural(n.into(), "powtórzenie", "powtórzenia", "powtórzeń")
        }
    }

    /// "Ponieważ …, ćwiczenie „Pozycja gołębia” …": an exercise's name in Polish quotes, so it
    /// keeps its own form (nominative, capital letter) whatever case the sentence needs.
    fn quoted(name: &str) -> String {
        ["\u{201e}", name, "\u{201d}"].concat()
    }

    // The dose ("How much:" on each card).

    /// A held stretch: "Hold 30 seconds, 2 times on each side, every day".
    // PL: "Utrzymaj pozycję przez 30 sekund, 2 razy na każdą stronę, codziennie" ("przez" takes
    // the accusative: "1 sekundę", "2 sekundy", "30 sekund").
    pub fn hold(seconds: u32, repetitions: u32, per_side: bool, days_per_week: u32) -> String {
        format!(
            "Utrzymaj pozycję przez {seconds} {}, {repetitions} {}{}, {}",
            plural(seconds.into(), "sekundę", "sekundy", "sekund"),
            plural(repetitions.into(), "raz", "razy", "razy"),
            on_each_side(per_side),
            days(days_per_week)
        )
    }

    /// Strengthening: "2 sets of 8 to 12 repetitions, resting about a minute between sets, 3
    /// days a week, never two in a row".
    // PL: "2 serie po 8–12 powtórzeń, z przerwą około minuty między seriami, 3 dni w tygodniu,
    // nigdy dwa dni z rzędu".
    pub fn reps(sets: u32, reps_low: u32, reps_high: u32, rest_seconds: u32, per_side: bool, days_per_week: u32) -> String {
        format!(
            "{sets} {} po {} {}{}{}, {}",
            plural(sets.into(), "seria", "serie", "serii"),
            if reps_low == reps_high { reps_low.to_string() } else { format!("{reps_low}\u{2013}{reps_high}") },
            repetitions_after_po(reps_high),
            on_each_side(per_side),
            rest_between(sets, rest_seconds, "seriami"),
            days(days_per_week)
        )
    }

    /// A timed hold done in sets (the plank): "3 holds of 20 seconds, resting about a minute
    /// between them, 3 days a week, never two in a row".
    // PL: said like a held stretch, "Utrzymaj pozycję przez 20 sekund, 3 razy, z przerwą około
    // minuty między powtórzeniami, …": "3 utrzymania pozycji po 20 sekund" is clumsy, and the
    // guided session calls each hold "Powtórzenie 1 z 3".
    pub fn timed_sets(sets: u32, seconds: u32, rest_seconds: u32, per_side: bool, days_per_week: u32) -> String {
        format!(
            "Utrzymaj pozycję przez {seconds} {}, {sets} {}{}{}, {}",
            plural(seconds.into(), "sekundę", "sekundy", "sekund"),
            plural(sets.into(), "raz", "razy", "razy"),
            on_each_side(per_side),
            rest_between(sets, rest_seconds, "powtórzeniami"),
            days(days_per_week)
        )
    }

    fn on_each_side(per_side: bool) -> &'static str {
        if per_side {
            " na każdą stronę"
        } else {
            ""
        }
    }

    /// ", resting about a minute between sets"; nothing for a single set or no rest.
    // PL: "około" takes the genitive: "około minuty", "około 45 sekund", "około 1 sekundy".
    fn rest_between(sets: u32, seconds: u32, between: &str) -> String {
        match (sets, seconds) {
            (0..=1, _) | (_, 0) => String::new(),
            (_, 60) => format!(", z przerwą około minuty między {between}"),
            _ => format!(", z przerwą około {seconds} {} między {between}", if seconds == 1 { "sekundy" } else { "sekund" }),
        }
    }

    // PL: "dni" is the plural for every number from 2 ("2 dni", "5 dni").
    fn days(days: u32) -> String {
        match days {
            7.. => "codziennie".to_string(),
            1 => "raz w tygodniu".to_string(),
            2..=3 => format!("{days} dni w tygodniu, nigdy dwa dni z rzędu"),
            _ => format!("{days} dni w tygodniu"),
        }
    }

    // When to make it harder ("Next step:"): a rule of thumb therapists use, not a finding.
    // `harder_offered` is false where a caution rules out harder versions (thin bones).

    /// Strengthening in sets of repetitions; fewer than three sets: first a set more.
    // PL: "Gdy bez trudu wykonasz 2 serie po 12 powtórzeń, …": the sets are the object
    // (accusative: "1 serię", "2 serie", "5 serii"), so no adjective has to agree with them.
    pub fn progression_reps(sets: u32, reps_high: u32, harder_offered: bool) -> String {
        let add = if sets < 3 {
            format!(
                "Gdy bez trudu wykonasz {sets} {} po {reps_high} {}, dodaj jedną serię. ",
                plural(sets.into(), "serię", "serie", "serii"),
                repetitions_after_po(reps_high)
            )
        } else {
            String::new()
        };
        format!(
            "{add}Gdy bez trudu wykonasz 3 serie po {reps_high} {}, {}. Ostatnie 2 lub 3 powtórzenia powinny być trudne, ale wykonywane z poprawną techniką (wysiłek na poziomie około 5\u{2013}7 z 10).",
            repetitions_after_po(reps_high),
            then(harder_offered)
        )
    }

    /// A timed hold done in sets (the plank).
    // PL: "Gdy bez trudu utrzymasz pozycję 3 razy, …", matching `timed_sets`.
    pub fn progression_timed(harder_offered: bool) -> String {
        format!("Gdy bez trudu utrzymasz pozycję 3 razy, {}.", then(harder_offered))
    }

    fn then(harder_offered: bool) -> &'static str {
        if harder_offered {
            "przejdź do trudniejszej wersji"
        } else {
            "pozostań przy tej wersji i zapytaj fizjoterapeutę, zanim spróbujesz jakiejkolwiek trudniejszej"
        }
    }

    // Why each exercise is in the suggested plan, tied to the person's sliders. `hip_flexors`,
    // `hamstrings`, `glutes` and `core` are the sliders' readings ("9 of 10 - very tight").
    // PL: the readings follow a colon ("Twoje zginacze biodra: 9 z 10 – bardzo napięte"), so
    // they need not agree with the muscles' name.

    /// `sitting_hours`: given when the person sits 6 hours a day or more.
    pub fn why_lunge_stretch(hip_flexors: &str, sitting_hours: Option<f64>) -> String {
        let sitting = match sitting_hours {
            Some(h) => format!("; siedzenie przez {} dziennie utrzymuje je w pozycji skróconej", about(h, "godziny", "godzin")),
            None => String::new(),
        };
        format!("Twoje zginacze biodra: {hip_flexors}{sitting}. To rozciąganie może sprawić, że przód biodra będzie swobodniejszy przy staniu i chodzeniu.")
    }
    pub fn why_forward_fold(hamstrings: &str) -> String {
        format!("Twoje mięśnie kulszowo-goleniowe: {hamstrings}. To rozciąganie może ułatwić pochylanie się do przodu.")
    }
    pub const WHY_FIGURE_OF_FOUR: &str = "Terapeuci uważają, że gdy biodra są sztywne, dolna część pleców może przejmować więcej ruchu; badania nie wykazały tego jednoznacznie. To rozciąganie rozluźnia pośladek i tył biodra.";
    pub fn why_hip_opener(sitting_hours: f64) -> String {
        format!(
            "Siedzisz {} dziennie. Ten krótki ruch jest przeciwieństwem siedzenia: biodra są wyprostowane i otwarte.",
            about(sitting_hours, "godziny", "godzin")
        )
    }
    pub fn why_glute_bridge(glutes: &str) -> String {
        format!("Twoje mięśnie pośladkowe: {glutes}. To ćwiczenie wzmacnia je na potrzeby codziennych czynności, takich jak wchodzenie po schodach i wstawanie z krzesła.")
    }
    pub fn why_dead_bug(core: &str) -> String {
        format!("Twoje mięśnie głębokie tułowia: {core}. To ćwiczenie uczy kontroli tułowia podczas ruchów rąk i nóg.")
    }
    pub const WHY_BIRD_DOG: &str =
        "To ćwiczenie uczy współpracy mięśni głębokich tułowia, pośladków i pleców; to częsty element programów ćwiczeń przy bólu pleców.";
    pub fn why_plank(core: &str) -> String {
        format!("Twoje mięśnie głębokie tułowia: {core}. Deska pomaga utrzymać ich siłę i buduje wytrzymałość.")
    }
    /// Someone supple and strong still gets a short routine to keep it so.
    pub const WHY_LUNGE_SUPPLE: &str = "Twoje zginacze biodra wydają się elastyczne. Codzienne rozciąganie pomaga zachować ich swobodę ruchu.";
    /// Never shown today: the dead bug or the plank is in every suggested plan, so this fallback
    /// does not come up, and `docs/content.md` does not list it (a function, not a const, so
    /// the content test does not ask for it). Add it there if the thresholds change.
    pub fn why_bridge_strong() -> String {
        "Twoje mięśnie pośladkowe są silne. Krótka seria pomoże utrzymać ich siłę.".to_string()
    }

    // The habits ("Habits for the week"): why, and how much.

    pub fn why_breaks(sitting_hours: f64) -> String {
        format!(
            "Siedzisz {} dziennie. Zaleca się przerywanie długiego siedzenia (UK CMOs 2019); dzięki temu biodra nie pozostają zgięte godzinami.",
            about(sitting_hours, "godziny", "godzin")
        )
    }
    pub const BREAKS: &str = "Co 30\u{2013}60 minut siedzenia wstań i poruszaj się przez minutę lub dwie. Żadne badanie nie ustala najlepszego odstępu czasu: wybierz taki, którego będziesz się trzymać, na przykład koniec każdego spotkania.";
    // PL: "Twoja aktywność fizyczna to około …": "Jesteś aktywny/aktywna" would be gendered.
    pub fn why_walking(active_minutes: f64) -> String {
        format!("Twoja aktywność fizyczna to {} tygodniowo; dorosłym zaleca się co najmniej 150 minut (WHO 2020).", about(active_minutes, "minuty", "minut"))
    }
    /// This week's walking: `goal` minutes, about `per_day` on five days, then `step` more a week.
    pub fn walking(goal: f64, per_day: f64, step: f64) -> String {
        format!(
            "W tym tygodniu: {} szybkiego marszu ({} dziennie przez pięć dni), potem co tydzień dodawaj {}, aż dojdziesz do 150 minut tygodniowo.",
            count(goal, "minuta", "minuty", "minut"),
            about(per_day, "minuty", "minut"),
            about(step, "minuty", "minut")
        )
    }
    pub const WHY_MASSAGE: &str =
        "Masaż może na jakiś czas rozluźnić napięte mięśnie bioder i pleców. NICE zaleca go tylko razem z ćwiczeniami, a nie jako samodzielne leczenie (NICE NG59).";
    pub const MASSAGE: &str = "Umów wizytę w gabinecie; Twój terapeuta zaproponuje, jak często przychodzić.";

    // What a caution changed ("How your answers changed the plan"). `because` is the caution's
    // "Because you ..."; `why` is one of the `WHY_*` below. The names are lowercased.
    // PL: `because` is a clause, "Ponieważ …", so a comma follows it. The names are not
    // lowercased but quoted, after the noun "ćwiczenie" where the sentence needs an object
    // (neuter: its accusative is its nominative), or as the subject. `why` follows a colon; the
    // `WHY_*` use present-tense verbs ("rozciąga …"), which have no gender, for "it".

    /// "Because you have thin bones, the figure-of-four stretch replaces pigeon pose: it ...".
    // PL: "Ponieważ masz kruche kości, ćwiczenie „Rozciąganie w pozycji czwórki” zastępuje
    // ćwiczenie „Pozycja gołębia”: rozciąga …".
    pub fn replaced(because: &str, to: &str, from: &str, why: &str) -> String {
        format!("{because}, ćwiczenie {} zastępuje ćwiczenie {}: {why}.", quoted(to), quoted(from))
    }
    /// "Because you have had hip surgery, figure-of-four stretch is left out: ask ...".
    // PL: "Ponieważ …, „Masaż leczniczy” nie wchodzi do planu: …". The name is the subject and
    // the verb is in the present tense, so nothing agrees with its gender; without "ćwiczenie",
    // since massage is left out this way too.
    pub fn left_out(because: &str, from: &str, why: &str) -> String {
        format!("{because}, {} nie wchodzi do planu: {why}.", quoted(from))
    }

    // Why a caution swaps an exercise for a safer one, or leaves it out: the end of `replaced`
    // or `left_out`.

    /// Hip surgery: each hip stretch is left out.
    pub const WHY_ASK_SURGEON: &str = "najpierw zapytaj swojego chirurga lub fizjoterapeutę";
    /// Thin bones: the lying hamstring stretch for the seated forward fold.
    pub const WHY_BONES_HAMSTRINGS: &str = "rozciąga mięśnie kulszowo-goleniowe przy podpartych plecach, bez zginania kręgosłupa do przodu";
    /// Thin bones: the figure-of-four for pigeon pose.
    pub const WHY_BONES_GLUTES: &str = "rozciąga te same mięśnie w siadzie z wyprostowanym tułowiem, bez pochylania się do przodu";
    /// Pregnancy: the side-lying clam for the glute bridge.
    pub const WHY_PREGNANCY_BRIDGE: &str = "wzmacnia mięśnie pośladkowe bez leżenia na plecach";
    /// Pregnancy: the bird dog for the dead bug.
    pub const WHY_PREGNANCY_DEAD_BUG: &str = "ćwiczy mięśnie głębokie tułowia w klęku podpartym zamiast w leżeniu na plecach";
    /// Pregnancy: the figure-of-four for pigeon pose.
    pub const WHY_PREGNANCY_GLUTES: &str = "to łagodniejsze rozciąganie, wykonywane na siedząco";
    /// Pregnancy: the lying hamstring stretch is left out.
    pub const WHY_PREGNANCY_LYING: &str =
        "to ćwiczenie wykonuje się w leżeniu na plecach; zapytaj swoją położną lub fizjoterapeutę o rozciąganie odpowiednie dla Ciebie";
    /// A baby recently: the plank is left out.
    // PL: the UK "6-week postnatal check" is "kontrola 6 tygodni po porodzie".
    pub const WHY_POSTNATAL_PLANK: &str = "poczekaj do kontroli 6 tygodni po porodzie, a potem stopniowo wprowadzaj ćwiczenia mięśni głębokich tułowia za zgodą lekarza pierwszego kontaktu (GP) lub fizjoterapeuty";
    /// A recent operation or injury: the standing hip opener is left out.
    pub const WHY_RECENT_HIP_OPENER: &str = "rozciąga przód biodra; zanim zaczniesz to ćwiczenie, skonsultuj się ze swoim chirurgiem lub terapeutą";
    /// A recent operation or injury: massage is left out.
    pub const WHY_RECENT_MASSAGE: &str =
        "masaż w pobliżu świeżej rany lub nowego urazu trzeba odłożyć do czasu, aż się zagoi; powiedz o tym w gabinecie, gdy będziesz umawiać wizytę";
    /// A recent operation or injury: every other stretch and strengthening exercise is left out.
    pub const WHY_RECENT_CHECK: &str = "zanim zaczniesz to ćwiczenie, skonsultuj się ze swoim chirurgiem lub terapeutą";
    /// Sciatica: the lying hamstring stretch for the seated forward fold.
    pub const WHY_LEG_HAMSTRINGS: &str = "w leżeniu, ze zgiętym kolanem, dokładnie kontrolujesz, jak daleko idzie noga, i możesz utrzymać nerw bez napięcia";
    /// Sciatica: the figure-of-four for pigeon pose.
    pub const WHY_LEG_GLUTES: &str = "siedzenie prosto bez pochylania się do przodu nie rozciąga dodatkowo nerwu";
    /// Sore knees: the standing lunge stretch for the lunge stretch.
    pub const WHY_KNEES_LUNGE: &str = "rozciąga te same mięśnie bez klękania";
    /// Sore knees: the figure-of-four for pigeon pose.
    pub const WHY_KNEES_GLUTES: &str = "rozciąga te same mięśnie bez podwijania kolana pod siebie";
    /// 65 or older: the figure-of-four for pigeon pose.
    pub const WHY_OLDER_GLUTES: &str = "rozciąga te same mięśnie na siedząco, na krześle, bez schodzenia na podłogę";
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
    use crate::model::session::{Side, Step, Work};

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

    // PL: a noun phrase in the nominative, after a comma: "Rozciąganie w wykroku, prawa strona".
    pub fn side(side: Side) -> &'static str {
        match side {
            Side::Right => "prawa strona",
            Side::Left => "lewa strona",
        }
    }

    /// The step's heading: the exercise, and the side when it is done on each in turn
    /// ("Lunge stretch, right side").
    pub fn with_side(name: &str, side: Option<Side>) -> String {
        match side {
            Some(s) => format!("{name}, {}", self::side(s)),
            None => name.to_string(),
        }
    }

    /// What a screen reader hears at each step; `title` is `with_side`.
    pub fn announce(step: usize, total: usize, title: &str, work: Work, round: &str, paused: bool) -> String {
        let phase = match work {
            Work::Reps { .. } => String::new(),
            w => format!(" {}.", phase(w)),
        };
        format!("Krok {step} z {total}: {title}, {round}.{phase}{}", if paused { " Wstrzymano." } else { "" })
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

/// Numbers with a fraction as the page shows them to the person: "7.5" (Polish writes
/// "7,5"). Numbers in links, settings files and the drawing's coordinates are not shown this way.
pub mod number {
    /// `v` rounded to `places` decimals (at most 4), without trailing zeros: "7", "7.5".
    // PL: the decimal comma: "7", "7,5", "-2,5".
    pub fn decimal(v: f64, places: u32) -> String {
        crate::model::num::fmt_fixed(v, places).replace('.', ",")
    }
}

/// Days and dates.
pub mod calendar {
    use crate::model::calendar::Date;

    /// Monday first, as `Date::weekday` counts: "Your week", today's guided session, the
    /// calendar file's events.
    // PL: lower case, as Polish writes the days inside a sentence: "Dzisiaj (poniedziałek)",
    // "Plan rozciągania (środa)"; also the full name behind each short heading of "Your week".
    pub const WEEKDAYS: [&str; 7] = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"];
    /// The column headings of "Your week".
    // PL: the usual Polish abbreviations, with their full stops.
    pub const WEEKDAYS_SHORT: [&str; 7] = ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."];
    // PL: in the genitive ("listopada"), the form a Polish date takes ("29 listopada 2026"),
    // which is the only place the page names a month. A month named on its own (a heading
    // such as "listopad 2026") would need the nominative.
    pub const MONTHS: [&str; 12] =
        ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"];

    /// A date in words: "29 November 2026" (a programme's date, the summary's weeks).
    // PL: "29 listopada 2026", the month in the genitive (`grammar::date_words`).
    pub fn date(d: Date) -> String {
        super::grammar::date_words(d)
    }

    /// A date in short, under the small charts' bars and points: "29/11".
    // PL: day, full stop, month in two digits: "29.11", "4.12", "5.03".
    pub fn day_month(d: Date) -> String {
        format!("{}.{:02}", d.day, d.month)
    }
}

/// The sliders' words, the muscles and the figure's states (`model::posture`).
// PL: every muscle's Polish name is a plural noun phrase (zginacze, mięśnie), so the words said
// of a muscle (the slider's words, its state in the figure) take the non-personal plural:
// "napięte", "słabe", "pracują intensywniej".
pub mod posture {
    use super::grammar::plural;
    use super::number::decimal;
    use crate::model::posture::{BackLoad, InputId, Muscle, MuscleState, RangeComparison};

    /// The slider's label (also in the notices about a link's settings).
    // PL: nouns in the nominative, so that they can open a notice ("Napięcie zginaczy biodra:
    // wartość spoza zakresu") and be lowered after "Pominięto" (`link::not_a_number`).
    pub fn label(id: InputId) -> &'static str {
        match id {
            InputId::HipFlexors => "Napięcie zginaczy biodra",
            InputId::Hamstrings => "Napięcie mięśni kulszowo-goleniowych",
            InputId::Glutes => "Siła mięśni pośladkowych",
            InputId::Core => "Siła mięśni tułowia",
            InputId::Sitting => "Godziny siedzenia dziennie",
            InputId::Activity => "Aktywność (minuty tygodniowo)",
        }
    }

    /// A short hint under the label: what the two ends of the slider mean.
    pub fn hint(id: InputId) -> &'static str {
        match id {
            InputId::HipFlexors => "Przód biodra: 0 \u{2013} elastyczne, 10 \u{2013} bardzo napięte",
            InputId::Hamstrings => "Tył uda: 0 \u{2013} elastyczne, 10 \u{2013} bardzo napięte",
            InputId::Glutes => "Mięśnie pośladków: 0 \u{2013} bardzo słabe, 10 \u{2013} bardzo silne",
            InputId::Core => "Mięśnie brzucha i tułowia: 0 \u{2013} bardzo słabe, 10 \u{2013} bardzo silne",
            InputId::Sitting => "Biurko, samochód, kanapa: wszystko się liczy",
            InputId::Activity => "Szybki marsz, jazda na rowerze, pływanie i tym podobne",
        }
    }

    /// The tightness sliders' words, from 0 up (`model::posture` chooses by the value).
    // PL: plural, agreeing with the muscles ("zginacze biodra: 7 z 10 – napięte").
    pub const TIGHTNESS: [&str; 5] = ["elastyczne", "dość elastyczne", "umiarkowanie napięte", "napięte", "bardzo napięte"];
    /// The strength sliders' words, from 0 up.
    pub const STRENGTH: [&str; 5] = ["bardzo słabe", "słabe", "umiarkowanie silne", "silne", "bardzo silne"];
    /// Hours of sitting, from little to most.
    pub const SITTING: [&str; 4] = ["mało", "sporo", "dużo", "przez większość dnia"];
    /// Minutes of activity a week, from little to most (WHO 2020: 150 to 300 advised).
    pub const ACTIVITY: [&str; 4] = ["bardzo mało", "poniżej zalecanych 150 minut", "w zalecanym zakresie od 150 do 300", "powyżej zalecanego zakresu"];

    /// The noun after a number the page shows with `decimal`: a fraction takes the genitive
    /// singular, `fraction` ("7,5 godziny"); a whole number the plural rule ("1 godzina",
    /// "3 godziny", "9 godzin").
    fn unit(v: f64, one: &'static str, few: &'static str, many: &'static str, fraction: &'static str) -> &'static str {
        // A value shown without a fraction is within 0,05 of a whole number: that number.
        if decimal(v, 1).contains(',') {
            fraction
        } else {
            plural(v.abs().round() as u64, one, few, many)
        }
    }

    /// A muscle slider's value in words as well as numbers: "7 of 10 - tight".
    // PL: an en dash between the number and the word: "7 z 10 – napięte".
    pub fn of_ten(value: f64, word: &str) -> String {
        format!("{} z 10 \u{2013} {word}", decimal(value, 1))
    }
    /// "9.5 hours a day - a lot".
    // PL: "9,5 godziny dziennie – dużo", "10 godzin dziennie – dużo".
    pub fn hours_a_day(value: f64, word: &str) -> String {
        format!("{} {} dziennie \u{2013} {word}", decimal(value, 1), unit(value, "godzina", "godziny", "godzin", "godziny"))
    }
    /// "200 minutes a week - within the advised 150 to 300".
    pub fn minutes_a_week(value: f64, word: &str) -> String {
        format!("{} {} tygodniowo \u{2013} {word}", decimal(value, 1), unit(value, "minuta", "minuty", "minut", "minuty"))
    }

    /// A value against its typical range.
    pub fn comparison(c: RangeComparison) -> &'static str {
        match c {
            RangeComparison::Below => "poniżej typowego zakresu",
            RangeComparison::Within => "w typowym zakresie",
            RangeComparison::Above => "powyżej typowego zakresu",
            RangeComparison::LessNoConcern => "mniej niż typowo: to w porządku",
            RangeComparison::MoreNoConcern => "więcej niż typowo: to w porządku",
        }
    }

    /// The back muscles in the idea the figure draws (made up for the illustration).
    // PL: the same three words as in `how_sure::LOAD_TEXT`, plural to agree with "mięśnie".
    pub fn back_load(b: BackLoad) -> &'static str {
        match b {
            BackLoad::Low => "w spoczynku",
            BackLoad::Raised => "bardziej aktywne",
            BackLoad::High => "intensywnie pracujące",
        }
    }

    // PL: the names of the glossary (`GLOSSARY`), all plural.
    pub fn muscle(m: Muscle) -> &'static str {
        match m {
            Muscle::HipFlexors => "Zginacze biodra",
            Muscle::Hamstrings => "Mięśnie kulszowo-goleniowe",
            Muscle::Glutes => "Mięśnie pośladkowe",
            Muscle::Abdominals => "Mięśnie brzucha",
            Muscle::LowerBack => "Mięśnie dolnej części pleców",
        }
    }

    /// How a muscle shows in the figure, on its own.
    // PL: the non-personal plural ("mięśnie" understood), as in `figure::KEY_LINES`.
    pub fn state(s: MuscleState) -> &'static str {
        match s {
            MuscleState::Normal => "w normie",
            MuscleState::Tight => "napięte",
            MuscleState::Weak => "słabe",
            MuscleState::WorkingHarder => "pracują intensywniej",
        }
    }

    /// How a muscle shows, said of that muscle: after its name in the figure's key and labels
    /// and in its text alternative ("Hip flexors: tight"). The same in English; a language
    /// whose adjectives agree with the noun chooses by the muscle.
    // PL: the adjective agrees with the muscle's name. All five names are non-personal plurals
    // ("zginacze biodra: napięte", "mięśnie pośladkowe: słabe", "mięśnie dolnej części pleców:
    // pracują intensywniej"), and so is `figure::LOWER_BACK_SHORT` ("Mięśnie pleców"), so each
    // takes the plural forms of `state`, whatever the muscle. A name in the masculine singular
    // (such as "dół pleców") would need its own forms: "napięty", "słaby", "pracuje
    // intensywniej".
    pub fn muscle_state(_muscle: Muscle, s: MuscleState) -> &'static str {
        state(s)
    }
}

/// The explanation beside the figure: the chain for these settings, and the clinic's article
/// (`model::explain`).
// PL: "the idea therapists work with" is "koncepcja, z której korzystają terapeuci", as in
// `page::LEDE` and `how_sure`; "Therapists think" is "Terapeuci uważają"; "may" is "może/mogą".
// Ranges are "od 8 do 18°" (`range`), so a comparison names its range in brackets.
pub mod explain {
    use super::grammar::{lower, plural};
    use super::number::decimal;
    use crate::model::explain::{Activity, Point, Sitting};

    /// A whole number of degrees for screen readers: "minus 4 degrees", "1 degree".
    // PL: "1 stopień", "4 stopnie", "5 stopni", "minus 4 stopnie"; the same form serves after
    // "o" ("pochylona o 4 stopnie") and "wynosi" ("wynosi 4 stopnie").
    pub fn degrees_spoken(whole: i64) -> String {
        match whole {
            r if r < 0 => format!("minus {} {}", -r, plural((-r) as u64, "stopień", "stopnie", "stopni")),
            r => format!("{r} {}", plural(r as u64, "stopień", "stopnie", "stopni")),
        }
    }

    /// A typical range: "8 to 18°".
    pub fn range(low: f64, high: f64) -> String {
        format!("od {} do {}°", decimal(low, 1), decimal(high, 1))
    }

    /// What the back muscles do in the idea the figure draws, wherever it appears: made up for
    /// the illustration, never a measurement, and it chooses no exercise.
    pub const LOAD_LABEL: &str = "Mięśnie pleców w koncepcji (ilustracja)";
    // PL: "wielkość wymyślona", as `how_sure::LOAD_TEXT` calls it.
    pub const LOAD_SCALE: &str = "wielkość wymyślona, a nie zmierzona";

    /// One line summary for the heading above the figure; the angles as `explain::degrees`.
    pub fn headline(tilt: &str, curve: &str) -> String {
        format!("Miednica pochylona do przodu o {tilt}, krzywizna lędźwiowa {curve}: to ilustracja, a nie pomiar Twojego ciała.")
    }

    /// What a screen reader announces once the person stops moving a slider: each angle
    /// spoken, with how it compares with its typical range, and the back muscles' word.
    pub fn live_summary(tilt: &str, tilt_cmp: &str, curve: &str, curve_cmp: &str, hip: &str, hip_cmp: &str, load: &str) -> String {
        format!("Pochylenie miednicy {tilt}, {tilt_cmp}. Krzywizna lędźwiowa {curve}, {curve_cmp}. Wyprost biodra {hip}, {hip_cmp}. Mięśnie pleców w koncepcji: {load}.")
    }

    /// Beside the figure and in the chart's summary: the figure exaggerates, and by how much.
    // PL: "około" takes the genitive, so "około 26 stopni" (and "około 22 stopni") whatever
    // the number.
    pub fn exaggeration_note(span_deg: f64) -> String {
        format!(
            "To ilustracja, a nie pomiar. Aby koncepcja była dobrze widoczna, rysunek wyolbrzymia działanie mięśni: suwaki zmieniają pochylenie jego miednicy w zakresie około {} stopni, podczas gdy w najlepszym badaniu ćwiczenia zmieniły pochylenie o mniej niż 2 stopnie (Brekke 2020).",
            decimal(span_deg, 1)
        )
    }

    // The chain from habits to the lower back, one short paragraph per link. Links the
    // studies did not confirm are told as what they are: the idea therapists work with.
    /// The hip-flexor paragraph: the slider in words (`describe`, "7 of 10 - tight"), then what
    /// the hours of sitting and the week's activity add, when they add anything.
    // PL: "przez" takes the accusative: "przez 9 godzin", "przez 9,5 godziny", "przez 12
    // godzin" (a fraction takes the genitive singular).
    pub fn hip_flexors(describe: &str, sitting: Sitting, activity: Activity) -> String {
        let sitting = match sitting {
            Sitting::Long(hours) => format!(
                " Siedzenie przez {} {} dziennie utrzymuje je w pozycji skróconej przez długie okresy.",
                decimal(hours, 1),
                hours_after_przez(hours)
            ),
            Sitting::Little => " Gdy mało siedzisz, spędzają mniej czasu w pozycji skróconej.".to_string(),
            Sitting::Between => String::new(),
        };
        let activity = match activity {
            Activity::Low => " Przy mniej niż 150 minutach aktywności tygodniowo mogą rzadko przechodzić przez pełny zakres ruchu.",
            Activity::High => " Dzięki Twojej aktywności często przechodzą przez swój zakres ruchu.",
            Activity::Between => "",
        };
        format!("Twoje zginacze biodra: {describe}.{sitting}{activity}")
    }
    /// "godzinę", "godziny", "godzin" for `hours` as `decimal` shows it (a value shown without
    /// a fraction is within 0,05 of a whole number, and a fraction takes the genitive singular).
    fn hours_after_przez(hours: f64) -> &'static str {
        if decimal(hours, 1).contains(',') {
            "godziny"
        } else {
            plural(hours.abs().round() as u64, "godzinę", "godziny", "godzin")
        }
    }

    /// `tilt` in degrees, `cmp` against the typical `band` ("8 to 18°").
    pub fn tilt_forward(tilt: &str, cmp: &str, band: &str) -> String {
        format!(
            "Terapeuci wyobrażają sobie, że napięte zginacze biodra pochylają przód miednicy w dół, i tak pokazuje to rysunek; badania wykazują tylko słaby związek. Miednica na rysunku jest pochylona do przodu o {tilt}, {cmp} ({band}: taki zakres wynika z samego kształtu kości, Preece 2008). Większość osób bez bólu pleców stoi z miednicą nieco pochyloną do przodu."
        )
    }
    pub fn tilt_backward(tilt: &str, cmp: &str, band: &str) -> String {
        format!("Miednica na rysunku jest pochylona do tyłu o {tilt}, {cmp} ({band}).")
    }

    pub const TIGHT_HAMSTRINGS: &str =
        "Rysunek pokazuje też, jak napięte mięśnie kulszowo-goleniowe nieco pochylają miednicę do tyłu, częściowo równoważąc pochylenie do przodu.";
    pub const WEAK_GLUTES_AND_CORE: &str = "W koncepcji, z której korzystają terapeuci, słabe mięśnie pośladkowe i mięśnie tułowia pozwalają miednicy pochylić się do przodu i zostawiają więcej pracy mięśniom pleców. Badania tego nie potwierdziły, ale większa siła ułatwia codzienne ruchy.";
    pub const WEAK_GLUTES: &str = "W koncepcji, z której korzystają terapeuci, słabe mięśnie pośladkowe pozwalają miednicy pochylić się do przodu i zostawiają więcej pracy mięśniom pleców. Badania tego nie potwierdziły, ale większa siła ułatwia codzienne ruchy.";
    pub const WEAK_CORE: &str = "W koncepcji, z której korzystają terapeuci, słabe mięśnie tułowia pozwalają miednicy pochylić się do przodu i zostawiają więcej pracy mięśniom pleców. Badania tego nie potwierdziły, ale większa siła ułatwia codzienne ruchy.";
    pub const STRONG_GLUTES_AND_CORE: &str =
        "Rysunek pokazuje, jak silne mięśnie pośladkowe i mięśnie tułowia utrzymują miednicę bliżej poziomu, tak jak wyobrażają to sobie terapeuci.";

    pub fn curve(curve: &str, cmp: &str, band: &str) -> String {
        format!(
            "Gdy miednica pochyla się do przodu, dolna część pleców wygina się bardziej, aby utrzymać wyprostowaną sylwetkę: gdy ludzie celowo pochylają miednicę, krzywizna zmienia się mniej więcej o tyle samo (Levine 1996). Krzywizna lędźwiowa na rysunku wynosi {curve}, {cmp} ({band})."
        )
    }

    pub fn hip_less(hip: &str, band: &str) -> String {
        format!(
            "Wyprost biodra na rysunku (przesunięcie uda do tyłu, za linię ciała) wynosi około {hip}, czyli mniej niż typowy zakres ({band}) wokół średniej około 7\u{b0}, zmierzonej u osób bez bólu pleców w jednym małym badaniu (Roach 2015). Terapeuci uważają, że gdy wyprost biodra jest mniejszy, dolna część pleców może bardziej się wyginać podczas chodzenia i schylania się, aby to wyrównać. W tym badaniu osoby z długotrwałym bólem pleców miały średnio mniejszy wyprost biodra, ale nie pokazuje to, co pojawiło się najpierw, a suwak nie pokaże, jak porusza się Twoje własne biodro."
        )
    }
    pub fn hip_within(hip: &str, band: &str) -> String {
        format!(
            "Wyprost biodra na rysunku (przesunięcie uda do tyłu, za linię ciała) wynosi około {hip}, czyli mieści się w typowym zakresie ({band}), blisko średniej u osób bez bólu pleców w jednym badaniu (Roach 2015)."
        )
    }
    pub fn hip_more(hip: &str, band: &str) -> String {
        format!("Wyprost biodra na rysunku (przesunięcie uda do tyłu, za linię ciała) wynosi około {hip}, czyli więcej niż typowy zakres ({band}; Roach 2015). Nie jest to problemem.")
    }

    pub const LOAD_LOW: &str = "W koncepcji, którą ilustruje rysunek, mięśnie pleców są w spoczynku.";
    pub const LOAD_RAISED: &str =
        "W koncepcji, z której korzystają terapeuci, mięśnie pleców są bardziej aktywne, bo utrzymują głębszą krzywiznę. Jest to wymyślone na potrzeby ilustracji, a nie zmierzone.";
    pub const LOAD_HIGH: &str = "W koncepcji, z której korzystają terapeuci, mięśnie pleców intensywnie pracują, aby utrzymać krzywiznę. Jest to wymyślone na potrzeby ilustracji, a nie zmierzone, a wiele osób z takimi ustawieniami nie odczuwa bólu.";

    /// One muscle in the figure's text alternative: "hip flexors tight".
    // PL: `grammar::lower`, so that "Ł", "Ś" and the like are lowered too: "zginacze biodra napięte".
    pub fn muscle_in_list(muscle: &str, state: &str) -> String {
        format!("{} {state}", lower(muscle))
    }

    /// The figure's text alternative: the angles spoken, the typical tilt, and the muscles
    /// (each `muscle_in_list`).
    pub fn figure_description(tilt: &str, typical: (f64, f64), curve: &str, hip: &str, muscles: &[String]) -> String {
        format!(
            "To ilustracja, a nie pomiar. Miednica jest pochylona do przodu o {tilt} (typowo od {} do {} stopni), a krzywizna lędźwiowa wynosi {curve}. Wyprost biodra wynosi {hip}. Mięśnie: {}.",
            decimal(typical.0, 1),
            decimal(typical.1, 1),
            muscles.join(", ")
        )
    }

    /// The clinic's article: why hips get tight.
    pub const CAUSES: [Point; 3] = [
        Point {
            title: "Długotrwałe siedzenie",
            text: "Siedzenie utrzymuje biodra w zgięciu, więc zginacze biodra przez wiele godzin pozostają w pozycji skróconej. Terapeuci uważają, że z czasem się do tego dostosowują i gdy stoisz, pochylają miednicę do przodu; badania nie wykazały tego jednoznacznie.",
        },
        Point {
            title: "Brak rozciągania",
            text: "Zginacze biodra, mięśnie kulszowo-goleniowe i mięśnie pośladkowe, które rzadko są rozciągane, mogą sprawiać wrażenie sztywnych i poruszać się mniej swobodnie.",
        },
        Point {
            title: "Przeciążenie lub zbyt mała aktywność",
            text: "U sportowców i osób, które trenują za dużo, mięśnie bioder mogą stać się napięte i przeciążone; siedzący tryb życia (spędzanie większości dnia na siedząco i mało ruchu) może sprawić, że te same mięśnie będą sztywne i słabe.",
        },
    ];

    /// The clinic's article: how therapists picture the link to the back.
    pub const MECHANISMS: [Point; 3] = [
        Point {
            title: "Pochylenie miednicy do przodu",
            text: "Gdy miednica pochyla się do przodu (przodopochylenie miednicy), krzywizna lędźwiowa się pogłębia: gdy ludzie celowo pochylają miednicę, krzywizna zmienia się mniej więcej o tyle samo (Levine 1996). Terapeuci uważają, że głębsza krzywizna obciąża stawy dolnej części pleców, ale większość ludzi stoi z miednicą nieco pochyloną do przodu i nie odczuwa bólu (Herrington 2011).",
        },
        Point {
            title: "Sztywne biodra, zapracowane plecy",
            text: "Terapeuci uważają, że gdy biodra poruszają się mniej, dolna część pleców porusza się więcej w ich zastępstwie, gdy schylasz się, podnosisz coś i chodzisz. Osoby z długotrwałym bólem pleców mają wyprost biodra o około 11 stopni mniejszy niż osoby bez takiego bólu (Roach 2015), choć nie pokazuje to, co pojawiło się najpierw.",
        },
        Point {
            title: "Dysbalans mięśniowy",
            text: "Napięte zginacze biodra przy słabych mięśniach pośladkowych oraz mięśnie pleców, które pracują intensywniej, aby to wyrównać: to wzorzec, którego szukają terapeuci. Badania wykazują tylko słaby związek między tymi mięśniami a postawą: zobacz \u{201e}Na ile to pewne?\u{201d}.",
        },
    ];

    /// The clinic's article: what helps.
    // PL: the exercises' names must be those of `exercises` (rozciąganie w wykroku, pozycja
    // gołębia, skłon w przód w siadzie), in lower case inside the sentence.
    pub const WHAT_HELPS: [Point; 6] = [
        Point {
            title: "Rozciąganie",
            text: "Rozciąganie w wykroku na zginacze biodra, pozycja gołębia na mięśnie pośladkowe i skłon w przód w siadzie na mięśnie kulszowo-goleniowe. Rozciąganie może pomóc odczuwać mniejszą sztywność i łatwiej się poruszać; nie wykazano, że zmienia postawę.",
        },
        Point {
            title: "Wzmacnianie",
            text: "Wzmacniaj mięśnie tułowia i mięśnie pośladkowe: siła ułatwia codzienne czynności, takie jak wchodzenie po schodach, podnoszenie i wstawanie, a ćwiczenia są zalecaną metodą leczenia bólu dolnej części pleców (NICE NG59).",
        },
        Point {
            title: "Zmiana pozycji",
            text: "Nie ma jednej prawidłowej postawy. Często zmieniaj pozycję, wstawaj i ruszaj się, a także wykonuj ruchy przeciwne do Twojej pozycji przy pracy: po siedzeniu stań prosto i otwórz przód bioder.",
        },
        Point {
            title: "Masaż",
            text: "Masaż tkanek głębokich i rozluźnianie mięśniowo-powięziowe (powolny, stały ucisk na mięsień i otaczające go tkanki) mogą na pewien czas rozluźnić napięte mięśnie; NICE zaleca je tylko jako uzupełnienie ćwiczeń (NICE NG59).",
        },
        Point {
            title: "Aktywność",
            text: "Spacery, pływanie i joga, a do tego trochę ćwiczeń kardio i siłowych: staraj się osiągać od 150 do 300 minut umiarkowanej aktywności tygodniowo (WHO 2020).",
        },
        Point {
            title: "Konsultacja",
            text: "Umów wizytę w klinice: terapeuta może ocenić Twoje biodra i plecy oraz dopasować plan do Ciebie.",
        },
    ];
}

/// The built-in presets and the story (`model::story`).
// PL: "the idea therapists work with" is "koncepcja, z której korzystają terapeuci", as in
// `explain`. The presets' names describe a way of life, not a person, so they need no gender.
pub mod story {
    use crate::model::story::StoryText;

    /// The built-in presets, in the order of keys 1 to 4: the button's name, and its tooltip
    /// (a clinic's settings file may replace them with its own).
    pub const PRESETS: [(&str, &str); 4] = [
        ("Praca przy biurku", "Dziesięć godzin dziennie przy biurku, trochę chodzenia, napięte zginacze biodra."),
        ("Za dużo biegania", "Dużo biegania i mało rozciągania: napięte zginacze biodra i mięśnie kulszowo-goleniowe, silne nogi, zaniedbane mięśnie tułowia."),
        ("Siedzący tryb życia", "Większość dnia na siedząco, mało aktywności, słabe mięśnie pośladkowe i mięśnie tułowia."),
        ("Równowaga", "Regularna aktywność, trochę rozciągania i ćwiczeń siłowych."),
    ];

    /// The story's steps, in order.
    pub const STEPS: [StoryText; 6] = [
        StoryText {
            title: "1. Długie siedzenie",
            text: "Godziny spędzane na krześle utrzymują biodra w zgięciu, więc zginacze biodra, położone z przodu biodra, pozostają w pozycji skróconej.",
        },
        StoryText {
            title: "2. Zginacze biodra się skracają",
            text: "Terapeuci uważają, że w ciągu tygodni dostosowują się one do tej długości, tak że po wstaniu biodro nie prostuje się już w pełni. To koncepcja, a nie udowodniony wynik badań.",
        },
        StoryText {
            title: "3. Miednica pochyla się do przodu",
            text: "W koncepcji, z której korzystają terapeuci, skrócone zginacze biodra pochylają przód miednicy w dół: to przodopochylenie miednicy. Badania wykazują tylko słaby związek, a rysunek go wyolbrzymia.",
        },
        StoryText {
            title: "4. Krzywizna lędźwiowa się pogłębia",
            text: "Gdy miednica pochyla się do przodu, dolna część pleców wygina się bardziej, aby utrzymać wyprostowaną sylwetkę: gdy ludzie celowo pochylają miednicę, krzywizna zmienia się mniej więcej o tyle samo (Levine 1996). Terapeuci uważają, że obciąża to stawy dolnej części pleców; wiele osób z głęboką krzywizną nie odczuwa bólu.",
        },
        StoryText {
            title: "5. Mięśnie pleców pracują intensywniej",
            text: "W tej samej koncepcji, przy słabych mięśniach pośladkowych i mięśniach tułowia, mięśnie dolnej części pleców pracują intensywniej, aby utrzymać krzywiznę, a dolna część pleców porusza się więcej w zastępstwie bioder, gdy chodzisz, schylasz się i podnosisz coś.",
        },
        StoryText {
            title: "6. Co pomaga",
            text: "Rozciągaj zginacze biodra, wzmacniaj mięśnie pośladkowe i mięśnie tułowia, przerywaj siedzenie i więcej się ruszaj. Postawa prawie się nie zmienia (Brekke 2020), ale ćwiczenia pomagają łatwiej się poruszać i są zalecane przy bólu pleców (NICE NG59).",
        },
    ];
}

/// The calendar file's words (`model::ics`): what a phone's calendar shows for each day's event.
pub mod ics {
    /// The event's title: "Stretch plan (Monday)".
    // PL: "Plan rozciągania (poniedziałek)": the day in the nominative, lower case.
    pub fn summary(day: &str) -> String {
        format!("Plan rozciągania ({day})")
    }
    /// The event's description starts with the day's exercises.
    pub fn today(names: &[&str]) -> String {
        format!("Dzisiaj: {}.", names.join(", "))
    }
    /// The description's next line.
    // PL: "never pain" (not "sharp pain" as in `plan::DISCLAIMER`): "nigdy bólu".
    pub const MILD: &str = "Rozciąganie powinno dawać uczucie lekkiego napięcia, nigdy bólu.";
    /// The description's last line, when the clinic has a booking link.
    pub fn booking(clinic: Option<&str>, url: &str) -> String {
        format!("{}: {url}", super::plan::book_at(clinic))
    }
    /// The reminder's text.
    pub const ALARM: &str = "Czas na rozciąganie";
}

/// The figure and its readouts.
pub mod figure {
    use crate::model::posture::{Muscle, MuscleState};

    /// The pelvic tilt's name at its arc in the figure, short enough to stay inside it.
    // PL: "Miednica" (the pelvis) beside its arc: "Pochylenie miednicy 19°" and even "Kąt
    // miednicy 19°" run off the figure at the largest tilt.
    pub const PELVIC_TILT_MARKER: &str = "Miednica";
    pub const TITLE: &str = "Widok z boku osoby stojącej: miednica, dolna część pleców i otaczające je mięśnie";
    pub const KEY_LABEL: &str = "Mięśnie na rysunku";
    pub const TYPICAL_OUTLINE: &str = "Kontur przerywany: typowa postawa";
    /// The lower back muscles' name where the figure labels them, short enough for a phone.
    // PL: plural, like the full name "Mięśnie dolnej części pleców", so that the state beside
    // it agrees (`posture::muscle_state`): "Mięśnie pleców / pracują intensywniej", not
    // "Dół pleców" (singular), which would need "pracuje".
    pub const LOWER_BACK_SHORT: &str = "Mięśnie pleców";
    /// The muscles' lines carry their state without colour (and so in Windows' contrast themes).
    pub const KEY_LINES: &str = "Gruba linia ciągła: napięte. Krótkie kreski: słabe. Długie kreski: pracują intensywniej. Cienka linia: w normie.";
    /// Shown with a tilt measured from a photo (the figure's other parts stay the model's).
    pub const MEASURED_OUTLINE: &str = "Kontur kropkowany: miednica pochylona o kąt zmierzony na zdjęciu";
    pub const BEFORE: &str = "Przed";
    pub const PELVIC_TILT: &str = "Pochylenie miednicy";
    pub const LUMBAR_CURVE: &str = "Krzywizna lędźwiowa";
    pub const HIP_EXTENSION: &str = "Wyprost biodra";
    /// A readout's typical range: "typical 8 to 18°".
    // PL: "typowo od 8 do 18°" (`explain::range`).
    pub fn typical(range: &str) -> String {
        format!("typowo {range}")
    }
    /// A readout's value frozen to compare with: "before 12°".
    // PL: "wcześniej 12°" ("przed" would need the instrumental).
    pub fn before_value(value: &str) -> String {
        format!("wcześniej {value}")
    }
    /// An angle's label in the figure: "Pelvic tilt 12°" (`name` is `PELVIC_TILT`...).
    pub fn marker(name: &str, value: &str) -> String {
        format!("{name} {value}")
    }
    /// A muscle's label in the figure, on one line: "Hamstrings tight" (`state` is said of
    /// the muscle, `posture::muscle_state`). A long one is split over two lines, the name
    /// above the state.
    // PL: the state after the name, agreeing with it: "Zginacze biodra napięte".
    pub fn muscle_label(name: &str, state: &str) -> String {
        format!("{name} {state}")
    }
    /// A tight, weak or harder-working muscle's label in the figure, in one line or two (the
    /// second empty for one): the label must stay inside the figure. The long state, and the
    /// abdominals beside a forward-tilted belly, take two lines.
    // PL: the full names ("Mięśnie kulszowo-goleniowe napięte") run off the figure, so it uses
    // the everyday short names, always on two lines, with the state agreeing with each:
    // "Tył uda / napięty", "Pośladki / słabe", "Brzuch / słaby", "Plecy / pracują mocniej".
    pub fn muscle_lines(m: Muscle, s: MuscleState) -> (String, &'static str) {
        let plural = |s| match s {
            MuscleState::Tight => "napięte",
            MuscleState::Weak => "słabe",
            MuscleState::WorkingHarder => "pracują mocniej",
            MuscleState::Normal => "w normie",
        };
        let singular = |s| match s {
            MuscleState::Tight => "napięty",
            MuscleState::Weak => "słaby",
            MuscleState::WorkingHarder => "pracuje mocniej",
            MuscleState::Normal => "w normie",
        };
        let (name, state) = match m {
            Muscle::HipFlexors => ("Zginacze biodra", plural(s)),
            Muscle::Hamstrings => ("Tył uda", singular(s)),
            Muscle::Glutes => ("Pośladki", plural(s)),
            Muscle::Abdominals => ("Brzuch", singular(s)),
            Muscle::LowerBack => ("Plecy", plural(s)),
        };
        (name.to_string(), state)
    }
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
    pub const SPINE_T12: &str = "Kręgosłup, T12 (opcjonalnie)";
    pub const SPINE_L3: &str = "Kręgosłup, L3 (opcjonalnie)";
    pub const SPINE_S1: &str = "Kręgosłup, S1 (opcjonalnie)";
    pub const SPINE: &str = "Trzy punkty na kręgosłupie (opcjonalnie)";
    // PL: "bony bumps of the spine" are "wyrostki kolczyste"; "the tops of the hip bones" are
    // "górne krawędzie talerzy biodrowych" (the line of the iliac crests).
    pub const SPINE_HOW: &str = "Naklejki na wyrostkach kolczystych kręgosłupa: L4 leży mniej więcej na wysokości górnych krawędzi talerzy biodrowych, L3 to wyrostek tuż nad nim, a T12 to czwarty wyrostek powyżej L4; S1 to pierwszy wyrostek poniżej L5, tuż nad dołeczkami PSIS. Dzięki nim strona odczyta przybliżoną krzywiznę lędźwiową.";
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
    pub const SPINE_SAME_POINT: &str = "Dwa punkty na kręgosłupie są w tym samym miejscu: przesuń jeden z nich.";
    pub const CURVE_IMPLAUSIBLE: &str = "Taka krzywizna wykracza poza to, co występuje w odcinku lędźwiowym u osoby stojącej: któryś punkt na kręgosłupie jest prawdopodobnie w złym miejscu.";
    pub const CURVE_ROUGH: &str = "Krzywizna lędźwiowa jest jeszcze bardziej przybliżona. To kąt łuku przechodzącego przez trzy punkty na kręgosłupie. Znaczniki na kręgosłupie dają wynik różniący się od zdjęcia rentgenowskiego średnio o około 6° (Leroux 2000), a ten łuk to nie ten sam kąt, co kąt ze zdjęcia rentgenowskiego, z którego pochodzi typowy zakres na rysunku, dlatego ich nie porównujemy.";
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
    pub fn curve(degrees: &str, error: &str) -> String {
        format!("Krzywizna lędźwiowa na tym zdjęciu: {degrees} (plus minus około {error})")
    }
    pub fn earlier_with_curve(day: &str, tilt: &str, curve: &str) -> String {
        format!("Poprzedni pomiar, z dnia {day}: pochylenie miednicy {tilt}, krzywizna lędźwiowa {curve}.")
    }
    pub fn curve_within(by: &str, smallest: &str) -> String {
        format!("Różnica krzywizny lędźwiowej ({by}) mieści się w granicach błędu pomiaru: aby można było mówić o zmianie, dwa zdjęcia muszą różnić się o więcej niż {smallest}.")
    }
    pub fn curve_beyond(by: &str, smallest: &str) -> String {
        format!("Różnica krzywizny lędźwiowej ({by}) jest większa niż błąd pomiaru ({smallest}). Nadal może jednak wynikać z ułożenia naklejek lub ze sposobu, w jaki osoba stała.")
    }
    pub fn send_with_curve(tilt: &str, error: &str, curve: &str, curve_error: &str) -> String {
        format!("Pomiar ze zdjęcia, pochylenie miednicy {tilt} (plus minus około {error}) i krzywizna lędźwiowa {curve} (plus minus około {curve_error}), trafi do klienta razem z tworzonym przez Ciebie programem: tylko liczby, nigdy zdjęcie.")
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
    /// An angle to a tenth of a degree: "7.5°" (the smallest change two photos can show).
    // PL: decimal comma: "7,5°".
    pub fn degrees_tenths(v: f64) -> String {
        super::number::decimal(v, 1) + "°"
    }
}

/// The chart.
pub mod chart {
    pub const HEADING: &str = "Gdzie na krzywej wypadają te ustawienia";
    pub const KEY_TILT: &str = "Pochylenie miednicy (linia ciągła)";
    pub const KEY_CURVE: &str = "Krzywizna lędźwiowa (linia przerywana)";
    pub const KEY_BAND: &str = "Typowy zakres (zacieniowany)";
    /// Under the chart: its `summary`, then what the shading means.
    pub fn caption(summary: &str) -> String {
        format!("{summary} Zacieniowane pasy: typowe zakresy.")
    }
    pub const SHOW_NUMBERS: &str = "Pokaż liczby";
    pub const TABLE_CAPTION: &str =
        "Pochylenie miednicy i krzywizna lędźwiowa przy każdym ustawieniu napięcia zginaczy biodra; pozostałe ustawienia takie, jak je wybrano";
    pub const COL_HIP_FLEXORS: &str = "Napięcie zginaczy biodra";
    // PL: decimal comma ("7,5 z 10").
    pub fn of_ten(v: f64) -> String {
        format!("{} z 10", super::number::decimal(v, 1))
    }
    /// Inside the chart's drawing: its axes, and the label by the person's point.
    pub const X_AXIS: &str = "Napięcie zginaczy biodra (0 \u{2013} elastyczne, 10 \u{2013} bardzo napięte)";
    pub const Y_AXIS: &str = "Stopnie";
    pub fn you(tilt: &str) -> String {
        format!("Ty: {tilt}")
    }
    /// The chart in words, for people who cannot see it: each angle from supple to very tight
    /// hip flexors (`explain::degrees`), with its typical range, and at the person's `setting`
    /// (the slider in words).
    // PL: the setting ("7 z 10 – napięte") in brackets, as it has its own dash.
    pub fn summary(
        tilt: (&str, &str),
        tilt_typical: (f64, f64),
        curve: (&str, &str),
        curve_typical: (f64, f64),
        setting: &str,
        you_tilt: &str,
        you_curve: &str,
    ) -> String {
        use super::number::decimal;
        format!(
            "Przy Twoich pozostałych ustawieniach przejście od elastycznych do bardzo napiętych zginaczy biodra zmienia pochylenie miednicy od {} do {} (typowo od {} do {}), a krzywiznę lędźwiową od {} do {} (typowo od {} do {}). Przy Twoim ustawieniu ({setting}) pochylenie miednicy wynosi {you_tilt}, a krzywizna lędźwiowa {you_curve}. Krzywa jest ilustracją, która wyolbrzymia: w najlepszym badaniu ćwiczenia zmieniły pochylenie o mniej niż 2 stopnie (Brekke 2020).",
            tilt.0,
            tilt.1,
            decimal(tilt_typical.0, 1),
            decimal(tilt_typical.1, 1),
            curve.0,
            curve.1,
            decimal(curve_typical.0, 1),
            decimal(curve_typical.1, 1),
        )
    }
    /// The axes of the sessions-per-week chart (under "Your progress").
    pub const WEEK_STARTING: &str = "Początek tygodnia";
    pub const SESSIONS: &str = "Sesje";
    /// The axes of the effort and pain chart (the summary for the therapist).
    pub const DATE: &str = "Data";
    pub const ZERO_TO_TEN: &str = "Od 0 do 10";
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
            "{} w ciągu ostatnich 8 tygodni; w tym tygodniu {}. Obecna seria: {streak} {} z rzędu.",
            sessions(total),
            sessions(this_week),
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
    // PL: `calendar::date` is the Polish date ("29 listopada 2026").
    use super::calendar::date;
    use super::grammar::plural;
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
        format!("Twój program od {}, {}", clinic.unwrap_or("Twojego terapeuty"), date(issued))
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
        format!("Masz już program z {}. Czy zastąpić go programem z {}?", date(old), date(new))
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
    /// The notice: `PARTLY_READ` and what was left out (each a `dropped_…` line or const).
    pub fn partly_read(dropped: &[String]) -> String {
        format!("{PARTLY_READ} {}.", dropped.join("; "))
    }

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
    pub fn measured_with_curve(day: &str, tilt: &str, error: &str, curve: &str, curve_error: &str) -> String {
        format!("Pomiar ze zdjęcia wykonany w klinice dnia {day}: pochylenie miednicy {tilt} (plus minus około {error}), krzywizna lędźwiowa {curve} (plus minus około {curve_error}). Pomiar z jednego zdjęcia jest przybliżony: opisuje tamten dzień, a nie to, czy dzieje się coś złego.")
    }
}

/// Effort and pain after a session, and "Show my therapist".
pub mod review {
    // PL: `calendar::date` is the Polish date ("29 listopada 2026").
    use super::calendar::date;
    use super::grammar::plural;
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
        format!("Od {} do {}. Tylko liczby i oceny: podsumowanie ani jego link nie zawierają niczego więcej.", date(since), date(made))
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
    /// The notice: `PARTLY_READ` and what was left out (each a `DROPPED_…` const).
    pub fn partly_read(dropped: &[String]) -> String {
        format!("{PARTLY_READ} {}.", dropped.join("; "))
    }
    pub const DROPPED_WEEKS: &str = "tygodnie po dwunastym";
    pub const DROPPED_EXERCISE: &str = "ćwiczenie, którego ta strona nie zna";
    pub const DROPPED_MEASUREMENT: &str = "pomiar ze zdjęcia";
    pub const DROPPED_RATING: &str = "ocena spoza zakresu od 0 do 10";
    pub const CUT_SHORT: &str = "link był ucięty";
}

// PL: the safety screen. Urgency is kept word for word: "now" is "natychmiast", "straight
// away" is "od razu"/"natychmiastowy", "today" is "dzisiaj", "urgent" is "pilny". UK services
// keep their names with a Polish gloss: "A&E (szpitalny oddział ratunkowy)" in every item that
// names it (each item can be shown on its own: the footer, the advice box, the content table),
// "zadzwoń pod numer 999", "zadzwoń pod numer NHS 111", "lekarz pierwszego kontaktu (GP)".
// "Go to A&E" is "udaj się na A&E", not "jedź", which would suggest driving.
// Questions are checkbox labels: where English says "You have had ..." the Polish avoids the
// gendered past ("przeszedłeś/przeszłaś") with "Masz za sobą ..." or a noun phrase.
pub mod safety {
    use crate::model::safety::{CautionText, RedFlagText, TierText};

    // How urgently to get help (`Tier`): the advice's heading and text, and the action beside a
    // ticked red flag of that tier that has none of its own.
    /// A&E or 999 now: possible cauda equina syndrome, a heart or blood-vessel cause, a major
    /// injury, or nerve signs with a history of cancer.
    // PL: this text is only shown for the four nerve signs (bladder/bowel, saddle, sexual, both
    // legs), so "these" is "zaznaczone objawy" (symptoms).
    pub const EMERGENCY: TierText = TierText {
        heading: "Natychmiast udaj się na A&E (szpitalny oddział ratunkowy) lub zadzwoń pod numer 999",
        text: "Zaznaczone objawy razem z bólem pleców mogą być oznaką ucisku na nerwy u podstawy kręgosłupa (zespół ogona końskiego). Zdarza się to rzadko, ale wymaga natychmiastowego sprawdzenia w szpitalu. Nie czekaj, aż samo minie, i nie zaczynaj ćwiczeń.",
        action: "Natychmiast udaj się na A&E (szpitalny oddział ratunkowy) lub zadzwoń pod numer 999.",
    };
    /// NHS 111 or the GP today.
    // PL: "with this" is "z zaznaczonym punktem": one of the ticks of this tier (a weakened
    // immune system) is not a symptom.
    pub const SAME_DAY: TierText = TierText {
        heading: "Uzyskaj pomoc medyczną dzisiaj",
        text: "Ból pleców z zaznaczonym punktem wymaga dzisiaj oceny lekarza lub pielęgniarki: zadzwoń pod numer NHS 111 lub do swojego lekarza pierwszego kontaktu (GP). Z nowymi ćwiczeniami poczekaj, proszę, do czasu badania; ruszaj się łagodnie, na tyle, na ile pozwala ból.",
        action: "Zadzwoń dzisiaj pod numer NHS 111 lub do swojego lekarza pierwszego kontaktu (GP).",
    };
    /// A GP appointment within the next few days.
    // PL: "the item you ticked" is "zaznaczony przez Ciebie punkt" (no gendered past).
    pub const SOON: TierText = TierText {
        heading: "Poproś swojego lekarza pierwszego kontaktu (GP) o pilną wizytę",
        text: "Przy bólu pleców zaznaczone punkty wymagają oceny lekarza, zanim zaczniesz nowy plan ćwiczeń. U większości osób okazuje się, że nie dzieje się nic poważnego, ale należy to sprawdzić. Poproś w swojej przychodni lekarza pierwszego kontaktu (GP) o pilną wizytę i powiedz, że chodzi o ból pleców i zaznaczony przez Ciebie punkt; jeśli nie uda się umówić wizyty w ciągu kilku dni, zadzwoń pod numer NHS 111. Do tego czasu ruszaj się łagodnie: spacery i zwykłe codzienne czynności są w porządku. Z nowymi ćwiczeniami poczekaj do czasu badania. Możesz wydrukować tę stronę i zabrać ją ze sobą.",
        action: "Poproś swojego lekarza pierwszego kontaktu (GP) o pilną wizytę.",
    };

    // The red-flag questions (`RedFlag`), in the screen's order. `action` is what to do about the
    // answer when it differs from its tier's; `own_text` explains an emergency that is not about
    // the nerves at the base of the spine, shown instead of (or beside) the tier's own text.
    // PL: "pee" and "poo" are "oddawanie moczu" and "oddawanie stolca", the plain lay words
    // ("siusiu"/"kupa" would be childish); "back passage" is "odbyt".
    pub const BLADDER_OR_BOWEL: RedFlagText = RedFlagText {
        question:
            "Nowe trudności z rozpoczęciem oddawania moczu lub z opróżnieniem pęcherza, brak czucia, że pęcherz jest pełny, popuszczanie albo brak kontroli nad oddawaniem moczu lub stolca",
        action: None,
        own_text: None,
    };
    // PL: "the saddle area" is "okolica siodłowa", as in "znieczulenie siodłowate".
    pub const SADDLE_NUMBNESS: RedFlagText = RedFlagText {
        question:
            "Drętwienie lub mrowienie wokół narządów płciowych, odbytu lub po wewnętrznej stronie ud albo zmienione czucie podczas podcierania się po skorzystaniu z toalety (tzw. okolica siodłowa)",
        action: None,
        own_text: None,
    };
    pub const SEXUAL_DYSFUNCTION: RedFlagText =
        RedFlagText { question: "Nowe problemy z funkcjami seksualnymi, na przykład utrata czucia", action: None, own_text: None };
    pub const BOTH_LEGS_WEAK_OR_NUMB: RedFlagText = RedFlagText {
        question: "Ból, mrowienie, drętwienie lub osłabienie obu nóg albo drętwienie lub osłabienie nogi, które szybko się nasila",
        action: None,
        own_text: None,
    };
    // PL: "Do not drive yourself" is "Nie prowadź samochodu": after "call 999" it can only mean
    // driving yourself to hospital, and it needs no gendered "sam/sama".
    pub const CHEST_OR_TUMMY_PAIN: RedFlagText = RedFlagText {
        question: "Ból w klatce piersiowej albo nagły, silny ból brzucha i pleców",
        action: Some("Natychmiast zadzwoń pod numer 999. Nie prowadź samochodu."),
        own_text: Some("Razem z bólem pleców może to wynikać z problemu z sercem lub z dużym naczyniem krwionośnym. Natychmiast zadzwoń pod numer 999. Nie prowadź samochodu."),
    };
    pub const ONE_LEG_WEAK_OR_NUMB: RedFlagText = RedFlagText {
        question: "Nowe lub narastające osłabienie jednej nogi lub stopy (na przykład stopa zahacza o podłoże lub klapie o nie przy chodzeniu) albo drętwienie nogi, które się rozprzestrzenia lub nasila",
        action: None,
        own_text: None,
    };
    pub const FEVER_OR_UNWELL: RedFlagText =
        RedFlagText { question: "Wysoka temperatura, dreszcze lub ogólnie bardzo złe samopoczucie", action: None, own_text: None };
    pub const IMMUNE_OR_INJECTING: RedFlagText = RedFlagText {
        question: "Osłabiony układ odpornościowy (z powodu choroby lub leków, na przykład chemioterapii) albo wstrzykujesz sobie narkotyki",
        action: None,
        own_text: None,
    };
    // PL: "in case a bone in the spine is broken" is "aby wykluczyć złamanie kości kręgosłupa"
    // (to rule it out), not "bo kość może być złamana".
    pub const MAJOR_INJURY: RedFlagText = RedFlagText {
        question: "Ból zaczął się po poważnym urazie, na przykład po upadku z wysokości lub w wypadku drogowym",
        action: Some("Natychmiast udaj się na A&E (szpitalny oddział ratunkowy). Jeśli nie możesz bezpiecznie się poruszać albo masz drętwienie, mrowienie lub osłabienie rąk lub nóg, nie ruszaj się i zadzwoń pod numer 999."),
        own_text: Some("Po poważnym urazie ból pleców wymaga natychmiastowego badania w szpitalu, aby wykluczyć złamanie kości kręgosłupa."),
    };
    // PL: "You have had cancer (at any time)" becomes a noun phrase with "obecnie lub kiedykolwiek
    // w przeszłości", which keeps "at any time" (including now) without "chorowałeś/chorowałaś".
    pub const HISTORY_OF_CANCER: RedFlagText = RedFlagText {
        question: "Choroba nowotworowa (rak), obecnie lub kiedykolwiek w przeszłości, a ten ból pleców jest nowy albo inny niż Twój zwykły ból",
        action: Some(
            "Poproś swojego lekarza pierwszego kontaktu (GP) o pilną wizytę i wspomnij o swojej historii choroby nowotworowej. Jeśli jesteś pod opieką zespołu onkologicznego, zadzwoń zamiast tego na jego całodobową linię telefoniczną.",
        ),
        own_text: None,
    };
    pub const UNEXPLAINED_WEIGHT_LOSS: RedFlagText = RedFlagText { question: "Utrata masy ciała bez odchudzania się", action: None, own_text: None };
    pub const NIGHT_PAIN: RedFlagText = RedFlagText { question: "Stały ból w nocy, który nie słabnie przy zmianie pozycji", action: None, own_text: None };
    pub const NEW_PAIN_UNDER_20_OR_OVER_50: RedFlagText =
        RedFlagText { question: "Ten ból pleców jest nowy, a Ty masz mniej niż 20 lub więcej niż 50 lat", action: None, own_text: None };
    // PL: "thin bones" is "kruche kości", the usual lay gloss of osteoporosis in Polish.
    pub const MINOR_FALL_WITH_FRAGILE_BONES: RedFlagText = RedFlagText {
        question: "Ból zaczął się po drobnym upadku lub nadwyrężeniu, a Ty masz osteoporozę (kruche kości) lub długotrwale przyjmujesz sterydy w tabletkach",
        action: Some("Poproś swojego lekarza pierwszego kontaktu (GP) o pilną wizytę: przy kruchych kościach upadek może spowodować pęknięcie kości kręgosłupa, co lekarz może chcieć sprawdzić."),
        own_text: None,
    };

    // The cautions (`Caution`): things about the person that change the plan instead of stopping
    // it. `because` starts every reason the caution gives in the plan ("Because you ...");
    // `advice` is shown once for the caution, beside the plan.
    // PL: `because` is a clause "Ponieważ ..." without a full stop, which `plan_text::replaced`
    // and `plan_text::left_out` continue after a comma ("Ponieważ masz kruche kości, ...").
    pub const HIP_SURGERY: CautionText = CautionText {
        question: "Masz za sobą wszczepienie endoprotezy stawu biodrowego lub inną operację biodra",
        because: "Ponieważ masz za sobą operację biodra",
        advice: "Zanim zaczniesz jakiekolwiek rozciąganie biodra, zapytaj swojego chirurga lub fizjoterapeutę: po operacji biodra niektóre ruchy (zginanie biodra powyżej kąta prostego, krzyżowanie nóg, obracanie nogi do środka lub na zewnątrz) mogą przez pewien czas nie być bezpieczne. W planie zostały tylko ćwiczenia bez tych ruchów.",
    };
    pub const OSTEOPOROSIS: CautionText = CautionText {
        question: "Masz osteoporozę (kruche kości) lub doszło u Ciebie do złamania kości kręgosłupa",
        because: "Ponieważ masz kruche kości",
        advice: "Przy kruchych kościach najlepiej unikać mocnego zginania pleców do przodu, zwłaszcza przyciągania się taśmą lub składania się nad nogami. Zamiast tego pochylaj się w biodrach, z prostymi plecami. Ćwiczenia wzmacniające i spacery są dobre dla kości. Plan nie proponuje trudniejszych wersji ćwiczeń. Twój lekarz pierwszego kontaktu (GP) lub fizjoterapeuta może dopasować plan do Ciebie, a Royal Osteoporosis Society (brytyjskie towarzystwo osteoporozy) udostępnia porady dotyczące ćwiczeń.",
    };
    // PL: the exercises named in the advice ("rozciąganie w wykroku", "muszelka", pozycja
    // "czwórki") must match the Polish exercise names in `exercises` (Lunge stretch, Side-lying
    // clam, Figure-of-four stretch). "Pelvic health physiotherapist" is "fizjoterapeuta
    // uroginekologiczny", the usual Polish name of that specialty. "domes down the middle"
    // (the doming of a diastasis) is "uwypukla się wzdłuż środka (tworzy się wybrzuszenie lub
    // „stożek”)".
    pub const PREGNANCY: CautionText = CautionText {
        question: "Jesteś w ciąży",
        because: "Ponieważ jesteś w ciąży",
        advice: "Mniej więcej po 16. tygodniu ciąży najlepiej unikać dłuższego leżenia płasko na plecach, dlatego takie ćwiczenia zastąpiono wersjami w leżeniu na boku, w klęku podpartym lub na siedząco, a deskę (plank) wykonuje się z kolanami opartymi o podłoże: przerwij, jeśli brzuch uwypukla się wzdłuż środka (tworzy się wybrzuszenie lub \u{201e}stożek\u{201d}). Rozciągaj się delikatnie, tylko do uczucia lekkiego napięcia. Jeśli odczuwasz ból z przodu lub z tyłu miednicy (ból obręczy miednicznej), przy zmianie pozycji trzymaj kolana razem, pomiń rozciąganie w wykroku, ćwiczenie \u{201e}muszelka\u{201d} i rozciąganie w pozycji czwórki oraz zapytaj położną o fizjoterapeutę uroginekologicznego. Przerwij i od razu skontaktuj się z położną lub oddziałem położniczym (maternity unit), jeśli pojawi się krwawienie z pochwy, wyciek płynu z pochwy, ból w klatce piersiowej, zawroty głowy lub uczucie omdlewania, ból lub obrzęk łydki, regularne bolesne twardnienia brzucha (skurcze) albo dziecko rusza się mniej niż zwykle.",
    };
    // PL: "You have had a baby" is "Masz za sobą poród" (no gendered past). The quoted answer
    // must match the start of `RECENT_SURGERY_OR_INJURY.question`. "Health visitor" is
    // "pielęgniarka środowiskowa (health visitor)".
    pub const POSTNATAL: CautionText = CautionText {
        question: "Masz za sobą poród w ciągu ostatnich sześciu miesięcy",
        because: "Ponieważ masz za sobą niedawny poród",
        advice: "Spacery i ćwiczenia mięśni dna miednicy możesz zacząć, kiedy poczujesz, że to dobry moment. Z deską (plankiem) i trudniejszymi ćwiczeniami mięśni głębokich tułowia (core) poczekaj do wizyty kontrolnej 6 tygodni po porodzie. Po cesarskim cięciu zaznacz też \u{201e}operacja w ciągu ostatnich trzech miesięcy\u{201d}. Jeśli przy unoszeniu głowy brzuch uwypukla się wzdłuż środka, zapytaj lekarza pierwszego kontaktu (GP) lub pielęgniarkę środowiskową (health visitor) o fizjoterapeutę uroginekologicznego.",
    };
    pub const RECENT_SURGERY_OR_INJURY: CautionText = CautionText {
        question: "Operacja w ciągu ostatnich trzech miesięcy albo nowy uraz w innym miejscu (skręcenie, naciągnięcie lub złamanie) w ciągu ostatnich sześciu tygodni",
        because: "Ponieważ masz za sobą niedawną operację lub uraz",
        advice: "Zanim zaczniesz, skonsultuj się ze swoim chirurgiem lub terapeutą. Do tego czasu plan proponuje tylko łagodny ruch i spacery. Umawiając wizytę w klinice, powiedz o operacji lub urazie: masaż w pobliżu świeżej rany lub nowego urazu trzeba odłożyć do czasu wygojenia.",
    };
    // PL: "steady" (not getting worse) is "utrzymujące się na tym samym poziomie", not "stały",
    // which would read as "constant".
    pub const LEG_SYMPTOMS: CautionText = CautionText {
        question: "Ból, mrowienie lub drętwienie promieniujące w dół jednej nogi (rwa kulszowa), utrzymujące się na tym samym poziomie lub słabnące, bez osłabienia nogi",
        because: "Ponieważ ból lub mrowienie promieniuje do nogi",
        advice: "Ból promieniujący do nogi warto skonsultować z lekarzem pierwszego kontaktu (GP) lub fizjoterapeutą. Plan wykorzystuje rozciąganie mięśni kulszowo-goleniowych w leżeniu ze zgiętym kolanem oraz rozciąganie w pozycji czwórki wykonywane w pozycji wyprostowanej. Przerwij każde ćwiczenie, przy którym objawy w nodze sięgają dalej. Jeśli objawy obejmą obie nogi albo zauważysz drętwienie wokół narządów płciowych lub odbytu lub zmiany przy oddawaniu moczu lub stolca, natychmiast udaj się na A&E (szpitalny oddział ratunkowy) lub zadzwoń pod numer 999.",
    };
    pub const KNEE_PROBLEMS: CautionText = CautionText {
        question: "Masz problemy z kolanami: klękanie lub głębokie zginanie kolan sprawia ból",
        because: "Ponieważ klękanie lub głębokie zginanie kolan sprawia Ci ból",
        advice: "Ćwiczenia w klęku i z głębokim zgięciem kolan zastąpiono wersjami na stojąco lub na siedząco.",
    };
    pub const AGE_65_PLUS: CautionText = CautionText {
        question: "Masz 65 lat lub więcej",
        because: "Ponieważ masz 65 lat lub więcej",
        advice:
            "Pozycje rozciągające utrzymuje się dłużej i łagodniej, a serie wzmacniające mają więcej lżejszych powtórzeń (wytyczne ACSM dla osób starszych).",
    };

    /// Words about the questions that are neither red flags nor cautions.
    pub const UNDER_16_QUESTION: &str = "Masz mniej niż 16 lat";
    pub const NO_BETTER_QUESTION: &str = "Po czterech do sześciu tygodniach ból się nie zmniejszył";
    // PL: the two "none" answers must differ, and `SCREEN_INTRO` quotes both.
    pub const NONE_APPLY: &str = "Nic z tego mnie nie dotyczy";
    pub const NO_RED_FLAGS: &str = "U mnie nie występuje nic z tej listy";
    /// Before each guided session: one line to re-check the warning signs.
    pub const RECHECK: &str =
        "Od czasu ostatnich odpowiedzi: czy pojawiło się nowe drętwienie lub osłabienie, zmiany w oddawaniu moczu lub stolca albo wysoka temperatura?";
    // PL: both buttons in the first person, as the person's answer.
    pub const RECHECK_NO: &str = "Nie, zaczynam";
    pub const RECHECK_YES: &str = "Tak, sprawdzę odpowiedzi";
    /// When the stored answers are `model::safety::ASK_AGAIN_AFTER_DAYS` (28) days old.
    pub const ASK_AGAIN: &str =
        "Od Twoich odpowiedzi na pytania dotyczące bezpieczeństwa minęły cztery tygodnie: sprawdź je, proszę, ponownie. Twoje zaznaczenia zostały zachowane.";
    // PL: first person in English ("I have already seen"); the clinician is the subject here so
    // that no gendered "byłem/byłam" is needed.
    pub const ALREADY_CHECKED: &str = "Lekarz lub fizjoterapeuta już zbadał mnie z powodu tego bólu pleców i stwierdził, że mogę ćwiczyć.";
    /// Above the plan when "already checked" lifted the GP-soon advice.
    pub const CHECKED_SAFETY_NET: &str = "Ponieważ masz już za sobą badanie, Twój plan jest wyświetlany. Jeśli coś się zmieni (ból w nocy, który nie słabnie, utrata masy ciała, drętwienie lub osłabienie albo którykolwiek z powyższych sygnałów ostrzegawczych), ponownie zgłoś się do lekarza pierwszego kontaktu (GP).";

    pub const SCREEN_HEADING: &str = "Zanim zobaczysz plan: kilka pytań dotyczących bezpieczeństwa";
    // PL: the quoted answers are `NO_RED_FLAGS`, `NONE_APPLY` and `progress::FORGET`.
    pub const SCREEN_INTRO: &str = "Zaznacz wszystko, co dotyczy Cię obecnie. Pod sygnałami ostrzegawczymi zaznacz \u{201e}U mnie nie występuje nic z tej listy\u{201d}, jeśli żaden z nich Cię nie dotyczy, a na końcu \u{201e}Nic z tego mnie nie dotyczy\u{201d}, jeśli nie dotyczy Cię nic innego. Plan pojawi się po udzieleniu odpowiedzi. Twoje odpowiedzi zostają na tym urządzeniu: nigdy nie trafiają do linku do udostępnienia ani do kodu QR, a przycisk \u{201e}Usuń moje dane\u{201d} je usuwa.";
    pub const RED_FLAGS_LEGEND: &str = "Czy ból pleców lub ból promieniujący do nóg występuje u Ciebie razem z którymkolwiek z poniższych?";
    pub const CAUTIONS_LEGEND: &str = "Czy dotyczy Cię coś, co zmienia ćwiczenia?";
    pub const OTHER_LEGEND: &str = "O Twoim bólu i wieku";
    pub const SCREEN_WAITING: &str = "Odpowiedz na powyższe pytania, aby zobaczyć swój plan.";
    // PL: the sources' titles stay in English, as published.
    pub const RED_FLAG_SOURCE: &str = "Pytania pochodzą z NHS.uk (Back pain: when to get help) oraz z list sygnałów ostrzegawczych (\u{201e}czerwonych flag\u{201d}) stosowanych w ścieżkach postępowania NHS przy bólu pleców (NICE CKS, Back pain - low; NHS Gloucestershire, Red flags for spinal conditions), a pytania o objawy ze strony nerwów po chorobie nowotworowej z wytycznej NICE NG234. Zalecenia dotyczące leczenia pochodzą z wytycznej NICE NG59.";

    pub const UNDER_16_HEADING: &str = "Ta strona jest przeznaczona dla dorosłych";
    pub const UNDER_16_TEXT: &str = "Zamieszczone tu porady pochodzą z wytycznych dla osób w wieku 16 lat i starszych. Ból pleców u dzieci i młodzieży powinien ocenić lekarz pierwszego kontaktu (GP) lub fizjoterapeuta, który może zaproponować ćwiczenia odpowiednie dla Ciebie. Pokaż to, proszę, rodzicowi lub opiekunowi.";

    pub const REVIEW_HEADING: &str = "Poproś o ponowną ocenę";
    // PL: "ease off" (do less of it, not necessarily stop) is "ograniczaj".
    pub const REVIEW_TEXT: &str = "Ból, który nie zelżał po czterech do sześciu tygodniach, zdarza się często, a NICE nadal zaleca pozostawanie aktywnym i ćwiczenia. Poproś swojego lekarza pierwszego kontaktu (GP) lub fizjoterapeutę o ponowną ocenę pleców. W międzyczasie zaczynaj od łatwiejszej wersji każdego ćwiczenia (podanej na karcie ćwiczenia) i zwiększaj obciążenie stopniowo; ograniczaj to, co nasila ból.";

    pub const ANSWERS_UNREADABLE: &str =
        "Nie udało się odczytać Twoich zapisanych odpowiedzi na pytania dotyczące bezpieczeństwa, więc odpowiedz, proszę, na pytania ponownie. Ich kopia została odłożona na tym urządzeniu.";

    /// `unknown`: the stored keys that were not recognised, as they were stored.
    pub fn answers_partly_read(unknown: &[String]) -> String {
        format!(
            "Niektórych Twoich zapisanych odpowiedzi na pytania dotyczące bezpieczeństwa nie rozpoznano ({}), więc zostały pominięte. Sprawdź, proszę, swoje odpowiedzi poniżej.",
            unknown.join(", ")
        )
    }

    /// The footer's short version of the screen, for every page.
    // PL: the first sentence matches `plan::DISCLAIMER`.
    pub const FOOTER_SAFETY: &str = "Ogólne informacje, które nie są diagnozą ani nie zastępują wizyty u specjalisty. Ból pleców razem z bólem, mrowieniem, drętwieniem lub osłabieniem obu nóg, drętwieniem wokół narządów płciowych lub odbytu, nowymi problemami z oddawaniem moczu, stolca lub z funkcjami seksualnymi albo z bólem w klatce piersiowej: natychmiast udaj się na A&E (szpitalny oddział ratunkowy) lub zadzwoń pod numer 999. Osłabienie jednej nogi, wysoka temperatura lub bardzo złe samopoczucie: zadzwoń dzisiaj pod numer NHS 111 lub do swojego lekarza pierwszego kontaktu (GP).";

    /// Nerve signs in someone who has had cancer (NICE NG234: possible spinal metastases).
    pub const CANCER_AND_NERVES: &str = "Przy chorobie nowotworowej, obecnej lub przebytej, nowe drętwienie, osłabienie lub chwiejność wymagają natychmiastowego sprawdzenia w szpitalu: udaj się na A&E (szpitalny oddział ratunkowy) lub zadzwoń na całodobową linię telefoniczną swojego zespołu onkologicznego.";
}

/// The sources the page cites (`model::evidence`): the short key shown in the text, the full
/// reference and what each one found, in plain words. Each reference was checked for this
/// project against a stored copy of the publisher's, PubMed's or the NHS's own page; where part
/// of it could not be confirmed, the reference says which part.
// PL: every `key` is exactly as in en.rs (an identifier the page shows as a citation and other
// texts name, e.g. "(Preece 2008)"). References keep authors, titles, journals, years, volumes,
// pages, dates and dois as published; only the notes in brackets about what could not be
// confirmed, and "(patient leaflet)", are translated. Findings use the decimal comma, a true
// minus sign (U+2212) for negative numbers, and "stopnia" (genitive singular) after a decimal.
pub mod evidence {
    use crate::model::evidence::Source;

    pub const HERRINGTON_2011: Source = Source {
        key: "Herrington 2011",
        reference: "Herrington L. Assessment of the degree of pelvic tilt within a normal asymptomatic population. Manual Therapy. 2011;16(6):646-8. doi:10.1016/j.math.2011.04.006",
        finding: "Spośród 120 młodych dorosłych bez bólu 85% mężczyzn i 75% kobiet stało z pewnym pochyleniem miednicy do przodu (przodopochyleniem).",
    };
    pub const PREECE_2008: Source = Source {
        key: "Preece 2008",
        reference: "Preece SJ, Willan P, Nester CJ, Graham-Smith P, Herrington L, Bowker P. Variation in pelvic morphology may prevent the identification of anterior pelvic tilt. Journal of Manual and Manipulative Therapy. 2008;16(2):113-7. doi:10.1179/106698108790818459",
        finding: "W 30 miednicach ustawionych w tej samej pozycji pochylenie odczytane z kości wynosiło od 0 do 23 stopni (średnio 13): sam kształt kości daje rozrzut obejmujący cały zakres normy.",
    };
    pub const LEVINE_WHITTLE_1996: Source = Source {
        key: "Levine 1996",
        reference: "Levine D, Whittle MW. The effects of pelvic movement on lumbar lordosis in the standing position. Journal of Orthopaedic and Sports Physical Therapy. 1996;24(3):130-5. doi:10.2519/jospt.1996.24.3.130 (PubMed 8866271)",
        finding: "U studentów bez bólu pleców, którzy w pozycji stojącej celowo pochylali miednicę, pochylenie jej maksymalnie do przodu zmieniało pochylenie miednicy o 11,4 stopnia, a krzywiznę lędźwiową o 10,8; pochylenie do tyłu: o 8,7 i 9,0. Badanie mierzyło celowe pochylanie, a nie różnice między ludźmi.",
    };
    pub const YUKAWA_2019: Source = Source {
        key: "Yukawa 2019",
        reference: "Yukawa Y, Matsumoto T, Kollor H, Minamide A, Hashizume H, Yamada H, Kato F. Local sagittal alignment of the lumbar spine and range of motion in 627 asymptomatic subjects: age-related changes and sex-based differences. Asian Spine Journal. 2019;13(4):663-71. doi:10.31616/asj.2018.0187",
        finding: "Na zdjęciach rentgenowskich 627 dorosłych bez bólu pleców krzywizna lędźwiowa w pozycji stojącej (od T12 do S1) wynosiła średnio 49,8 stopnia (odchylenie standardowe 11,2); w pozycji leżącej 36,8.",
    };
    pub const ROACH_2015: Source = Source {
        key: "Roach 2015",
        reference: "Roach SM, San Juan JG, Suprak DN, Lyda M, Bies AJ, Boydston CR. Passive hip range of motion is reduced in active subjects with chronic low back pain compared to controls. International Journal of Sports Physical Therapy. 2015;10(1):13-20",
        finding: "W pomiarze cyfrowym inklinometrem biodro przesuwało się do tyłu (prostowało) o około +6,8 stopnia u 30 osób bez bólu pleców i o \u{2212}4,2 u 30 aktywnych fizycznie osób z długotrwałym bólem pleców: o około 11 stopni mniej. Badanie nie pokazuje, co było pierwsze.",
    };
    pub const HEINO_1990: Source = Source {
        key: "Heino 1990",
        reference: "Heino JG, Godges JJ, Carter CL (lista autorów niepotwierdzona). Relationship between hip extension range of motion and postural alignment. Journal of Orthopaedic and Sports Physical Therapy. 1990;12(6):243-7. doi:10.2519/jospt.1990.12.6.243",
        finding: "U 25 osób zakres wyprostu biodra nie był związany z pochyleniem miednicy (r = \u{2212}0,04) ani z krzywizną lędźwiową (r = \u{2212}0,09).",
    };
    pub const YOUDAS_1996: Source = Source {
        key: "Youdas 1996",
        reference: "Youdas JW, Garrett TR, Harmsen S, Suman VJ, Carey JR. Lumbar lordosis and pelvic inclination of asymptomatic adults. Physical Therapy. 1996;76(10):1066-81",
        finding: "U 90 dorosłych sprawność mięśni brzucha wyjaśniała część pochylenia miednicy tylko u kobiet (około jednej czwartej zmienności).",
    };
    pub const LEVINE_1997: Source = Source {
        key: "Levine 1997",
        reference: "Levine D, Walker JR, Tillman LJ. The effect of abdominal muscle strengthening on pelvic tilt and lumbar lordosis. Physiotherapy Theory and Practice. 1997;13(3):217-26",
        finding: "Osiem tygodni wzmacniania mięśni brzucha zwiększyło siłę uczestników, ale nie zmieniło ich pochylenia miednicy ani krzywizny lędźwiowej.",
    };
    pub const SHAMSI_2020: Source = Source {
        key: "Shamsi 2020",
        reference: "Shamsi M, Shahsavari S, Safari A, Mirzaei M. A randomized clinical trial for the effect of static stretching and strengthening exercise on pelvic tilt angle in LBP patients. Journal of Bodywork and Movement Therapies. 2020;24(3):15-20. doi:10.1016/j.jbmt.2020.02.001",
        finding: "U 45 osób z bólem pleców dwanaście sesji rozciągania lub wzmacniania nie zmieniło istotnie pochylenia miednicy.",
    };
    pub const BREKKE_2020: Source = Source {
        key: "Brekke 2020",
        reference: "Brekke AF, Overgaard S, Hr\u{f3}bjartsson A, Holsgaard-Larsen A. Non-surgical interventions for excessive anterior pelvic tilt in symptomatic and non-symptomatic adults: a systematic review. EFORT Open Reviews. 2020;5(1):37-45. doi:10.1302/2058-5241.5.190017",
        finding: "Pewność danych naukowych jest bardzo niska; najlepsze badanie zmniejszyło pochylenie miednicy do przodu o mniej niż 2 stopnie.",
    };
    // PL: "Stay active" as a noun ("Zachowanie aktywności"), so no gendered "aktywny/aktywna".
    pub const NICE_NG59: Source = Source {
        key: "NICE NG59",
        reference: "National Institute for Health and Care Excellence. Low back pain and sciatica in over 16s: assessment and management. NICE guideline NG59. London: NICE; 2016, updated 2020. https://www.nice.org.uk/guidance/ng59",
        finding: "Zachowanie aktywności; pomaga uporządkowany program ćwiczeń; terapia manualna, taka jak masaż, tylko razem z ćwiczeniami; bez rutynowych badań obrazowych.",
    };
    // PL: "call 111" stays "111" as in English (the NHS page's own wording); "bottom" is
    // "pośladki".
    pub const NHS_BACK_PAIN: Source = Source {
        key: "NHS.uk, back pain",
        reference: "NHS. Back pain: when to get help. https://www.nhs.uk/conditions/back-pain/",
        finding: "Zadzwoń pod numer 999 lub udaj się na A&E (szpitalny oddział ratunkowy), jeśli bólowi pleców towarzyszy ból, mrowienie, osłabienie lub drętwienie obu nóg, drętwienie wokół narządów płciowych lub pośladków, nowe problemy z oddawaniem moczu lub stolca albo ból w klatce piersiowej; przy utracie masy ciała, bólu w nocy, gorączce lub guzku poproś o pilną wizytę u lekarza pierwszego kontaktu (GP) lub zadzwoń pod numer 111.",
    };
    pub const NICE_NG234: Source = Source {
        key: "NICE NG234",
        reference: "National Institute for Health and Care Excellence. Spinal metastases and metastatic spinal cord compression. NICE guideline NG234. London: NICE; 2023. https://www.nice.org.uk/guidance/ng234",
        finding: "Ból pleców z nowymi objawami ze strony nerwów (osłabienie, drętwienie, chwiejność, zmiany w oddawaniu moczu lub stolca) u osoby, która ma lub miała chorobę nowotworową, wymaga natychmiastowej oceny.",
    };
    // PL: "impact exercise" is "ćwiczenia z obciążeniem udarowym" (weight-bearing with impact,
    // such as hopping), the term Polish osteoporosis guidance uses.
    pub const BROOKE_WAVELL_2022: Source = Source {
        key: "ROS (Brooke-Wavell 2022)",
        reference: "Brooke-Wavell K, Skelton DA, Barker KL, Clark EM, De Biase S, Arnold S, Paskins Z, Robinson KR, Lewis RM, Tobias JH, Ward KA, Whitney J, Leyland S. Strong, steady and straight: UK consensus statement on physical activity and exercise for osteoporosis. British Journal of Sports Medicine. 2022;56(15):837-46. doi:10.1136/bjsports-2021-104634 (we współpracy z Royal Osteoporosis Society)",
        finding: "Osoby z osteoporozą powinny wykonywać ćwiczenia wzmacniające, ćwiczenia z obciążeniem udarowym i ćwiczenia równowagi oraz unikać pozycji z dużym zgięciem kręgosłupa do przodu, zarówno podczas ćwiczeń, jak i w codziennym życiu.",
    };
    pub const NHS_RED_FLAGS: Source = Source {
        key: "NHS red flags",
        reference: "NHS Gloucestershire (G-care). Red flags for spinal conditions. https://g-care.glos.nhs.uk/pathway/71/resource/3; and NICE Clinical Knowledge Summaries. Back pain - low (without radiculopathy). https://cks.nice.org.uk (niepotwierdzone: samej strony nie udało się sprawdzić)",
        finding: "Sygnały ostrzegawcze przy bólu pleców, które wymagają oceny lekarza, i to, jak pilnie: objawy zespołu ogona końskiego dotyczące pęcherza, wypróżnień i okolicy siodłowej od razu; należy wykluczyć zakażenie, złamanie lub nowotwór.",
    };
    pub const GARBER_2011: Source = Source {
        key: "ACSM (Garber 2011)",
        reference: "Garber CE, Blissmer B, Deschenes MR, Franklin BA, Lamonte MJ, Lee IM, Nieman DC, Swain DP; American College of Sports Medicine. Quantity and quality of exercise for developing and maintaining cardiorespiratory, musculoskeletal, and neuromotor fitness in apparently healthy adults: guidance for prescribing exercise. Medicine and Science in Sports and Exercise. 2011;43(7):1334-59. doi:10.1249/MSS.0b013e318213fefb",
        finding: "Rozciąganie każdej głównej grupy mięśni co najmniej 2 dni w tygodniu, łącznie około 60 sekund na każde ćwiczenie rozciągające, z utrzymaniem pozycji od 10 do 30 sekund (od 30 do 60 u osób starszych); wzmacnianie od 2 do 3 dni w tygodniu.",
    };
    pub const WHO_2020: Source = Source {
        key: "WHO 2020",
        reference: "Bull FC, Al-Ansari SS, Biddle S, Borodulin K, Buman MP, Cardon G, et al. World Health Organization 2020 guidelines on physical activity and sedentary behaviour. British Journal of Sports Medicine. 2020;54(24):1451-62. doi:10.1136/bjsports-2020-102955",
        finding: "Dorośli: od 150 do 300 minut umiarkowanej aktywności tygodniowo, wzmacnianie mięśni co najmniej 2 dni w tygodniu i mniej czasu spędzanego na siedząco.",
    };
    pub const UK_CMO_2019: Source = Source {
        key: "UK CMOs 2019",
        reference: "UK Chief Medical Officers. UK Chief Medical Officers' Physical Activity Guidelines. Department of Health and Social Care; 7 September 2019. https://www.gov.uk/government/publications/physical-activity-guidelines-uk-chief-medical-officers-report",
        finding: "Dorośli: co najmniej 150 minut umiarkowanej aktywności tygodniowo, ćwiczenia siłowe co najmniej 2 dni w tygodniu oraz jak najmniej czasu spędzanego na siedząco dzięki przerywaniu okresów bezczynności; osoby starsze: ćwiczenia równowagi 2 dni w tygodniu.",
    };
    pub const NHS_PREGNANCY: Source = Source {
        key: "NHS, exercise in pregnancy",
        reference: "NHS. Exercise in pregnancy. https://www.nhs.uk/pregnancy/keeping-well/exercise/ (zalecenia potwierdzono na stronach opartych na treściach NHS; samej strony nhs.uk nie udało się sprawdzić)",
        finding: "Nie leż długo płasko na plecach, zwłaszcza po 16. tygodniu ciąży: brzuch uciska na jedno z głównych naczyń krwionośnych, co może wywołać uczucie omdlewania.",
    };
    pub const HIP_PRECAUTIONS: Source = Source {
        key: "NHS hip precautions",
        reference: "Leeds Teaching Hospitals NHS Trust. Total hip replacement: a guide to your rehabilitation (ulotka dla pacjenta); NHS. Hip replacement: recovery. https://www.nhs.uk/conditions/hip-replacement/recovery/",
        finding: "Przez pierwsze tygodnie po wszczepieniu endoprotezy stawu biodrowego: nie zginaj biodra powyżej 90 stopni, nie krzyżuj nóg i nie skręcaj nogi; o tym, kiedy te ograniczenia się kończą, decyduje chirurg.",
    };

    pub const LEROUX_2000: Source = Source {
        key: "Leroux 2000",
        reference: "Leroux MA, et al. A noninvasive anthropometric technique for measuring kyphosis and lordosis: an application for idiopathic scoliosis. Spine. 2000;25(13):1689-1694",
        finding: "Znaczniki na skórze nad wyrostkami kolczystymi, wprowadzone do prostego modelu trygonometrycznego, dały krzywiznę lędźwiową 124 nastolatków różniącą się od zdjęć rentgenowskich średnio o 6 stopni (SD 6 stopni); w 79% przypadków różnica nie przekraczała 10 stopni.",
    };

    pub const POSTUREPRINT_2007: Source = Source {
        key: "PosturePrint 2007",
        reference: "Three dimensional evaluation of posture in standing with the PosturePrint: an intra- and inter-examiner reliability study. Chiropractic & Osteopathy. 2007;15:15. doi:10.1186/1746-1340-15-15 (nie udało się potwierdzić autorów na podstawie przechowywanej kopii)",
        finding: "Trzech badających umieściło znaczniki na ciele 40 osób, zrobiło zdjęcia z boku i dwukrotnie zaznaczyło punkty: każdy mierzony w ten sposób obrót miał błąd standardowy nie większy niż 2,7 stopnia, a wyniki badających różniły się średnio o nie więcej niż 3,5 stopnia.",
    };

    /// The bold start of a source's line in the lists of sources ("How sure is this?" and the
    /// lists under it): its key, before what it found and the full reference.
    pub fn cited(key: &str) -> String {
        format!("{key}: ")
    }
}
