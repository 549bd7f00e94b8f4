//! Episode "datenpanne": recognising a data protection incident, reporting it at once, and the
//! devices and mails that cause one.

use crate::content::{Card, Episode, Item, Task, Via, opt, opt_from, say, t};

/// The episode.
pub const EPISODE: Episode = Episode {
    id: "datenpanne",
    title: t("Panne passiert", "Something went wrong"),
    summary: t(
        "Fehlversand, verlorener Stick, verdächtige Mail: Erkennen Sie Datenpannen und melden \
         Sie sie richtig.",
        "A misdirected letter, a lost stick, a suspicious mail: recognise data breaches and \
         report them properly.",
    ),
    scenario: t(
        "Ein ganz normaler Donnerstag im Jobcenter Musterstadt – und doch geht heute einiges schief. \
         Entscheidend ist nicht, dass nie ein Fehler passiert – sondern dass er sofort gemeldet \
         wird, damit das Jobcenter den Schaden begrenzen kann.",
        "An ordinary Thursday at Jobcenter Musterstadt – and yet a few things go wrong today. What matters \
         is not that no mistake ever happens – but that it is reported at once, so the job \
         centre can limit the damage.",
    ),
    minutes: 7,
    competences: &["4.2", "4.1"],
    items: &ITEMS,
};

const REPORT: &str = "Sofort intern melden – an Vorgesetzte und die oder den behördlichen \
                      Datenschutzbeauftragten, wie es Ihre Dienstanweisung vorsieht.";

const ITEMS: [Item; 8] = [
    Item {
        id: "falscher-empfaenger",
        competence: "4.2",
        min_level: 1,
        title: t("Falscher Empfänger", "Wrong recipient"),
        situation: t(
            "Sie merken: Die Autovervollständigung hat eine Mail mit dem Bescheid von {kunde} an \
             einen gleichnamigen externen Empfänger geschickt.",
            "You notice: autocomplete has sent a mail with the decision of {kunde} to an \
             external recipient with the same name.",
        ),
        task: Task::Choice {
            multiple: false,
            prompt: t("Was tun Sie?", "What do you do?"),
            options: &[
                opt(
                    "report",
                    1.0,
                    t(
                        REPORT,
                        "Report it internally at once – to your manager and the data \
                               protection officer, as your local instructions require.",
                    ),
                    t(
                        "Nur wer Bescheid weiß, kann Risiko bewerten und Fristen einhalten.",
                        "Only those who know can assess the risk and meet deadlines.",
                    ),
                ),
                opt(
                    "recall",
                    0.0,
                    t(
                        "Die Mail zurückrufen und hoffen, dass es klappt",
                        "Recall the mail and hope it works",
                    ),
                    t(
                        "Zurückrufen wirkt bei externen Empfängern meist nicht, und niemand \
                         weiß von der Panne.",
                        "Recall usually does not work for external recipients, and nobody knows \
                         about the breach.",
                    ),
                ),
                opt(
                    "wait",
                    0.0,
                    t(
                        "Abwarten, ob sich jemand beschwert",
                        "Wait and see whether anyone complains",
                    ),
                    t(
                        "Dann vergeht wertvolle Zeit: Niemand kann den Schaden begrenzen oder prüfen, ob das Jobcenter binnen 72 Stunden melden muss.",
                        "Then valuable time passes: nobody can limit the damage or check whether the job centre must report within 72 hours.",
                    ),
                ),
                opt_from(
                    2,
                    "ask-delete",
                    0.5,
                    t(
                        "Den Empfänger bitten zu löschen – mehr nicht, es ist ja geklärt",
                        "Ask the recipient to delete it – nothing more, it's sorted",
                    ),
                    t(
                        "Die Bitte ist sinnvoll, ersetzt aber nicht die interne Meldung.",
                        "The request makes sense, but it does not replace the internal report.",
                    ),
                ),
            ],
        },
        background: t(
            "Eine Datenpanne ist jede Verletzung der Sicherheit, die zu Vernichtung, Verlust, \
             Veränderung, unbefugter Offenlegung oder unbefugtem Zugang zu personenbezogenen \
             Daten führt (Art. 4 Nr. 12 DSGVO). \
             Melden ist Pflicht – Fehler passieren, Verschweigen schadet.",
            "A data breach is any security breach leading to the destruction, loss or \
             alteration of, or unauthorised disclosure of or access to, personal data (Art. 4(12) GDPR). Reporting is a duty – \
             mistakes happen, hiding them does harm.",
        ),
        went_well: t(
            "Sie melden einen Fehlversand sofort intern.",
            "You report a misdirected mail internally at once.",
        ),
        to_learn: t(
            "Bei jeder Panne zuerst melden – Zurückrufen oder Abwarten reicht nicht.",
            "For every breach, report first – recalling or waiting is not enough.",
        ),
    },
    Item {
        id: "panne-oder-nicht",
        competence: "4.2",
        min_level: 1,
        title: t("Panne oder nicht?", "Breach or not?"),
        situation: t(
            "Im Team wird über Vorfälle der letzten Wochen gesprochen.",
            "The team talks about incidents of the past weeks.",
        ),
        task: Task::Categorise {
            prompt: t(
                "Ist das eine Datenpanne, die Sie intern melden?",
                "Is this a data breach you report internally?",
            ),
            categories: &[
                ("panne", t("Datenpanne – melden", "Data breach – report")),
                ("keine", t("Keine Datenpanne", "No data breach")),
            ],
            cards: &[
                Card {
                    id: "brief-nachbar",
                    label: t(
                        "Ein Brief an {kunde} ging an die falsche Hausnummer und wurde geöffnet.",
                        "A letter to {kunde} went to the wrong house number and was opened.",
                    ),
                    category: "panne",
                    why: t("Unbefugte Offenlegung.", "Unauthorised disclosure."),
                },
                Card {
                    id: "stick-verloren",
                    label: t(
                        "Ein unverschlüsselter USB-Stick mit einer Teilnehmendenliste ist weg.",
                        "An unencrypted USB stick with a list of participants is lost.",
                    ),
                    category: "panne",
                    why: t(
                        "Verlust der Kontrolle über Daten.",
                        "Loss of control over data.",
                    ),
                },
                Card {
                    id: "eigener-bescheid",
                    label: t(
                        "{kunde} bekommt auf Wunsch eine Kopie des eigenen Bescheids.",
                        "{kunde} gets a copy of their own decision on request.",
                    ),
                    category: "keine",
                    why: t(
                        "Auskunft an die betroffene Person selbst ist ihr Recht.",
                        "Information for the data subject is their right.",
                    ),
                },
                Card {
                    id: "statistik",
                    label: t(
                        "Anonyme Statistik zu Vermittlungen wird im Sozialausschuss gezeigt.",
                        "Anonymous placement statistics are shown in the council committee.",
                    ),
                    category: "keine",
                    why: t("Kein Personenbezug.", "No personal data."),
                },
                Card {
                    id: "stoebern",
                    label: t(
                        "Eine Kollegin sieht ohne dienstlichen Grund in die Akte ihres Nachbarn.",
                        "A colleague looks into her neighbour's file with no work reason.",
                    ),
                    category: "panne",
                    why: t(
                        "Unbefugter Zugriff – auch von innen.",
                        "Unauthorised access – from inside too.",
                    ),
                },
                Card {
                    id: "vertretung",
                    label: t(
                        "Ihre Vertretung bearbeitet während Ihres Urlaubs Ihre Fälle.",
                        "Your cover handles your cases during your holiday.",
                    ),
                    category: "keine",
                    why: t(
                        "Befugter Zugriff für die Aufgabe.",
                        "Authorised access for the task.",
                    ),
                },
                Card {
                    id: "verschluesselt",
                    label: t(
                        "Schadsoftware hat Dateien auf einem Teamlaufwerk verschlüsselt.",
                        "Malware has encrypted files on a team drive.",
                    ),
                    category: "panne",
                    why: t(
                        "Die Verfügbarkeit ist verletzt, Daten können abgeflossen sein.",
                        "Availability is breached, data may have been stolen.",
                    ),
                },
                Card {
                    id: "fax",
                    label: t(
                        "Ein Fax mit Kontoauszügen ging an eine falsche Nummer.",
                        "A fax with bank statements went to a wrong number.",
                    ),
                    category: "panne",
                    why: t("Unbefugte Offenlegung.", "Unauthorised disclosure."),
                },
            ],
            shown: [5, 6, 8],
        },
        background: t(
            "Datenpannen betreffen Vertraulichkeit, Verfügbarkeit oder Integrität. Im Zweifel \
             melden Sie – bewertet wird dann gemeinsam mit der oder dem Datenschutzbeauftragten.",
            "Breaches concern confidentiality, availability or integrity. When in doubt, report \
             – the assessment is then made together with the data protection officer.",
        ),
        went_well: t(
            "Sie erkennen, was eine Datenpanne ist – auch von innen.",
            "You recognise what a data breach is – from inside too.",
        ),
        to_learn: t(
            "Auch Stöbern in Akten und Schadsoftware sind Datenpannen; im Zweifel melden.",
            "Browsing files and malware are breaches too; when in doubt, report.",
        ),
    },
    Item {
        id: "meldefrist",
        competence: "4.2",
        min_level: 1,
        title: t("Die Meldefrist", "The reporting deadline"),
        situation: t(
            "Die Datenschutzbeauftragte erklärt im Team, warum es auf Ihre schnelle Meldung \
             ankommt.",
            "The data protection officer explains to the team why your quick report matters.",
        ),
        task: Task::Choice {
            multiple: false,
            prompt: t(
                "Bis wann muss das Jobcenter eine Datenpanne der Aufsichtsbehörde melden?",
                "By when must the job centre report a breach to the supervisory authority?",
            ),
            options: &[
                opt(
                    "72h",
                    1.0,
                    t(
                        "Möglichst binnen 72 Stunden, nachdem sie bekannt wurde",
                        "Where feasible within 72 hours of becoming aware of it",
                    ),
                    t(
                        "So steht es in Art. 33 DSGVO – es sei denn, ein Risiko für die \
                         Betroffenen ist unwahrscheinlich.",
                        "That is what Art. 33 GDPR says – unless a risk to the people affected \
                         is unlikely.",
                    ),
                ),
                opt(
                    "month",
                    0.0,
                    t("Innerhalb eines Monats", "Within a month"),
                    t(
                        "Ein Monat ist die Frist für Antworten auf Auskunftsersuchen (Art. 12 Abs. 3 DSGVO), nicht für Pannen.",
                        "One month is the deadline for answering access requests (Art. 12(3) GDPR), not for breaches.",
                    ),
                ),
                opt(
                    "complaint",
                    0.0,
                    t(
                        "Nur wenn sich jemand beschwert",
                        "Only if someone complains",
                    ),
                    t(
                        "Die Pflicht hängt nicht von Beschwerden ab.",
                        "The duty does not depend on complaints.",
                    ),
                ),
                opt_from(
                    2,
                    "myself",
                    0.0,
                    t(
                        "Sie melden selbst direkt der Aufsichtsbehörde, bevor Sie intern \
                         Bescheid geben",
                        "You report directly to the authority yourself before telling anyone \
                         inside",
                    ),
                    t(
                        "Die Meldung macht die Behörde als Verantwortliche. Ihr Teil: sofort \
                         intern melden.",
                        "The organisation, as controller, makes the report. Your part: report \
                         internally at once.",
                    ),
                ),
            ],
        },
        background: t(
            "Die 72 Stunden laufen ab dem Zeitpunkt, zu dem das Jobcenter von der Panne \
             erfährt. Deshalb zählt jede Stunde: Warten Sie mit der internen Meldung nicht. \
             Zusätzlich informiert das Jobcenter die Rechts- oder Fachaufsicht (§ 83a SGB X); \
             bei hohem Risiko werden auch die Betroffenen benachrichtigt (Art. 34 DSGVO).",
            "The 72 hours run from when the job centre becomes aware of the breach. So every \
             hour counts: do not wait with the internal report. The job centre also informs its \
             supervising ministry or authority (§ 83a SGB X); with a high risk the people \
             affected are informed too (Art. 34 GDPR).",
        ),
        went_well: t(
            "Sie kennen die 72-Stunden-Frist.",
            "You know the 72-hour deadline.",
        ),
        to_learn: t(
            "Art. 33 DSGVO: Meldung an die Aufsicht binnen 72 Stunden – darum sofort intern \
             melden.",
            "Art. 33 GDPR: report to the authority within 72 hours – so report internally at \
             once.",
        ),
    },
    Item {
        id: "phishing-datenschutz",
        competence: "4.2",
        min_level: 1,
        title: t(
            "Eine Mail vom „Datenschutz-Team“",
            "A mail from the “data protection team”",
        ),
        situation: t(
            "Von: Datenschutz-Team <pruefung@{phish}>\nBetreff: Dringend – Datenschutz-Audit \
             bis 12 Uhr\n\n„Sehr geehrte Mitarbeitende, für das jährliche Audit laden Sie bitte \
             bis 12 Uhr die Kundenliste Ihres Teams über folgenden Link hoch. Ihr \
             Datenschutz-Team“\n\nDie Adressen Ihrer Behörde enden auf @musterstadt.de.",
            "From: Data protection team <pruefung@{phish}>\nSubject: Urgent – data protection \
             audit by noon\n\n“Dear staff, for the annual audit please upload your team's \
             customer list via the following link by noon. Your data protection team”\n\nYour \
             organisation's addresses end in @musterstadt.de.",
        ),
        task: Task::Choice {
            multiple: false,
            prompt: t("Wie reagieren Sie?", "How do you react?"),
            options: &[
                opt(
                    "report-phish",
                    1.0,
                    t(
                        "Nichts hochladen, die Mail über „Phishing melden“ an die IT geben",
                        "Upload nothing, report the mail to IT with “Report phishing”",
                    ),
                    t(
                        "Die Domain {phish} gehört nicht zu musterstadt.de, dazu Zeitdruck und \
                         ein Link – klassisches Phishing.",
                        "The domain {phish} is not musterstadt.de, plus time pressure and a \
                         link – classic phishing.",
                    ),
                ),
                opt(
                    "upload",
                    0.0,
                    t(
                        "Hochladen – der Datenschutz wird es schon wissen",
                        "Upload it – the data protection team will know",
                    ),
                    t(
                        "Damit gäben Sie die Sozialdaten vieler Menschen an Unbekannte – eine \
                         schwere Datenpanne.",
                        "You would hand the social data of many people to strangers – a serious \
                         breach.",
                    ),
                ),
                opt(
                    "reply",
                    0.0,
                    t(
                        "Auf die Mail antworten und fragen, ob sie echt ist",
                        "Reply to the mail and ask whether it is genuine",
                    ),
                    t(
                        "Die Antwort geht an die Angreifer – und die sagen natürlich „ja“.",
                        "The reply goes to the attackers – who will of course say “yes”.",
                    ),
                ),
                opt_from(
                    2,
                    "forward",
                    0.0,
                    t(
                        "Die Mail zur Warnung an alle im Team weiterleiten",
                        "Forward the mail to everyone in the team as a warning",
                    ),
                    t(
                        "Gut gemeint, aber so verbreiten Sie den Link. Melden Sie an die IT; die \
                         warnt alle.",
                        "Well meant, but that spreads the link. Report to IT; it warns everyone.",
                    ),
                ),
            ],
        },
        background: t(
            "Lesen Sie die Domain hinter dem @ von rechts nach links. Echte interne Stellen \
             fordern nie Kundenlisten über externe Links an.",
            "Read the domain after the @ from right to left. Real internal offices never request \
             customer lists via external links.",
        ),
        went_well: t(
            "Sie erkennen Phishing, das Kundendaten abgreifen will.",
            "You recognise phishing that is after customer data.",
        ),
        to_learn: t(
            "Domain prüfen und Phishing an die IT melden – nicht antworten, nicht weiterleiten.",
            "Check the domain and report phishing to IT – do not reply or forward.",
        ),
    },
    Item {
        id: "usb-fund",
        competence: "4.1",
        min_level: 1,
        title: t("Ein Fund auf dem Parkplatz", "A find in the car park"),
        situation: t(
            "{kollege} kommt mit einem USB-Stick herein.",
            "{kollege} comes in with a USB stick.",
        ),
        task: Task::Dialogue {
            via: Via::InPerson,
            partner: t("{kollege}", "{kollege}"),
            lines: &[say(
                t("{kollege}", "{kollege}"),
                t(
                    "Guck mal, lag auf dem Parkplatz. Da steht „Gehälter 2026“ drauf! Steck ihn \
                     doch mal in deinen Rechner, dann sehen wir, wem er gehört.",
                    "Look, this was lying in the car park. It says “Salaries 2026”! Plug it \
                     into your computer, then we'll see whose it is.",
                ),
            )],
            replies: &[
                opt(
                    "to-it",
                    1.0,
                    t(
                        "„Lieber nicht. Wir geben ihn ungeöffnet der IT-Sicherheit.“",
                        "“Better not. Let's give it unopened to IT security.”",
                    ),
                    t(
                        "Gefundene Sticks sind ein bekannter Angriffsweg. Die IT kann ihn \
                         gefahrlos prüfen – und feststellen, ob jemandem Daten verloren \
                         gegangen sind.",
                        "Found sticks are a known attack route. IT can check it safely – and \
                         find out whether someone has lost data.",
                    ),
                ),
                opt(
                    "plug-in",
                    0.0,
                    t("„Klar, mal sehen.“", "“Sure, let's see.”"),
                    t(
                        "Ein präparierter Stick kann beim Einstecken Schadsoftware starten.",
                        "A rigged stick can start malware as soon as it is plugged in.",
                    ),
                ),
                opt_from(
                    2,
                    "bin",
                    0.5,
                    t("„Wirf ihn einfach weg.“", "“Just throw it away.”"),
                    t(
                        "Sicher für Ihren Rechner – aber falls der Stick echte Daten enthält, \
                         ist das eine Panne, die gemeldet werden muss.",
                        "Safe for your computer – but if the stick holds real data, that is a \
                         breach that must be reported.",
                    ),
                ),
                opt_from(
                    3,
                    "old-pc",
                    0.0,
                    t(
                        "„Nimm den alten Rechner im Keller, der ist nicht so wichtig.“",
                        "“Use the old computer in the basement, it doesn't matter much.”",
                    ),
                    t(
                        "Auch der alte Rechner hängt meist im Netz – und Sie öffnen womöglich \
                         fremde Daten.",
                        "The old computer is usually on the network too – and you might open \
                         someone else's data.",
                    ),
                ),
            ],
        },
        background: t(
            "Stecken Sie nie fremde Datenträger an dienstliche Geräte. Funde gehören zur \
             IT-Sicherheit.",
            "Never plug unknown storage devices into work devices. Finds go to IT security.",
        ),
        went_well: t(
            "Sie stecken keine gefundenen Datenträger ein.",
            "You do not plug in found storage devices.",
        ),
        to_learn: t(
            "Gefundene USB-Sticks ungeöffnet der IT geben.",
            "Give found USB sticks to IT unopened.",
        ),
    },
    Item {
        id: "laptop-verloren",
        competence: "4.1",
        min_level: 1,
        title: t("Laptop im Zug vergessen", "Laptop left on the train"),
        situation: t(
            "Auf dem Heimweg merken Sie: Ihr dienstlicher Laptop liegt noch im Zug. Er ist \
             verschlüsselt und gesperrt.",
            "On your way home you realise: your work laptop is still on the train. It is \
             encrypted and locked.",
        ),
        task: Task::Choice {
            multiple: false,
            prompt: t("Was tun Sie?", "What do you do?"),
            options: &[
                opt(
                    "report-now",
                    1.0,
                    t(
                        "Sofort IT-Service und Vorgesetzte informieren",
                        "Inform the IT service desk and your manager at once",
                    ),
                    t(
                        "Die IT kann Zugänge sperren und das Gerät aus der Ferne löschen; \
                         gemeinsam wird geprüft, ob eine Datenpanne vorliegt.",
                        "IT can block accounts and wipe the device remotely; together you check \
                         whether there is a breach.",
                    ),
                ),
                opt(
                    "lost-found",
                    0.0,
                    t(
                        "Erst einmal ein paar Tage beim Fundbüro nachfragen",
                        "Check with lost property for a few days first",
                    ),
                    t(
                        "In der Zeit kann viel passieren, und die Frist für eine mögliche Meldung läuft.",
                        "A lot can happen meanwhile, and the deadline for a possible report is running.",
                    ),
                ),
                opt(
                    "password-only",
                    0.5,
                    t(
                        "Nur das eigene Passwort ändern",
                        "Only change your own password",
                    ),
                    t(
                        "Ein guter erster Schritt, aber Gerät und Daten bleiben unbeachtet.",
                        "A good first step, but the device and its data are left unattended.",
                    ),
                ),
                opt_from(
                    2,
                    "encrypted",
                    0.0,
                    t(
                        "Nichts – er ist ja verschlüsselt",
                        "Nothing – it is encrypted anyway",
                    ),
                    t(
                        "Verschlüsselung senkt das Risiko, aber nur die IT kann beurteilen, ob \
                         sie greift, und Zugänge sperren.",
                        "Encryption lowers the risk, but only IT can judge whether it holds and \
                         block access.",
                    ),
                ),
            ],
        },
        background: t(
            "Verlorene oder gestohlene Geräte immer sofort melden – auch nach Dienstschluss über \
             die Störungsnummer.",
            "Always report lost or stolen devices at once – after hours, too, via the service \
             hotline.",
        ),
        went_well: t(
            "Sie melden verlorene Geräte sofort.",
            "You report lost devices at once.",
        ),
        to_learn: t(
            "Geräteverlust sofort der IT melden, auch wenn er verschlüsselt ist.",
            "Report a lost device to IT at once, even if it is encrypted.",
        ),
    },
    Item {
        id: "vertuschen",
        competence: "4.2",
        min_level: 2,
        title: t("Lieber nichts sagen?", "Better say nothing?"),
        situation: t(
            "{kollege} spricht Sie leise an.",
            "{kollege} speaks to you quietly.",
        ),
        task: Task::Dialogue {
            via: Via::InPerson,
            partner: t("{kollege}", "{kollege}"),
            lines: &[say(
                t("{kollege}", "{kollege}"),
                t(
                    "Mist, ich habe die Kontoauszüge von {kunde} in den Brief an einen anderen \
                     Kunden gesteckt. Ich ruf den an, der soll's wegwerfen. Das muss doch keiner \
                     wissen, oder?",
                    "Oh no, I put the bank statements of {kunde} into the letter to another \
                     customer. I'll call him and ask him to bin them. Nobody needs to know, \
                     right?",
                ),
            )],
            replies: &[
                opt(
                    "together",
                    1.0,
                    t(
                        "„Das kann passieren. Aber wir müssen es melden – komm, wir gehen \
                         gleich zusammen zur Datenschutzbeauftragten.“",
                        "“That can happen. But we have to report it – come on, let's go to the \
                         data protection officer together right now.”",
                    ),
                    t(
                        "Sie nehmen den Fehler ernst, ohne zu beschämen. Gemeinsam melden macht \
                         es leichter.",
                        "You take the mistake seriously without shaming. Reporting together \
                         makes it easier.",
                    ),
                ),
                opt(
                    "hush",
                    0.0,
                    t(
                        "„Stimmt, bleibt unter uns.“",
                        "“Right, it stays between us.”",
                    ),
                    t(
                        "Dann erfährt niemand Zuständiges davon, die Frist verstreicht und \
                         {kunde} wird womöglich nicht informiert.",
                        "Then nobody responsible learns about it, the deadline passes and {kunde} \
                         may not be informed.",
                    ),
                ),
                opt(
                    "behind-back",
                    0.5,
                    t(
                        "Nichts sagen und es später selbst heimlich melden",
                        "Say nothing and secretly report it later yourself",
                    ),
                    t(
                        "Die Meldung ist richtig, aber offen und sofort wäre besser – für die \
                         Frist und das Vertrauen im Team.",
                        "Reporting is right, but openly and at once would be better – for the \
                         deadline and trust in the team.",
                    ),
                ),
            ],
        },
        background: t(
            "Eine gute Fehlerkultur hilft dem Datenschutz: Wer schnell meldet, hilft den \
             Betroffenen. Verschweigen ist das eigentliche Problem.",
            "A good culture around mistakes helps data protection: reporting quickly helps the \
             people affected. Hiding it is the real problem.",
        ),
        went_well: t(
            "Sie ermutigen Kolleginnen und Kollegen, Pannen offen zu melden.",
            "You encourage colleagues to report breaches openly.",
        ),
        to_learn: t(
            "Pannen nie vertuschen – gemeinsam und sofort melden.",
            "Never cover up breaches – report them together and at once.",
        ),
    },
    Item {
        id: "naechste-schritte",
        competence: "4.2",
        min_level: 3,
        title: t(
            "Was nach der Meldung geschieht",
            "What happens after the report",
        ),
        situation: t(
            "Der verlorene, unverschlüsselte Stick enthielt die Namen und Gesundheitsangaben \
             von 40 Teilnehmenden einer Maßnahme.",
            "The lost, unencrypted stick held the names and health details of 40 participants \
             in a measure.",
        ),
        task: Task::Choice {
            multiple: true,
            prompt: t(
                "Welche Schritte gehören nun dazu? Wählen Sie alle passenden.",
                "Which steps belong now? Pick all that apply.",
            ),
            options: &[
                opt(
                    "document",
                    1.0,
                    t("Den Vorfall dokumentieren", "Document the incident"),
                    t(
                        "Jede Panne wird dokumentiert (Art. 33 Abs. 5 DSGVO).",
                        "Every breach is documented (Art. 33(5) GDPR).",
                    ),
                ),
                opt(
                    "notify-authority",
                    1.0,
                    t(
                        "Meldung an die Aufsichtsbehörde binnen 72 Stunden",
                        "Report to the supervisory authority within 72 hours",
                    ),
                    t(
                        "Gesundheitsdaten vieler Menschen: ein Risiko ist klar gegeben.",
                        "Health data of many people: there clearly is a risk.",
                    ),
                ),
                opt(
                    "inform-people",
                    1.0,
                    t(
                        "Die Betroffenen benachrichtigen",
                        "Notify the people affected",
                    ),
                    t(
                        "Bei hohem Risiko Pflicht (Art. 34 DSGVO), damit sie sich schützen \
                         können.",
                        "Required with a high risk (Art. 34 GDPR), so they can protect \
                         themselves.",
                    ),
                ),
                opt(
                    "delete-logs",
                    0.0,
                    t(
                        "Protokolle löschen, damit nichts nachvollziehbar ist",
                        "Delete logs so nothing can be traced",
                    ),
                    t(
                        "Das wäre Vertuschung und verhindert die Aufklärung.",
                        "That would be a cover-up and prevents clarification.",
                    ),
                ),
                opt(
                    "rundmail",
                    0.0,
                    t(
                        "Die Namen der Betroffenen per Rundmail ans ganze Haus schicken",
                        "Send the names of those affected to the whole office by mail",
                    ),
                    t(
                        "Das wäre die nächste Datenpanne.",
                        "That would be the next breach.",
                    ),
                ),
            ],
        },
        background: t(
            "Nach der Meldung bewertet das Jobcenter das Risiko, dokumentiert, meldet der \
             Aufsichtsbehörde (bei kommunalen Jobcentern die oder der Landesbeauftragte für den \
             Datenschutz, bei gemeinsamen Einrichtungen die oder der Bundesbeauftragte), \
             informiert die Rechts- oder Fachaufsicht (§ 83a SGB X) und benachrichtigt bei \
             hohem Risiko die Betroffenen.",
            "After the report the job centre assesses the risk, documents, reports to the \
             supervisory authority (for municipal job centres the state data protection \
             commissioner, for joint job centres the federal commissioner), informs its \
             supervising ministry or authority (§ 83a SGB X) and notifies those affected if the \
             risk is high.",
        ),
        went_well: t(
            "Sie kennen die Schritte nach einer Datenpanne.",
            "You know the steps after a data breach.",
        ),
        to_learn: t(
            "Nach einer Panne: dokumentieren, Aufsicht binnen 72 Stunden, Betroffene bei hohem \
             Risiko informieren.",
            "After a breach: document, inform the authority within 72 hours, notify those \
             affected when the risk is high.",
        ),
    },
];
