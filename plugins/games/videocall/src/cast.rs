//! The people of a play-through (customer, employer, colleague, company), drawn from the seed
//! and filled into the texts' placeholders such as `{customer}`.

use digifit_game_sdk::{Lang, SeededRng};

/// A person as named in German (subject and object form) and English.
#[derive(Debug, Clone, Copy)]
struct Person {
    de: &'static str,
    de_obj: &'static str,
    en: &'static str,
}

const fn person(de: &'static str, de_obj: &'static str, en: &'static str) -> Person {
    Person { de, de_obj, en }
}

const CUSTOMERS: [Person; 6] = [
    person("Frau Yılmaz", "Frau Yılmaz", "Ms Yılmaz"),
    person("Herr Petrović", "Herrn Petrović", "Mr Petrović"),
    person("Frau Schneider", "Frau Schneider", "Ms Schneider"),
    person("Herr Nowak", "Herrn Nowak", "Mr Nowak"),
    person("Frau Al-Hassan", "Frau Al-Hassan", "Ms Al-Hassan"),
    person("Herr Becker", "Herrn Becker", "Mr Becker"),
];

const EMPLOYERS: [Person; 4] = [
    person("Frau Krüger", "Frau Krüger", "Ms Krüger"),
    person("Herr Öztürk", "Herrn Öztürk", "Mr Öztürk"),
    person("Frau Lindner", "Frau Lindner", "Ms Lindner"),
    person("Herr Wagner", "Herrn Wagner", "Mr Wagner"),
];

const COLLEAGUES: [Person; 3] = [
    person("Frau Demir", "Frau Demir", "Ms Demir"),
    person("Herr Hoffmann", "Herrn Hoffmann", "Mr Hoffmann"),
    person("Frau Weber", "Frau Weber", "Ms Weber"),
];

const COMPANIES: [&str; 4] = [
    "Pflegedienst Sonnenhof GmbH",
    "Logistik Nord GmbH & Co. KG",
    "Bäckerei Hansen",
    "Elektro Schulz GmbH",
];

/// Who appears in one play-through.
#[derive(Debug, Clone, Copy)]
pub struct Cast {
    customer: Person,
    employer: Person,
    colleague: Person,
    company: &'static str,
}

impl Cast {
    /// The cast this seed gives; the same seed always gives the same people.
    pub fn for_seed(seed: u64) -> Cast {
        let mut rng = SeededRng::for_purpose(seed, "cast");
        Cast {
            customer: CUSTOMERS[rng.index(CUSTOMERS.len())],
            employer: EMPLOYERS[rng.index(EMPLOYERS.len())],
            colleague: COLLEAGUES[rng.index(COLLEAGUES.len())],
            company: COMPANIES[rng.index(COMPANIES.len())],
        }
    }

    /// `text` with the placeholders `{customer}`, `{customer_obj}`, `{employer}`,
    /// `{employer_obj}`, `{colleague}`, `{colleague_obj}` and `{company}` filled in.
    pub fn fill(&self, text: &str, lang: Lang) -> String {
        let name = |p: Person| lang.pick(p.de, p.en);
        let obj = |p: Person| lang.pick(p.de_obj, p.en);
        text.replace("{customer}", name(self.customer))
            .replace("{customer_obj}", obj(self.customer))
            .replace("{employer}", name(self.employer))
            .replace("{employer_obj}", obj(self.employer))
            .replace("{colleague}", name(self.colleague))
            .replace("{colleague_obj}", obj(self.colleague))
            .replace("{company}", self.company)
    }
}
