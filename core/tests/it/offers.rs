//! The catalogue of training offers through its admin pages: adding, listing, editing and
//! deleting by form; invalid input refused with 422, every message shown, the input kept and
//! the store unchanged; unknown ids are 404; titles are escaped. Who may reach the pages is
//! checked by the route walk in `access.rs`.

use digifit::competence::offers::{self, Offer, OfferKind};
use reqwest::StatusCode;

use crate::testkit::{self, Browser, Page, TestServer};

const DEMO_TITLE: &str = "Sicher im Postfach – Phishing erkennen";

/// A form's fields in order; a name may repeat (checkboxes).
type Fields = Vec<(&'static str, String)>;

/// A complete, valid form for a new offer.
fn valid_form(csrf: &str) -> Fields {
    vec![
        ("csrf", csrf.to_owned()),
        ("title", "Online-Anträge begleiten".to_owned()),
        ("kind", "e-learning".to_owned()),
        (
            "description",
            "Wie Kundinnen und Kunden Anträge online stellen.\r\nMit Übungen.".to_owned(),
        ),
        (
            "link",
            "https://lernen.example/kurse/online-antrag".to_owned(),
        ),
        (
            "contact",
            "Team Digitalisierung, Tel. 0123 456-300".to_owned(),
        ),
        ("competences", "5.1".to_owned()),
        ("competences", "1.2".to_owned()),
        ("min_level", "2".to_owned()),
        ("max_level", "5".to_owned()),
    ]
}

/// The form with the fields named in `changes` replaced (an empty value removes the field).
fn with(form: &[(&'static str, String)], changes: &[(&'static str, &[&str])]) -> Fields {
    let mut changed: Fields = form
        .iter()
        .filter(|(name, _)| !changes.iter().any(|(changed, _)| changed == name))
        .cloned()
        .collect();
    for (name, values) in changes {
        for value in *values {
            changed.push((name, (*value).to_owned()));
        }
    }
    changed
}

async fn post(browser: &Browser, path: &str, form: &[(&'static str, String)]) -> Page {
    let fields: Vec<(&str, &str)> = form
        .iter()
        .map(|(name, value)| (*name, value.as_str()))
        .collect();
    browser.post_form(path, &fields).await
}

fn find(server: &TestServer, title: &str) -> Option<Offer> {
    offers::list(server.store())
        .unwrap()
        .into_iter()
        .find(|offer| offer.title == title)
}

#[tokio::test]
async fn admins_add_list_edit_and_delete_offers_by_form() {
    let server = TestServer::start().await;
    let admin = server.browser_as("admin", "admin").await;
    let csrf = admin.csrf().await;

    let page = admin.get("/admin/offers").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(
        page.body
            .contains("<a href=\"/admin/offers\" aria-current=\"page\">Weiterbildungsangebote</a>"),
        "the navigation names the page"
    );
    // The demo catalogue: title, kind, competences with number and name, levels, link.
    assert!(page.body.contains(DEMO_TITLE));
    assert!(page.body.contains("<td>Präsenzkurs</td>"));
    assert!(page.body.contains("<li>4.1 Schutz von Geräten</li>"));
    assert!(page.body.contains("<td>1–4</td>"));
    assert!(
        page.body
            .contains("href=\"https://bildungszentrum.musterstadt.example/kurse/phishing\"")
    );
    // The form: a fieldset per DigComp area, a labelled checkbox per competence, kinds as radio
    // buttons and the levels with their names.
    assert_eq!(
        page.body.matches("<fieldset class=\"offer-area\">").count(),
        5
    );
    assert_eq!(page.body.matches("name=\"competences\"").count(), 21);
    assert!(page.body.contains(
        "<input type=\"checkbox\" id=\"competence-4-2\" name=\"competences\" value=\"4.2\"><label for=\"competence-4-2\">4.2 Schutz personenbezogener Daten und der Privatsphäre</label>"
    ));
    assert_eq!(page.body.matches("type=\"radio\"").count(), 3);
    assert!(
        page.body
            .contains("<label for=\"kind-contact\">Ansprechperson</label>")
    );
    assert!(
        page.body
            .contains("<option value=\"3\">Selbstständig (3)</option>")
    );
    assert!(
        page.body
            .contains("<option value=\"8\" selected>Hoch spezialisiert (8)</option>")
    );

    // Add.
    let page = post(&admin, "/admin/offers", &valid_form(&csrf)).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(page.location(), Some("/admin/offers?notice=created"));
    let offer = find(&server, "Online-Anträge begleiten").expect("the offer is stored");
    assert_eq!(offer.kind, OfferKind::ELearning);
    assert_eq!(offer.competences, ["1.2", "5.1"]);
    assert_eq!((offer.min_level, offer.max_level), (2, 5));
    assert_eq!(
        offer.link.as_deref(),
        Some("https://lernen.example/kurse/online-antrag")
    );
    assert_eq!(
        offer.description,
        "Wie Kundinnen und Kunden Anträge online stellen.\nMit Übungen."
    );
    let page = admin.get("/admin/offers?notice=created").await;
    assert!(page.body.contains("Der Eintrag wurde angelegt."));
    assert!(page.body.contains(&format!(
        "<a href=\"/admin/offers/{}\">Online-Anträge begleiten</a>",
        offer.id
    )));
    assert!(
        page.body
            .contains("<li>1.2 Bewerten von Daten, Informationen und digitalen Inhalten</li>")
    );

    // Edit: the form shows the stored offer.
    let path = format!("/admin/offers/{}", offer.id);
    let page = admin.get(&path).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("value=\"Online-Anträge begleiten\""));
    assert!(page.body.contains("value=\"e-learning\" required checked"));
    assert!(page.body.contains("value=\"5.1\" checked"));
    assert!(page.body.contains("value=\"1.2\" checked"));
    assert!(!page.body.contains("value=\"4.2\" checked"));
    assert!(page.body.contains("<option value=\"2\" selected>"));
    assert!(page.body.contains("<option value=\"5\" selected>"));
    assert!(
        page.body
            .contains(">Wie Kundinnen und Kunden Anträge online stellen.\nMit Übungen.</textarea>")
    );

    let changed = with(
        &valid_form(&csrf),
        &[
            ("title", &["Online-Anträge sicher begleiten"]),
            ("kind", &["course"]),
            ("link", &[""]),
            ("competences", &["2.2"]),
            ("min_level", &["1"]),
            ("max_level", &["1"]),
        ],
    );
    let page = post(&admin, &path, &changed).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(
        page.location(),
        Some(format!("/admin/offers/{}?notice=saved", offer.id).as_str())
    );
    let stored = offers::get(server.store(), offer.id).unwrap().unwrap();
    assert_eq!(stored.title, "Online-Anträge sicher begleiten");
    assert_eq!(stored.kind, OfferKind::Course);
    assert_eq!(stored.link, None);
    assert_eq!(stored.competences, ["2.2"]);
    assert_eq!((stored.min_level, stored.max_level), (1, 1));
    let page = admin.get(&format!("{path}?notice=saved")).await;
    assert!(page.body.contains("Die Änderungen wurden gespeichert."));

    // Delete.
    let page = admin
        .post_form(&format!("{path}/delete"), &[("csrf", &csrf)])
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(page.location(), Some("/admin/offers?notice=deleted"));
    assert_eq!(offers::get(server.store(), offer.id).unwrap(), None);
    let page = admin.get("/admin/offers?notice=deleted").await;
    assert!(page.body.contains("Der Eintrag wurde gelöscht."));
    assert!(!page.body.contains("Online-Anträge"));
    testkit::assert_error_page(
        &admin.get(&path).await,
        StatusCode::NOT_FOUND,
        "Seite nicht gefunden",
    );
    server.shutdown().await;
}

#[tokio::test]
async fn invalid_offers_are_refused_with_their_messages_and_change_nothing() {
    let server = TestServer::start().await;
    let store = server.store();
    let admin = server.browser_as("admin", "admin").await;
    let csrf = admin.csrf().await;
    let before = testkit::snapshot(store);
    let valid = valid_form(&csrf);
    let demo = testkit::offer_id(store, DEMO_TITLE);
    let cases: [(&str, Fields, &[&str]); 9] = [
        (
            "empty title",
            with(&valid, &[("title", &["   "])]),
            &["Bitte geben Sie einen Titel ein."],
        ),
        (
            "script link",
            with(&valid, &[("link", &["javascript:alert(1)"])]),
            &["Der Link muss eine vollständige Webadresse sein"],
        ),
        (
            "level 0",
            with(&valid, &[("min_level", &["0"])]),
            &["Die niedrigste Stufe muss zwischen 1 und 8 liegen."],
        ),
        (
            "level 9",
            with(&valid, &[("max_level", &["9"])]),
            &["Die höchste Stufe muss zwischen 1 und 8 liegen."],
        ),
        (
            "min above max",
            with(&valid, &[("min_level", &["6"]), ("max_level", &["3"])]),
            &["Die niedrigste Stufe darf nicht über der höchsten liegen."],
        ),
        (
            "unknown competence",
            with(&valid, &[("competences", &["4.2", "6.1"])]),
            &["Die Kompetenz „6.1“ gibt es in DigComp 2.2 nicht."],
        ),
        (
            "no competence",
            with(&valid, &[("competences", &[])]),
            &["Bitte wählen Sie mindestens eine Kompetenz."],
        ),
        (
            "no kind",
            with(&valid, &[("kind", &["webinar"])]),
            &["Bitte wählen Sie die Art des Angebots."],
        ),
        (
            "everything at once",
            vec![("csrf", csrf.clone())],
            &[
                "Bitte geben Sie einen Titel ein.",
                "Bitte wählen Sie die Art des Angebots.",
                "Bitte wählen Sie mindestens eine Kompetenz.",
                "Die niedrigste Stufe muss zwischen 1 und 8 liegen.",
                "Die höchste Stufe muss zwischen 1 und 8 liegen.",
            ],
        ),
    ];
    for (what, form, messages) in &cases {
        for path in ["/admin/offers".to_owned(), format!("/admin/offers/{demo}")] {
            let page = post(&admin, &path, form).await;
            assert_eq!(
                page.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{what} at {path}: {}",
                page.body
            );
            assert!(page.body.contains("<main"), "{what}: not a page");
            assert!(
                page.body.contains("<title>Fehler: "),
                "{what}: the title tells of the error"
            );
            let summary = testkit::between(&page.body, "offer-error-summary", "</div>")
                .unwrap_or_else(|| panic!("{what} at {path}: no error summary"));
            if path == "/admin/offers" {
                // Above the list, a link leads down to the form's errors.
                assert!(
                    page.body.contains("<a href=\"#offer-errors-heading\">"),
                    "{what}"
                );
            }
            for message in *messages {
                assert!(
                    summary.contains(message),
                    "{what} at {path}: {message} not in {summary}"
                );
                // Beside its field as well.
                assert!(
                    page.body.matches(message).count() >= 2,
                    "{what} at {path}: {message} not at its field"
                );
            }
            assert!(
                page.body.contains("<p class=\"field-error\" id=\""),
                "{what}"
            );
            // The input is kept.
            if form.iter().any(|(name, _)| *name == "title") {
                let title = &form.iter().find(|(name, _)| *name == "title").unwrap().1;
                if !title.trim().is_empty() {
                    assert!(
                        page.body.contains(&format!("value=\"{title}\"")),
                        "{what}: the title is kept"
                    );
                }
            }
            if *what == "script link" {
                assert!(page.body.contains("value=\"javascript:alert(1)\""));
                assert!(!page.body.contains("href=\"javascript:"));
            }
            if *what == "unknown competence" {
                assert!(page.body.contains("value=\"4.2\" checked"), "{what}");
            }
            assert_eq!(testkit::snapshot(store), before, "{what} at {path}");
        }
    }
    server.shutdown().await;
}

#[tokio::test]
async fn unknown_offers_are_not_found() {
    let server = TestServer::start().await;
    let store = server.store();
    let admin = server.browser_as("admin", "admin").await;
    let csrf = admin.csrf().await;
    let before = testkit::snapshot(store);
    for path in [
        "/admin/offers/999999",
        "/admin/offers/abc",
        "/admin/offers/-1",
    ] {
        testkit::assert_error_page(
            &admin.get(path).await,
            StatusCode::NOT_FOUND,
            "Seite nicht gefunden",
        );
        testkit::assert_error_page(
            &post(&admin, path, &valid_form(&csrf)).await,
            StatusCode::NOT_FOUND,
            "Seite nicht gefunden",
        );
        testkit::assert_error_page(
            &admin
                .post_form(&format!("{path}/delete"), &[("csrf", &csrf)])
                .await,
            StatusCode::NOT_FOUND,
            "Seite nicht gefunden",
        );
    }
    // An org unit's id is no offer's id.
    let unit = testkit::unit_id(store, "Jobcenter Musterstadt");
    testkit::assert_error_page(
        &admin.get(&format!("/admin/offers/{unit}")).await,
        StatusCode::NOT_FOUND,
        "Seite nicht gefunden",
    );
    assert_eq!(testkit::snapshot(store), before);
    server.shutdown().await;
}

#[tokio::test]
async fn html_in_offers_is_escaped() {
    let server = TestServer::start().await;
    let admin = server.browser_as("admin", "admin").await;
    let csrf = admin.csrf().await;
    let title = "<script>alert(1)</script> & \"Kurs\"";
    let form = with(
        &valid_form(&csrf),
        &[
            ("title", &[title]),
            ("link", &["https://example.org/a\"onmouseover=alert(1)"]),
        ],
    );
    let page = post(&admin, "/admin/offers", &form).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let offer = find(&server, title).expect("stored as typed");
    assert_eq!(
        offer.link.as_deref(),
        Some("https://example.org/a%22onmouseover=alert(1)")
    );
    for path in [
        "/admin/offers".to_owned(),
        format!("/admin/offers/{}", offer.id),
    ] {
        let page = admin.get(&path).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.body.contains("<script>"), "{path}: {}", page.body);
        assert!(!page.body.contains("\"Kurs\""), "{path}");
        let escaped = "&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;Kurs&#34;";
        assert!(page.body.contains(escaped), "{path}: {}", page.body);
    }
    server.shutdown().await;
}

#[tokio::test]
async fn the_pages_speak_english_when_asked() {
    let server = TestServer::start().await;
    let admin = server.browser_as("admin", "admin").await;
    let csrf = admin.csrf().await;
    let page = admin
        .post_form(
            "/language",
            &[("csrf", &csrf), ("locale", "en"), ("next", "/admin/offers")],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let page = admin.get("/admin/offers").await;
    assert_eq!(page.lang(), Some("en"));
    assert!(page.body.contains("<h1>Training offers</h1>"));
    assert!(page.body.contains("<li>4.1 Protecting devices</li>"));
    assert!(page.body.contains("<td>Classroom course</td>"));
    assert!(page.body.contains("<legend>4 Safety</legend>"));
    assert!(page.body.contains(">Foundation (1)</option>"));
    let page = post(
        &admin,
        "/admin/offers",
        &with(&valid_form(&csrf), &[("link", &["ftp://example.org/x"])]),
    )
    .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.body
            .contains("The link must be a complete web address")
    );
    server.shutdown().await;
}
