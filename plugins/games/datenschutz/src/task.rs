//! Showing one item as widgets, and judging the player's answer to it with an explanation.

use digifit_game_sdk::{
    Action, Channel, Dialogue, DialogueLine, GameError, Lang, SeededRng, TextInput, Verdict,
    ViewBuilder, Widget, option,
};

use crate::content::{
    COLLEAGUES, CUSTOMERS, Card, EMPLOYERS, Item, Opt, T, Task, Via, phishing_domain,
};
use crate::passphrase;

/// The button that submits every answer except a dialogue reply.
pub const CHECK: &str = "check";

/// Everything that shapes the text of a play-through.
#[derive(Debug, Clone, Copy)]
pub struct Ctx {
    pub lang: Lang,
    pub level: u8,
    pub seed: u64,
    /// Indices into `CUSTOMERS`, `COLLEAGUES` and `EMPLOYERS`.
    pub names: [u8; 3],
}

impl Ctx {
    /// A text in the player's language with the placeholders filled in.
    pub fn fill(&self, text: T) -> String {
        let name = |list: &[T], index: u8| {
            list.get(usize::from(index))
                .or(list.first())
                .map_or("", |name| name.get(self.lang))
        };
        text.get(self.lang)
            .replace("{kunde}", name(&CUSTOMERS, self.names[0]))
            .replace("{kollege}", name(&COLLEAGUES, self.names[1]))
            .replace("{firma}", name(&EMPLOYERS, self.names[2]))
            .replace("{phish}", phishing_domain(self.level))
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

/// The options of a choice or dialogue offered on this level, in an order drawn from the seed.
pub fn shown_options(item: &Item, options: &'static [Opt], ctx: &Ctx) -> Vec<&'static Opt> {
    let mut shown: Vec<&Opt> = options
        .iter()
        .filter(|option| option.min_level <= ctx.level)
        .collect();
    SeededRng::for_purpose(ctx.seed, item.id).shuffle(&mut shown);
    shown
}

/// The cards of a categorise task shown on this level, drawn and ordered by the seed.
pub fn shown_cards(
    item: &Item,
    cards: &'static [Card],
    shown: [usize; 3],
    ctx: &Ctx,
) -> Vec<&'static Card> {
    let mut all: Vec<&Card> = cards.iter().collect();
    SeededRng::for_purpose(ctx.seed, item.id).shuffle(&mut all);
    let level = usize::from(ctx.level.clamp(1, 3)) - 1;
    let count = shown
        .get(level)
        .copied()
        .unwrap_or(cards.len())
        .min(cards.len());
    all.truncate(count);
    all
}

/// Adds the item's widgets to a view: title, situation and task, and the check button unless
/// the task is a dialogue (whose replies submit it).
pub fn ask(view: ViewBuilder, item: &Item, ctx: &Ctx) -> ViewBuilder {
    let view = view
        .heading(&ctx.fill(item.title))
        .text(&ctx.fill(item.situation));
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
            },
            partner: ctx.fill(partner),
            lines: lines
                .iter()
                .map(|line| DialogueLine {
                    speaker: ctx.fill(line.speaker),
                    text: ctx.fill(line.text),
                    by_player: line.by_player,
                })
                .collect(),
            replies: shown_options(item, replies, ctx)
                .into_iter()
                .map(|reply| option(reply.id, &ctx.fill(reply.label)))
                .collect(),
        }),
        Task::Passphrase { label, hint } => view
            .widget(Widget::TextInput(TextInput {
                id: item.id.to_owned(),
                label: ctx.fill(label),
                hint: Some(ctx.fill(hint)),
                multiline: false,
                max_length: 200,
            }))
            .primary_button(CHECK, &check),
    }
}

/// Judges the answer in `action`, or says in the player's language what is missing.
pub fn judge(item: &Item, action: &Action, ctx: &Ctx) -> Result<Judgement, GameError> {
    let is_dialogue = matches!(item.task, Task::Dialogue { .. });
    if !is_dialogue && action.button != CHECK {
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
        Task::Dialogue { replies, .. } => judge_reply(item, replies, action, ctx)?,
        Task::Passphrase { .. } => judge_passphrase(item, action, ctx)?,
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
        // The host writes the verdict („Richtig:“) before the title, so the title only names
        // the situation.
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

fn judge_reply(
    item: &Item,
    replies: &'static [Opt],
    action: &Action,
    ctx: &Ctx,
) -> Result<(f32, String), GameError> {
    let shown = shown_options(item, replies, ctx);
    let picked = pick_one(&shown, &action.button).ok_or_else(|| {
        ctx.invalid(
            "Bitte wählen Sie eine der angebotenen Antworten im Gespräch.",
            "Please choose one of the replies offered in the conversation.",
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
            "Mindestens eine gewählte Antwort gibt es hier nicht.",
            "At least one picked answer is not offered here.",
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
        let mark = if chosen == belongs { "✔" } else { "✘" };
        let verdict = if belongs {
            ctx.text("gehört dazu", "belongs")
        } else {
            ctx.text("gehört nicht dazu", "does not belong")
        };
        lines.push(format!(
            "{mark} **{}** ({verdict}): {}",
            ctx.fill(option.label),
            ctx.fill(option.why)
        ));
    }
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
        let Some(answer) = action.field(&field) else {
            return Err(ctx.invalid(
                "Bitte ordnen Sie jeden Fall einer Kategorie zu.",
                "Please sort every case into a category.",
            ));
        };
        if category_name(answer).is_none() {
            return Err(ctx.invalid(
                "Diese Kategorie gibt es hier nicht.",
                "That category does not exist here.",
            ));
        }
        let ok = answer == card.category;
        if ok {
            right += 1;
        }
        lines.push(format!(
            "{} **{}** → {}: {}",
            if ok { "✔" } else { "✘" },
            ctx.fill(card.label),
            category_name(card.category).unwrap_or_default(),
            ctx.fill(card.why)
        ));
    }
    let score = right as f32 / cards.len().max(1) as f32;
    Ok((score, lines.join("\n")))
}

fn judge_passphrase(item: &Item, action: &Action, ctx: &Ctx) -> Result<(f32, String), GameError> {
    let typed = action.field(item.id).unwrap_or_default().trim();
    if typed.is_empty() {
        return Err(ctx.invalid(
            "Bitte geben Sie eine ausgedachte Passphrase ein (nicht Ihr echtes Passwort).",
            "Please type a made-up passphrase (not your real password).",
        ));
    }
    // Only the shape of the passphrase is kept, never the passphrase itself.
    let shape = passphrase::shape(typed);
    let score = passphrase::score(shape);
    let measured = ctx
        .text(
            "Ihre Passphrase hat **{chars} Zeichen** und **{words} Wörter** mit mindestens drei \
             Zeichen.",
            "Your passphrase has **{chars} characters** and **{words} words** of at least three \
             characters.",
        )
        .replace("{chars}", &shape.chars.to_string())
        .replace("{words}", &shape.words.to_string());
    let judgement = if shape.pattern {
        ctx.text(
            "Sie enthält aber ein Muster, das Angreifer zuerst ausprobieren (etwa eine Jahreszahl, \
             „Passwort“, „123“, eine Jahreszeit oder den Namen der Behörde). Solche Passwörter \
             stehen in jeder Angriffsliste.",
            "But it contains a pattern attackers try first (such as a year, “password”, “123”, a \
             season or the organisation's name). Such passwords are on every attack list.",
        )
    } else if score >= 1.0 {
        ctx.text(
            "Lang, aus mehreren Wörtern und ohne bekanntes Muster: so sieht eine starke \
             Passphrase aus.",
            "Long, made of several words and free of known patterns: that is what a strong \
             passphrase looks like.",
        )
    } else if score > 0.0 {
        ctx.text(
            "Das ist schon ordentlich. Noch stärker wird sie mit mindestens 20 Zeichen aus vier \
             oder mehr zufälligen Wörtern.",
            "That is a fair start. It gets stronger with at least 20 characters from four or more \
             random words.",
        )
    } else {
        ctx.text(
            "Das ist zu kurz. Nehmen Sie mindestens vier zufällige Wörter, zusammen mindestens 20 \
             Zeichen.",
            "That is too short. Use at least four random words, at least 20 characters in all.",
        )
    };
    Ok((score, format!("{measured} {judgement}")))
}
