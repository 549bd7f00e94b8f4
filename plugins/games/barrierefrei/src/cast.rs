//! The people, dates and numbers the seed picks for a play-through, and how they fill the
//! placeholders of the texts.

use digifit_game_sdk::{Lang, SeededRng};

use crate::content::{T, t};

/// A customer: how the texts address them, and every spelling of the surname a player might
/// type (so that leaving the name in a text is noticed without diacritics, too).
#[derive(Debug, Clone, Copy)]
struct Customer {
    name: T,
    spellings: &'static [&'static str],
}

/// Customers the seed picks from.
const CUSTOMERS: [Customer; 8] = [
    Customer {
        name: t("Frau Yılmaz", "Ms Yılmaz"),
        spellings: &["yılmaz", "yilmaz"],
    },
    Customer {
        name: t("Herr Nowak", "Mr Nowak"),
        spellings: &["nowak"],
    },
    Customer {
        name: t("Frau Schubert", "Ms Schubert"),
        spellings: &["schubert"],
    },
    Customer {
        name: t("Herr Haddad", "Mr Haddad"),
        spellings: &["haddad"],
    },
    Customer {
        name: t("Frau Wójcik", "Ms Wójcik"),
        spellings: &["wójcik", "wojcik"],
    },
    Customer {
        name: t("Herr Krüger", "Mr Krüger"),
        spellings: &["krüger", "krueger", "kruger"],
    },
    Customer {
        name: t("Frau Osei", "Ms Osei"),
        spellings: &["osei"],
    },
    Customer {
        name: t("Herr Petrović", "Mr Petrović"),
        spellings: &["petrović", "petrovic"],
    },
];

/// Colleagues the seed picks from; texts use them without pronouns.
const COLLEAGUES: [T; 6] = [
    t("Frau Becker", "Ms Becker"),
    t("Herr Demir", "Mr Demir"),
    t("Frau Lehmann", "Ms Lehmann"),
    t("Herr Albrecht", "Mr Albrecht"),
    t("Frau Nguyen", "Ms Nguyen"),
    t("Herr Şahin", "Mr Şahin"),
];

/// Local employers the seed picks from.
const EMPLOYERS: [T; 5] = [
    t("Bäckerei Lindner", "Lindner bakery"),
    t("Logistik Brandt GmbH", "Logistik Brandt GmbH"),
    t("Pflegedienst Sonnenhof", "Sonnenhof care service"),
    t("Autohaus Kaya", "Kaya car dealership"),
    t("Stadtwerke Musterstadt", "Musterstadt public utilities"),
];

/// Event dates in 2026 the seed picks from, each a real weekday.
const DATES: [T; 6] = [
    t("Dienstag, 14. April 2026", "Tuesday, 14 April 2026"),
    t("Mittwoch, 6. Mai 2026", "Wednesday, 6 May 2026"),
    t("Dienstag, 19. Mai 2026", "Tuesday, 19 May 2026"),
    t("Mittwoch, 10. Juni 2026", "Wednesday, 10 June 2026"),
    t("Dienstag, 15. September 2026", "Tuesday, 15 September 2026"),
    t("Donnerstag, 8. Oktober 2026", "Thursday, 8 October 2026"),
];

/// Who and what a play-through is about; derived from the seed alone, so it needs no state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cast {
    customer: usize,
    colleague: usize,
    employer: usize,
    date: usize,
    /// The customer's (made-up) date of birth, e.g. "14.03.1979".
    pub birth: String,
    /// The year of birth alone, e.g. "1979".
    pub birth_year: String,
    /// The (made-up) number of the customer's household (Bedarfsgemeinschaft), e.g.
    /// "48213BG0067890".
    pub bg: String,
}

impl Cast {
    /// The cast for a seed.
    pub fn new(seed: u64) -> Cast {
        let mut rng = SeededRng::for_purpose(seed, "cast");
        let customer = rng.index(CUSTOMERS.len());
        let colleague = rng.index(COLLEAGUES.len());
        let employer = rng.index(EMPLOYERS.len());
        let date = rng.index(DATES.len());
        let day = 1 + rng.below(28);
        let month = 1 + rng.below(12);
        let year = 1962 + rng.below(38);
        let office = 10_000 + rng.below(89_999);
        let household = rng.below(10_000_000);
        Cast {
            customer,
            colleague,
            employer,
            date,
            birth: format!("{day:02}.{month:02}.{year}"),
            birth_year: year.to_string(),
            bg: format!("{office:05}BG{household:07}"),
        }
    }

    /// A text in `lang` with every placeholder filled in.
    pub fn fill(&self, lang: Lang, text: T) -> String {
        let pick = |list: &[T], index: usize| {
            list.get(index)
                .or(list.first())
                .map_or("", |text| text.get(lang))
        };
        let customer = CUSTOMERS
            .get(self.customer)
            .or(CUSTOMERS.first())
            .map_or("", |customer| customer.name.get(lang));
        text.get(lang)
            .replace("{kunde}", customer)
            .replace("{kollege}", pick(&COLLEAGUES, self.colleague))
            .replace("{firma}", pick(&EMPLOYERS, self.employer))
            .replace("{datum}", pick(&DATES, self.date))
            .replace("{geburt}", &self.birth)
            .replace("{bg}", &self.bg)
    }

    /// The spellings of the customer's surname, in lower case.
    pub fn surname_spellings(&self) -> &'static [&'static str] {
        CUSTOMERS
            .get(self.customer)
            .or(CUSTOMERS.first())
            .map_or(&[], |customer| customer.spellings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_vary_the_cast_and_fill_every_placeholder() {
        let casts: Vec<Cast> = (0..20).map(Cast::new).collect();
        assert!(casts.iter().any(|cast| cast != &casts[0]));
        let text = t(
            "{kunde} {kollege} {firma} {datum} {geburt} {bg}",
            "{kunde} {kollege} {firma} {datum} {geburt} {bg}",
        );
        for cast in &casts {
            for lang in [Lang::De, Lang::En] {
                let filled = cast.fill(lang, text);
                assert!(!filled.contains('{'), "{filled}");
                assert_eq!(cast.bg.len(), 14);
                assert!(cast.birth.ends_with(&cast.birth_year));
            }
        }
    }
}
