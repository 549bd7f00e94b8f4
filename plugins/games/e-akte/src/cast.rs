//! The people, numbers and dates of one play-through, drawn from the seed so that playing
//! again meets other customers and colleagues.

use digifit_game_sdk::{Lang, SeededRng};

/// Customers of the Jobcenter Musterstadt (fictitious): (first name, surname).
const CUSTOMERS: [(&str, &str); 8] = [
    ("Ayşe", "Yılmaz"),
    ("Jonas", "Becker"),
    ("Olena", "Kovalenko"),
    ("Marco", "Schäfer"),
    ("Fatima", "Haddad"),
    ("Sabine", "Krüger"),
    ("Dariusz", "Nowak"),
    ("Lea", "Hoffmann"),
];

/// Colleagues: (name, role in German, role in English).
const COLLEAGUES: [(&str, &str, &str); 6] = [
    (
        "Frau Brandt",
        "Teamleitung Leistung",
        "head of the benefits team",
    ),
    ("Herr Özdemir", "Arbeitsvermittler", "placement officer"),
    ("Frau Lindner", "Fallmanagerin", "case manager"),
    ("Herr Weber", "Leistungssachbearbeiter", "benefits officer"),
    ("Frau Petrović", "Arbeitgeberservice", "employer service"),
    (
        "Herr Albrecht",
        "Integrationsfachkraft",
        "integration specialist",
    ),
];

/// Document types of the naming convention: (token, German label, English label).
pub const DOC_TYPES: [(&str, &str, &str); 4] = [
    ("Mietvertrag", "Mietvertrag", "tenancy agreement"),
    ("Lohnabrechnung", "Lohnabrechnung", "payslip"),
    (
        "Nebenkostenabrechnung",
        "Nebenkostenabrechnung",
        "service-charge statement",
    ),
    ("Kontoauszug", "Kontoauszug", "bank statement"),
];

/// Everything seeded that the items mention.
#[derive(Debug, Clone)]
pub struct Cast {
    pub lang: Lang,
    pub level: u8,
    pub customer: String,
    pub other_customer: String,
    pub colleague: String,
    pub colleague_role: String,
    pub bg: String,
    /// Day of November 2026 on which the post came in (2..=13).
    pub day: u8,
    pub doc_type: (&'static str, &'static str, &'static str),
}

impl Cast {
    /// The cast for a seed.
    pub fn new(seed: u64, lang: Lang, level: u8) -> Cast {
        let mut rng = SeededRng::for_purpose(seed, "cast");
        let mut customers = CUSTOMERS.to_vec();
        rng.shuffle(&mut customers);
        let (first, last) = customers.first().copied().unwrap_or(("Ayşe", "Yılmaz"));
        let (ofirst, olast) = customers.get(1).copied().unwrap_or(("Jonas", "Becker"));
        let (colleague, role_de, role_en) = rng.pick(&COLLEAGUES).copied().unwrap_or((
            "Frau Brandt",
            "Teamleitung Leistung",
            "head of the benefits team",
        ));
        let bg = format!("36100BG{:07}", 1000 + rng.below(9_000_000));
        let day = 2 + u8::try_from(rng.below(12)).unwrap_or(0);
        let doc_type = rng.pick(&DOC_TYPES).copied().unwrap_or(DOC_TYPES[0]);
        Cast {
            lang,
            level,
            customer: format!("{first} {last}"),
            other_customer: format!("{ofirst} {olast}"),
            colleague: colleague.to_owned(),
            colleague_role: lang.pick(role_de, role_en).to_owned(),
            bg,
            day,
            doc_type,
        }
    }

    /// The German or the English text.
    pub fn t(&self, de: &str, en: &str) -> String {
        self.lang.pick(de, en).to_owned()
    }

    /// The date of receipt as the e-file shows it, e.g. "09.11.2026".
    pub fn received(&self) -> String {
        format!("{:02}.11.2026", self.day)
    }

    /// The date of receipt as the naming convention wants it, e.g. "2026-11-09".
    pub fn received_iso(&self) -> String {
        format!("2026-11-{:02}", self.day)
    }
}
