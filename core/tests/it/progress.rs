//! Recommendations and progress over HTTP: a new player gets recommendations and sees nothing
//! about streaks; a played episode brings XP, the first badge and a finished entry in the
//! episode map; the weekly streak appears only once switched on (by a CSRF-protected form that
//! refuses anything but on and off); a recommendation's start button starts its episode at the
//! recommended level; and a removed or disabled game leaves every page working and is never
//! recommended again.

use std::collections::BTreeSet;

use reqwest::StatusCode;

use digifit::competence::estimate::Belief;
use digifit::competence::model;
use digifit::games::catalogue::Availability;
use digifit::games::play;
use digifit::store::{StoreError, codec, tables};

use crate::games::{play_to_the_end, start_hello_quiz};
use crate::testkit::{Browser, Page, TestServer, between, user};

/// A recommendation's start form as the home page offers it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct StartForm {
    plugin: String,
    episode: String,
    level: String,
}

impl StartForm {
    /// Submits the form from the page it is on and returns the new session's path.
    async fn submit(&self, browser: &Browser, page: &Page) -> String {
        let csrf = page.csrf();
        let started = browser
            .post_form(
                "/games/start",
                &[
                    ("csrf", &csrf),
                    ("plugin", &self.plugin),
                    ("episode", &self.episode),
                    ("level", &self.level),
                ],
            )
            .await;
        assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
        started.location().unwrap().to_owned()
    }
}

/// The start forms of the recommendations on the home page, in their order.
fn recommended(home: &str) -> Vec<StartForm> {
    home.split("class=\"recommended-start\"")
        .skip(1)
        .map(|form| {
            let form = form.split("</form>").next().unwrap_or_default();
            let value = |name: &str| {
                between(form, &format!("name=\"{name}\" value=\""), "\"")
                    .unwrap_or_else(|| panic!("no {name} in {form}"))
                    .to_owned()
            };
            StartForm {
                plugin: value("plugin"),
                episode: value("episode"),
                level: value("level"),
            }
        })
        .collect()
}

/// Plays hello-quiz's episode to the end and returns the session's id.
async fn play_hello_quiz(browser: &Browser) -> u64 {
    let session = start_hello_quiz(browser).await;
    play_to_the_end(browser, &session).await;
    session.rsplit('/').next().unwrap().parse().unwrap()
}

fn assert_no_streak(page: &str) {
    assert!(!page.contains("Wochenserie"), "{page}");
    assert!(!page.contains("class=\"streak\""), "{page}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_player_sees_recommendations_and_no_streak() {
    let server = TestServer::start().await;
    let browser = server.browser_as("demo", "demo").await;
    let home = browser.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    let body = &home.body;
    assert!(body.contains("Empfohlen für Sie"), "{body}");
    let forms = recommended(body);
    assert_eq!(forms.len(), 3, "{body}");
    // Nothing is measured yet: every recommendation explores, at the easiest level, and they
    // come from three different games.
    assert_eq!(body.matches("Erkundet ").count(), 3, "{body}");
    assert!(forms.iter().all(|form| form.level == "1"), "{forms:?}");
    let games: BTreeSet<&str> = forms.iter().map(|f| f.plugin.as_str()).collect();
    assert_eq!(games.len(), 3, "{forms:?}");
    assert!(body.contains("Schwierigkeitsstufe 1 (leicht)"), "{body}");
    assert!(body.contains("Für den Einstieg"), "{body}");
    assert!(body.contains("<dd>0 XP</dd>"), "{body}");
    assert!(
        body.contains("Sie haben noch keine Episode gespielt."),
        "{body}"
    );
    assert!(body.contains("Ihr erstes Abzeichen erhalten Sie"), "{body}");
    assert_no_streak(body);

    let progress = browser.get("/progress").await;
    assert_eq!(progress.status, StatusCode::OK);
    assert!(progress.body.contains("Erste Episode"), "{}", progress.body);
    assert!(!progress.body.contains("Erreicht am"), "{}", progress.body);
    assert!(progress.body.contains("Stand: 0 / 10"), "{}", progress.body);
    assert_no_streak(&progress.body);
    let games = browser.get("/games").await;
    assert_eq!(games.status, StatusCode::OK);
    assert!(games.body.contains("Noch nicht begonnen"), "{}", games.body);
    assert_no_streak(&games.body);

    // Starting the first recommendation and leaving it open: home offers the way back to it.
    let first = &forms[0];
    let open = first.submit(&browser, &home).await;
    let home = browser.get("/").await;
    let entry = between(&home.body, "id=\"recommended-1\"", "</li>").unwrap();
    assert!(entry.contains(&format!("href=\"{open}\"")), "{entry}");
    assert!(entry.contains("Angefangene Episode fortsetzen"), "{entry}");

    // The same in English.
    let csrf = browser.csrf().await;
    let switched = browser
        .post_form(
            "/language",
            &[("csrf", &csrf), ("locale", "en"), ("next", "/")],
        )
        .await;
    assert_eq!(switched.status, StatusCode::SEE_OTHER);
    let english = browser.get("/").await;
    assert!(
        english.body.contains("Recommended for you"),
        "{}",
        english.body
    );
    assert!(english.body.contains("Explores "), "{}", english.body);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_played_episode_brings_xp_the_first_badge_and_a_finished_map_entry() {
    let server = TestServer::start().await;
    let browser = server.browser_as("demo", "demo").await;
    let id = play_hello_quiz(&browser).await;
    let demo = user(server.store(), "demo");
    let session = play::get(server.store(), id, demo.id).unwrap();
    let score = session.record.outcome.as_ref().unwrap().score;
    let percent = (score * 100.0).round() as u32;
    let xp = 10 + (score * 10.0).round() as u32;

    let home = browser.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    let body = &home.body;
    assert!(body.contains(&format!("<dd>{xp} XP</dd>")), "{body}");
    assert!(body.contains("Erste Episode"), "{body}");
    // The test clock stands at 2027-01-15.
    assert!(body.contains("Erreicht am 15.01.2027"), "{body}");
    assert!(body.contains("Bereich erkundet: Sicherheit"), "{body}");
    assert!(
        !body.contains("Sie haben noch keine Episode gespielt."),
        "{body}"
    );
    assert!(
        body.contains("Ausgewählt nach Ihren bisherigen Ergebnissen"),
        "{body}"
    );
    // The episode just finished is not recommended again.
    let forms = recommended(body);
    assert_eq!(forms.len(), 3, "{body}");
    assert!(
        forms.iter().all(|f| f.episode != "first-steps"),
        "{forms:?}"
    );
    assert_no_streak(body);

    let games = browser.get("/games").await;
    let section = between(&games.body, "id=\"game-hello-quiz\"", "</section>").unwrap();
    let entry = between(section, "id=\"episode-hello-quiz-first-steps\"", "</li>").unwrap();
    assert!(entry.contains("Abgeschlossen"), "{entry}");
    assert!(
        entry.contains(&format!("bestes Ergebnis {percent} %")),
        "{entry}"
    );
    assert!(entry.contains("Abschlüsse: 1"), "{entry}");
    assert!(
        section.contains("Abgeschlossene Episoden: 1 / 1"),
        "{section}"
    );
    assert!(
        section.contains("<ol class=\"episodes episode-map\""),
        "{section}"
    );

    // An episode left open is shown as in progress with a way back to it.
    let open = start_hello_quiz(&browser).await;
    let games = browser.get("/games").await;
    let entry = between(
        &games.body,
        "id=\"episode-hello-quiz-first-steps\"",
        "</li>",
    )
    .unwrap();
    assert!(entry.contains(&format!("href=\"{open}\"")), "{entry}");
    assert!(entry.contains("Fortsetzen"), "{entry}");

    let progress = browser.get("/progress").await;
    assert!(
        progress.body.contains("Erreicht am 15.01.2027"),
        "{}",
        progress.body
    );
    assert!(progress.body.contains("Noch offen"), "{}", progress.body);
    assert!(
        progress.body.contains("keine Ranglisten"),
        "{}",
        progress.body
    );
    server.shutdown().await;
}

fn stored_preferences(server: &TestServer, user_id: u64) -> Option<Vec<u8>> {
    let txn = server.store().read().unwrap();
    let table = txn.open_table(tables::PLAYER_PREFERENCES).unwrap();
    table
        .get(user_id)
        .unwrap()
        .map(|bytes| bytes.value().to_vec())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_streak_is_shown_only_when_switched_on_and_the_switch_is_protected() {
    let server = TestServer::start().await;
    let browser = server.browser_as("demo", "demo").await;
    let demo = user(server.store(), "demo").id.0;
    play_hello_quiz(&browser).await;
    assert_no_streak(&browser.get("/").await.body);
    let account = browser.get("/account").await;
    assert!(
        account
            .body
            .contains("id=\"streak-off\" name=\"streak\" value=\"off\" checked")
    );

    // Without the token, or with someone else's, nothing happens.
    let refused = browser
        .post_form("/account/streak", &[("streak", "on")])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let other = server.browser_as("lead", "lead").await;
    let foreign = other.csrf().await;
    let refused = browser
        .post_form("/account/streak", &[("csrf", &foreign), ("streak", "on")])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    // A value that is neither on nor off: the form again with its message, nothing stored.
    let csrf = browser.csrf().await;
    let invalid = browser
        .post_form("/account/streak", &[("csrf", &csrf), ("streak", "maybe")])
        .await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        invalid.body.contains("id=\"streak-error\""),
        "{}",
        invalid.body
    );
    assert_eq!(stored_preferences(&server, demo), None);
    assert_no_streak(&browser.get("/").await.body);

    let on = browser
        .post_form("/account/streak", &[("csrf", &csrf), ("streak", "on")])
        .await;
    assert_eq!(on.status, StatusCode::SEE_OTHER, "{}", on.body);
    assert!(on.location().unwrap().starts_with("/account?notice=saved"));
    assert!(stored_preferences(&server, demo).is_some());
    let home = browser.get("/").await;
    assert!(
        home.body
            .contains("Kalenderwochen in Folge mit mindestens einer abgeschlossenen Episode: 1"),
        "{}",
        home.body
    );
    assert!(browser.get("/progress").await.body.contains("Wochenserie"));
    // Only the player's own setting changed.
    assert_no_streak(&other.get("/").await.body);

    // A week later, nothing played yet this week: the streak stands, with a neutral note.
    server.clock().advance(7 * 86_400);
    let browser = server.browser_as("demo", "demo").await;
    let home = browser.get("/").await;
    assert!(home.body.contains("Episode: 1"), "{}", home.body);
    assert!(
        home.body
            .contains("In dieser Woche haben Sie noch keine Episode abgeschlossen."),
        "{}",
        home.body
    );
    // Another week without play: a fresh start, said without blame.
    server.clock().advance(7 * 86_400);
    let browser = server.browser_as("demo", "demo").await;
    let home = browser.get("/").await;
    assert!(
        home.body
            .contains("Ihre Wochenserie beginnt mit der nächsten abgeschlossenen Episode."),
        "{}",
        home.body
    );

    let csrf = browser.csrf().await;
    let off = browser
        .post_form("/account/streak", &[("csrf", &csrf), ("streak", "off")])
        .await;
    assert_eq!(off.status, StatusCode::SEE_OTHER);
    assert_no_streak(&browser.get("/").await.body);
    assert_no_streak(&browser.get("/progress").await.body);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_recommendation_starts_its_episode_at_the_recommended_level() {
    let server = TestServer::start().await;
    let store = server.store().clone();
    let demo = user(&store, "demo");
    // A player measured strong in every competence: the recommended levels rise.
    let strong = Belief {
        mean: 2.5,
        variance: 0.1,
        count: 30,
    };
    let competences: Vec<String> = model::digcomp()
        .unwrap()
        .competences()
        .map(|c| c.id.clone())
        .collect();
    let user_id = demo.id.0;
    store
        .write_blocking(move |txn| {
            let mut abilities = txn.open_table(tables::ABILITIES)?;
            for competence in &competences {
                // Version 1 of the ability record, as `competence::beliefs` writes it.
                abilities.insert(
                    (user_id, competence.as_str()),
                    codec::encode(1, &strong).as_slice(),
                )?;
            }
            Ok::<_, StoreError>(())
        })
        .unwrap();

    let browser = server.browser_as("demo", "demo").await;
    let home = browser.get("/").await;
    let forms = recommended(&home.body);
    assert_eq!(forms.len(), 3, "{}", home.body);
    assert!(home.body.contains("Stärkt "), "{}", home.body);
    assert!(
        home.body.contains("passt zu Ihren bisherigen Ergebnissen"),
        "{}",
        home.body
    );
    let first = forms[0].clone();
    assert!(first.level.parse::<u8>().unwrap() >= 2, "{forms:?}");
    assert!(
        home.body
            .contains(&format!("Schwierigkeitsstufe {} (", first.level)),
        "{}",
        home.body
    );
    let id: u64 = first
        .submit(&browser, &home)
        .await
        .rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let session = play::get(&store, id, demo.id).unwrap();
    assert_eq!(session.record.plugin_id, first.plugin);
    assert_eq!(session.record.episode, first.episode);
    assert_eq!(session.record.level.to_string(), first.level);
    // The recorded level is the one the game was started with: replaying the start from the
    // record gives the same state.
    let catalogue = server.server.state.catalogue.clone();
    let verification = tokio::task::spawn_blocking(move || play::verify(&store, &catalogue, id))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(verification.mismatch, None);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_removed_or_disabled_game_leaves_the_pages_working_and_is_not_recommended() {
    let server = TestServer::start().await;
    let browser = server.browser_as("demo", "demo").await;
    play_hello_quiz(&browser).await;
    let xp_before = between(&browser.get("/").await.body, "<dd>", " XP</dd>")
        .unwrap()
        .to_owned();

    // hello-quiz is bundled, so it cannot be removed by the admin pages; remove its record as
    // an uninstall would, keeping its sessions and evidence.
    let store = server.store().clone();
    server.forget_plugin("hello-quiz").await;
    server
        .server
        .state
        .catalogue
        .set_availability(&store, "postfach-profi", Availability::Off)
        .await
        .unwrap();

    for path in ["/", "/games", "/progress", "/account"] {
        let page = browser.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}: {}", page.body);
    }
    let home = browser.get("/").await;
    let forms = recommended(&home.body);
    assert!(!forms.is_empty(), "{}", home.body);
    assert!(
        forms
            .iter()
            .all(|f| f.plugin != "hello-quiz" && f.plugin != "postfach-profi"),
        "{forms:?}"
    );
    // What the removed game earned stays.
    assert!(
        home.body.contains(&format!("<dd>{xp_before} XP</dd>")),
        "{}",
        home.body
    );
    assert!(
        home.body.contains("Erreicht am 15.01.2027"),
        "{}",
        home.body
    );
    let games = browser.get("/games").await;
    assert!(
        !games.body.contains("id=\"game-hello-quiz\""),
        "{}",
        games.body
    );
    assert!(
        !games.body.contains("value=\"postfach-profi\""),
        "{}",
        games.body
    );
    server.shutdown().await;
}
