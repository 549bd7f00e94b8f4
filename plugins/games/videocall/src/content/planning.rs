//! Episode "plan-the-call": choosing the right channel and preparing a video appointment with
//! customers and employers (competences 2.1 and 2.5).

use super::EpisodeDef;
use crate::item::{ItemDef, Kind, NONE, half, no, ok, says};
use crate::lang::t;

pub const EPISODE: EpisodeDef = EpisodeDef {
    id: "plan-the-call",
    title: t("Den passenden Kanal wählen", "Choosing the right channel"),
    summary: t(
        "Telefon, Video, E-Mail oder persönlich? Sie planen Gespräche mit Kundschaft und \
         Arbeitgebern, laden datensparsam ein und bereiten sich auf eine Videosprechstunde vor.",
        "Phone, video, mail or in person? You plan conversations with customers and employers, \
         send invitations that reveal little, and prepare for a video appointment.",
    ),
    minutes: 7,
    competences: &["2.1", "2.5"],
    items: &ITEMS,
};

const ITEMS: [ItemDef; 7] = [
    ItemDef {
        key: "reschedule",
        competence: "2.1",
        kind: Kind::Single,
        title: t("Ein Termin verschiebt sich", "An appointment moves"),
        scenario: t(
            "{employer} von der {company} schreibt Ihnen kurz: Das Vorstellungsgespräch mit \
             {customer_obj} am Dienstag passt nicht, Donnerstag ginge auch. Sie möchten das \
             schnell und verbindlich klären.",
            "{employer} of {company} sends you a short note: the job interview with {customer} \
             on Tuesday does not work, Thursday would. You want to settle this quickly and \
             reliably.",
        ),
        prompt: t("Welchen Weg wählen Sie?", "Which way do you choose?"),
        partner: NONE,
        lines: &[],
        options: &[
            ok(
                "phone-confirm",
                t(
                    "Kurz anrufen und den neuen Termin danach per E-Mail bestätigen",
                    "Call briefly and confirm the new date by mail afterwards",
                ),
                t(
                    "Ein kurzer Anruf klärt Rückfragen sofort; die Bestätigung per E-Mail hält \
                     das Ergebnis nachvollziehbar fest.",
                    "A short call settles questions at once; the confirmation by mail records \
                     the result.",
                ),
            ),
            half(
                "mail-options",
                t(
                    "Eine E-Mail mit drei Terminvorschlägen schicken",
                    "Send a mail with three possible dates",
                ),
                t(
                    "Das geht, führt aber oft zu mehreren Mails hin und her – für eine kurze \
                     Abstimmung ist ein Anruf schneller.",
                    "That works, but often leads to several mails back and forth – for a short \
                     agreement a call is faster.",
                ),
            ),
            no(
                "video-meeting",
                t(
                    "Eine Videokonferenz mit Bildschirmfreigabe ansetzen",
                    "Set up a video conference with screen sharing",
                ),
                t(
                    "Für eine Terminverschiebung ist das zu aufwendig: Es gibt nichts zu zeigen, \
                     und ein Termin für den Termin verzögert die Klärung.",
                    "Too much effort for moving a date: there is nothing to show, and a meeting \
                     about the meeting delays things.",
                ),
            ),
            no(
                "in-person",
                t(
                    "{employer_obj} zu einem persönlichen Gespräch ins Jobcenter bitten",
                    "Ask {employer_obj} to come to the job centre in person",
                ),
                t(
                    "Ein persönlicher Termin kostet alle Beteiligten Zeit und Wege – für eine \
                     reine Terminfrage ist das unverhältnismäßig.",
                    "An in-person meeting costs everyone time and travel – out of proportion for \
                     a question of dates.",
                ),
            )
            .shown_from(2),
            no(
                "messenger",
                t(
                    "Eine Nachricht an die private Messenger-Nummer von {employer_obj} schicken",
                    "Send a message to {employer_obj}'s private messenger number",
                ),
                t(
                    "Private Messenger sind für dienstliche Nachrichten nicht freigegeben. Schon dass {customer} \
                     Kundin oder Kunde des Jobcenters ist, ist ein Sozialdatum (§ 35 SGB I) und \
                     gehört nur über freigegebene Kanäle übermittelt.",
                    "Private messengers are not approved for work messages. Even the fact that \
                     {customer} is a job-centre customer is social data (§ 35 SGB I) and may only \
                     travel through approved channels.",
                ),
            )
            .shown_from(3),
        ],
        explain: t(
            "Faustregel: Kurze Abstimmungen am Telefon, Verbindliches schriftlich, Inhalte mit \
             Zeigen und Sehen per Video, schwierige oder vertrauliche Themen persönlich oder im \
             freigegebenen Videodienst.",
            "Rule of thumb: quick agreements by phone, binding matters in writing, showing and \
             seeing by video, difficult or confidential topics in person or in the approved \
             video service.",
        ),
        went_well: t(
            "Sie wählen für kurze Abstimmungen einen schnellen Kanal und halten das Ergebnis \
             schriftlich fest.",
            "You choose a quick channel for short agreements and record the result in writing.",
        ),
        to_learn: t(
            "Kurze Abstimmungen gehen am schnellsten am Telefon – mit schriftlicher Bestätigung.",
            "Short agreements are quickest by phone – with a written confirmation.",
        ),
    },
    ItemDef {
        key: "sensitive-talk",
        competence: "2.1",
        kind: Kind::Single,
        title: t("Ein vertrauliches Gespräch", "A confidential conversation"),
        scenario: t(
            "{customer} wohnt weit außerhalb und möchte mit Ihnen über gesundheitliche \
             Einschränkungen sprechen, die für die Stellensuche wichtig sind. {customer} hat ein \
             Smartphone und einen Laptop.",
            "{customer} lives far out of town and wants to talk to you about health limitations \
             that matter for the job search. {customer} has a smartphone and a laptop.",
        ),
        prompt: t("Was bieten Sie an?", "What do you offer?"),
        partner: NONE,
        lines: &[],
        options: &[
            ok(
                "approved-video",
                t(
                    "Einen Termin in der freigegebenen Videosprechstunde des Jobcenters – oder \
                     wahlweise ein persönliches Gespräch",
                    "An appointment in the job centre's approved video consultation – or, if \
                     preferred, a meeting in person",
                ),
                t(
                    "Der freigegebene Dienst ist von IT und Datenschutz geprüft und verschlüsselt; \
                     Sie sehen sich, und {customer} spart den Weg. Video bleibt ein Angebot: Die \
                     Wahl liegt bei der Kundschaft.",
                    "The approved service has been checked by IT and data protection and is \
                     encrypted; you see each other and {customer} saves the journey. Video stays \
                     an offer: the customer chooses.",
                ),
            ),
            no(
                "mail-attest",
                t(
                    "Um eine E-Mail mit dem ärztlichen Attest als Anhang bitten",
                    "Ask for a mail with the medical certificate attached",
                ),
                t(
                    "Gesundheitsdaten sind besonders geschützt (Art. 9 DSGVO). Normale E-Mail ist \
                     nicht Ende-zu-Ende-verschlüsselt; Unterlagen gehören in den sicheren Upload \
                     oder kommen per Post bzw. persönlich.",
                    "Health data is specially protected (Art. 9 GDPR). Ordinary mail is not \
                     end-to-end encrypted; documents belong in the secure upload, or come by \
                     post or in person.",
                ),
            ),
            half(
                "phone",
                t("Ein Telefonat", "A phone call"),
                t(
                    "Möglich, wenn Sie sich vergewissern, wer am Apparat ist. Für ein längeres, \
                     persönliches Gespräch ist Sehen aber oft hilfreich.",
                    "Possible if you make sure who is on the line. For a longer, personal talk, \
                     seeing each other often helps.",
                ),
            ),
            no(
                "private-messenger",
                t(
                    "Einen Videoanruf über Ihren privaten Messenger",
                    "A video call through your private messenger",
                ),
                t(
                    "Private Konten und Geräte sind für Sozialdaten tabu: Der Dienst ist nicht \
                     freigegeben, und Ihre private Nummer wird bekannt.",
                    "Private accounts and devices are off-limits for social data: the service is \
                     not approved, and your private number becomes known.",
                ),
            )
            .shown_from(2),
            no(
                "customer-tool",
                t(
                    "Den kostenlosen Videodienst, den {customer} vorschlägt",
                    "The free video service {customer} suggests",
                ),
                t(
                    "Auch wenn er praktisch ist: Ein nicht freigegebener Dienst kann Daten \
                     außerhalb der EU verarbeiten, ohne Vertrag zur Auftragsverarbeitung. Nutzen \
                     Sie nur, was Ihr Jobcenter freigegeben hat.",
                    "Handy as it may be: an unapproved service may process data outside the EU \
                     without a data processing agreement. Use only what your job centre has \
                     approved.",
                ),
            )
            .shown_from(3),
        ],
        explain: t(
            "Für vertrauliche Themen zählen zwei Dinge: ein geschützter, freigegebener Kanal und \
             die freie Wahl der Kundschaft. Das Sozialgeheimnis (§ 35 SGB I) gilt in jedem Kanal.",
            "For confidential topics two things count: a protected, approved channel and the \
             customer's free choice. Social data secrecy (§ 35 SGB I) applies in every channel.",
        ),
        went_well: t(
            "Für vertrauliche Themen bieten Sie den freigegebenen Videodienst oder ein \
             persönliches Gespräch an.",
            "For confidential topics you offer the approved video service or a meeting in person.",
        ),
        to_learn: t(
            "Gesundheitsdaten nie per einfacher E-Mail oder über private Dienste – nur über \
             freigegebene Kanäle.",
            "Never health data by plain mail or private services – only approved channels.",
        ),
    },
    ItemDef {
        key: "invitation",
        competence: "2.1",
        kind: Kind::Multiple,
        title: t("Die Einladung", "The invitation"),
        scenario: t(
            "{customer} hat sich für die Videosprechstunde entschieden. Sie schreiben die \
             Einladung aus dem Funktionspostfach des Jobcenters Musterstadt \
             (vermittlung@jobcenter.musterstadt.de).",
            "{customer} has chosen the video consultation. You write the invitation from the \
             team mailbox of Jobcenter Musterstadt (vermittlung@jobcenter.musterstadt.de).",
        ),
        prompt: t(
            "Was gehört in die Einladung?",
            "What belongs in the invitation?",
        ),
        partner: NONE,
        lines: &[],
        options: &[
            ok(
                "date",
                t(
                    "Datum, Uhrzeit und voraussichtliche Dauer",
                    "Date, time and expected duration",
                ),
                t(
                    "Damit kann sich {customer} den Termin freihalten und einen ruhigen Ort suchen.",
                    "So {customer} can keep the time free and find a quiet place.",
                ),
            ),
            ok(
                "link-fallback",
                t(
                    "Der Link zum Termin und eine Telefonnummer als Ausweichweg",
                    "The meeting link and a phone number as a fallback",
                ),
                t(
                    "Klappt die Technik nicht, geht das Gespräch am Telefon weiter – niemand \
                     verpasst den Termin.",
                    "If the technology fails, the talk continues by phone – nobody misses the \
                     appointment.",
                ),
            ),
            ok(
                "voluntary",
                t(
                    "Hinweis, dass ein persönlicher oder telefonischer Termin ebenso möglich ist",
                    "A note that an appointment in person or by phone is just as possible",
                ),
                t(
                    "Die Videosprechstunde ist ein Angebot; wer sie nicht nutzen kann oder will, \
                     darf keinen Nachteil haben.",
                    "The video consultation is an offer; anyone who cannot or will not use it \
                     must not be disadvantaged.",
                ),
            ),
            no(
                "subject-data",
                t(
                    "Die Kundennummer und „Anhörung zur Leistungsminderung“ im Betreff",
                    "The customer number and “hearing on a benefit reduction” in the subject",
                ),
                t(
                    "Betreffzeilen sind in Vorschauen und auf Sperrbildschirmen sichtbar. \
                     Datensparsam: „Ihr Termin im Jobcenter Musterstadt“ genügt.",
                    "Subjects show in previews and on lock screens. Keep data to a minimum: “Your \
                     appointment at Jobcenter Musterstadt” is enough.",
                ),
            ),
            no(
                "id-copy",
                t(
                    "Die Bitte, vorab eine Kopie des Personalausweises per E-Mail zu schicken",
                    "A request to mail a copy of the ID card in advance",
                ),
                t(
                    "Eine Ausweiskopie per E-Mail ist unnötig und riskant. Wer teilnimmt, klären \
                     Sie zu Beginn des Gesprächs, etwa mit Fragen, die nur {customer} beantworten \
                     kann.",
                    "An ID copy by mail is unnecessary and risky. You confirm who takes part at \
                     the start of the talk, for example with questions only {customer} can \
                     answer.",
                ),
            ),
            ok(
                "agenda",
                t(
                    "Kurz, worum es geht und welche Unterlagen bereitliegen sollten",
                    "Briefly what it is about and which documents to have at hand",
                ),
                t(
                    "Eine kleine Tagesordnung nimmt Unsicherheit und macht das Gespräch \
                     ergiebiger.",
                    "A short agenda removes uncertainty and makes the talk more productive.",
                ),
            )
            .shown_from(2),
            no(
                "recording",
                t(
                    "Hinweis, dass das Gespräch zur Dokumentation aufgezeichnet wird",
                    "A note that the talk will be recorded for documentation",
                ),
                t(
                    "Eine Aufzeichnung ist für die Dokumentation nicht erforderlich \
                     (Datenminimierung, Art. 5 DSGVO), und ohne wirksame Einwilligung aller wäre \
                     sie sogar strafbar (§ 201 StGB). Sie halten das Ergebnis als Vermerk fest.",
                    "A recording is not needed for documentation (data minimisation, Art. 5 \
                     GDPR), and without everyone's valid consent it would even be a criminal \
                     offence (§ 201 German Criminal Code). You record the result as a note.",
                ),
            )
            .shown_from(3),
        ],
        explain: t(
            "Eine gute Einladung enthält alles, was man zum Teilnehmen braucht – und nichts, was \
             Unbefugte nicht lesen sollten.",
            "A good invitation contains everything needed to take part – and nothing others \
             should not read.",
        ),
        went_well: t(
            "Ihre Einladungen sind vollständig und datensparsam.",
            "Your invitations are complete and reveal little.",
        ),
        to_learn: t(
            "In Einladungen: Termin, Link, Ausweichnummer und Alternativen – keine Sozialdaten im \
             Betreff, keine Ausweiskopien.",
            "In invitations: date, link, fallback number and alternatives – no social data in \
             the subject, no ID copies.",
        ),
    },
    ItemDef {
        key: "no-camera",
        competence: "2.1",
        kind: Kind::Phone,
        title: t("Ein Anruf vor dem Termin", "A call before the appointment"),
        scenario: t(
            "Am Tag vor der Videosprechstunde ruft {customer} an.",
            "The day before the video consultation, {customer} calls.",
        ),
        prompt: t("Wie antworten Sie?", "How do you reply?"),
        partner: t("{customer}", "{customer}"),
        lines: &[says(t(
            "Guten Tag, ich habe Ihre Einladung bekommen. Ich habe aber nur ein altes Handy, \
                 die Kamera geht kaum, und ehrlich gesagt kenne ich mich mit so was nicht aus.",
            "Hello, I got your invitation. But I only have an old phone, the camera hardly \
                 works, and honestly I don't know much about these things.",
        ))],
        options: &[
            ok(
                "offer-choice",
                t(
                    "Kein Problem. Wir können genauso gut telefonieren oder uns hier im \
                     Jobcenter treffen – was ist Ihnen lieber?",
                    "No problem. We can just as well talk on the phone or meet here at the job \
                     centre – which would you prefer?",
                ),
                t(
                    "Sie nehmen die Sorge ernst, bieten gleichwertige Wege an und lassen \
                     {customer_obj} wählen.",
                    "You take the concern seriously, offer equivalent ways and let {customer} \
                     choose.",
                ),
            ),
            half(
                "borrow",
                t(
                    "Leihen Sie sich doch ein Smartphone bei Bekannten, das klappt schon.",
                    "Why not borrow a smartphone from friends, it will work out.",
                ),
                t(
                    "Gut gemeint, aber es setzt unter Druck, und auf einem fremden Gerät bleiben \
                     vielleicht Spuren des Gesprächs.",
                    "Well meant, but it puts on pressure, and a borrowed device may keep traces \
                     of the talk.",
                ),
            ),
            no(
                "insist",
                t(
                    "Der Termin ist aber als Video geplant – bitte versuchen Sie es trotzdem.",
                    "But the appointment is planned as video – please try anyway.",
                ),
                t(
                    "Video ist freiwillig. Wer drängt, verunsichert und riskiert, dass der \
                     Termin platzt.",
                    "Video is voluntary. Pushing unsettles people and risks the appointment \
                     falling through.",
                ),
            ),
            half(
                "manual",
                t(
                    "Ich schicke Ihnen eine ausführliche Anleitung, dann klappt das sicher.",
                    "I'll send you detailed instructions, then it will surely work.",
                ),
                t(
                    "Hilfe ist gut, geht hier aber am Anliegen vorbei: Die Kamera funktioniert \
                     kaum. Fragen Sie zuerst, welcher Weg passt.",
                    "Help is good, but misses the point here: the camera hardly works. First ask \
                     which way suits.",
                ),
            )
            .shown_from(2),
        ],
        explain: t(
            "Digitale Angebote sollen Wege erleichtern, nicht versperren. Wer Video nicht nutzen \
             kann oder will, bekommt einen gleichwertigen Termin am Telefon oder vor Ort.",
            "Digital offers should make things easier, not block the way. Anyone who cannot or \
             will not use video gets an equivalent appointment by phone or in person.",
        ),
        went_well: t(
            "Sie bieten gleichwertige Alternativen an, wenn Video nicht passt.",
            "You offer equivalent alternatives when video does not suit.",
        ),
        to_learn: t(
            "Video ist ein Angebot: Lassen Sie die Kundschaft zwischen Telefon, Video und \
             persönlichem Termin wählen.",
            "Video is an offer: let customers choose between phone, video and meeting in person.",
        ),
    },
    ItemDef {
        key: "own-setup",
        competence: "2.5",
        kind: Kind::Multiple,
        title: t("Ihr eigener Auftritt", "How you come across"),
        scenario: t(
            "Die Videosprechstunde mit {customer_obj} beginnt in einer Viertelstunde. Sie sitzen \
             im Zweierbüro mit {colleague}.",
            "The video consultation with {customer} starts in a quarter of an hour. You share an \
             office with {colleague}.",
        ),
        prompt: t("Was bereiten Sie vor?", "What do you prepare?"),
        partner: NONE,
        lines: &[],
        options: &[
            ok(
                "test",
                t(
                    "Ton und Kamera kurz im Testanruf oder in der Vorschau prüfen",
                    "Check sound and camera briefly in a test call or the preview",
                ),
                t(
                    "So starten Sie pünktlich, statt die ersten Minuten mit Technik zu verbringen.",
                    "So you start on time instead of spending the first minutes on technology.",
                ),
            ),
            ok(
                "quiet-room",
                t(
                    "Einen ruhigen Besprechungsraum nutzen oder mit {colleague_obj} absprechen, \
                     dass gerade ein vertrauliches Gespräch läuft",
                    "Use a quiet meeting room or agree with {colleague} that a confidential talk \
                     is on",
                ),
                t(
                    "Vertraulichkeit gilt auch akustisch: Dritte sollen nicht mithören, und \
                     {customer} soll wissen, wer im Raum ist.",
                    "Confidentiality is acoustic too: others should not listen in, and \
                     {customer} should know who is in the room.",
                ),
            ),
            ok(
                "background",
                t(
                    "Den Bildhintergrund prüfen: keine Akten, Notizen oder Bildschirme mit Namen \
                     sichtbar – notfalls Weichzeichner",
                    "Check what is behind you: no files, notes or screens with names visible – \
                     blur if needed",
                ),
                t(
                    "Im Bild darf nichts zu sehen sein, was andere Kundinnen und Kunden betrifft.",
                    "Nothing concerning other customers may be visible in the picture.",
                ),
            ),
            no(
                "camera-off",
                t(
                    "Die eigene Kamera ausschalten, damit niemand das Büro sieht",
                    "Turn your camera off so nobody sees the office",
                ),
                t(
                    "Die Kundschaft möchte sehen, mit wem sie spricht – das schafft Vertrauen. \
                     Lösen Sie das Hintergrundproblem lieber mit Ordnung oder Weichzeichner.",
                    "Customers want to see who they are talking to – it builds trust. Solve the \
                     background problem with tidiness or blur instead.",
                ),
            ),
            no(
                "multitask",
                t(
                    "Nebenbei E-Mails beantworten, falls sich der Beginn verzögert und auch \
                     während des Gesprächs",
                    "Answer mails on the side in case the start is delayed, and during the talk",
                ),
                t(
                    "Nebenbeschäftigung merkt man im Video sofort; sie wirkt respektlos und \
                     lässt Wichtiges überhören.",
                    "Multitasking shows at once on video; it looks disrespectful and important \
                     things get missed.",
                ),
            ),
            no(
                "fun-background",
                t(
                    "Einen lustigen virtuellen Strandhintergrund wählen",
                    "Choose a funny virtual beach background",
                ),
                t(
                    "In einem Behördengespräch wirkt das unpassend; neutral oder weichgezeichnet \
                     ist angemessen.",
                    "In a conversation with an authority that seems out of place; neutral or \
                     blurred is appropriate.",
                ),
            )
            .shown_from(2),
            ok(
                "notifications",
                t(
                    "Benachrichtigungen von Chat und E-Mail stummschalten",
                    "Silence chat and mail notifications",
                ),
                t(
                    "Pop-ups stören und können beim Bildschirmteilen Namen oder Betreffzeilen \
                     anderer Fälle zeigen.",
                    "Pop-ups disturb and may show names or subjects of other cases while you \
                     share your screen.",
                ),
            )
            .shown_from(3),
        ],
        explain: t(
            "Netiquette im Video heißt: pünktlich, gut hörbar, sichtbar, ungestört und \
             aufmerksam – und nichts im Bild, was nicht hineingehört.",
            "Netiquette on video means: on time, clearly audible, visible, undisturbed and \
             attentive – and nothing in the picture that does not belong there.",
        ),
        went_well: t(
            "Sie bereiten Technik, Raum und Bildhintergrund sorgfältig vor.",
            "You prepare technology, room and background carefully.",
        ),
        to_learn: t(
            "Vor jedem Videotermin: Technik testen, ungestörten Raum sichern, Hintergrund prüfen, \
             Kamera an.",
            "Before each video appointment: test the technology, secure an undisturbed room, \
             check the background, camera on.",
        ),
    },
    ItemDef {
        key: "preparation-order",
        competence: "2.1",
        kind: Kind::Ordering,
        title: t("Der Weg zum Videotermin", "The way to a video appointment"),
        scenario: t(
            "{colleague} ist neu im Team und fragt Sie, wie Sie eine Videosprechstunde \
             organisieren.",
            "{colleague} is new in the team and asks how you organise a video consultation.",
        ),
        prompt: t(
            "Bringen Sie die Schritte in eine sinnvolle Reihenfolge.",
            "Put the steps in a sensible order.",
        ),
        partner: NONE,
        lines: &[],
        options: &[
            ok(
                "agree",
                t(
                    "Mit der Kundin oder dem Kunden klären, ob Video passt",
                    "Agree with the customer whether video suits",
                ),
                t(
                    "Video ist ein Angebot, keine Pflicht.",
                    "Video is an offer, not a duty.",
                ),
            ),
            ok(
                "create",
                t(
                    "Den Termin im freigegebenen Videodienst anlegen, mit Warteraum",
                    "Create the appointment in the approved video service, with a lobby",
                ),
                t(
                    "Nur der freigegebene Dienst; der Warteraum lässt Sie kontrollieren, wer \
                     eintritt.",
                    "Only the approved service; the lobby lets you control who enters.",
                ),
            ),
            ok(
                "invite",
                t(
                    "Die Einladung mit Link und Ausweichnummer senden",
                    "Send the invitation with link and fallback number",
                ),
                t(
                    "Datensparsamer Betreff, klare Angaben.",
                    "Minimal subject, clear details.",
                ),
            ),
            ok(
                "check",
                t(
                    "Kurz vorher Technik, Raum und Unterlagen prüfen",
                    "Shortly before, check technology, room and documents",
                ),
                t(
                    "So beginnt das Gespräch pünktlich.",
                    "So the talk starts on time.",
                ),
            ),
            ok(
                "open",
                t(
                    "Gespräch beginnen: Identität klären und den Ablauf erklären",
                    "Start the talk: confirm identity and explain the course",
                ),
                t(
                    "Erst wenn klar ist, wer teilnimmt, sprechen Sie über Sozialdaten.",
                    "Only once you know who takes part do you discuss social data.",
                ),
            ),
            ok(
                "document",
                t(
                    "Das Ergebnis zusammenfassen und als Vermerk in der E-Akte festhalten",
                    "Summarise the result and record it as a note in the e-file",
                ),
                t(
                    "Der Vermerk macht das Gespräch nachvollziehbar – eine Aufzeichnung braucht \
                     es nicht.",
                    "The note makes the talk traceable – no recording is needed.",
                ),
            )
            .shown_from(2),
        ],
        explain: t(
            "Erst den Kanal gemeinsam wählen, dann technisch sauber einladen, vorbereitet \
             beginnen und das Ergebnis dokumentieren.",
            "First choose the channel together, then invite properly, start prepared and \
             document the result.",
        ),
        went_well: t(
            "Sie kennen den Ablauf einer Videosprechstunde von der Absprache bis zum Vermerk.",
            "You know the course of a video consultation from agreement to note.",
        ),
        to_learn: t(
            "Ablauf: Kanal absprechen → Termin anlegen → einladen → vorbereiten → Identität \
             klären → dokumentieren.",
            "Course: agree the channel → create the meeting → invite → prepare → confirm \
             identity → document.",
        ),
    },
    ItemDef {
        key: "open-list",
        competence: "2.5",
        kind: Kind::Single,
        title: t("Ein offener Verteiler", "An open distribution list"),
        scenario: t(
            "{colleague} hat die Einladung zu einer Online-Infoveranstaltung „Wiedereinstieg in \
             den Beruf“ an zwölf Kundinnen und Kunden verschickt – alle Adressen stehen sichtbar \
             im An-Feld. Sie sind in Kopie.",
            "{colleague} has sent the invitation to an online information session “Returning to \
             work” to twelve customers – all addresses visible in the To field. You are in copy.",
        ),
        prompt: t("Was tun Sie?", "What do you do?"),
        partner: NONE,
        lines: &[],
        options: &[
            ok(
                "tell-and-report",
                t(
                    "{colleague_obj} direkt und freundlich ansprechen und gemeinsam die oder \
                     den Datenschutzbeauftragten informieren; künftig mit BCC oder einzeln einladen",
                    "Speak to {colleague} directly and in a friendly way and inform the data protection \
                     officer together; in future invite by BCC or one by one",
                ),
                t(
                    "Die Adressen verraten, wer Kundschaft des Jobcenters ist – ein Sozialdatum. \
                     Das kann eine Datenpanne sein, die das Jobcenter binnen 72 Stunden der \
                     Aufsichtsbehörde melden muss (Art. 33 DSGVO). Ob das so ist, bewertet es mit \
                     der oder dem Datenschutzbeauftragten – deshalb gleich intern melden.",
                    "The addresses reveal who is a job-centre customer – social data. This may \
                     be a breach the job centre must report to the supervisory authority within 72 \
                     hours (Art. 33 GDPR). Whether it is, the job centre assesses with the data \
                     protection officer – so report it internally right away.",
                ),
            ),
            no(
                "reply-all",
                t(
                    "Allen antworten: „Bitte keine offenen Verteiler verwenden!“",
                    "Reply all: “Please do not use open distribution lists!”",
                ),
                t(
                    "Das verbreitet die Adressen weiter und stellt {colleague_obj} vor allen bloß.",
                    "That spreads the addresses further and shows {colleague} up in front of \
                     everyone.",
                ),
            ),
            no(
                "ignore",
                t(
                    "Nichts tun – es sind ja nur E-Mail-Adressen.",
                    "Do nothing – they are only mail addresses.",
                ),
                t(
                    "E-Mail-Adressen sind personenbezogen, und hier zeigen sie zusätzlich den \
                     Kontakt zum Jobcenter.",
                    "Mail addresses are personal data, and here they also show contact with the \
                     job centre.",
                ),
            ),
            half(
                "only-tell",
                t(
                    "{colleague_obj} unter vier Augen darauf hinweisen, sonst nichts",
                    "Point it out to {colleague} in private, nothing more",
                ),
                t(
                    "Der respektvolle Hinweis ist richtig. Ob die Panne gemeldet werden muss, \
                     entscheiden Sie aber nicht allein – das gehört zum Datenschutz.",
                    "The respectful hint is right. But whether the breach must be reported is \
                     not yours alone to decide – it belongs with data protection.",
                ),
            )
            .shown_from(2),
        ],
        explain: t(
            "Fehler passieren. Gute Netiquette heißt: Betroffene schützen, Kolleginnen und \
             Kollegen nicht bloßstellen und den vorgesehenen Weg gehen.",
            "Mistakes happen. Good netiquette means protecting those affected, not exposing \
             colleagues, and taking the proper route.",
        ),
        went_well: t(
            "Bei Fehlern im Team reagieren Sie respektvoll und gehen den vorgesehenen Weg.",
            "When a colleague makes a mistake you react respectfully and take the proper route.",
        ),
        to_learn: t(
            "Offene Verteiler: nicht „Allen antworten“, Kollegin oder Kollegen ansprechen, \
             Datenschutz einbeziehen, künftig BCC.",
            "Open lists: no “reply all”, talk to the colleague, involve data protection, use BCC \
             in future.",
        ),
    },
];
