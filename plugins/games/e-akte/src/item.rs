//! The shape of one item (a task with its texts), how it is shown as widgets and how an answer
//! to it is judged.

use digifit_game_sdk::{
    Action, ChoiceOption, FileEntry, FileExplorer, FileKind, GameError, Lang, SeededRng, TextInput,
    Verdict, ViewBuilder, Widget, option,
};

/// The id of the widget that carries the answer, and so the prefix of its form fields.
pub const ANSWER: &str = "answer";

/// One option of a choice.
#[derive(Debug, Clone)]
pub struct Opt {
    pub id: &'static str,
    pub label: String,
    pub good: bool,
    /// The lowest level at which the option is offered.
    pub min_level: u8,
}

/// One thing to sort: a categorise item or a file-explorer entry.
#[derive(Debug, Clone)]
pub struct Entry {
    pub id: &'static str,
    pub label: String,
    /// The id of the right category or action.
    pub target: &'static str,
    pub min_level: u8,
    pub kind: FileKind,
    pub modified: String,
    pub metadata: Vec<(String, String)>,
}

/// The rules a file name must follow: **JJJJ-MM-TT_Dokumentart_BG-Nummer**.
#[derive(Debug, Clone)]
pub struct NameRules {
    pub label: String,
    pub hint: Option<String>,
    pub date: String,
    pub doc_type: &'static str,
    pub bg: String,
}

/// What the player has to do.
#[derive(Debug, Clone)]
pub enum Task {
    /// Pick one option, or several.
    Choice {
        prompt: String,
        options: Vec<Opt>,
        multiple: bool,
    },
    /// Sort entries into categories; with a location, as actions in a file explorer.
    Sort {
        prompt: String,
        location: Option<String>,
        categories: Vec<(&'static str, String)>,
        entries: Vec<Entry>,
    },
    /// Put steps in order; **steps** is the right order.
    Order {
        prompt: String,
        steps: Vec<(&'static str, String, u8)>,
    },
    /// Type a file name that follows the naming convention.
    Name(NameRules),
}

/// One item of an episode.
#[derive(Debug, Clone)]
pub struct Item {
    pub slug: &'static str,
    pub competence: &'static str,
    pub min_level: u8,
    pub heading: String,
    pub scenario: String,
    pub task: Task,
    /// Why the right answer is right; shown after every answer.
    pub why: String,
    pub went_well: String,
    pub to_learn: String,
}

/// How an answer was judged.
#[derive(Debug, Clone)]
pub struct Judgement {
    pub score: f32,
    pub verdict: Verdict,
    pub title: String,
    pub explanation: String,
}

impl Item {
    /// The item with only what its level offers.
    pub fn for_level(mut self, level: u8) -> Item {
        match &mut self.task {
            Task::Choice { options, .. } => options.retain(|o| o.min_level <= level),
            Task::Sort { entries, .. } => entries.retain(|e| e.min_level <= level),
            Task::Order { steps, .. } => steps.retain(|s| s.2 <= level),
            Task::Name(_) => {}
        }
        self
    }

    /// Adds the item's widgets; the seed decides the order of options and entries.
    pub fn ask(&self, view: ViewBuilder, seed: u64, lang: Lang) -> ViewBuilder {
        let mut rng = SeededRng::for_purpose(seed, self.slug);
        let view = view.heading(&self.heading).text(&self.scenario);
        match &self.task {
            Task::Choice {
                prompt,
                options,
                multiple,
            } => {
                let mut shown: Vec<(&str, &str)> =
                    options.iter().map(|o| (o.id, o.label.as_str())).collect();
                rng.shuffle(&mut shown);
                view.choice(ANSWER, prompt, &shown, *multiple)
            }
            Task::Sort {
                prompt,
                location: Some(location),
                categories,
                entries,
            } => {
                let mut shown = entries.clone();
                rng.shuffle(&mut shown);
                view.text(prompt).file_explorer(FileExplorer {
                    id: ANSWER.to_owned(),
                    location: location.clone(),
                    entries: shown
                        .into_iter()
                        .map(|e| FileEntry {
                            id: e.id.to_owned(),
                            name: e.label,
                            kind: e.kind,
                            modified: e.modified,
                            metadata: e.metadata,
                        })
                        .collect(),
                    actions: categories
                        .iter()
                        .map(|(id, label)| option(id, label))
                        .collect::<Vec<ChoiceOption>>(),
                })
            }
            Task::Sort {
                prompt,
                location: None,
                categories,
                entries,
            } => {
                let mut shown: Vec<(&str, &str)> =
                    entries.iter().map(|e| (e.id, e.label.as_str())).collect();
                rng.shuffle(&mut shown);
                let cats: Vec<(&str, &str)> =
                    categories.iter().map(|(id, l)| (*id, l.as_str())).collect();
                view.categorise(ANSWER, prompt, &cats, &shown)
            }
            Task::Order { prompt, steps } => {
                let mut shown: Vec<(&str, &str)> =
                    steps.iter().map(|s| (s.0, s.1.as_str())).collect();
                // A shuffle that happens to give the right order would be no task.
                for _ in 0..8 {
                    rng.shuffle(&mut shown);
                    if shown.iter().zip(steps).any(|(a, b)| a.0 != b.0) {
                        break;
                    }
                }
                view.ordering(ANSWER, prompt, &shown)
            }
            Task::Name(rules) => {
                let hint = rules.hint.clone().unwrap_or_else(|| {
                    lang.pick(
                        "Namenskonvention: **JJJJ-MM-TT_Dokumentart_BG-Nummer** (Eingangsdatum)",
                        "Naming convention: **YYYY-MM-DD_DocumentType_BG-number** (date of \
                         receipt)",
                    )
                    .to_owned()
                });
                view.widget(Widget::TextInput(TextInput {
                    id: ANSWER.to_owned(),
                    label: rules.label.clone(),
                    hint: Some(hint),
                    multiline: false,
                    max_length: 120,
                }))
            }
        }
    }

    /// Judges the answer in **action**, or says what is missing.
    pub fn judge(&self, action: &Action, lang: Lang) -> Result<Judgement, GameError> {
        let (score, details) = match &self.task {
            Task::Choice {
                options, multiple, ..
            } => judge_choice(options, *multiple, action, lang)?,
            Task::Sort {
                categories,
                entries,
                location,
                ..
            } => judge_sort(categories, entries, location.is_some(), action, lang)?,
            Task::Order { steps, .. } => judge_order(steps, action, lang)?,
            Task::Name(rules) => judge_name(rules, action, lang)?,
        };
        let verdict = if score >= 0.999 {
            Verdict::Correct
        } else if score >= 0.5 {
            Verdict::PartlyCorrect
        } else {
            Verdict::Wrong
        };
        let mut explanation = details;
        if !explanation.is_empty() {
            explanation.push_str("\n\n");
        }
        explanation.push_str(&self.why);
        Ok(Judgement {
            score,
            verdict,
            // The host writes the verdict („Richtig:“) before the title, so the title names
            // the item.
            title: self.heading.clone(),
            explanation,
        })
    }
}

fn missing(lang: Lang, de: &str, en: &str) -> GameError {
    GameError::InvalidAction(lang.pick(de, en).to_owned())
}

#[allow(clippy::cast_precision_loss)]
fn ratio(good: usize, total: usize) -> f32 {
    if total == 0 {
        0.0
    } else {
        (good as f32 / total as f32).clamp(0.0, 1.0)
    }
}

fn judge_choice(
    options: &[Opt],
    multiple: bool,
    action: &Action,
    lang: Lang,
) -> Result<(f32, String), GameError> {
    let picked = action.fields_named(ANSWER);
    if picked.is_empty() {
        return Err(missing(
            lang,
            "Bitte wählen Sie eine Antwort aus.",
            "Please choose an answer.",
        ));
    }
    if !multiple && picked.len() > 1 {
        return Err(missing(
            lang,
            "Bitte wählen Sie genau eine Antwort aus.",
            "Please choose exactly one answer.",
        ));
    }
    let mut chosen = Vec::new();
    for id in &picked {
        match options.iter().find(|o| o.id == *id) {
            Some(o) if !chosen.iter().any(|c: &&Opt| c.id == o.id) => chosen.push(o),
            Some(_) => {}
            None => {
                return Err(missing(
                    lang,
                    "Diese Antwort gehört nicht zur Frage. Bitte wählen Sie eine der angebotenen.",
                    "That answer does not belong to the question. Please choose one offered.",
                ));
            }
        }
    }
    let good: Vec<&Opt> = options.iter().filter(|o| o.good).collect();
    let hits = chosen.iter().filter(|o| o.good).count();
    let misses = chosen.len() - hits;
    let score = if multiple {
        ratio(hits.saturating_sub(misses), good.len())
    } else {
        ratio(hits, 1)
    };
    let right: Vec<String> = good.iter().map(|o| format!("– {}", o.label)).collect();
    let details = if score >= 0.999 {
        String::new()
    } else {
        format!(
            "**{}**\n{}",
            lang.pick("Richtig wäre:", "The right answer:"),
            right.join("\n")
        )
    };
    Ok((score, details))
}

fn judge_sort(
    categories: &[(&'static str, String)],
    entries: &[Entry],
    explorer: bool,
    action: &Action,
    lang: Lang,
) -> Result<(f32, String), GameError> {
    let mut good = 0;
    let mut wrong = Vec::new();
    for entry in entries {
        let field = format!("{ANSWER}.{}", entry.id);
        let Some(value) = action.field(&field) else {
            let message = if explorer {
                lang.pick(
                    "Bitte wählen Sie für jeden Eintrag eine Aktion. Es fehlt:",
                    "Please choose an action for every entry. Missing:",
                )
            } else {
                lang.pick(
                    "Bitte ordnen Sie jeden Eintrag einer Kategorie zu. Es fehlt:",
                    "Please sort every item into a category. Missing:",
                )
            };
            return Err(GameError::InvalidAction(format!(
                "{message} {}",
                entry.label
            )));
        };
        if !categories.iter().any(|(id, _)| *id == value) {
            return Err(missing(
                lang,
                "Diese Auswahl gibt es hier nicht. Bitte wählen Sie eine der angebotenen.",
                "That choice does not exist here. Please pick one of those offered.",
            ));
        }
        if value == entry.target {
            good += 1;
        } else {
            let target = categories
                .iter()
                .find(|(id, _)| *id == entry.target)
                .map_or("", |(_, label)| label.as_str());
            wrong.push(format!("– {} → **{target}**", entry.label));
        }
    }
    let details = if wrong.is_empty() {
        String::new()
    } else {
        format!(
            "**{}**\n{}",
            lang.pick("Richtig wäre:", "Right would be:"),
            wrong.join("\n")
        )
    };
    Ok((ratio(good, entries.len()), details))
}

fn judge_order(
    steps: &[(&'static str, String, u8)],
    action: &Action,
    lang: Lang,
) -> Result<(f32, String), GameError> {
    let mut positions = Vec::new();
    for (id, _, _) in steps {
        let field = format!("{ANSWER}.{id}");
        let position = action
            .field(&field)
            .and_then(|v| v.trim().parse::<usize>().ok())
            .filter(|p| (1..=steps.len()).contains(p));
        match position {
            Some(p) if !positions.contains(&p) => positions.push(p),
            _ => {
                return Err(missing(
                    lang,
                    "Bitte geben Sie jedem Schritt eine eigene Position von 1 bis zur Anzahl der \
                     Schritte.",
                    "Please give every step its own position, from 1 to the number of steps.",
                ));
            }
        }
    }
    // The share of pairs in the right relative order: reversed is 0, right is 1.
    let mut pairs = 0;
    let mut right = 0;
    for i in 0..positions.len() {
        for j in i + 1..positions.len() {
            pairs += 1;
            if positions.get(i) < positions.get(j) {
                right += 1;
            }
        }
    }
    let score = ratio(right, pairs);
    let details = if score >= 0.999 {
        String::new()
    } else {
        let list: Vec<String> = steps
            .iter()
            .enumerate()
            .map(|(n, s)| format!("{}. {}", n + 1, s.1))
            .collect();
        format!(
            "**{}**\n{}",
            lang.pick("Die richtige Reihenfolge:", "The right order:"),
            list.join("\n")
        )
    };
    Ok((score, details))
}

/// Words that mark versions or copies; the e-file keeps versions itself.
const VERSION_WORDS: [&str; 8] = [
    "final", "neu", "new", "kopie", "copy", "aktuell", "version", "v2",
];

fn judge_name(rules: &NameRules, action: &Action, lang: Lang) -> Result<(f32, String), GameError> {
    let typed = action.field(ANSWER).map(str::trim).unwrap_or_default();
    if typed.is_empty() {
        return Err(missing(
            lang,
            "Bitte geben Sie einen Dateinamen ein.",
            "Please type a file name.",
        ));
    }
    let stem = typed
        .strip_suffix(".pdf")
        .or_else(|| typed.strip_suffix(".PDF"))
        .unwrap_or(typed);
    let parts: Vec<&str> = stem.split('_').collect();
    let lower = stem.to_lowercase();
    let checks = [
        (
            parts.first() == Some(&rules.date.as_str()),
            format!(
                "{} **{}**",
                lang.pick(
                    "Am Anfang steht das Eingangsdatum im Format JJJJ-MM-TT:",
                    "It starts with the date of receipt as YYYY-MM-DD:",
                ),
                rules.date
            ),
        ),
        (
            parts
                .get(1)
                .is_some_and(|p| p.eq_ignore_ascii_case(rules.doc_type)),
            format!(
                "{} **{}**",
                lang.pick(
                    "Dann folgt die Dokumentart aus der Liste:",
                    "Then comes the document type from the list:",
                ),
                rules.doc_type
            ),
        ),
        (
            parts
                .get(2)
                .is_some_and(|p| p.eq_ignore_ascii_case(&rules.bg))
                && parts.len() == 3,
            format!(
                "{} **{}**",
                lang.pick(
                    "Am Ende steht die BG-Nummer, sonst nichts:",
                    "It ends with the BG number, nothing else:",
                ),
                rules.bg
            ),
        ),
        (
            stem.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
            lang.pick(
                "Nur Buchstaben ohne Umlaute, Ziffern, **-** und **_** – keine Leerzeichen, Punkte \
                 oder Sonderzeichen.",
                "Only letters without umlauts, digits, **-** and **_** – no spaces, dots or \
                 special characters.",
            )
            .to_owned(),
        ),
        (
            !lower
                .split(|c: char| !c.is_ascii_alphanumeric())
                .any(|word| VERSION_WORDS.contains(&word)),
            lang.pick(
                "Keine Zusätze wie „final“, „neu“ oder „Kopie“: Versionen verwaltet die E-Akte.",
                "No additions such as “final”, “new” or “copy”: the e-file manages versions.",
            )
            .to_owned(),
        ),
    ];
    let passed = checks.iter().filter(|(ok, _)| *ok).count();
    let failed: Vec<String> = checks
        .iter()
        .filter(|(ok, _)| !*ok)
        .map(|(_, rule)| format!("– {rule}"))
        .collect();
    let expected = format!("{}_{}_{}", rules.date, rules.doc_type, rules.bg);
    let details = if failed.is_empty() {
        format!(
            "{} **{expected}**",
            lang.pick(
                "Ihr Name folgt der Konvention:",
                "Your name follows the convention:"
            )
        )
    } else {
        format!(
            "**{}**\n{}\n\n{} **{expected}**",
            lang.pick(
                "Diese Regeln sind noch nicht erfüllt:",
                "These rules are not met yet:"
            ),
            failed.join("\n"),
            lang.pick("Richtig wäre zum Beispiel:", "A right name would be:")
        )
    };
    Ok((ratio(passed, checks.len()), details))
}
