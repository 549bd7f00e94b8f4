//! The details the seed varies within an episode: the customer, their file names and numbers.

use digifit_game_sdk::{Lang, SeededRng};

use crate::lang::Text;

/// Customers as addressed in German and English, and the surname as used in file names.
const CUSTOMERS: [(&str, &str, &str); 8] = [
    ("Frau Petrović", "Ms Petrović", "Petrovic"),
    ("Herr Schneider", "Mr Schneider", "Schneider"),
    ("Frau Yılmaz", "Ms Yılmaz", "Yilmaz"),
    ("Herr Nowak", "Mr Nowak", "Nowak"),
    ("Frau Awad", "Ms Awad", "Awad"),
    ("Herr Becker", "Mr Becker", "Becker"),
    ("Frau Krüger", "Ms Krüger", "Krueger"),
    ("Herr Mensah", "Mr Mensah", "Mensah"),
];

/// The seed-dependent details that texts refer to as `{kunde}`, `{nachname}`, `{bg}`, `{kdnr}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vars {
    customer: (&'static str, &'static str, &'static str),
    /// Number of the customer's household (Bedarfsgemeinschaft), e.g. "12345BG0067890".
    pub bg: String,
    /// The customer number, a look-alike the form does not ask for.
    pub kdnr: String,
}

impl Vars {
    /// The details for a seed.
    pub fn new(seed: u64) -> Vars {
        let mut rng = SeededRng::for_purpose(seed, "customer");
        let customer = CUSTOMERS[rng.index(CUSTOMERS.len())];
        let office = 10_000 + rng.below(89_999);
        let bg = format!("{office:05}BG{:07}", rng.below(10_000_000));
        let kdnr = format!("{:03}D{:06}", 100 + rng.below(899), rng.below(1_000_000));
        Vars { customer, bg, kdnr }
    }

    /// The text in `lang` with every placeholder filled in.
    pub fn fill(&self, lang: Lang, text: Text) -> String {
        self.fill_str(lang, lang.pick(text.0, text.1))
    }

    /// A string with every placeholder filled in.
    pub fn fill_str(&self, lang: Lang, text: &str) -> String {
        text.replace("{kunde}", lang.pick(self.customer.0, self.customer.1))
            .replace("{nachname}", self.customer.2)
            .replace("{bg}", &self.bg)
            .replace("{kdnr}", &self.kdnr)
    }
}
