//! Episode "need-to-know": who may see which part of an e-file – access requests, permissions,
//! disclosure to third parties (§§ 67 ff. SGB X), working together and stand-ins.

use super::{entry, file, opt};
use crate::cast::Cast;
use crate::item::{Item, Task};

/// The items of the episode; the last one only from level 2.
pub fn items(c: &Cast) -> Vec<Item> {
    vec![
        access_request(c),
        permissions(c),
        share_link(c),
        third_parties(c),
        chat_screenshot(c),
        stand_in(c),
        curiosity(c),
    ]
}

fn access_request(c: &Cast) -> Item {
    Item {
        slug: "access-request",
        competence: "4.2",
        min_level: 1,
        heading: c.t("Eine Bitte um Zugriff", "A request for access"),
        scenario: c.t(
            &format!(
                "Frau Petrović vom Arbeitgeberservice schreibt Ihnen: „Kannst du mir die \
                 komplette Leistungsakte von {} freigeben? Ich habe eine Stelle als \
                 Lagerhilfe und will sehen, ob das passt.“",
                c.customer
            ),
            &format!(
                "Ms Petrović from the employer service writes: “Could you give me access to the \
                 complete benefits file of {}? I have a warehouse job and want to see whether \
                 it fits.”",
                c.customer
            ),
        ),
        task: Task::Choice {
            prompt: c.t("Wie reagieren Sie?", "How do you respond?"),
            multiple: false,
            options: vec![
                opt(
                    "profile",
                    c.t(
                        "Keine Freigabe der Leistungsakte; für die Vermittlung genügen das \
                         Bewerberprofil und ein Gespräch mit der zuständigen \
                         Integrationsfachkraft",
                        "No access to the benefits file; for placement the applicant profile \
                         and a talk with the responsible integration specialist are enough",
                    ),
                    true,
                    1,
                ),
                opt(
                    "grant",
                    c.t(
                        "Vollzugriff freigeben – sie ist ja auch im Jobcenter",
                        "Grant full access – she works at the job centre too",
                    ),
                    false,
                    1,
                ),
                opt(
                    "export",
                    c.t(
                        "Die Akte als PDF exportieren und per Mail schicken",
                        "Export the file as PDF and mail it",
                    ),
                    false,
                    1,
                ),
                opt(
                    "temp",
                    c.t(
                        "Vollzugriff für eine Woche freigeben und danach wieder entziehen",
                        "Grant full access for a week and then withdraw it",
                    ),
                    false,
                    2,
                ),
                opt(
                    "summary",
                    c.t(
                        "Ihr eine Zusammenfassung der Einkommens- und Gesundheitsangaben schicken",
                        "Send her a summary of the income and health details",
                    ),
                    false,
                    3,
                ),
            ],
        },
        why: c.t(
            "Auch innerhalb des Jobcenters gilt das Sozialgeheimnis (§ 35 SGB I): Jede Person \
             darf nur die Sozialdaten sehen, die sie für ihre Aufgabe braucht (§ 67c SGB X, \
             Need-to-know). Für eine Stellenvermittlung sind Einkommen, Miete oder Gesundheit \
             nicht erforderlich – auch nicht zeitlich befristet oder als Zusammenfassung.",
            "Social data secrecy applies inside the job centre too (§ 35 SGB I): each person may \
             see only the social data their task requires (§ 67c SGB X, need-to-know). A job \
             placement does not need income, rent or health data – not for a limited time, \
             nor as a summary.",
        ),
        went_well: c.t(
            "Sie geben Zugriff nur nach dem Need-to-know-Prinzip.",
            "You grant access only on a need-to-know basis.",
        ),
        to_learn: c.t(
            "Need-to-know gilt auch unter Kolleginnen und Kollegen: nur die Daten, die die \
             Aufgabe erfordert.",
            "Need-to-know applies among colleagues too: only the data the task requires.",
        ),
    }
}

fn permissions(c: &Cast) -> Item {
    let meta = |kind: &str| vec![(c.t("Dokumentart", "Document type"), kind.to_owned())];
    Item {
        slug: "permissions",
        competence: "4.2",
        min_level: 1,
        heading: c.t("Sichtbarkeit festlegen", "Setting visibility"),
        scenario: c.t(
            &format!(
                "Die E-Akte von {} wird neu strukturiert. Für jedes Dokument legen Sie fest, \
                 welche Rolle es sehen darf.",
                c.customer
            ),
            &format!(
                "The e-file of {} is being restructured. For each document you set which role \
                 may see it.",
                c.customer
            ),
        ),
        task: Task::Sort {
            prompt: c.t(
                "Wählen Sie für jedes Dokument die Sichtbarkeit.",
                "Choose the visibility of each document.",
            ),
            location: Some(c.t(
                &format!("E-Akte / {} / Berechtigungen", c.bg),
                &format!("E-file / {} / Permissions", c.bg),
            )),
            categories: vec![
                ("benefits", c.t("Team Leistung", "Benefits team")),
                (
                    "integration",
                    c.t(
                        "Integration / Fallmanagement",
                        "Integration / case management",
                    ),
                ),
                (
                    "restricted",
                    c.t(
                        "Gesperrt – nur namentlich Berechtigte",
                        "Restricted – named persons only",
                    ),
                ),
            ],
            entries: vec![
                file(
                    "decision",
                    c.t("Bewilligungsbescheid", "Benefit decision"),
                    "benefits",
                    1,
                    "02.11.2026".to_owned(),
                    meta(&c.t("Bescheid", "Decision")),
                ),
                file(
                    "coop",
                    c.t("Kooperationsplan", "Cooperation plan"),
                    "integration",
                    1,
                    "05.10.2026".to_owned(),
                    meta(&c.t("Integrationsplanung", "Integration planning")),
                ),
                file(
                    "medical",
                    c.t(
                        "Gutachten des Ärztlichen Dienstes",
                        "Report of the medical service",
                    ),
                    "restricted",
                    1,
                    "21.09.2026".to_owned(),
                    meta(&c.t("Gutachten", "Report")),
                ),
                file(
                    "rent",
                    c.t("Mietvertrag", "Tenancy agreement"),
                    "benefits",
                    2,
                    "12.03.2026".to_owned(),
                    meta(&c.t("Nachweis KdU", "Housing proof")),
                ),
                file(
                    "cv",
                    c.t(
                        "Lebenslauf und Bewerbungsunterlagen",
                        "CV and application papers",
                    ),
                    "integration",
                    2,
                    "30.09.2026".to_owned(),
                    meta(&c.t("Bewerbung", "Application")),
                ),
                file(
                    "staff",
                    c.t(
                        "Antrag der Schwester einer Jobcenter-Mitarbeiterin",
                        "Application by the sister of a job-centre employee",
                    ),
                    "restricted",
                    3,
                    "10.11.2026".to_owned(),
                    meta(&c.t("Antrag", "Application")),
                ),
            ],
        },
        why: c.t(
            "Bescheide und Nachweise zur Unterkunft braucht die Leistungssachbearbeitung, \
             Kooperationsplan und Bewerbungsunterlagen die Integrationsarbeit. Gutachten des \
             Ärztlichen Dienstes sind Gesundheitsdaten (Art. 9 DSGVO) und nur für namentlich \
             Berechtigte sichtbar. Fälle mit Bezug zu Beschäftigten werden ebenfalls gesperrt, \
             damit Kolleginnen und Kollegen nicht Einblick in Angelegenheiten ihres Umfelds \
             bekommen.",
            "Decisions and housing proofs are needed by benefits processing, the cooperation \
             plan and applications by integration work. Reports of the medical service are \
             health data (Art. 9 GDPR), visible only to named persons. Cases linked to staff \
             are restricted too, so colleagues do not see into the affairs of people they \
             know.",
        ),
        went_well: c.t(
            "Sie vergeben Berechtigungen passend zu den Rollen.",
            "You set permissions to fit the roles.",
        ),
        to_learn: c.t(
            "Sichtbarkeit nach Rolle und Aufgabe; Gesundheitsdaten und Fälle mit Bezug zu \
             Beschäftigten sperren.",
            "Visibility by role and task; restrict health data and cases linked to staff.",
        ),
    }
}

fn share_link(c: &Cast) -> Item {
    Item {
        slug: "share-link",
        competence: "2.4",
        min_level: 1,
        heading: c.t(
            "Mit der Teamleitung abstimmen",
            "Agreeing with the team lead",
        ),
        scenario: c.t(
            &format!(
                "Sie möchten einen Bescheidentwurf zum Fall {} von Frau Brandt (Teamleitung) \
                 prüfen lassen.",
                c.customer
            ),
            &format!(
                "You want Ms Brandt (team lead) to check a draft decision on the case of {}.",
                c.customer
            ),
        ),
        task: Task::Choice {
            prompt: c.t("Wie teilen Sie den Entwurf?", "How do you share the draft?"),
            multiple: false,
            options: vec![
                opt(
                    "link",
                    c.t(
                        "Link auf das Dokument in der E-Akte schicken und um Kommentar bitten – \
                         die Berechtigungen der E-Akte bleiben wirksam",
                        "Send a link to the document in the e-file and ask for comments – the \
                         e-file's permissions stay in force",
                    ),
                    true,
                    1,
                ),
                opt(
                    "attach",
                    c.t(
                        "Als Anhang an das Funktionspostfach des Teams",
                        "As an attachment to the team's shared mailbox",
                    ),
                    false,
                    1,
                ),
                opt(
                    "cloud",
                    c.t(
                        "Über einen kostenlosen Cloud-Speicher, das geht schneller",
                        "Via a free cloud storage, it is quicker",
                    ),
                    false,
                    1,
                ),
                opt(
                    "print",
                    c.t(
                        "Ausdrucken und ins offene Postfach im Flur legen",
                        "Print it and put it in the open tray in the corridor",
                    ),
                    false,
                    2,
                ),
                opt(
                    "private",
                    c.t(
                        "An die private Mailadresse, weil sie im Homeoffice ist",
                        "To her private mail address because she is working from home",
                    ),
                    false,
                    3,
                ),
            ],
        },
        why: c.t(
            "Ein Link führt alle auf dasselbe Dokument: keine Kopien, klare Versionen, und die \
             Berechtigungen der E-Akte bleiben wirksam. Anhänge an Sammelpostfächer, \
             Ausdrucke im Flur, private Mailadressen oder fremde Clouds machen Sozialdaten \
             Unbefugten zugänglich.",
            "A link takes everyone to the same document: no copies, clear versions, and the \
             e-file's permissions stay in force. Attachments to shared mailboxes, printouts in \
             the corridor, private mail addresses or third-party clouds expose social data to \
             people not entitled to it.",
        ),
        went_well: c.t(
            "Sie teilen Dokumente per Link aus der E-Akte.",
            "You share documents by link from the e-file.",
        ),
        to_learn: c.t(
            "Teilen per Link in der E-Akte statt Kopien per Mail, Cloud oder Papier.",
            "Share by link in the e-file instead of copies by mail, cloud or paper.",
        ),
    }
}

fn third_parties(c: &Cast) -> Item {
    Item {
        slug: "third-parties",
        competence: "4.2",
        min_level: 1,
        heading: c.t("Anfragen von außen", "Requests from outside"),
        scenario: c.t(
            &format!(
                "In einer Woche erreichen Sie mehrere Anfragen zu {}.",
                c.customer
            ),
            &format!(
                "In one week several requests about {} reach you.",
                c.customer
            ),
        ),
        task: Task::Sort {
            prompt: c.t("Ordnen Sie jede Anfrage ein.", "Sort each request."),
            location: None,
            categories: vec![
                (
                    "lawful",
                    c.t("Zulässig – gesetzliche Grundlage", "Allowed – legal basis"),
                ),
                (
                    "consent",
                    c.t(
                        "Nur mit Einwilligung der betroffenen Person",
                        "Only with the customer's consent",
                    ),
                ),
                ("never", c.t("Nicht zulässig", "Not allowed")),
            ],
            entries: vec![
                entry(
                    "court",
                    c.t(
                        "Das Sozialgericht fordert im Klageverfahren die Akte an",
                        "The social court requests the file for the appeal",
                    ),
                    "lawful",
                    1,
                ),
                entry(
                    "landlord",
                    c.t(
                        "Der Vermieter fragt am Telefon, ob Leistungen vom Jobcenter bezogen werden",
                        "The landlord asks on the phone whether the customer receives benefits from the job centre",
                    ),
                    "consent",
                    1,
                ),
                entry(
                    "press",
                    c.t(
                        "Die Lokalzeitung möchte über den Fall berichten und fragt nach Details",
                        "The local paper wants to report on the case and asks for details",
                    ),
                    "never",
                    1,
                ),
                entry(
                    "debt",
                    c.t(
                        "Die Schuldnerberatung möchte Unterlagen zur Einkommenssituation",
                        "The debt counselling service wants papers on the income",
                    ),
                    "consent",
                    2,
                ),
                entry(
                    "employer",
                    c.t(
                        "Ein Arbeitgeber fragt nach dem Grund der langen Arbeitslosigkeit",
                        "An employer asks why the person has been unemployed for so long",
                    ),
                    "never",
                    2,
                ),
                entry(
                    "ex",
                    c.t(
                        "Ein getrennt lebender Ehepartner möchte eine Kopie des Bescheids",
                        "A separated spouse wants a copy of the decision",
                    ),
                    "never",
                    3,
                ),
            ],
        },
        why: c.t(
            "Sozialdaten dürfen nur übermittelt werden, wenn ein Gesetz es erlaubt (§§ 67d ff. \
             SGB X, etwa § 69 SGB X für Gerichtsverfahren) oder die betroffene Person wirksam \
             eingewilligt hat (§ 67b SGB X). Vermieter oder Beratungsstellen erfahren also nur \
             mit deren Einwilligung etwas. Presse, Arbeitgeber und Angehörige außerhalb der \
             Bedarfsgemeinschaft erhalten vom Jobcenter keine solche Auskunft: Es fehlt eine \
             Befugnis, und für solche Fragen holt das Jobcenter auch keine Einwilligung ein – \
             was die Person selbst erzählt, entscheidet sie selbst. Schon die Bestätigung, dass \
             jemand Leistungen bezieht, ist ein Sozialdatum.",
            "Social data may be disclosed only where a law allows it (§§ 67d ff. SGB X, e.g. § \
             69 SGB X for court proceedings) or the person concerned has validly consented (§ \
             67b SGB X). So landlords or counselling services learn something only with that \
             person's consent. The press, employers and relatives outside the benefit household \
             get no such information from the job centre: there is no legal basis, and the job \
             centre does not seek consent for such questions either – what people tell others \
             about themselves is up to them. Even confirming that someone receives benefits is \
             social data.",
        ),
        went_well: c.t(
            "Sie prüfen vor jeder Auskunft die Rechtsgrundlage oder Einwilligung.",
            "You check the legal basis or consent before any disclosure.",
        ),
        to_learn: c.t(
            "Auskunft an Dritte nur mit Rechtsgrundlage oder Einwilligung – schon „bekommt \
             Leistungen vom Jobcenter“ ist ein Sozialdatum.",
            "Disclosure to third parties only with a legal basis or consent – even “receives \
             benefits from the job centre” is social data.",
        ),
    }
}

fn chat_screenshot(c: &Cast) -> Item {
    Item {
        slug: "chat-screenshot",
        competence: "2.4",
        min_level: 1,
        heading: c.t(
            "Ein Screenshot im Teamchat",
            "A screenshot in the team chat",
        ),
        scenario: c.t(
            &format!(
                "Im Teamchat mit 25 Mitgliedern postet {} einen Screenshot aus der E-Akte von {} \
                 mit der Frage: „Wer kennt sich mit Nebenkostennachzahlungen aus?“",
                c.colleague, c.customer
            ),
            &format!(
                "In the team chat with 25 members {} posts a screenshot from the e-file of {} \
                 asking: “Who knows about service-charge back payments?”",
                c.colleague, c.customer
            ),
        ),
        task: Task::Choice {
            prompt: c.t("Was tun Sie?", "What do you do?"),
            multiple: false,
            options: vec![
                opt(
                    "redirect",
                    c.t(
                        "Freundlich bitten, den Screenshot zu löschen, und anbieten, den Fall \
                         direkt über das Aktenzeichen in der E-Akte zu besprechen",
                        "Politely ask them to delete the screenshot and offer to discuss the case \
                         directly via the file reference in the e-file",
                    ),
                    true,
                    1,
                ),
                opt(
                    "answer",
                    c.t(
                        "Die Fachfrage im Chat beantworten – es ist ja ein interner Chat",
                        "Answer the question in the chat – it is an internal chat",
                    ),
                    false,
                    1,
                ),
                opt(
                    "ignore",
                    c.t(
                        "Nichts sagen, das ist nicht Ihre Sache",
                        "Say nothing, it is not your business",
                    ),
                    false,
                    1,
                ),
                opt(
                    "forward",
                    c.t(
                        "Den Screenshot an die Teamleitung weiterleiten, damit sie sich kümmert",
                        "Forward the screenshot to the team lead so she deals with it",
                    ),
                    false,
                    2,
                ),
                opt(
                    "blur",
                    c.t(
                        "Vorschlagen, künftig nur den Namen zu schwärzen – Aktenzeichen und \
                         Beträge dürfen bleiben",
                        "Suggest only blacking out the name in future – file reference and \
                         amounts may stay",
                    ),
                    false,
                    3,
                ),
            ],
        },
        why: c.t(
            "Ein Chat mit 25 Personen ist kein Ort für Sozialdaten: Die meisten brauchen sie \
             nicht, und der Screenshot lebt außerhalb der Berechtigungen der E-Akte weiter. \
             Fachfragen lassen sich ohne Personenbezug stellen, der Fall selbst wird mit \
             Berechtigten in der E-Akte besprochen. Auch Aktenzeichen und Beträge machen \
             Menschen identifizierbar; Weiterleiten vervielfältigt das Problem.",
            "A chat with 25 people is no place for social data: most do not need them, and the \
             screenshot lives on outside the e-file's permissions. Questions can be asked \
             without personal data, and the case itself is discussed with entitled people in \
             the e-file. File references and amounts also identify people; forwarding \
             multiplies the problem.",
        ),
        went_well: c.t(
            "Sie sprechen Datenschutzprobleme im Team respektvoll an.",
            "You address data protection problems in the team respectfully.",
        ),
        to_learn: c.t(
            "Fachfragen im Chat ohne Personenbezug; Fälle nur mit Berechtigten in der E-Akte.",
            "Ask questions in chat without personal data; discuss cases only with entitled \
             people in the e-file.",
        ),
    }
}

fn stand_in(c: &Cast) -> Item {
    Item {
        slug: "stand-in",
        competence: "2.4",
        min_level: 1,
        heading: c.t("Vertretung im Urlaub", "Cover during leave"),
        scenario: c.t(
            &format!(
                "Sie gehen drei Wochen in Urlaub. {} ({}) übernimmt Ihre Fälle.",
                c.colleague, c.colleague_role
            ),
            &format!(
                "You are going on leave for three weeks. {} ({}) takes over your cases.",
                c.colleague, c.colleague_role
            ),
        ),
        task: Task::Order {
            prompt: c.t(
                "In welcher Reihenfolge regeln Sie die Vertretung?",
                "In which order do you arrange the cover?",
            ),
            steps: vec![
                (
                    "agree",
                    c.t(
                        "Vertretung mit der Teamleitung abstimmen",
                        "Agree the cover with the team lead",
                    ),
                    1,
                ),
                (
                    "grant",
                    c.t(
                        "Vertretungsrecht in der E-Akte befristet eintragen",
                        "Enter a time-limited stand-in right in the e-file",
                    ),
                    1,
                ),
                (
                    "handover",
                    c.t(
                        "Übergabevermerk mit offenen Fristen in jede Akte legen",
                        "Put a handover note with open deadlines in each file",
                    ),
                    2,
                ),
                (
                    "absence",
                    c.t(
                        "Abwesenheitsnotiz mit Vertretung einrichten",
                        "Set up an out-of-office note naming the stand-in",
                    ),
                    3,
                ),
                (
                    "end",
                    c.t(
                        "Nach der Rückkehr prüfen, dass das Vertretungsrecht geendet hat",
                        "After returning, check that the stand-in right has ended",
                    ),
                    1,
                ),
            ],
        },
        why: c.t(
            "Erst wird geklärt, wer vertritt, dann erhält die Vertretung befristet genau die \
             Rechte, die sie braucht. Der Übergabevermerk in der Akte sorgt dafür, dass keine \
             Frist verloren geht, die Abwesenheitsnotiz leitet Anfragen richtig. Nach der \
             Rückkehr endet der Zugriff wieder – Berechtigungen, die niemand mehr braucht, \
             sind ein Risiko.",
            "First it is agreed who covers, then the stand-in gets exactly the rights they need, \
             for a limited time. The handover note in the file makes sure no deadline is lost; \
             the out-of-office note directs requests correctly. After your return the access \
             ends – permissions nobody needs any more are a risk.",
        ),
        went_well: c.t(
            "Sie organisieren Vertretungen mit befristeten Rechten und sauberer Übergabe.",
            "You organise cover with time-limited rights and a clean handover.",
        ),
        to_learn: c.t(
            "Vertretung: abstimmen, befristet berechtigen, übergeben, Rechte danach beenden.",
            "Cover: agree, grant limited rights, hand over, end the rights afterwards.",
        ),
    }
}

fn curiosity(c: &Cast) -> Item {
    Item {
        slug: "curiosity",
        competence: "4.2",
        min_level: 2,
        heading: c.t("Nur mal schauen?", "Just a quick look?"),
        scenario: c.t(
            &format!(
                "In der Kaffeeküche erzählt {}: „Stell dir vor, unser Stadtrat Meier ist jetzt \
                 auch Kunde bei uns. Schau doch mal in seine Akte, du hast doch Zugriff auf das \
                 ganze Team.“",
                c.colleague
            ),
            &format!(
                "In the kitchen {} says: “Imagine, our councillor Meier is a customer now. Have a \
                 look at his file, you have access to the whole team's files.”",
                c.colleague
            ),
        ),
        task: Task::Choice {
            prompt: c.t("Wie reagieren Sie?", "How do you react?"),
            multiple: false,
            options: vec![
                opt(
                    "no",
                    c.t(
                        "Ablehnen: Ohne dienstlichen Anlass öffne ich keine Akte – Zugriffe \
                         werden protokolliert und können geahndet werden",
                        "Decline: without an official reason I open no file – access is logged \
                         and can be punished",
                    ),
                    true,
                    1,
                ),
                opt(
                    "peek",
                    c.t(
                        "Kurz reinschauen, aber nichts weitererzählen",
                        "Take a quick look but tell no one",
                    ),
                    false,
                    1,
                ),
                opt(
                    "search",
                    c.t(
                        "Nur in der Suche nachsehen, ob er wirklich Kunde ist",
                        "Just check in the search whether he really is a customer",
                    ),
                    false,
                    2,
                ),
                opt(
                    "lead",
                    c.t(
                        "Die Teamleitung fragen, ob Sie ausnahmsweise hineinschauen dürfen",
                        "Ask the team lead whether you may take a look as an exception",
                    ),
                    false,
                    3,
                ),
            ],
        },
        why: c.t(
            "Technischer Zugriff ist keine Befugnis: Eine Akte wird nur geöffnet, wenn die \
             eigene Aufgabe es erfordert – auch eine Suche ist schon ein Zugriff auf \
             Sozialdaten. Zugriffe werden protokolliert; unbefugte Abrufe haben arbeits- oder \
             dienstrechtliche Folgen und können als Ordnungswidrigkeit oder Straftat verfolgt \
             werden (§§ 85, 85a SGB X). \
             Auch die Teamleitung kann Neugier nicht erlauben.",
            "Technical access is not authorisation: a file is opened only when your own task \
             requires it – even a search already accesses social data. Access is logged; \
             unauthorised retrieval has consequences under employment or civil-service law and \
             can be prosecuted as an administrative or criminal offence (§§ 85, 85a SGB X). The team lead cannot permit curiosity either.",
        ),
        went_well: c.t(
            "Sie öffnen Akten nur mit dienstlichem Anlass.",
            "You open files only for an official reason.",
        ),
        to_learn: c.t(
            "Zugriff nur mit dienstlichem Anlass – Zugriffe werden protokolliert.",
            "Access only for an official reason – access is logged.",
        ),
    }
}
