//! Playing games over HTTP: the bundled hello-quiz is listed, started, played turn by turn with
//! forms, resumed, and finished with an outcome; sessions are private to their player; invalid
//! actions show the same view with the game's message; pilot groups limit who sees a game; and a
//! recorded session replays bit for bit.

use reqwest::StatusCode;

use crate::testkit::{TestServer, between, unit_id, user};
use digifit::accounts::orgunits::OrgUnitId;
use digifit::games::catalogue::Availability;
use digifit::games::play;

/// The `name="…" value="…"` of the first radio button or checkbox of each choice on a page.
pub fn first_choices(html: &str) -> Vec<(String, String)> {
    let mut picked: Vec<(String, String)> = Vec::new();
    for piece in html.split("<input type=\"").skip(1) {
        if !(piece.starts_with("radio") || piece.starts_with("checkbox")) {
            continue;
        }
        let name = between(piece, "name=\"", "\"")
            .unwrap_or_default()
            .to_owned();
        let value = between(piece, "value=\"", "\"")
            .unwrap_or_default()
            .to_owned();
        if !picked.iter().any(|(n, _)| *n == name) {
            picked.push((name, value));
        }
    }
    picked
}

/// The value of the first submit button named "button".
pub fn first_button(html: &str) -> Option<String> {
    between(html, "name=\"button\" value=\"", "\"").map(str::to_owned)
}

/// Plays a session to its outcome by choosing the first option of every choice and pressing
/// the first button.
pub async fn play_to_the_end(browser: &crate::testkit::Browser, session_path: &str) {
    for _ in 0..40 {
        let page = browser.get(session_path).await;
        assert_eq!(page.status, StatusCode::OK);
        if page.body.contains("outcome-heading") {
            return;
        }
        let csrf = page.csrf();
        let mut fields: Vec<(String, String)> = vec![("csrf".into(), csrf)];
        fields.extend(first_choices(&page.body));
        fields.push((
            "button".into(),
            first_button(&page.body).expect("a button on every screen"),
        ));
        let borrowed: Vec<(&str, &str)> = fields
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        let acted = browser.post_form(session_path, &borrowed).await;
        assert_eq!(acted.status, StatusCode::SEE_OTHER, "{}", acted.body);
    }
    panic!("the episode did not end");
}

/// Starts hello-quiz's first episode at level 2 and returns the session's path.
pub async fn start_hello_quiz(browser: &crate::testkit::Browser) -> String {
    let games = browser.get("/games").await;
    assert_eq!(games.status, StatusCode::OK);
    assert!(
        games.body.contains("hello-quiz") || games.body.contains("Erste Schritte"),
        "{}",
        games.body
    );
    let csrf = games.csrf();
    let started = browser
        .post_form(
            "/games/start",
            &[
                ("csrf", &csrf),
                ("plugin", "hello-quiz"),
                ("episode", "first-steps"),
                ("level", "2"),
            ],
        )
        .await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
    started.location().expect("a session to go to").to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_player_plays_hello_quiz_to_the_end_and_the_session_replays() {
    let server = TestServer::start().await;
    let browser = server.browser_as("demo", "demo").await;
    let session_path = start_hello_quiz(&browser).await;
    assert!(
        session_path.starts_with("/games/sessions/"),
        "{session_path}"
    );

    play_to_the_end(&browser, &session_path).await;

    // Another player cannot see or act on the session.
    let other = server.browser_as("lead", "lead").await;
    assert_eq!(other.get(&session_path).await.status, StatusCode::NOT_FOUND);
    let csrf = other.csrf().await;
    let refused = other
        .post_form(&session_path, &[("csrf", &csrf), ("button", "check")])
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);

    // The recorded session replays bit for bit.
    let id: u64 = session_path.rsplit('/').next().unwrap().parse().unwrap();
    let store = server.store().clone();
    let catalogue = server.server.state.catalogue.clone();
    let verification = tokio::task::spawn_blocking(move || play::verify(&store, &catalogue, id))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(verification.mismatch, None);
    assert!(verification.turns >= 4, "{verification:?}");
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invalid_action_shows_the_same_view_with_the_game_message_and_records_nothing() {
    let server = TestServer::start().await;
    let browser = server.browser_as("demo", "demo").await;
    let session_path = start_hello_quiz(&browser).await;
    let before = browser.get(&session_path).await;
    let csrf = before.csrf();
    // Checking without choosing an answer.
    let refused = browser
        .post_form(&session_path, &[("csrf", &csrf), ("button", "check")])
        .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.body
    );
    assert!(refused.body.contains("role=\"alert\""), "{}", refused.body);
    let id: u64 = session_path.rsplit('/').next().unwrap().parse().unwrap();
    let demo = user(server.store(), "demo");
    let session = play::get(server.store(), id, demo.id).unwrap();
    assert_eq!(session.record.turns, 1, "nothing was recorded");
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pilot_game_is_visible_only_to_members_of_the_pilot_units() {
    let server = TestServer::start().await;
    let team = unit_id(
        server.store(),
        "Jobcenter Musterstadt/Standort Nord/Team U25",
    );
    server
        .server
        .state
        .catalogue
        .set_availability(
            server.store(),
            "hello-quiz",
            Availability::Groups(vec![OrgUnitId(team)]),
        )
        .await
        .unwrap();
    let member = server.browser_as("demo", "demo").await;
    assert!(member.get("/games").await.body.contains("first-steps"));
    // The lead belongs to the parent unit, not to the pilot team.
    let outsider = server.browser_as("lead", "lead").await;
    let page = outsider.get("/games").await;
    assert!(!page.body.contains("first-steps"), "{}", page.body);
    let csrf = page.csrf();
    let refused = outsider
        .post_form(
            "/games/start",
            &[
                ("csrf", &csrf),
                ("plugin", "hello-quiz"),
                ("episode", "first-steps"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    // Disabled for everyone.
    server
        .server
        .state
        .catalogue
        .set_availability(server.store(), "hello-quiz", Availability::Off)
        .await
        .unwrap();
    assert!(!member.get("/games").await.body.contains("first-steps"));
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_pilots_a_game_by_form_and_verifies_recorded_sessions() {
    let server = TestServer::start().await;
    let admin = server.browser_as("admin", "admin").await;
    let page = admin.get("/admin/plugins").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("hello-quiz"), "{}", page.body);
    let team = unit_id(
        server.store(),
        "Jobcenter Musterstadt/Standort Nord/Team U25",
    )
    .to_string();
    let csrf = page.csrf();
    let saved = admin
        .post_form(
            "/admin/plugins/hello-quiz/availability",
            &[
                ("csrf", &csrf),
                ("availability", "groups"),
                ("groups", &team),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let game = server.server.state.catalogue.get("hello-quiz").unwrap();
    assert_eq!(
        game.availability,
        Availability::Groups(vec![OrgUnitId(team.parse().unwrap())])
    );
    // A pilot without units, or with an unknown one, is refused and changes nothing.
    let refused = admin
        .post_form(
            "/admin/plugins/hello-quiz/availability",
            &[("csrf", &csrf), ("availability", "groups")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    let refused = admin
        .post_form(
            "/admin/plugins/hello-quiz/availability",
            &[
                ("csrf", &csrf),
                ("availability", "groups"),
                ("groups", "999999"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        server
            .server
            .state
            .catalogue
            .get("hello-quiz")
            .unwrap()
            .availability,
        game.availability
    );

    // A player in the pilot plays a turn; the admin's verification replays it.
    let player = server.browser_as("demo", "demo").await;
    start_hello_quiz(&player).await;
    let verified = admin
        .post_form("/admin/plugins/verify", &[("csrf", &csrf)])
        .await;
    assert_eq!(verified.status, StatusCode::OK);
    assert!(
        verified.body.contains("1 Episoden nachgespielt")
            && verified.body.contains("Alle Ergebnisse stimmen"),
        "{}",
        verified.body
    );
    server.shutdown().await;
}
