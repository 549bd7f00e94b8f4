//! Episode "formular-hochladen": the steps of an online application, the right form fields and
//! documents that are complete, readable and limited to what is needed (DigComp 5.2 and 2.2).

use digifit_game_sdk::{Channel, FileKind};

use crate::content::{Item, file, opt, step, they};
use crate::task::Task;
use crate::vars::Vars;

/// The items of the episode.
pub fn items(vars: &Vars) -> Vec<Item> {
    vec![
        Item {
            key: "ablauf",
            competence: "5.2",
            level: 1,
            title: ("Schritt für Schritt", "Step by step"),
            scenario: (
                "{kunde} möchte den Weiterbewilligungsantrag am Selbstbedienungs-PC im \
                 Jobcenter stellen und bittet Sie, kurz den Ablauf zu erklären.",
                "{kunde} wants to file the continuation application at the self-service PC in \
                 the job centre and asks you to explain the process briefly.",
            ),
            task: Task::Ordering {
                prompt: (
                    "Bringen Sie die Schritte in die richtige Reihenfolge.",
                    "Put the steps in the right order.",
                ),
                steps: vec![
                    step(
                        "portal",
                        1,
                        (
                            "Serviceportal über die Website des Jobcenters öffnen",
                            "Open the service portal via the job centre's website",
                        ),
                    ),
                    step(
                        "anmelden",
                        1,
                        (
                            "Mit dem Nutzerkonto anmelden (z. B. BundID)",
                            "Log in with the user account (e.g. BundID)",
                        ),
                    ),
                    step("formular", 1, ("Formular ausfüllen", "Fill in the form")),
                    step(
                        "nachweise",
                        1,
                        ("Nachweise hochladen", "Upload the evidence"),
                    ),
                    step(
                        "pruefen",
                        2,
                        (
                            "Angaben in der Zusammenfassung prüfen",
                            "Check the details in the summary",
                        ),
                    ),
                    step("absenden", 1, ("Antrag absenden", "Submit the application")),
                    step(
                        "bestaetigung",
                        2,
                        (
                            "Eingangsbestätigung ausdrucken oder im Nutzerkonto aufbewahren",
                            "Print the confirmation of receipt or keep it in the user account",
                        ),
                    ),
                    step(
                        "abmelden",
                        3,
                        (
                            "Abmelden und den Browser schließen",
                            "Log out and close the browser",
                        ),
                    ),
                ],
            },
            explain: (
                "Die Eingangsbestätigung belegt, dass und wann der Antrag eingegangen ist – \
                 wichtig für Fristen. Am gemeinsam genutzten PC gehört das Abmelden immer dazu, \
                 damit niemand Fremdes an die Sozialdaten kommt.",
                "The confirmation of receipt proves that and when the application arrived – \
                 important for deadlines. On a shared PC, logging out is always part of it, so \
                 no stranger can get at the social data.",
            ),
            lesson: (
                "Online-Anträge laufen: anmelden, ausfüllen, hochladen, prüfen, absenden, \
                 Bestätigung sichern, abmelden.",
                "Online applications go: log in, fill in, upload, check, submit, keep the \
                 confirmation, log out.",
            ),
        },
        Item {
            key: "bg-nummer",
            competence: "5.2",
            level: 1,
            title: ("Das Pflichtfeld", "The required field"),
            scenario: (
                "Das Formular fragt nach der **Nummer der Bedarfsgemeinschaft**. Auf dem letzten \
                 Bescheid von {kunde} steht oben rechts:\n\nKundennummer: {kdnr}\nNummer der \
                 Bedarfsgemeinschaft: {bg}\nDatum: 02.06.2026",
                "The form asks for the **household number (Nummer der Bedarfsgemeinschaft)**. \
                 The last decision letter of {kunde} shows at the top right:\n\nKundennummer \
                 (customer number): {kdnr}\nNummer der Bedarfsgemeinschaft: {bg}\nDatum: \
                 02.06.2026",
            ),
            task: Task::Input {
                label: (
                    "Nummer der Bedarfsgemeinschaft",
                    "Household number (Nummer der Bedarfsgemeinschaft)",
                ),
                hint: (
                    "Genau so, wie sie im Bescheid steht",
                    "Exactly as it appears in the letter",
                ),
                right: vec![vars.bg.to_lowercase()],
                half: Vec::new(),
                shown: vars.bg.clone(),
            },
            explain: (
                "Die Nummer der Bedarfsgemeinschaft enthält die Buchstaben „BG“; die \
                 Kundennummer ist eine andere Nummer. Mit der richtigen Nummer wird der Antrag \
                 ohne Rückfragen zugeordnet.",
                "The household number contains the letters “BG”; the customer number is a \
                 different one. With the right number the application is assigned without \
                 queries.",
            ),
            lesson: (
                "Formularfelder genau mit dem Bescheid abgleichen – Kundennummer und \
                 BG-Nummer nicht verwechseln.",
                "Match form fields exactly with the letter – don't mix up customer number and \
                 household number.",
            ),
        },
        Item {
            key: "aenderungen",
            competence: "5.2",
            level: 2,
            title: (
                "Änderungen seit dem letzten Antrag",
                "Changes since the last application",
            ),
            scenario: (
                "Das Formular fragt: „Hat sich seit dem letzten Antrag etwas geändert?“ {kunde} \
                 arbeitet seit Juni in einem Minijob und meint, das sei ja nur wenig Geld.",
                "The form asks: “Has anything changed since the last application?” {kunde} has \
                 had a mini-job since June and thinks it is only a little money.",
            ),
            task: Task::Choice {
                prompt: ("Was raten Sie?", "What do you advise?"),
                multiple: false,
                options: vec![
                    opt(
                        "angeben",
                        1.0,
                        2,
                        (
                            "„Ja“ wählen, den Minijob angeben und die Lohnabrechnung hochladen",
                            "Choose “yes”, state the mini-job and upload the payslip",
                        ),
                        (
                            "Jedes Einkommen gehört in den Antrag. Welche Freibeträge gelten, \
                             rechnet das Jobcenter aus.",
                            "Every income belongs in the application. The job centre works out \
                             which allowances apply.",
                        ),
                    ),
                    opt(
                        "nein",
                        0.0,
                        2,
                        (
                            "„Nein“ wählen – ein Minijob zählt nicht",
                            "Choose “no” – a mini-job does not count",
                        ),
                        (
                            "Falsch – verschwiegenes Einkommen führt zu Rückforderungen und \
                             kann ein Bußgeld nach sich ziehen.",
                            "Wrong – concealed income leads to repayments and can bring a fine.",
                        ),
                    ),
                    opt(
                        "sonstiges",
                        0.5,
                        2,
                        (
                            "„Nein“ wählen und den Minijob unter „Sonstige Bemerkungen“ erwähnen",
                            "Choose “no” and mention the mini-job under “other remarks”",
                        ),
                        (
                            "Ehrlich, aber widersprüchlich: Die Sachbearbeitung muss nachfragen, \
                             und das verzögert die Bewilligung.",
                            "Honest but contradictory: the caseworker has to ask, which delays \
                             the decision.",
                        ),
                    ),
                    opt(
                        "spaeter",
                        0.0,
                        3,
                        (
                            "Erst einmal weglassen und nachmelden, wenn das Jobcenter fragt",
                            "Leave it out for now and report it if the job centre asks",
                        ),
                        (
                            "Änderungen sind unaufgefordert mitzuteilen (§ 60 SGB I).",
                            "Changes must be reported without being asked (section 60 SGB I).",
                        ),
                    ),
                ],
            },
            explain: (
                "Wer Leistungen beantragt, muss alle erheblichen Tatsachen angeben (§ 60 SGB I) – \
                 dazu gehört jedes Einkommen. Änderungen wie ein neuer Job sind außerdem \
                 unverzüglich mitzuteilen, nicht erst beim nächsten Antrag.",
                "Whoever applies for benefits must state all relevant facts (section 60 SGB I) – \
                 that includes every income. Changes such as a new job must also be reported \
                 straight away, not only with the next application.",
            ),
            lesson: (
                "Jedes Einkommen im Formular angeben; Freibeträge rechnet das Jobcenter.",
                "State every income in the form; the job centre works out allowances.",
            ),
        },
        Item {
            key: "nachweise",
            competence: "2.2",
            level: 1,
            title: ("Was kommt hoch?", "What gets uploaded?"),
            scenario: (
                "Angefordert sind: Kontoauszüge der letzten drei Monate, die aktuelle \
                 Lohnabrechnung und die neue Mietbescheinigung. {kunde} hat einen Ordner auf \
                 dem USB-Stick mitgebracht.",
                "Requested are: bank statements for the last three months, the current payslip \
                 and the new rent certificate. {kunde} has brought a folder on a USB stick.",
            ),
            task: Task::Files {
                location: ("USB-Stick / Jobcenter", "USB stick / Jobcenter"),
                actions: vec![
                    opt("hochladen", 1.0, 1, ("Hochladen", "Upload"), ("", "")),
                    opt(
                        "weglassen",
                        1.0,
                        1,
                        ("Nicht hochladen", "Don't upload"),
                        ("", ""),
                    ),
                ],
                entries: vec![
                    file(
                        "kontoauszug",
                        "Kontoauszuege_{nachname}_Apr-Jun_2026.pdf",
                        FileKind::Document,
                        "1,4 MB",
                        "01.07.2026",
                        ("hochladen", None),
                        1,
                        (
                            "angefordert und im richtigen Zeitraum. Empfänger besonders sensibler \
                             Zahlungen (z. B. an Gewerkschaft, Partei, Religionsgemeinschaft) \
                             dürfen geschwärzt werden, die Beträge nicht.",
                            "requested and for the right period. Recipients of particularly \
                             sensitive payments (e.g. to a union, party, religious community) may \
                             be blacked out, the amounts may not.",
                        ),
                    ),
                    file(
                        "lohn",
                        "Lohnabrechnung_Juni_2026_{nachname}.pdf",
                        FileKind::Document,
                        "220 KB",
                        "30.06.2026",
                        ("hochladen", None),
                        1,
                        ("angefordert und aktuell.", "requested and current."),
                    ),
                    file(
                        "miete",
                        "Mietbescheinigung_2026.pdf",
                        FileKind::Document,
                        "310 KB",
                        "15.06.2026",
                        ("hochladen", None),
                        1,
                        ("angefordert.", "requested."),
                    ),
                    file(
                        "ausweis",
                        "Personalausweis_Vorder-Rueckseite.jpg",
                        FileKind::Image,
                        "3,2 MB",
                        "12.01.2026",
                        ("weglassen", None),
                        1,
                        (
                            "nicht angefordert – die Identität ist bekannt. Ausweiskopien nur \
                             hochladen, wenn sie ausdrücklich verlangt werden.",
                            "not requested – the identity is known. Upload ID copies only when \
                             explicitly asked for.",
                        ),
                    ),
                    file(
                        "arztbrief",
                        "Arztbrief_Dr_Huber_Diagnose.pdf",
                        FileKind::Document,
                        "540 KB",
                        "03.05.2026",
                        ("weglassen", None),
                        1,
                        (
                            "Gesundheitsdaten, nicht angefordert – Datenminimierung (Art. 5 \
                             DSGVO).",
                            "health data, not requested – data minimisation (Art. 5 GDPR).",
                        ),
                    ),
                    file(
                        "alt",
                        "Lohnabrechnung_Januar_2025_{nachname}.pdf",
                        FileKind::Document,
                        "215 KB",
                        "31.01.2025",
                        ("weglassen", None),
                        2,
                        (
                            "veraltet – dieser Zeitraum wurde nicht angefordert.",
                            "outdated – this period was not requested.",
                        ),
                    ),
                    file(
                        "zeugnis",
                        "Zeugnis_Lena_Klasse7.pdf",
                        FileKind::Document,
                        "180 KB",
                        "24.07.2026",
                        ("weglassen", None),
                        3,
                        (
                            "Daten des Kindes, für diesen Antrag nicht nötig.",
                            "the child's data, not needed for this application.",
                        ),
                    ),
                    file(
                        "foto",
                        "IMG_4711.HEIC",
                        FileKind::Image,
                        "4,8 MB",
                        "30.06.2026",
                        ("weglassen", None),
                        3,
                        (
                            "ein unscharfes Handyfoto der Lohnabrechnung, die als PDF schon \
                             vorliegt – doppelt und im Format HEIC meist nicht zulässig.",
                            "a blurred phone photo of the payslip that is already there as PDF \
                             – duplicate, and HEIC is usually not accepted.",
                        ),
                    ),
                ],
            },
            explain: (
                "Hochgeladen wird, was angefordert ist – vollständig, aber nicht mehr. Jede \
                 zusätzliche Datei sind Sozialdaten, die geschützt und verwaltet werden müssen.",
                "Upload what is requested – complete, but no more. Every extra file is social \
                 data that must be protected and managed.",
            ),
            lesson: (
                "Nur angeforderte, aktuelle Nachweise hochladen – Datenminimierung.",
                "Upload only requested, current evidence – data minimisation.",
            ),
        },
        Item {
            key: "dateigroesse",
            competence: "2.2",
            level: 1,
            title: ("Datei zu groß", "File too large"),
            scenario: (
                "Das Portal nimmt PDF, JPG und PNG bis 10 MB pro Datei. Der Scan der \
                 Mietbescheinigung ist aber 38 MB groß – farbig mit 1200 dpi eingescannt.",
                "The portal accepts PDF, JPG and PNG up to 10 MB per file. But the scan of the \
                 rent certificate is 38 MB – scanned in colour at 1200 dpi.",
            ),
            task: Task::Choice {
                prompt: ("Was tun Sie?", "What do you do?"),
                multiple: false,
                options: vec![
                    opt(
                        "neu-scannen",
                        1.0,
                        1,
                        (
                            "Mit 200–300 dpi in Graustufen neu scannen und prüfen, ob alles \
                             lesbar ist",
                            "Rescan at 200–300 dpi in greyscale and check that everything is \
                             readable",
                        ),
                        (
                            "Das reicht für Dokumente völlig und ergibt meist unter 1 MB.",
                            "That is plenty for documents and usually gives less than 1 MB.",
                        ),
                    ),
                    opt(
                        "zip",
                        0.0,
                        1,
                        (
                            "Die Datei als ZIP-Archiv packen",
                            "Pack the file as a ZIP archive",
                        ),
                        (
                            "ZIP ist nicht zugelassen und macht Scans kaum kleiner.",
                            "ZIP is not accepted and hardly shrinks scans.",
                        ),
                    ),
                    opt(
                        "privatmail",
                        0.0,
                        1,
                        (
                            "Die Datei per privater E-Mail an Ihr dienstliches Postfach schicken \
                             lassen",
                            "Have the file sent by private e-mail to your work mailbox",
                        ),
                        (
                            "Unverschlüsselte Mails mit Sozialdaten umgehen den sicheren Weg; \
                             das Sozialgeheimnis (§ 35 SGB I) gilt auch hier.",
                            "Unencrypted mails with social data bypass the secure channel; \
                             social data secrecy (section 35 SGB I) applies here too.",
                        ),
                    ),
                    opt(
                        "aufteilen",
                        0.5,
                        2,
                        (
                            "Die PDF in einzelne Seiten aufteilen, bis jede unter 10 MB ist",
                            "Split the PDF into single pages until each is under 10 MB",
                        ),
                        (
                            "Klappt, aber das Dokument wird zerstückelt und schwer zuzuordnen.",
                            "Works, but the document gets fragmented and is hard to assign.",
                        ),
                    ),
                    opt(
                        "online-komprimieren",
                        0.25,
                        3,
                        (
                            "Die Datei bei einem kostenlosen Online-Komprimierer hochladen",
                            "Upload the file to a free online compressor",
                        ),
                        (
                            "Dann liegen Sozialdaten bei einem unbekannten Dienst. Besser eine \
                             Funktion auf dem eigenen Gerät nutzen.",
                            "Then social data sits with an unknown service. Better use a \
                             function on your own device.",
                        ),
                    ),
                ],
            },
            explain: (
                "Für Nachweise genügen Graustufen mit 200–300 dpi. Komprimieren Sie lieber auf \
                 dem eigenen Gerät als bei fremden Online-Diensten.",
                "Greyscale at 200–300 dpi is enough for evidence. Compress on your own device \
                 rather than with outside online services.",
            ),
            lesson: (
                "Große Scans mit passender Auflösung neu erzeugen, statt Umwege über fremde \
                 Dienste.",
                "Recreate large scans at a suitable resolution instead of detours via outside \
                 services.",
            ),
        },
        Item {
            key: "lesbarkeit",
            competence: "2.2",
            level: 1,
            title: ("Foto statt Scan", "A photo instead of a scan"),
            scenario: (
                "{kunde} hat keinen Scanner und fotografiert die Mietbescheinigung mit dem \
                 Handy.",
                "{kunde} has no scanner and photographs the rent certificate with the phone.",
            ),
            task: Task::Choice {
                prompt: (
                    "Worauf achten Sie vor dem Hochladen? Wählen Sie alle passenden.",
                    "What do you check before uploading? Pick all that apply.",
                ),
                multiple: true,
                options: vec![
                    opt(
                        "vollstaendig",
                        1.0,
                        1,
                        (
                            "Alle Seiten und Ränder sind vollständig zu sehen",
                            "All pages and edges are fully visible",
                        ),
                        (
                            "Abgeschnittene Angaben führen zu Nachforderungen.",
                            "Cut-off details lead to requests for more.",
                        ),
                    ),
                    opt(
                        "scharf",
                        1.0,
                        1,
                        (
                            "Der Text ist scharf, ohne Schatten und Spiegelungen",
                            "The text is sharp, without shadows or glare",
                        ),
                        (
                            "Nur lesbare Nachweise können bearbeitet werden.",
                            "Only readable evidence can be processed.",
                        ),
                    ),
                    opt(
                        "richtig",
                        1.0,
                        1,
                        (
                            "Es ist das angeforderte Dokument für den richtigen Zeitraum",
                            "It is the requested document for the right period",
                        ),
                        (
                            "Ein falscher Zeitraum kostet eine Runde Post.",
                            "A wrong period costs a round of letters.",
                        ),
                    ),
                    opt(
                        "filter",
                        0.0,
                        1,
                        (
                            "Mit einem Foto-Filter wirkt es freundlicher",
                            "A photo filter makes it look nicer",
                        ),
                        (
                            "Filter verfälschen eher und helfen der Lesbarkeit nicht.",
                            "Filters rather distort and don't help readability.",
                        ),
                    ),
                    opt(
                        "alles-dazu",
                        0.0,
                        1,
                        (
                            "Gleich alle anderen Unterlagen mitfotografieren, falls etwas fehlt",
                            "Photograph all other papers as well, in case something is missing",
                        ),
                        (
                            "Das widerspricht der Datenminimierung.",
                            "That contradicts data minimisation.",
                        ),
                    ),
                    opt(
                        "dateiname",
                        1.0,
                        2,
                        (
                            "Die Datei hat einen verständlichen Namen, z. B. \
                             Mietbescheinigung_2026.pdf",
                            "The file has a clear name, e.g. Mietbescheinigung_2026.pdf",
                        ),
                        (
                            "So lässt sich der Nachweis sicher zuordnen.",
                            "That way the evidence can be assigned reliably.",
                        ),
                    ),
                    opt(
                        "galerie",
                        0.0,
                        3,
                        (
                            "Das Foto kann danach in der Handy-Galerie bleiben",
                            "The photo can stay in the phone's gallery afterwards",
                        ),
                        (
                            "Fotos in der Galerie landen oft automatisch in Cloud-Diensten; \
                             danach besser löschen.",
                            "Gallery photos often go automatically to cloud services; better \
                             delete them afterwards.",
                        ),
                    ),
                ],
            },
            explain: (
                "Eine Scan-Funktion (z. B. in der Kamera- oder Notizen-App) richtet das Bild \
                 gerade aus und erzeugt ein gut lesbares PDF.",
                "A scan function (e.g. in the camera or notes app) straightens the image and \
                 produces a readable PDF.",
            ),
            lesson: (
                "Vor dem Hochladen prüfen: vollständig, lesbar, das richtige Dokument.",
                "Before uploading check: complete, readable, the right document.",
            ),
        },
        Item {
            key: "datensparsam",
            competence: "2.2",
            level: 1,
            title: ("Einfach alles schicken?", "Just send everything?"),
            scenario: (
                "Beim Hochladen fragt {kunde}:",
                "While uploading, {kunde} asks:",
            ),
            task: Task::Dialogue {
                channel: Channel::InPerson,
                lines: vec![they((
                    "Soll ich nicht einfach die Kontoauszüge vom ganzen Jahr hochladen? Dann \
                     haben Sie alles und fragen nicht wieder nach.",
                    "Shouldn't I just upload the bank statements for the whole year? Then you \
                     have everything and won't ask again.",
                ))],
                replies: vec![
                    opt(
                        "nur-angefordert",
                        1.0,
                        1,
                        (
                            "Nein, bitte nur die angeforderten drei Monate. Mehr braucht das \
                             Jobcenter nicht. Empfänger sensibler Zahlungen, etwa an eine \
                             Partei oder Gewerkschaft, dürfen Sie schwärzen – die Beträge bleiben \
                             sichtbar.",
                            "No, please only the three months requested. The job centre needs no \
                             more. You may black out recipients of sensitive payments, such as to \
                             a party or union – the amounts stay visible.",
                        ),
                        (
                            "Richtig und respektvoll erklärt: nur das Nötige.",
                            "Correct and respectfully explained: only what is needed.",
                        ),
                    ),
                    opt(
                        "alles",
                        0.0,
                        1,
                        (
                            "Ja, gern – je mehr, desto besser.",
                            "Yes, please – the more the better.",
                        ),
                        (
                            "Mehr Daten als nötig zu erheben verstößt gegen die Datenminimierung \
                             (Art. 5 DSGVO, § 67a SGB X).",
                            "Collecting more data than needed violates data minimisation \
                             (Art. 5 GDPR, section 67a SGB X).",
                        ),
                    ),
                    opt(
                        "nie",
                        0.0,
                        1,
                        (
                            "Kontoauszüge müssen Sie eigentlich nie vorlegen.",
                            "You never really have to show bank statements.",
                        ),
                        (
                            "Falsch – das Jobcenter darf Kontoauszüge im Rahmen der Mitwirkung \
                             anfordern.",
                            "Wrong – the job centre may request bank statements as part of the \
                             duty to cooperate.",
                        ),
                    ),
                    opt(
                        "messenger",
                        0.0,
                        2,
                        (
                            "Schicken Sie sie mir einfach per Messenger aufs Handy, ich lade sie \
                             dann hoch.",
                            "Just send them to my phone by messenger, I'll upload them.",
                        ),
                        (
                            "Private Messenger sind kein zulässiger Weg für Sozialdaten \
                             (§ 35 SGB I, §§ 67 ff. SGB X).",
                            "Private messengers are no permitted channel for social data \
                             (section 35 SGB I, sections 67 ff. SGB X).",
                        ),
                    ),
                ],
            },
            explain: (
                "Das Jobcenter darf nur die Daten erheben, die es für die Entscheidung braucht. \
                 Weniger hochladen heißt auch: weniger Risiko für {kunde}.",
                "The job centre may only collect the data it needs for the decision. Uploading \
                 less also means less risk for {kunde}.",
            ),
            lesson: (
                "Nur angeforderte Zeiträume hochladen; Schwärzen sensibler Empfänger ist erlaubt.",
                "Upload only the requested periods; blacking out sensitive recipients is \
                 allowed.",
            ),
        },
    ]
}
