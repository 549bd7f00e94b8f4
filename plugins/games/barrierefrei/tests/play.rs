//! Plays every episode of barrierefrei through the SDK's harness, natively, the way the host
//! would: right and wrong paths on every level in both locales, determinism, seeds, invalid
//! actions, partial credit, the closing view, the manifest and the image assets.
// Tests may unwrap: a failed unwrap is a failed test with a clear location.
#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use barrierefrei::content::{self, Episode, Item, Task};
use barrierefrei::{BEGIN, Barrierefrei, CHECK, GAME_ID, NEXT};
use digifit_game_sdk::harness::{
    Harness, Session, broken_state_and_unknown_episode_are_refused, manifest_matches_meta,
    replay_owned_is_deterministic,
};
use digifit_game_sdk::{Action, Game, GameError, Verdict, View, Widget};

type Result<T = ()> = std::result::Result<T, GameError>;

/// An action as the tests keep it: the button and the form fields.
type Act = (String, Vec<(String, String)>);

const EPISODES: [&str; 3] = [
    "barrierefrei-schreiben",
    "bilder-und-lizenzen",
    "ki-assistent",
];

/// A request rewritten without any social data, as a player would type it.
const CLEAN_REQUEST: &str = "Bitte entwirf einen freundlichen Brief an eine Person, die einen \
                             Termin wegen Krankheit verpasst hat, mit einem neuen Termin und \
                             Platzhaltern für Name und Anschrift.";

fn episode_of(session: &Session<Barrierefrei>) -> &'static Episode {
    content::episode(&session.episode().id).unwrap()
}

/// The item a question widget belongs to.
fn item(episode: &Episode, id: &str) -> &'static Item {
    episode
        .item(id)
        .unwrap_or_else(|| panic!("no item {id} in {}", episode.id))
}

/// The action that answers the current view right (everything scores 1) or wrong (everything
/// scores 0), worked out from the view and the answer keys in `content`, not from the game's
/// own judging.
fn answer(session: &Session<Barrierefrei>, right: bool) -> Act {
    let episode = episode_of(session);
    let level = session.request().level;
    let score_of =
        |id: &str, options: &[content::Opt]| options.iter().find(|o| o.id == id).unwrap().score;
    for widget in &session.view().widgets {
        let mut fields = Vec::new();
        match widget {
            Widget::Choice(w) => {
                let Task::Choice {
                    options, multiple, ..
                } = item(episode, &w.id).task
                else {
                    panic!("{} is not a choice", w.id)
                };
                let wanted: Vec<&str> = w
                    .options
                    .iter()
                    .map(|o| o.id.as_str())
                    .filter(|o| {
                        if right {
                            score_of(o, options) >= 1.0
                        } else {
                            score_of(o, options) == 0.0
                        }
                    })
                    .collect();
                assert!(!wanted.is_empty(), "{}: nothing to pick", w.id);
                let wanted = if multiple { wanted } else { vec![wanted[0]] };
                for option in wanted {
                    fields.push((w.id.clone(), option.to_owned()));
                }
                return (CHECK.into(), fields);
            }
            Widget::Categorise(w) => {
                let Task::Categorise { cards, .. } = item(episode, &w.id).task else {
                    panic!("{} is not a categorise task", w.id)
                };
                for card in &w.items {
                    let right_category = cards.iter().find(|c| c.id == card.id).unwrap().category;
                    let category = w
                        .categories
                        .iter()
                        .map(|c| c.id.as_str())
                        .find(|c| (*c == right_category) == right)
                        .unwrap();
                    fields.push((format!("{}.{}", w.id, card.id), category.to_owned()));
                }
                return (CHECK.into(), fields);
            }
            Widget::Ordering(w) => {
                let Task::Ordering { steps, .. } = item(episode, &w.id).task else {
                    panic!("{} is not an ordering", w.id)
                };
                let order: Vec<&str> = steps
                    .iter()
                    .filter(|s| s.min_level <= level)
                    .map(|s| s.id)
                    .collect();
                assert_eq!(order.len(), w.items.len());
                for shown in &w.items {
                    let rank = order.iter().position(|id| *id == shown.id).unwrap();
                    let position = if right {
                        rank
                    } else {
                        (rank + 1) % order.len()
                    };
                    fields.push((format!("{}.{}", w.id, shown.id), (position + 1).to_string()));
                }
                return (CHECK.into(), fields);
            }
            Widget::Dialogue(w) => {
                let Task::Dialogue { replies, .. } = item(episode, &w.id).task else {
                    panic!("{} is not a dialogue", w.id)
                };
                let reply = w
                    .replies
                    .iter()
                    .map(|r| r.id.as_str())
                    .find(|r| {
                        if right {
                            score_of(r, replies) >= 1.0
                        } else {
                            score_of(r, replies) == 0.0
                        }
                    })
                    .unwrap();
                return (reply.to_owned(), fields);
            }
            Widget::TextInput(w) => {
                let typed = match item(episode, &w.id).task {
                    Task::Input { .. } if right => "CC BY-SA 4.0".to_owned(),
                    Task::Input { .. } => "weiss nicht".to_owned(),
                    Task::Redact { .. } if right => CLEAN_REQUEST.to_owned(),
                    // The wrong answer keeps the draft as it is shown.
                    Task::Redact { .. } => texts(session.view()).join("\n"),
                    _ => panic!("{} is not a text task", w.id),
                };
                fields.push((w.id.clone(), typed));
                return (CHECK.into(), fields);
            }
            Widget::Buttons(row) => {
                let (_, options) = decision(episode, row.first().map_or("", |b| b.id.as_str()))
                    .unwrap_or_else(|| panic!("the view asks nothing: {:#?}", session.view()));
                let pick = row
                    .iter()
                    .map(|b| b.id.as_str())
                    .find(|b| {
                        if right {
                            score_of(b, options) >= 1.0
                        } else {
                            score_of(b, options) == 0.0
                        }
                    })
                    .unwrap();
                return (pick.to_owned(), fields);
            }
            _ => {}
        }
    }
    panic!("the view asks nothing: {:#?}", session.view());
}

/// The decision item one of whose options has id `button`.
fn decision(episode: &Episode, button: &str) -> Option<(&'static Item, &'static [content::Opt])> {
    episode.items.iter().find_map(|item| match item.task {
        Task::Decide { options, .. } if options.iter().any(|o| o.id == button) => {
            Some((item, options))
        }
        _ => None,
    })
}

fn texts(view: &View) -> Vec<String> {
    view.widgets
        .iter()
        .filter_map(|w| match w {
            Widget::Text(text) => Some(text.clone()),
            _ => None,
        })
        .collect()
}

fn feedback(session: &Session<Barrierefrei>) -> digifit_game_sdk::Feedback {
    session
        .view()
        .widgets
        .iter()
        .find_map(|w| match w {
            Widget::Feedback(f) => Some(f.clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no feedback: {:#?}", session.view()))
}

/// The first heading of a view, or "" when it has none.
fn heading(view: &View) -> String {
    view.widgets
        .iter()
        .find_map(|w| match w {
            Widget::Heading(text) => Some(text.clone()),
            _ => None,
        })
        .unwrap_or_default()
}

/// Plays an episode to the end, answering everything right or wrong; returns the session and
/// every action taken.
fn play(
    episode: &str,
    seed: u64,
    locale: &str,
    level: u8,
    right: bool,
) -> Result<(Session<Barrierefrei>, Vec<Act>)> {
    let mut session = Harness::<Barrierefrei>::start(episode, seed, locale, level)?;
    let mut actions = vec![(BEGIN.to_owned(), Vec::new())];
    session.act(BEGIN, &[])?;
    while !session.is_finished() {
        let asked = heading(session.view());
        let (button, fields) = answer(&session, right);
        session.act_owned(&button, &fields)?;
        actions.push((button, fields));
        // The host writes the verdict ("Richtig:") itself; the title names the item.
        assert_eq!(feedback(&session).title, asked);
        assert_eq!(
            heading(session.view()),
            "",
            "the feedback view repeats the heading"
        );
        let expected = if right {
            Verdict::Correct
        } else {
            Verdict::Wrong
        };
        assert_eq!(
            session.verdict(),
            Some(expected),
            "{episode} level {level} seed {seed}: {:#?}",
            session.view()
        );
        session.act(NEXT, &[])?;
        actions.push((NEXT.to_owned(), Vec::new()));
    }
    Ok((session, actions))
}

/// The item ids a level must give evidence for, sorted, with each item's competence.
fn expected_items(episode: &str, level: u8) -> BTreeMap<String, &'static str> {
    content::episode(episode)
        .unwrap()
        .items
        .iter()
        .filter(|item| item.min_level <= level)
        .map(|item| {
            (
                format!("{GAME_ID}/{episode}/{}/level-{level}", item.id),
                item.competence,
            )
        })
        .collect()
}

#[test]
fn every_episode_on_every_level_in_both_locales_right_and_wrong() -> Result {
    for episode in EPISODES {
        let competences = Barrierefrei::meta("de")
            .episodes
            .into_iter()
            .find(|e| e.id == episode)
            .unwrap()
            .competences;
        for level in 1..=3 {
            let expected = expected_items(episode, level);
            for locale in ["de", "en"] {
                for right in [true, false] {
                    let seed = u64::from(level) * 31 + u64::from(right);
                    let (session, _) = play(episode, seed, locale, level, right)?;
                    let context = format!("{episode} level {level} {locale} right={right}");
                    // One evidence per item, with the item's competence and the full score.
                    let found: BTreeMap<String, &str> = session
                        .evidence()
                        .iter()
                        .map(|e| (e.item.clone(), e.competence.as_str()))
                        .collect();
                    assert_eq!(session.evidence().len(), expected.len(), "{context}");
                    assert_eq!(found, expected, "{context}");
                    assert!((6..=10).contains(&expected.len()), "{context}");
                    for evidence in session.evidence() {
                        assert_eq!(
                            evidence.score,
                            if right { 1.0 } else { 0.0 },
                            "{}",
                            evidence.item
                        );
                    }
                    // Every competence the episode lists gets evidence, on every level.
                    let touched: BTreeSet<&str> = found.values().copied().collect::<BTreeSet<_>>();
                    let listed: BTreeSet<&str> = competences.iter().map(String::as_str).collect();
                    assert_eq!(touched, listed, "{context}");

                    let outcome = session.outcome().unwrap();
                    // The host shows the score; the summary keeps only the game's message.
                    let message = if locale == "de" {
                        "Verständliche, barrierefreie"
                    } else {
                        "Clear, accessible"
                    };
                    assert!(outcome.summary.starts_with(message), "{}", outcome.summary);
                    assert!(!outcome.summary.contains('%'), "{}", outcome.summary);
                    if right {
                        assert_eq!(outcome.score, 1.0);
                        assert_eq!(outcome.went_well.len(), expected.len());
                        assert!(outcome.to_learn.is_empty());
                    } else {
                        assert_eq!(outcome.score, 0.0);
                        assert!(outcome.went_well.is_empty());
                        assert_eq!(outcome.to_learn.len(), expected.len());
                    }
                    check_closing_view(session.view(), outcome, &context);
                    // Every feedback explains something.
                    for step in session.steps() {
                        for widget in &step.view.widgets {
                            if let Widget::Feedback(feedback) = widget {
                                assert!(feedback.explanation.len() > 80, "{context}");
                            }
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

/// The closing view is a heading and closing words; the host shows the outcome below it, so
/// the view must repeat neither the summary, nor the percentage, nor any listed lesson.
fn check_closing_view(view: &View, outcome: &digifit_game_sdk::Outcome, context: &str) {
    assert_eq!(view.progress.current, view.progress.total, "{context}");
    assert!(
        matches!(view.widgets.first(), Some(Widget::Heading(_))),
        "{context}: {view:#?}"
    );
    let closing = texts(view);
    assert_eq!(closing.len(), 1, "{context}: {view:#?}");
    assert_eq!(view.widgets.len(), 2, "{context}: {view:#?}");
    let words = &closing[0];
    let sentences = words.matches(['.', '!']).count();
    assert!((1..=2).contains(&sentences), "{context}: {words}");
    assert!(!words.contains('%'), "{context}: {words}");
    assert!(!words.contains(&outcome.summary), "{context}");
    for line in outcome.went_well.iter().chain(&outcome.to_learn) {
        let lesson = line.split("**: ").nth(1).unwrap_or(line);
        assert!(!words.contains(lesson), "{context}: {lesson}");
    }
}

#[test]
fn levels_add_items() {
    for episode in EPISODES {
        let counts: Vec<usize> = (1..=3)
            .map(|level| expected_items(episode, level).len())
            .collect();
        assert!(
            counts[0] < counts[1] && counts[1] < counts[2],
            "{episode}: {counts:?}"
        );
    }
}

/// The options, replies, cards and steps every question view of a play shows.
fn shown_choices(session: &Session<Barrierefrei>) -> BTreeSet<String> {
    let mut shown = BTreeSet::new();
    for step in session.steps() {
        for widget in &step.view.widgets {
            let (id, ids): (&str, Vec<&str>) = match widget {
                Widget::Choice(w) => (&w.id, w.options.iter().map(|o| o.id.as_str()).collect()),
                Widget::Dialogue(w) => (&w.id, w.replies.iter().map(|o| o.id.as_str()).collect()),
                Widget::Categorise(w) => (&w.id, w.items.iter().map(|o| o.id.as_str()).collect()),
                Widget::Ordering(w) => (&w.id, w.items.iter().map(|o| o.id.as_str()).collect()),
                Widget::Buttons(row) => ("buttons", row.iter().map(|b| b.id.as_str()).collect()),
                _ => continue,
            };
            shown.extend(ids.into_iter().map(|option| format!("{id}/{option}")));
        }
    }
    shown
}

#[test]
fn higher_levels_add_harder_options() -> Result {
    for episode in EPISODES {
        let mut previous: Option<BTreeSet<String>> = None;
        for level in 1..=3 {
            // Several seeds, so that every card a level allows is drawn at least once.
            let mut shown = BTreeSet::new();
            for seed in 0..12 {
                let (session, _) = play(episode, seed, "de", level, true)?;
                shown.extend(shown_choices(&session));
            }
            if let Some(previous) = &previous {
                assert!(
                    previous.is_subset(&shown) && previous.len() < shown.len(),
                    "{episode} level {level}"
                );
            }
            previous = Some(shown);
        }
    }
    Ok(())
}

#[test]
fn replays_are_deterministic() -> Result {
    for episode in EPISODES {
        for (seed, level, locale) in [(5, 1, "de"), (77, 2, "en"), (u64::MAX, 3, "de")] {
            let (_, mut actions) = play(episode, seed, locale, level, true)?;
            // Refused actions in between are part of a replay too.
            actions.insert(1, (CHECK.to_owned(), Vec::new()));
            actions.insert(0, ("nonsense".to_owned(), Vec::new()));
            assert!(replay_owned_is_deterministic::<Barrierefrei>(
                episode, seed, locale, level, &actions
            ));
        }
    }
    Ok(())
}

/// The question view of every item of a play, by item id, in the order played.
fn question_views(episode: &str, seed: u64, level: u8) -> Result<Vec<(String, View)>> {
    let mut session = Harness::<Barrierefrei>::start(episode, seed, "de", level)?;
    session.act(BEGIN, &[])?;
    let mut views = Vec::new();
    while !session.is_finished() {
        let view = session.view().clone();
        let (button, fields) = answer(&session, true);
        session.act_owned(&button, &fields)?;
        let item = session.evidence().last().unwrap().item.clone();
        let id = item.split('/').nth(2).unwrap().to_owned();
        views.push((id, view));
        session.act(NEXT, &[])?;
    }
    Ok(views)
}

#[test]
fn different_seeds_give_different_orders_and_content() -> Result {
    for episode in EPISODES {
        let plays: Vec<Vec<(String, View)>> = (0..8)
            .map(|seed| question_views(episode, seed, 3))
            .collect::<Result<_>>()?;
        let orders: BTreeSet<Vec<&str>> = plays
            .iter()
            .map(|views| views.iter().map(|(id, _)| id.as_str()).collect())
            .collect();
        assert!(orders.len() >= 4, "{episode}: {} orders", orders.len());
        // The same item looks different across seeds: names, dates, numbers or option order.
        for item in content::episode(episode).unwrap().items {
            let looks: BTreeSet<String> = plays
                .iter()
                .filter_map(|views| views.iter().find(|(id, _)| id == item.id))
                .map(|(_, view)| format!("{:?}", view.widgets))
                .collect();
            assert!(looks.len() >= 2, "{episode}/{}", item.id);
        }
    }
    // The request to rewrite shows each seed's own made-up customer data.
    let drafts: BTreeSet<String> = (0..6)
        .map(|seed| {
            let views = question_views("ki-assistent", seed, 1)?;
            let (_, view) = views.iter().find(|(id, _)| id == "anonymisieren").unwrap();
            Ok(texts(view).join("\n"))
        })
        .collect::<Result<_>>()?;
    assert_eq!(drafts.len(), 6);
    Ok(())
}

#[test]
fn every_widget_kind_is_used() -> Result {
    let mut kinds = BTreeSet::new();
    for episode in EPISODES {
        let (session, _) = play(episode, 9, "en", 3, true)?;
        for step in session.steps() {
            let decision = step.view.widgets.iter().any(
                |w| matches!(w, Widget::Buttons(row) if row.iter().all(|button| !button.primary)),
            );
            if decision {
                kinds.insert("decision buttons");
            }
            for widget in &step.view.widgets {
                kinds.insert(match widget {
                    Widget::Choice(w) if w.multiple => "multiple choice",
                    Widget::Choice(_) => "single choice",
                    Widget::Categorise(_) => "categorise",
                    Widget::Ordering(_) => "ordering",
                    Widget::TextInput(w) if w.multiline => "long text input",
                    Widget::TextInput(_) => "text input",
                    Widget::Dialogue(_) => "dialogue",
                    Widget::Feedback(_) => "feedback",
                    Widget::Image(_) => "image",
                    _ => continue,
                });
            }
        }
    }
    assert_eq!(kinds.len(), 10, "{kinds:?}");
    Ok(())
}

#[test]
fn both_locales_have_their_own_text() -> Result {
    assert_eq!(Barrierefrei::meta("de").name, "Dokumente für alle");
    assert_eq!(Barrierefrei::meta("en").name, "Documents for everyone");
    assert_eq!(Barrierefrei::meta("fr").name, "Dokumente für alle");
    for episode in EPISODES {
        let de = Harness::<Barrierefrei>::start(episode, 1, "de", 1)?;
        let en = Harness::<Barrierefrei>::start(episode, 1, "en", 1)?;
        assert_ne!(de.view().title, en.view().title);
        assert_ne!(texts(de.view()), texts(en.view()));
        let (de, _) = play(episode, 2, "de", 2, true)?;
        let (en, _) = play(episode, 2, "en", 2, true)?;
        assert!(de.outcome().unwrap().summary.contains("Jobcenter schreibt"));
        assert!(en.outcome().unwrap().summary.contains("job centre writes"));
    }
    Ok(())
}

/// A made-up answer to the current question: unknown options, missing cards, duplicate
/// positions, too little text or an unknown reply.
fn bogus(session: &Session<Barrierefrei>, right: &Act) -> Act {
    let (button, fields) = right;
    let is_text = session
        .view()
        .widgets
        .iter()
        .any(|w| matches!(w, Widget::TextInput(_)));
    if fields.is_empty() {
        ("no-such-reply".to_owned(), Vec::new())
    } else if is_text {
        (
            button.clone(),
            vec![(fields[0].0.clone(), "   ".to_owned())],
        )
    } else {
        let mut fields = fields.clone();
        if fields[0].0.contains('.') {
            // Categorise and ordering: drop one entry, so an item has no answer.
            fields.pop();
        } else {
            fields[0].1 = "no-such-option".to_owned();
        }
        (button.clone(), fields)
    }
}

#[test]
fn invalid_actions_are_refused_in_the_players_language_and_change_nothing() -> Result {
    for episode in EPISODES {
        for locale in ["de", "en"] {
            let mut session = Harness::<Barrierefrei>::start(episode, 3, locale, 3)?;
            let refused = |result: Result<&digifit_game_sdk::Step>, what: &str| match result {
                Err(GameError::InvalidAction(message)) => {
                    let german = ["Bitte", "Diese"].iter().any(|w| message.contains(w));
                    let english = ["Please", "That"].iter().any(|w| message.contains(w));
                    assert_eq!(
                        (german, english),
                        (locale == "de", locale == "en"),
                        "{message}"
                    );
                }
                other => panic!("{what} should be refused, got {other:?}"),
            };
            refused(session.act(CHECK, &[]), "check on the introduction");
            refused(session.act(NEXT, &[]), "next on the introduction");
            assert_eq!(session.steps().len(), 1);
            session.act(BEGIN, &[])?;
            while !session.is_finished() {
                let before = session.view().clone();
                let steps = session.steps().len();
                let right = answer(&session, true);
                let made_up = bogus(&session, &right);
                let made_up_fields: Vec<(&str, &str)> = made_up
                    .1
                    .iter()
                    .map(|(a, b)| (a.as_str(), b.as_str()))
                    .collect();
                for (button, fields) in [
                    (CHECK, &[][..]),
                    ("nonsense", &[][..]),
                    (NEXT, &[][..]),
                    (BEGIN, &[][..]),
                    (CHECK, &[("x", "y")][..]),
                    (made_up.0.as_str(), made_up_fields.as_slice()),
                ] {
                    refused(session.act(button, fields), button);
                }
                assert_eq!(session.view(), &before);
                assert_eq!(session.steps().len(), steps);
                session.act_owned(&right.0, &right.1)?;
                let evidence = session.evidence().len();
                refused(session.act(CHECK, &[]), "check on a feedback");
                refused(session.act(&right.0, &[]), "an answer on a feedback");
                assert_eq!(session.evidence().len(), evidence);
                session.act(NEXT, &[])?;
            }
            // After the end, the game refuses every action too.
            let last = session.step().state.clone();
            assert!(matches!(
                Barrierefrei::act(last, Action::new(NEXT, &[])),
                Err(GameError::InvalidAction(_))
            ));
        }
    }
    Ok(())
}

/// Plays right answers until the item `id` is asked; returns the session there.
fn until_item(episode: &str, id: &str, level: u8) -> Result<Session<Barrierefrei>> {
    for seed in 0..40 {
        let mut session = Harness::<Barrierefrei>::start(episode, seed, "de", level)?;
        session.act(BEGIN, &[])?;
        while !session.is_finished() {
            let asks = session.view().widgets.iter().any(|w| match w {
                Widget::Choice(w) => w.id == id,
                Widget::Categorise(w) => w.id == id,
                Widget::Ordering(w) => w.id == id,
                Widget::TextInput(w) => w.id == id,
                Widget::Dialogue(w) => w.id == id,
                _ => false,
            });
            // The first few items suffice; no need to search further in this seed.
            if asks {
                return Ok(session);
            }
            if session.evidence().len() > 2 {
                break;
            }
            let (button, fields) = answer(&session, true);
            session.act_owned(&button, &fields)?;
            session.act(NEXT, &[])?;
        }
    }
    panic!("{episode}/{id} never came up early");
}

fn partly(session: &mut Session<Barrierefrei>, action: &Act) -> Result<f32> {
    session.act_owned(&action.0, &action.1)?;
    assert_eq!(session.verdict(), Some(Verdict::PartlyCorrect));
    let score = session.evidence().last().unwrap().score;
    assert!(score > 0.0 && score < 1.0, "{score}");
    Ok(score)
}

#[test]
fn partial_answers_get_partial_credit() -> Result {
    // A categorise task with one entry in the wrong category.
    let mut session = until_item("barrierefrei-schreiben", "barrieren", 1)?;
    let (button, mut fields) = answer(&session, true);
    fields[0].1 = if fields[0].1 == "hilft" {
        "huerde".into()
    } else {
        "hilft".into()
    };
    partly(&mut session, &(button, fields))?;

    // An ordering with two steps swapped.
    let mut session = until_item("barrierefrei-schreiben", "pdf-export", 2)?;
    let (button, mut fields) = answer(&session, true);
    let first = fields[0].1.clone();
    fields[0].1 = fields[1].1.clone();
    fields[1].1 = first;
    partly(&mut session, &(button, fields))?;

    // A multiple choice with one wrong option added.
    let mut session = until_item("barrierefrei-schreiben", "kontrast", 2)?;
    let (button, mut fields) = answer(&session, true);
    fields.push(("kontrast".into(), "hellgrau".into()));
    let score = partly(&mut session, &(button, fields))?;
    assert!((score - 2.0 / 3.0).abs() < 1e-6, "{score}");

    // A half-right licence name.
    let mut session = until_item("bilder-und-lizenzen", "bearbeitung", 3)?;
    assert_eq!(
        partly(
            &mut session,
            &(
                CHECK.into(),
                vec![("bearbeitung".into(), "CC BY 4.0".into())]
            )
        )?,
        0.5
    );

    // A rewritten request that still names the diagnosis.
    let mut session = until_item("ki-assistent", "anonymisieren", 1)?;
    let typed = format!("{CLEAN_REQUEST} Grund: Depression.");
    assert_eq!(
        partly(
            &mut session,
            &(CHECK.into(), vec![("anonymisieren".into(), typed)])
        )?,
        0.5
    );
    Ok(())
}

#[test]
fn a_request_that_keeps_the_customers_name_is_wrong_and_says_why() -> Result {
    let mut session = until_item("ki-assistent", "anonymisieren", 1)?;
    // The draft names the customer; keeping the name and the number is not enough rewriting.
    let draft = texts(session.view()).join("\n");
    let name = draft
        .split("Brief an ")
        .nth(1)
        .and_then(|rest| rest.split(" (").next())
        .unwrap()
        .to_owned();
    let number = draft
        .split("BG-Nummer ")
        .nth(1)
        .and_then(|rest| rest.split(')').next())
        .unwrap()
        .to_owned();
    let typed = format!("{CLEAN_REQUEST} Für {name}, Nummer {number}.");
    session.act_owned(CHECK, &[("anonymisieren".into(), typed)])?;
    assert_eq!(session.verdict(), Some(Verdict::Wrong));
    let explanation = session
        .view()
        .widgets
        .iter()
        .find_map(|w| match w {
            Widget::Feedback(f) => Some(f.explanation.clone()),
            _ => None,
        })
        .unwrap();
    assert!(explanation.contains("der Name"), "{explanation}");
    assert!(explanation.contains("die BG-Nummer"), "{explanation}");
    // The typed text itself is not repeated in the feedback.
    assert!(!explanation.contains(&number));
    Ok(())
}

#[test]
fn broken_state_and_unknown_episodes_are_refused() {
    assert!(broken_state_and_unknown_episode_are_refused::<Barrierefrei>());
}

#[test]
fn a_state_cut_anywhere_is_invalid_state() -> Result {
    // The harness cuts one byte off; a state cut at any length is refused as well, never
    // misread.
    let session = Harness::<Barrierefrei>::start("ki-assistent", 1, "de", 2)?;
    let state = session.step().state.clone();
    for cut in 1..state.len() {
        let result = Barrierefrei::act(state[..cut].to_vec(), Action::new(BEGIN, &[]));
        assert!(
            matches!(result, Err(GameError::InvalidState(_))),
            "cut at {cut}: {result:?}"
        );
    }
    Ok(())
}

#[test]
fn the_manifest_matches_meta() {
    assert_eq!(
        manifest_matches_meta::<Barrierefrei>(include_str!("../digifit-plugin.toml")),
        Ok(())
    );
    let meta = Barrierefrei::meta("de");
    let ids: Vec<&str> = meta.episodes.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, EPISODES);
    for episode in &meta.episodes {
        assert!((5..=10).contains(&episode.minutes), "{}", episode.id);
        assert_eq!((episode.min_level, episode.max_level), (1, 3));
    }
}

#[test]
fn content_is_well_formed() {
    let mut ids = BTreeSet::new();
    for episode in content::EPISODES {
        for item in episode.items {
            assert!(ids.insert(item.id), "item id {} twice", item.id);
            assert!(
                episode.competences.contains(&item.competence),
                "{}",
                item.id
            );
            for level in item.min_level..=3 {
                let offered = |options: &[content::Opt]| -> Vec<f32> {
                    options
                        .iter()
                        .filter(|o| o.min_level <= level)
                        .map(|o| o.score)
                        .collect()
                };
                let scores = match item.task {
                    Task::Choice { options, .. }
                    | Task::Dialogue {
                        replies: options, ..
                    }
                    | Task::Decide { options, .. } => offered(options),
                    _ => continue,
                };
                assert!(scores.len() >= 3, "{} level {level}", item.id);
                assert!(scores.contains(&1.0), "{} level {level}", item.id);
                assert!(scores.contains(&0.0), "{} level {level}", item.id);
                assert!(scores.iter().all(|s| (0.0..=1.0).contains(s)));
            }
            if let Task::Categorise {
                categories,
                cards,
                shown,
                ..
            } = item.task
            {
                for level in item.min_level..=3 {
                    let allowed = cards.iter().filter(|c| c.min_level <= level).count();
                    let count = shown[usize::from(level) - 1];
                    assert!(count >= 4 && count <= allowed, "{} level {level}", item.id);
                }
                for card in cards {
                    assert!(categories.iter().any(|(id, _)| *id == card.category));
                }
            }
            if let Task::Ordering { steps, .. } = item.task {
                assert!(
                    steps
                        .iter()
                        .filter(|s| s.min_level <= item.min_level)
                        .count()
                        >= 4
                );
            }
        }
    }
}

fn assets_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets")
}

/// The host serves package assets only with these extensions.
const SERVED: [&str; 6] = ["png", "jpg", "jpeg", "gif", "webp", "svg"];

fn check_asset_path(asset: &str) {
    assert!(
        !asset.is_empty()
            && !asset.starts_with('/')
            && !asset.starts_with("assets/")
            && !asset.contains('\\')
            && asset
                .split('/')
                .all(|part| !part.is_empty() && part != ".."),
        "{asset:?} must be a relative path below assets/"
    );
    let extension = asset.rsplit_once('.').unwrap().1;
    assert!(SERVED.contains(&extension), "{asset}: not served");
    assert!(
        assets_dir().join(asset).is_file(),
        "{asset} is missing from {}",
        assets_dir().display()
    );
}

#[test]
fn every_image_asset_referenced_exists() -> Result {
    // Every picture in the content, …
    let mut referenced = BTreeSet::new();
    for episode in content::EPISODES {
        for item in episode.items {
            if let Some(picture) = item.picture {
                check_asset_path(picture.asset);
                referenced.insert(picture.asset.to_owned());
            }
        }
    }
    assert!(!referenced.is_empty());
    // … every image widget of every view the game shows, …
    let mut shown = BTreeSet::new();
    for episode in EPISODES {
        for locale in ["de", "en"] {
            for seed in 0..3 {
                let (session, _) = play(episode, seed, locale, 3, true)?;
                for step in session.steps() {
                    for widget in &step.view.widgets {
                        if let Widget::Image(image) = widget {
                            check_asset_path(&image.asset);
                            assert!(image.alt.len() > 80, "{}: alt too thin", image.asset);
                            shown.insert(image.asset.clone());
                        }
                    }
                }
            }
        }
    }
    assert_eq!(shown, referenced);
    // … and no file in assets/ that nothing refers to.
    let files: BTreeSet<String> = std::fs::read_dir(assets_dir())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(files, referenced);
    Ok(())
}

#[test]
fn svg_assets_are_self_contained_and_titled() {
    for entry in std::fs::read_dir(assets_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("svg") {
            continue;
        }
        let svg = std::fs::read_to_string(&path).unwrap();
        let name = path.display();
        assert!(
            svg.starts_with("<svg ") && svg.trim_end().ends_with("</svg>"),
            "{name}"
        );
        assert!(svg.contains("<title"), "{name} has no <title>");
        let lower = svg.to_lowercase();
        for forbidden in [
            "<script",
            "href",
            "<foreignobject",
            "@import",
            "javascript:",
        ] {
            assert!(!lower.contains(forbidden), "{name} contains {forbidden:?}");
        }
        // No event handler attributes such as onload="…".
        let handler = lower.split(" on").skip(1).any(|rest| {
            let name = rest.chars().take_while(char::is_ascii_alphabetic).count();
            name > 0 && rest[name..].trim_start().starts_with('=')
        });
        assert!(!handler, "{name} has an event handler attribute");
        // The only URL is the SVG namespace; nothing is fetched from elsewhere.
        assert_eq!(lower.matches("http").count(), 1, "{name}");
        assert!(lower.contains("xmlns=\"http://www.w3.org/2000/svg\""));
    }
}
