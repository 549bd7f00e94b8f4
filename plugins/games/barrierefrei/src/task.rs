//! Showing one item as widgets, and judging the player's answer to it with an explanation.

use digifit_game_sdk::{
    Action, Button, Channel, Dialogue, DialogueLine, GameError, Lang, SeededRng, TextInput,
    Verdict, ViewBuilder, Widget, option,
};

use crate::cast::Cast;
use crate::content::{Card, Item, Opt, OrderStep, T, Task, Via};
use crate::sozialdaten;

/// The button that submits every answer except a dialogue reply or a decision.
pub const CHECK: &str = "check";

/// The longest short answer (a licence name) the player may type.
const INPUT_MAX: u32 = 100;

/// The longest rewritten request the player may type.
const REDACT_MAX: u32 = 1000;

/// Everything that shapes the text of a play-through.
#[derive(Debug, Clone, Copy)]
pub struct Ctx<'a> {
    pub lang: Lang,
    pub level: u8,
    pub seed: u64,
    pub cast: &'a Cast,
}

impl Ctx<'_> {
    /// A text in the player's language with the placeholders filled in.
    pub fn fill(&self, text: T) -> String {
        self.cast.fill(self.lang, text)
    }

    fn text(&self, de: &str, en: &str) -> String {
        self.lang.pick(de, en).to_owned()
    }

    fn invalid(&self, de: &str, en: &str) -> GameError {
        GameError::InvalidAction(self.text(de, en))
    }
}

/// How an answer was judged.
#[derive(Debug, Clone, PartialEq)]
pub struct Judgement {
    pub score: f32,
    pub verdict: Verdict,
    pub title: String,
    pub explanation: String,
}

/// The options offered on this level, in an order drawn from the seed.
pub fn shown_options(item: &Item, options: &'static [Opt], ctx: &Ctx) -> Vec<&'static Opt> {
    let mut shown: Vec<&Opt> = options
        .iter()
        .filter(|option| option.min_level <= ctx.level)
        .collect();
    SeededRng::for_purpose(ctx.seed, item.id).shuffle(&mut shown);
    shown
}

/// The cards of a categorise task shown on this level: drawn from the cards the level allows
/// and ordered by the seed.
pub fn shown_cards(
    item: &Item,
    cards: &'static [Card],
    shown: [usize; 3],
    ctx: &Ctx,
) -> Vec<&'static Card> {
    let mut allowed: Vec<&Card> = cards
        .iter()
        .filter(|card| card.min_level <= ctx.level)
        .collect();
    SeededRng::for_purpose(ctx.seed, item.id).shuffle(&mut allowed);
    let level = usize::from(ctx.level.clamp(1, 3)) - 1;
    let count = shown.get(level).copied().unwrap_or(allowed.len());
    allowed.truncate(count.max(1));
    allowed
}

/// The steps of an ordering on this level: in the right order, and in the order shown, which
/// the seed draws so that it differs from the right one.
pub fn shown_steps(
    item: &Item,
    steps: &'static [OrderStep],
    ctx: &Ctx,
) -> (Vec<&'static OrderStep>, Vec<&'static OrderStep>) {
    let right: Vec<&OrderStep> = steps
        .iter()
        .filter(|step| step.min_level <= ctx.level)
        .collect();
    let mut shown = right.clone();
    let mut rng = SeededRng::for_purpose(ctx.seed, item.id);
    // Shuffle until the order differs from the right one; bounded, so it always ends.
    for _ in 0..16 {
        rng.shuffle(&mut shown);
        if shown.iter().zip(&right).any(|(a, b)| a.id != b.id) {
            break;
        }
    }
    (right, shown)
}

/// Adds the item's widgets to a view: title, situation, picture and task, and the check
/// button unless the task is answered by a reply or a decision button.
pub fn ask(view: ViewBuilder, item: &Item, ctx: &Ctx) -> ViewBuilder {
    let mut view = view
        .heading(&ctx.fill(item.title))
        .text(&ctx.fill(item.situation));
    if let Some(picture) = item.picture {
        view = view.image(
            picture.asset,
            &ctx.fill(picture.alt),
            Some(&ctx.fill(picture.caption)),
        );
    }
    let check = ctx.text("Antwort prüfen", "Check answer");
    match item.task {
        Task::Choice {
            multiple,
            prompt,
            options,
        } => {
            let labels: Vec<(&str, String)> = shown_options(item, options, ctx)
                .into_iter()
                .map(|option| (option.id, ctx.fill(option.label)))
                .collect();
            let pairs: Vec<(&str, &str)> = labels.iter().map(|(id, l)| (*id, l.as_str())).collect();
            view.choice(item.id, &ctx.fill(prompt), &pairs, multiple)
                .primary_button(CHECK, &check)
        }
        Task::Categorise {
            prompt,
            categories,
            cards,
            shown,
        } => {
            let categories: Vec<(&str, String)> = categories
                .iter()
                .map(|(id, label)| (*id, ctx.fill(*label)))
                .collect();
            let cards: Vec<(&str, String)> = shown_cards(item, cards, shown, ctx)
                .into_iter()
                .map(|card| (card.id, ctx.fill(card.label)))
                .collect();
            let categories: Vec<(&str, &str)> =
                categories.iter().map(|(id, l)| (*id, l.as_str())).collect();
            let cards: Vec<(&str, &str)> = cards.iter().map(|(id, l)| (*id, l.as_str())).collect();
            view.categorise(item.id, &ctx.fill(prompt), &categories, &cards)
                .primary_button(CHECK, &check)
        }
        Task::Ordering { prompt, steps } => {
            let (_, shown) = shown_steps(item, steps, ctx);
            let labels: Vec<(&str, String)> = shown
                .iter()
                .map(|step| (step.id, ctx.fill(step.label)))
                .collect();
            let pairs: Vec<(&str, &str)> = labels.iter().map(|(id, l)| (*id, l.as_str())).collect();
            view.ordering(item.id, &ctx.fill(prompt), &pairs)
                .primary_button(CHECK, &ctx.text("Reihenfolge prüfen", "Check the order"))
        }
        Task::Dialogue {
            via,
            partner,
            lines,
            replies,
        } => view.dialogue(Dialogue {
            id: item.id.to_owned(),
            channel: match via {
                Via::Phone => Channel::PhoneCall,
                Via::InPerson => Channel::InPerson,
                Via::Chat => Channel::Chat,
            },
            partner: ctx.fill(partner),
            lines: lines
                .iter()
                .map(|line| DialogueLine {
                    speaker: ctx.fill(line.speaker),
                    text: ctx.fill(line.text),
                    by_player: false,
                })
                .collect(),
            replies: shown_options(item, replies, ctx)
                .into_iter()
                .map(|reply| option(reply.id, &ctx.fill(reply.label)))
                .collect(),
        }),
        Task::Decide { prompt, options } => {
            // No button is marked primary: the styling must not hint at an answer.
            let row = shown_options(item, options, ctx)
                .into_iter()
                .map(|option| Button {
                    id: option.id.to_owned(),
                    label: ctx.fill(option.label),
                    primary: false,
                })
                .collect();
            view.text(&ctx.fill(prompt)).widget(Widget::Buttons(row))
        }
        Task::Input { label, hint, .. } => view
            .widget(Widget::TextInput(TextInput {
                id: item.id.to_owned(),
                label: ctx.fill(label),
                hint: Some(ctx.fill(hint)),
                multiline: false,
                max_length: INPUT_MAX,
            }))
            .primary_button(CHECK, &check),
        Task::Redact { label, hint, draft } => view
            .text(&ctx.fill(draft))
            .widget(Widget::TextInput(TextInput {
                id: item.id.to_owned(),
                label: ctx.fill(label),
                hint: Some(ctx.fill(hint)),
                multiline: true,
                max_length: REDACT_MAX,
            }))
            .primary_button(CHECK, &check),
    }
}

/// Judges the answer in `action`, or says in the player's language what is missing.
pub fn judge(item: &Item, action: &Action, ctx: &Ctx) -> Result<Judgement, GameError> {
    let by_button = matches!(item.task, Task::Dialogue { .. } | Task::Decide { .. });
    if !by_button && action.button != CHECK {
        return Err(ctx.invalid(
            "Bitte beantworten Sie die Frage und wählen Sie dann „Antwort prüfen“.",
            "Please answer the question, then choose “Check answer”.",
        ));
    }
    let (score, explanation) = match item.task {
        Task::Choice {
            multiple: false,
            options,
            ..
        } => judge_single(item, options, action, ctx)?,
        Task::Choice { options, .. } => judge_multiple(item, options, action, ctx)?,
        Task::Categorise {
            categories,
            cards,
            shown,
            ..
        } => judge_categorise(item, categories, cards, shown, action, ctx)?,
        Task::Ordering { steps, .. } => judge_ordering(item, steps, action, ctx)?,
        Task::Dialogue { replies, .. } => judge_button(item, replies, action, ctx)?,
        Task::Decide { options, .. } => judge_button(item, options, action, ctx)?,
        Task::Input { grade, answer, .. } => judge_input(item, grade, answer, action, ctx)?,
        Task::Redact { .. } => judge_redact(item, action, ctx)?,
    };
    let verdict = if score >= 1.0 {
        Verdict::Correct
    } else if score > 0.0 {
        Verdict::PartlyCorrect
    } else {
        Verdict::Wrong
    };
    Ok(Judgement {
        score,
        verdict,
        // The host puts its own word for the verdict ("Richtig:") in front of the title.
        title: ctx.fill(item.title),
        explanation: format!("{explanation}\n\n{}", ctx.fill(item.background)),
    })
}

fn pick_one(shown: &[&'static Opt], id: &str) -> Option<&'static Opt> {
    shown.iter().copied().find(|option| option.id == id)
}

fn best(shown: &[&'static Opt]) -> Option<&'static Opt> {
    shown
        .iter()
        .copied()
        .max_by(|a, b| a.score.total_cmp(&b.score))
}

fn judge_single(
    item: &Item,
    options: &'static [Opt],
    action: &Action,
    ctx: &Ctx,
) -> Result<(f32, String), GameError> {
    let shown = shown_options(item, options, ctx);
    let answer = action
        .field(item.id)
        .ok_or_else(|| ctx.invalid("Bitte wählen Sie eine Antwort.", "Please pick an answer."))?;
    let picked = pick_one(&shown, answer).ok_or_else(|| {
        ctx.invalid(
            "Diese Antwort gibt es hier nicht. Bitte wählen Sie eine der angebotenen.",
            "That answer is not offered here. Please pick one of the options shown.",
        )
    })?;
    Ok((picked.score, explain_pick(picked, &shown, ctx)))
}

/// A dialogue reply or a decision: the pressed button is the answer.
fn judge_button(
    item: &Item,
    options: &'static [Opt],
    action: &Action,
    ctx: &Ctx,
) -> Result<(f32, String), GameError> {
    let shown = shown_options(item, options, ctx);
    let picked = pick_one(&shown, &action.button).ok_or_else(|| {
        ctx.invalid(
            "Bitte wählen Sie eine der angebotenen Antworten.",
            "Please choose one of the answers offered.",
        )
    })?;
    Ok((picked.score, explain_pick(picked, &shown, ctx)))
}

fn explain_pick(picked: &Opt, shown: &[&'static Opt], ctx: &Ctx) -> String {
    let mut text = format!(
        "{} **{}**\n{}",
        ctx.text("Ihre Antwort:", "Your answer:"),
        ctx.fill(picked.label),
        ctx.fill(picked.why)
    );
    if picked.score < 1.0
        && let Some(right) = best(shown)
    {
        text.push_str(&format!(
            "\n\n{} **{}**\n{}",
            ctx.text("Besser:", "Better:"),
            ctx.fill(right.label),
            ctx.fill(right.why)
        ));
    }
    text
}

fn judge_multiple(
    item: &Item,
    options: &'static [Opt],
    action: &Action,
    ctx: &Ctx,
) -> Result<(f32, String), GameError> {
    let shown = shown_options(item, options, ctx);
    let picked = action.fields_named(item.id);
    if picked.is_empty() {
        return Err(ctx.invalid(
            "Bitte wählen Sie mindestens eine Antwort.",
            "Please pick at least one answer.",
        ));
    }
    if picked.iter().any(|id| pick_one(&shown, id).is_none()) {
        return Err(ctx.invalid(
            "Mindestens eine gewählte Antwort gibt es hier nicht. Bitte wählen Sie aus den \
             angebotenen.",
            "At least one picked answer is not offered here. Please pick from those shown.",
        ));
    }
    let right_ones = shown.iter().filter(|o| o.score >= 1.0).count().max(1);
    let mut hits = 0_usize;
    let mut misses = 0_usize;
    let mut lines = Vec::new();
    for option in &shown {
        let chosen = picked.contains(&option.id);
        let belongs = option.score >= 1.0;
        match (chosen, belongs) {
            (true, true) => hits += 1,
            (true, false) => misses += 1,
            _ => {}
        }
        let mark = match (belongs, chosen) {
            (true, true) => ctx.text("✓ trifft zu, gewählt", "✓ applies, picked"),
            (true, false) => ctx.text("✓ trifft zu, nicht gewählt", "✓ applies, not picked"),
            (false, true) => ctx.text("✗ trifft nicht zu, gewählt", "✗ does not apply, picked"),
            (false, false) => ctx.text("✗ trifft nicht zu", "✗ does not apply"),
        };
        lines.push(format!(
            "**{}** ({mark}): {}",
            ctx.fill(option.label),
            ctx.fill(option.why)
        ));
    }
    // A handful of options, so the counts convert to f32 exactly.
    #[allow(clippy::cast_precision_loss)]
    let score = hits.saturating_sub(misses) as f32 / right_ones as f32;
    Ok((score.clamp(0.0, 1.0), lines.join("\n")))
}

fn judge_categorise(
    item: &Item,
    categories: &'static [(&'static str, T)],
    cards: &'static [Card],
    shown: [usize; 3],
    action: &Action,
    ctx: &Ctx,
) -> Result<(f32, String), GameError> {
    let cards = shown_cards(item, cards, shown, ctx);
    let category_name = |id: &str| {
        categories
            .iter()
            .find(|(category, _)| *category == id)
            .map(|(_, label)| ctx.fill(*label))
    };
    let mut right = 0_usize;
    let mut lines = Vec::new();
    for card in &cards {
        let field = format!("{}.{}", item.id, card.id);
        let Some(answer) = action.field(&field).filter(|answer| !answer.is_empty()) else {
            return Err(ctx.invalid(
                "Bitte ordnen Sie jeden Eintrag einer Kategorie zu.",
                "Please sort every entry into a category.",
            ));
        };
        if category_name(answer).is_none() {
            return Err(ctx.invalid(
                "Diese Kategorie gibt es hier nicht. Bitte wählen Sie eine der angebotenen.",
                "That category does not exist here. Please pick one of those shown.",
            ));
        }
        let ok = answer == card.category;
        if ok {
            right += 1;
        }
        lines.push(format!(
            "{} **{}** → {}: {}",
            if ok { "✓" } else { "✗" },
            ctx.fill(card.label),
            category_name(card.category).unwrap_or_default(),
            ctx.fill(card.why)
        ));
    }
    // A handful of cards, so the counts convert to f32 exactly.
    #[allow(clippy::cast_precision_loss)]
    let score = right as f32 / cards.len().max(1) as f32;
    Ok((score, lines.join("\n")))
}

fn judge_ordering(
    item: &Item,
    steps: &'static [OrderStep],
    action: &Action,
    ctx: &Ctx,
) -> Result<(f32, String), GameError> {
    let (right, _) = shown_steps(item, steps, ctx);
    let count = right.len();
    let mut positions = Vec::with_capacity(count);
    for step in &right {
        let position = action
            .field(&format!("{}.{}", item.id, step.id))
            .and_then(|p| p.trim().parse::<usize>().ok())
            .filter(|p| (1..=count).contains(p));
        match position {
            Some(p) if !positions.contains(&p) => positions.push(p),
            _ => {
                return Err(ctx.invalid(
                    "Bitte geben Sie jedem Schritt genau eine eigene Position.",
                    "Please give every step exactly one position of its own.",
                ));
            }
        }
    }
    let hits = positions
        .iter()
        .enumerate()
        .filter(|(index, position)| index + 1 == **position)
        .count();
    // Orderings have a handful of steps, so the counts convert to f32 exactly.
    #[allow(clippy::cast_precision_loss)]
    let score = hits as f32 / count.max(1) as f32;
    let listed: Vec<String> = right
        .iter()
        .zip(&positions)
        .enumerate()
        .map(|(index, (step, position))| {
            let mark = if index + 1 == *position { "✓" } else { "✗" };
            format!("{}. {} {mark}", index + 1, ctx.fill(step.label))
        })
        .collect();
    let text = format!(
        "{}\n{}\n{}",
        ctx.text(
            "**Die sinnvolle Reihenfolge** (✓ = von Ihnen an diese Stelle gesetzt):",
            "**The sensible order** (✓ = you put it in this place):"
        ),
        listed.join("\n"),
        ctx.text(
            &format!("Sie hatten {hits} von {count} Schritten an der richtigen Stelle."),
            &format!("You had {hits} of {count} steps in the right place."),
        )
    );
    Ok((score, text))
}

/// Makes a typed text safe to show again: no braces (which would look like a placeholder) and
/// no markup, at most `max` characters.
fn echo(typed: &str, max: usize) -> String {
    typed
        .chars()
        .filter(|c| !matches!(c, '{' | '}' | '*'))
        .take(max)
        .collect()
}

fn judge_input(
    item: &Item,
    grade: fn(&str) -> f32,
    answer: T,
    action: &Action,
    ctx: &Ctx,
) -> Result<(f32, String), GameError> {
    let typed = action.field(item.id).unwrap_or_default().trim();
    if typed.is_empty() {
        return Err(ctx.invalid(
            "Bitte tragen Sie etwas in das Feld ein.",
            "Please type something into the field.",
        ));
    }
    let score = grade(typed);
    Ok((
        score,
        format!(
            "{} {}\n{} **{}**",
            ctx.text("Ihre Eingabe:", "You typed:"),
            echo(typed, 100),
            ctx.text("Richtig ist:", "The right answer:"),
            ctx.fill(answer)
        ),
    ))
}

fn judge_redact(item: &Item, action: &Action, ctx: &Ctx) -> Result<(f32, String), GameError> {
    let typed = action.field(item.id).unwrap_or_default().trim();
    if typed.chars().count() < sozialdaten::MIN_CHARS {
        return Err(ctx.invalid(
            "Bitte schreiben Sie die ganze Anfrage neu – mindestens einen vollständigen Satz.",
            "Please rewrite the whole request – at least one complete sentence.",
        ));
    }
    let left = sozialdaten::leftovers(typed, ctx.cast);
    let score = sozialdaten::score(&left);
    let explanation =
        if left.is_empty() {
            ctx.text(
                "In Ihrer Anfrage steht kein Name, kein Geburtsdatum, keine BG-Nummer und keine \
             Diagnose mehr. So kann der Assistent helfen, ohne dass Sozialdaten das Fachverfahren \
             verlassen.",
                "Your request no longer contains a name, date of birth, household number or \
             diagnosis. This way the assistant can help without social data leaving the case \
             management system.",
            )
        } else {
            let names: Vec<String> = left
                .iter()
                .map(|leftover| ctx.fill(leftover.name()))
                .collect();
            format!(
            "{} **{}**. {}",
            ctx.text("In Ihrer Anfrage steht noch:", "Your request still contains:"),
            names.join(", "),
            ctx.text(
                "Diese Angaben machen die Person erkennbar oder verraten Gesundheitsdaten – sie \
                 gehören nicht in den Assistenten.",
                "These details identify the person or reveal health data – they do not belong \
                 in the assistant.",
            )
        )
        };
    Ok((score, explanation))
}
