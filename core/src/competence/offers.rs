//! Local training offers: courses, e-learning links and contact persons that admins tag with
//! DigComp competences and a range of levels, so that the profile can show, for each gap, the
//! offers that fit it (`fitting`).
//!
//! What an admin types is an [`OfferInput`]; only [`OfferInput::check`] turns it into a
//! [`CheckedOffer`], the one thing `create` and `update` accept, so nothing unchecked is stored.

use redb::{ReadableTable, WriteTransaction};
use serde::{Deserialize, Serialize};

use super::model;
use crate::store::{Store, StoreError, codec, tables};

/// Envelope version of [`OfferRecord`] in [`tables::TRAINING_OFFERS`].
const OFFER_RECORD_VERSION: u8 = 1;

/// The longest title, in characters.
pub const TITLE_MAX: usize = 200;
/// The longest description, in characters.
pub const DESCRIPTION_MAX: usize = 2000;
/// The longest contact text, in characters.
pub const CONTACT_MAX: usize = 500;
/// The longest link, in characters.
pub const LINK_MAX: usize = 2000;
/// The lowest DigComp proficiency level.
pub const LEVEL_MIN: u8 = 1;
/// The highest DigComp proficiency level.
pub const LEVEL_MAX: u8 = 8;

/// What kind of help an offer is.
///
/// Stored inside [`OfferRecord`] by variant index: the order of the variants is part of the file
/// format, so a new kind goes at the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OfferKind {
    /// A course or workshop with a date and a place (Präsenzkurs).
    Course,
    /// A self-paced online course or learning module.
    ELearning,
    /// A person to ask (such as the data-protection officer).
    Contact,
}

impl OfferKind {
    /// Every kind, in the order forms list them.
    pub const ALL: [OfferKind; 3] = [OfferKind::Course, OfferKind::ELearning, OfferKind::Contact];

    /// The code forms send for the kind.
    pub fn code(self) -> &'static str {
        match self {
            OfferKind::Course => "course",
            OfferKind::ELearning => "e-learning",
            OfferKind::Contact => "contact",
        }
    }

    /// The kind a form's code names, if any.
    pub fn from_code(code: &str) -> Option<OfferKind> {
        OfferKind::ALL.into_iter().find(|kind| kind.code() == code)
    }

    /// The Fluent message id of the kind's label.
    pub fn message_id(self) -> &'static str {
        match self {
            OfferKind::Course => "offer-kind-course",
            OfferKind::ELearning => "offer-kind-e-learning",
            OfferKind::Contact => "offer-kind-contact",
        }
    }
}

/// A training offer as the catalogue holds it.
///
/// Every stored offer passed [`OfferInput::check`]: its title is not empty, its link (if any) is an
/// absolute http(s) URL, its competences are known DigComp 2.2 ids in the framework's order, and
/// `1 <= min_level <= max_level <= 8`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    pub id: u64,
    pub title: String,
    pub kind: OfferKind,
    pub description: String,
    pub link: Option<String>,
    pub contact: Option<String>,
    /// DigComp competence ids such as "4.2".
    pub competences: Vec<String>,
    pub min_level: u8,
    pub max_level: u8,
}

/// Why an offer could not be changed.
#[derive(Debug, thiserror::Error)]
pub enum OffersError {
    /// No offer has this id (any more); reload the list.
    #[error("no training offer has the id {0}; reload the list of offers")]
    NotFound(u64),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The stored form of an offer (without its id, which is the key).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct OfferRecord {
    title: String,
    kind: OfferKind,
    description: String,
    link: Option<String>,
    contact: Option<String>,
    competences: Vec<String>,
    min_level: u8,
    max_level: u8,
}

impl OfferRecord {
    fn into_offer(self, id: u64) -> Offer {
        Offer {
            id,
            title: self.title,
            kind: self.kind,
            description: self.description,
            link: self.link,
            contact: self.contact,
            competences: self.competences,
            min_level: self.min_level,
            max_level: self.max_level,
        }
    }
}

/// What an admin entered for an offer, before it is checked. Text is taken as typed (checking
/// trims it); a level that is not a number is best given as 0, which the check refuses.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OfferInput {
    pub title: String,
    /// `None` when no kind was chosen.
    pub kind: Option<OfferKind>,
    pub description: String,
    /// Empty for none.
    pub link: String,
    /// Empty for none.
    pub contact: String,
    pub competences: Vec<String>,
    pub min_level: u8,
    pub max_level: u8,
}

/// One thing wrong with an [`OfferInput`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OfferProblem {
    /// The title is empty.
    TitleMissing,
    /// The title has more than [`TITLE_MAX`] characters.
    TitleTooLong,
    /// No kind was chosen.
    KindMissing,
    /// The description has more than [`DESCRIPTION_MAX`] characters.
    DescriptionTooLong,
    /// The link is not an absolute http(s) URL of at most [`LINK_MAX`] characters.
    LinkInvalid,
    /// The contact has more than [`CONTACT_MAX`] characters.
    ContactTooLong,
    /// No competence was chosen.
    NoCompetence,
    /// A competence id that DigComp 2.2 does not have.
    UnknownCompetence(String),
    /// The lowest level is not within 1–8.
    MinLevelOutOfRange,
    /// The highest level is not within 1–8.
    MaxLevelOutOfRange,
    /// The lowest level is above the highest.
    LevelsReversed,
}

impl OfferProblem {
    /// The name of the form field the problem is about.
    pub fn field(&self) -> &'static str {
        match self {
            OfferProblem::TitleMissing | OfferProblem::TitleTooLong => "title",
            OfferProblem::KindMissing => "kind",
            OfferProblem::DescriptionTooLong => "description",
            OfferProblem::LinkInvalid => "link",
            OfferProblem::ContactTooLong => "contact",
            OfferProblem::NoCompetence | OfferProblem::UnknownCompetence(_) => "competences",
            OfferProblem::MinLevelOutOfRange => "min_level",
            OfferProblem::MaxLevelOutOfRange | OfferProblem::LevelsReversed => "max_level",
        }
    }

    /// The Fluent message id that explains the problem.
    pub fn message_id(&self) -> &'static str {
        match self {
            OfferProblem::TitleMissing => "error-offer-title-missing",
            OfferProblem::TitleTooLong => "error-offer-title-too-long",
            OfferProblem::KindMissing => "error-offer-kind",
            OfferProblem::DescriptionTooLong => "error-offer-description-too-long",
            OfferProblem::LinkInvalid => "error-offer-link",
            OfferProblem::ContactTooLong => "error-offer-contact-too-long",
            OfferProblem::NoCompetence => "error-offer-no-competence",
            OfferProblem::UnknownCompetence(_) => "error-offer-unknown-competence",
            OfferProblem::MinLevelOutOfRange => "error-offer-min-level",
            OfferProblem::MaxLevelOutOfRange => "error-offer-max-level",
            OfferProblem::LevelsReversed => "error-offer-levels-reversed",
        }
    }
}

/// An offer's content that passed [`OfferInput::check`]; the only input `create` and `update`
/// take. Its fields are private so that it cannot be built or changed unchecked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedOffer {
    record: OfferRecord,
}

impl CheckedOffer {
    /// The checked (trimmed) title, for logs and messages.
    pub fn title(&self) -> &str {
        &self.record.title
    }
}

impl OfferInput {
    /// The input that reproduces a stored offer, for an edit form.
    pub fn from_offer(offer: &Offer) -> OfferInput {
        OfferInput {
            title: offer.title.clone(),
            kind: Some(offer.kind),
            description: offer.description.clone(),
            link: offer.link.clone().unwrap_or_default(),
            contact: offer.contact.clone().unwrap_or_default(),
            competences: offer.competences.clone(),
            min_level: offer.min_level,
            max_level: offer.max_level,
        }
    }

    /// Checks every field and reports every problem at once, in the order of the form.
    ///
    /// Text is trimmed and its line breaks made LF; an empty link or contact means none; competences are de-duplicated and
    /// put in the framework's order; a link is stored in its normalised form.
    pub fn check(&self) -> Result<CheckedOffer, Vec<OfferProblem>> {
        let mut problems = Vec::new();
        let title = self.title.trim();
        if title.is_empty() {
            problems.push(OfferProblem::TitleMissing);
        } else if title.chars().count() > TITLE_MAX {
            problems.push(OfferProblem::TitleTooLong);
        }
        if self.kind.is_none() {
            problems.push(OfferProblem::KindMissing);
        }
        // Browsers send a textarea's line breaks as CRLF but count them as one character.
        let description = self.description.replace("\r\n", "\n");
        let description = description.trim();
        if description.chars().count() > DESCRIPTION_MAX {
            problems.push(OfferProblem::DescriptionTooLong);
        }
        let link = match check_link(&self.link) {
            Ok(link) => link,
            Err(problem) => {
                problems.push(problem);
                None
            }
        };
        let contact = self.contact.replace("\r\n", "\n");
        let contact = contact.trim();
        if contact.chars().count() > CONTACT_MAX {
            problems.push(OfferProblem::ContactTooLong);
        }
        let competences = match check_competences(&self.competences) {
            Ok(competences) => competences,
            Err(mut found) => {
                problems.append(&mut found);
                Vec::new()
            }
        };
        let in_range = |level: u8| (LEVEL_MIN..=LEVEL_MAX).contains(&level);
        if !in_range(self.min_level) {
            problems.push(OfferProblem::MinLevelOutOfRange);
        }
        if !in_range(self.max_level) {
            problems.push(OfferProblem::MaxLevelOutOfRange);
        }
        if in_range(self.min_level) && in_range(self.max_level) && self.min_level > self.max_level {
            problems.push(OfferProblem::LevelsReversed);
        }
        let Some(kind) = self.kind else {
            return Err(problems);
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(CheckedOffer {
            record: OfferRecord {
                title: title.to_owned(),
                kind,
                description: description.to_owned(),
                link,
                contact: (!contact.is_empty()).then(|| contact.to_owned()),
                competences,
                min_level: self.min_level,
                max_level: self.max_level,
            },
        })
    }
}

/// Accepts only an absolute `http` or `https` URL with a host and without credentials, and
/// returns it normalised. The text itself must be `http://` or `https://` followed directly by
/// the host, without backslashes: the URL standard forgives `https:example.org`,
/// `https:///example.org` and backslashes for slashes, which would store a link other than the
/// one the admin sees in the form.
fn check_link(text: &str) -> Result<Option<String>, OfferProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let authority = ["http://", "https://"].iter().find_map(|scheme| {
        text.get(..scheme.len())
            .filter(|head| head.eq_ignore_ascii_case(scheme))
            .and_then(|_| text.get(scheme.len()..))
    });
    let host_follows = authority.is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'));
    let plain = text
        .chars()
        .all(|c| !c.is_whitespace() && !c.is_control() && c != '\\');
    if !host_follows || !plain || text.chars().count() > LINK_MAX {
        return Err(OfferProblem::LinkInvalid);
    }
    let url = url::Url::parse(text).map_err(|_| OfferProblem::LinkInvalid)?;
    let acceptable = matches!(url.scheme(), "http" | "https")
        && url.host_str().is_some_and(|host| !host.is_empty())
        && url.username().is_empty()
        && url.password().is_none();
    if !acceptable || url.as_str().chars().count() > LINK_MAX {
        return Err(OfferProblem::LinkInvalid);
    }
    Ok(Some(url.to_string()))
}

/// Known DigComp ids in the framework's order, each once; or what is wrong.
fn check_competences(chosen: &[String]) -> Result<Vec<String>, Vec<OfferProblem>> {
    let chosen: Vec<&str> = chosen.iter().map(|id| id.trim()).collect();
    if chosen.is_empty() {
        return Err(vec![OfferProblem::NoCompetence]);
    }
    let framework = match model::digcomp() {
        Ok(framework) => framework,
        Err(error) => {
            // Unreachable in a tested build (the model's tests parse the embedded file); refusing
            // every competence is the safe answer.
            tracing::error!(%error, "the DigComp model is unavailable");
            return Err(chosen
                .iter()
                .map(|id| OfferProblem::UnknownCompetence((*id).to_owned()))
                .collect());
        }
    };
    let mut unknown: Vec<OfferProblem> = Vec::new();
    for id in &chosen {
        let problem = OfferProblem::UnknownCompetence((*id).to_owned());
        if framework.competence(id).is_none() && !unknown.contains(&problem) {
            unknown.push(problem);
        }
    }
    if !unknown.is_empty() {
        return Err(unknown);
    }
    Ok(framework
        .competences()
        .filter(|competence| chosen.contains(&competence.id.as_str()))
        .map(|competence| competence.id.clone())
        .collect())
}

/// The key titles are sorted by: case-insensitive, with German umlauts and ß next to their base
/// letters (as in a German index), then by id so that the order is total.
fn sort_key(offer: &Offer) -> (String, u64) {
    let mut key = String::with_capacity(offer.title.len());
    for c in offer.title.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => key.push('a'),
            'ö' => key.push('o'),
            'ü' => key.push('u'),
            'ß' => key.push_str("ss"),
            other => key.push(other),
        }
    }
    (key, offer.id)
}

fn decode(id: u64, bytes: &[u8]) -> Result<Offer, StoreError> {
    let record: OfferRecord = codec::decode(OFFER_RECORD_VERSION, bytes)?;
    Ok(record.into_offer(id))
}

/// Every offer, sorted by title.
pub fn list(store: &Store) -> Result<Vec<Offer>, StoreError> {
    let txn = store.read()?;
    let table = txn.open_table(tables::TRAINING_OFFERS)?;
    let mut offers = Vec::new();
    for entry in table.iter()? {
        let (id, bytes) = entry?;
        offers.push(decode(id.value(), bytes.value())?);
    }
    offers.sort_by_cached_key(sort_key);
    Ok(offers)
}

/// The offer with this id, if there is one.
pub fn get(store: &Store, id: u64) -> Result<Option<Offer>, StoreError> {
    let txn = store.read()?;
    let table = txn.open_table(tables::TRAINING_OFFERS)?;
    let found = table.get(id)?;
    found.map(|bytes| decode(id, bytes.value())).transpose()
}

/// The offers tagged with `competence` whose level range contains `level`, in the order given
/// (the order of [`list`]: by title).
pub fn fitting<'a>(offers: &'a [Offer], competence: &str, level: u8) -> Vec<&'a Offer> {
    offers
        .iter()
        .filter(|offer| {
            offer.competences.iter().any(|id| id == competence)
                && (offer.min_level..=offer.max_level).contains(&level)
        })
        .collect()
}

/// Adds an offer inside an open write transaction (for seeding) and returns its id.
pub fn insert(txn: &WriteTransaction, offer: &CheckedOffer) -> Result<u64, StoreError> {
    let id = Store::next_id(txn)?;
    let bytes = codec::encode(OFFER_RECORD_VERSION, &offer.record);
    txn.open_table(tables::TRAINING_OFFERS)?
        .insert(id, bytes.as_slice())?;
    Ok(id)
}

/// Adds an offer and returns its id.
pub async fn create(store: &Store, offer: CheckedOffer) -> Result<u64, StoreError> {
    store.write(move |txn| insert(txn, &offer)).await
}

/// Replaces the content of the offer with this id.
pub async fn update(store: &Store, id: u64, offer: CheckedOffer) -> Result<(), OffersError> {
    store
        .write(move |txn| match replace(txn, id, &offer)? {
            true => Ok(()),
            false => Err(OffersError::NotFound(id)),
        })
        .await
}

/// Removes the offer with this id.
pub async fn delete(store: &Store, id: u64) -> Result<(), OffersError> {
    store
        .write(move |txn| match remove(txn, id)? {
            true => Ok(()),
            false => Err(OffersError::NotFound(id)),
        })
        .await
}

/// Overwrites an existing offer; `false` (and nothing written) when there is none.
fn replace(txn: &WriteTransaction, id: u64, offer: &CheckedOffer) -> Result<bool, StoreError> {
    let mut table = txn.open_table(tables::TRAINING_OFFERS)?;
    if table.get(id)?.is_none() {
        return Ok(false);
    }
    let bytes = codec::encode(OFFER_RECORD_VERSION, &offer.record);
    table.insert(id, bytes.as_slice())?;
    Ok(true)
}

/// Removes an offer; `false` when there was none.
fn remove(txn: &WriteTransaction, id: u64) -> Result<bool, StoreError> {
    let mut table = txn.open_table(tables::TRAINING_OFFERS)?;
    let removed = table.remove(id)?.is_some();
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> OfferInput {
        OfferInput {
            title: "  Sicher im Postfach – Phishing erkennen ".to_owned(),
            kind: Some(OfferKind::Course),
            description: "Ein Vormittag im Bildungszentrum.".to_owned(),
            link: "https://bildung.example/kurse/phishing".to_owned(),
            contact: String::new(),
            competences: vec!["4.2".to_owned(), "4.1".to_owned(), "4.2".to_owned()],
            min_level: 1,
            max_level: 4,
        }
    }

    fn problems(input: &OfferInput) -> Vec<OfferProblem> {
        input.check().err().unwrap_or_default()
    }

    fn offer(id: u64, title: &str, competences: &[&str], min: u8, max: u8) -> Offer {
        Offer {
            id,
            title: title.to_owned(),
            kind: OfferKind::Course,
            description: String::new(),
            link: None,
            contact: None,
            competences: competences.iter().map(|c| (*c).to_owned()).collect(),
            min_level: min,
            max_level: max,
        }
    }

    #[test]
    fn a_valid_input_is_trimmed_deduplicated_and_ordered() {
        let checked = valid().check();
        let Ok(checked) = checked else {
            panic!("refused: {checked:?}");
        };
        assert_eq!(checked.title(), "Sicher im Postfach – Phishing erkennen");
        assert_eq!(checked.record.competences, ["4.1", "4.2"]);
        assert_eq!(checked.record.contact, None);
        assert_eq!(
            checked.record.link.as_deref(),
            Some("https://bildung.example/kurse/phishing")
        );
        let offer = checked.record.clone().into_offer(7);
        assert_eq!(OfferInput::from_offer(&offer).check(), Ok(checked));
    }

    #[test]
    fn an_empty_input_names_every_missing_field() {
        assert_eq!(
            problems(&OfferInput::default()),
            [
                OfferProblem::TitleMissing,
                OfferProblem::KindMissing,
                OfferProblem::NoCompetence,
                OfferProblem::MinLevelOutOfRange,
                OfferProblem::MaxLevelOutOfRange,
            ]
        );
    }

    #[test]
    fn text_lengths_are_counted_in_characters() {
        let mut input = valid();
        input.title = "ä".repeat(TITLE_MAX);
        input.description = "ö".repeat(DESCRIPTION_MAX);
        input.contact = "ü".repeat(CONTACT_MAX);
        assert!(input.check().is_ok());
        input.title.push('x');
        input.description.push('x');
        input.contact.push('x');
        assert_eq!(
            problems(&input),
            [
                OfferProblem::TitleTooLong,
                OfferProblem::DescriptionTooLong,
                OfferProblem::ContactTooLong,
            ]
        );
        input.description = "a\r\n".repeat(DESCRIPTION_MAX / 2);
        input.title = " \t ".to_owned();
        assert_eq!(
            problems(&input),
            [OfferProblem::TitleMissing, OfferProblem::ContactTooLong]
        );
    }

    #[test]
    fn only_absolute_http_links_pass() {
        for good in [
            "http://example.org",
            "https://lernen.example/e-akte?modul=1#start",
            "HTTPS://Example.ORG/Kurs",
            " https://example.org/pfad ",
        ] {
            assert!(check_link(good).is_ok_and(|link| link.is_some()), "{good}");
        }
        assert_eq!(
            check_link("HTTPS://Example.ORG/Kurs"),
            Ok(Some("https://example.org/Kurs".to_owned()))
        );
        assert_eq!(check_link("   "), Ok(None));
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "javascript://example.org/%0Aalert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "ftp://example.org/file",
            "mailto:datenschutz@jobcenter.example",
            "file:///etc/passwd",
            "//example.org/kurs",
            "/kurse/phishing",
            "example.org",
            "https:example.org",
            "https:\\\\example.org",
            "https://",
            "https:///pfad",
            "https://\\\\example.org/",
            "https://example.org\\@evil.example/",
            "https://user:secret@example.org/",
            "https://exa mple.org/",
            "https://example.org/\nx",
            "http://[::1",
        ] {
            assert_eq!(check_link(bad), Err(OfferProblem::LinkInvalid), "{bad}");
        }
        let long = format!("https://example.org/{}", "a".repeat(LINK_MAX));
        assert_eq!(check_link(&long), Err(OfferProblem::LinkInvalid));
    }

    #[test]
    fn competences_must_be_digcomp_ids() {
        let mut input = valid();
        input.competences = vec!["4.2".to_owned(), "6.1".to_owned(), "4.9".to_owned()];
        assert_eq!(
            problems(&input),
            [
                OfferProblem::UnknownCompetence("6.1".to_owned()),
                OfferProblem::UnknownCompetence("4.9".to_owned()),
            ]
        );
        input.competences = vec!["<b>".to_owned(), "<b>".to_owned()];
        assert_eq!(
            problems(&input),
            [OfferProblem::UnknownCompetence("<b>".to_owned())]
        );
        input.competences.clear();
        assert_eq!(problems(&input), [OfferProblem::NoCompetence]);
        input.competences = vec!["5.4".to_owned(), "1.1".to_owned()];
        assert!(
            input
                .check()
                .is_ok_and(|c| c.record.competences == ["1.1", "5.4"])
        );
    }

    #[test]
    fn levels_must_lie_within_1_to_8_and_in_order() {
        let with = |min: u8, max: u8| {
            let mut input = valid();
            input.min_level = min;
            input.max_level = max;
            problems(&input)
        };
        assert_eq!(with(1, 8), []);
        assert_eq!(with(5, 5), []);
        assert_eq!(with(0, 4), [OfferProblem::MinLevelOutOfRange]);
        assert_eq!(with(1, 9), [OfferProblem::MaxLevelOutOfRange]);
        assert_eq!(
            with(0, 9),
            [
                OfferProblem::MinLevelOutOfRange,
                OfferProblem::MaxLevelOutOfRange
            ]
        );
        assert_eq!(with(5, 4), [OfferProblem::LevelsReversed]);
        assert_eq!(with(9, 4), [OfferProblem::MinLevelOutOfRange]);
    }

    #[test]
    fn fitting_offers_name_the_competence_and_cover_the_level() {
        let offers = [
            offer(1, "A", &["4.1", "4.2"], 1, 4),
            offer(2, "B", &["4.2"], 5, 8),
            offer(3, "C", &["3.1"], 1, 8),
            offer(4, "D", &["4.2"], 4, 4),
        ];
        let ids = |competence: &str, level: u8| -> Vec<u64> {
            fitting(&offers, competence, level)
                .iter()
                .map(|o| o.id)
                .collect()
        };
        assert_eq!(ids("4.2", 1), [1]);
        assert_eq!(ids("4.2", 4), [1, 4]);
        assert_eq!(ids("4.2", 5), [2]);
        assert_eq!(ids("4.2", 8), [2]);
        assert_eq!(ids("4.1", 5), Vec::<u64>::new());
        assert_eq!(ids("3.1", 0), Vec::<u64>::new());
        assert_eq!(ids("4", 2), Vec::<u64>::new());
        assert_eq!(ids("4.", 2), Vec::<u64>::new());
        assert!(fitting(&[], "4.2", 3).is_empty());
    }

    #[test]
    fn titles_sort_as_in_a_german_index() {
        let mut offers = [
            offer(1, "Zoom", &["2.1"], 1, 2),
            offer(2, "Übersicht", &["2.1"], 1, 2),
            offer(3, "arbeiten", &["2.1"], 1, 2),
            offer(4, "Umgang", &["2.1"], 1, 2),
            offer(5, "Arbeiten", &["2.1"], 1, 2),
        ];
        offers.sort_by_cached_key(sort_key);
        let ids: Vec<u64> = offers.iter().map(|o| o.id).collect();
        assert_eq!(ids, [3, 5, 2, 4, 1]);
    }

    #[test]
    fn kinds_round_trip_through_their_codes() {
        for kind in OfferKind::ALL {
            assert_eq!(OfferKind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(OfferKind::from_code("webinar"), None);
    }

    #[test]
    fn every_message_id_exists_in_both_catalogues() {
        let ids = OfferKind::ALL
            .iter()
            .map(|kind| kind.message_id())
            .chain(
                [
                    OfferProblem::TitleMissing,
                    OfferProblem::TitleTooLong,
                    OfferProblem::KindMissing,
                    OfferProblem::DescriptionTooLong,
                    OfferProblem::LinkInvalid,
                    OfferProblem::ContactTooLong,
                    OfferProblem::NoCompetence,
                    OfferProblem::UnknownCompetence(String::new()),
                    OfferProblem::MinLevelOutOfRange,
                    OfferProblem::MaxLevelOutOfRange,
                    OfferProblem::LevelsReversed,
                ]
                .iter()
                .map(OfferProblem::message_id),
            )
            .collect::<Vec<_>>();
        for catalogue in [
            include_str!("../../locales/de/main.ftl"),
            include_str!("../../locales/en/main.ftl"),
        ] {
            for id in &ids {
                let defined = catalogue
                    .lines()
                    .any(|line| line.split_once(" =").is_some_and(|(key, _)| key == *id));
                assert!(defined, "{id} is missing from a catalogue");
            }
        }
    }
}
