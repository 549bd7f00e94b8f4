//! Episode "posteingang": the scanned incoming post of the benefits team goes into the e-file –
//! file plan, naming convention, metadata, scanning steps, misfiled documents and new versions.

use super::{entry, file, opt};
use crate::cast::Cast;
use crate::item::{Item, NameRules, Task};

/// The items of the episode; the last one only from level 2.
pub fn items(c: &Cast) -> Vec<Item> {
    vec![
        routing(c),
        naming(c),
        metadata(c),
        scan_steps(c),
        misfiled(c),
        new_version(c),
        sensitive(c),
    ]
}

fn routing(c: &Cast) -> Item {
    let meta = |sender: &str| {
        vec![
            (c.t("Absender", "Sender"), sender.to_owned()),
            (c.t("Eingang", "Received"), c.received()),
        ]
    };
    let customer = c.customer.as_str();
    Item {
        slug: "file-plan",
        competence: "1.3",
        min_level: 1,
        heading: c.t("Ablage nach Aktenplan", "Filing by the file plan"),
        scenario: c.t(
            &format!(
                "Montagmorgen im Jobcenter Musterstadt. Die Scanstelle hat die Post für die \
                 Bedarfsgemeinschaft {} ({customer}) digitalisiert. Die Dokumente liegen noch \
                 im Postkorb und müssen im richtigen Register der E-Akte abgelegt werden.",
                c.bg
            ),
            &format!(
                "Monday morning at Jobcenter Musterstadt. The scanning centre has digitised the \
                 post for benefit household {} ({customer}). The documents are still in the \
                 in-tray and must be filed under the right heading of the e-file.",
                c.bg
            ),
        ),
        task: Task::Sort {
            prompt: c.t(
                "Wählen Sie für jedes Dokument das Register des Aktenplans.",
                "Choose the heading of the file plan for each document.",
            ),
            location: Some(c.t(
                &format!("E-Akte / Postkorb / {}", c.bg),
                &format!("E-file / In-tray / {}", c.bg),
            )),
            categories: vec![
                (
                    "antrag",
                    c.t(
                        "20.1 Antrag und Weiterbewilligung",
                        "20.1 Application and renewal",
                    ),
                ),
                (
                    "einkommen",
                    c.t("20.3 Einkommen und Vermögen", "20.3 Income and assets"),
                ),
                (
                    "kdu",
                    c.t(
                        "20.4 Kosten der Unterkunft und Heizung",
                        "20.4 Housing and heating costs",
                    ),
                ),
                (
                    "integration",
                    c.t("30.2 Integration und Eingliederung", "30.2 Integration"),
                ),
                (
                    "widerspruch",
                    c.t("50.1 Widerspruch und Klage", "50.1 Objection and appeal"),
                ),
            ],
            entries: vec![
                file(
                    "scan-miet",
                    c.t(
                        "Scan_0311.pdf – Mietvertrag Musterstraße 5",
                        "Scan_0311.pdf – tenancy agreement Musterstraße 5",
                    ),
                    "kdu",
                    1,
                    c.received(),
                    meta(customer),
                ),
                file(
                    "scan-lohn",
                    c.t(
                        "Scan_0312.pdf – Lohnabrechnung Oktober",
                        "Scan_0312.pdf – payslip October",
                    ),
                    "einkommen",
                    1,
                    c.received(),
                    meta("Bäckerei Korn GmbH"),
                ),
                file(
                    "scan-wba",
                    c.t(
                        "Scan_0313.pdf – Weiterbewilligungsantrag",
                        "Scan_0313.pdf – renewal application",
                    ),
                    "antrag",
                    1,
                    c.received(),
                    meta(customer),
                ),
                file(
                    "scan-bew",
                    c.t(
                        "Scan_0314.pdf – Nachweis Eigenbemühungen",
                        "Scan_0314.pdf – proof of job applications",
                    ),
                    "integration",
                    1,
                    c.received(),
                    meta(customer),
                ),
                file(
                    "scan-wid",
                    c.t(
                        "Scan_0315.pdf – Schreiben „Ich lege Einspruch ein …“",
                        "Scan_0315.pdf – letter “I hereby contest …”",
                    ),
                    "widerspruch",
                    2,
                    c.received(),
                    meta(customer),
                ),
                file(
                    "scan-nk",
                    c.t(
                        "Scan_0316.pdf – Abrechnung Heizung und Wasser 2025",
                        "Scan_0316.pdf – heating and water statement 2025",
                    ),
                    "kdu",
                    2,
                    c.received(),
                    meta("Wohnbau Musterstadt eG"),
                ),
                file(
                    "scan-konto",
                    c.t(
                        "Scan_0317.pdf – Kontoauszüge Aug.–Okt.",
                        "Scan_0317.pdf – bank statements Aug–Oct",
                    ),
                    "einkommen",
                    3,
                    c.received(),
                    meta(customer),
                ),
                file(
                    "scan-av",
                    c.t(
                        "Scan_0318.pdf – Arbeitsvertrag Minijob",
                        "Scan_0318.pdf – mini-job employment contract",
                    ),
                    "einkommen",
                    3,
                    c.received(),
                    meta("Bäckerei Korn GmbH"),
                ),
            ],
        },
        why: c.t(
            "Der Aktenplan ordnet jedes Dokument nach seinem Inhalt, nicht nach dem Absender: \
             Miete, Nebenkosten und Heizung gehören zu den Kosten der Unterkunft und Heizung, \
             Lohn, Arbeitsvertrag und \
             Kontoauszüge zu Einkommen und Vermögen. Ein Schreiben, das sich gegen einen Bescheid \
             wendet, ist ein Widerspruch – auch wenn „Einspruch“ darübersteht. Nur so finden Sie \
             und Ihre Vertretung das Dokument wieder, und Fristen werden richtig überwacht.",
            "The file plan sorts every document by its content, not by its sender: rent, \
             service charges and heating belong to housing and heating costs; pay, employment contracts and bank \
             statements to income and assets. A letter that contests a decision is an objection \
             (Widerspruch), whatever it is called. Only then can you and your stand-in find it \
             again, and deadlines are tracked correctly.",
        ),
        went_well: c.t(
            "Sie legen Dokumente nach ihrem Inhalt im richtigen Register des Aktenplans ab.",
            "You file documents by their content under the right heading of the file plan.",
        ),
        to_learn: c.t(
            "Ordnen Sie nach dem Inhalt, nicht nach dem Absender – ein Blick in den Aktenplan \
             hilft bei jedem Zweifel.",
            "Sort by content, not by sender – check the file plan whenever in doubt.",
        ),
    }
}

fn naming(c: &Cast) -> Item {
    let (token, de, en) = c.doc_type;
    let shown_date = if c.level >= 3 {
        c.t(
            &format!(
                "Das Dokument ist auf den 28.10.2026 datiert, der Eingangsstempel zeigt den {}.",
                c.received()
            ),
            &format!(
                "The document is dated 28.10.2026; the receipt stamp shows {}.",
                c.received()
            ),
        )
    } else {
        c.t(
            &format!("Eingangsstempel: {}.", c.received()),
            &format!("Receipt stamp: {}.", c.received()),
        )
    };
    let hint = match c.level {
        1 => Some(c.t(
            "Namenskonvention des Jobcenters: **JJJJ-MM-TT_Dokumentart_BG-Nummer** mit dem \
             Eingangsdatum, z. B. **2026-11-03_Lohnabrechnung_36100BG0001234**.",
            "Naming convention of the job centre: **YYYY-MM-DD_DocumentType_BG-number** with the \
             date of receipt, e.g. **2026-11-03_Lohnabrechnung_36100BG0001234**.",
        )),
        2 => Some(c.t(
            "Namenskonvention: **JJJJ-MM-TT_Dokumentart_BG-Nummer** (Eingangsdatum; \
             Dokumentart wie in der Liste: Mietvertrag, Lohnabrechnung, \
             Nebenkostenabrechnung, Kontoauszug).",
            "Naming convention: **YYYY-MM-DD_DocumentType_BG-number** (date of receipt; \
             document type as in the list: Mietvertrag, Lohnabrechnung, \
             Nebenkostenabrechnung, Kontoauszug).",
        )),
        _ => None,
    };
    Item {
        slug: "file-name",
        competence: "1.3",
        min_level: 1,
        heading: c.t("Dateiname nach Konvention", "File name by the convention"),
        scenario: c.t(
            &format!(
                "Ein Scan kam ohne sprechenden Namen an („Scan_0311.pdf“). Dokumentart: **{de}**, \
                 eingereicht von {} für die Bedarfsgemeinschaft **{}**. {shown_date}",
                c.customer, c.bg
            ),
            &format!(
                "A scan arrived without a meaningful name (“Scan_0311.pdf”). It is a **{en}** \
                 (document type **{token}**) from {} for benefit household **{}**. {shown_date}",
                c.customer, c.bg
            ),
        ),
        task: Task::Name(NameRules {
            label: c.t("Neuer Dateiname", "New file name"),
            hint,
            date: c.received_iso(),
            doc_type: token,
            bg: c.bg.clone(),
        }),
        why: c.t(
            "Eine einheitliche Benennung macht Dokumente sortier- und auffindbar: Das \
             Eingangsdatum vorne sortiert chronologisch, die Dokumentart sagt, was es ist, die \
             BG-Nummer ordnet es eindeutig zu. Namen von Kundinnen und Kunden gehören nicht in \
             den Dateinamen – er taucht in Listen, Suchergebnissen und Protokollen auf.",
            "A uniform naming makes documents sortable and findable: the date of receipt in front \
             sorts by time, the document type says what it is, the BG number links it to one \
             household. Customers' names do not belong in the file name – it appears in lists, \
             search results and logs.",
        ),
        went_well: c.t(
            "Sie benennen Dokumente nach der Namenskonvention.",
            "You name documents by the naming convention.",
        ),
        to_learn: c.t(
            "Namenskonvention: JJJJ-MM-TT_Dokumentart_BG-Nummer – mit Eingangsdatum, ohne \
             Leerzeichen, Umlaute und Zusätze wie „final“.",
            "Naming convention: YYYY-MM-DD_DocumentType_BG-number – date of receipt, no spaces, \
             umlauts or additions like “final”.",
        ),
    }
}

fn metadata(c: &Cast) -> Item {
    Item {
        slug: "metadata",
        competence: "1.3",
        min_level: 1,
        heading: c.t("Metadaten vergeben", "Setting the metadata"),
        scenario: c.t(
            &format!(
                "Beim Ablegen der Lohnabrechnung von {} fragt die E-Akte nach Metadaten.",
                c.customer
            ),
            &format!(
                "When you file the payslip of {}, the e-file asks for metadata.",
                c.customer
            ),
        ),
        task: Task::Choice {
            prompt: c.t(
                "Welche Angaben tragen Sie ein? (Mehrere Antworten möglich)",
                "Which details do you enter? (Several answers possible)",
            ),
            multiple: true,
            options: vec![
                opt(
                    "az",
                    c.t("Aktenzeichen bzw. BG-Nummer", "File reference or BG number"),
                    true,
                    1,
                ),
                opt(
                    "type",
                    c.t("Dokumentart „Lohnabrechnung“", "Document type “payslip”"),
                    true,
                    1,
                ),
                opt("date", c.t("Eingangsdatum", "Date of receipt"), true, 1),
                opt(
                    "mood",
                    c.t(
                        "Schlagwort „Kunde schwierig“",
                        "Keyword “difficult customer”",
                    ),
                    false,
                    1,
                ),
                opt(
                    "diag",
                    c.t(
                        "Betreff mit der Diagnose aus dem beiliegenden Attest",
                        "Subject line with the diagnosis from the enclosed sick note",
                    ),
                    false,
                    2,
                ),
                opt(
                    "phone",
                    c.t(
                        "Private Handynummer als Schlagwort",
                        "The customer's private mobile number as a keyword",
                    ),
                    false,
                    3,
                ),
                opt(
                    "period",
                    c.t(
                        "Abrechnungszeitraum (Oktober 2026)",
                        "Pay period (October 2026)",
                    ),
                    true,
                    3,
                ),
            ],
        },
        why: c.t(
            "Metadaten sollen das Dokument beschreiben und auffindbar machen: Aktenzeichen, \
             Dokumentart, Datum und Zeitraum. Wertungen über Menschen, Gesundheitsdaten oder \
             private Kontaktdaten haben dort nichts zu suchen: Schlagworte und Betreffzeilen \
             sind in Listen und Suchen für viele sichtbar – das widerspricht der \
             Datenminimierung (Art. 5 DSGVO) und dem Sozialgeheimnis (§ 35 SGB I).",
            "Metadata should describe the document and make it findable: file reference, \
             document type, date and period. Judgements about people, health data or private \
             contact details have no place there: keywords and subject lines are visible to \
             many in lists and searches – against data minimisation (Art. 5 GDPR) and social \
             data secrecy (§ 35 SGB I).",
        ),
        went_well: c.t(
            "Sie vergeben sachliche Metadaten ohne unnötige personenbezogene Daten.",
            "You set factual metadata without needless personal data.",
        ),
        to_learn: c.t(
            "Metadaten beschreiben das Dokument – keine Wertungen, Diagnosen oder privaten \
             Kontaktdaten.",
            "Metadata describe the document – no judgements, diagnoses or private contact data.",
        ),
    }
}

fn scan_steps(c: &Cast) -> Item {
    Item {
        slug: "scan-steps",
        competence: "1.3",
        min_level: 1,
        heading: c.t("Vom Brief zur E-Akte", "From letter to e-file"),
        scenario: c.t(
            &format!(
                "{} ist neu im Team und fragt, wie ein Brief eigentlich in die E-Akte kommt.",
                c.colleague
            ),
            &format!(
                "{} is new in the team and asks how a letter actually gets into the e-file.",
                c.colleague
            ),
        ),
        task: Task::Order {
            prompt: c.t(
                "Bringen Sie die Schritte in die richtige Reihenfolge.",
                "Put the steps in the right order.",
            ),
            steps: vec![
                (
                    "open",
                    c.t(
                        "Brief öffnen und Eingangsdatum festhalten",
                        "Open the letter and record the date of receipt",
                    ),
                    1,
                ),
                ("scan", c.t("Scannen", "Scan it"), 1),
                (
                    "check",
                    c.t(
                        "Scan prüfen: vollständig und lesbar?",
                        "Check the scan: complete and legible?",
                    ),
                    2,
                ),
                (
                    "index",
                    c.t(
                        "Metadaten vergeben (Aktenzeichen, Dokumentart)",
                        "Set the metadata (file reference, document type)",
                    ),
                    1,
                ),
                (
                    "file",
                    c.t(
                        "In der E-Akte ablegen und Sachbearbeitung im Postkorb informieren",
                        "File it in the e-file and notify the officer via the in-tray",
                    ),
                    1,
                ),
                (
                    "shred",
                    c.t(
                        "Papieroriginal nach der festgelegten Frist datenschutzgerecht vernichten",
                        "Destroy the paper original securely after the set period",
                    ),
                    3,
                ),
            ],
        },
        why: c.t(
            "Erst wird der Eingang dokumentiert, dann gescannt und die Qualität geprüft – ein \
             unleserlicher Scan ersetzt kein Papier. Danach geben Metadaten dem Dokument seinen \
             Platz, und die Ablage löst die Bearbeitung aus. Das Original wird erst vernichtet, \
             wenn der Scan geprüft und die Aufbewahrungsfrist der Scanstelle abgelaufen ist \
             (ersetzendes Scannen nach BSI TR-RESISCAN und Ihrer Dienstanweisung); Originale, \
             die zurückgehören, etwa Urkunden, gehen an die Kundin oder den Kunden zurück.",
            "First the receipt is recorded, then the letter is scanned and the quality checked – \
             an illegible scan cannot replace paper. Then metadata give the document its place, \
             and filing triggers the processing. The original is destroyed only once the scan \
             has been checked and the scanning centre's holding period is over (substitute \
             scanning under BSI TR-RESISCAN and your local instructions); originals that \
             belong to the customer, such as certificates, are returned.",
        ),
        went_well: c.t(
            "Sie kennen den Weg vom Papierbrief zum geprüften Dokument in der E-Akte.",
            "You know the way from a paper letter to a checked document in the e-file.",
        ),
        to_learn: c.t(
            "Reihenfolge beim Scannen: Eingang festhalten, scannen, prüfen, indexieren, ablegen – \
             vernichten erst zum Schluss.",
            "Order of scanning: record receipt, scan, check, index, file – destroy only at the \
             end.",
        ),
    }
}

fn misfiled(c: &Cast) -> Item {
    Item {
        slug: "misfiled",
        competence: "4.2",
        min_level: 1,
        heading: c.t("Falsch abgelegt", "Misfiled"),
        scenario: c.t(
            &format!(
                "In der E-Akte von {} finden Sie die Lohnabrechnung von {} – offenbar bei der \
                 Ablage verwechselt. Die Akte war seit gestern für das ganze Leistungsteam \
                 sichtbar.",
                c.customer, c.other_customer
            ),
            &format!(
                "In the e-file of {} you find the payslip of {} – apparently mixed up when \
                 filing. The file has been visible to the whole benefits team since yesterday.",
                c.customer, c.other_customer
            ),
        ),
        task: Task::Choice {
            prompt: c.t("Was tun Sie?", "What do you do?"),
            multiple: false,
            options: vec![
                opt(
                    "move",
                    c.t(
                        "Dokument in die richtige Akte verschieben, die Fehlablage vermerken \
                         und sie nach Dienstanweisung der oder dem Datenschutzbeauftragten \
                         melden",
                        "Move the document to the right file, note the misfiling and report it \
                         to the data protection officer as the instructions require",
                    ),
                    true,
                    1,
                ),
                opt(
                    "leave",
                    c.t(
                        "Liegen lassen – es sieht ja nur das eigene Team",
                        "Leave it – only our own team can see it",
                    ),
                    false,
                    1,
                ),
                opt(
                    "delete",
                    c.t(
                        "Dokument löschen und um erneute Zusendung bitten",
                        "Delete the document and ask the customer to send it again",
                    ),
                    false,
                    1,
                ),
                opt(
                    "mail",
                    c.t(
                        "Die Lohnabrechnung per Mail an das Team schicken und fragen, wem sie \
                         gehört",
                        "Mail the payslip to the team and ask whose it is",
                    ),
                    false,
                    2,
                ),
                opt(
                    "move-quiet",
                    c.t(
                        "Dokument still in die richtige Akte verschieben – damit ist alles \
                         erledigt",
                        "Quietly move the document to the right file – that settles it",
                    ),
                    false,
                    3,
                ),
            ],
        },
        why: c.t(
            "Eine Fehlablage macht Sozialdaten für Menschen sichtbar, die sie nicht sehen \
             dürfen – eine mögliche Datenschutzverletzung. Sie wird korrigiert, dokumentiert \
             und sofort gemeldet: Das Jobcenter prüft mit der oder dem Datenschutzbeauftragten, \
             ob es die Aufsichtsbehörde nach Art. 33 DSGVO informieren muss – binnen 72 \
             Stunden, nachdem es davon erfahren hat. Löschen vernichtet einen Nachweis, und eine Rundmail \
             verbreitet die Daten weiter.",
            "Misfiling shows social data to people not entitled to see it – a possible data \
             breach. It is corrected, documented and reported at once: the job centre checks \
             with the data protection officer whether it must notify the supervisory authority \
             under Art. 33 GDPR – within 72 hours of becoming aware of it. \
             Deleting destroys evidence, and a team mail spreads the data further.",
        ),
        went_well: c.t(
            "Sie korrigieren Fehlablagen und melden sie als mögliche Datenschutzverletzung.",
            "You correct misfilings and report them as a possible data breach.",
        ),
        to_learn: c.t(
            "Fehlablage = mögliche Datenschutzverletzung: korrigieren, dokumentieren, melden.",
            "Misfiling = possible data breach: correct, document, report.",
        ),
    }
}

fn new_version(c: &Cast) -> Item {
    Item {
        slug: "new-version",
        competence: "1.3",
        min_level: 1,
        heading: c.t("Nachgereichte Unterlage", "A document sent in again"),
        scenario: c.t(
            &format!(
                "{} reicht den Mietvertrag erneut ein – diesmal mit der bisher fehlenden \
                 unterschriebenen Seite 4. Die unvollständige Fassung liegt schon in der E-Akte.",
                c.customer
            ),
            &format!(
                "{} sends the tenancy agreement again – this time with the missing signed page 4. \
                 The incomplete copy is already in the e-file.",
                c.customer
            ),
        ),
        task: Task::Choice {
            prompt: c.t("Wie legen Sie ab?", "How do you file it?"),
            multiple: false,
            options: vec![
                opt(
                    "version",
                    c.t(
                        "Als neue Version des vorhandenen Dokuments, mit Vermerk „vollständig \
                         inkl. S. 4“",
                        "As a new version of the existing document, noted “complete incl. p. 4”",
                    ),
                    true,
                    1,
                ),
                opt(
                    "copy",
                    c.t(
                        "Als zweites Dokument „Mietvertrag_neu_final“",
                        "As a second document “Mietvertrag_neu_final”",
                    ),
                    false,
                    1,
                ),
                opt(
                    "replace",
                    c.t(
                        "Alte Fassung löschen und die neue hochladen",
                        "Delete the old copy and upload the new one",
                    ),
                    false,
                    1,
                ),
                opt(
                    "paper",
                    c.t(
                        "Nur die Seite 4 auf Papier zur Akte nehmen",
                        "Keep just page 4 on paper",
                    ),
                    false,
                    2,
                ),
                opt(
                    "page",
                    c.t(
                        "Nur Seite 4 als eigenes Dokument „Seite 4“ ablegen",
                        "File page 4 alone as a document “Page 4”",
                    ),
                    false,
                    3,
                ),
            ],
        },
        why: c.t(
            "Die Versionsverwaltung der E-Akte hält fest, was wann eingegangen ist, und zeigt \
             die aktuelle Fassung zuerst. Doppelte Dokumente mit „neu“ oder „final“ stiften \
             Verwirrung, und Löschen zerstört die Nachvollziehbarkeit – die Akte muss vollständig \
             und wahr zeigen, auf welcher Grundlage entschieden wurde.",
            "The e-file's version management records what arrived when and shows the current \
             version first. Duplicates called “new” or “final” confuse, and deleting destroys \
             traceability – the file must show completely and truthfully what a decision was \
             based on.",
        ),
        went_well: c.t(
            "Sie nutzen die Versionierung der E-Akte statt Dubletten.",
            "You use the e-file's versioning instead of duplicates.",
        ),
        to_learn: c.t(
            "Nachgereichtes als neue Version ablegen – nicht als Kopie und nicht durch Löschen.",
            "File documents sent again as a new version – not as a copy, not by deleting.",
        ),
    }
}

fn sensitive(c: &Cast) -> Item {
    Item {
        slug: "mixed-envelope",
        competence: "4.2",
        min_level: 2,
        heading: c.t("Ein dicker Umschlag", "A thick envelope"),
        scenario: c.t(
            &format!(
                "{} hat „alles, was ich habe“ in einen Umschlag gesteckt. Angefordert war nur \
                 die Lohnabrechnung.",
                c.customer
            ),
            &format!(
                "{} put “everything I have” in one envelope. Only the payslip was requested.",
                c.customer
            ),
        ),
        task: Task::Sort {
            prompt: c.t(
                "Wohin gehört jedes Schriftstück?",
                "Where does each paper belong?",
            ),
            location: None,
            categories: vec![
                ("akte", c.t("In die E-Akte", "Into the e-file")),
                (
                    "protected",
                    c.t(
                        "Nur verschlossen für den Ärztlichen Dienst bzw. das Fallmanagement",
                        "Only sealed, for the medical service or case management",
                    ),
                ),
                (
                    "return",
                    c.t("Nicht speichern – zurückgeben", "Do not store – return it"),
                ),
            ],
            entries: vec![
                entry(
                    "payslip",
                    c.t("Lohnabrechnung Oktober", "Payslip for October"),
                    "akte",
                    1,
                ),
                entry(
                    "medical",
                    c.t(
                        "Entlassungsbericht einer Reha-Klinik",
                        "Discharge report of a rehab clinic",
                    ),
                    "protected",
                    1,
                ),
                entry(
                    "photos",
                    c.t("Urlaubsfotos der Familie", "Family holiday photos"),
                    "return",
                    1,
                ),
                entry(
                    "school",
                    c.t("Schulzeugnis der Tochter", "The daughter's school report"),
                    "return",
                    2,
                ),
                entry(
                    "contract",
                    c.t(
                        "Arbeitsvertrag des neuen Minijobs",
                        "Contract of the new mini-job",
                    ),
                    "akte",
                    3,
                ),
            ],
        },
        why: c.t(
            "Gespeichert wird nur, was für die Aufgabe erforderlich ist (§§ 67a, 67c SGB X, \
             Art. 5 DSGVO). Gesundheitsunterlagen sind besonders geschützt (Art. 9 DSGVO): Ein \
             Reha-Entlassungsbericht kann für Beratung und Integration wichtig sein, gehört \
             aber nicht offen in die Leistungsakte, sondern – wie Ihre Dienstanweisung es \
             vorsieht – verschlossen an den Ärztlichen Dienst oder das Fallmanagement. Was nicht gebraucht wird, wird zurückgegeben.",
            "Only what the task requires is stored (§§ 67a, 67c SGB X, Art. 5 GDPR). Health \
             records are specially protected (Art. 9 GDPR): a rehab discharge report may matter \
             for counselling and integration, but it does not belong openly in the benefits \
             file; it goes sealed to the medical service or case management, as your local \
             instructions provide. What is not needed \
             goes back to the customer.",
        ),
        went_well: c.t(
            "Sie speichern nur Erforderliches und schützen Gesundheitsdaten besonders.",
            "You store only what is needed and protect health data specially.",
        ),
        to_learn: c.t(
            "Erforderlichkeit prüfen: Nicht Angefordertes zurückgeben, Gesundheitsdaten \
             verschlossen weiterleiten.",
            "Check necessity: return what was not requested, pass on health data sealed.",
        ),
    }
}
