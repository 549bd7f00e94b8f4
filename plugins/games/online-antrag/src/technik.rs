//! Episode "technik-hilfe": solve typical technical problems of an online application and
//! recognise when help in person is the better answer (DigComp 5.1 and 5.2).

use digifit_game_sdk::Channel;

use crate::content::{Item, me, opt, step, they};
use crate::task::Task;

/// The items of the episode.
pub fn items() -> Vec<Item> {
    vec![
        Item {
            key: "sitzung",
            competence: "5.1",
            level: 1,
            title: ("Sitzung abgelaufen", "Session expired"),
            scenario: (
                "Am Servicetelefon des Jobcenters Musterstadt ruft {kunde} an.",
                "{kunde} calls the service line of Jobcenter Musterstadt.",
            ),
            task: Task::Dialogue {
                channel: Channel::PhoneCall,
                lines: vec![
                    me((
                        "Jobcenter Musterstadt, guten Tag. Was kann ich für Sie tun?",
                        "Jobcenter Musterstadt, hello. How can I help you?",
                    )),
                    they((
                        "Ich war mit dem Antrag fast fertig, dann habe ich kurz gekocht, und \
                         jetzt steht da „Ihre Sitzung ist abgelaufen“. Ist jetzt alles weg?",
                        "I had nearly finished the application, then I cooked for a bit, and \
                         now it says “Your session has expired”. Is everything gone now?",
                    )),
                ],
                replies: vec![
                    opt(
                        "entwurf",
                        1.0,
                        1,
                        (
                            "Das ist ärgerlich. Aus Sicherheitsgründen meldet das Portal nach \
                             einer Weile ohne Eingabe ab. Melden Sie sich bitte neu an und \
                             schauen Sie unter „Meine Anträge“, ob ein Entwurf gespeichert ist. \
                             Nutzen Sie künftig zwischendurch „Zwischenspeichern“.",
                            "That's annoying. For security the portal logs out after a while \
                             without input. Please log in again and look under “My \
                             applications” for a saved draft. In future, use “Save draft” now \
                             and then.",
                        ),
                        (
                            "Sie erklären die Ursache, zeigen den nächsten Schritt und wie es \
                             künftig nicht mehr passiert.",
                            "You explain the cause, show the next step and how to avoid it in \
                             future.",
                        ),
                    ),
                    opt(
                        "zurueck",
                        0.25,
                        1,
                        (
                            "Drücken Sie ein paarmal die Zurück-Taste des Browsers, dann sind \
                             die Daten wieder da.",
                            "Press the browser's back button a few times, then the data will be \
                             back.",
                        ),
                        (
                            "Manchmal erscheinen alte Eingaben, absenden lässt sich so aber \
                             nicht; die Sitzung bleibt abgelaufen.",
                            "Old entries sometimes reappear, but you cannot submit that way; the \
                             session remains expired.",
                        ),
                    ),
                    opt(
                        "kaputt",
                        0.0,
                        1,
                        (
                            "Da ist wohl Ihr Computer kaputt.",
                            "Your computer must be broken.",
                        ),
                        (
                            "Ein Zeitlimit ist eine Schutzfunktion, kein Defekt.",
                            "A time limit is a safety feature, not a defect.",
                        ),
                    ),
                    opt(
                        "papier",
                        0.25,
                        2,
                        (
                            "Dann füllen Sie lieber den Papierantrag aus.",
                            "Then you'd better fill in the paper form.",
                        ),
                        (
                            "Möglich, aber vorschnell: Meist ist ein Entwurf gespeichert und in \
                             wenigen Minuten geht es weiter.",
                            "Possible, but premature: usually a draft is saved and it goes on in \
                             a few minutes.",
                        ),
                    ),
                ],
            },
            explain: (
                "Automatische Abmeldung schützt Sozialdaten, falls jemand den Platz verlässt. \
                 Zwischenspeichern und die Übersicht „Meine Anträge“ helfen weiter.",
                "Automatic logout protects social data if someone leaves the desk. Saving drafts \
                 and the “My applications” overview help.",
            ),
            lesson: (
                "Bei abgelaufener Sitzung: neu anmelden, Entwurf suchen, künftig zwischenspeichern.",
                "When a session expires: log in again, look for the draft, save drafts in \
                 future.",
            ),
        },
        Item {
            key: "dateiformat",
            competence: "5.1",
            level: 1,
            title: ("Dateityp nicht unterstützt", "File type not supported"),
            scenario: (
                "{kunde} will ein Handyfoto der Lohnabrechnung hochladen. Das Portal meldet:\n\n\
                 *Fehler: Dateityp .heic wird nicht unterstützt. Zulässig: PDF, JPG, PNG.*",
                "{kunde} wants to upload a phone photo of the payslip. The portal reports:\n\n\
                 *Error: file type .heic is not supported. Allowed: PDF, JPG, PNG.*",
            ),
            task: Task::Input {
                label: (
                    "In welches Format sollte die Datei umgewandelt werden? Geben Sie die \
                     Dateiendung ein.",
                    "Which format should the file be converted to? Type the file extension.",
                ),
                hint: ("z. B. txt", "e.g. txt"),
                right: vec!["pdf".into(), "jpg".into(), "jpeg".into(), "png".into()],
                half: Vec::new(),
                shown: "PDF (JPG, PNG)".into(),
            },
            explain: (
                "HEIC ist das Standardformat vieler iPhones. Abhilfe: das Dokument mit der \
                 Scan-Funktion als PDF erfassen oder in den Kameraeinstellungen „Maximale \
                 Kompatibilität“ (JPG) wählen. Für Dokumente ist PDF meist am besten.",
                "HEIC is the default format of many iPhones. Remedy: capture the document as PDF \
                 with the scan function, or choose “Most compatible” (JPG) in the camera \
                 settings. For documents PDF is usually best.",
            ),
            lesson: (
                "Fehlermeldungen lesen: Sie nennen oft schon die zulässigen Formate.",
                "Read error messages: they often name the allowed formats already.",
            ),
        },
        Item {
            key: "browser",
            competence: "5.1",
            level: 1,
            title: (
                "Der Weiter-Knopf tut nichts",
                "The Next button does nothing",
            ),
            scenario: (
                "{kunde} hat den Link zum Portal in einer Social-Media-App geöffnet. Auf der \
                 zweiten Seite passiert beim Klick auf „Weiter“ nichts, auch nach mehreren \
                 Versuchen.",
                "{kunde} opened the link to the portal inside a social media app. On the second \
                 page, clicking “Next” does nothing, even after several attempts.",
            ),
            task: Task::Choice {
                prompt: ("Was schlagen Sie zuerst vor?", "What do you suggest first?"),
                multiple: false,
                options: vec![
                    opt(
                        "richtiger-browser",
                        1.0,
                        1,
                        (
                            "Die Seite in einem aktuellen Browser (z. B. Firefox, Edge, Chrome, \
                             Safari) öffnen statt im App-internen Browser",
                            "Open the page in an up-to-date browser (e.g. Firefox, Edge, Chrome, \
                             Safari) instead of the app's built-in browser",
                        ),
                        (
                            "App-interne Browser blockieren oft Fenster, Cookies oder Uploads; \
                             Portale sind für gängige, aktuelle Browser gebaut.",
                            "Built-in app browsers often block windows, cookies or uploads; \
                             portals are built for common, current browsers.",
                        ),
                    ),
                    opt(
                        "cache",
                        0.5,
                        1,
                        (
                            "Browserdaten (Cache) löschen und die Seite neu laden",
                            "Clear the browser data (cache) and reload the page",
                        ),
                        (
                            "Hilft manchmal, aber die naheliegende Ursache ist hier der \
                             App-Browser.",
                            "Sometimes helps, but the obvious cause here is the app browser.",
                        ),
                    ),
                    opt(
                        "virenschutz",
                        0.0,
                        1,
                        (
                            "Virenschutz und Sicherheitseinstellungen abschalten",
                            "Switch off antivirus and security settings",
                        ),
                        (
                            "Das schafft neue Risiken und löst das Problem nicht.",
                            "That creates new risks and does not solve the problem.",
                        ),
                    ),
                    opt(
                        "neues-handy",
                        0.0,
                        2,
                        (
                            "Ein neueres Smartphone anschaffen",
                            "Get a newer smartphone",
                        ),
                        (
                            "Teuer und unnötig – das Gerät ist nicht das Problem.",
                            "Expensive and unnecessary – the device is not the problem.",
                        ),
                    ),
                ],
            },
            explain: (
                "Bei Problemen im Portal zuerst die einfachen Ursachen prüfen: aktueller Browser, \
                 nicht der App-interne, dann neu laden.",
                "With portal problems check the simple causes first: a current browser, not the \
                 built-in one, then reload.",
            ),
            lesson: (
                "Portale in einem aktuellen Browser öffnen, nicht im App-internen Browser.",
                "Open portals in a current browser, not in an app's built-in browser.",
            ),
        },
        Item {
            key: "fehlersuche",
            competence: "5.1",
            level: 1,
            title: ("Der Upload bricht ab", "The upload keeps failing"),
            scenario: (
                "Bei {kunde} bricht der Upload der Nachweise immer wieder ab.",
                "For {kunde}, uploading the evidence keeps failing.",
            ),
            task: Task::Ordering {
                prompt: (
                    "In welcher Reihenfolge gehen Sie vor?",
                    "In which order do you proceed?",
                ),
                steps: vec![
                    step(
                        "meldung",
                        1,
                        (
                            "Die Fehlermeldung genau lesen und notieren",
                            "Read the error message carefully and note it",
                        ),
                    ),
                    step(
                        "vorgaben",
                        1,
                        (
                            "Format und Größe der Datei mit den Vorgaben vergleichen",
                            "Compare the file's format and size with the requirements",
                        ),
                    ),
                    step(
                        "verbindung",
                        1,
                        (
                            "Internetverbindung prüfen, z. B. WLAN statt schwachem Mobilfunk",
                            "Check the connection, e.g. Wi-Fi instead of weak mobile data",
                        ),
                    ),
                    step(
                        "erneut",
                        1,
                        ("Upload erneut versuchen", "Try the upload again"),
                    ),
                    step(
                        "neustart",
                        3,
                        (
                            "Browser neu starten, wieder anmelden, Entwurf öffnen",
                            "Restart the browser, log in again, open the draft",
                        ),
                    ),
                    step(
                        "support",
                        2,
                        (
                            "Wenn es weiter scheitert: Support des Portals oder das Jobcenter \
                             kontaktieren und die Fehlermeldung nennen",
                            "If it still fails: contact the portal's support or the job centre \
                             and quote the error message",
                        ),
                    ),
                ],
            },
            explain: (
                "Erst verstehen, dann das Einfache prüfen, dann wiederholen – und erst danach \
                 eskalieren, mit der genauen Fehlermeldung. So findet auch der Support die \
                 Ursache schnell.",
                "First understand, then check the simple things, then retry – and only then \
                 escalate, with the exact error message. That way support finds the cause \
                 quickly too.",
            ),
            lesson: (
                "Fehler systematisch eingrenzen: Meldung lesen, Vorgaben prüfen, wiederholen, \
                 dann Support.",
                "Narrow errors down systematically: read the message, check requirements, \
                 retry, then support.",
            ),
        },
        Item {
            key: "persoenlich",
            competence: "5.2",
            level: 1,
            title: (
                "„Ich verstehe das alles nicht“",
                "“I don't understand any of this”",
            ),
            scenario: (
                "{kunde} kommt an den Empfang, hat ein altes Tastenhandy und keine \
                 E-Mail-Adresse.",
                "{kunde} comes to reception, has an old button phone and no e-mail address.",
            ),
            task: Task::Dialogue {
                channel: Channel::InPerson,
                lines: vec![they((
                    "Alle sagen, das geht jetzt nur noch online. Ich habe aber kein \
                     Smartphone, und ehrlich gesagt verstehe ich das alles nicht.",
                    "Everyone says it's online only now. But I have no smartphone, and \
                     honestly, I don't understand any of it.",
                ))],
                replies: vec![
                    opt(
                        "anderer-weg",
                        1.0,
                        1,
                        (
                            "Das ist überhaupt kein Problem. Sie können den Antrag auch auf \
                             Papier oder hier bei uns persönlich stellen. Wollen wir ihn jetzt \
                             gemeinsam ausfüllen?",
                            "That's no problem at all. You can also file the application on \
                             paper or here with us in person. Shall we fill it in together now?",
                        ),
                        (
                            "Der Online-Weg ist ein Angebot, keine Pflicht. Sie nehmen die Sorge \
                             ernst und bieten sofort Hilfe an.",
                            "The online route is an offer, not an obligation. You take the \
                             worry seriously and offer help right away.",
                        ),
                    ),
                    opt(
                        "pflicht",
                        0.0,
                        1,
                        (
                            "Online ist heute Pflicht, da müssen Sie leider durch.",
                            "Online is compulsory nowadays, I'm afraid you have to get through \
                             it.",
                        ),
                        (
                            "Falsch: Das OZG verpflichtet Behörden, Leistungen auch online \
                             anzubieten – nicht die Bürgerinnen und Bürger, sie online zu nutzen.",
                            "Wrong: the OZG obliges authorities to offer services online too – \
                             it does not oblige citizens to use them online.",
                        ),
                    ),
                    opt(
                        "enkel",
                        0.25,
                        1,
                        (
                            "Fragen Sie doch jemanden aus der Familie, der kennt sich bestimmt \
                             aus.",
                            "Why not ask someone in the family, they'll know how it works.",
                        ),
                        (
                            "Hilfe aus dem Umfeld kann gut sein, aber so wird {kunde} \
                             weggeschickt, obwohl Sie selbst helfen können.",
                            "Help from family can be good, but this sends {kunde} away although \
                             you can help yourself.",
                        ),
                    ),
                    opt(
                        "zugangsdaten",
                        0.0,
                        2,
                        (
                            "Geben Sie mir Ihre Zugangsdaten, dann mache ich das für Sie.",
                            "Give me your login details, then I'll do it for you.",
                        ),
                        (
                            "Zugangsdaten gibt man nie weiter, auch nicht an Beschäftigte des \
                             Jobcenters.",
                            "Login details are never passed on, not even to job centre staff.",
                        ),
                    ),
                ],
            },
            explain: (
                "Digitale Angebote sollen Wege öffnen, nicht verschließen. Wer online nicht \
                 zurechtkommt, bekommt den Antrag auf Papier oder Hilfe vor Ort.",
                "Digital services should open doors, not close them. Whoever cannot manage \
                 online gets the paper form or help on site.",
            ),
            lesson: (
                "Online ist ein Angebot: Papier und persönliche Hilfe bleiben möglich.",
                "Online is an offer: paper and help in person remain possible.",
            ),
        },
        Item {
            key: "vor-ort",
            competence: "5.2",
            level: 1,
            title: ("Wann persönlich helfen?", "When to help in person?"),
            scenario: (
                "Ihr Team bespricht, wann das Servicetelefon statt weiterer Anleitung einen \
                 persönlichen Termin anbieten soll.",
                "Your team discusses when the service line should offer an appointment in \
                 person instead of more instructions.",
            ),
            task: Task::Choice {
                prompt: (
                    "In welchen Fällen bieten Sie Hilfe vor Ort an? Wählen Sie alle passenden.",
                    "In which cases do you offer help in person? Pick all that apply.",
                ),
                multiple: true,
                options: vec![
                    opt(
                        "frist",
                        1.0,
                        1,
                        (
                            "Die Frist endet morgen und der Upload scheitert trotz aller \
                             Versuche",
                            "The deadline is tomorrow and the upload fails despite every attempt",
                        ),
                        (
                            "Dann sichert die Abgabe vor Ort die Frist.",
                            "Then handing it in on site secures the deadline.",
                        ),
                    ),
                    opt(
                        "sprache",
                        1.0,
                        1,
                        (
                            "Die Formularsprache wird kaum verstanden, auch mit Erklärungen am \
                             Telefon nicht",
                            "The form's language is hardly understood, even with explanations \
                             on the phone",
                        ),
                        (
                            "Im Gespräch vor Ort, ggf. mit Dolmetschung, lassen sich \
                             Missverständnisse vermeiden.",
                            "In person, with an interpreter if needed, misunderstandings can be \
                             avoided.",
                        ),
                    ),
                    opt(
                        "tippfehler",
                        0.0,
                        1,
                        (
                            "In der Zusammenfassung fällt ein Tippfehler im Straßennamen auf",
                            "A typo in the street name shows up in the summary",
                        ),
                        (
                            "Lässt sich mit „Zurück“ im Formular selbst korrigieren.",
                            "Can be fixed with “Back” in the form itself.",
                        ),
                    ),
                    opt(
                        "passwort",
                        0.0,
                        1,
                        (
                            "Das Passwort ist vergessen, „Passwort vergessen“ funktioniert",
                            "The password is forgotten, “forgot password” works",
                        ),
                        (
                            "Die Selbsthilfe-Funktion reicht; kurz am Telefon erklären genügt.",
                            "The self-service function is enough; a short explanation on the \
                             phone will do.",
                        ),
                    ),
                    opt(
                        "messenger",
                        1.0,
                        2,
                        (
                            "Weil der Upload nicht klappt, will jemand die Unterlagen per \
                             privatem Messenger schicken",
                            "Because the upload fails, someone wants to send the papers by \
                             private messenger",
                        ),
                        (
                            "Statt eines unsicheren Weges: Abgabe vor Ort anbieten.",
                            "Instead of an unsafe channel: offer to hand them in on site.",
                        ),
                    ),
                    opt(
                        "ungeduldig",
                        0.0,
                        3,
                        (
                            "Der Upload läuft, dauert aber wegen einer großen Datei ein paar \
                             Minuten",
                            "The upload is running but takes a few minutes because of a large \
                             file",
                        ),
                        (
                            "Hier hilft Geduld, kein Termin.",
                            "Patience helps here, not an appointment.",
                        ),
                    ),
                ],
            },
            explain: (
                "Persönliche Hilfe ist richtig, wenn Fristen, Verständnis oder der Schutz von \
                 Sozialdaten auf dem Spiel stehen – nicht bei Kleinigkeiten, die sich mit \
                 Selbsthilfe lösen lassen.",
                "Help in person is right when deadlines, understanding or the protection of \
                 social data are at stake – not for small things that self-help solves.",
            ),
            lesson: (
                "Vor Ort helfen, wenn Frist, Verständnis oder Datenschutz gefährdet sind.",
                "Help in person when a deadline, understanding or data protection is at risk.",
            ),
        },
        Item {
            key: "barrierefrei",
            competence: "5.2",
            level: 2,
            title: ("Ein CAPTCHA als Hürde", "A CAPTCHA in the way"),
            scenario: (
                "{kunde} ist blind und nutzt einen Screenreader. Beim Anmelden verlangt das \
                 Portal, verzerrte Buchstaben aus einem Bild abzutippen.",
                "{kunde} is blind and uses a screen reader. When logging in, the portal asks \
                 for distorted letters from an image to be typed.",
            ),
            task: Task::Choice {
                prompt: ("Wie helfen Sie am besten?", "How do you help best?"),
                multiple: false,
                options: vec![
                    opt(
                        "alternative",
                        1.0,
                        2,
                        (
                            "Auf die Audio-Alternative hinweisen; klappt das nicht, den Antrag \
                             auf anderem Weg annehmen und die Barriere dem Portalbetrieb melden",
                            "Point to the audio alternative; if that fails, accept the \
                             application another way and report the barrier to the portal team",
                        ),
                        (
                            "Sie lösen das Problem jetzt und sorgen dafür, dass es behoben wird – \
                             Barrierefreiheit ist für öffentliche Stellen Pflicht.",
                            "You solve the problem now and make sure it gets fixed – accessibility \
                             is a duty for public bodies.",
                        ),
                    ),
                    opt(
                        "spaeter",
                        0.0,
                        2,
                        (
                            "Später noch einmal probieren, vielleicht ist das Bild dann besser",
                            "Try again later, perhaps the image will be clearer",
                        ),
                        (
                            "Ein Bild-CAPTCHA bleibt für Screenreader unlösbar.",
                            "An image CAPTCHA stays unsolvable for screen readers.",
                        ),
                    ),
                    opt(
                        "jemand",
                        0.25,
                        2,
                        (
                            "Jemand Sehendes aus dem Umfeld soll das übernehmen",
                            "Someone sighted nearby should do it",
                        ),
                        (
                            "Kann im Einzelfall helfen, nimmt aber Selbstständigkeit und \
                             beseitigt die Barriere nicht.",
                            "May help in a single case, but takes away independence and does not \
                             remove the barrier.",
                        ),
                    ),
                    opt(
                        "ignorieren",
                        0.0,
                        3,
                        (
                            "Nichts tun – für Barrierefreiheit ist die IT zuständig",
                            "Do nothing – IT is responsible for accessibility",
                        ),
                        (
                            "Ohne Ihre Meldung erfährt die IT nichts von der Barriere.",
                            "Without your report, IT never learns of the barrier.",
                        ),
                    ),
                ],
            },
            explain: (
                "Öffentliche Stellen müssen ihre Online-Angebote barrierefrei gestalten – \
                 Bundesbehörden nach der BITV 2.0, Länder und Kommunen nach den entsprechenden \
                 Landesregelungen. Barrieren lassen sich über den Feedback-Kontakt in der \
                 Erklärung zur Barrierefreiheit melden – das ist Teil der Lösung.",
                "Public bodies must make their online services accessible – federal bodies under \
                 the BITV 2.0, states and municipalities under the corresponding state rules. \
                 Barriers can be reported through the feedback contact in the accessibility \
                 statement – that is part of the solution.",
            ),
            lesson: (
                "Barrieren umgehen helfen und sie melden, damit sie verschwinden.",
                "Help around barriers and report them so they disappear.",
            ),
        },
    ]
}
