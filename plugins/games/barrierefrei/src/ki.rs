//! Episode "ki-assistent": using an AI assistant responsibly for content – no social data in
//! public tools or prompts, facts and legal statements checked, plain-language drafts that stay
//! correct, AI images labelled, and decisions left to people (DigComp 3.2, 1.2, 4.2 and 3.3).

use crate::content::{
    Card, Episode, Item, OrderStep, Task, Via, card, card_from, opt, opt_from, say, step, t,
};

/// The episode.
pub const EPISODE: Episode = Episode {
    id: "ki-assistent",
    title: t(
        "Mit dem KI-Assistenten schreiben",
        "Writing with the AI assistant",
    ),
    summary: t(
        "Entwürfe, einfache Sprache, Faktencheck: Nutzen Sie einen KI-Assistenten für Texte – \
         ohne Sozialdaten preiszugeben und ohne die Verantwortung abzugeben.",
        "Drafts, plain language, fact checks: use an AI assistant for texts – without giving \
         away social data and without handing over responsibility.",
    ),
    scenario: t(
        "Das Jobcenter Musterstadt hat einen KI-Assistenten eingeführt, der im Rechenzentrum der \
         Stadt läuft. Laut Dienstanweisung dürfen Sie ihn für Textarbeit nutzen: Entwürfe, \
         Zusammenfassungen, Umformulierungen. Personenbezogene Daten von Kundinnen und Kunden \
         gehören nicht hinein, und öffentliche KI-Dienste im Internet sind für dienstliche \
         Inhalte nicht freigegeben.\n\nDie europäische KI-Verordnung (AI Act) verlangt seit \
         Februar 2025, dass Organisationen, die KI einsetzen, für ausreichende KI-Kompetenz \
         ihrer Beschäftigten sorgen (Art. 4).",
        "Jobcenter Musterstadt has introduced an AI assistant that runs in the city's data \
         centre. According to the service instruction you may use it for work on texts: drafts, \
         summaries, rewording. Customers' personal data does not go into it, and public AI \
         services on the internet are not approved for work content.\n\nSince February 2025 the \
         European AI Act has required organisations that use AI to ensure sufficient AI \
         literacy among their staff (Art. 4).",
    ),
    closing: t(
        "Ein KI-Assistent liefert Entwürfe – die Fakten, die Daten der Menschen und die \
         Entscheidungen bleiben in Ihrer Verantwortung. Wer so mit ihm arbeitet, spart Zeit, \
         ohne Vertrauen zu verspielen.",
        "An AI assistant delivers drafts – the facts, people's data and the decisions remain \
         your responsibility. Working with it this way saves time without gambling away trust.",
    ),
    minutes: 9,
    competences: &["3.2", "1.2", "4.2", "3.3"],
    items: &ITEMS,
};

const ITEMS: [Item; 9] = [
    Item {
        id: "oeffentlicher-chatbot",
        competence: "4.2",
        min_level: 1,
        title: t("Schnell mal in den Chatbot?", "Quickly into the chatbot?"),
        situation: t(
            "Im Team-Chat schreibt Ihnen {kollege}.",
            "{kollege} writes to you in the team chat.",
        ),
        picture: None,
        task: Task::Dialogue {
            via: Via::Chat,
            partner: t("{kollege}", "{kollege}"),
            lines: &[say(
                t("{kollege}", "{kollege}"),
                t(
                    "Tipp für dich: Ich hab vorhin den ganzen Vermerk zu {kunde} in so einen \
                     kostenlosen KI-Chat im Internet kopiert – in zwei Minuten war der Brief \
                     fertig. Mach das doch auch, spart echt Zeit!",
                    "Tip for you: earlier I copied the whole case note on {kunde} into one of \
                     those free AI chats on the internet – the letter was done in two minutes. \
                     You should do that too, it really saves time!",
                ),
            )],
            replies: &[
                opt(
                    "melden",
                    1.0,
                    t(
                        "„Lieber nicht – das sind Sozialdaten, und der Dienst ist nicht \
                         freigegeben. Die Daten liegen jetzt bei einem fremden Anbieter. Ich \
                         nehme unseren Assistenten ohne Kundendaten. Und das mit dem Vermerk \
                         melden wir gleich der oder dem Datenschutzbeauftragten.“",
                        "“Better not – that's social data, and the service isn't approved. The \
                         data is now with an outside provider. I'll use our assistant without \
                         customer data. And let's report the case note to the data protection \
                         officer right away.”",
                    ),
                    t(
                        "Sie lehnen ab, nennen den Grund und sorgen dafür, dass der Vorfall \
                         gemeldet wird. Eine Datenpanne muss das Jobcenter prüfen und \
                         gegebenenfalls binnen 72 Stunden der Aufsichtsbehörde melden.",
                        "You decline, give the reason and make sure the incident is reported. \
                         The job centre must assess a data breach and, where required, report it \
                         to the supervisory authority within 72 hours.",
                    ),
                ),
                opt(
                    "nur-ablehnen",
                    0.5,
                    t(
                        "„Nee, das ist mir zu heikel, ich schreib meine Briefe lieber selbst.“",
                        "“No, that's too risky for me, I'd rather write my letters myself.”",
                    ),
                    t(
                        "Sie schützen die Daten Ihrer eigenen Fälle – gut. Aber der Vermerk zu \
                         {kunde} ist schon beim Anbieter; das muss gemeldet werden, damit das \
                         Jobcenter reagieren kann.",
                        "You protect the data of your own cases – good. But the case note on \
                         {kunde} is already with the provider; that must be reported so the job \
                         centre can respond.",
                    ),
                ),
                opt(
                    "verlauf-loeschen",
                    0.0,
                    t(
                        "„Gute Idee! Danach lösche ich einfach den Chatverlauf.“",
                        "“Good idea! I'll just delete the chat history afterwards.”",
                    ),
                    t(
                        "Gelöscht ist damit nur die Anzeige bei Ihnen. Was eingegeben wurde, \
                         liegt beim Anbieter – und hätte dort nie hingedurft.",
                        "That only deletes what you see. Whatever was entered is with the \
                         provider – and should never have gone there.",
                    ),
                ),
                opt_from(
                    2,
                    "ohne-namen",
                    0.0,
                    t(
                        "„Mach ich – ich lösche vorher nur den Namen raus.“",
                        "“I will – I'll just delete the name first.”",
                    ),
                    t(
                        "Ein Vermerk enthält viel mehr: BG-Nummer, Geburtsdatum, \
                         Gesundheitsangaben. Ohne Namen ist er nicht anonym – und der öffentliche \
                         Dienst ist ohnehin nicht freigegeben.",
                        "A case note contains much more: household number, date of birth, \
                         health details. Without the name it is not anonymous – and the public \
                         service is not approved anyway.",
                    ),
                ),
                opt_from(
                    3,
                    "eu-anbieter",
                    0.0,
                    t(
                        "„Kein Problem, der Anbieter sitzt in der EU, da gilt ja die DSGVO.“",
                        "“No problem, the provider is in the EU, so the GDPR applies.”",
                    ),
                    t(
                        "Auch innerhalb der EU dürfen Sozialdaten nur mit Befugnis und nur an \
                         vertraglich gebundene, freigegebene Auftragsverarbeiter gehen (§ 80 SGB \
                         X) – nicht an einen beliebigen Chat-Dienst.",
                        "Even within the EU, social data may only go out with a legal basis and \
                         only to approved processors under contract (§ 80 SGB X) – not to any \
                         chat service.",
                    ),
                ),
            ],
        },
        background: t(
            "Sozialdaten dürfen nur mit gesetzlicher Befugnis oder Einwilligung an Dritte gehen \
             (§ 35 SGB I, §§ 67d ff. SGB X). Ein öffentlicher KI-Dienst ist ein Dritter: Eingaben \
             können gespeichert, ausgewertet oder zum Training verwendet werden. Ist es doch \
             passiert, ist es eine Datenschutzverletzung, die Sie sofort intern melden.",
            "Social data may only go to third parties with a legal basis or consent (§ 35 SGB I, \
             §§ 67d ff. SGB X). A public AI service is a third party: inputs may be stored, \
             analysed or used for training. If it has happened anyway, it is a data breach that \
             you report internally at once.",
        ),
        lesson: t(
            "Kundendaten nie in öffentliche KI-Dienste – und wenn es doch passiert ist, sofort \
             intern melden.",
            "Never put customer data into public AI services – and if it has happened, report it \
             internally at once.",
        ),
    },
    Item {
        id: "anonymisieren",
        competence: "4.2",
        min_level: 1,
        title: t(
            "Die Anfrage ohne Sozialdaten",
            "The request without social data",
        ),
        situation: t(
            "Sie wollen mit dem KI-Assistenten des Jobcenters einen freundlichen Brief mit einem \
             neuen Termin entwerfen. {kollege} hat die Anfrage schon vorbereitet – so darf sie \
             aber nicht in den Assistenten:",
            "You want to draft a friendly letter with a new appointment using the job centre's \
             AI assistant. {kollege} has already prepared the request – but it must not go into \
             the assistant like this:",
        ),
        picture: None,
        task: Task::Redact {
            label: t(
                "Schreiben Sie die Anfrage so neu, dass keine Sozialdaten mehr darin stehen.",
                "Rewrite the request so that no social data is left in it.",
            ),
            hint: t(
                "Verwenden Sie nur die erfundenen Angaben aus der Aufgabe, keine echten Daten. \
                 Persönliches ergänzen Sie später im Fachverfahren.",
                "Use only the made-up details of the task, no real data. Personal details are \
                 added later in the case management system.",
            ),
            draft: t(
                "„Schreibe einen freundlichen Brief an {kunde} (geb. {geburt}, BG-Nummer {bg}). \
                 Termin letzte Woche verpasst, laut Attest wegen einer Depression in Behandlung. \
                 Neuer Termin: {datum}, 10 Uhr, Raum 214.“",
                "“Write a friendly letter to {kunde} (born {geburt}, household number {bg}). \
                 Missed last week's appointment, according to a doctor's note in treatment for \
                 depression. New appointment: {datum}, 10 a.m., room 214.”",
            ),
        },
        background: t(
            "Für einen guten Entwurf braucht der Assistent keine Person, nur die Situation – etwa: \
             „Eine Person hat einen Termin wegen Krankheit verpasst. Bitte einen freundlichen \
             Brief mit neuem Termin am {datum}, 10 Uhr, Raum 214, mit Platzhaltern für Name und \
             Anschrift.“ Name, Geburtsdatum, BG-Nummer und Diagnose sind Sozialdaten, \
             Gesundheitsdaten sogar besonders geschützt (Art. 9 DSGVO). Sie setzen sie erst im \
             Fachverfahren ein.",
            "For a good draft the assistant needs no person, only the situation – for instance: \
             “Someone missed an appointment because of illness. Please write a friendly letter \
             with a new appointment on {datum}, 10 a.m., room 214, with placeholders for name and \
             address.” Name, date of birth, household number and diagnosis are social data, \
             health data is even specially protected (Art. 9 GDPR). You add them only in the \
             case management system.",
        ),
        lesson: t(
            "Anfragen an die KI ohne Namen, Geburtsdaten, Nummern und Diagnosen stellen – \
             Persönliches erst im Fachverfahren einsetzen.",
            "Ask the AI without names, dates of birth, numbers and diagnoses – add personal \
             details only in the case management system.",
        ),
    },
    Item {
        id: "paragraf",
        competence: "1.2",
        min_level: 1,
        title: t(
            "Ein Paragraf, der nicht passt",
            "A section that does not fit",
        ),
        situation: t(
            "{kunde} hat sich beschwert, weil auf einen Antrag noch keine Antwort kam. Der \
             Assistent hat Ihnen eine Antwort entworfen. Darin steht: „Nach § 31 SGB X haben Sie \
             Anspruch auf eine Antwort innerhalb von 14 Tagen.“",
            "{kunde} has complained because an application has not been answered yet. The \
             assistant drafted a reply for you. It says: “Under § 31 SGB X you are entitled to an \
             answer within 14 days.”",
        ),
        picture: None,
        task: Task::Choice {
            multiple: false,
            prompt: t(
                "Wie gehen Sie mit dem Satz um?",
                "What do you do with the sentence?",
            ),
            options: &[
                opt(
                    "nachschlagen",
                    1.0,
                    t(
                        "Im Gesetz nachsehen, etwa auf gesetze-im-internet.de – § 31 SGB X regelt \
                         etwas anderes, also streiche ich den Satz",
                        "Look it up in the law, for instance on gesetze-im-internet.de – § 31 SGB \
                         X is about something else, so I delete the sentence",
                    ),
                    t(
                        "§ 31 SGB X bestimmt, was ein Verwaltungsakt ist; eine 14-Tage-Frist \
                         steht dort nicht. Sprachmodelle erfinden solche Angaben, und sie klingen \
                         überzeugend.",
                        "§ 31 SGB X defines what an administrative act is; there is no 14-day \
                         deadline in it. Language models invent such statements, and they sound \
                         convincing.",
                    ),
                ),
                opt(
                    "uebernehmen",
                    0.0,
                    t(
                        "Übernehmen – der Assistent kennt die Gesetze ja",
                        "Keep it – the assistant knows the law, after all",
                    ),
                    t(
                        "Sprachmodelle erzeugen wahrscheinliche Wörter, kein geprüftes Wissen. \
                         Paragrafen, Fristen und Zahlen können erfunden oder falsch zugeordnet \
                         sein.",
                        "Language models produce likely words, not checked knowledge. Sections, \
                         deadlines and figures may be invented or wrongly attributed.",
                    ),
                ),
                opt(
                    "nachfragen",
                    0.0,
                    t(
                        "Den Assistenten fragen, ob er sich sicher ist",
                        "Ask the assistant whether it is sure",
                    ),
                    t(
                        "Die Antwort klingt dann meist genauso überzeugend – auch wenn sie falsch \
                         ist. Prüfen können Sie nur an der Quelle.",
                        "The answer usually sounds just as convincing – even when it is wrong. \
                         You can only check at the source.",
                    ),
                ),
                opt_from(
                    2,
                    "nur-paragraf-weg",
                    0.0,
                    t(
                        "Nur die Paragrafenangabe streichen und die 14 Tage stehen lassen",
                        "Delete only the section reference and keep the 14 days",
                    ),
                    t(
                        "Die Aussage bleibt falsch – und weckt bei {kunde} eine Erwartung, die \
                         das Jobcenter so nicht zugesagt hat.",
                        "The statement is still wrong – and raises an expectation in {kunde} \
                         that the job centre never made.",
                    ),
                ),
                opt_from(
                    3,
                    "gute-absicht",
                    0.0,
                    t(
                        "Den Satz stehen lassen – eine schnelle Antwort ist ja ohnehin das Ziel",
                        "Keep the sentence – a quick answer is the aim anyway",
                    ),
                    t(
                        "Ein guter Vorsatz ist kein Rechtsanspruch. Was im Brief steht, gilt als \
                         Auskunft des Jobcenters – es muss stimmen.",
                        "A good intention is not a legal entitlement. What the letter says counts \
                         as information from the job centre – it must be right.",
                    ),
                ),
            ],
        },
        background: t(
            "KI-Assistenten erfinden mitunter Fundstellen, Fristen oder Urteile. Rechtliche \
             Aussagen prüfen Sie an der Quelle: im Gesetz, in den Weisungen und Arbeitshilfen \
             Ihres Hauses. Jeder Satz im Brief ist eine Auskunft des Jobcenters – eine falsche \
             schadet beiden Seiten.",
            "AI assistants sometimes invent references, deadlines or judgments. You check legal \
             statements at the source: in the law, in your organisation's instructions and \
             guidance. Every sentence in a letter is information from the job centre – a wrong \
             one harms both sides.",
        ),
        lesson: t(
            "Paragrafen, Fristen und Zahlen aus KI-Texten immer an der Quelle prüfen.",
            "Always check sections, deadlines and figures from AI texts at the source.",
        ),
    },
    Item {
        id: "faktencheck",
        competence: "1.2",
        min_level: 1,
        title: t(
            "Der Entwurf für den Infotag",
            "The draft for the information day",
        ),
        situation: t(
            "Der Assistent hat aus Ihren Notizen einen Flyertext für den Infotag Weiterbildung \
             entworfen.\n\n**Ihre Notizen:** Infotag Weiterbildung am {datum}, 9 bis 13 Uhr, \
             Jobcenter Musterstadt, Raum E.04 im Erdgeschoss, stufenlos erreichbar. Keine \
             Anmeldung nötig. Beratung zu Weiterbildung und Umschulung; Arbeitgeber aus der \
             Region stellen sich vor, unter anderem {firma}.",
            "The assistant drafted a flyer text for the further training information day from \
             your notes.\n\n**Your notes:** Information day on further training, {datum}, 9 a.m. \
             to 1 p.m., Jobcenter Musterstadt, room E.04 on the ground floor, step-free access. No \
             registration needed. Advice on further training and retraining; regional employers \
             present themselves, among them {firma}.",
        ),
        picture: None,
        task: Task::Categorise {
            prompt: t(
                "Prüfen Sie jede Aussage des Entwurfs an Ihren Notizen.",
                "Check every statement of the draft against your notes.",
            ),
            categories: &[
                (
                    "belegt",
                    t(
                        "In den Notizen belegt – kann bleiben",
                        "Backed by the notes – can stay",
                    ),
                ),
                (
                    "streichen",
                    t(
                        "Nicht belegt – prüfen oder streichen",
                        "Not backed – check or delete",
                    ),
                ),
            ],
            cards: &FAKTEN,
            shown: [5, 6, 8],
        },
        background: t(
            "KI-Assistenten füllen Lücken mit Plausiblem: Zitate, Zahlen, Links und Zusagen, die \
             nie jemand gemacht hat. Gleichen Sie jeden Satz mit Ihren Quellen ab. Was sich nicht \
             belegen lässt, kommt nicht in den Flyer – das Jobcenter steht für jeden Satz ein.",
            "AI assistants fill gaps with plausible content: quotes, figures, links and promises \
             nobody ever made. Compare every sentence with your sources. Whatever cannot be \
             backed up does not go into the flyer – the job centre stands behind every sentence.",
        ),
        lesson: t(
            "KI-Entwürfe Satz für Satz mit den Quellen abgleichen und Unbelegtes streichen.",
            "Compare AI drafts with the sources sentence by sentence and delete what is not \
             backed up.",
        ),
    },
    Item {
        id: "einfache-sprache",
        competence: "3.2",
        min_level: 1,
        title: t(
            "Die Einladung in einfacher Sprache",
            "The invitation in plain language",
        ),
        situation: t(
            "Der Einladung an {kunde} – Termin am {datum}, 10 Uhr, Raum 214 – soll eine \
             Erklärung in einfacher Sprache beiliegen. Im Original steht: „Gemäß § 59 SGB II in \
             Verbindung mit § 309 SGB III sind Sie verpflichtet, sich zu dem genannten Termin \
             persönlich zu melden.“ Darunter folgt die Rechtsfolgenbelehrung. Der Assistent hat \
             mehrere Fassungen vorgeschlagen.",
            "The invitation to {kunde} – appointment on {datum}, 10 a.m., room 214 – is to come \
             with an explanation in plain language. The original says: “Pursuant to § 59 SGB II \
             in conjunction with § 309 SGB III you are obliged to report in person at the \
             appointment stated.” It is followed by the notice of legal consequences. The \
             assistant has suggested several versions.",
        ),
        picture: None,
        task: Task::Choice {
            multiple: false,
            prompt: t(
                "Welche Fassung legen Sie bei?",
                "Which version do you enclose?",
            ),
            options: &[
                opt(
                    "stimmig",
                    1.0,
                    t(
                        "„Bitte kommen Sie am {datum} um 10 Uhr ins Jobcenter, Raum 214. Sie \
                         müssen zu diesem Termin kommen. Wenn Sie nicht kommen können, rufen Sie \
                         uns bitte vorher an. Wenn Sie ohne wichtigen Grund nicht kommen, kann \
                         das Jobcenter Ihr Geld kürzen.“",
                        "“Please come to the job centre on {datum} at 10 a.m., room 214. You \
                         must come to this appointment. If you cannot come, please call us \
                         beforehand. If you do not come without a good reason, the job centre \
                         can cut your money.”",
                    ),
                    t(
                        "Kurze Sätze, „Sie“, alle Angaben stimmen, und die Pflicht und ihre Folge \
                         stehen verständlich drin.",
                        "Short sentences, polite address, all details right, and the duty and \
                         its consequence are stated clearly.",
                    ),
                ),
                opt(
                    "falsches-datum",
                    0.0,
                    t(
                        "„Bitte kommen Sie am Montag um 10 Uhr zu uns. Sie müssen kommen. Wenn \
                         Sie nicht kommen, kann das Jobcenter Ihr Geld kürzen.“",
                        "“Please come to us on Monday at 10 a.m. You must come. If you do not \
                         come, the job centre can cut your money.”",
                    ),
                    t(
                        "Klingt einfach, aber der Assistent hat den Termin verändert: Aus dem \
                         {datum} wurde „Montag“, und der Raum fehlt. Beim Vereinfachen gehen \
                         Fakten leicht verloren.",
                        "Sounds simple, but the assistant changed the appointment: {datum} \
                         became “Monday”, and the room is missing. Facts easily get lost in \
                         simplifying.",
                    ),
                ),
                opt(
                    "kumpelhaft",
                    0.0,
                    t(
                        "„Hey, du hast einen Termin bei uns! Komm bitte vorbei, sonst gibt's \
                         Ärger.“",
                        "“Hey, you've got an appointment with us! Please drop by, or there'll \
                         be trouble.”",
                    ),
                    t(
                        "Einfach heißt nicht kumpelhaft: Erwachsene werden gesiezt, und \
                         „Ärger“ erklärt nicht, was wirklich passieren kann. Datum und Raum \
                         fehlen auch.",
                        "Simple does not mean chummy: adults are addressed formally, and \
                         “trouble” does not explain what can really happen. Date and room are \
                         missing, too.",
                    ),
                ),
                opt_from(
                    2,
                    "freiwillig",
                    0.0,
                    t(
                        "„Wir laden Sie am {datum} um 10 Uhr in Raum 214 ein. Wenn Sie keine Zeit \
                         haben, müssen Sie nicht kommen.“",
                        "“We invite you on {datum} at 10 a.m. to room 214. If you have no time, \
                         you do not have to come.”",
                    ),
                    t(
                        "Inhaltlich falsch: Der Termin ist eine Pflicht; fernbleiben darf nur, \
                         wer einen wichtigen Grund hat. Die Vereinfachung hat die Rechtslage \
                         verdreht.",
                        "Wrong in substance: the appointment is a duty; only someone with a good \
                         reason may stay away. The simplification has twisted the law.",
                    ),
                ),
                opt_from(
                    3,
                    "belehrung-streichen",
                    0.0,
                    t(
                        "Die Fassung mit Datum, Raum, Pflicht und Folge beilegen – und dafür \
                         die Rechtsfolgenbelehrung aus der Einladung streichen, weil sie zu \
                         kompliziert ist",
                        "Enclose the version with date, room, duty and consequence – and delete \
                         the notice of legal consequences from the invitation instead, because \
                         it is too complicated",
                    ),
                    t(
                        "Die einfache Fassung ergänzt die Einladung nur. Die \
                         Rechtsfolgenbelehrung muss im Schreiben bleiben – ohne sie ist {kunde} \
                         nicht ordnungsgemäß über die Folgen informiert.",
                        "The plain version only complements the invitation. The notice of legal \
                         consequences must stay in the letter – without it {kunde} is not \
                         properly informed of the consequences.",
                    ),
                ),
            ],
        },
        background: t(
            "Einfache Sprache senkt Hürden – aber jede Vereinfachung muss fachlich stimmen. \
             Prüfen Sie KI-Fassungen auf Daten, Pflichten und Folgen. Die Erklärung in einfacher \
             Sprache ergänzt das verbindliche Schreiben; sie ersetzt weder die Einladung noch die \
             Rechtsfolgenbelehrung.",
            "Plain language lowers barriers – but every simplification must be right in \
             substance. Check AI versions for dates, duties and consequences. The plain-language \
             explanation complements the binding letter; it replaces neither the invitation nor \
             the notice of legal consequences.",
        ),
        lesson: t(
            "KI-Vereinfachungen fachlich prüfen: Daten, Pflichten und Folgen müssen stimmen; das \
             Original bleibt verbindlich.",
            "Check AI simplifications in substance: dates, duties and consequences must be \
             right; the original stays binding.",
        ),
    },
    Item {
        id: "ki-bild",
        competence: "3.3",
        min_level: 1,
        title: t("Ein Bild aus dem Generator", "A picture from the generator"),
        situation: t(
            "Für den Flyer zum Infotag hat der Assistent ein fotorealistisches Bild erzeugt: eine \
             lächelnde Beraterin mit einem Kunden am Schreibtisch, im Hintergrund ein Schild, das \
             wie das des Jobcenters Musterstadt aussieht. {kollege} findet es perfekt.",
            "For the information day flyer the assistant generated a photorealistic picture: a \
             smiling adviser with a customer at a desk, in the background a sign that looks like \
             that of Jobcenter Musterstadt. {kollege} thinks it is perfect.",
        ),
        picture: None,
        task: Task::Decide {
            prompt: t("Wie verwenden Sie das Bild?", "How do you use the picture?"),
            options: &[
                opt(
                    "kennzeichnen",
                    1.0,
                    t(
                        "Prüfen und mit dem Hinweis „KI-generiert“ verwenden",
                        "Check it and use it marked “AI-generated”",
                    ),
                    t(
                        "Sie prüfen das Bild auf Fehler und Klischees und machen kenntlich, dass \
                         es kein echtes Foto ist. Ab August 2026 verlangt die KI-Verordnung für \
                         täuschend echte KI-Bilder ohnehin einen Hinweis.",
                        "You check the picture for errors and stereotypes and make clear that it \
                         is not a real photo. From August 2026 the AI Act requires a notice for \
                         deceptively real AI images anyway.",
                    ),
                ),
                opt(
                    "als-foto",
                    0.0,
                    t(
                        "Als Foto verwenden, ohne Hinweis",
                        "Use it as a photo, without a note",
                    ),
                    t(
                        "Dann halten alle die Szene für echt – Menschen, die es nicht gibt, in \
                         Räumen, die so nicht aussehen. Das kostet Vertrauen, und täuschend echte \
                         KI-Bilder sind nach der KI-Verordnung offenzulegen.",
                        "Then everyone takes the scene for real – people who do not exist, in \
                         rooms that do not look like that. That costs trust, and deceptively real \
                         AI images must be disclosed under the AI Act.",
                    ),
                ),
                opt(
                    "copyright",
                    0.0,
                    t(
                        "Mit „© Jobcenter Musterstadt“ verwenden",
                        "Use it with “© Jobcenter Musterstadt”",
                    ),
                    t(
                        "Rein KI-erzeugte Bilder sind in der Regel nicht urheberrechtlich \
                         geschützt, weil kein Mensch sie geschaffen hat. Ein ©-Hinweis führt in \
                         die Irre – und der Hinweis auf die KI fehlt weiterhin.",
                        "Purely AI-generated pictures are usually not protected by copyright, \
                         because no human created them. A © notice misleads – and the note about \
                         the AI is still missing.",
                    ),
                ),
            ],
        },
        background: t(
            "Für KI-Bilder gelten die Nutzungsbedingungen des Werkzeugs; ein Urheberrecht \
             entsteht an rein maschinell erzeugten Bildern in der Regel nicht. Die KI-Verordnung \
             (Art. 50) verlangt ab dem 2. August 2026, täuschend echte KI-Bilder, -Videos und \
             -Töne („Deepfakes“) offenzulegen. Ein klarer Hinweis schafft ohnehin Vertrauen.",
            "AI images are governed by the tool's terms of use; purely machine-made pictures \
             usually do not attract copyright. From 2 August 2026 the AI Act (Art. 50) requires \
             deceptively real AI images, videos and audio (“deepfakes”) to be disclosed. A clear \
             note builds trust anyway.",
        ),
        lesson: t(
            "KI-Bilder prüfen und als KI-generiert kennzeichnen; ein ©-Hinweis passt nicht.",
            "Check AI pictures and mark them as AI-generated; a © notice does not fit.",
        ),
    },
    Item {
        id: "entscheidung",
        competence: "4.2",
        min_level: 1,
        title: t("Entscheidet jetzt die KI?", "Does the AI decide now?"),
        situation: t(
            "{kunde} hat einen Termin ohne Nachricht versäumt. In der Teambesprechung hat \
             {kollege} eine Idee.",
            "{kunde} missed an appointment without notice. In the team meeting {kollege} has an \
             idea.",
        ),
        picture: None,
        task: Task::Dialogue {
            via: Via::InPerson,
            partner: t("{kollege}", "{kollege}"),
            lines: &[say(
                t("{kollege}", "{kollege}"),
                t(
                    "Der Assistent kann doch prüfen, ob {kunde} einen wichtigen Grund hatte, und \
                     gleich den Bescheid über die Minderung schreiben. Dann müssen wir uns damit \
                     nicht mehr befassen.",
                    "The assistant could check whether {kunde} had a good reason and write the \
                     decision on the benefit reduction straight away. Then we don't have to deal \
                     with it any more.",
                ),
            )],
            replies: &[
                opt(
                    "mensch-entscheidet",
                    1.0,
                    t(
                        "„Nein. Ob ein wichtiger Grund vorliegt, prüfe ich selbst, nachdem \
                         {kunde} angehört wurde – das ist eine Entscheidung im Einzelfall. Beim \
                         Formulieren darf der Assistent helfen; entscheiden und verantworten tun \
                         wir.“",
                        "“No. Whether there was a good reason is something I check myself, after \
                         {kunde} has been heard – it is an individual decision. The assistant \
                         may help with the wording; we decide and take responsibility.”",
                    ),
                    t(
                        "Die Prüfung des Einzelfalls und die Entscheidung bleiben beim Menschen. \
                         Der Assistent kann höchstens beim Formulieren helfen.",
                        "Examining the individual case and deciding stay with people. The \
                         assistant can at most help with the wording.",
                    ),
                ),
                opt(
                    "neutraler",
                    0.0,
                    t(
                        "„Gute Idee, die KI ist sowieso neutraler als wir.“",
                        "“Good idea, the AI is more neutral than us anyway.”",
                    ),
                    t(
                        "KI-Systeme sind nicht neutral: Sie können Vorurteile aus ihren \
                         Trainingsdaten übernehmen und kennen den Einzelfall nicht. Die \
                         Entscheidung über Leistungen darf nicht bei ihnen liegen.",
                        "AI systems are not neutral: they can take on biases from their training \
                         data and do not know the individual case. Decisions on benefits must \
                         not rest with them.",
                    ),
                ),
                opt(
                    "nur-unterschreiben",
                    0.0,
                    t(
                        "„Einverstanden, solange ich den Bescheid am Ende unterschreibe.“",
                        "“Fine, as long as I sign the decision at the end.”",
                    ),
                    t(
                        "Eine Unterschrift unter eine fremde Entscheidung ist keine eigene \
                         Prüfung. Sie müssen den Fall selbst würdigen – sonst entscheidet \
                         faktisch die Maschine.",
                        "Signing someone else's decision is not your own assessment. You must \
                         weigh the case yourself – otherwise the machine decides in effect.",
                    ),
                ),
                opt_from(
                    3,
                    "ohne-anhoerung",
                    0.0,
                    t(
                        "„Ja, und die Anhörung sparen wir uns, der Fall ist eindeutig.“",
                        "“Yes, and we'll skip the hearing, the case is clear.”",
                    ),
                    t(
                        "Vor einem belastenden Bescheid muss {kunde} angehört werden (§ 24 SGB \
                         X). Erst danach lässt sich beurteilen, ob ein wichtiger Grund vorlag.",
                        "Before an adverse decision {kunde} must be heard (§ 24 SGB X). Only \
                         then can you judge whether there was a good reason.",
                    ),
                ),
            ],
        },
        background: t(
            "Über Leistungen und Minderungen entscheiden Menschen nach Prüfung des Einzelfalls. \
             Die DSGVO schützt davor, einer ausschließlich automatisierten Entscheidung mit \
             rechtlicher Wirkung unterworfen zu werden (Art. 22 DSGVO), und die KI-Verordnung \
             stuft KI-Systeme, mit denen Behörden Ansprüche auf öffentliche Leistungen prüfen oder \
             Leistungen kürzen, als Hochrisiko-Systeme ein. Ein allgemeiner Schreibassistent ist \
             dafür weder gedacht noch freigegeben.",
            "Benefits and reductions are decided by people after examining the individual case. \
             The GDPR protects against being subject to a decision based solely on automated \
             processing with legal effect (Art. 22 GDPR), and the AI Act classes AI systems with \
             which authorities assess entitlement to public benefits or reduce them as high-risk. \
             A general writing assistant is neither meant nor approved for that.",
        ),
        lesson: t(
            "Über Leistungen entscheidet ein Mensch nach Prüfung des Einzelfalls – die KI hilft \
             höchstens beim Formulieren.",
            "A person decides on benefits after examining the individual case – AI at most helps \
             with the wording.",
        ),
    },
    Item {
        id: "prompt",
        competence: "3.2",
        min_level: 2,
        title: t(
            "Ein guter Auftrag an den Assistenten",
            "A good brief for the assistant",
        ),
        situation: t(
            "Der Assistent soll einen ersten Entwurf für den Flyertext zum Infotag Weiterbildung \
             am {datum} schreiben.",
            "The assistant is to write a first draft of the flyer text for the further training \
             information day on {datum}.",
        ),
        picture: None,
        task: Task::Choice {
            multiple: false,
            prompt: t("Welchen Auftrag geben Sie?", "Which brief do you give?"),
            options: &[
                opt(
                    "mit-kontext",
                    1.0,
                    t(
                        "„Du schreibst für das Jobcenter Musterstadt. Zielgruppe: \
                         Arbeitsuchende, viele mit wenig Deutschkenntnissen. Aufgabe: Flyertext \
                         für den Infotag Weiterbildung, höchstens 120 Wörter, einfache Sprache, \
                         Anrede mit ‚Sie‘. Fakten: {datum}, 9 bis 13 Uhr, Raum E.04, keine \
                         Anmeldung nötig. Erfinde keine weiteren Fakten.“",
                        "“You are writing for Jobcenter Musterstadt. Audience: job seekers, many \
                         with little German. Task: flyer text for the further training \
                         information day, at most 120 words, plain language, polite form of \
                         address. Facts: {datum}, 9 a.m. to 1 p.m., room E.04, no registration \
                         needed. Do not invent any further facts.”",
                    ),
                    t(
                        "Rolle, Zielgruppe, Zweck, Umfang, Ton und die Fakten – und die klare \
                         Ansage, nichts zu erfinden. So wird der Entwurf brauchbar und leichter \
                         zu prüfen.",
                        "Role, audience, purpose, length, tone and the facts – and the clear \
                         instruction not to invent anything. That makes the draft usable and \
                         easier to check.",
                    ),
                ),
                opt(
                    "vage",
                    0.0,
                    t(
                        "„Schreib was Schönes über Weiterbildung.“",
                        "“Write something nice about further training.”",
                    ),
                    t(
                        "Ohne Zielgruppe, Zweck und Fakten rät der Assistent – und füllt die \
                         Lücken mit Erfundenem.",
                        "Without audience, purpose and facts the assistant guesses – and fills \
                         the gaps with inventions.",
                    ),
                ),
                opt(
                    "ausschmuecken",
                    0.0,
                    t(
                        "„Schreib einen Flyer für den Infotag und füge überzeugende \
                         Erfolgszahlen und passende Paragrafen hinzu.“",
                        "“Write a flyer for the information day and add convincing success \
                         figures and suitable legal sections.”",
                    ),
                    t(
                        "Damit bitten Sie ausdrücklich um erfundene Zahlen und Rechtsangaben – \
                         genau das, was Sie danach mühsam herausprüfen müssten.",
                        "That expressly asks for invented figures and legal references – exactly \
                         what you would then have to weed out laboriously.",
                    ),
                ),
                opt(
                    "kundenliste",
                    0.0,
                    t(
                        "„Schreib einen Flyertext für den Infotag am {datum}. Damit du die \
                         Zielgruppe kennst, hier die Liste der Eingeladenen mit Anschrift: …“",
                        "“Write a flyer text for the information day on {datum}. So that you \
                         know the audience, here is the list of invitees with addresses: …”",
                    ),
                    t(
                        "Der Gedanke an die Zielgruppe ist gut, aber die Kundenliste hat im \
                         Assistenten nichts zu suchen. Eine allgemeine Beschreibung genügt.",
                        "Thinking of the audience is good, but the customer list has no place in \
                         the assistant. A general description is enough.",
                    ),
                ),
            ],
        },
        background: t(
            "Gute Aufträge („Prompts“) nennen Rolle, Zielgruppe, Zweck, Format und Umfang, Ton \
             und die Fakten, die gelten – ohne personenbezogene Daten. Bitten Sie ausdrücklich \
             darum, nichts zu erfinden, und prüfen Sie das Ergebnis trotzdem.",
            "Good briefs (“prompts”) state role, audience, purpose, format and length, tone and \
             the facts that apply – without personal data. Ask expressly for nothing to be \
             invented, and check the result all the same.",
        ),
        lesson: t(
            "Prompts mit Rolle, Zielgruppe, Zweck, Format und Fakten schreiben – ohne \
             Personendaten und mit der Bitte, nichts zu erfinden.",
            "Write prompts with role, audience, purpose, format and facts – without personal \
             data and asking for nothing to be invented.",
        ),
    },
    Item {
        id: "ablauf",
        competence: "3.2",
        min_level: 3,
        title: t("Vom Auftrag bis zum Versand", "From brief to dispatch"),
        situation: t(
            "{kollege} ist neu im Team und fragt, wie man einen Kundenbrief mit Hilfe des \
             Assistenten sauber erstellt.",
            "{kollege} is new to the team and asks how to write a customer letter properly with \
             the assistant's help.",
        ),
        picture: None,
        task: Task::Ordering {
            prompt: t(
                "Bringen Sie die Schritte in eine sinnvolle Reihenfolge.",
                "Put the steps in a sensible order.",
            ),
            steps: &ABLAUF,
        },
        background: t(
            "Der Assistent steht am Anfang, nicht am Ende: Er liefert einen Entwurf. Prüfen, \
             persönlich machen und verantworten bleibt Ihre Aufgabe – und die Sozialdaten kommen \
             erst im Fachverfahren dazu.",
            "The assistant comes at the beginning, not the end: it delivers a draft. Checking, \
             personalising and taking responsibility remain your job – and the social data is \
             added only in the case management system.",
        ),
        lesson: t(
            "Mit KI: ohne Personendaten beauftragen, den Entwurf prüfen, erst im Fachverfahren \
             persönlich machen, selbst verantworten.",
            "With AI: brief it without personal data, check the draft, personalise only in the \
             case management system, take responsibility yourself.",
        ),
    },
];

/// The statements of the categorise item "faktencheck".
const FAKTEN: [Card; 9] = [
    card(
        "zeit",
        "belegt",
        t(
            "Der Infotag findet am {datum} von 9 bis 13 Uhr statt.",
            "The information day takes place on {datum} from 9 a.m. to 1 p.m.",
        ),
        t("Steht so in Ihren Notizen.", "That is what your notes say."),
    ),
    card(
        "anmeldung",
        "belegt",
        t(
            "Eine Anmeldung ist nicht nötig.",
            "No registration is needed.",
        ),
        t("Steht in Ihren Notizen.", "It is in your notes."),
    ),
    card(
        "raum",
        "belegt",
        t(
            "Raum E.04 im Erdgeschoss ist stufenlos erreichbar.",
            "Room E.04 on the ground floor has step-free access.",
        ),
        t(
            "Steht in Ihren Notizen – eine wichtige Angabe für alle, die auf Barrierefreiheit \
             angewiesen sind.",
            "It is in your notes – important for everyone who depends on accessibility.",
        ),
    ),
    card(
        "zitat",
        "streichen",
        t(
            "Der Oberbürgermeister sagt: „Weiterbildung ist der Schlüssel zum Erfolg.“",
            "The mayor says: “Further training is the key to success.”",
        ),
        t(
            "Ein erfundenes Zitat. Zitate einer echten Person brauchen eine Quelle und ihre \
             Freigabe.",
            "An invented quote. Quotes of a real person need a source and their approval.",
        ),
    ),
    card(
        "erfolgsquote",
        "streichen",
        t(
            "98 % der Teilnehmenden finden innerhalb eines Monats eine Stelle.",
            "98% of participants find a job within a month.",
        ),
        t(
            "Eine Zahl ohne Quelle – frei erfunden und obendrein ein Versprechen, das niemand \
             halten kann.",
            "A figure without a source – made up, and a promise nobody can keep on top of that.",
        ),
    ),
    card_from(
        2,
        "arbeitgeber",
        "belegt",
        t(
            "Arbeitgeber aus der Region stellen sich vor, zum Beispiel {firma}.",
            "Regional employers present themselves, for example {firma}.",
        ),
        t("Steht in Ihren Notizen.", "It is in your notes."),
    ),
    card_from(
        2,
        "gutschein",
        "streichen",
        t(
            "Alle Teilnehmenden erhalten einen Bildungsgutschein.",
            "All participants receive a training voucher.",
        ),
        t(
            "Falsch: Über eine Förderung wird im Einzelfall entschieden. So ein Satz weckt \
             Erwartungen, die das Jobcenter nicht erfüllen kann.",
            "Wrong: funding is decided case by case. A sentence like this raises expectations the \
             job centre cannot meet.",
        ),
    ),
    card_from(
        3,
        "link",
        "streichen",
        t(
            "Mehr Informationen: www.jobcenter-musterstadt.de/infotag",
            "More information: www.jobcenter-musterstadt.de/infotag",
        ),
        t(
            "Die Adresse stammt nicht aus Ihren Notizen. Links aus KI-Texten führen oft ins Leere \
             – oder auf fremde Seiten. Öffnen Sie jeden Link selbst.",
            "The address is not from your notes. Links in AI texts often lead nowhere – or to \
             someone else's site. Open every link yourself.",
        ),
    ),
    card_from(
        3,
        "parkplaetze",
        "streichen",
        t(
            "Kostenlose Parkplätze gibt es direkt vor dem Haus.",
            "Free parking is available right outside the building.",
        ),
        t(
            "Nicht in Ihren Notizen. Klingt hilfreich, ist aber ungeprüft – fragen Sie nach oder \
             streichen Sie den Satz.",
            "Not in your notes. Sounds helpful but is unchecked – ask or delete the sentence.",
        ),
    ),
];

/// The steps of the ordering item "ablauf", in the right order.
const ABLAUF: [OrderStep; 5] = [
    step(
        "auftrag",
        t(
            "Den Auftrag ohne personenbezogene Daten formulieren – mit Zweck, Zielgruppe und \
             Fakten",
            "Write the brief without personal data – with purpose, audience and facts",
        ),
    ),
    step(
        "entwurf",
        t(
            "Den Entwurf vom freigegebenen Assistenten erstellen lassen",
            "Have the approved assistant produce the draft",
        ),
    ),
    step(
        "pruefen",
        t(
            "Fakten, Fristen und Rechtsangaben mit Akte, Gesetz und Weisungen abgleichen; \
             Falsches streichen",
            "Compare facts, deadlines and legal statements with the file, the law and the \
             instructions; delete what is wrong",
        ),
    ),
    step(
        "fachverfahren",
        t(
            "Den geprüften Text ins Fachverfahren übernehmen und dort die persönlichen Angaben \
             ergänzen",
            "Transfer the checked text into the case management system and add the personal \
             details there",
        ),
    ),
    step(
        "versenden",
        t(
            "Den Brief unter eigenem Namen versenden – die Verantwortung tragen Sie",
            "Send the letter under your own name – you carry the responsibility",
        ),
    ),
];
