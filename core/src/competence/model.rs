//! The DigComp 2.2 framework as typed data: 5 competence areas, 21 competences and 8 proficiency
//! levels with German and English names, parsed once from `core/data/digcomp-2.2.toml`, which is
//! compiled into the binary.

use std::collections::HashSet;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::i18n::Locale;

/// The framework file as shipped; the single source of competence and level names.
const DIGCOMP_TOML: &str = include_str!("../../data/digcomp-2.2.toml");

/// Parsed on first use. The file is compiled in and a unit test parses it, so the error arm is
/// unreachable in a tested build; it is kept as a value because domain code does not panic.
static DIGCOMP: LazyLock<Result<DigComp, ModelError>> =
    LazyLock::new(|| DigComp::parse(DIGCOMP_TOML));

/// The DigComp 2.2 model compiled into the binary.
///
/// Fails only if the embedded file does not parse or breaks the framework's shape (5 areas,
/// 21 competences, levels 1–8), which the unit tests rule out for every build that passed them.
pub fn digcomp() -> Result<&'static DigComp, ModelError> {
    DIGCOMP.as_ref().map_err(Clone::clone)
}

/// Why the embedded framework file could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ModelError {
    /// The TOML does not parse into the expected fields; fix `core/data/digcomp-2.2.toml`.
    #[error("core/data/digcomp-2.2.toml does not parse: {0}")]
    Syntax(String),
    /// The TOML parses but breaks the framework's shape; the message names what is wrong.
    #[error("core/data/digcomp-2.2.toml is not DigComp 2.2: {0}")]
    Shape(String),
}

/// The whole framework: areas in their official order, each with its competences, and the
/// proficiency levels 1–8 in order.
///
/// Invariant (checked when parsing): 5 areas, 21 competences with unique ids of the form
/// `<area>.<n>`, and exactly the levels 1, 2, …, 8 in this order.
#[derive(Debug, Clone, PartialEq)]
pub struct DigComp {
    areas: Vec<Area>,
    levels: Vec<ProficiencyLevel>,
}

/// A competence area, such as "4" (Safety).
#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    /// The area's number as the framework writes it ("1" … "5").
    pub id: String,
    pub name_de: String,
    pub name_en: String,
    pub competences: Vec<Competence>,
}

/// One of the 21 competences, such as "4.2" (Protecting personal data and privacy).
#[derive(Debug, Clone, PartialEq)]
pub struct Competence {
    /// The id games use in their evidence and manifests ("4.2").
    pub id: String,
    /// The id of the area the competence belongs to ("4").
    pub area: String,
    pub name_de: String,
    pub name_en: String,
}

/// One of the eight proficiency levels.
#[derive(Debug, Clone, PartialEq)]
pub struct ProficiencyLevel {
    /// 1 … 8.
    pub level: u8,
    pub band: Band,
    pub name_de: String,
    pub name_en: String,
}

/// The four bands that group the eight levels in pairs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Band {
    /// Levels 1–2.
    Foundation,
    /// Levels 3–4.
    Intermediate,
    /// Levels 5–6.
    Advanced,
    /// Levels 7–8.
    HighlySpecialised,
}

impl DigComp {
    /// All areas in the framework's order.
    pub fn areas(&self) -> &[Area] {
        &self.areas
    }

    /// All 21 competences in the framework's order (1.1, 1.2, …, 5.4).
    pub fn competences(&self) -> impl Iterator<Item = &Competence> {
        self.areas.iter().flat_map(|area| area.competences.iter())
    }

    /// The proficiency levels 1–8 in order.
    pub fn levels(&self) -> &[ProficiencyLevel] {
        &self.levels
    }

    /// The area with this id ("4"), if there is one.
    pub fn area(&self, id: &str) -> Option<&Area> {
        self.areas.iter().find(|area| area.id == id)
    }

    /// The competence with this id ("4.2"), if there is one.
    pub fn competence(&self, id: &str) -> Option<&Competence> {
        self.competences().find(|competence| competence.id == id)
    }

    /// The proficiency level with this number (1–8), if there is one.
    pub fn level(&self, level: u8) -> Option<&ProficiencyLevel> {
        self.levels
            .iter()
            .find(|candidate| candidate.level == level)
    }

    fn parse(text: &str) -> Result<DigComp, ModelError> {
        let file: FileToml =
            toml::from_str(text).map_err(|error| ModelError::Syntax(error.to_string()))?;
        let areas: Vec<Area> = file
            .areas
            .into_iter()
            .map(|area| Area {
                competences: area
                    .competences
                    .into_iter()
                    .map(|competence| Competence {
                        id: competence.id,
                        area: area.id.clone(),
                        name_de: competence.de,
                        name_en: competence.en,
                    })
                    .collect(),
                id: area.id,
                name_de: area.de,
                name_en: area.en,
            })
            .collect();
        let levels: Vec<ProficiencyLevel> = file
            .levels
            .into_iter()
            .map(|level| ProficiencyLevel {
                level: level.level,
                band: level.band,
                name_de: level.de,
                name_en: level.en,
            })
            .collect();
        let model = DigComp { areas, levels };
        model.check_shape()?;
        Ok(model)
    }

    fn check_shape(&self) -> Result<(), ModelError> {
        let shape = |message: String| Err(ModelError::Shape(message));
        if self.areas.len() != 5 {
            return shape(format!("{} areas instead of 5", self.areas.len()));
        }
        let count = self.competences().count();
        if count != 21 {
            return shape(format!("{count} competences instead of 21"));
        }
        let mut seen = HashSet::new();
        for competence in self.competences() {
            if !seen.insert(competence.id.as_str()) {
                return shape(format!("competence {} appears twice", competence.id));
            }
            let in_area = competence
                .id
                .strip_prefix(competence.area.as_str())
                .and_then(|rest| rest.strip_prefix('.'))
                .is_some_and(|number| {
                    !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit())
                });
            if !in_area {
                return shape(format!(
                    "competence {} is not numbered within area {}",
                    competence.id, competence.area
                ));
            }
        }
        let numbers: Vec<u8> = self.levels.iter().map(|level| level.level).collect();
        if numbers != [1, 2, 3, 4, 5, 6, 7, 8] {
            return shape(format!("levels {numbers:?} instead of 1 to 8 in order"));
        }
        let names_missing = self
            .areas
            .iter()
            .map(|area| (&area.id, &area.name_de, &area.name_en))
            .chain(
                self.competences()
                    .map(|competence| (&competence.id, &competence.name_de, &competence.name_en)),
            )
            .find(|(_, de, en)| de.trim().is_empty() || en.trim().is_empty());
        if let Some((id, _, _)) = names_missing {
            return shape(format!("{id} lacks a German or an English name"));
        }
        Ok(())
    }
}

impl Area {
    /// The area's name in the given language.
    pub fn name(&self, locale: Locale) -> &str {
        match locale {
            Locale::De => &self.name_de,
            Locale::En => &self.name_en,
        }
    }
}

impl Competence {
    /// The competence's name in the given language.
    pub fn name(&self, locale: Locale) -> &str {
        match locale {
            Locale::De => &self.name_de,
            Locale::En => &self.name_en,
        }
    }
}

impl ProficiencyLevel {
    /// The level's name in the given language, such as "Selbstständig (3)".
    pub fn name(&self, locale: Locale) -> &str {
        match locale {
            Locale::De => &self.name_de,
            Locale::En => &self.name_en,
        }
    }
}

/// The file as written; converted into the model (which adds each competence's area).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileToml {
    levels: Vec<LevelToml>,
    areas: Vec<AreaToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LevelToml {
    level: u8,
    band: Band,
    en: String,
    de: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AreaToml {
    id: String,
    en: String,
    de: String,
    competences: Vec<CompetenceToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CompetenceToml {
    id: String,
    en: String,
    de: String,
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use super::*;
    use crate::plugins::checks::DIGCOMP_COMPETENCES;

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    #[test]
    fn the_framework_has_5_areas_21_competences_and_8_levels() -> TestResult {
        let model = digcomp()?;
        assert_eq!(model.areas().len(), 5);
        assert_eq!(model.competences().count(), 21);
        assert_eq!(model.levels().len(), 8);
        let per_area: Vec<usize> = model
            .areas()
            .iter()
            .map(|area| area.competences.len())
            .collect();
        assert_eq!(per_area, [3, 6, 4, 4, 4]);
        for competence in model.competences() {
            assert!(!competence.name_de.trim().is_empty(), "{}", competence.id);
            assert!(!competence.name_en.trim().is_empty(), "{}", competence.id);
            assert_eq!(
                model.area(&competence.area).map(|area| area.id.as_str()),
                Some(competence.area.as_str())
            );
        }
        for level in model.levels() {
            assert!(!level.name_de.is_empty() && !level.name_en.is_empty());
        }
        Ok(())
    }

    #[test]
    fn lookups_find_what_the_framework_names() -> TestResult {
        let model = digcomp()?;
        let privacy = model.competence("4.2").ok_or("4.2 is missing")?;
        assert_eq!(privacy.area, "4");
        assert_eq!(
            privacy.name(Locale::En),
            "Protecting personal data and privacy"
        );
        assert_eq!(
            model.area("4").map(|area| area.name(Locale::De)),
            Some("Sicherheit")
        );
        let level = model.level(3).ok_or("level 3 is missing")?;
        assert_eq!(level.band, Band::Intermediate);
        assert_eq!(level.name(Locale::De), "Selbstständig (3)");
        assert_eq!(
            model.level(8).map(|level| level.band),
            Some(Band::HighlySpecialised)
        );
        assert!(model.competence("4.5").is_none());
        assert!(model.competence("").is_none());
        assert!(model.level(0).is_none() && model.level(9).is_none());
        Ok(())
    }

    #[test]
    fn the_ids_are_the_ones_the_host_accepts() -> TestResult {
        let model = digcomp()?;
        let ids: Vec<&str> = model.competences().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, DIGCOMP_COMPETENCES);
        Ok(())
    }

    #[derive(Deserialize)]
    struct ManifestToml {
        episodes: Vec<EpisodeToml>,
    }

    #[derive(Deserialize)]
    struct EpisodeToml {
        competences: Vec<String>,
    }

    #[test]
    fn every_competence_a_first_party_game_names_is_in_the_model() -> TestResult {
        let model = digcomp()?;
        let games = Path::new(env!("CARGO_MANIFEST_DIR")).join("../plugins/games");
        let mut named = BTreeSet::new();
        let mut manifests = 0;
        for entry in std::fs::read_dir(&games)? {
            let manifest = entry?.path().join("digifit-plugin.toml");
            if !manifest.is_file() {
                continue;
            }
            manifests += 1;
            let parsed: ManifestToml = toml::from_str(&std::fs::read_to_string(&manifest)?)?;
            for episode in parsed.episodes {
                named.extend(episode.competences);
            }
        }
        assert!(manifests >= 5, "found only {manifests} game manifests");
        let unknown: Vec<&String> = named
            .iter()
            .filter(|id| model.competence(id).is_none())
            .collect();
        assert!(unknown.is_empty(), "unknown competences {unknown:?}");
        Ok(())
    }

    #[test]
    fn a_broken_file_is_an_error_not_a_panic() {
        assert!(matches!(
            DigComp::parse("levels = 3"),
            Err(ModelError::Syntax(_))
        ));
        let one_area = r#"
            levels = []
            [[areas]]
            id = "1"
            en = "x"
            de = "y"
            competences = []
        "#;
        assert!(matches!(
            DigComp::parse(one_area),
            Err(ModelError::Shape(_))
        ));
    }
}
