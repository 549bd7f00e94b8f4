//! Demo data: a small job centre with org units, one account per role (each with its name as
//! password), colleagues without a login who come with a made-up measurement (so that the lead's
//! team page has figures to show), and a few local training offers. Only `digifit demo` uses it, and that only listens
//! on loopback.

use std::collections::BTreeSet;

use crate::accounts::{self, AccountsError, NewUser, Role, Username, orgunits, password};
use crate::clock::Timestamp;
use crate::competence::beliefs;
use crate::competence::estimate::Belief;
use crate::competence::model;
use crate::competence::offers::{self, CheckedOffer, OfferInput, OfferKind};
use crate::store::Store;

/// The demo accounts: login name (also the password), display name, roles, org unit path.
pub const ACCOUNTS: [(&str, &str, Role, &str); 5] = [
    (
        "demo",
        "Dana Demo",
        Role::Player,
        "Jobcenter Musterstadt/Standort Nord/Team U25",
    ),
    (
        "lead",
        "Lars Lead",
        Role::Lead,
        "Jobcenter Musterstadt/Standort Nord",
    ),
    (
        "facilitator",
        "Fatma Moderation",
        Role::Facilitator,
        "Jobcenter Musterstadt/Werkakademie",
    ),
    ("admin", "Alex Admin", Role::Admin, "Jobcenter Musterstadt"),
    (
        "auditor",
        "Petra Prüfung",
        Role::Auditor,
        "Jobcenter Musterstadt",
    ),
];

const UNITS: [&str; 6] = [
    "Jobcenter Musterstadt",
    "Jobcenter Musterstadt/Standort Nord",
    "Jobcenter Musterstadt/Standort Nord/Team U25",
    "Jobcenter Musterstadt/Standort Nord/Team Markt & Integration",
    "Jobcenter Musterstadt/Standort Mitte",
    "Jobcenter Musterstadt/Werkakademie",
];

/// Colleagues without a login, so that team views have realistic group sizes.
pub const COLLEAGUES: [(&str, &str, &str); 14] = [
    (
        "m.becker",
        "Mara Becker",
        "Jobcenter Musterstadt/Standort Nord/Team U25",
    ),
    (
        "j.yilmaz",
        "Jonas Yılmaz",
        "Jobcenter Musterstadt/Standort Nord/Team U25",
    ),
    (
        "s.nowak",
        "Sabine Nowak",
        "Jobcenter Musterstadt/Standort Nord/Team U25",
    ),
    (
        "t.hoffmann",
        "Tobias Hoffmann",
        "Jobcenter Musterstadt/Standort Nord/Team U25",
    ),
    (
        "r.wolf",
        "Rana Wolf",
        "Jobcenter Musterstadt/Standort Nord/Team U25",
    ),
    (
        "f.lange",
        "Finn Lange",
        "Jobcenter Musterstadt/Standort Nord/Team U25",
    ),
    (
        "i.meyer",
        "Ina Meyer",
        "Jobcenter Musterstadt/Standort Nord/Team U25",
    ),
    (
        "e.schulz",
        "Elena Schulz",
        "Jobcenter Musterstadt/Standort Nord/Team Markt & Integration",
    ),
    (
        "a.kaya",
        "Aylin Kaya",
        "Jobcenter Musterstadt/Standort Nord/Team Markt & Integration",
    ),
    (
        "p.schmidt",
        "Paul Schmidt",
        "Jobcenter Musterstadt/Standort Nord/Team Markt & Integration",
    ),
    (
        "n.okafor",
        "Nora Okafor",
        "Jobcenter Musterstadt/Standort Nord/Team Markt & Integration",
    ),
    (
        "l.richter",
        "Lena Richter",
        "Jobcenter Musterstadt/Standort Nord/Team Markt & Integration",
    ),
    (
        "d.fischer",
        "David Fischer",
        "Jobcenter Musterstadt/Standort Nord/Team Markt & Integration",
    ),
    (
        "k.wagner",
        "Klaus Wagner",
        "Jobcenter Musterstadt/Standort Mitte",
    ),
];

/// A colleague's made-up ability in a competence, in logits, or `None` for a competence the
/// colleague has not been measured in (about one in ten). Fixed by the two names, so every
/// demo looks the same.
fn colleague_ability(name: &str, competence: &str) -> Option<Belief> {
    // FNV-1a over both names: a stable, well-spread number without a random generator.
    let hash = name
        .bytes()
        .chain([0])
        .chain(competence.bytes())
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
    if hash % 10 == 0 {
        return None;
    }
    // Abilities from −3.2 to +1.8 logits: levels 1 to 5, about a quarter at levels 1–2.
    let spread = (hash >> 8) % 1000;
    Some(Belief::new(spread as f64 / 200.0 - 3.2, 0.35))
}

/// A local training offer of the demo job centre.
struct DemoOffer {
    title: &'static str,
    kind: OfferKind,
    description: &'static str,
    link: &'static str,
    contact: &'static str,
    competences: &'static [&'static str],
    min_level: u8,
    max_level: u8,
}

/// The demo job centre's local training offers. Addresses use reserved example domains only.
const OFFERS: [DemoOffer; 5] = [
    DemoOffer {
        title: "Sicher im Postfach – Phishing erkennen",
        kind: OfferKind::Course,
        description: "Halbtägiger Präsenzkurs im Bildungszentrum der Stadtverwaltung: verdächtige \
            E-Mails erkennen, Anhänge und Links gefahrlos prüfen, Vorfälle richtig melden. Termine \
            jeden Monat, Anmeldung über die Fortbildungsstelle.",
        link: "https://bildungszentrum.musterstadt.example/kurse/phishing",
        contact: "Fortbildungsstelle, Tel. 0123 456-200, fortbildung@musterstadt.example",
        competences: &["4.1", "4.2"],
        min_level: 1,
        max_level: 4,
    },
    DemoOffer {
        title: "E-Akte kompakt – Schriftgut richtig ablegen",
        kind: OfferKind::ELearning,
        description: "Selbstlernkurs im Lernportal (etwa 45 Minuten, jederzeit am Arbeitsplatz): \
            Posteingang scannen und zuordnen, Dokumente eindeutig benennen, Aufbewahrungsfristen \
            und Zugriffsrechte in der E-Akte.",
        link: "https://lernportal.example/kurse/e-akte-kompakt",
        contact: "",
        competences: &["1.3", "2.4"],
        min_level: 1,
        max_level: 4,
    },
    DemoOffer {
        title: "Datenschutz-Sprechstunde",
        kind: OfferKind::Contact,
        description: "Fragen zur Weitergabe von Sozialdaten, zu Auskunftsersuchen oder zu einer \
            vermuteten Datenpanne? Die Datenschutzbeauftragte berät vertraulich, dienstags von 9 \
            bis 11 Uhr oder nach Vereinbarung.",
        link: "",
        contact: "Miriam Albers, Datenschutzbeauftragte des Jobcenters Musterstadt, Tel. 0123 \
            456-789, datenschutz@jobcenter-musterstadt.example",
        competences: &["2.2", "4.2"],
        min_level: 1,
        max_level: 8,
    },
    DemoOffer {
        title: "Barrierefreie Dokumente erstellen",
        kind: OfferKind::Course,
        description: "Eintägiger Workshop: Briefe, Formulare und PDF-Dateien so gestalten, dass \
            sie mit Screenreader und Vergrößerung nutzbar sind – Überschriften, Alternativtexte, \
            Tabellen, Kontraste und Prüfwerkzeuge. Bitte eigene Vorlagen mitbringen.",
        link: "https://bildungszentrum.musterstadt.example/kurse/barrierefreie-dokumente",
        contact: "Fortbildungsstelle, Tel. 0123 456-200, fortbildung@musterstadt.example",
        competences: &["3.1", "3.2"],
        min_level: 2,
        max_level: 5,
    },
    DemoOffer {
        title: "Videokonferenzen sicher leiten",
        kind: OfferKind::ELearning,
        description: "Online-Kurs in drei Modulen zu je 30 Minuten: Technik vorbereiten, Gespräche \
            mit Arbeitgebern und Kundinnen strukturieren, Bildschirm teilen ohne Datenpanne, und \
            was zu tun ist, wenn die Verbindung hakt.",
        link: "https://lernportal.example/kurse/videokonferenzen",
        contact: "",
        competences: &["2.1", "2.4"],
        min_level: 1,
        max_level: 4,
    },
];

/// The demo offers that pass the check (all of them; a unit test makes sure).
fn demo_offers() -> Vec<CheckedOffer> {
    OFFERS
        .iter()
        .filter_map(|offer| {
            let input = OfferInput {
                title: offer.title.to_owned(),
                kind: Some(offer.kind),
                description: offer.description.to_owned(),
                link: offer.link.to_owned(),
                contact: offer.contact.to_owned(),
                competences: offer
                    .competences
                    .iter()
                    .map(|id| (*id).to_owned())
                    .collect(),
                min_level: offer.min_level,
                max_level: offer.max_level,
            };
            match input.check() {
                Ok(checked) => Some(checked),
                Err(problems) => {
                    let title = offer.title;
                    tracing::error!(%title, ?problems, "a demo offer is invalid; left out");
                    None
                }
            }
        })
        .collect()
}

/// Fills an empty store with the demo data; leaves a store that has users alone.
/// Returns whether anything was written.
pub fn seed(store: &Store, now: Timestamp) -> Result<bool, AccountsError> {
    if !accounts::list_users(store)?.is_empty() {
        return Ok(false);
    }
    let mut hashed = Vec::new();
    for (name, display, role, unit) in ACCOUNTS {
        // The demo passwords are deliberately short; the password policy applies to real accounts.
        let hash = password::hash(name).map_err(|_| AccountsError::Hashing)?;
        hashed.push((name, display, role, unit, Some(hash)));
    }
    let training_offers = demo_offers();
    let competences: Vec<String> = match model::digcomp() {
        Ok(framework) => framework.competences().map(|c| c.id.clone()).collect(),
        Err(error) => {
            tracing::error!(%error, "the competence model is broken; colleagues stay unmeasured");
            Vec::new()
        }
    };
    store.write_blocking(move |txn| {
        for path in UNITS {
            let (parent_path, name) = match path.rsplit_once('/') {
                Some((parent, name)) => (Some(parent), name),
                None => (None, path),
            };
            let parent = match parent_path {
                Some(parent_path) => {
                    let tree = orgunits::tree_in(txn)?;
                    Some(
                        orgunits::find_by_path(&tree, parent_path)
                            .ok_or_else(|| AccountsError::OrgUnitNotFound(parent_path.into()))?,
                    )
                }
                None => None,
            };
            orgunits::insert(txn, name, parent)?;
        }
        let tree = orgunits::tree_in(txn)?;
        let people = hashed
            .iter()
            .map(|(name, display, role, unit, hash)| {
                (
                    *name,
                    *display,
                    BTreeSet::from([*role]),
                    *unit,
                    hash.clone(),
                )
            })
            .chain(COLLEAGUES.iter().map(|(name, display, unit)| {
                (*name, *display, BTreeSet::from([Role::Player]), *unit, None)
            }));
        for (name, display, roles, unit, password_hash) in people {
            let unit = orgunits::find_by_path(&tree, unit)
                .ok_or_else(|| AccountsError::OrgUnitNotFound(unit.into()))?;
            let new = NewUser {
                username: Username::parse(name)?,
                display_name: display.to_owned(),
                password_hash,
                roles,
                org_units: vec![unit],
            };
            let id = accounts::insert_user(txn, &new, now)?;
            if new.password_hash.is_some() {
                continue;
            }
            for competence in &competences {
                if let Some(ability) = colleague_ability(name, competence) {
                    beliefs::seed_ability(txn, id.0, competence, &ability)?;
                }
            }
        }
        for offer in &training_offers {
            offers::insert(txn, offer)?;
        }
        Ok::<_, AccountsError>(())
    })?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_demo_offer_passes_the_check() {
        assert_eq!(demo_offers().len(), OFFERS.len());
        for offer in &OFFERS {
            for text in [offer.description, offer.contact] {
                assert!(!text.contains("  "), "a line break left a gap: {text}");
            }
        }
    }
}
