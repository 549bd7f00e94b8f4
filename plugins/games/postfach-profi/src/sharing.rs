//! Episode "weiterleiten-antworten": who may receive what – reply, reply all, forward, CC and
//! BCC under social data secrecy (§ 35 SGB I, §§ 67 ff. SGB X) and the GDPR.

use digifit_game_sdk::SeededRng;

use crate::cast::Cast;
use crate::task::{Kind, Task, choice, mail};

pub const ID: &str = "weiterleiten-antworten";

/// The tasks of the episode, in an order the seed shuffles.
pub fn tasks(c: &Cast, level: u8, seed: u64) -> Vec<Task> {
    let mut list = Vec::new();

    let mut opts = vec![
        (
            "bcc",
            c.t(
                "Alle Arbeitgeber in **BCC**, Ihre eigene Adresse in „An“",
                "All employers in **BCC**, your own address in “To”",
            ),
            1.0,
        ),
        (
            "cc",
            c.t("Alle Arbeitgeber in **CC**", "All employers in **CC**"),
            0.0,
        ),
        (
            "to",
            c.t("Alle Arbeitgeber in **An**", "All employers in **To**"),
            0.0,
        ),
    ];
    if level >= 2 {
        opts.push((
            "team-cc",
            c.t(
                "Arbeitgeber in BCC, dazu das ganze Team in CC „zur Info“",
                "Employers in BCC, plus the whole team in CC “for information”",
            ),
            0.5,
        ));
    }
    list.push(choice(
        seed,
        "bcc-employers",
        "2.1",
        (c.t("Einladung zur Jobmesse", "Job fair invitation"), c.t("Sie laden 25 Arbeitgeber aus der Region zur Jobmesse des Jobcenters ein. Wie adressieren Sie die Mail?", "You invite 25 local employers to the job centre's job fair. How do you address the mail?")),
        opts,
        false,
        c.t(
            "Mit BCC sieht niemand die Adressen der anderen – auch E-Mail-Adressen von Ansprechpersonen sind personenbezogene Daten (DSGVO), und die Arbeitgeber stehen teils im Wettbewerb. Unnötige CC an das Team füllen nur Postfächer.",
            "With BCC nobody sees the others' addresses – contact persons' e-mail addresses are personal data (GDPR), and the employers partly compete. Needless CCs to the team only fill mailboxes.",
        ),
        c.t("Rundmails an Externe in BCC senden.", "Send circulars to outsiders in BCC."),
    ));

    let mut opts = vec![
        ("fact-only", c.t("Nur mitteilen, dass Frau {kunde} vom 3. bis 14. März entschuldigt fehlt – ohne Attest und Diagnose", "Only say that Ms {kunde} is excused from 3 to 14 March – without certificate or diagnosis"), 1.0),
        ("forward", c.t("Das Attest weiterleiten, damit der Träger Bescheid weiß", "Forward the certificate so the provider knows"), 0.0),
        ("phone", c.t("Den Träger bitten, Frau {kunde} selbst nach der Krankheit zu fragen", "Ask the provider to ask Ms {kunde} about the illness themselves"), 0.0),
    ];
    if level >= 3 {
        opts.push((
            "blacken",
            c.t(
                "Das Attest weiterleiten, aber die Diagnose vorher schwärzen",
                "Forward the certificate but black out the diagnosis first",
            ),
            0.5,
        ));
    }
    list.push(
        choice(
            seed,
            "medical-certificate",
            "4.2",
            (c.t("Ein Attest und eine Anfrage", "A certificate and a request"), c.t("Der Bildungsträger fragt, warum Frau {kunde} nicht zur Maßnahme kommt. Frau {kunde} hat Ihnen das Attest unten geschickt. Was geben Sie weiter?", "The training provider asks why Ms {kunde} is not attending. Ms {kunde} sent you the certificate below. What do you pass on?")),
            opts,
            false,
            c.t(
                "Gesundheitsdaten sind besonders geschützt (Art. 9 DSGVO). Nach § 35 SGB I und §§ 67d, 69 SGB X dürfen Sie nur übermitteln, was für die Durchführung der Maßnahme erforderlich ist: dass und wie lange sie entschuldigt fehlt. Auch ein geschwärztes Attest verrät mehr als nötig (Arzt, Fachrichtung).",
                "Health data are specially protected (Art. 9 GDPR). Under § 35 SGB I and §§ 67d, 69 SGB X you may pass on only what is needed to run the measure: that she is excused, and for how long. Even a blacked-out certificate reveals more than needed (doctor, speciality).",
            ),
            c.t("Nur das Nötige weitergeben, keine Gesundheitsdaten.", "Pass on only what is needed, no health data."),
        )
        .with_mail(mail(
            c,
            "attest",
            ("{kunde}", "{kunde-mail}"),
            &c.t("Attest", "Medical certificate"),
            &c.t("Di 10:12", "Tue 10:12"),
            &c.t("Guten Tag,\n\nanbei mein Attest. Ich habe eine Depression und bin bis 14. März krankgeschrieben.\n\nFreundliche Grüße\n{kunde}", "Hello,\n\nplease find my certificate attached. I have depression and am signed off until 14 March.\n\nKind regards\n{kunde}"),
            &["Attest_Dr_Example.pdf"],
        )),
    );

    list.push(
        choice(
            seed,
            "reply-all",
            "2.1",
            (c.t("Eine Zusage zum Sommerfest", "Replying about the summer party"), c.t("Sie möchten nur {kollegin} mitteilen, dass Sie einen Salat mitbringen. Welche Funktion nutzen Sie?", "You only want to tell {kollegin} that you will bring a salad. Which function do you use?")),
            vec![
                ("reply", c.t("Antworten", "Reply"), 1.0),
                ("reply-all", c.t("Allen antworten", "Reply all"), 0.0),
                ("forward", c.t("Weiterleiten an das ganze Haus", "Forward to the whole office"), 0.0),
            ],
            false,
            c.t(
                "„Antworten“ erreicht nur {kollegin}. „Allen antworten“ schickt Ihre Nachricht an 40 Personen, die sie nicht brauchen – und bei sensiblen Themen an Menschen, die sie nicht sehen dürfen.",
                "“Reply” reaches only {kollegin}. “Reply all” sends your message to 40 people who do not need it – and on sensitive matters to people who must not see it.",
            ),
            c.t("„Allen antworten“ bewusst und sparsam einsetzen.", "Use “reply all” deliberately and sparingly."),
        )
        .with_mail(mail(
            c,
            "summer-party",
            ("{kollegin}", "{kollegin-mail}"),
            &c.t("Sommerfest: Wer bringt was mit?", "Summer party: who brings what?"),
            &c.t("Mi 14:05", "Wed 14:05"),
            &c.t("An: Team Leistung (40 Personen)\n\nLiebe Kolleginnen und Kollegen,\nbitte sagt mir kurz, was ihr mitbringt.\n{kollegin}", "To: benefits team (40 people)\n\nDear colleagues,\nplease let me know what you will bring.\n{kollegin}"),
            &[],
        )),
    );

    let mut opts = vec![
        ("decline", c.t("Freundlich ablehnen: Einsicht nur, soweit es für die eigene Aufgabe erforderlich ist", "Politely decline: access only as far as one's own task requires"), 1.0),
        ("send", c.t("Die Akte schicken – {kollegin} arbeitet ja auch im Jobcenter", "Send the file – {kollegin} works at the job centre too"), 0.0),
        ("summary", c.t("Nur eine kurze Zusammenfassung schicken", "Send just a short summary"), 0.0),
    ];
    if level >= 2 {
        opts.push((
            "ask-lead",
            c.t(
                "Erst die Teamleitung fragen und dann schicken",
                "Ask the team lead first and then send it",
            ),
            0.25,
        ));
    }
    list.push(
        choice(
            seed,
            "curious-colleague",
            "4.2",
            (c.t("Eine Bitte aus dem Haus", "A request from within"), c.t("Wie reagieren Sie auf diese Mail?", "How do you respond to this mail?")),
            opts,
            false,
            c.t(
                "Auch intern gilt das Sozialgeheimnis (§ 35 SGB I): Zugriff nur, wenn es für die Aufgabe erforderlich ist (§ 67c SGB X). Neugier oder Nachbarschaft sind kein Grund – auch keine Teamleitung kann das erlauben. Eine freundliche, klare Absage schützt Frau {kunde} – und auch {kollegin}.",
                "Social secrecy applies internally too (§ 35 SGB I): access only where the task requires it (§ 67c SGB X). Curiosity or being neighbours is no reason – no team lead can allow it either. A friendly, clear refusal protects Ms {kunde} – and {kollegin} too.",
            ),
            c.t("Sozialdaten auch intern nur bei dienstlicher Erforderlichkeit teilen.", "Share social data internally only where the job requires it."),
        )
        .with_mail(mail(
            c,
            "curious",
            ("{kollegin}", "{kollegin-mail}"),
            &c.t("Kurze Frage zu Frau {kunde}", "Quick question about Ms {kunde}"),
            &c.t("Do 09:30", "Thu 09:30"),
            &c.t("Hi, Frau {kunde} wohnt bei mir im Haus. Kannst du mir mal ihre Akte schicken? Nur aus Interesse, bleibt unter uns.", "Hi, Ms {kunde} lives in my building. Could you send me her file? Just curious, it stays between us."),
            &[],
        )),
    );

    list.push(choice(
        seed,
        "private-forward",
        "4.2",
        (c.t("Arbeiten von zu Hause", "Working from home"), c.t("Sie möchten morgen im Homeoffice Kundenmails bearbeiten. Was ist richtig?", "You want to handle customer mails in your home office tomorrow. What is right?")),
        vec![
            ("vpn", c.t("Über den dienstlichen Fernzugang (VPN) mit dem Dienstgerät arbeiten", "Work via the official remote access (VPN) on the work device"), 1.0),
            ("gmail", c.t("Die Mails an Ihre private Adresse weiterleiten", "Forward the mails to your private address"), 0.0),
            ("usb", c.t("Die Mails auf einen privaten USB-Stick kopieren", "Copy the mails onto a private USB stick"), 0.0),
        ],
        false,
        c.t(
            "Private Postfächer und Datenträger sind für Sozialdaten tabu: Der Anbieter ist ein unbefugter Dritter, und das Jobcenter verliert die Kontrolle (Art. 5 und 32 DSGVO). Nutzen Sie nur dienstliche Wege.",
            "Private mailboxes and storage are off limits for social data: the provider is an unauthorised third party and the job centre loses control (Art. 5 and 32 GDPR). Use official channels only.",
        ),
        c.t("Dienstliche Mails nie an private Adressen weiterleiten.", "Never forward work mail to private addresses."),
    ));

    list.push(
        Task {
            title: c.t("Betreff für eine Antwort", "Subject for a reply"),
            intro: c.t(
                "Frau {kunde} fragt nach einem neuen Termin, weil sie krank war. Sie antworten per Mail.",
                "Ms {kunde} asks for a new appointment because she was ill. You reply by mail.",
            ),
            kind: Kind::Text {
                slug: "reply-subject",
                competence: "2.1",
                mail: None,
                label: c.t("Betreff Ihrer Antwort", "Subject of your reply"),
                hint: c.t(
                    "Nennen Sie die BG-Nummer 12345BG0067890 und das Anliegen – ohne Gesundheitsangaben.",
                    "Give the case number 12345BG0067890 and the matter – without health details.",
                ),
                keywords: vec![("12345BG0067890", 1.0), ("Termin", 0.5), ("appointment", 0.5)],
                forbidden: vec!["krank", "attest", "diagnos", "depress", "illness", "sick", "gesund", "health"],
                explain: c.t(
                    "Ein guter Betreff ist sachlich und eindeutig, z. B. „Ihr neuer Termin – BG-Nr. 12345BG0067890“. Die Nummer ordnet die Mail sicher zu; Gesundheitsangaben gehören nicht in den Betreff, weil er in Listen, Benachrichtigungen und Weiterleitungen sichtbar ist.",
                    "A good subject is factual and clear, e.g. “Your new appointment – case no. 12345BG0067890”. The number links the mail reliably; health details do not belong in a subject, which shows up in lists, notifications and forwards.",
                ),
                lesson: c.t(
                    "Betreffzeilen sachlich, mit Aktenzeichen, ohne sensible Daten.",
                    "Subjects factual, with the reference, without sensitive data.",
                ),
            },
        },
    );

    if level >= 2 {
        list.push(choice(
            seed,
            "lawyer-copy",
            "4.2",
            (c.t("Anfrage einer Kanzlei", "A law firm's request"), c.t("Eine Kanzlei bittet per Mail um eine Kopie des Bescheids von {kunde2}. Was tun Sie?", "A law firm asks by mail for a copy of {kunde2}'s decision. What do you do?")),
            vec![
                ("check", c.t("Vollmacht prüfen und den Bescheid über einen sicheren Weg senden (an das beA der Kanzlei, verschlüsselt oder per Post)", "Check the power of attorney and send the decision securely (to the firm's beA lawyers' mailbox, encrypted or by post)"), 1.0),
                ("plain", c.t("Den Bescheid unverschlüsselt als PDF zurückmailen", "Mail the decision back as an unencrypted PDF"), 0.0),
                ("no-check", c.t("Verschlüsselt senden, die Vollmacht aber nicht prüfen – Kanzleien sind vertrauenswürdig", "Send it encrypted but skip checking the power of attorney – law firms are trustworthy"), 0.25),
            ],
            false,
            c.t(
                "Zuerst klären, ob die Kanzlei befugt ist (Vollmacht), dann sicher übermitteln: Unverschlüsselte Mails mit Sozialdaten widersprechen Art. 32 DSGVO und § 78a SGB X. Auch Absender können gefälscht sein.",
                "First check the firm is authorised (power of attorney), then transmit securely: unencrypted mails with social data conflict with Art. 32 GDPR and § 78a SGB X. Senders can be forged, too.",
            ),
            c.t("Befugnis prüfen, dann sicher übermitteln.", "Check authority, then transmit securely."),
        ));
    }
    if level >= 3 {
        list.push(choice(
            seed,
            "wrong-recipient",
            "4.2",
            (c.t("Falsch adressiert", "Wrong address"), c.t("Die Autovervollständigung hat „m.schulz@example.org“ statt Ihres Kollegen Schulz eingesetzt – die Mail mit dem Leistungsbescheid ist raus. Was jetzt?", "Autocomplete picked “m.schulz@example.org” instead of your colleague Schulz – the mail with the benefit decision has gone. What now?")),
            vec![
                ("dpo", c.t("Sofort die Teamleitung und die oder den Datenschutzbeauftragten informieren, wie es Ihre Dienstanweisung vorsieht, und den Empfänger um Löschung bitten", "Inform your team lead and the data protection officer at once, as your local instructions say, and ask the recipient to delete it"), 1.0),
                ("ask", c.t("Nur den Empfänger um Löschung bitten – dann ist es erledigt", "Only ask the recipient to delete it – then it is settled"), 0.25),
                ("nothing", c.t("Nichts tun, die Adresse wird schon nicht existieren", "Do nothing; the address probably does not exist"), 0.0),
            ],
            false,
            c.t(
                "Eine Fehlversendung von Sozialdaten ist eine Datenschutzverletzung. Das Jobcenter als Verantwortlicher muss sie binnen 72 Stunden, nachdem es davon erfahren hat, der Aufsichtsbehörde melden, wenn ein Risiko für die Betroffenen nicht unwahrscheinlich ist (Art. 33 DSGVO), und informiert zusätzlich die Rechts- oder Fachaufsicht (§ 83a SGB X). Das bewertet es mit der oder dem Datenschutzbeauftragten – deshalb melden Sie intern sofort. Die Bitte um Löschung ist sinnvoll, ersetzt die interne Meldung aber nicht. Tipp: Autovervollständigung vor dem Senden prüfen.",
                "Sending social data to the wrong person is a data breach. The job centre, as controller, must notify the supervisory authority within 72 hours of becoming aware of it unless a risk to the people affected is unlikely (Art. 33 GDPR), and also informs its supervising ministry or authority (§ 83a SGB X). It assesses this with the data protection officer – so report internally at once. Asking for deletion is sensible but does not replace the internal report. Tip: check autocomplete before sending.",
            ),
            c.t("Fehlversendungen sofort intern melden.", "Report misdirected mail internally at once."),
        ));
    }
    SeededRng::for_purpose(seed, "sharing-order").shuffle(&mut list);
    list
}
