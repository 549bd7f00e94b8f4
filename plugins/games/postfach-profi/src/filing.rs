//! Episode "ordnung-im-postfach": file mails into folders, move what belongs on file into the
//! e-file, work in a shared mailbox and set sensible rules.

use digifit_game_sdk::SeededRng;

use crate::cast::Cast;
use crate::task::{Kind, SortItem, Task, choice};

pub const ID: &str = "ordnung-im-postfach";

fn item(
    c: &Cast,
    slug: &'static str,
    label: (&str, &str),
    right: &'static str,
    explain: (&str, &str),
) -> SortItem {
    SortItem {
        slug,
        competence: "1.3",
        label: c.t(label.0, label.1),
        right,
        explain: c.t(explain.0, explain.1),
        lesson: c.t(
            "Mails nach Zuständigkeit ablegen: ",
            "File mails by responsibility: ",
        ) + &c.t(label.0, label.1),
    }
}

/// The tasks of the episode.
pub fn tasks(c: &Cast, level: u8, seed: u64) -> Vec<Task> {
    let pool = [
        (
            item(
                c,
                "sort-bank-statements",
                (
                    "Frau {kunde}: Kontoauszüge zur Weiterbewilligung",
                    "Ms {kunde}: bank statements for continued benefits",
                ),
                "efile",
                (
                    "Entscheidungserhebliche Unterlagen gehören in die E-Akte (Leistung).",
                    "Documents relevant to a decision belong in the e-file (benefits).",
                ),
            ),
            1,
        ),
        (
            item(
                c,
                "sort-vacancy",
                (
                    "Bäckerei Kornfeld: Stellenangebot Verkäuferin/Verkäufer (m/w/d)",
                    "Kornfeld bakery: vacancy for a sales assistant",
                ),
                "employers",
                (
                    "Stellenangebote gehören zu Arbeitgeberservice und Vermittlung.",
                    "Vacancies belong to employer services and placement.",
                ),
            ),
            1,
        ),
        (
            item(
                c,
                "sort-minutes",
                (
                    "{kollegin}: Protokoll der Teambesprechung",
                    "{kollegin}: minutes of the team meeting",
                ),
                "team",
                (
                    "Interne Organisation: Ordner Team.",
                    "Internal organisation: the team folder.",
                ),
            ),
            1,
        ),
        (
            item(
                c,
                "sort-canteen",
                (
                    "Kantinen-Info: Speiseplan der Woche",
                    "Canteen info: this week's menu",
                ),
                "delete",
                (
                    "Nach dem Lesen entbehrlich – löschen hält das Postfach schlank.",
                    "Not needed after reading – deleting keeps the mailbox lean.",
                ),
            ),
            1,
        ),
        (
            item(
                c,
                "sort-interview",
                (
                    "Spedition Weber & Sohn: Rückmeldung zum Vorstellungsgespräch von {kunde2}",
                    "Weber & Sohn haulage: feedback on {kunde2}'s interview",
                ),
                "employers",
                (
                    "Rückmeldungen von Arbeitgebern gehören zur Vermittlung; was davon für die Akte wichtig ist, hält die Vermittlung dort fest.",
                    "Employer feedback belongs to placement; whatever matters for the file, placement records there.",
                ),
            ),
            2,
        ),
        (
            item(
                c,
                "sort-utility-bill",
                (
                    "Frau {kunde}: Nebenkostenabrechnung 2025",
                    "Ms {kunde}: utility bill 2025",
                ),
                "efile",
                (
                    "Relevant für die Kosten der Unterkunft und Heizung – in die E-Akte.",
                    "Relevant for housing and heating costs – into the e-file.",
                ),
            ),
            2,
        ),
        (
            item(
                c,
                "sort-ad",
                (
                    "Büroversand Blattwerk: Sonderangebot Druckerpapier",
                    "Blattwerk office supplies: special offer on paper",
                ),
                "delete",
                (
                    "Werbung ohne dienstlichen Bezug: löschen.",
                    "Advertising without a work purpose: delete.",
                ),
            ),
            3,
        ),
        (
            item(
                c,
                "sort-holidays",
                (
                    "Teamleitung: Urlaubsplanung Sommer",
                    "Team lead: summer holiday planning",
                ),
                "team",
                (
                    "Team-Organisation: Ordner Team.",
                    "Team organisation: the team folder.",
                ),
            ),
            3,
        ),
    ];
    let mut items: Vec<SortItem> = pool
        .into_iter()
        .filter(|(_, min)| *min <= level)
        .map(|(i, _)| i)
        .collect();
    let count = match level {
        1 => 4,
        2 => 5,
        _ => 6,
    };
    let mut rng = SeededRng::for_purpose(seed, "filing-items");
    let mut rest = items.split_off(4.min(items.len()));
    rng.shuffle(&mut rest);
    let mut chosen = items;
    chosen.extend(rest.into_iter().take(count - 4));
    rng.shuffle(&mut chosen);
    items = chosen;

    let mut list =
        vec![Task {
        title: c.t("Ablage", "Filing"),
        intro: c.t(
            "Nach dem Urlaub quillt Ihr Posteingang über. Ordnen Sie jede Mail einem Ordner zu.",
            "After your holiday your inbox is overflowing. File every mail into a folder.",
        ),
        kind: Kind::Sort {
            prompt: c.t("Wohin gehört die Mail?", "Where does the mail belong?"),
            categories: vec![
                ("efile", c.t("In die E-Akte übernehmen", "Move into the e-file")),
                ("employers", c.t("Arbeitgeber und Vermittlung", "Employers and placement")),
                ("team", c.t("Team", "Team")),
                ("delete", c.t("Löschen", "Delete")),
            ],
            items,
        },
    }];

    let mut keywords = vec![
        ("kantine@jobcenter.musterstadt.de", 1.0),
        ("kantine", 1.0),
        ("canteen", 1.0),
        ("speiseplan", 1.0),
        ("menu", 1.0),
    ];
    if level <= 2 {
        keywords.push(("info", 0.5));
    }
    list.push(Task {
        title: c.t("Eine Regel einrichten", "Setting up a rule"),
        intro: c.t(
            "Die wöchentliche „Kantinen-Info“ von kantine@jobcenter.musterstadt.de soll künftig automatisch im Ordner „Newsletter“ landen.",
            "The weekly “canteen info” from kantine@jobcenter.musterstadt.de should land in the folder “Newsletter” automatically.",
        ),
        kind: Kind::Text {
            slug: "rule-keyword",
            competence: "1.3",
            mail: None,
            label: c.t(
                "Absender oder Stichwort für die Regel",
                "Sender or keyword for the rule",
            ),
            hint: c.t(
                "Wählen Sie etwas, das nur auf diese Mails zutrifft.",
                "Choose something that matches only these mails.",
            ),
            keywords,
            forbidden: Vec::new(),
            explain: c.t(
                "Am zuverlässigsten ist die Absenderadresse kantine@jobcenter.musterstadt.de oder ein eindeutiges Stichwort wie „Kantine“. Allgemeine Wörter wie „Info“ treffen auch dienstliche Mails, die dann ungelesen im Newsletter-Ordner verschwinden.",
                "Most reliable is the sender address kantine@jobcenter.musterstadt.de or a distinct keyword such as “Kantine”. General words like “info” also match work mail, which then vanishes unread into the newsletter folder.",
            ),
            lesson: c.t(
                "Regeln an eindeutigen Merkmalen festmachen.",
                "Base rules on distinct features.",
            ),
        },
    });

    let mut opts = vec![
        ("auto-reply", c.t("Abwesenheitsnotiz mit Rückkehrdatum und dem Funktionspostfach des Teams – ohne Grund der Abwesenheit", "Out-of-office note with return date and the team's shared mailbox – without the reason for the absence"), 1.0),
        ("forward-private", c.t("Alle Mails automatisch an Ihre private Adresse weiterleiten", "Forward all mail automatically to your private address"), 0.0),
        ("nothing", c.t("Keine Regel – die Mails warten, bis Sie zurück sind", "No rule – the mails wait until you are back"), 0.0),
    ];
    if level >= 2 {
        opts.push((
            "reason",
            c.t(
                "Abwesenheitsnotiz: „Ich bin bis 20.6. zur Reha und dann wieder erreichbar.“",
                "Out-of-office: “I am in rehab until 20 June and back afterwards.”",
            ),
            0.5,
        ));
    }
    list.push(choice(
        seed,
        "out-of-office",
        "4.2",
        (c.t("Vor dem Urlaub", "Before your holiday"), c.t("Sie sind zwei Wochen im Urlaub. Welche Regel ist sinnvoll?", "You are on holiday for two weeks. Which rule makes sense?")),
        opts,
        false,
        c.t(
            "Eine Abwesenheitsnotiz verweist Kundinnen, Kunden und Arbeitgeber an das Funktionspostfach, damit Fristen nicht verstreichen. Gründe wie Reha oder Krankheit sind Gesundheitsdaten und gehören nicht in eine automatische Antwort, die jede Absenderin und jeder Absender liest. Automatische Weiterleitungen an private Adressen verstoßen gegen das Sozialgeheimnis.",
            "An out-of-office note points customers and employers to the shared mailbox so deadlines are kept. Reasons such as rehab or illness are health data and do not belong in an automatic reply that every sender reads. Automatic forwarding to private addresses breaches social secrecy.",
        ),
        c.t("Abwesenheitsnotiz mit Vertretung, ohne private Gründe.", "Out-of-office with a substitute, no private reasons."),
    ));

    list.push(choice(
        seed,
        "shared-mailbox",
        "2.1",
        (c.t("Im Funktionspostfach", "In the shared mailbox"), c.t("Sie haben im Funktionspostfach „Leistung Team 3“ eine Anfrage beantwortet. Wie sehen die anderen, dass sie erledigt ist?", "You answered a request in the shared mailbox “Benefits team 3”. How do the others see it is done?")),
        vec![
            ("mark", c.t("Mail als erledigt kennzeichnen (Kategorie mit Kürzel) und in den Ordner „Erledigt“ verschieben", "Mark the mail as done (category with initials) and move it to the “Done” folder"), 1.0),
            ("unread", c.t("Als ungelesen markieren, damit sie niemand übersieht", "Mark it unread so nobody misses it"), 0.0),
            ("delete", c.t("Die Mail löschen", "Delete the mail"), 0.0),
            ("chat", c.t("Im Teamchat Bescheid geben, die Mail bleibt im Posteingang", "Tell the team in chat, leave the mail in the inbox"), 0.5),
        ],
        false,
        c.t(
            "Im Funktionspostfach zeigt eine einheitliche Kennzeichnung mit Kürzel und Ablage in „Erledigt“ auf einen Blick, was bearbeitet ist – ohne Doppelarbeit und ohne dass etwas verloren geht. Löschen entfernt den Nachweis; eine Chatnachricht ist morgen vergessen.",
            "In a shared mailbox, consistent marking with initials and a “Done” folder shows at a glance what is dealt with – no double work, nothing lost. Deleting removes the record; a chat message is forgotten tomorrow.",
        ),
        c.t("Im Funktionspostfach Erledigtes kennzeichnen und ablegen.", "Mark and file finished mail in a shared mailbox."),
    ));

    if level >= 2 {
        list.push(choice(
            seed,
            "efile-not-mailbox",
            "1.3",
            (c.t("Postfach oder E-Akte?", "Mailbox or e-file?"), c.t("Ein Kunde schickt seinen Arbeitsvertrag, der die Leistung ändert. Wo bewahren Sie ihn auf?", "A customer sends his employment contract, which changes his benefits. Where do you keep it?")),
            vec![
                ("efile", c.t("In der E-Akte mit dem Aktenzeichen ablegen und die Mail danach aus dem Postfach löschen", "File it in the e-file under the reference and then delete the mail from the mailbox"), 1.0),
                ("mailbox", c.t("In einem Unterordner des Postfachs – da findet man ihn schnell", "In a mailbox subfolder – easy to find"), 0.0),
                ("desktop", c.t("Auf dem Desktop speichern, bis Zeit für die Akte ist", "Save it on the desktop until there is time for the file"), 0.0),
                ("both", c.t("In der E-Akte ablegen und die Mail zur Sicherheit dauerhaft behalten", "File it in the e-file and keep the mail permanently just in case"), 0.5),
            ],
            false,
            c.t(
                "Maßgeblich ist die E-Akte: Nur dort ist das Dokument für Vertretungen auffindbar, nachvollziehbar und mit der richtigen Aufbewahrungsfrist versehen. Zusätzliche Kopien im Postfach oder auf dem Desktop widersprechen der Datenminimierung und der Speicherbegrenzung (Art. 5 DSGVO): Für sie gilt keine Löschfrist, sie bleiben einfach liegen.",
                "The e-file is what counts: only there can substitutes find the document, and it gets the correct retention period. Extra copies in the mailbox or on the desktop go against data minimisation and storage limitation (Art. 5 GDPR): no deletion period applies to them, so they simply stay.",
            ),
            c.t("Aktenrelevantes gehört in die E-Akte, nicht ins Postfach.", "What belongs on file goes into the e-file, not the mailbox."),
        ));
    }
    list
}
