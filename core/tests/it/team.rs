//! The lead's team page over the demo job centre: only the lead's units, figures only over at
//! least k people and never two that subtract to fewer, every shown figure equal to what the
//! stored measurement gives, no names, participation that follows play, and the CSV for HR
//! holding exactly the rows of the page.

use std::collections::BTreeMap;

use reqwest::StatusCode;

use digifit::accounts::{self, orgunits};
use digifit::competence::beliefs;
use digifit::competence::estimate::{self, Params};
use digifit::store::Store;

use crate::games::{play_to_the_end, start_hello_quiz};
use crate::testkit::{TestServer, between};

const NORD: &str = "Jobcenter Musterstadt/Standort Nord";
const U25: &str = "Jobcenter Musterstadt/Standort Nord/Team U25";
const MARKT: &str = "Jobcenter Musterstadt/Standort Nord/Team Markt & Integration";

/// One shown row: people measured, median level, share at levels 1–2 in per cent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Row {
    measured: usize,
    median: u8,
    percent: u32,
}

/// One unit's section as the page shows it.
#[derive(Debug)]
struct Section {
    participation: String,
    rows: BTreeMap<String, Row>,
}

fn number_in(text: &str) -> u32 {
    text.chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap()
}

/// The page's unit sections by path.
fn sections(html: &str) -> BTreeMap<String, Section> {
    let mut found = BTreeMap::new();
    for piece in html.split("<section aria-labelledby=\"unit-").skip(1) {
        let piece = piece.split("</section>").next().unwrap();
        let heading = between(piece, "<h", "</h").unwrap();
        let title = heading.split_once("\">").unwrap().1.replace("&#38;", "&");
        let participation = between(piece, "<p>", "</p>").unwrap().to_owned();
        let mut rows = BTreeMap::new();
        for row in piece.split("<th scope=\"row\">").skip(1) {
            let id = row.split(' ').next().unwrap().to_owned();
            let cells: Vec<&str> = row
                .split("<td")
                .skip(1)
                .map(|cell| between(cell, ">", "</td>").unwrap())
                .collect();
            let percent = between(cells[2], ": ", " %").unwrap();
            rows.insert(
                id,
                Row {
                    measured: cells[0].parse().unwrap(),
                    median: u8::try_from(number_in(cells[1])).unwrap(),
                    percent: percent.parse().unwrap(),
                },
            );
        }
        found.insert(
            title,
            Section {
                participation,
                rows,
            },
        );
    }
    found
}

/// What the store says about the measured members of a unit (and its sub-units), computed here
/// from the abilities without the report's code.
fn expected_row(store: &Store, unit_path: &str, competence: &str) -> Option<Row> {
    let tree = orgunits::tree(store).unwrap();
    let unit = orgunits::find_by_path(&tree, unit_path).unwrap();
    let mut levels: Vec<u8> = Vec::new();
    for person in accounts::list_users(store).unwrap() {
        if !orgunits::with_ancestors(&person.org_units, &tree).contains(&unit) {
            continue;
        }
        if let Some(belief) = beliefs::abilities(store, person.id)
            .unwrap()
            .get(competence)
        {
            levels.push(estimate::level_of(belief.mean, &Params::default()));
        }
    }
    if levels.is_empty() {
        return None;
    }
    levels.sort_unstable();
    let foundation = levels.iter().filter(|l| **l <= 2).count();
    Some(Row {
        measured: levels.len(),
        median: levels[(levels.len() - 1) / 2],
        percent: (100.0 * foundation as f64 / levels.len() as f64).round() as u32,
    })
}

/// Checks every shown figure against the store and the privacy rule at `k`.
fn assert_private_and_true(store: &Store, page: &BTreeMap<String, Section>, k: usize) {
    for (path, section) in page {
        for (competence, row) in &section.rows {
            assert!(row.measured >= k, "{path} {competence}: {row:?}");
            assert_eq!(
                Some(*row),
                expected_row(store, path, competence),
                "{path} {competence}"
            );
        }
    }
    // No subtraction of shown figures describes 1 to k − 1 people.
    let nord = &page[NORD];
    for (competence, whole) in &nord.rows {
        let mut teams = 0;
        for team in [U25, MARKT] {
            if let Some(part) = page[team].rows.get(competence) {
                let left = whole.measured - part.measured;
                assert!(left == 0 || left >= k, "{competence}: {team} leaves {left}");
                teams += part.measured;
            }
        }
        let left = whole.measured - teams;
        assert!(
            teams == 0 || left == 0 || left >= k,
            "{competence}: the teams leave {left}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lead_sees_true_figures_over_at_least_k_people_and_no_one() {
    let server = TestServer::start().await;
    let lead = server.browser_as("lead", "lead").await;
    let page = lead.get("/team").await;
    assert_eq!(page.status, StatusCode::OK);
    let shown = sections(&page.body);

    // The lead's location and its teams; nothing of other locations.
    assert_eq!(
        shown.keys().map(String::as_str).collect::<Vec<_>>(),
        [NORD, MARKT, U25]
    );
    assert!(!page.body.contains("Standort Mitte"));
    // 15 people in Nord: the lead, Team U25 (the demo player and 7 colleagues), 6 in Markt.
    assert_eq!(
        shown[NORD].participation,
        "15 Personen, davon 0 in den letzten 28 Tagen aktiv."
    );
    assert!(shown[U25].participation.starts_with("8 Personen"));
    // Together, Team U25 and Markt would leave the lead alone in Nord: the smaller is hidden.
    assert_eq!(
        shown[MARKT].participation,
        "Zahlen zur Teilnahme werden erst ab 5 Personen angezeigt."
    );
    // The colleagues' made-up measurement shows in most competences at every level, and some
    // competences are hidden where too few are measured.
    assert_eq!(shown[NORD].rows.len(), 21, "{shown:?}");
    assert!(shown[U25].rows.len() >= 10, "{shown:?}");
    assert!(!shown[MARKT].rows.is_empty(), "{shown:?}");
    assert!(shown[MARKT].rows.len() < 21, "{shown:?}");
    assert!(
        page.body
            .contains("weitere Kompetenzen sind noch zu wenige")
    );
    assert_private_and_true(server.store(), &shown, 5);

    // No one is named: not the colleagues, not the player.
    for name in ["Becker", "m.becker", "Kaya", "Dana Demo", "demo"] {
        assert!(!page.body.contains(name), "{name} on the team page");
    }

    // Playing counts: the demo player becomes active in Nord.
    let player = server.browser_as("demo", "demo").await;
    let session = start_hello_quiz(&player).await;
    play_to_the_end(&player, &session).await;
    let after = sections(&lead.get("/team").await.body);
    assert_eq!(
        after[NORD].participation,
        "15 Personen, davon 1 in den letzten 28 Tagen aktiv."
    );
    assert_private_and_true(server.store(), &after, 5);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_larger_k_hides_more() {
    let server = TestServer::start_with(|settings| settings.min_group_size = 7).await;
    let lead = server.browser_as("lead", "lead").await;
    let page = lead.get("/team").await;
    assert_eq!(page.status, StatusCode::OK);
    let shown = sections(&page.body);
    assert!(shown[NORD].participation.starts_with("15 Personen"));
    assert!(shown[U25].participation.starts_with("8 Personen"));
    // Markt has 6 people: fewer than 7.
    assert_eq!(
        shown[MARKT].participation,
        "Zahlen zur Teilnahme werden erst ab 7 Personen angezeigt."
    );
    assert!(shown[MARKT].rows.is_empty());
    assert_private_and_true(server.store(), &shown, 7);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_csv_for_hr_holds_the_rows_of_the_page() {
    let server = TestServer::start().await;
    let lead = server.browser_as("lead", "lead").await;
    let shown = sections(&lead.get("/team").await.body);
    let csv = lead.get("/team.csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert_eq!(csv.header("content-type"), Some("text/csv; charset=utf-8"));
    assert_eq!(
        csv.header("content-disposition"),
        Some("attachment; filename=\"schulungsbedarf.csv\"")
    );
    let text = csv
        .body
        .strip_prefix('\u{feff}')
        .expect("a byte-order mark");
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some(
            "Organisationseinheit;Kompetenz-Nr.;Kompetenz;Gemessene Personen;\
             Typische Stufe (Median);Personen auf Stufe 1–2;Anteil auf Stufe 1–2 (%)"
        )
    );
    let mut from_csv: BTreeMap<(String, String), Row> = BTreeMap::new();
    for line in lines {
        let cells: Vec<&str> = line.split(';').collect();
        assert_eq!(cells.len(), 7, "{line}");
        from_csv.insert(
            (cells[0].to_owned(), cells[1].to_owned()),
            Row {
                measured: cells[3].parse().unwrap(),
                median: cells[4].parse().unwrap(),
                percent: cells[6].parse().unwrap(),
            },
        );
    }
    let from_page: BTreeMap<(String, String), Row> = shown
        .iter()
        .flat_map(|(path, section)| {
            section
                .rows
                .iter()
                .map(|(id, row)| ((path.clone(), id.clone()), *row))
        })
        .collect();
    assert_eq!(from_csv, from_page);
    assert!(!from_csv.is_empty());
}
