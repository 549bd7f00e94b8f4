//! The POST routes as the robustness tests see them: who may post to each, the fields of its
//! form, an example submission that the route accepts, how many generated submissions it gets,
//! and what counts as a refusal there. `the_table_covers_every_post_route` holds this table
//! against `pages::routes()`, so a new POST route cannot go untested.

use super::generate::Rng;
use crate::robustness::post_routes;
use crate::testkit::{self, TestServer};

/// Who sends a route's submissions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    /// A browser without a session (it holds the anonymous CSRF cookie).
    Anonymous,
    /// A signed-in player.
    Player,
    /// A signed-in admin.
    Admin,
}

/// How a route's form travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// `application/x-www-form-urlencoded`, the token in the `csrf` field.
    Urlencoded,
    /// `multipart/form-data` with a file in the named field, the token in the `csrf` query
    /// parameter.
    Multipart(&'static str),
}

/// Which answers are refusals, the answers after which the store must be as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Every answer but a redirect: handlers redirect after a change (post/redirect/get) and
    /// answer anything else (an error page, or the form again with its error, 422 or 409)
    /// without one. A redirect is not checked: most change something, and some legitimately
    /// change nothing (acting on a finished game leads back to it; a language switch for an
    /// anonymous visitor only sets a cookie).
    NotRedirect,
    /// The user import: it reports row by row, creating the good rows of a file even when
    /// others fail (422), so an answer is a refusal when its report shows no created row.
    NoRowCreated,
    /// Replaying the recorded sessions only reads: no answer may change anything.
    Always,
}

/// One POST route.
#[derive(Debug)]
pub struct Route {
    pub pattern: &'static str,
    pub who: Who,
    pub encoding: Encoding,
    /// The fields of the route's form (for multipart routes, besides the file).
    pub fields: &'static [&'static str],
    /// A submission the route accepts (with the `{id}` the CSRF test chooses); it proves that
    /// the CSRF test's refusals are the guard's doing.
    pub example: &'static [(&'static str, &'static str)],
    /// Generated submissions in one fuzz run, before `DIGIFIT_FUZZ_SCALE`. Routes that hash
    /// passwords (argon2, tens of milliseconds each) or run games get fewer.
    pub budget: usize,
    pub refusal: Refusal,
}

const OFFER_FIELDS: &[&str] = &[
    "title",
    "kind",
    "description",
    "link",
    "contact",
    "competences",
    "min_level",
    "max_level",
];

const OFFER_EXAMPLE: &[(&str, &str)] = &[
    ("title", "Robust bleiben"),
    ("kind", "course"),
    ("description", "Ein Kurs."),
    ("link", "https://example.org/kurs"),
    ("contact", ""),
    ("competences", "4.1"),
    ("min_level", "1"),
    ("max_level", "4"),
];

/// Every POST route. The order is the order of the fuzz runs on one server: destructive routes
/// (deleting, logging out) come after the ones whose targets they would remove.
pub const ROUTES: &[Route] = &[
    Route {
        pattern: "/language",
        who: Who::Player,
        encoding: Encoding::Urlencoded,
        fields: &["locale", "next"],
        example: &[("locale", "en"), ("next", "/account")],
        budget: 250,
        refusal: Refusal::NotRedirect,
    },
    Route {
        pattern: "/account/password",
        who: Who::Player,
        encoding: Encoding::Urlencoded,
        fields: &["current_password", "new_password", "repeat_password"],
        example: &[
            ("current_password", "demo"),
            ("new_password", "a-long-new-password"),
            ("repeat_password", "a-long-new-password"),
        ],
        budget: 30,
        refusal: Refusal::NotRedirect,
    },
    Route {
        pattern: "/account/streak",
        who: Who::Player,
        encoding: Encoding::Urlencoded,
        fields: &["streak"],
        example: &[("streak", "on")],
        budget: 250,
        refusal: Refusal::NotRedirect,
    },
    Route {
        pattern: "/self-assessment",
        who: Who::Player,
        encoding: Encoding::Urlencoded,
        fields: &[
            "action", "next", "area-1", "area-2", "area-3", "area-4", "area-5",
        ],
        example: &[("action", "save"), ("area-1", "3"), ("next", "/profile")],
        budget: 400,
        refusal: Refusal::NotRedirect,
    },
    Route {
        pattern: "/games/start",
        who: Who::Player,
        encoding: Encoding::Urlencoded,
        fields: &["plugin", "episode", "level"],
        example: &[
            ("plugin", "hello-quiz"),
            ("episode", "first-steps"),
            ("level", "2"),
        ],
        budget: 120,
        refusal: Refusal::NotRedirect,
    },
    Route {
        pattern: "/games/sessions/{id}",
        who: Who::Player,
        // The fields are the current screen's, read from the page before each submission.
        encoding: Encoding::Urlencoded,
        fields: &["button"],
        example: &[("button", "check")],
        budget: 300,
        refusal: Refusal::NotRedirect,
    },
    Route {
        pattern: "/logout",
        who: Who::Player,
        encoding: Encoding::Urlencoded,
        fields: &[],
        example: &[],
        budget: 5,
        refusal: Refusal::NotRedirect,
    },
    Route {
        pattern: "/login",
        who: Who::Anonymous,
        encoding: Encoding::Urlencoded,
        fields: &["username", "password", "next"],
        example: &[("username", "demo"), ("password", "demo"), ("next", "/")],
        budget: 40,
        refusal: Refusal::NotRedirect,
    },
    Route {
        pattern: "/admin/users",
        who: Who::Admin,
        encoding: Encoding::Urlencoded,
        fields: &["username", "display_name", "password", "roles", "org_units"],
        example: &[
            ("username", "eve"),
            ("display_name", "Eve Example"),
            ("roles", "player"),
        ],
        budget: 150,
        refusal: Refusal::NotRedirect,
    },
    Route {
        pattern: "/admin/users/import",
        who: Who::Admin,
        encoding: Encoding::Multipart("file"),
        fields: &[],
        example: &[],
        budget: 80,
        refusal: Refusal::NoRowCreated,
    },
    Route {
        pattern: "/admin/users/{id}",
        who: Who::Admin,
        encoding: Encoding::Urlencoded,
        fields: &["display_name", "roles", "org_units", "disabled"],
        example: &[("display_name", "Mara B."), ("roles", "player")],
        budget: 300,
        refusal: Refusal::NotRedirect,
    },
    Route {
        pattern: "/admin/users/{id}/password",
        who: Who::Admin,
        encoding: Encoding::Urlencoded,
        fields: &["password"],
        example: &[("password", "a-long-new-password")],
        budget: 30,
        refusal: Refusal::NotRedirect,
    },
    Route {
        pattern: "/admin/orgunits",
        who: Who::Admin,
        encoding: Encoding::Urlencoded,
        fields: &["name", "parent"],
        example: &[("name", "Standort Süd"), ("parent", "")],
        budget: 300,
        refusal: Refusal::NotRedirect,
    },
    Route {
        pattern: "/admin/orgunits/{id}",
        who: Who::Admin,
        encoding: Encoding::Urlencoded,
        fields: &["name", "parent"],
        example: &[("name", "Werkakademie Süd"), ("parent", "")],
        budget: 300,
        refusal: Refusal::NotRedirect,
    },
    Route {
        pattern: "/admin/offers",
        who: Who::Admin,
        encoding: Encoding::Urlencoded,
        fields: OFFER_FIELDS,
        example: OFFER_EXAMPLE,
        budget: 300,
        refusal: Refusal::NotRedirect,
    },
    Route {
        pattern: "/admin/offers/{id}",
        who: Who::Admin,
        encoding: Encoding::Urlencoded,
        fields: OFFER_FIELDS,
        example: OFFER_EXAMPLE,
        budget: 300,
        refusal: Refusal::NotRedirect,
    },
    Route {
        pattern: "/admin/plugins/{id}/availability",
        who: Who::Admin,
        encoding: Encoding::Urlencoded,
        fields: &["availability", "groups"],
        example: &[("availability", "off")],
        budget: 200,
        refusal: Refusal::NotRedirect,
    },
    Route {
        pattern: "/admin/plugins/upload",
        who: Who::Admin,
        encoding: Encoding::Multipart("package"),
        fields: &[],
        example: &[],
        budget: 120,
        refusal: Refusal::NotRedirect,
    },
    Route {
        pattern: "/admin/plugins/verify",
        who: Who::Admin,
        encoding: Encoding::Urlencoded,
        fields: &[],
        example: &[],
        budget: 10,
        refusal: Refusal::Always,
    },
    Route {
        pattern: "/admin/plugins/{id}/remove",
        who: Who::Admin,
        encoding: Encoding::Urlencoded,
        fields: &[],
        example: &[],
        budget: 60,
        refusal: Refusal::NotRedirect,
    },
    Route {
        pattern: "/admin/orgunits/{id}/delete",
        who: Who::Admin,
        encoding: Encoding::Urlencoded,
        fields: &[],
        example: &[],
        budget: 80,
        refusal: Refusal::NotRedirect,
    },
    Route {
        pattern: "/admin/offers/{id}/delete",
        who: Who::Admin,
        encoding: Encoding::Urlencoded,
        fields: &[],
        example: &[],
        budget: 60,
        refusal: Refusal::NotRedirect,
    },
];

#[tokio::test]
async fn the_table_covers_every_post_route() {
    let server = TestServer::start().await;
    let found = post_routes(&server).await;
    let table: std::collections::BTreeSet<&str> = ROUTES.iter().map(|r| r.pattern).collect();
    assert_eq!(table.len(), ROUTES.len(), "a route is in the table twice");
    let missing: Vec<_> = found.difference(&table).collect();
    let stale: Vec<_> = table.difference(&found).collect();
    assert!(
        missing.is_empty() && stale.is_empty(),
        "POST routes the robustness tests do not cover: {missing:?}; \
         table rows that are no POST route: {stale:?}"
    );
    for route in ROUTES {
        let admin_only = route.pattern.starts_with("/admin/");
        assert_eq!(admin_only, route.who == Who::Admin, "{}", route.pattern);
    }
    server.shutdown().await;
}

/// What exists on the server: the ids a path or a field may name, and the fuzzing user.
#[derive(Debug, Clone, Default)]
pub struct Known {
    pub users: Vec<u64>,
    pub units: Vec<u64>,
    pub offers: Vec<u64>,
    pub plugins: Vec<String>,
    /// The episodes of every installed game.
    pub episodes: Vec<String>,
    pub sessions: Vec<u64>,
    /// The fuzzing user (of the role the routes are for), whose password the admin routes must
    /// not set (that would end the fuzzing session) and whose own password the player routes
    /// may change.
    pub own_name: String,
    pub own_id: u64,
    pub own_password: String,
}

impl Known {
    pub fn of(server: &TestServer, own_name: &str, own_password: &str) -> Known {
        let store = server.store();
        Known {
            users: digifit::accounts::list_users(store)
                .unwrap()
                .iter()
                .map(|user| user.id.0)
                .collect(),
            units: digifit::accounts::orgunits::tree(store)
                .unwrap()
                .iter()
                .map(|entry| entry.unit.id.0)
                .collect(),
            offers: digifit::competence::offers::list(store)
                .unwrap()
                .iter()
                .map(|offer| offer.id)
                .collect(),
            plugins: server
                .server
                .state
                .catalogue
                .all()
                .iter()
                .map(|game| game.id.clone())
                .collect(),
            episodes: server
                .server
                .state
                .catalogue
                .all()
                .iter()
                .filter_map(|game| game.info(digifit::i18n::Locale::De))
                .flat_map(|info| info.episodes.iter().map(|episode| episode.id.clone()))
                .collect(),
            sessions: Vec::new(),
            own_name: own_name.to_owned(),
            own_id: testkit::user(store, own_name).id.0,
            own_password: own_password.to_owned(),
        }
    }

    /// The real ids a route's `{id}` may name.
    fn ids_for(&self, pattern: &str) -> Vec<String> {
        let numbers = |ids: &[u64]| ids.iter().map(u64::to_string).collect();
        if pattern == "/admin/users/{id}/password" {
            self.users
                .iter()
                .filter(|id| **id != self.own_id)
                .map(u64::to_string)
                .collect()
        } else if pattern.starts_with("/admin/users/") {
            numbers(&self.users)
        } else if pattern.starts_with("/admin/orgunits/") {
            numbers(&self.units)
        } else if pattern.starts_with("/admin/offers/") {
            numbers(&self.offers)
        } else if pattern.starts_with("/admin/plugins/") {
            self.plugins.clone()
        } else if pattern.starts_with("/games/sessions/") {
            numbers(&self.sessions)
        } else {
            Vec::new()
        }
    }

    /// The route's path with `{id}` naming something real, or something that cannot exist.
    pub fn fuzz_path(&self, rng: &mut Rng, pattern: &str) -> String {
        if !pattern.contains("{id}") {
            return pattern.to_owned();
        }
        let real = self.ids_for(pattern);
        let id = if !real.is_empty() && rng.chance(70) {
            rng.pick(&real).clone()
        } else {
            let junk = [
                "0",
                "-1",
                "abc",
                "1.5",
                "+1",
                "01",
                "%20",
                "%00",
                "%FF",
                "%C3%A4",
                "%2e%2e",
                "..",
                "1%2f2",
                "18446744073709551615",
                "18446744073709551616",
                "-9223372036854775808",
                "99999999999999999999999999",
                "hello-quiz%00",
                "HELLO-QUIZ",
                "hello-quiz%2f..",
                "%E2%80%AE",
            ];
            match rng.below(10) {
                0 => "9".repeat(1 + rng.below(4000)),
                1 => rng.next_u64().to_string(),
                _ => (*rng.pick(&junk)).to_owned(),
            }
        };
        pattern.replace("{id}", &id)
    }

    /// Values worth trying in a field: its real choices (ids that exist, codes the form offers),
    /// near misses, and what a careless form would accept.
    pub fn plausible(&self, field: &str) -> Vec<String> {
        let strings = |items: &[&str]| items.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let ids = |ids: &[u64]| {
            let mut values: Vec<String> = ids.iter().map(u64::to_string).collect();
            values.extend(strings(&[
                "",
                "0",
                "-1",
                "x",
                "999999",
                "18446744073709551615",
            ]));
            values
        };
        match field {
            "username" => strings(&[
                "demo",
                "admin",
                "m.becker",
                "Demo",
                " demo ",
                "neu.person",
                "a",
                "a b",
                "user@example.org",
                "",
            ]),
            "password" | "new_password" | "repeat_password" => strings(&[
                "",
                "short",
                "demo",
                "admin",
                "a-long-new-password",
                "correct horse battery staple",
            ]),
            "current_password" => vec![self.own_password.clone(), "wrong".to_owned()],
            "display_name" => strings(&["Neue Person", "", " ", "Mara B.", "Ünal Öz"]),
            "roles" => strings(&[
                "player",
                "lead",
                "facilitator",
                "admin",
                "auditor",
                "Admin",
                " player ",
                "root",
            ]),
            "org_units" | "parent" | "groups" => ids(&self.units),
            "disabled" => strings(&["", "1", "on"]),
            "name" => strings(&["Neue Einheit", "a/b", "", " Name ", "Standort Nord"]),
            // Mostly valid choices (the hostile values come from the generator), a near miss or
            // two.
            "title" => strings(&["Kurs", "Phishing erkennen", " Leerraum "]),
            "description" => strings(&["Ein Kurs.", "Zwei\nZeilen", ""]),
            "contact" => strings(&["", "Telefon 123"]),
            "kind" => strings(&["course", "e-learning", "contact", "Course"]),
            "link" => strings(&[
                "https://example.org/kurs",
                "http://example.org",
                "",
                "javascript:alert(1)",
                "//example.org",
            ]),
            "competences" => strings(&["1.1", "2.4", "4.2", "5.3", "5.4"]),
            "min_level" | "max_level" | "level" => strings(&["1", "2", "3", "4", "8", "0", "9"]),
            "availability" => strings(&["off", "all", "groups", "Groups", ""]),
            "locale" => strings(&["de", "en", "", "fr", "EN", "de-DE"]),
            "next" => strings(&[
                "/",
                "/account",
                "/profile",
                "/progress?x=1",
                "//evil.example",
                "https://evil.example/",
                "/\\evil.example",
                "/\u{1}",
                "/\u{7f}x",
                "/a\u{0}",
                "/ä",
                "",
            ]),
            "streak" => strings(&["on", "off", "", "ON", "1"]),
            "action" => strings(&["save", "skip", "Save"]),
            "area-1" | "area-2" | "area-3" | "area-4" | "area-5" => {
                strings(&["1", "2", "3", "4", "5", "", "6"])
            }
            "plugin" => {
                let mut values = self.plugins.clone();
                values.extend(strings(&["", "no-such-game", "Hello-Quiz"]));
                values
            }
            "episode" => {
                let mut values = self.episodes.clone();
                values.extend(strings(&["", "episode-1", "../first-steps"]));
                values
            }
            _ => Vec::new(),
        }
    }
}
