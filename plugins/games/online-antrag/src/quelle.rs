//! Episode "quelle-pruefen": find the official portal and reliable information, and tell it
//! from paid services, look-alike domains and phishing (DigComp 1.1 and 1.2).

use digifit_game_sdk::Channel;

use crate::content::{Item, opt, they};
use crate::task::Task;

/// The items of the episode.
pub fn items() -> Vec<Item> {
    vec![
        Item {
            key: "suchergebnisse",
            competence: "1.2",
            level: 1,
            title: ("Die Trefferliste", "The search results"),
            scenario: (
                "{kunde} sitzt bei Ihnen im Jobcenter Musterstadt und möchte den \
                 Weiterbewilligungsantrag künftig online stellen. Auf dem Smartphone ist schon \
                 eine Suche nach „Weiterbewilligung Jobcenter Musterstadt online“ geöffnet.",
                "{kunde} is sitting with you at Jobcenter Musterstadt and wants to file the \
                 application to continue benefits online in future. A search for \
                 “Weiterbewilligung Jobcenter Musterstadt online” is already open on their \
                 phone.",
            ),
            task: Task::Choice {
                prompt: (
                    "Welchen Treffer empfehlen Sie?",
                    "Which result do you recommend?",
                ),
                multiple: false,
                options: vec![
                    opt(
                        "amt",
                        1.0,
                        1,
                        (
                            "service.musterstadt.de – Serviceportal der Stadt Musterstadt: \
                             Weiterbewilligungsantrag Jobcenter",
                            "service.musterstadt.de – service portal of the city of \
                             Musterstadt: continuation application, job centre",
                        ),
                        (
                            "Die Domain endet auf musterstadt.de und gehört damit der Stadt, \
                             zu der das kommunale Jobcenter gehört.",
                            "The domain ends in musterstadt.de and so belongs to the city that \
                             runs the municipal job centre.",
                        ),
                    ),
                    opt(
                        "anzeige",
                        0.0,
                        1,
                        (
                            "Anzeige · buergergeld-antrag-sofort.example – Antrag in 5 Minuten, \
                             Bearbeitungsgebühr 29,90 €",
                            "Ad · buergergeld-antrag-sofort.example – application in 5 minutes, \
                             handling fee €29.90",
                        ),
                        (
                            "Anzeigen stehen oben, weil jemand dafür bezahlt. Der Antrag beim \
                             Jobcenter ist kostenlos (§ 64 SGB X); wer dafür Gebühren verlangt, \
                             ist nicht das Jobcenter.",
                            "Ads are at the top because someone pays for them. Applying to the \
                             job centre is free (§ 64 SGB X); whoever charges a fee for it is \
                             not the job centre.",
                        ),
                    ),
                    opt(
                        "forum",
                        0.0,
                        1,
                        (
                            "forum-sozialrecht.example.org – „So stellst du den Antrag richtig“ \
                             (Beitrag von 2021)",
                            "forum-sozialrecht.example.org – “How to apply properly” (post from \
                             2021)",
                        ),
                        (
                            "Ein Forum gibt private Meinungen wieder, oft veraltet – und über ein \
                             Forum stellt man keinen Antrag.",
                            "A forum reflects private opinions, often outdated – and you cannot \
                             apply through a forum.",
                        ),
                    ),
                    opt(
                        "lookalike",
                        0.0,
                        2,
                        (
                            "musterstadt-buergergeld.de – Weiterbewilligung jetzt online \
                             beantragen",
                            "musterstadt-buergergeld.de – apply for continuation online now",
                        ),
                        (
                            "Klingt amtlich, ist aber eine andere Domain als musterstadt.de – \
                             solche Namen kann jede und jeder registrieren.",
                            "Sounds official, but it is a different domain from musterstadt.de \
                             – anyone can register names like that.",
                        ),
                    ),
                    opt(
                        "subdomain",
                        0.0,
                        3,
                        (
                            "musterstadt.de.antrag-portal.example/weiterbewilligung",
                            "musterstadt.de.antrag-portal.example/weiterbewilligung",
                        ),
                        (
                            "Domains liest man von rechts: Diese Adresse gehört zu \
                             antrag-portal.example; „musterstadt.de“ davor ist nur Tarnung.",
                            "Read domains from the right: this address belongs to \
                             antrag-portal.example; “musterstadt.de” in front is only a disguise.",
                        ),
                    ),
                ],
            },
            explain: (
                "Offizielle Angebote erkennen Sie an der Domain der Behörde, an einem Impressum \
                 mit Behördenanschrift und daran, dass der Antrag kostenlos ist. Am sichersten \
                 ist der Link auf der Website des Jobcenters oder im Schreiben des Jobcenters.",
                "You recognise official services by the authority's domain, by a legal notice \
                 with the authority's address and by the application being free. The safest \
                 route is the link on the job centre's website or in its letter.",
            ),
            lesson: (
                "Offizielle Portale an der Domain der Behörde erkennen, nicht an der Position \
                 in der Trefferliste.",
                "Recognise official portals by the authority's domain, not by their rank in the \
                 results.",
            ),
        },
        Item {
            key: "gebuehr",
            competence: "1.2",
            level: 1,
            title: ("29,90 € für den Antrag?", "€29.90 for the application?"),
            scenario: (
                "Bevor {kunde} zu Ihnen kam, wurde schon auf einer anderen Seite ein Antrag \
                 begonnen.",
                "Before coming to you, {kunde} had already started an application on another \
                 site.",
            ),
            task: Task::Dialogue {
                channel: Channel::InPerson,
                lines: vec![they((
                    "Auf der Seite von vorhin soll ich jetzt 29,90 € für die „bevorzugte \
                     Bearbeitung“ zahlen. Meinen Namen und meine Adresse habe ich schon \
                     eingegeben. Muss ich das bezahlen?",
                    "On that site from earlier I'm now supposed to pay €29.90 for “priority \
                     processing”. I've already entered my name and address. Do I have to pay?",
                ))],
                replies: vec![
                    opt(
                        "kostenlos",
                        1.0,
                        1,
                        (
                            "Nein. Der Antrag beim Jobcenter kostet nichts. Bitte zahlen Sie dort \
                             nichts und geben Sie keine weiteren Daten ein. Wir stellen den Antrag \
                             gleich gemeinsam im Portal der Stadt.",
                            "No. Applying to the job centre costs nothing. Please don't pay \
                             anything there or enter any more data. Let's file the application \
                             together in the city's portal.",
                        ),
                        (
                            "Klar, freundlich und mit einem Weg, wie es weitergeht.",
                            "Clear, friendly and with a way forward.",
                        ),
                    ),
                    opt(
                        "bezahlen",
                        0.0,
                        1,
                        (
                            "Wenn es dadurch schneller geht, kann sich das lohnen.",
                            "If it speeds things up, it may be worth it.",
                        ),
                        (
                            "Eine „bevorzugte Bearbeitung“ gegen Geld gibt es beim Jobcenter nicht; \
                             das Geld wäre weg.",
                            "There is no paid “priority processing” at the job centre; the money \
                             would be lost.",
                        ),
                    ),
                    opt(
                        "unklar",
                        0.0,
                        1,
                        (
                            "Das weiß ich leider nicht, da müssten Sie bei der Seite nachfragen.",
                            "I'm afraid I don't know, you'd have to ask the site.",
                        ),
                        (
                            "Damit bleibt {kunde} mit einem unseriösen Anbieter allein. Sie \
                             wissen es: Der Antrag ist kostenlos.",
                            "That leaves {kunde} alone with a dubious provider. You do know: the \
                             application is free.",
                        ),
                    ),
                    opt(
                        "weiter-dort",
                        0.25,
                        2,
                        (
                            "Zahlen Sie nicht – füllen Sie den Antrag dort einfach ohne die \
                             Eilbearbeitung zu Ende aus.",
                            "Don't pay – just finish the application there without the priority \
                             option.",
                        ),
                        (
                            "Das Geld ist gerettet, aber die Sozialdaten landen weiter bei einem \
                             unbekannten Anbieter, und ob der Antrag je ankommt, ist offen.",
                            "The money is saved, but the social data still goes to an unknown \
                             provider, and whether the application ever arrives is unclear.",
                        ),
                    ),
                ],
            },
            explain: (
                "Kostenpflichtige „Antragsservices“ sammeln Gebühren und Sozialdaten. Wurden \
                 schon Bankdaten eingegeben, sollte {kunde} die Bank informieren und \
                 Kontobewegungen im Blick behalten; ein dort gewähltes Passwort sollte nirgends \
                 sonst verwendet werden.",
                "Paid “application services” collect fees and social data. If bank details \
                 were entered, {kunde} should inform the bank and watch the account; a password \
                 chosen there should not be used anywhere else.",
            ),
            lesson: (
                "Anträge beim Jobcenter sind kostenlos – wer dafür Geld verlangt, ist nicht das Jobcenter.",
                "Applications to the job centre are free – whoever charges for them is not the job centre.",
            ),
        },
        Item {
            key: "merkmale",
            competence: "1.2",
            level: 1,
            title: ("Echt oder nachgemacht?", "Genuine or fake?"),
            scenario: (
                "{kunde} fragt, woran man eine offizielle Seite eigentlich erkennt, um \
                 es beim nächsten Mal allein zu schaffen.",
                "{kunde} asks how to recognise an official site, so as to manage alone next \
                 time.",
            ),
            task: Task::Choice {
                prompt: (
                    "Welche Merkmale sprechen wirklich für eine offizielle Seite? Wählen Sie \
                     alle passenden.",
                    "Which signs really point to an official site? Pick all that apply.",
                ),
                multiple: true,
                options: vec![
                    opt(
                        "domain",
                        1.0,
                        1,
                        (
                            "Die Domain gehört erkennbar zur Behörde (…musterstadt.de).",
                            "The domain clearly belongs to the authority (…musterstadt.de).",
                        ),
                        (
                            "Eine Domain gehört genau einem Inhaber – nachahmen lässt sie sich, kopieren nicht. Darum genau lesen.",
                            "A domain belongs to exactly one owner – it can be imitated but not copied. So read it carefully.",
                        ),
                    ),
                    opt(
                        "impressum",
                        1.0,
                        1,
                        (
                            "Das Impressum nennt die Stadt bzw. das Jobcenter mit Anschrift.",
                            "The legal notice names the city or job centre with its address.",
                        ),
                        (
                            "Behördenseiten nennen im Impressum die Behörde mit Anschrift; fehlt es \
                             oder nennt es eine Firma im Ausland, ist Vorsicht geboten.",
                            "Official sites name the authority and its address in the legal notice; \
                             if it is missing or names a company abroad, be careful.",
                        ),
                    ),
                    opt(
                        "verlinkt",
                        1.0,
                        1,
                        (
                            "Die Seite ist auf der Website des Jobcenters oder im Bescheid \
                             genannt.",
                            "The site is named on the job centre's website or in its decision \
                             letter.",
                        ),
                        (
                            "Eine Quelle, der Sie schon vertrauen, bestätigt die Adresse.",
                            "A source you already trust confirms the address.",
                        ),
                    ),
                    opt(
                        "schloss",
                        0.0,
                        1,
                        (
                            "Im Browser erscheint ein Schloss-Symbol (HTTPS).",
                            "The browser shows a padlock (HTTPS).",
                        ),
                        (
                            "HTTPS verschlüsselt nur die Verbindung; auch Betrugsseiten haben \
                             ein Schloss.",
                            "HTTPS only encrypts the connection; fraudulent sites have a padlock \
                             too.",
                        ),
                    ),
                    opt(
                        "wappen",
                        0.0,
                        1,
                        (
                            "Stadtwappen und Jobcenter-Logo sind zu sehen.",
                            "The city's coat of arms and the job centre logo are shown.",
                        ),
                        (
                            "Logos lassen sich mit einem Klick kopieren.",
                            "Logos can be copied with one click.",
                        ),
                    ),
                    opt(
                        "ganz-oben",
                        0.0,
                        2,
                        (
                            "Die Seite steht in der Suchmaschine ganz oben.",
                            "The site is at the very top of the search engine.",
                        ),
                        (
                            "Ganz oben stehen oft bezahlte Anzeigen oder gut optimierte \
                             Geschäftemacher.",
                            "The top is often paid ads or well-optimised profiteers.",
                        ),
                    ),
                    opt(
                        "siegel",
                        0.0,
                        3,
                        (
                            "Ein Siegel „Geprüfter Antragsservice“ ist abgebildet.",
                            "A seal “Certified application service” is displayed.",
                        ),
                        (
                            "Selbst gebastelte Siegel beweisen nichts; Behörden brauchen keine.",
                            "Home-made seals prove nothing; authorities don't need them.",
                        ),
                    ),
                ],
            },
            explain: (
                "Prüfen Sie, wem die Seite gehört (Domain, Impressum) und woher Sie die Adresse \
                 haben – nicht, wie amtlich sie aussieht.",
                "Check who owns the site (domain, legal notice) and where you got the address \
                 from – not how official it looks.",
            ),
            lesson: (
                "Domain, Impressum und eine vertrauenswürdige Quelle zählen – Schloss, Logo und \
                 Siegel beweisen nichts.",
                "Domain, legal notice and a trusted source count – padlock, logo and seal prove \
                 nothing.",
            ),
        },
        Item {
            key: "portal-adresse",
            competence: "1.1",
            level: 1,
            title: ("Die Adresse aus dem Bescheid", "The address in the letter"),
            scenario: (
                "{kunde} hat den letzten Bewilligungsbescheid dabei. In der Fußzeile steht:\n\n\
                 *Jobcenter Musterstadt · Rathausplatz 1 · 12345 Musterstadt · \
                 Online-Services: service.musterstadt.de/jobcenter · Telefon 01234 567-0*\n\n\
                 Auf einem Zettel steht außerdem ein Tipp aus der Nachbarschaft: \
                 *buergergeld-musterstadt.info*.",
                "{kunde} has brought the last decision letter. Its footer reads:\n\n\
                 *Jobcenter Musterstadt · Rathausplatz 1 · 12345 Musterstadt · Online \
                 services: service.musterstadt.de/jobcenter · Phone 01234 567-0*\n\n\
                 A note also holds a tip from a neighbour: *buergergeld-musterstadt.info*.",
            ),
            task: Task::Input {
                label: (
                    "Welche Adresse schreiben Sie für den nächsten Antrag auf?",
                    "Which address do you write down for the next application?",
                ),
                hint: (
                    "Die Internetadresse, z. B. example.org/seite",
                    "The web address, e.g. example.org/page",
                ),
                right: vec!["service.musterstadt.de/jobcenter".into()],
                half: vec!["service.musterstadt.de".into(), "musterstadt.de".into()],
                shown: "service.musterstadt.de/jobcenter".into(),
            },
            explain: (
                "Der Bescheid stammt nachweislich vom Jobcenter – die Adresse darin ist die \
                 verlässlichste Quelle. Tipps aus der Nachbarschaft oder von Zetteln prüfen Sie \
                 immer gegen eine offizielle Quelle. Die vollständige Adresse führt direkt zu den \
                 Jobcenter-Diensten; die Startseite der Stadt ist nur der halbe Weg.",
                "The letter demonstrably comes from the job centre – the address in it is the \
                 most reliable source. Always check tips from neighbours or notes against an \
                 official source. The full address leads straight to the job centre's services; \
                 the city's home page is only half the way.",
            ),
            lesson: (
                "Adressen aus offiziellen Schreiben übernehmen statt aus Tipps oder Suchtreffern.",
                "Take addresses from official letters rather than from tips or search results.",
            ),
        },
        Item {
            key: "suchbegriff",
            competence: "1.1",
            level: 1,
            title: ("Gezielt suchen", "Searching precisely"),
            scenario: (
                "Für eine Infoveranstaltung sollen Teilnehmende selbst das Formular finden. Sie \
                 überlegen, welchen Suchbegriff Sie an die Tafel schreiben.",
                "At an information session, participants are to find the form themselves. You \
                 are considering which search term to write on the board.",
            ),
            task: Task::Choice {
                prompt: (
                    "Welche Suche führt am ehesten zum offiziellen Formular?",
                    "Which search most likely leads to the official form?",
                ),
                multiple: false,
                options: vec![
                    opt(
                        "praezise",
                        1.0,
                        1,
                        (
                            "Weiterbewilligungsantrag Jobcenter Musterstadt",
                            "Weiterbewilligungsantrag Jobcenter Musterstadt",
                        ),
                        (
                            "Fachbegriff plus zuständige Stelle: Das grenzt die Treffer auf das \
                             richtige Jobcenter ein.",
                            "The technical term plus the responsible office narrows the results \
                             to the right job centre.",
                        ),
                    ),
                    opt(
                        "allgemein",
                        0.5,
                        1,
                        ("Antrag Jobcenter", "Antrag Jobcenter"),
                        (
                            "Nicht falsch, aber zu allgemein: viele Anzeigen und Treffer anderer \
                             Jobcenter.",
                            "Not wrong, but too general: many ads and results of other job \
                             centres.",
                        ),
                    ),
                    opt(
                        "frage",
                        0.0,
                        1,
                        (
                            "wie bekomme ich schnell geld vom amt",
                            "how do i get money from the authorities fast",
                        ),
                        (
                            "Solche Fragen locken vor allem Ratgeberseiten und Anzeigen an.",
                            "Questions like that mostly attract advice sites and ads.",
                        ),
                    ),
                    opt(
                        "sofort",
                        0.0,
                        2,
                        (
                            "Jobcenter Antrag online sofort ohne Termin",
                            "job centre application online instantly no appointment",
                        ),
                        (
                            "Wörter wie „sofort“ ziehen gerade die kostenpflichtigen \
                             Antragsdienste an.",
                            "Words like “instantly” attract exactly the paid application \
                             services.",
                        ),
                    ),
                ],
            },
            explain: (
                "Gute Suchbegriffe nennen den genauen Namen der Leistung oder des Formulars und \
                 die zuständige Stelle. Prüfen Sie danach trotzdem die Domain des Treffers.",
                "Good search terms name the exact benefit or form and the responsible office. \
                 Still check the domain of the result afterwards.",
            ),
            lesson: (
                "Mit Fachbegriff und zuständiger Stelle suchen, dann die Domain prüfen.",
                "Search with the technical term and the responsible office, then check the \
                 domain.",
            ),
        },
        Item {
            key: "infoquelle",
            competence: "1.1",
            level: 1,
            title: ("Muss der Minijob rein?", "Does the mini-job go in?"),
            scenario: (
                "{kunde} hat seit Kurzem einen Minijob und ist unsicher, ob er im Antrag \
                 angegeben werden muss.",
                "{kunde} recently started a mini-job and is unsure whether it must be stated \
                 in the application.",
            ),
            task: Task::Choice {
                prompt: (
                    "Wo findet sich die verlässlichste Antwort?",
                    "Where is the most reliable answer?",
                ),
                multiple: false,
                options: vec![
                    opt(
                        "ausfuellhinweise",
                        1.0,
                        1,
                        (
                            "In den Ausfüllhinweisen des Portals und – bei Unsicherheit – bei \
                             der zuständigen Sachbearbeitung im Jobcenter",
                            "In the portal's completion notes and – if in doubt – with the \
                             responsible caseworker at the job centre",
                        ),
                        (
                            "Offizielle, aktuelle Informationen der zuständigen Stelle. (Und ja: \
                             Jedes Einkommen wird angegeben, auch aus einem Minijob.)",
                            "Official, current information from the responsible office. (And \
                             yes: every income is stated, including from a mini-job.)",
                        ),
                    ),
                    opt(
                        "gruppe",
                        0.0,
                        1,
                        (
                            "In einer Social-Media-Gruppe für Bürgergeld-Beziehende",
                            "In a social media group for Bürgergeld recipients",
                        ),
                        (
                            "Gut gemeint, aber ungeprüft – und private Daten in Gruppen zu \
                             teilen ist riskant.",
                            "Well meant but unchecked – and sharing private data in groups is \
                             risky.",
                        ),
                    ),
                    opt(
                        "chatbot",
                        0.25,
                        1,
                        (
                            "Einen KI-Chatbot fragen und die Antwort übernehmen",
                            "Ask an AI chatbot and take its answer",
                        ),
                        (
                            "Ein Einstieg vielleicht, aber Antworten können falsch oder veraltet \
                             sein; prüfen Sie sie an der offiziellen Quelle und geben Sie keine \
                             persönlichen Daten ein.",
                            "A starting point perhaps, but answers can be wrong or outdated; \
                             check them against the official source and enter no personal data.",
                        ),
                    ),
                    opt(
                        "video",
                        0.0,
                        2,
                        (
                            "Ein beliebtes Erklärvideo aus dem Jahr 2021",
                            "A popular explainer video from 2021",
                        ),
                        (
                            "2021 galt noch Arbeitslosengeld II („Hartz IV“); seitdem wurden die \
                             Regeln mehrfach geändert, etwa mit dem Bürgergeld 2023. Achten Sie \
                             auf das Datum.",
                            "In 2021 the old unemployment benefit II (“Hartz IV”) still \
                             applied; the rules have changed several times since, for example \
                             with Bürgergeld in 2023. Mind the date.",
                        ),
                    ),
                ],
            },
            explain: (
                "Bewerten Sie Informationen danach, wer sie herausgibt und wie aktuell sie sind. \
                 Sozialrecht ändert sich – die zuständige Stelle weiß es verbindlich.",
                "Judge information by who publishes it and how current it is. Social law \
                 changes – the responsible office knows for certain.",
            ),
            lesson: (
                "Bei Rechtsfragen offizielle, aktuelle Quellen nutzen und das Datum prüfen.",
                "For legal questions use official, current sources and check the date.",
            ),
        },
        Item {
            key: "sms",
            competence: "1.2",
            level: 2,
            title: ("Eine SMS vom „Jobcenter“", "A text from the “job centre”"),
            scenario: (
                "{kunde} zeigt Ihnen eine SMS, Absender „Jobcenter“:\n\n*Ihre Leistungen werden \
                 zum Monatsende eingestellt. Bestätigen Sie Ihre Daten bis heute 18 Uhr: \
                 https://jobcenter-musterstadt.de-verify.example*",
                "{kunde} shows you a text message, sender “Jobcenter”:\n\n*Your benefits \
                 will be stopped at the end of the month. Confirm your data by 6 pm today: \
                 https://jobcenter-musterstadt.de-verify.example*",
            ),
            task: Task::Choice {
                prompt: (
                    "Wie schätzen Sie die SMS ein?",
                    "How do you assess the text?",
                ),
                multiple: false,
                options: vec![
                    opt(
                        "betrug",
                        1.0,
                        2,
                        (
                            "Betrug: nicht klicken, löschen; im Zweifel beim Jobcenter über die \
                             bekannte Nummer nachfragen",
                            "Fraud: don't click, delete; if in doubt ask the job centre on the \
                             known number",
                        ),
                        (
                            "Druck, Frist „bis heute“ und ein Link zur Dateneingabe sind \
                             typische Betrugsmerkmale; die Domain ist de-verify.example.",
                            "Pressure, a deadline “today” and a link to enter data are typical \
                             signs of fraud; the domain is de-verify.example.",
                        ),
                    ),
                    opt(
                        "absender",
                        0.0,
                        2,
                        (
                            "Echt – als Absender steht ja „Jobcenter“",
                            "Genuine – the sender says “Jobcenter”",
                        ),
                        (
                            "Absendernamen von SMS lassen sich fälschen.",
                            "Sender names of text messages can be forged.",
                        ),
                    ),
                    opt(
                        "nur-ansehen",
                        0.0,
                        2,
                        (
                            "Den Link öffnen, aber nur schauen und nichts eingeben",
                            "Open the link, but only look and enter nothing",
                        ),
                        (
                            "Schon das Öffnen kann Schadsoftware laden oder bestätigen, dass die \
                             Nummer aktiv ist.",
                            "Opening it alone can load malware or confirm that the number is \
                             active.",
                        ),
                    ),
                    opt(
                        "domain-ok",
                        0.0,
                        3,
                        (
                            "Echt – die Adresse beginnt mit jobcenter-musterstadt.de",
                            "Genuine – the address starts with jobcenter-musterstadt.de",
                        ),
                        (
                            "Von rechts gelesen gehört die Adresse zu de-verify.example.",
                            "Read from the right, the address belongs to de-verify.example.",
                        ),
                    ),
                ],
            },
            explain: (
                "Das Jobcenter fordert nicht per SMS-Link zur Eingabe von Daten auf. Nachrichten \
                 mit Zeitdruck und Link prüfen Sie über einen bekannten, unabhängigen Weg.",
                "The job centre does not ask for data via a link in a text. Check messages with \
                 time pressure and a link through a known, independent channel.",
            ),
            lesson: (
                "Smishing erkennen: Zeitdruck, Link zur Dateneingabe, fremde Domain.",
                "Spot smishing: time pressure, a link to enter data, a foreign domain.",
            ),
        },
    ]
}
