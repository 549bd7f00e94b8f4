//! The fictitious cast of a play-through, fixed at the start, and the text with their names
//! filled in.

use digifit_game_sdk::{Lang, SeededRng};

/// The people who appear in the mails; the seed picks them, so replays meet the same people.
#[derive(Debug, Clone)]
pub struct Cast {
    lang: Lang,
    customer: &'static str,
    customer2: &'static str,
    colleague: &'static str,
    head: &'static str,
}

const CUSTOMERS: [&str; 6] = [
    "Yılmaz",
    "Petrović",
    "Schneider",
    "Nowak",
    "Hoffmann",
    "Alić",
];
const CUSTOMERS2: [&str; 4] = ["Herr Krause", "Frau Ivanova", "Herr Okafor", "Frau Berger"];
const COLLEAGUES: [&str; 4] = ["Anna Becker", "Jonas Krüger", "Mehmet Demir", "Sabine Wolf"];
const HEADS: [&str; 3] = ["Dr. Karin Albrecht", "Dr. Thomas Brandt", "Dr. Leyla Aydın"];

impl Cast {
    /// Picks the cast for a seed.
    pub fn new(lang: Lang, seed: u64) -> Cast {
        let mut rng = SeededRng::for_purpose(seed, "cast");
        Cast {
            lang,
            customer: rng.pick(&CUSTOMERS).copied().unwrap_or("Yılmaz"),
            customer2: rng.pick(&CUSTOMERS2).copied().unwrap_or("Herr Krause"),
            colleague: rng.pick(&COLLEAGUES).copied().unwrap_or("Anna Becker"),
            head: rng.pick(&HEADS).copied().unwrap_or("Dr. Karin Albrecht"),
        }
    }

    /// The German or English text with the placeholders `{kunde}` (customer's surname),
    /// `{kunde-mail}` (the customer's private address), `{kunde2}`, `{kollegin}`,
    /// `{kollegin-mail}` and `{chef}` filled in.
    pub fn t(&self, de: &str, en: &str) -> String {
        let customer2 = match self.lang {
            Lang::De => self.customer2.to_owned(),
            Lang::En => self
                .customer2
                .replace("Herr ", "Mr ")
                .replace("Frau ", "Ms "),
        };
        self.lang
            .pick(de, en)
            .replace("{kunde}", self.customer)
            .replace(
                "{kunde-mail}",
                &format!("familie.{}@example.org", mail_local_part(self.customer)),
            )
            .replace("{kunde2}", &customer2)
            .replace(
                "{kollegin-mail}",
                &format!(
                    "{}@jobcenter.musterstadt.de",
                    mail_local_part(self.colleague)
                ),
            )
            .replace("{kollegin}", self.colleague)
            .replace("{chef}", self.head)
    }
}

/// A name as the local part of a mail address, the way mail systems write it: lowercase ASCII,
/// umlauts and ß spelled out (ä → ae, ß → ss), other accented letters without their accent
/// (ı → i, ş → s, ć → c, é → e), words joined by dots: "Jonas Krüger" → "jonas.krueger",
/// "Yılmaz" → "yilmaz". Other characters are left out.
pub fn mail_local_part(name: &str) -> String {
    let mut local = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        match c {
            'a'..='z' | '0'..='9' | '-' => local.push(c),
            ' ' | '.' if !local.is_empty() && !local.ends_with('.') => local.push('.'),
            _ => local.push_str(spelled_out(c).unwrap_or_default()),
        }
    }
    local.trim_end_matches('.').to_owned()
}

/// The ASCII spelling of a lowercase letter that mail addresses cannot carry.
fn spelled_out(letter: char) -> Option<&'static str> {
    Some(match letter {
        'ä' | 'æ' => "ae",
        'ö' | 'œ' => "oe",
        'ü' => "ue",
        'ß' => "ss",
        'à' | 'á' | 'â' | 'ã' | 'å' | 'ą' | 'ă' => "a",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' => "e",
        'ğ' => "g",
        'ı' | 'ì' | 'í' | 'î' | 'ï' => "i",
        'ł' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ø' => "o",
        'ř' => "r",
        'ş' | 'ś' | 'š' | 'ș' => "s",
        'ț' | 'ţ' | 'ť' => "t",
        'ù' | 'ú' | 'û' | 'ů' => "u",
        'ý' | 'ÿ' => "y",
        'ž' | 'ź' | 'ż' => "z",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::{COLLEAGUES, CUSTOMERS, mail_local_part, spelled_out};

    #[test]
    fn names_become_ascii_local_parts() {
        assert_eq!(mail_local_part("Yılmaz"), "yilmaz");
        assert_eq!(mail_local_part("Petrović"), "petrovic");
        assert_eq!(mail_local_part("Jonas Krüger"), "jonas.krueger");
        assert_eq!(mail_local_part("Gößmann-Çelik"), "goessmann-celik");
        assert_eq!(mail_local_part("Şahin Doğan"), "sahin.dogan");
        assert_eq!(mail_local_part("René  Léger"), "rene.leger");
        assert_eq!(mail_local_part("Dr. Öztürk"), "dr.oeztuerk");
    }

    #[test]
    fn every_letter_of_the_cast_has_a_spelling() {
        for name in CUSTOMERS.iter().chain(&COLLEAGUES) {
            for letter in name.chars().flat_map(char::to_lowercase) {
                assert!(
                    letter.is_ascii() || spelled_out(letter).is_some(),
                    "{name}: {letter}"
                );
            }
            let local = mail_local_part(name);
            assert!(
                local
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || matches!(b, b'.' | b'-')),
                "{name}: {local}"
            );
        }
    }
}
