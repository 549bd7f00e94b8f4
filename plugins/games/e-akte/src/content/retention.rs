//! Episode "versionen-und-fristen": versions of a cooperation plan, working copies, retention
//! periods and deletion under the GDPR and § 84 SGB X.

use super::{entry, file, opt};
use crate::cast::Cast;
use crate::item::{Item, Task};

/// The items of the episode; the last one only from level 2.
pub fn items(c: &Cast) -> Vec<Item> {
    vec![
        version_order(c),
        binding_version(c),
        retention(c),
        why_delete(c),
        working_copies(c),
        edit_in_place(c),
        deletion_record(c),
    ]
}

fn version_order(c: &Cast) -> Item {
    Item {
        slug: "version-order",
        competence: "1.3",
        min_level: 1,
        heading: c.t(
            "Fassungen eines Kooperationsplans",
            "Drafts of a cooperation plan",
        ),
        scenario: c.t(
            &format!(
                "Für {} liegen mehrere Fassungen des Kooperationsplans in der E-Akte. {} \
                 ({}) bittet Sie, die Versionsgeschichte nachzuvollziehen.",
                c.customer, c.colleague, c.colleague_role
            ),
            &format!(
                "There are several drafts of the cooperation plan for {} in the e-file. {} \
                 ({}) asks you to trace the version history.",
                c.customer, c.colleague, c.colleague_role
            ),
        ),
        task: Task::Order {
            prompt: c.t(
                "Ordnen Sie die Versionen von der ältesten zur neuesten.",
                "Order the versions from oldest to newest.",
            ),
            steps: vec![
                (
                    "v01",
                    c.t(
                        "0.1 – Entwurf nach dem Erstgespräch",
                        "0.1 – draft after the first meeting",
                    ),
                    1,
                ),
                (
                    "v02",
                    c.t(
                        "0.2 – Ziele im zweiten Gespräch abgestimmt",
                        "0.2 – goals agreed in the second meeting",
                    ),
                    2,
                ),
                (
                    "v03",
                    c.t(
                        "0.3 – Anmerkungen der Teamleitung eingearbeitet",
                        "0.3 – comments of the team lead included",
                    ),
                    3,
                ),
                (
                    "v10",
                    c.t(
                        "1.0 – gemeinsam abgeschlossen, freigegeben",
                        "1.0 – finalised together, approved",
                    ),
                    1,
                ),
                (
                    "v11",
                    c.t(
                        "1.1 – Fortschreibung nach sechs Monaten",
                        "1.1 – updated after six months",
                    ),
                    1,
                ),
            ],
        },
        why: c.t(
            "Versionsnummern erzählen die Geschichte eines Dokuments: 0.x sind Entwürfe, 1.0 \
             ist die erste freigegebene Fassung, 1.1 eine spätere Fortschreibung. So ist \
             jederzeit nachvollziehbar, welche Fassung wann galt.",
            "Version numbers tell a document's history: 0.x are drafts, 1.0 is the first \
             approved version, 1.1 a later update. So it is always clear which version applied \
             when.",
        ),
        went_well: c.t(
            "Sie lesen Versionsgeschichten sicher.",
            "You read version histories confidently.",
        ),
        to_learn: c.t(
            "0.x = Entwurf, 1.0 = freigegeben, 1.1 = Fortschreibung.",
            "0.x = draft, 1.0 = approved, 1.1 = update.",
        ),
    }
}

fn binding_version(c: &Cast) -> Item {
    Item {
        slug: "binding-version",
        competence: "1.3",
        min_level: 1,
        heading: c.t("Welche Fassung gilt?", "Which version applies?"),
        scenario: c.t(
            &format!(
                "{} ruft an und bittet um eine Kopie des aktuell gültigen Kooperationsplans.",
                c.customer
            ),
            &format!(
                "{} calls and asks for a copy of the cooperation plan that currently applies.",
                c.customer
            ),
        ),
        task: Task::Choice {
            prompt: c.t("Welche Datei schicken Sie?", "Which file do you send?"),
            multiple: false,
            options: vec![
                opt(
                    "released",
                    c.t(
                        "E-Akte: Kooperationsplan, Version 1.1, Status „freigegeben“",
                        "E-file: cooperation plan, version 1.1, status “approved”",
                    ),
                    true,
                    1,
                ),
                opt(
                    "final",
                    c.t(
                        "Laufwerk H: „Kooperationsplan_FINAL_neu.docx“",
                        "Drive H: “Kooperationsplan_FINAL_neu.docx”",
                    ),
                    false,
                    1,
                ),
                opt(
                    "draft",
                    c.t(
                        "E-Akte: Kooperationsplan, Version 1.2, Status „Entwurf“",
                        "E-file: cooperation plan, version 1.2, status “draft”",
                    ),
                    false,
                    2,
                ),
                opt(
                    "mail",
                    c.t(
                        "Den Anhang aus Ihrer Mail an die Teamleitung vom Frühjahr",
                        "The attachment from your mail to the team lead in spring",
                    ),
                    false,
                    1,
                ),
                opt(
                    "v10",
                    c.t(
                        "E-Akte: Kooperationsplan, Version 1.0, Status „freigegeben“",
                        "E-file: cooperation plan, version 1.0, status “approved”",
                    ),
                    false,
                    3,
                ),
            ],
        },
        why: c.t(
            "Maßgeblich ist die neueste **freigegebene** Version in der E-Akte als führendem \
             System. Ein späterer Entwurf gilt noch nicht, und Dateien auf persönlichen \
             Laufwerken oder in Mails sind Kopien ohne Gewähr, dass sie aktuell sind.",
            "What counts is the newest **approved** version in the e-file, the system of record. \
             A later draft does not apply yet, and files on personal drives or in mails are \
             copies with no guarantee of being current.",
        ),
        went_well: c.t(
            "Sie erkennen die gültige Fassung am Status in der E-Akte.",
            "You recognise the valid version by its status in the e-file.",
        ),
        to_learn: c.t(
            "Gültig ist die neueste freigegebene Version in der E-Akte – nicht „final“ im Namen.",
            "Valid is the newest approved version in the e-file – not “final” in a name.",
        ),
    }
}

fn retention(c: &Cast) -> Item {
    let meta = |until: &str, note: &str| {
        vec![
            (c.t("Aufbewahrung bis", "Keep until"), until.to_owned()),
            (c.t("Hinweis", "Note"), note.to_owned()),
        ]
    };
    let closed = c.t("Leistung beendet", "benefits ended");
    let running = c.t("laufender Bezug", "receiving benefits");
    let court = c.t(
        "Klage beim Sozialgericht anhängig",
        "appeal pending at the social court",
    );
    let objection = c.t("Widerspruch offen", "objection pending");
    Item {
        slug: "retention-periods",
        competence: "4.2",
        min_level: 1,
        heading: c.t("Fristen prüfen", "Checking periods"),
        scenario: c.t(
            "Heute ist Montag, der 16.11.2026. Die E-Akte meldet Akten, deren \
             Aufbewahrungsfrist geprüft werden muss. Die Fristen ergeben sich aus der \
             (fiktiven) Aufbewahrungsregelung des Jobcenters Musterstadt.",
            "Today is Monday, 16 November 2026. The e-file lists files whose retention period \
             must be checked. The periods come from the (fictitious) retention rules of \
             Jobcenter Musterstadt.",
        ),
        task: Task::Sort {
            prompt: c.t(
                "Wählen Sie für jede Akte die passende Aktion.",
                "Choose the right action for each file.",
            ),
            location: Some(c.t("E-Akte / Fristenkontrolle", "E-file / Retention check")),
            categories: vec![
                ("keep", c.t("Weiter aufbewahren", "Keep")),
                (
                    "delete",
                    c.t("Zur Löschung freigeben", "Release for deletion"),
                ),
                (
                    "hold",
                    c.t(
                        "Löschung aussetzen (Verfahren läuft)",
                        "Suspend deletion (proceedings pending)",
                    ),
                ),
            ],
            entries: vec![
                file(
                    "bg-4711",
                    "36100BG0004711".to_owned(),
                    "delete",
                    1,
                    "03.01.2016".to_owned(),
                    meta("31.12.2025", &closed),
                ),
                file(
                    "bg-5820",
                    "36100BG0005820".to_owned(),
                    "keep",
                    1,
                    "12.05.2024".to_owned(),
                    meta("31.12.2034", &running),
                ),
                file(
                    "bg-3310",
                    "36100BG0003310".to_owned(),
                    "hold",
                    2,
                    "20.02.2015".to_owned(),
                    meta("31.12.2024", &court),
                ),
                file(
                    "bg-6002",
                    "36100BG0006002".to_owned(),
                    "keep",
                    2,
                    "01.09.2020".to_owned(),
                    meta("31.12.2030", &closed),
                ),
                file(
                    "bg-2105",
                    "36100BG0002105".to_owned(),
                    "delete",
                    3,
                    "15.07.2015".to_owned(),
                    meta("30.06.2026", &closed),
                ),
                file(
                    "bg-2977",
                    "36100BG0002977".to_owned(),
                    "hold",
                    3,
                    "11.11.2015".to_owned(),
                    meta("31.12.2025", &objection),
                ),
            ],
        },
        why: c.t(
            "Ist die Aufbewahrungsfrist abgelaufen, werden Sozialdaten gelöscht (Art. 17 DSGVO, \
             § 84 SGB X). Läuft aber noch ein Widerspruchs- oder Klageverfahren, wird die \
             Löschung ausgesetzt und die Verarbeitung eingeschränkt, bis es abgeschlossen ist. \
             Akten mit Frist in der Zukunft bleiben – auch wenn die Leistung beendet ist.",
            "Once the retention period has ended, social data are deleted (Art. 17 GDPR, § 84 \
             SGB X). If an objection or court case is still pending, deletion is suspended and \
             processing restricted until it is closed. Files with a period in the future stay – \
             even if the benefits have ended.",
        ),
        went_well: c.t(
            "Sie setzen Aufbewahrungs- und Löschfristen korrekt um.",
            "You apply retention and deletion periods correctly.",
        ),
        to_learn: c.t(
            "Frist abgelaufen → löschen; Verfahren offen → aussetzen; Frist läuft → aufbewahren.",
            "Period over → delete; proceedings pending → suspend; period running → keep.",
        ),
    }
}

fn why_delete(c: &Cast) -> Item {
    Item {
        slug: "why-delete",
        competence: "4.2",
        min_level: 1,
        heading: c.t("Warum überhaupt löschen?", "Why delete at all?"),
        scenario: c.t(
            &format!(
                "{} meint: „Wir haben doch genug Speicher. Warum löschen wir alte Akten \
                 überhaupt? Vielleicht braucht man sie ja noch.“",
                c.colleague
            ),
            &format!(
                "{} says: “We have plenty of storage. Why delete old files at all? Someone might \
                 still need them.”",
                c.colleague
            ),
        ),
        task: Task::Choice {
            prompt: c.t("Was antworten Sie?", "What do you answer?"),
            multiple: false,
            options: vec![
                opt(
                    "law",
                    c.t(
                        "Personenbezogene Daten dürfen nur so lange gespeichert werden, wie es \
                         für den Zweck erforderlich ist – danach müssen sie gelöscht werden.",
                        "Personal data may be kept only as long as the purpose requires – then \
                         they must be deleted.",
                    ),
                    true,
                    1,
                ),
                opt(
                    "space",
                    c.t(
                        "Um Speicherplatz und Kosten zu sparen.",
                        "To save storage space and costs.",
                    ),
                    false,
                    1,
                ),
                opt(
                    "request",
                    c.t(
                        "Nur wenn die betroffene Person die Löschung ausdrücklich verlangt.",
                        "Only if the customer expressly asks for deletion.",
                    ),
                    false,
                    1,
                ),
                opt(
                    "optional",
                    c.t(
                        "Löschen ist eine Empfehlung; wer unsicher ist, behält lieber alles.",
                        "Deleting is a recommendation; if unsure, keep everything.",
                    ),
                    false,
                    2,
                ),
                opt(
                    "archive",
                    c.t(
                        "Statt zu löschen, exportieren wir alte Akten auf ein Laufwerk, dann \
                         ist es erledigt.",
                        "Instead of deleting, we export old files to a drive, which settles it.",
                    ),
                    false,
                    3,
                ),
            ],
        },
        why: c.t(
            "Das ist der Grundsatz der Speicherbegrenzung (Art. 5 Abs. 1 lit. e DSGVO); für \
             Sozialdaten regelt § 84 SGB X die Löschung. Die Pflicht gilt von sich aus, nicht \
             erst auf Antrag. Ein Export auf ein Laufwerk ist kein Löschen, sondern eine weitere \
             Kopie.",
            "This is the principle of storage limitation (Art. 5(1)(e) GDPR); for social data, \
             § 84 SGB X governs deletion. The duty applies by itself, not only on request. An \
             export to a drive is not deletion but another copy.",
        ),
        went_well: c.t(
            "Sie kennen den Grundsatz der Speicherbegrenzung.",
            "You know the principle of storage limitation.",
        ),
        to_learn: c.t(
            "Speicherbegrenzung: Was nicht mehr erforderlich ist, wird gelöscht – von Amts wegen.",
            "Storage limitation: what is no longer needed is deleted – on our own initiative.",
        ),
    }
}

fn working_copies(c: &Cast) -> Item {
    Item {
        slug: "working-copies",
        competence: "1.3",
        min_level: 1,
        heading: c.t("Arbeitskopien aufräumen", "Tidying up working copies"),
        scenario: c.t(
            &format!(
                "Vor Ihrem Urlaub räumen Sie auf. Zum Fall {} finden Sie Daten an \
                 verschiedenen Orten.",
                c.customer
            ),
            &format!(
                "Before your holiday you tidy up. For the case of {} you find data in several \
                 places.",
                c.customer
            ),
        ),
        task: Task::Sort {
            prompt: c.t(
                "Was geschieht mit jedem Fund?",
                "What happens to each find?",
            ),
            location: None,
            categories: vec![
                (
                    "efile",
                    c.t("Gehört in die E-Akte", "Belongs in the e-file"),
                ),
                (
                    "remove",
                    c.t(
                        "Löschen bzw. vernichten – liegt schon in der E-Akte",
                        "Delete or destroy – already in the e-file",
                    ),
                ),
                (
                    "never",
                    c.t(
                        "Hätte nie entstehen dürfen – entfernen und melden",
                        "Should never have existed – remove and report",
                    ),
                ),
            ],
            entries: vec![
                entry(
                    "note",
                    c.t(
                        "Ihr Vermerk über das Telefonat von gestern, nur in Word gespeichert",
                        "Your note on yesterday's phone call, only saved in Word",
                    ),
                    "efile",
                    1,
                ),
                entry(
                    "attach",
                    c.t(
                        "Lohnabrechnung als Mail-Anhang im Postfach (schon abgelegt)",
                        "Payslip as a mail attachment in the inbox (already filed)",
                    ),
                    "remove",
                    1,
                ),
                entry(
                    "usb",
                    c.t(
                        "Kopie der Akte auf einem privaten USB-Stick",
                        "Copy of the file on a private USB stick",
                    ),
                    "never",
                    1,
                ),
                entry(
                    "print",
                    c.t(
                        "Ausdruck eines Bescheidentwurfs auf dem Schreibtisch",
                        "Printout of a draft decision on the desk",
                    ),
                    "remove",
                    2,
                ),
                entry(
                    "phone",
                    c.t(
                        "Foto der Kontoauszüge auf dem privaten Handy",
                        "Photo of the bank statements on a private phone",
                    ),
                    "never",
                    3,
                ),
            ],
        },
        why: c.t(
            "Die E-Akte ist das führende System: Was zur Bearbeitung gehört, kommt hinein, und \
             Arbeitskopien werden danach gelöscht oder in der Datenschutztonne vernichtet. \
             Private Geräte und Datenträger sind für Sozialdaten tabu – solche Kopien sind \
             ein Datenschutzvorfall: entfernen und nach Ihrer Dienstanweisung melden, damit \
             geprüft werden kann, ob Daten abgeflossen sind.",
            "The e-file is the system of record: what belongs to the case goes in, and working \
             copies are then deleted or destroyed in the secure bin. Private devices and media \
             are off-limits for social data – such copies are a data protection incident: \
             remove them and report them as your local instructions say, so it can be checked \
             whether data has leaked.",
        ),
        went_well: c.t(
            "Sie halten die E-Akte vollständig und räumen Arbeitskopien auf.",
            "You keep the e-file complete and clean up working copies.",
        ),
        to_learn: c.t(
            "Alles Fallrelevante in die E-Akte, Arbeitskopien löschen, nie private Geräte.",
            "Everything about the case into the e-file, delete working copies, never private \
             devices.",
        ),
    }
}

fn edit_in_place(c: &Cast) -> Item {
    Item {
        slug: "edit-in-place",
        competence: "1.3",
        min_level: 1,
        heading: c.t("Gemeinsam an einem Vermerk", "Working on a note together"),
        scenario: c.t(
            &format!(
                "{} will Ihren Vermerk zum Fall {} ergänzen.",
                c.colleague, c.customer
            ),
            &format!(
                "{} wants to add to your note on the case of {}.",
                c.colleague, c.customer
            ),
        ),
        task: Task::Choice {
            prompt: c.t("Wie gehen Sie vor?", "How do you proceed?"),
            multiple: false,
            options: vec![
                opt(
                    "checkout",
                    c.t(
                        "Das Dokument in der E-Akte bearbeiten lassen; beim Speichern entsteht \
                         eine neue Version mit Kommentar",
                        "Let them edit the document in the e-file; saving creates a new version \
                         with a comment",
                    ),
                    true,
                    1,
                ),
                opt(
                    "download",
                    c.t(
                        "Herunterladen, ergänzen und als „Vermerk_v2_korr“ neu hochladen",
                        "Download, edit and upload again as “Vermerk_v2_korr”",
                    ),
                    false,
                    1,
                ),
                opt(
                    "mail",
                    c.t(
                        "Den Vermerk per Mail hin- und herschicken, bis er fertig ist",
                        "Mail the note back and forth until it is done",
                    ),
                    false,
                    1,
                ),
                opt(
                    "overwrite",
                    c.t(
                        "Den Text einfach überschreiben lassen; alte Fassungen braucht niemand",
                        "Simply let the text be overwritten; nobody needs old versions",
                    ),
                    false,
                    2,
                ),
                opt(
                    "comment",
                    c.t(
                        "Die Ergänzung kommt in ein neues Dokument „Ergänzung zum Vermerk“",
                        "The addition goes into a new document “Addition to the note”",
                    ),
                    false,
                    3,
                ),
            ],
        },
        why: c.t(
            "In der E-Akte bearbeitet, bleibt ein Dokument an einem Ort; jede Änderung ergibt \
             eine neue Version mit Bearbeiterin oder Bearbeiter, Zeitpunkt und Kommentar. Kopien per Mail oder \
             Download erzeugen Dubletten und Versionschaos.",
            "Edited in the e-file, a document stays in one place; every change makes a new \
             version with author, time and comment. Copies by mail or download make duplicates \
             and version chaos.",
        ),
        went_well: c.t(
            "Sie arbeiten gemeinsam im Dokument und nutzen Versionen.",
            "You work together in the document and use versions.",
        ),
        to_learn: c.t(
            "Gemeinsam im Dokument der E-Akte arbeiten – keine Kopien per Mail oder Download.",
            "Work together in the e-file's document – no copies by mail or download.",
        ),
    }
}

fn deletion_record(c: &Cast) -> Item {
    Item {
        slug: "deletion-record",
        competence: "4.2",
        min_level: 2,
        heading: c.t(
            "Was bleibt nach dem Löschen?",
            "What remains after deletion?",
        ),
        scenario: c.t(
            "Die Akte 36100BG0004711 ist zur Löschung freigegeben.",
            "File 36100BG0004711 has been released for deletion.",
        ),
        task: Task::Choice {
            prompt: c.t(
                "Was bleibt danach im System?",
                "What remains in the system afterwards?",
            ),
            multiple: false,
            options: vec![
                opt(
                    "log",
                    c.t(
                        "Ein Löschnachweis mit Aktenzeichen, Datum und Grundlage – ohne Inhalte",
                        "A deletion record with file reference, date and basis – without content",
                    ),
                    true,
                    1,
                ),
                opt(
                    "all",
                    c.t(
                        "Die ganze Akte im Papierkorb, falls jemand sie noch braucht",
                        "The whole file in the recycle bin, in case someone needs it",
                    ),
                    false,
                    1,
                ),
                opt(
                    "names",
                    c.t(
                        "Eine Liste mit Namen und Anschriften der früheren Kundinnen und Kunden",
                        "A list of the former customers' names and addresses",
                    ),
                    false,
                    2,
                ),
                opt(
                    "nothing",
                    c.t(
                        "Gar nichts – auch kein Nachweis, dass gelöscht wurde",
                        "Nothing – not even a record that it was deleted",
                    ),
                    false,
                    3,
                ),
            ],
        },
        why: c.t(
            "Die Löschung muss nachweisbar sein (Rechenschaftspflicht, Art. 5 Abs. 2 DSGVO), \
             aber der Nachweis darf die gelöschten Inhalte nicht wieder enthalten. Ein \
             Papierkorb oder Namenslisten wären eine Fortsetzung der Speicherung.",
            "Deletion must be provable (accountability, Art. 5(2) GDPR), but the record must not \
             contain the deleted content again. A recycle bin or lists of names would simply \
             continue the storage.",
        ),
        went_well: c.t(
            "Sie wissen, wie Löschung nachweisbar bleibt.",
            "You know how deletion stays provable.",
        ),
        to_learn: c.t(
            "Nach dem Löschen bleibt nur ein Löschnachweis ohne Inhalte.",
            "After deletion only a record without content remains.",
        ),
    }
}
