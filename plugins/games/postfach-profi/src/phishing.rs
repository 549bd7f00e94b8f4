//! Episode "phishing-erkennen": triage a Monday inbox, then judge attachments, links and what
//! to do after a slip.

use digifit_game_sdk::SeededRng;

use crate::cast::Cast;
use crate::task::{InboxMail, Kind, Task, choice, mail};

pub const ID: &str = "phishing-erkennen";

const HANDLE: &str = "bearbeiten";
const REPORT: &str = "melden";
const VERIFY: &str = "rueckfragen";

/// The mails a triage can show: (mail, minimum level); the first two always appear.
fn pool(c: &Cast) -> Vec<(InboxMail, u8)> {
    vec![
        (
            InboxMail {
                slug: "ceo-fraud",
                competence: "4.2",
                mail: mail(
                    c,
                    "ceo-fraud",
                    ("{chef}", "amtsleitung@jobcenter-musterstadt.com"),
                    &c.t("Dringend und vertraulich", "Urgent and confidential"),
                    &c.t("Mo 07:52", "Mon 07:52"),
                    &c.t(
                        "Guten Morgen,\n\nich sitze in einer Besprechung beim Ministerium und brauche bis 10 Uhr eine Liste aller Kundinnen und Kunden Ihres Teams mit Bankverbindung. Bitte senden Sie sie direkt an meine private Adresse und sprechen Sie mit niemandem darüber.\n\n{chef}",
                        "Good morning,\n\nI am in a meeting at the ministry and need a list of all your team's customers with bank details by 10 am. Please send it straight to my private address and do not talk to anyone about it.\n\n{chef}",
                    ),
                    &[],
                ),
                right: REPORT,
                partly: Some(VERIFY),
                explain: c.t(
                    "Klassischer CEO-Fraud: Zeitdruck, Geheimhaltung, private Adresse und eine Domain mit Bindestrich und „.com“ statt jobcenter.musterstadt.de. Sozialdaten (§ 35 SGB I) gehen nie an private Adressen. Melden Sie die Mail an die IT-Sicherheit; eine Rückfrage bei der Amtsleitung über die bekannte Durchwahl ist gut, ersetzt die Meldung aber nicht.",
                    "Classic CEO fraud: time pressure, secrecy, a private address and a domain with a hyphen and “.com” instead of jobcenter.musterstadt.de. Social data (§ 35 SGB I) never goes to private addresses. Report the mail to IT security; calling the head of office on the known number is good but does not replace the report.",
                ),
                lesson: c.t(
                    "CEO-Fraud erkennen: Zeitdruck + Geheimhaltung + fremde Domain = melden.",
                    "Spotting CEO fraud: pressure + secrecy + foreign domain = report it.",
                ),
            },
            1,
        ),
        (
            InboxMail {
                slug: "password-reset",
                competence: "4.1",
                mail: mail(
                    c,
                    "password-reset",
                    ("IT-Service", "it-service@musterstadt-login.net"),
                    &c.t("Ihr Postfach ist voll – jetzt bestätigen", "Your mailbox is full – confirm now"),
                    &c.t("Mo 08:03", "Mon 08:03"),
                    &c.t(
                        "Ihr Postfach hat 99 % erreicht. Bestätigen Sie innerhalb von 24 Stunden Ihr Kennwort unter http://musterstadt-login.net/owa, sonst werden eingehende Mails gelöscht.",
                        "Your mailbox has reached 99%. Confirm your password within 24 hours at http://musterstadt-login.net/owa, or incoming mail will be deleted.",
                    ),
                    &[],
                ),
                right: REPORT,
                partly: None,
                explain: c.t(
                    "Die IT fragt nie per Mail nach Ihrem Kennwort. Fremde Domain, Drohung und Frist sind typische Phishing-Merkmale. Nicht klicken, sondern über den Phishing-Melde-Button oder an die IT-Sicherheit melden.",
                    "IT never asks for your password by mail. Foreign domain, threat and deadline are typical phishing signs. Do not click; report it with the phishing button or to IT security.",
                ),
                lesson: c.t(
                    "Kennwort-Abfragen per Mail sind immer Phishing.",
                    "Password requests by mail are always phishing.",
                ),
            },
            1,
        ),
        (
            InboxMail {
                slug: "invoice-exe",
                competence: "4.1",
                mail: mail(
                    c,
                    "invoice-exe",
                    ("Buchhaltung", "buchhaltung@rechnungsportal.example.org"),
                    &c.t("Offene Rechnung – letzte Mahnung", "Unpaid invoice – final reminder"),
                    &c.t("Mo 08:11", "Mon 08:11"),
                    &c.t(
                        "Sehr geehrte Damen und Herren,\n\nanbei die offene Rechnung. Bitte öffnen Sie den Anhang umgehend.",
                        "Dear Sir or Madam,\n\nplease find the unpaid invoice attached. Open the attachment immediately.",
                    ),
                    &["Rechnung_0815.pdf.exe"],
                ),
                right: REPORT,
                partly: None,
                explain: c.t(
                    "Der Anhang endet auf „.exe“ – ein Programm, das sich als PDF tarnt. Der Absender ist unbekannt, und Rechnungen laufen ohnehin über die Finanzbuchhaltung, nicht über Ihr Postfach. Nicht öffnen, melden.",
                    "The attachment ends in “.exe” – a program disguised as a PDF. The sender is unknown, and invoices go through accounting anyway, not through your inbox. Do not open it; report it.",
                ),
                lesson: c.t(
                    "Doppelte Dateiendungen wie „.pdf.exe“ sind ein klares Zeichen für Schadsoftware.",
                    "Double extensions like “.pdf.exe” are a clear sign of malware.",
                ),
            },
            1,
        ),
        (
            InboxMail {
                slug: "colleague-roster",
                competence: "4.1",
                mail: mail(
                    c,
                    "colleague-roster",
                    ("{kollegin}", "{kollegin-mail}"),
                    &c.t("Vertretungsplan KW 12", "Cover rota week 12"),
                    &c.t("Mo 08:20", "Mon 08:20"),
                    &c.t(
                        "Hallo zusammen,\n\nwie in der Teambesprechung vereinbart, hier der Vertretungsplan für nächste Woche.\n\nViele Grüße\n{kollegin}",
                        "Hello all,\n\nas agreed in the team meeting, here is the cover rota for next week.\n\nBest regards\n{kollegin}",
                    ),
                    &["Vertretungsplan_KW12.xlsx"],
                ),
                right: HANDLE,
                partly: Some(VERIFY),
                explain: c.t(
                    "Bekannte interne Adresse, angekündigter Inhalt, übliches Dateiformat ohne Makros: Diese Mail können Sie normal bearbeiten. Nicht jede Mail ist verdächtig: Wer echte Mails sicher erkennt, hat den Blick frei für die auffälligen. Bei echtem Zweifel ist eine Rückfrage über einen bekannten Weg in Ordnung – hier gibt es aber keinen Anlass dafür.",
                    "Known internal address, announced content, usual file type without macros: you can handle this mail normally. Not every mail is suspicious: recognising genuine mail keeps your attention free for the odd ones. In real doubt, checking back via a known channel is fine – but here there is no cause for doubt.",
                ),
                lesson: c.t(
                    "Echte Mails erkennen: bekannte Adresse, erwarteter Inhalt.",
                    "Recognising genuine mail: known address, expected content.",
                ),
            },
            1,
        ),
        (
            InboxMail {
                slug: "customer-documents",
                competence: "4.2",
                mail: mail(
                    c,
                    "customer-documents",
                    ("{kunde}", "{kunde-mail}"),
                    &c.t("Unterlagen Weiterbewilligung", "Documents for continued benefits"),
                    &c.t("Mo 08:34", "Mon 08:34"),
                    &c.t(
                        "Guten Tag,\n\nwie am Telefon besprochen sende ich die Kontoauszüge für meinen Weiterbewilligungsantrag. Meine BG-Nummer steht im Dateinamen.\n\nMit freundlichen Grüßen\n{kunde}",
                        "Hello,\n\nas discussed on the phone, I am sending the bank statements for my application for continued benefits. My case number is in the file name.\n\nKind regards\n{kunde}",
                    ),
                    &["Kontoauszuege_12345BG0067890.pdf"],
                ),
                right: HANDLE,
                partly: Some(VERIFY),
                explain: c.t(
                    "Eine angekündigte Mail einer Kundin oder eines Kunden mit PDF-Unterlagen ist Alltag. Bearbeiten Sie sie und übernehmen Sie die Unterlagen in die E-Akte. Weisen Sie bei Gelegenheit auf sichere Wege hin, etwa den Upload im Online-Portal des Jobcenters.",
                    "An announced mail from a customer with PDF documents is everyday work. Handle it and move the documents into the e-file. Mention secure channels when you can, such as the upload in the job centre's online portal.",
                ),
                lesson: c.t(
                    "Angekündigte Kundenmails mit PDF sind in der Regel echt.",
                    "Announced customer mails with PDFs are usually genuine.",
                ),
            },
            1,
        ),
        (
            InboxMail {
                slug: "provider-bank-change",
                competence: "4.2",
                mail: mail(
                    c,
                    "provider-bank-change",
                    ("Aufwärts Bildung gGmbH", "buchhaltung@aufwaerts-bildung.example"),
                    &c.t("Neue Bankverbindung ab sofort", "New bank details with immediate effect"),
                    &c.t("Mo 09:02", "Mon 09:02"),
                    &c.t(
                        "Sehr geehrte Damen und Herren,\n\nbitte überweisen Sie die Maßnahmekosten für März ab sofort auf unser neues Konto bei der Example Bank. Die bisherige Verbindung ist gekündigt.\n\nMit freundlichen Grüßen\nBuchhaltung",
                        "Dear Sir or Madam,\n\nplease transfer the course fees for March to our new account at Example Bank with immediate effect. The old account has been closed.\n\nKind regards\nAccounting",
                    ),
                    &[],
                ),
                right: VERIFY,
                partly: Some(REPORT),
                explain: c.t(
                    "Der Absender sieht echt aus, aber geänderte Bankverbindungen sind ein häufiger Betrugsweg. Rufen Sie den Träger über die Nummer aus dem Vertrag an – nie über Kontaktdaten aus der Mail. Erst nach Bestätigung ändern.",
                    "The sender looks genuine, but changed bank details are a common fraud. Call the provider on the number from the contract – never using contact details from the mail. Change nothing until confirmed.",
                ),
                lesson: c.t(
                    "Geänderte Bankverbindungen immer über einen bekannten Weg bestätigen lassen.",
                    "Always confirm changed bank details via a known channel.",
                ),
            },
            2,
        ),
        (
            InboxMail {
                slug: "it-maintenance",
                competence: "4.1",
                mail: mail(
                    c,
                    "it-maintenance",
                    ("IT-Service Jobcenter", "it-service@jobcenter.musterstadt.de"),
                    &c.t("Wartungsfenster am Samstag", "Maintenance window on Saturday"),
                    &c.t("Mo 09:15", "Mon 09:15"),
                    &c.t(
                        "Am Samstag zwischen 8 und 14 Uhr ist das Fachverfahren wegen Wartung nicht erreichbar. Sie müssen nichts tun.\n\nIhr IT-Service",
                        "On Saturday between 8 am and 2 pm the case management system is down for maintenance. You need not do anything.\n\nYour IT service",
                    ),
                    &[],
                ),
                right: HANDLE,
                partly: Some(VERIFY),
                explain: c.t(
                    "Interne Adresse, reine Information, kein Link, keine Bitte um Daten: eine echte Mitteilung der IT.",
                    "Internal address, information only, no link, no request for data: a genuine IT notice.",
                ),
                lesson: c.t(
                    "Reine Informationsmails der IT von der internen Adresse, ohne Link und ohne Bitte um Daten, sind unbedenklich.",
                    "Information-only mails from IT's internal address, with no link and no request for data, are harmless.",
                ),
            },
            2,
        ),
        (
            InboxMail {
                slug: "staff-council-lookalike",
                competence: "4.1",
                mail: mail(
                    c,
                    "staff-council-lookalike",
                    ("Personalrat", "personalrat@jobcenter.rnusterstadt.de"),
                    &c.t("Umfrage zur Arbeitszufriedenheit", "Staff satisfaction survey"),
                    &c.t("Mo 09:40", "Mon 09:40"),
                    &c.t(
                        "Liebe Kolleginnen und Kollegen,\n\nbitte nehmen Sie bis Freitag an unserer Umfrage teil. Melden Sie sich dazu mit Ihrer Dienstkennung und Ihrem Kennwort an.\n\nIhr Personalrat",
                        "Dear colleagues,\n\nplease take part in our survey by Friday. Log in with your staff ID and password.\n\nYour staff council",
                    ),
                    &[],
                ),
                right: REPORT,
                partly: Some(VERIFY),
                explain: c.t(
                    "Genau hinsehen: „rnusterstadt“ mit „r“ und „n“ statt „m“. Echte Umfragen verlangen keine Dienstkennung samt Kennwort. Melden.",
                    "Look closely: “rnusterstadt” with “r” and “n” instead of “m”. Genuine surveys do not ask for your staff ID and password. Report it.",
                ),
                lesson: c.t(
                    "Look-alike-Domains wie „rnusterstadt“ Zeichen für Zeichen prüfen.",
                    "Check look-alike domains like “rnusterstadt” character by character.",
                ),
            },
            3,
        ),
        (
            InboxMail {
                slug: "fake-share",
                competence: "4.1",
                mail: mail(
                    c,
                    "fake-share",
                    ("{kollegin} via DocShare", "no-reply@docshare.example.org"),
                    &c.t("{kollegin} hat Ihnen „Dienstplan.pdf“ freigegeben", "{kollegin} shared “Dienstplan.pdf” with you"),
                    &c.t("Mo 10:05", "Mon 10:05"),
                    &c.t(
                        "Zum Öffnen melden Sie sich mit Ihrem Microsoft-Konto an: http://docshare.example.org/login",
                        "To open it, sign in with your Microsoft account: http://docshare.example.org/login",
                    ),
                    &[],
                ),
                right: REPORT,
                partly: Some(VERIFY),
                explain: c.t(
                    "Ein bekannter Name macht die Mail vertraut, aber Ihr Jobcenter teilt Dateien über interne Laufwerke oder freigegebene Dienste – nicht über einen unbekannten externen Dienst, der nach Ihrem Kennwort fragt. Melden – und {kollegin} ggf. telefonisch warnen.",
                    "A familiar name makes it look trustworthy, but your job centre shares files on internal drives or approved services – not through an unknown external service that asks for your password. Report it – and warn {kollegin} by phone if needed.",
                ),
                lesson: c.t(
                    "Freigabe-Mails externer Dienste mit Anmeldeseite sind Phishing.",
                    "Share notices from external services with a login page are phishing.",
                ),
            },
            3,
        ),
    ]
}

/// The tasks of the episode.
pub fn tasks(c: &Cast, level: u8, seed: u64) -> Vec<Task> {
    let mut rng = SeededRng::for_purpose(seed, "phishing-mails");
    let count = usize::from(3 + level);
    let mut eligible: Vec<InboxMail> = pool(c)
        .into_iter()
        .filter(|(_, min)| *min <= level)
        .map(|(m, _)| m)
        .collect();
    let rest = eligible.split_off(2.min(eligible.len()));
    let mut rest = rest;
    rng.shuffle(&mut rest);
    eligible.extend(rest.into_iter().take(count.saturating_sub(2)));
    rng.shuffle(&mut eligible);
    let mut actions = vec![
        (HANDLE, c.t("Normal bearbeiten", "Handle normally")),
        (
            REPORT,
            c.t(
                "Als Phishing an die IT-Sicherheit melden",
                "Report to IT security as phishing",
            ),
        ),
    ];
    if level >= 2 {
        actions.push((
            VERIFY,
            c.t(
                "Über bekannten Weg rückfragen",
                "Verify via a known channel",
            ),
        ));
    }
    let mut list = vec![Task {
        title: c.t("Montagmorgen im Posteingang", "Monday morning in the inbox"),
        intro: c.t(
            "Sie arbeiten in der Leistungsabteilung des Jobcenters Musterstadt. Ihre interne Domain ist **jobcenter.musterstadt.de**. Wählen Sie für jede Mail, wie Sie mit ihr umgehen.",
            "You work in the benefits team of Jobcenter Musterstadt. Your internal domain is **jobcenter.musterstadt.de**. Choose how to deal with each mail.",
        ),
        kind: Kind::Inbox {
            folder: c.t("Posteingang", "Inbox"),
            mails: eligible,
            actions,
        },
    }];
    let mut attachments = vec![
        (
            "exe",
            c.t(
                "Bewerbung_Lebenslauf.pdf.exe",
                "Bewerbung_Lebenslauf.pdf.exe",
            ),
            1.0,
        ),
        (
            "zip",
            c.t(
                "Rechnung.zip – das Kennwort steht in der Mail",
                "Rechnung.zip – the password is in the mail",
            ),
            1.0,
        ),
        (
            "xlsx",
            c.t(
                "Vertretungsplan.xlsx von Ihrer Teamleitung, angekündigt",
                "Vertretungsplan.xlsx from your team lead, announced",
            ),
            0.0,
        ),
        (
            "pdf",
            c.t(
                "Bescheid_Entwurf.pdf aus dem internen Fachverfahren",
                "Bescheid_Entwurf.pdf from the internal case system",
            ),
            0.0,
        ),
    ];
    if level >= 2 {
        attachments.push((
            "docm",
            c.t(
                "Stellenangebot.docm – „Bitte Inhalte aktivieren“",
                "Stellenangebot.docm – “please enable content”",
            ),
            1.0,
        ));
    }
    if level >= 3 {
        attachments.push((
            "iso",
            c.t(
                "Lieferschein.iso eines unbekannten Paketdienstes",
                "Lieferschein.iso from an unknown parcel service",
            ),
            1.0,
        ));
    }
    list.push(choice(
        seed,
        "dangerous-attachments",
        "4.1",
        (c.t("Anhänge prüfen", "Checking attachments"), c.t("Welche dieser Anhänge sollten Sie **nicht** öffnen? Wählen Sie alle zutreffenden.", "Which of these attachments should you **not** open? Choose all that apply.")),
        attachments,
        true,
        c.t(
            "Ausführbare Dateien (.exe), Datenträgerabbilder (.iso), Archive mit mitgeschicktem Kennwort (die Virenprüfung kann sie nicht öffnen) und Office-Dateien mit Makros (.docm, „Inhalte aktivieren“) sind die häufigsten Einfallstore für Schadsoftware (BSI). Angekündigte Dateien bekannter Absender und Dokumente aus dem Fachverfahren sind unbedenklich.",
            "Executables (.exe), disk images (.iso), archives with the password in the mail (the virus scanner cannot open them) and Office files with macros (.docm, “enable content”) are the most common ways in for malware (BSI). Announced files from known senders and documents from the case system are safe.",
        ),
        c.t("Gefährliche Anhänge an Endung und Aufforderung erkennen.", "Spot dangerous attachments by their extension and request."),
    ));
    let mut links = vec![
        (
            "real",
            c.t(
                "https://portal.jobcenter.musterstadt.de/anmelden",
                "https://portal.jobcenter.musterstadt.de/anmelden",
            ),
            1.0,
        ),
        (
            "subdomain",
            c.t(
                "https://jobcenter.musterstadt.de.sicher-login.example.org/",
                "https://jobcenter.musterstadt.de.sicher-login.example.org/",
            ),
            0.0,
        ),
        (
            "prefix",
            c.t(
                "https://musterstadt.de-portal.example.org/jobcenter",
                "https://musterstadt.de-portal.example.org/jobcenter",
            ),
            0.0,
        ),
    ];
    if level >= 2 {
        links.push((
            "hyphen",
            c.t(
                "https://jobcenter-musterstadt.de/anmelden",
                "https://jobcenter-musterstadt.de/anmelden",
            ),
            0.0,
        ));
    }
    list.push(choice(
        seed,
        "real-link",
        "4.1",
        (c.t("Links prüfen", "Checking links"), c.t("Eine Mail verlinkt auf das Portal des Jobcenters. Beim Zeigen mit der Maus sehen Sie verschiedene Ziele. Welches gehört wirklich zu **musterstadt.de**?", "A mail links to the job centre's portal. Hovering shows different targets. Which one really belongs to **musterstadt.de**?")),
        links,
        false,
        c.t(
            "Entscheidend ist der Teil direkt vor dem ersten einzelnen „/“: Bei „…musterstadt.de.sicher-login.example.org“ gehört die Adresse zu example.org, bei „musterstadt.de-portal.example.org“ ebenfalls. „jobcenter-musterstadt.de“ ist eine andere Domain. Nur „portal.jobcenter.musterstadt.de“ endet auf musterstadt.de.",
            "What counts is the part right before the first single “/”: “…musterstadt.de.sicher-login.example.org” belongs to example.org, and so does “musterstadt.de-portal.example.org”. “jobcenter-musterstadt.de” is a different domain. Only “portal.jobcenter.musterstadt.de” ends in musterstadt.de.",
        ),
        c.t("Das Ziel eines Links am Domain-Ende erkennen.", "Read a link's real domain at its end."),
    ));
    if level >= 2 {
        list.push(choice(
            seed,
            "after-the-click",
            "4.1",
            (c.t("Nach dem Klick", "After the click"), c.t("Sie haben auf einen Phishing-Link geklickt und Ihr Kennwort eingegeben. Was tun Sie?", "You clicked a phishing link and entered your password. What do you do?")),
            vec![
                ("report", c.t("Sofort das Kennwort ändern und den IT-Service bzw. die IT-Sicherheit informieren", "Change the password at once and inform the IT service or IT security"), 1.0),
                ("silent", c.t("Das Kennwort ändern, aber nichts melden – es ist ja nichts passiert", "Change the password but report nothing – nothing has happened"), 0.5),
                ("wait", c.t("Abwarten, ob etwas Auffälliges passiert", "Wait and see whether anything odd happens"), 0.0),
                ("delete", c.t("Die Mail löschen, damit sie niemand sieht", "Delete the mail so nobody sees it"), 0.0),
            ],
            false,
            c.t(
                "Schnell handeln und offen melden: Die IT kann das Konto sperren, Sitzungen beenden und Kolleginnen und Kollegen warnen. Fehler passieren – Schweigen macht sie teuer. Könnten Sozialdaten betroffen sein, prüft das Jobcenter mit der oder dem Datenschutzbeauftragten, ob es die Aufsichtsbehörde nach Art. 33 DSGVO informieren muss – auch deshalb zählt Ihre sofortige Meldung.",
                "Act fast and report openly: IT can lock the account, end sessions and warn colleagues. Mistakes happen – silence makes them costly. If social data may be affected, the job centre checks with the data protection officer whether it must notify the supervisory authority under Art. 33 GDPR – one more reason why your immediate report matters.",
            ),
            c.t("Nach einem Fehlklick sofort Kennwort ändern und melden.", "After a wrong click, change the password and report it at once."),
        ));
    }
    list
}
