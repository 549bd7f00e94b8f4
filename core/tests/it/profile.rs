//! The player's profile and the self-assessment over HTTP: a new player sees all 21 competences
//! as not measured; after an episode the measured ones show the same level, range and count of
//! answers in the table and in the SVG chart; nobody sees anyone else's profile; the
//! self-assessment is asked for on first use and again after its interval, stores answers and
//! skips with their time, and refuses bad input with a 422 that stores nothing; offers fit the
//! weakest competences; and a game removed after it produced evidence leaves the profile intact.

use digifit::accounts::UserId;
use digifit::competence::beliefs;
use digifit::competence::estimate::{self, Params};
use digifit::competence::offers::{self, OfferInput, OfferKind};
use digifit::competence::self_assessment::{self, Confidence};
use digifit::i18n::Locale;
use reqwest::StatusCode;

use crate::games::{play_to_the_end, start_hello_quiz};
use crate::testkit::{self, Browser, START, TestServer, between, user};

const DAY: u64 = 24 * 3600;

/// The table row of a competence.
fn table_row<'b>(body: &'b str, competence: &str) -> &'b str {
    between(
        body,
        &format!("<tr data-competence=\"{competence}\">"),
        "</tr>",
    )
    .unwrap_or_else(|| panic!("no table row for {competence}"))
}

/// The chart's SVG element.
fn chart(body: &str) -> &str {
    between(body, "<svg class=\"competence-chart\"", "</svg>").expect("the chart")
}

/// The chart group of a competence, from its opening tag to its end.
fn chart_row<'b>(body: &'b str, competence: &str) -> &'b str {
    between(
        chart(body),
        &format!("<g class=\"chart-row\" data-competence=\"{competence}\""),
        "</g>",
    )
    .unwrap_or_else(|| panic!("no chart row for {competence}"))
}

/// The x of the middle of a level in the chart (see `pages::profile::chart`).
fn level_x(level: u8) -> u32 {
    36 + u32::from(level - 1) * 46 + 23
}

async fn profile(browser: &Browser) -> String {
    let page = browser.get("/profile").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    testkit::assert_security_headers(&page, false);
    page.body
}

fn history(server: &TestServer, name: &str) -> Vec<self_assessment::SelfAssessment> {
    let id = UserId(user(server.store(), name).id.0);
    self_assessment::history(server.store(), id).unwrap()
}

fn invites(body: &str) -> bool {
    body.contains("id=\"self-assessment-invitation\"")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_player_sees_all_21_competences_as_not_measured() {
    let server = TestServer::start().await;
    let browser = server.browser_as("demo", "demo").await;
    let home = browser.get("/").await;
    assert!(
        home.body.contains("href=\"/profile\""),
        "in the navigation: {}",
        home.body
    );
    let body = profile(&browser).await;
    assert!(body.contains("<h1>Mein Profil</h1>"), "{body}");
    assert_eq!(body.matches("<tr data-competence=\"").count(), 21);
    for competence in ["1.1", "2.6", "3.4", "4.2", "5.4"] {
        let row = table_row(&body, competence);
        assert!(row.contains("noch nicht gemessen"), "{row}");
        assert!(row.contains("<td>0</td>"), "{row}");
    }
    assert_eq!(body.matches("noch nicht gemessen</td>").count(), 21);

    let svg = chart(&body);
    assert!(svg.contains("role=\"img\""), "{svg}");
    assert!(svg.contains("aria-labelledby=\"chart-title chart-desc\""));
    assert!(svg.contains("<title id=\"chart-title\">"));
    assert!(svg.contains("0 von 21 Kompetenzen sind gemessen"), "{svg}");
    assert_eq!(svg.matches("class=\"chart-row\"").count(), 21);
    assert_eq!(svg.matches("class=\"chart-unmeasured\"").count(), 21);
    assert!(!svg.contains("data-level="), "no level is made up: {svg}");
    assert!(!svg.contains("<circle"), "{svg}");
    assert!(!body.contains("style="), "the CSP forbids inline styles");

    assert!(body.contains("Noch gibt es keine Messwerte"), "{body}");
    assert!(body.contains("Sie haben noch keine Episode gespielt."));
    assert!(body.contains("Sie haben noch keine Selbsteinschätzung gespeichert."));
    assert!(
        body.contains("Sobald Sie Episoden gespielt haben"),
        "{body}"
    );

    // The same in English.
    let csrf = browser.csrf().await;
    let switched = browser
        .post_form(
            "/language",
            &[("csrf", &csrf), ("locale", "en"), ("next", "/profile")],
        )
        .await;
    assert_eq!(switched.status, StatusCode::SEE_OTHER);
    let english = profile(&browser).await;
    assert!(english.contains("<h1>My profile</h1>"), "{english}");
    assert_eq!(english.matches("not measured yet</td>").count(), 21);
    assert!(english.contains("Protecting personal data and privacy"));
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn played_competences_show_their_level_in_table_and_chart_with_fitting_offers() {
    let server = TestServer::start().await;
    let store = server.store().clone();
    // Offers: one for the competences hello-quiz measures at every level, one elsewhere.
    for (title, competences) in [
        (
            "Sicher im Postfach",
            vec!["4.1".to_owned(), "4.2".to_owned()],
        ),
        ("Tabellen für Einsteigende", vec!["3.1".to_owned()]),
    ] {
        let input = OfferInput {
            title: title.to_owned(),
            kind: Some(OfferKind::ELearning),
            description: "Ein Lernmodul.".to_owned(),
            link: "https://lernen.example/modul".to_owned(),
            contact: "Bildungsteam, Raum 101".to_owned(),
            competences,
            min_level: 1,
            max_level: 8,
        };
        offers::create(&store, input.check().unwrap())
            .await
            .unwrap();
    }
    let browser = server.browser_as("demo", "demo").await;
    let session = start_hello_quiz(&browser).await;
    play_to_the_end(&browser, &session).await;

    let demo = UserId(user(&store, "demo").id.0);
    let measured = beliefs::abilities(&store, demo).unwrap();
    assert_eq!(measured.keys().collect::<Vec<_>>(), ["4.1", "4.2"]);
    let body = profile(&browser).await;
    for (competence, belief) in &measured {
        let level = estimate::level(belief, &Params::default());
        let row = table_row(&body, competence);
        let expected = format!(
            "Stufe {}, Bereich {}–{}",
            level.level, level.lowest, level.highest
        );
        assert!(row.contains(&expected), "{expected} in {row}");
        assert!(row.contains(&format!("<td>{}</td>", belief.count)), "{row}");
        let group = chart_row(&body, competence);
        assert!(
            group.starts_with(&format!(
                " data-level=\"{}\" data-lowest=\"{}\" data-highest=\"{}\"",
                level.level, level.lowest, level.highest
            )),
            "{group}"
        );
        assert!(
            group.contains(&format!(
                "<circle class=\"chart-level\" cx=\"{}\"",
                level_x(level.level)
            )),
            "{group}"
        );
        assert!(
            group.contains(&format!(
                "<line class=\"chart-range\" x1=\"{}\"",
                level_x(level.lowest)
            )),
            "{group}"
        );
        assert!(
            group.contains(&format!("x2=\"{}\"", level_x(level.highest))),
            "{group}"
        );
        assert!(!group.contains("chart-unmeasured"), "{group}");
    }
    assert_eq!(body.matches("noch nicht gemessen</td>").count(), 19);
    assert!(table_row(&body, "4.3").contains("noch nicht gemessen"));
    assert!(chart_row(&body, "4.3").contains("chart-unmeasured"));
    assert!(chart(&body).contains("2 von 21 Kompetenzen sind gemessen"));

    // The episode is listed with its game, title, date and score.
    let recent = between(&body, "id=\"recent-heading\"", "</section>").unwrap();
    assert!(recent.contains("Erste Schritte"), "{recent}");
    assert!(recent.contains("Hallo-Quiz"), "{recent}");
    assert!(recent.contains("15.01.2027"), "{recent}");
    assert!(recent.contains(" %</td>"), "{recent}");
    assert!(!recent.contains("nicht mehr installiert"), "{recent}");

    // Both competences are below level 6 after one episode, so both are gaps with the offer
    // that names them; the offer for 3.1 fits no gap.
    let offers_section = between(&body, "id=\"offers-heading\"", "</main>").unwrap();
    for competence in measured.keys() {
        let gap = between(
            offers_section,
            &format!("<h3 id=\"gap-{competence}\">"),
            "</section>",
        )
        .unwrap_or_else(|| panic!("no gap for {competence}: {offers_section}"));
        assert!(gap.contains("Sicher im Postfach"), "{gap}");
        assert!(gap.contains("<p class=\"hint\">E-Learning</p>"), "{gap}");
        assert!(
            gap.contains("href=\"https://lernen.example/modul\""),
            "{gap}"
        );
        assert!(gap.contains("Bildungsteam, Raum 101"), "{gap}");
    }
    assert!(!body.contains("Tabellen für Einsteigende"), "{body}");
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_profile_only_ever_shows_its_own_players_data() {
    let server = TestServer::start().await;
    let demo = server.browser_as("demo", "demo").await;
    let session = start_hello_quiz(&demo).await;
    play_to_the_end(&demo, &session).await;
    let csrf = demo.csrf().await;
    let saved = demo
        .post_form(
            "/self-assessment",
            &[("csrf", &csrf), ("area-4", "5"), ("action", "save")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let own = profile(&demo).await;
    assert!(own.contains("data-level="), "{own}");
    assert!(own.contains("Hallo-Quiz"));
    assert!(own.contains("5 von 5"), "{own}");

    let demo_id = user(server.store(), "demo").id.0;
    let lead = server.browser_as("lead", "lead").await;
    for path in [
        "/profile".to_owned(),
        format!("/profile?user={demo_id}"),
        format!("/profile?user_id={demo_id}&id={demo_id}"),
    ] {
        let page = lead.get(&path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert!(!page.body.contains("data-level="), "{path}: {}", page.body);
        assert!(!page.body.contains("Hallo-Quiz"), "{path}");
        assert!(!page.body.contains("5 von 5"), "{path}");
        assert!(page.body.contains("Sie haben noch keine Episode gespielt."));
        assert_eq!(page.body.matches("noch nicht gemessen</td>").count(), 21);
    }
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_self_assessment_is_asked_on_first_use_and_again_after_its_interval() {
    let server = TestServer::start().await;
    assert_eq!(server.settings().self_assessment_interval_days, 180);
    let browser = server.browser_as("demo", "demo").await;
    let home = browser.get("/").await;
    assert!(invites(&home.body), "{}", home.body);
    assert!(home.body.contains("href=\"/self-assessment\""));

    let form = browser.get("/self-assessment").await;
    assert_eq!(form.status, StatusCode::OK);
    assert_eq!(form.body.matches("<fieldset").count(), 5);
    assert_eq!(form.body.matches("<legend>").count(), 5);
    assert_eq!(form.body.matches("type=\"radio\"").count(), 25);
    assert!(!form.body.contains(" checked"), "nothing preselected");
    assert!(
        form.body
            .contains("<label for=\"area-4-1\">1 – sehr unsicher</label>")
    );
    assert!(
        form.body
            .contains("<label for=\"area-4-5\">5 – sehr sicher</label>")
    );
    assert!(
        form.body.contains("<legend>4 Sicherheit</legend>"),
        "{}",
        form.body
    );
    assert!(form.body.contains("value=\"save\""));
    assert!(form.body.contains("value=\"skip\""));

    let saved = browser
        .post_form(
            "/self-assessment",
            &[
                ("csrf", &form.csrf()),
                ("next", "/profile"),
                ("area-1", "2"),
                ("area-4", "5"),
                ("action", "save"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(saved.location(), Some("/profile?notice=saved"));
    let stored = history(&server, "demo");
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].at, START);
    assert!(!stored[0].skipped);
    assert_eq!(
        stored[0].confidence,
        [Confidence::new(2), None, None, Confidence::new(5), None]
    );
    assert!(!invites(&browser.get("/").await.body), "answered just now");

    let body = profile(&browser).await;
    let own = between(&body, "id=\"self-heading\"", "</section>").unwrap();
    assert!(own.contains("Stand: 15.01.2027"), "{own}");
    assert!(own.contains("2 von 5 – eher unsicher"), "{own}");
    assert!(own.contains("5 von 5 – sehr sicher"), "{own}");
    assert_eq!(own.matches("nicht beantwortet").count(), 3 + 3, "{own}");
    assert!(own.contains("erneut ausfüllen"), "{own}");

    // Not due again until the interval has passed (the login session expires meanwhile).
    server.clock().advance(179 * DAY);
    let browser = server.browser_as("demo", "demo").await;
    assert!(!invites(&browser.get("/").await.body));
    server.clock().advance(DAY);
    let browser = server.browser_as("demo", "demo").await;
    let home = browser.get("/").await;
    assert!(invites(&home.body), "due after 180 days");

    // Skipping from the home page records a skip and goes back home.
    let skipped = browser
        .post_form(
            "/self-assessment",
            &[("csrf", &home.csrf()), ("next", "/"), ("action", "skip")],
        )
        .await;
    assert_eq!(skipped.status, StatusCode::SEE_OTHER);
    assert_eq!(skipped.location(), Some("/"));
    let stored = history(&server, "demo");
    assert_eq!(stored.len(), 2);
    assert_eq!(stored[1].at, START.plus_seconds(180 * DAY));
    assert!(stored[1].skipped);
    assert_eq!(stored[1].confidence, [None; 5]);
    assert!(!invites(&browser.get("/").await.body), "a skip counts");
    let body = profile(&browser).await;
    let own = between(&body, "id=\"self-heading\"", "</section>").unwrap();
    assert!(own.contains("übersprungen"), "{own}");
    assert!(
        own.contains("5 von 5 – sehr sicher"),
        "the last answers stay: {own}"
    );

    // Saving without a single answer counts as a skip; a foreign `next` is not followed.
    server.clock().advance(DAY);
    let browser = server.browser_as("demo", "demo").await;
    let csrf = browser.csrf().await;
    let empty = browser
        .post_form(
            "/self-assessment",
            &[
                ("csrf", &csrf),
                ("next", "//evil.example/"),
                ("action", "save"),
            ],
        )
        .await;
    assert_eq!(empty.status, StatusCode::SEE_OTHER);
    assert_eq!(empty.location(), Some("/profile"));
    assert!(history(&server, "demo")[2].skipped);

    // Other players are asked independently.
    let lead = server.browser_as("lead", "lead").await;
    assert!(invites(&lead.get("/").await.body));
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_interval_zero_only_the_first_self_assessment_is_asked_for() {
    let server =
        TestServer::start_with(|settings| settings.self_assessment_interval_days = 0).await;
    let browser = server.browser_as("demo", "demo").await;
    let home = browser.get("/").await;
    assert!(invites(&home.body));
    let skipped = browser
        .post_form(
            "/self-assessment",
            &[("csrf", &home.csrf()), ("action", "skip")],
        )
        .await;
    assert_eq!(skipped.location(), Some("/profile"));
    server.clock().advance(3650 * DAY);
    let browser = server.browser_as("demo", "demo").await;
    assert!(!invites(&browser.get("/").await.body));
    // It can still be taken from the profile.
    assert!(
        profile(&browser)
            .await
            .contains("href=\"/self-assessment\"")
    );
    assert_eq!(browser.get("/self-assessment").await.status, StatusCode::OK);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_self_assessments_get_422_with_an_error_summary_and_store_nothing() {
    let server = TestServer::start().await;
    let browser = server.browser_as("demo", "demo").await;
    let csrf = browser.csrf().await;
    let before = testkit::snapshot(server.store());
    for (fields, target) in [
        (vec![("area-1", "0")], "area-1-1"),
        (vec![("area-1", "6")], "area-1-1"),
        (vec![("area-3", "abc")], "area-3-1"),
        (vec![("area-2", "4"), ("area-5", "2.5")], "area-5-1"),
        (vec![("area-9", "3")], "area-1-1"),
        (vec![("area-1", "2"), ("area-1", "3")], "area-1-1"),
    ] {
        let mut form: Vec<(&str, &str)> = vec![("csrf", &csrf), ("action", "save")];
        form.extend(fields.iter().copied());
        let page = browser.post_form("/self-assessment", &form).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{fields:?}");
        testkit::assert_security_headers(&page, false);
        let summary = between(&page.body, "<div class=\"error-summary\"", "</div>")
            .unwrap_or_else(|| panic!("{fields:?}: no error summary: {}", page.body));
        assert!(summary.contains("role=\"alert\""), "{summary}");
        assert!(
            summary.contains(&format!("href=\"#{target}\"")),
            "{fields:?}: {summary}"
        );
        assert!(
            page.body.contains(&format!("id=\"{target}\"")),
            "the link has a target"
        );
        // The form is shown again, with valid answers kept.
        assert_eq!(page.body.matches("type=\"radio\"").count(), 25);
        if fields.contains(&("area-2", "4")) {
            assert!(
                page.body
                    .contains("id=\"area-2-4\" name=\"area-2\" value=\"4\" checked"),
                "{}",
                page.body
            );
        }
    }
    // Neither button: 422, with the link to the save button.
    let page = browser
        .post_form("/self-assessment", &[("csrf", &csrf), ("area-1", "3")])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.body.contains("href=\"#self-assessment-save\""),
        "{}",
        page.body
    );
    assert!(page.body.contains("id=\"self-assessment-save\""));
    let page = browser
        .post_form(
            "/self-assessment",
            &[("csrf", &csrf), ("action", "delete-everything")],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);

    assert!(history(&server, "demo").is_empty(), "nothing stored");
    assert_eq!(testkit::snapshot(server.store()), before);
    assert!(invites(&browser.get("/").await.body), "still due");
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_removed_game_leaves_its_sessions_and_measurements_on_the_profile() {
    let server = TestServer::start().await;
    let store = server.store().clone();
    let browser = server.browser_as("demo", "demo").await;
    let finished = start_hello_quiz(&browser).await;
    play_to_the_end(&browser, &finished).await;
    server.clock().advance(60);
    let unfinished = start_hello_quiz(&browser).await;
    let before = profile(&browser).await;
    assert!(
        before.contains(&format!("href=\"{unfinished}\"")),
        "an unfinished episode can be resumed: {before}"
    );

    // Remove the (bundled) game behind the catalogue's back, as a removal does: the record goes,
    // the sessions, turns and components stay.
    server.forget_plugin("hello-quiz").await;

    let body = profile(&browser).await;
    let recent = between(&body, "id=\"recent-heading\"", "</section>").unwrap();
    assert_eq!(recent.matches("<tr>").count(), 1 + 2, "{recent}");
    assert_eq!(recent.matches("hello-quiz").count(), 2, "{recent}");
    assert_eq!(
        recent.matches("(nicht mehr installiert)").count(),
        2,
        "{recent}"
    );
    assert!(
        recent.contains("first-steps"),
        "the episode by its id: {recent}"
    );
    assert!(!recent.contains("Hallo-Quiz"), "{recent}");
    assert!(recent.contains("noch nicht beendet"), "{recent}");
    assert!(
        !recent.contains(&format!("href=\"{unfinished}\"")),
        "{recent}"
    );
    assert!(recent.contains(" %</td>"), "{recent}");

    // The measured levels stay.
    let demo = UserId(user(&store, "demo").id.0);
    for (competence, belief) in beliefs::abilities(&store, demo).unwrap() {
        let level = estimate::level(&belief, &Params::default());
        assert!(
            table_row(&body, &competence).contains(&format!("Stufe {}", level.level)),
            "{competence}"
        );
        assert!(chart_row(&body, &competence).contains("data-level="));
    }
    // In English, too.
    let csrf = browser.csrf().await;
    browser
        .post_form(
            "/language",
            &[
                ("csrf", &csrf),
                ("locale", Locale::En.code()),
                ("next", "/"),
            ],
        )
        .await;
    let english = profile(&browser).await;
    assert!(english.contains("(no longer installed)"), "{english}");
    server.shutdown().await;
}
