//! The CSV user import as an admin uses it: good rows are created, every bad row is reported with
//! its line number and reason, spreadsheet flavours (semicolons, a UTF-8 BOM, CRLF) work, and an
//! upload without the CSRF token in its URL creates nothing.

use reqwest::StatusCode;
use reqwest::header;
use reqwest::multipart::{Form, Part};

use digifit::accounts::{self, Role};

use crate::testkit::{self, Browser, Page, TestServer};

async fn upload(browser: &Browser, query: &str, csv: &[u8]) -> Page {
    let form = Form::new().part(
        "file",
        Part::bytes(csv.to_vec())
            .file_name("users.csv")
            .mime_str("text/csv")
            .unwrap(),
    );
    let response = browser
        .client
        .post(browser.url(&format!("/admin/users/import{query}")))
        .header(header::ORIGIN, &browser.base)
        .multipart(form)
        .send()
        .await
        .unwrap();
    Page::of(response).await
}

/// The rows of the report table: line, login name, result.
fn report_rows(html: &str) -> Vec<(u64, String, String)> {
    let Some(body) = testkit::between(html, "<tbody>", "</tbody>") else {
        return Vec::new();
    };
    body.split("<tr>")
        .skip(1)
        .map(|row| {
            let cells: Vec<&str> = row
                .split("<td>")
                .skip(1)
                .map(|cell| cell.split("</td>").next().unwrap_or_default())
                .collect();
            assert_eq!(cells.len(), 3, "{row}");
            (
                cells[0].parse().unwrap(),
                cells[1].to_owned(),
                cells[2].to_owned(),
            )
        })
        .collect()
}

const MIXED: &str = "\
username,display_name,roles,org_units,password
anna.schmidt,Anna Schmidt,player lead,Jobcenter Musterstadt/Standort Nord,correct horse battery
bernd,Bernd Bauer,root,,
carla,Carla Conrad,player,Nowhere/At All,
anna.schmidt,Anna Again,player,,
dora,Dora Dietz,player,,short
emil,Emil Engel,,Team U25,
DEMO,Another Demo,player,,
";

#[tokio::test]
async fn good_rows_are_created_and_bad_rows_reported_by_line() {
    let server = TestServer::start().await;
    let store = server.store();
    let admin = server.browser_as("admin", "admin").await;
    let csrf = admin.csrf().await;
    let before = accounts::list_users(store).unwrap().len();

    let page = upload(&admin, &format!("?csrf={csrf}"), MIXED.as_bytes()).await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.body
    );
    assert!(page.body.contains("<main"));
    assert!(
        page.body.contains("2 angelegt. 5 fehlerhaft."),
        "{}",
        page.body
    );
    let rows = report_rows(&page.body);
    let lines: Vec<(u64, &str)> = rows.iter().map(|(l, n, _)| (*l, n.as_str())).collect();
    assert_eq!(
        lines,
        vec![
            (2, "anna.schmidt"),
            (3, "bernd"),
            (4, "carla"),
            (5, "anna.schmidt"),
            (6, "dora"),
            (7, "emil"),
            (8, "DEMO"),
        ]
    );
    let result = |line: u64| rows.iter().find(|r| r.0 == line).unwrap().2.as_str();
    for (line, reason) in [
        (2, None),
        (3, Some("root")),
        (4, Some("Nowhere/At All")),
        (5, Some("früheren Zeile")),
        (6, Some("mindestens 10 Zeichen")),
        (7, None),
        (8, Some("bereits vergeben")),
    ] {
        let text = result(line);
        match reason {
            None => assert!(
                text.contains("angelegt") && !text.contains("nicht angelegt"),
                "line {line}: {text}"
            ),
            Some(reason) => {
                assert!(text.contains("nicht angelegt"), "line {line}: {text}");
                assert!(text.contains(reason), "line {line}: {text}");
            }
        }
    }

    assert_eq!(accounts::list_users(store).unwrap().len(), before + 2);
    let anna = testkit::user(store, "anna.schmidt");
    assert_eq!(anna.display_name, "Anna Schmidt");
    assert_eq!(
        anna.roles.iter().copied().collect::<Vec<_>>(),
        vec![Role::Player, Role::Lead]
    );
    assert_eq!(
        anna.org_units,
        vec![accounts::OrgUnitId(testkit::unit_id(
            store,
            "Jobcenter Musterstadt/Standort Nord"
        ))]
    );
    let emil = testkit::user(store, "emil");
    assert_eq!(
        emil.roles.iter().copied().collect::<Vec<_>>(),
        vec![Role::Player]
    );
    assert!(
        emil.password_hash.is_none(),
        "no password column value, no login"
    );
    for name in ["bernd", "carla", "dora"] {
        assert!(
            accounts::find_user(store, name).unwrap().is_none(),
            "{name}"
        );
    }
    assert_eq!(testkit::user(store, "demo").display_name, "Dana Demo");

    // The imported password works.
    let anna_browser = server.browser();
    let response = testkit::login(&anna_browser, "anna.schmidt", "correct horse battery").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);

    // A file without errors gives 200.
    let page = upload(
        &admin,
        &format!("?csrf={csrf}"),
        b"username,display_name\nfelix,Felix Frei\n",
    )
    .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("1 angelegt. 0 fehlerhaft."));
    server.shutdown().await;
}

#[tokio::test]
async fn semicolons_a_bom_and_crlf_are_understood() {
    let server = TestServer::start().await;
    let store = server.store();
    let admin = server.browser_as("admin", "admin").await;
    let csrf = admin.csrf().await;
    let csv = "\u{feff}username;display_name;roles;org_units\r\n\
               frank;Frank Fischer;player, lead;Jobcenter Musterstadt/Werkakademie\r\n\
               greta;Greta Groß;;Standort Mitte\r\n";
    let page = upload(&admin, &format!("?csrf={csrf}"), csv.as_bytes()).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let rows = report_rows(&page.body);
    assert_eq!(
        rows.iter()
            .map(|(l, n, _)| (*l, n.as_str()))
            .collect::<Vec<_>>(),
        vec![(2, "frank"), (3, "greta")]
    );
    let frank = testkit::user(store, "frank");
    assert_eq!(frank.display_name, "Frank Fischer");
    assert_eq!(
        frank.roles.iter().copied().collect::<Vec<_>>(),
        vec![Role::Player, Role::Lead]
    );
    assert_eq!(
        frank.org_units[0].0,
        testkit::unit_id(store, "Jobcenter Musterstadt/Werkakademie")
    );
    let greta = testkit::user(store, "greta");
    assert_eq!(greta.display_name, "Greta Groß");
    assert_eq!(
        greta.org_units[0].0,
        testkit::unit_id(store, "Jobcenter Musterstadt/Standort Mitte")
    );
    server.shutdown().await;
}

#[tokio::test]
async fn uploads_without_the_token_in_the_url_or_unreadable_files_create_nothing() {
    let server = TestServer::start().await;
    let store = server.store();
    let admin = server.browser_as("admin", "admin").await;
    let csrf = admin.csrf().await;
    let other = server.browser_as("admin", "admin").await.csrf().await;
    let before = testkit::snapshot(store);
    let csv = b"username,display_name\nmallory,Mallory\n";

    for query in [String::new(), "?csrf=".to_owned(), format!("?csrf={other}")] {
        let page = upload(&admin, &query, csv).await;
        testkit::assert_error_page(&page, StatusCode::FORBIDDEN, "Kein Zugriff");
    }
    // The token as a form field instead of in the URL is not looked at.
    let form = Form::new()
        .text("csrf", csrf.clone())
        .part("file", Part::bytes(csv.to_vec()).file_name("users.csv"));
    let response = admin
        .client
        .post(admin.url("/admin/users/import"))
        .header(header::ORIGIN, &admin.base)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    // From another site, even with the token.
    let response = admin
        .client
        .post(admin.url(&format!("/admin/users/import?csrf={csrf}")))
        .header(header::ORIGIN, "https://evil.example")
        .multipart(Form::new().part("file", Part::bytes(csv.to_vec()).file_name("users.csv")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(testkit::snapshot(store), before);

    // Files that cannot be imported at all are refused as a whole, with the reason.
    for (what, file) in [
        (
            "Latin-1",
            b"username,display_name\ngreta,Greta Gro\xdf\n".to_vec(),
        ),
        (
            "no display_name column",
            b"username,name\ngreta,Greta\n".to_vec(),
        ),
        ("no file content", Vec::new()),
    ] {
        let page = upload(&admin, &format!("?csrf={csrf}"), &file).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{what}");
        assert!(
            page.body.contains("role=\"alert\""),
            "{what}: {}",
            page.body
        );
        assert!(report_rows(&page.body).is_empty(), "{what}");
    }
    assert_eq!(testkit::snapshot(store), before);
    server.shutdown().await;
}
