//! Episode "during-the-call": a video call with an employer and a customer – netiquette,
//! social data secrecy and sharing material accessibly (competences 2.5, 2.2 and 2.1).

use super::EpisodeDef;
use crate::item::{ItemDef, Kind, NONE, half, no, ok, said, says};
use crate::lang::t;

pub const EPISODE: EpisodeDef = EpisodeDef {
    id: "during-the-call",
    title: t(
        "Im Videocall mit Arbeitgeber",
        "In a video call with an employer",
    ),
    summary: t(
        "Sie moderieren ein Vorstellungsgespräch per Video: Netiquette, Sozialgeheimnis, \
         Bildschirm teilen und Unterlagen barrierefrei bereitstellen.",
        "You host a job interview by video: netiquette, social data secrecy, screen sharing and \
         accessible documents.",
    ),
    minutes: 8,
    competences: &["2.5", "2.2", "2.1"],
    items: &ITEMS,
};

const ITEMS: [ItemDef; 7] = [
    ItemDef {
        key: "recording",
        competence: "2.5",
        kind: Kind::Video,
        title: t("Der Einstieg", "The opening"),
        scenario: t(
            "Sie haben {employer_obj} von der {company} und {customer_obj} zu einem \
             Kennenlerngespräch im Videodienst des Jobcenters eingeladen. Alle sind da.",
            "You have invited {employer} of {company} and {customer} to an introductory talk in \
             the job centre's video service. Everyone is there.",
        ),
        prompt: t("Wie reagieren Sie?", "How do you react?"),
        partner: t("{employer} ({company})", "{employer} ({company})"),
        lines: &[
            said(t(
                "Guten Morgen zusammen, schön, dass es klappt.",
                "Good morning, everyone – glad it worked out.",
            )),
            says(t(
                "Guten Morgen! Ich nehme das Gespräch übrigens auf, dann muss ich nicht \
                 mitschreiben. Passt doch?",
                "Good morning! By the way, I'm recording this so I don't have to take notes. \
                 That's fine, isn't it?",
            )),
        ],
        options: &[
            ok(
                "no-recording",
                t(
                    "Bitte nehmen Sie nicht auf. Ich fasse am Ende die Ergebnisse zusammen, und \
                     Sie dürfen gern mitschreiben.",
                    "Please don't record. I'll sum up the results at the end, and you're welcome \
                     to take notes.",
                ),
                t(
                    "Freundlich, klar und mit Alternative. Aufnahmen ohne Einwilligung aller sind \
                     unzulässig (§ 201 StGB, DSGVO), und im Gespräch fallen Sozialdaten an.",
                    "Friendly, clear and with an alternative. Recording without everyone's \
                     consent is unlawful (§ 201 German Criminal Code, GDPR), and social data \
                     comes up in the talk.",
                ),
            ),
            half(
                "ask-customer",
                t(
                    "{customer}, ist das für Sie in Ordnung?",
                    "{customer}, is that all right with you?",
                ),
                t(
                    "Nach der Einwilligung zu fragen ist richtig gedacht. Vor dem möglichen \
                     Arbeitgeber fühlt sich {customer} aber kaum frei, Nein zu sagen.",
                    "Asking for consent is the right idea. But in front of a possible employer \
                     {customer} hardly feels free to say no.",
                ),
            ),
            no(
                "agree",
                t("Ja, klar, das spart Zeit.", "Sure, that saves time."),
                t(
                    "So entsteht eine Aufnahme mit Sozialdaten ohne Rechtsgrundlage, über die \
                     das Jobcenter keine Kontrolle hat.",
                    "That creates a recording with social data without a legal basis, outside \
                     the job centre's control.",
                ),
            ),
        ],
        explain: t(
            "Klären Sie Spielregeln zu Beginn: keine Aufnahmen, wer anwesend ist, wie lange das \
             Gespräch dauert.",
            "Settle the ground rules at the start: no recordings, who is present, how long the \
             talk lasts.",
        ),
        went_well: t(
            "Sie klären zu Beginn freundlich die Spielregeln, etwa: keine Aufnahmen.",
            "You settle the ground rules politely at the start, such as: no recordings.",
        ),
        to_learn: t(
            "Aufnahmen nur mit freier Einwilligung aller – im Jobcenter-Gespräch besser gar nicht.",
            "Recordings only with everyone's free consent – in job-centre talks better not at all.",
        ),
    },
    ItemDef {
        key: "health-question",
        competence: "2.5",
        kind: Kind::Video,
        title: t("Eine heikle Frage", "A delicate question"),
        scenario: t(
            "Das Gespräch läuft gut. {customer} ist kurz aus der Leitung gefallen und wählt \
             sich neu ein. Da fragt {employer}:",
            "The talk is going well. {customer} has dropped out briefly and is rejoining. Then \
             {employer} asks:",
        ),
        prompt: t("Was antworten Sie?", "What do you answer?"),
        partner: t("{employer} ({company})", "{employer} ({company})"),
        lines: &[says(t(
            "Jetzt mal unter uns: Warum war {customer} so lange ohne Arbeit? Gibt es \
             gesundheitliche Gründe?",
            "Just between us: why was {customer} out of work for so long? Are there health \
             reasons?",
        ))],
        options: &[
            ok(
                "secrecy",
                t(
                    "Dazu darf ich nichts sagen – das sind geschützte Daten. Was {customer} \
                     erzählen möchte, entscheidet {customer} selbst. Sprechen wir gern über die \
                     Anforderungen der Stelle.",
                    "I can't say anything about that – it's protected data. What {customer} \
                     wants to share is up to {customer}. Let's talk about what the job requires.",
                ),
                t(
                    "Das Sozialgeheimnis (§ 35 SGB I) gilt auch „unter uns“. Eine Übermittlung \
                     bräuchte eine Befugnis nach §§ 67 ff. SGB X oder eine Einwilligung – und \
                     Gesundheitsdaten sind besonders geschützt.",
                    "Social data secrecy (§ 35 SGB I) applies “between us” too. Passing data on \
                     would need a legal basis under §§ 67 ff. SGB X or consent – and health data \
                     is specially protected.",
                ),
            ),
            no(
                "tell",
                t(
                    "Es gab Rückenprobleme, aber das ist inzwischen besser.",
                    "There were back problems, but that's better now.",
                ),
                t(
                    "Das ist eine unbefugte Offenbarung von Gesundheitsdaten – ein Verstoß gegen \
                     das Sozialgeheimnis, der {customer_obj} schaden kann.",
                    "That is an unauthorised disclosure of health data – a breach of social data \
                     secrecy that may harm {customer}.",
                ),
            ),
            half(
                "ask-directly",
                t(
                    "Fragen Sie das am besten gleich {customer_obj} selbst.",
                    "Best ask {customer} directly in a moment.",
                ),
                t(
                    "Sie geben nichts preis – gut. Aber Sie ermuntern zu einer Frage, die im \
                     Bewerbungsgespräch meist unzulässig ist, und setzen {customer_obj} unter Druck.",
                    "You reveal nothing – good. But you encourage a question that is usually not \
                     allowed in a job interview and put {customer} under pressure.",
                ),
            ),
            no(
                "send-later",
                t(
                    "Ich schicke Ihnen nachher die Unterlagen dazu.",
                    "I'll send you the documents afterwards.",
                ),
                t(
                    "Auch später und schriftlich bleibt es eine unbefugte Übermittlung.",
                    "Later and in writing it is still an unauthorised transfer.",
                ),
            )
            .shown_from(2),
        ],
        explain: t(
            "Sie können höflich bleiben und trotzdem klar: Über Kundinnen und Kunden geben Sie \
             ohne Befugnis nichts weiter – und lenken auf das Thema der Stelle zurück.",
            "You can stay polite and still be clear: you pass nothing on about customers without \
             a legal basis – and steer back to the job.",
        ),
        went_well: t(
            "Sie wahren das Sozialgeheimnis auch unter Druck und bleiben dabei höflich.",
            "You keep social data secrecy under pressure and stay polite.",
        ),
        to_learn: t(
            "Sozialgeheimnis (§ 35 SGB I): keine Auskunft über Kundschaft ohne Befugnis oder \
             Einwilligung – auch nicht „unter uns“.",
            "Social data secrecy (§ 35 SGB I): no information about customers without legal \
             basis or consent – not even “between us”.",
        ),
    },
    ItemDef {
        key: "share-window",
        competence: "2.2",
        kind: Kind::Single,
        title: t("Das Stellenangebot zeigen", "Showing the job offer"),
        scenario: t(
            "Sie möchten allen das Stellenangebot der {company} zeigen. Auf Ihrem Bildschirm \
             sind auch das Fachverfahren, die E-Akte und Ihr Postfach geöffnet.",
            "You want to show everyone the job offer of {company}. Your screen also has the \
             case management software, the e-file and your mailbox open.",
        ),
        prompt: t("Was teilen Sie?", "What do you share?"),
        partner: NONE,
        lines: &[],
        options: &[
            ok(
                "window",
                t(
                    "Nur das Fenster mit dem Stellenangebot",
                    "Only the window with the job offer",
                ),
                t(
                    "Alle sehen genau das, worum es geht – und nichts aus anderen Fällen.",
                    "Everyone sees exactly what matters – and nothing from other cases.",
                ),
            ),
            no(
                "desktop",
                t("Den ganzen Bildschirm", "The whole screen"),
                t(
                    "Ein Klick ins falsche Fenster, und Daten anderer Kundinnen und Kunden sind \
                     sichtbar – das wäre eine Datenpanne.",
                    "One click in the wrong window and other customers' data is visible – that \
                     would be a data breach.",
                ),
            ),
            half(
                "desktop-minimised",
                t(
                    "Den ganzen Bildschirm, nachdem Sie die anderen Programme minimiert haben",
                    "The whole screen after minimising the other programs",
                ),
                t(
                    "Besser, aber Benachrichtigungen und die Taskleiste bleiben sichtbar. Ein \
                     einzelnes Fenster ist sicherer.",
                    "Better, but notifications and the taskbar stay visible. A single window is \
                     safer.",
                ),
            ),
            no(
                "photo",
                t(
                    "Ein Handyfoto des Bildschirms in den Chat stellen",
                    "Post a phone photo of the screen in the chat",
                ),
                t(
                    "Schlecht lesbar, nicht barrierefrei, und womöglich mit anderen Daten im Bild.",
                    "Hard to read, not accessible, and possibly showing other data.",
                ),
            )
            .shown_from(2),
        ],
        explain: t(
            "Teilen Sie so wenig wie möglich und so viel wie nötig: ein Fenster statt des \
             Bildschirms, Benachrichtigungen aus.",
            "Share as little as possible and as much as needed: a window, not the screen, \
             notifications off.",
        ),
        went_well: t(
            "Sie teilen gezielt nur das Fenster, um das es geht.",
            "You share only the window that matters.",
        ),
        to_learn: t(
            "Beim Bildschirmteilen nur ein Fenster freigeben, nie den ganzen Bildschirm.",
            "When sharing, share one window, never the whole screen.",
        ),
    },
    ItemDef {
        key: "accessible",
        competence: "2.2",
        kind: Kind::Multiple,
        title: t("Für alle verständlich", "Understandable for everyone"),
        scenario: t(
            "{customer} ist schwerhörig und hat Ihnen vorab geschrieben, dass Deutsch nicht die \
             Erstsprache ist.",
            "{customer} is hard of hearing and wrote to you beforehand that German is not their \
             first language.",
        ),
        prompt: t(
            "Was hilft, damit {customer} gut folgen kann?",
            "What helps {customer} follow well?",
        ),
        partner: NONE,
        lines: &[],
        options: &[
            ok(
                "captions",
                t(
                    "Die Live-Untertitel des freigegebenen Videodienstes einschalten",
                    "Turn on the live captions of the approved video service",
                ),
                t(
                    "Untertitel helfen beim Hören und beim Verstehen einer Zweitsprache.",
                    "Captions help with hearing and with understanding a second language.",
                ),
            ),
            ok(
                "accessible-pdf",
                t(
                    "Das Stellenangebot vorab als barrierefreies PDF mit echtem Text schicken",
                    "Send the job offer beforehand as an accessible PDF with real text",
                ),
                t(
                    "Echter Text lässt sich vergrößern, vorlesen und übersetzen; so kann sich \
                     {customer} in Ruhe vorbereiten.",
                    "Real text can be enlarged, read aloud and translated; {customer} can \
                     prepare calmly.",
                ),
            ),
            ok(
                "describe",
                t(
                    "Beim Teilen sagen, was zu sehen ist, und ruhig und deutlich sprechen",
                    "While sharing, say what is shown, and speak calmly and clearly",
                ),
                t(
                    "Beschreiben hilft allen, die den Bildschirm schlecht sehen, und ruhiges \
                     Sprechen verbessert auch die Untertitel.",
                    "Describing helps anyone who cannot see the screen well, and calm speech \
                     improves the captions too.",
                ),
            ),
            no(
                "scan",
                t(
                    "Das Stellenangebot als eingescanntes Bild schicken",
                    "Send the job offer as a scanned image",
                ),
                t(
                    "Ein Scan ist nur ein Bild: Vorlesen, Vergrößern und Übersetzen klappen \
                     nicht.",
                    "A scan is only a picture: reading aloud, zooming and translating fail.",
                ),
            ),
            no(
                "fast",
                t(
                    "Schneller sprechen, damit die Zeit reicht",
                    "Speak faster so the time is enough",
                ),
                t(
                    "Das erschwert das Verstehen; planen Sie lieber etwas mehr Zeit ein.",
                    "That makes understanding harder; plan a little more time instead.",
                ),
            ),
            ok(
                "chat-notes",
                t(
                    "Vereinbarte Punkte zusätzlich kurz schriftlich festhalten",
                    "Also write down the agreed points briefly",
                ),
                t(
                    "Schriftliches lässt sich nachlesen – ohne Sozialdaten im Chat.",
                    "Written points can be reread – without social data in the chat.",
                ),
            )
            .shown_from(2),
            no(
                "interpreter-cost",
                t(
                    "Eine Gebärdensprachdolmetschung nur anbieten, wenn {customer} sie selbst \
                     bezahlt",
                    "Offer a sign language interpreter only if {customer} pays for it",
                ),
                t(
                    "Menschen mit Hörbehinderung haben das Recht, bei Sozialleistungen in \
                     Gebärdensprache oder mit anderen Kommunikationshilfen zu kommunizieren; die \
                     Kosten trägt der Leistungsträger (§ 17 Abs. 2 SGB I, § 19 Abs. 1 SGB X).",
                    "People with a hearing impairment have the right to communicate in sign \
                     language or with other communication aids when dealing with social benefits; \
                     the agency bears the costs (§ 17(2) SGB I, § 19(1) SGB X).",
                ),
            )
            .shown_from(3),
        ],
        explain: t(
            "Barrierefrei teilen heißt: mehrere Wege anbieten – hören, lesen, nachlesen – und \
             Dokumente mit echtem Text statt Bildern.",
            "Sharing accessibly means offering several ways – hearing, reading, rereading – and \
             documents with real text instead of images.",
        ),
        went_well: t(
            "Sie teilen Material barrierefrei: Untertitel, echtes PDF, beschreiben, was zu sehen \
             ist.",
            "You share material accessibly: captions, a real PDF, describing what is shown.",
        ),
        to_learn: t(
            "Barrierefrei teilen: Untertitel an, Dokumente mit echtem Text, Gezeigtes beschreiben.",
            "Accessible sharing: captions on, documents with real text, describe what you show.",
        ),
    },
    ItemDef {
        key: "noise",
        competence: "2.5",
        kind: Kind::Single,
        title: t("Lärm im Hintergrund", "Background noise"),
        scenario: t(
            "Bei {customer} läuft im Hintergrund laut der Fernseher; {employer} fragt zweimal \
             nach.",
            "At {customer}'s end a TV is loud in the background; {employer} has to ask twice.",
        ),
        prompt: t("Was tun Sie?", "What do you do?"),
        partner: NONE,
        lines: &[],
        options: &[
            ok(
                "ask-kindly",
                t(
                    "Freundlich fragen, ob {customer} den Fernseher leiser stellen oder das \
                     Mikrofon stummschalten kann, solange andere sprechen",
                    "Politely ask whether {customer} can turn the TV down or mute while others \
                     speak",
                ),
                t(
                    "Sie benennen das Problem sachlich und lassen {customer_obj} selbst handeln.",
                    "You name the problem factually and let {customer} act.",
                ),
            ),
            half(
                "mute-explain",
                t(
                    "{customer_obj} über die Moderationsfunktion stummschalten und das im Chat erklären",
                    "Mute {customer} as host and explain it in the chat",
                ),
                t(
                    "Technisch wirksam, aber übergriffig, wenn Sie nicht vorher fragen.",
                    "Technically effective, but overbearing if you don't ask first.",
                ),
            ),
            no(
                "louder",
                t(
                    "Den Lärm übergehen und einfach lauter sprechen",
                    "Ignore the noise and just speak louder",
                ),
                t(
                    "Das Problem bleibt, und {employer} versteht weiter wenig.",
                    "The problem remains, and {employer} still understands little.",
                ),
            ),
            no(
                "end-call",
                t(
                    "Das Gespräch abbrechen und neu terminieren",
                    "End the call and reschedule",
                ),
                t(
                    "Zu drastisch für ein Problem, das sich mit einer Bitte lösen lässt.",
                    "Too drastic for a problem a request can solve.",
                ),
            )
            .shown_from(2),
        ],
        explain: t(
            "Störungen sprechen Sie freundlich und konkret an – erst bitten, dann, wenn nötig, \
             mit Erklärung eingreifen.",
            "Address disturbances politely and concretely – ask first, then step in with an \
             explanation if needed.",
        ),
        went_well: t(
            "Sie sprechen Störungen im Call freundlich und konkret an.",
            "You address disturbances in a call politely and concretely.",
        ),
        to_learn: t(
            "Bei Störungen erst freundlich bitten, bevor Sie über die Moderationsfunktion eingreifen.",
            "With disturbances, ask politely before stepping in as host.",
        ),
    },
    ItemDef {
        key: "lobby",
        competence: "2.1",
        kind: Kind::Single,
        title: t("Jemand im Warteraum", "Someone in the lobby"),
        scenario: t(
            "Im Warteraum erscheint eine weitere Person mit dem Namen „iPhone“. Eingeladen \
             waren nur {employer} und {customer}.",
            "Another participant named “iPhone” appears in the lobby. Only {employer} and \
             {customer} were invited.",
        ),
        prompt: t("Was tun Sie?", "What do you do?"),
        partner: NONE,
        lines: &[],
        options: &[
            ok(
                "ask-first",
                t(
                    "Im Warteraum lassen und fragen, wer das ist – erst dann zulassen",
                    "Keep them in the lobby and ask who it is – only then admit",
                ),
                t(
                    "Im Gespräch geht es um Sozialdaten; nur bekannte Personen gehören hinein. \
                     Oft ist es nur {customer} mit einem zweiten Gerät.",
                    "The talk involves social data; only known people belong in it. Often it is \
                     just {customer} on a second device.",
                ),
            ),
            no(
                "admit",
                t("Sofort zulassen", "Admit at once"),
                t(
                    "So kann eine unbekannte Person mithören.",
                    "That lets an unknown person listen in.",
                ),
            ),
            half(
                "remove",
                t(
                    "Ohne Nachfrage aus dem Warteraum entfernen",
                    "Remove them from the lobby without asking",
                ),
                t(
                    "Sicher, aber vielleicht schließen Sie so {customer_obj} aus – falls es ein \
                     zweites Gerät ist.",
                    "Safe, but you might lock out {customer} – in case it is a second device.",
                ),
            ),
        ],
        explain: t(
            "Der Warteraum ist Ihre Tür: Wer hereinkommt, sollte klar sein – fragen Sie nach, \
             bevor Sie öffnen.",
            "The lobby is your door: it should be clear who comes in – ask before you open.",
        ),
        went_well: t(
            "Sie achten darauf, wer am Gespräch teilnimmt.",
            "You pay attention to who takes part in the call.",
        ),
        to_learn: t(
            "Unbekannte im Warteraum erst zulassen, wenn klar ist, wer es ist.",
            "Admit unknown people from the lobby only once you know who they are.",
        ),
    },
    ItemDef {
        key: "closing-order",
        competence: "2.1",
        kind: Kind::Ordering,
        title: t("Den Call abschließen", "Closing the call"),
        scenario: t(
            "{employer} möchte {customer_obj} zum Probearbeiten einladen. Das Gespräch neigt \
             sich dem Ende zu.",
            "{employer} wants to invite {customer} for a trial day. The talk is coming to an end.",
        ),
        prompt: t(
            "In welcher Reihenfolge schließen Sie ab?",
            "In which order do you close?",
        ),
        partner: NONE,
        lines: &[],
        options: &[
            ok(
                "summary",
                t(
                    "Ergebnis und nächste Schritte mündlich zusammenfassen",
                    "Sum up the result and next steps aloud",
                ),
                t(
                    "So haben alle denselben Stand.",
                    "So everyone is on the same page.",
                ),
            ),
            ok(
                "questions",
                t(
                    "Offene Fragen klären und sich verabschieden",
                    "Clear open questions and say goodbye",
                ),
                t(
                    "Niemand geht mit Unklarheiten.",
                    "Nobody leaves with doubts.",
                ),
            ),
            ok(
                "end-for-all",
                t(
                    "Das Meeting für alle beenden, nicht nur selbst verlassen",
                    "End the meeting for everyone, not just leave it",
                ),
                t(
                    "Sonst bleibt der Raum offen, und andere können weiter darin sprechen.",
                    "Otherwise the room stays open and others can keep talking in it.",
                ),
            ),
            ok(
                "note",
                t(
                    "Einen Vermerk in der E-Akte anlegen",
                    "Write a note in the e-file",
                ),
                t(
                    "Das Ergebnis wird nachvollziehbar festgehalten.",
                    "The result is recorded traceably.",
                ),
            ),
            ok(
                "clean-up",
                t(
                    "Chat und geteilte Dateien im Videodienst löschen, soweit nicht mehr nötig",
                    "Delete chat and shared files in the video service if no longer needed",
                ),
                t(
                    "Datensparsamkeit: Was in der Akte steht, muss nicht im Videodienst bleiben.",
                    "Data minimisation: what is in the file need not stay in the video service.",
                ),
            )
            .shown_from(2),
        ],
        explain: t(
            "Ein guter Abschluss: zusammenfassen, verabschieden, Raum schließen, dokumentieren, \
             aufräumen.",
            "A good close: sum up, say goodbye, close the room, document, tidy up.",
        ),
        went_well: t(
            "Sie schließen Videocalls geordnet ab und dokumentieren das Ergebnis.",
            "You close video calls in good order and document the result.",
        ),
        to_learn: t(
            "Abschluss: zusammenfassen → verabschieden → Meeting für alle beenden → Vermerk → \
             aufräumen.",
            "Closing: sum up → goodbye → end for all → note → tidy up.",
        ),
    },
];
