//! Episode "arbeitsplatz": strong passphrases, password managers, locking the screen, personal
//! accounts and a clean desk.

use crate::content::{Card, Episode, Item, Task, Via, opt, opt_from, say, t};

/// The episode.
pub const EPISODE: Episode = Episode {
    id: "arbeitsplatz",
    title: t("Sicher am Arbeitsplatz", "A safe workplace"),
    summary: t(
        "Passphrasen, Passwort-Manager, gesperrter Bildschirm und aufgeräumter Schreibtisch: \
         So schützen Sie Zugänge und Akten.",
        "Passphrases, password managers, a locked screen and a clear desk: how you protect \
         accounts and files.",
    ),
    scenario: t(
        "Sie haben gerade ins Team Leistung des Jobcenters Musterstadt gewechselt. {kollege} \
         aus dem Team zeigt Ihnen den Arbeitsplatz – und Sie richten Ihre Zugänge ein.",
        "You have just moved to the benefits team of Jobcenter Musterstadt. Your colleague \
         {kollege} shows you your workplace – and you set up your accounts.",
    ),
    minutes: 7,
    competences: &["4.1", "2.6", "4.2"],
    items: &ITEMS,
};

const ITEMS: [Item; 8] = [
    Item {
        id: "passphrase",
        competence: "4.1",
        min_level: 1,
        title: t("Eine Passphrase ausdenken", "Make up a passphrase"),
        situation: t(
            "Für das Fachverfahren brauchen Sie ein neues Passwort. Denken Sie sich zur Übung \
             eine Passphrase aus – **bitte nicht Ihr echtes Passwort**. Wir speichern sie nicht, \
             sondern prüfen nur Länge und Muster.",
            "You need a new password for the case management system. For practice, make up a \
             passphrase – **please not your real password**. We do not store it; we only check \
             its length and patterns.",
        ),
        task: Task::Passphrase {
            label: t("Ihre ausgedachte Passphrase", "Your made-up passphrase"),
            hint: t(
                "Tipp: mehrere zufällige Wörter, z. B. durch Bindestriche getrennt",
                "Tip: several random words, for instance separated by hyphens",
            ),
        },
        background: t(
            "Das BSI empfiehlt lange Passwörter: Eine Passphrase aus vier oder mehr zufälligen \
             Wörtern ist leicht zu merken und schwer zu erraten. Jahreszahlen, Namen und \
             „Passwort123“ probieren Angreifer zuerst.",
            "The BSI recommends long passwords: a passphrase of four or more random words is \
             easy to remember and hard to guess. Attackers try years, names and “password123” \
             first.",
        ),
        went_well: t(
            "Sie können eine lange, starke Passphrase bilden.",
            "You can make up a long, strong passphrase.",
        ),
        to_learn: t(
            "Eine starke Passphrase: mindestens vier zufällige Wörter, 20 Zeichen und mehr, \
             keine Jahreszahlen oder Namen.",
            "A strong passphrase: at least four random words, 20 characters or more, no years \
             or names.",
        ),
    },
    Item {
        id: "starke-passwoerter",
        competence: "4.1",
        min_level: 1,
        title: t("Stark oder schwach?", "Strong or weak?"),
        situation: t(
            "{kollege} zeigt Ihnen Passwörter, die im Team schon vorgeschlagen wurden.",
            "{kollege} shows you passwords that have been suggested in the team.",
        ),
        task: Task::Choice {
            multiple: true,
            prompt: t(
                "Welche Passwörter sind stark? Wählen Sie alle passenden.",
                "Which passwords are strong? Pick all that apply.",
            ),
            options: &[
                opt(
                    "words",
                    1.0,
                    t(
                        "Gießkanne-Wolke-Fahrradklingel-Tulpe",
                        "watering-can-cloud-bicycle-bell-tulip",
                    ),
                    t(
                        "Lang und aus zufälligen Wörtern.",
                        "Long and made of random words.",
                    ),
                ),
                opt(
                    "random",
                    1.0,
                    t("mU7#qLx!9vT2pRz4", "mU7#qLx!9vT2pRz4"),
                    t(
                        "Lang und zufällig – ideal im Passwort-Manager.",
                        "Long and random – ideal in a password manager.",
                    ),
                ),
                opt(
                    "org",
                    0.0,
                    t("Jobcenter2026!", "Jobcenter2026!"),
                    t(
                        "Name der Behörde plus Jahr: gehört bei gezielten Angriffen zu den ersten Versuchen.",
                        "The organisation's name plus a year: among the first guesses in targeted attacks.",
                    ),
                ),
                opt(
                    "season",
                    0.0,
                    t("Sommer2025", "Summer2025"),
                    t(
                        "Jahreszeit und Jahr gehören zu den ersten Versuchen.",
                        "Season and year are among the first guesses.",
                    ),
                ),
                opt_from(
                    2,
                    "leet",
                    0.0,
                    t("P@ssw0rt!", "P@ssw0rd!"),
                    t(
                        "Ersetzte Buchstaben kennen Knackprogramme längst.",
                        "Cracking tools have long known substituted letters.",
                    ),
                ),
                opt_from(
                    3,
                    "short",
                    0.0,
                    t("x9!Kp2", "x9!Kp2"),
                    t("Zufällig, aber viel zu kurz.", "Random, but far too short."),
                ),
            ],
        },
        background: t(
            "Länge schlägt Komplexität: Entscheidend ist, dass ein Passwort lang ist und keinem \
             Muster folgt.",
            "Length beats complexity: what matters is that a password is long and follows no \
             pattern.",
        ),
        went_well: t(
            "Sie erkennen starke und schwache Passwörter.",
            "You recognise strong and weak passwords.",
        ),
        to_learn: t(
            "Muster wie Name + Jahr oder ersetzte Buchstaben machen Passwörter schwach.",
            "Patterns like name + year or substituted letters make passwords weak.",
        ),
    },
    Item {
        id: "passwort-manager",
        competence: "4.1",
        min_level: 1,
        title: t("Wohin mit den Passwörtern?", "Where to keep the passwords?"),
        situation: t(
            "Sie haben jetzt neun Zugänge: Windows, Fachverfahren, E-Akte, Portale …",
            "You now have nine accounts: Windows, case management, e-file, portals …",
        ),
        task: Task::Choice {
            multiple: false,
            prompt: t("Wie verwalten Sie sie?", "How do you manage them?"),
            options: &[
                opt(
                    "manager",
                    1.0,
                    t(
                        "In dem von der IT freigegebenen Passwort-Manager, geschützt durch eine \
                         starke Passphrase",
                        "In the password manager approved by IT, protected by a strong \
                         passphrase",
                    ),
                    t(
                        "So können alle Passwörter lang und verschieden sein, und Sie merken \
                         sich nur eines.",
                        "That way every password can be long and different, and you remember \
                         only one.",
                    ),
                ),
                opt(
                    "post-it",
                    0.0,
                    t(
                        "Auf einem Zettel unter der Tastatur",
                        "On a note under the keyboard",
                    ),
                    t(
                        "Der erste Ort, an dem jemand sucht.",
                        "The first place anyone looks.",
                    ),
                ),
                opt(
                    "excel",
                    0.0,
                    t(
                        "In einer Datei „Passwoerter.xlsx“ auf dem Desktop",
                        "In a file “passwords.xlsx” on the desktop",
                    ),
                    t(
                        "Unverschlüsselt und leicht zu finden – auch für Schadsoftware.",
                        "Unencrypted and easy to find – for malware too.",
                    ),
                ),
                opt_from(
                    2,
                    "same",
                    0.0,
                    t(
                        "Überall dasselbe Passwort mit einer anderen Ziffer am Ende",
                        "The same password everywhere with a different digit at the end",
                    ),
                    t(
                        "Wird eines bekannt, sind alle anderen leicht zu erraten.",
                        "Once one is known, all the others are easy to guess.",
                    ),
                ),
                opt_from(
                    3,
                    "notebook",
                    0.5,
                    t(
                        "In einem Notizbuch, das Sie im Rollcontainer abschließen",
                        "In a notebook you lock in your drawer",
                    ),
                    t(
                        "Besser als ein Zettel am Bildschirm, aber umständlich und verlierbar. \
                         Der Passwort-Manager ist sicherer.",
                        "Better than a note on the screen, but awkward and easy to lose. The \
                         password manager is safer.",
                    ),
                ),
            ],
        },
        background: t(
            "Das BSI empfiehlt für viele Zugänge einen Passwort-Manager: einzigartige, lange \
             Passwörter ohne Merkaufwand.",
            "The BSI recommends a password manager for many accounts: unique, long passwords \
             without the effort of remembering them.",
        ),
        went_well: t(
            "Sie nutzen einen Passwort-Manager für viele Zugänge.",
            "You use a password manager for many accounts.",
        ),
        to_learn: t(
            "Ein freigegebener Passwort-Manager ersetzt Zettel, Excel-Listen und \
             Wiederverwendung.",
            "An approved password manager replaces notes, spreadsheets and reuse.",
        ),
    },
    Item {
        id: "bildschirm-sperren",
        competence: "4.1",
        min_level: 1,
        title: t("Kurz zum Drucker", "Just off to the printer"),
        situation: t(
            "{kunde} sitzt an Ihrem Schreibtisch. Auf dem Bildschirm ist die Akte geöffnet. Sie \
             müssen kurz zum Drucker auf dem Flur.",
            "{kunde} is sitting at your desk. The file is open on the screen. You need to pop \
             out to the printer in the corridor.",
        ),
        task: Task::Choice {
            multiple: false,
            prompt: t(
                "Was tun Sie, bevor Sie aufstehen?",
                "What do you do before you get up?",
            ),
            options: &[
                opt(
                    "lock",
                    1.0,
                    t(
                        "Den Bildschirm sperren (Windows-Taste + L)",
                        "Lock the screen (Windows key + L)",
                    ),
                    t(
                        "Eine Sekunde, und niemand sieht oder ändert etwas.",
                        "One second, and nobody can see or change anything.",
                    ),
                ),
                opt(
                    "monitor-off",
                    0.0,
                    t("Den Monitor ausschalten", "Switch off the monitor"),
                    t(
                        "Der Rechner bleibt entsperrt; ein Knopfdruck genügt.",
                        "The computer stays unlocked; one press of a button is enough.",
                    ),
                ),
                opt(
                    "minimise",
                    0.0,
                    t("Alle Fenster minimieren", "Minimise all windows"),
                    t(
                        "Ein Klick holt alles zurück.",
                        "One click brings everything back.",
                    ),
                ),
                opt_from(
                    2,
                    "auto-lock",
                    0.0,
                    t(
                        "Nichts – der Bildschirm sperrt sich nach 10 Minuten ja von selbst",
                        "Nothing – the screen locks itself after 10 minutes anyway",
                    ),
                    t(
                        "Die automatische Sperre ist ein Notnagel. In 10 Minuten kann viel \
                         passieren.",
                        "Automatic locking is a fallback. A lot can happen in 10 minutes.",
                    ),
                ),
            ],
        },
        background: t(
            "Sperren Sie den Bildschirm jedes Mal, wenn Sie den Platz verlassen – auch für einen \
             Moment und auch im Homeoffice.",
            "Lock your screen every time you leave your desk – even for a moment, and at home \
             too.",
        ),
        went_well: t(
            "Sie sperren den Bildschirm, bevor Sie aufstehen.",
            "You lock your screen before you get up.",
        ),
        to_learn: t(
            "Windows-Taste + L: Bildschirm sperren, sobald Sie den Platz verlassen.",
            "Windows key + L: lock your screen as soon as you leave your desk.",
        ),
    },
    Item {
        id: "kollege-zugang",
        competence: "2.6",
        min_level: 1,
        title: t("Urlaubsvertretung", "Holiday cover"),
        situation: t(
            "{kollege} kommt an Ihren Platz.",
            "{kollege} comes to your desk.",
        ),
        task: Task::Dialogue {
            via: Via::InPerson,
            partner: t("{kollege}", "{kollege}"),
            lines: &[say(
                t("{kollege}", "{kollege}"),
                t(
                    "Ich vertrete dich ja, wenn du nächsten Monat im Urlaub bist. Gib mir doch \
                     einfach dein Passwort, dann kann ich deine Fälle direkt mit deinem Zugang \
                     weiterbearbeiten. Du bekommst auch meins!",
                    "I'm covering for you when you're on holiday next month. Just give me your \
                     password, then I can carry on with your cases under your account. You'll \
                     get mine too!",
                ),
            )],
            replies: &[
                opt(
                    "proxy",
                    1.0,
                    t(
                        "„Lieber nicht – Zugänge sind persönlich. Lass uns bei der Teamleitung \
                         Vertretungsrechte im Fachverfahren beantragen.“",
                        "“Better not – accounts are personal. Let's ask the team lead for proxy \
                         rights in the case management system.”",
                    ),
                    t(
                        "Vertretungsrechte regeln den Zugriff sauber und nachvollziehbar, jede \
                         und jeder arbeitet unter der eigenen Kennung.",
                        "Proxy rights handle access cleanly and traceably; everyone works under \
                         their own account.",
                    ),
                ),
                opt(
                    "swap",
                    0.0,
                    t("„Gute Idee, hier ist meins.“", "“Good idea, here's mine.”"),
                    t(
                        "Alles, was unter Ihrer Kennung geschieht, wird Ihnen zugerechnet – auch \
                         Fehler und unbefugte Zugriffe.",
                        "Everything done under your account is attributed to you – including \
                         mistakes and unauthorised access.",
                    ),
                ),
                opt(
                    "note-change",
                    0.0,
                    t(
                        "„Ich schreib's dir auf und ändere es nach meinem Urlaub.“",
                        "“I'll write it down for you and change it after my holiday.”",
                    ),
                    t(
                        "Auch befristet geteilt ist geteilt: In der Zeit ist nicht mehr \
                         nachvollziehbar, wer was getan hat.",
                        "Shared for a while is still shared: during that time nobody can tell \
                         who did what.",
                    ),
                ),
            ],
        },
        background: t(
            "Ihre Kennung ist Ihre digitale Identität im Dienst. Protokolle ordnen jeden Zugriff \
             Ihnen zu; deshalb gibt man Passwörter nie weiter – auch nicht an Vorgesetzte oder \
             die IT.",
            "Your account is your digital identity at work. Logs attribute every access to you; \
             so you never share passwords – not even with managers or IT.",
        ),
        went_well: t(
            "Sie teilen Ihre Kennung nicht und kennen Vertretungsrechte.",
            "You do not share your account and know about proxy rights.",
        ),
        to_learn: t(
            "Passwörter nie weitergeben; Vertretungen laufen über eigene Rechte.",
            "Never share passwords; cover works through separate rights.",
        ),
    },
    Item {
        id: "clean-desk",
        competence: "4.2",
        min_level: 1,
        title: t("Feierabend am Schreibtisch", "End of the day at your desk"),
        situation: t(
            "Es ist 16:30 Uhr. Auf Ihrem Schreibtisch liegt noch einiges. Morgen früh putzt der \
             Reinigungsdienst.",
            "It is 4:30 pm. There is still a lot on your desk. The cleaners come tomorrow \
             morning.",
        ),
        task: Task::Categorise {
            prompt: t(
                "Was machen Sie mit jedem Stück?",
                "What do you do with each item?",
            ),
            categories: &[
                ("liegen", t("Darf liegen bleiben", "May stay out")),
                ("wegschliessen", t("Wegschließen", "Lock away")),
                (
                    "vernichten",
                    t("Datenschutzgerecht vernichten", "Destroy securely"),
                ),
            ],
            cards: &[
                Card {
                    id: "bescheid",
                    label: t(
                        "Ausgedruckter Bescheid von {kunde}, den Sie morgen weiterbearbeiten",
                        "Printed decision of {kunde} you will continue tomorrow",
                    ),
                    category: "wegschliessen",
                    why: t(
                        "Sozialdaten gehören über Nacht in den abschließbaren Schrank.",
                        "Social data belongs in the lockable cabinet overnight.",
                    ),
                },
                Card {
                    id: "notizen",
                    label: t(
                        "Ihre Gesprächsnotizen aus dem Termin mit {kunde}",
                        "Your notes from the meeting with {kunde}",
                    ),
                    category: "wegschliessen",
                    why: t(
                        "Noch gebraucht, also wegschließen – und bald in die E-Akte übernehmen.",
                        "Still needed, so lock them away – and add them to the e-file soon.",
                    ),
                },
                Card {
                    id: "kopie-kontoauszug",
                    label: t(
                        "Eine Kopie von Kontoauszügen, die bereits eingescannt ist",
                        "A copy of bank statements that has already been scanned",
                    ),
                    category: "vernichten",
                    why: t(
                        "Nicht mehr nötig: in die Datenschutztonne oder den Aktenvernichter, \
                         nie ins Altpapier.",
                        "No longer needed: into the secure bin or shredder, never the paper \
                         recycling.",
                    ),
                },
                Card {
                    id: "passwortzettel",
                    label: t(
                        "Ein Klebezettel mit einem alten Passwort",
                        "A sticky note with an old password",
                    ),
                    category: "vernichten",
                    why: t(
                        "Vernichten – und falls das Passwort noch gilt, sofort ändern.",
                        "Destroy it – and if the password is still valid, change it at once.",
                    ),
                },
                Card {
                    id: "flyer",
                    label: t(
                        "Ein Flyer des Jobcenters zu Sprechzeiten",
                        "A job centre flyer on opening hours",
                    ),
                    category: "liegen",
                    why: t(
                        "Öffentliche Information ohne Personenbezug.",
                        "Public information with no personal data.",
                    ),
                },
                Card {
                    id: "attest",
                    label: t(
                        "Ein ärztliches Attest von {kunde}, das morgen gescannt wird",
                        "A medical certificate from {kunde} to be scanned tomorrow",
                    ),
                    category: "wegschliessen",
                    why: t(
                        "Gesundheitsdaten sind besonders schützenswert: wegschließen.",
                        "Health data needs special protection: lock it away.",
                    ),
                },
                Card {
                    id: "kalender",
                    label: t(
                        "Ein Wandkalender ohne Einträge",
                        "A wall calendar with no entries",
                    ),
                    category: "liegen",
                    why: t("Keine personenbezogenen Daten.", "No personal data."),
                },
            ],
            shown: [5, 6, 7],
        },
        background: t(
            "Clean Desk: Was personenbezogene Daten enthält, liegt nie offen herum – weder \
             während Gesprächen noch nach Feierabend. Papier mit Sozialdaten wird \
             datenschutzgerecht vernichtet.",
            "Clean desk: anything with personal data never lies around – neither during \
             meetings nor after work. Paper with social data is destroyed securely.",
        ),
        went_well: t(
            "Sie hinterlassen einen aufgeräumten, sicheren Schreibtisch.",
            "You leave a clear, safe desk.",
        ),
        to_learn: t(
            "Clean Desk: Unterlagen mit Personenbezug wegschließen oder datenschutzgerecht \
             vernichten.",
            "Clean desk: lock away or securely destroy papers with personal data.",
        ),
    },
    Item {
        id: "mfa-push",
        competence: "2.6",
        min_level: 2,
        title: t(
            "Eine unerwartete Anmeldebestätigung",
            "An unexpected sign-in prompt",
        ),
        situation: t(
            "Abends, Sie sind längst zu Hause: Ihre Authenticator-App fragt „Anmeldung am \
             Dienstkonto bestätigen?“. Sie haben sich nicht angemeldet. Die Anfrage kommt immer \
             wieder.",
            "In the evening, long after work: your authenticator app asks “Confirm sign-in to \
             your work account?”. You have not signed in. The prompt keeps coming.",
        ),
        task: Task::Choice {
            multiple: false,
            prompt: t("Was tun Sie?", "What do you do?"),
            options: &[
                opt(
                    "deny-report",
                    1.0,
                    t(
                        "Ablehnen, der IT melden und das Passwort ändern",
                        "Decline, report it to IT and change the password",
                    ),
                    t(
                        "Jemand kennt offenbar Ihr Passwort. Ablehnen stoppt den Versuch, die \
                         Meldung und ein neues Passwort schließen die Lücke.",
                        "Someone apparently knows your password. Declining stops the attempt; \
                         reporting and a new password close the gap.",
                    ),
                ),
                opt(
                    "approve",
                    0.0,
                    t(
                        "Bestätigen, damit die Meldungen aufhören",
                        "Approve, so the prompts stop",
                    ),
                    t(
                        "Genau darauf setzen Angreifer: Sie hätten ihnen Ihr Konto geöffnet.",
                        "That is exactly what attackers count on: you would have opened your \
                         account to them.",
                    ),
                ),
                opt(
                    "deny-only",
                    0.5,
                    t("Nur ablehnen", "Just decline"),
                    t(
                        "Richtig abgelehnt – aber das Passwort ist weiter bekannt. Melden und \
                         ändern gehört dazu.",
                        "Rightly declined – but your password is still known. Report and change \
                         it as well.",
                    ),
                ),
                opt_from(
                    3,
                    "ignore",
                    0.0,
                    t(
                        "Das Handy stumm schalten und morgen nachsehen",
                        "Mute the phone and look tomorrow",
                    ),
                    t(
                        "Bis morgen hat ein Angreifer viele Versuche – und die IT weiß nichts.",
                        "By tomorrow an attacker has had many tries – and IT knows nothing.",
                    ),
                ),
            ],
        },
        background: t(
            "Eine Zwei-Faktor-Abfrage, die Sie nicht ausgelöst haben, ist ein Alarmzeichen. \
             Bestätigen Sie nur Anmeldungen, die Sie selbst gerade durchführen.",
            "A two-factor prompt you did not trigger is a warning sign. Only approve sign-ins you \
             are doing yourself right now.",
        ),
        went_well: t(
            "Sie erkennen und melden fremde Anmeldeversuche.",
            "You recognise and report sign-in attempts by others.",
        ),
        to_learn: t(
            "Unerwartete Anmeldebestätigungen: ablehnen, melden, Passwort ändern.",
            "Unexpected sign-in prompts: decline, report, change the password.",
        ),
    },
    Item {
        id: "passwort-wechsel",
        competence: "4.1",
        min_level: 3,
        title: t("Wann das Passwort ändern?", "When to change the password?"),
        situation: t(
            "{kollege} meint: „Ich ändere mein Passwort jeden Monat und hänge einfach die \
             Monatszahl an. Das ist doch am sichersten.“",
            "{kollege} says: “I change my password every month and simply add the month's \
             number. That's the safest, isn't it?”",
        ),
        task: Task::Choice {
            multiple: false,
            prompt: t(
                "Was empfiehlt das BSI heute?",
                "What does the BSI recommend today?",
            ),
            options: &[
                opt(
                    "on-suspicion",
                    1.0,
                    t(
                        "Ein starkes Passwort behalten und sofort ändern, wenn es bekannt \
                         geworden sein könnte",
                        "Keep a strong password and change it at once if it may have become \
                         known",
                    ),
                    t(
                        "Erzwungene regelmäßige Wechsel führen zu Mustern wie „…03“, „…04“. \
                         Anlassbezogen zu wechseln ist sicherer.",
                        "Forced regular changes lead to patterns like “…03”, “…04”. Changing \
                         on occasion is safer.",
                    ),
                ),
                opt(
                    "monthly",
                    0.0,
                    t(
                        "Jeden Monat wechseln, mit angehängter Zahl",
                        "Change it every month, adding a number",
                    ),
                    t(
                        "Das Muster ist leicht zu erraten, sobald ein altes Passwort bekannt \
                         wird.",
                        "The pattern is easy to guess once an old password is known.",
                    ),
                ),
                opt(
                    "never",
                    0.0,
                    t(
                        "Nie ändern, auch nicht nach einem Vorfall",
                        "Never change it, not even after an incident",
                    ),
                    t(
                        "Nach einem Verdacht muss es sofort geändert werden.",
                        "After any suspicion it must be changed at once.",
                    ),
                ),
            ],
        },
        background: t(
            "Das BSI verzichtet seit 2020 auf die Empfehlung, Passwörter regelmäßig zu wechseln. \
             Wichtig sind Länge, Einzigartigkeit, Zwei-Faktor-Anmeldung und der Wechsel bei \
             Verdacht. Schreibt Ihre Dienststelle noch regelmäßige Wechsel vor, folgen Sie der \
             Vorgabe – aber ohne Zählmuster.",
            "Since 2020 the BSI no longer recommends changing passwords regularly. What matters \
             is length, uniqueness, two-factor sign-in and changing on suspicion. If your office \
             still requires regular changes, follow the rule – but without counting patterns.",
        ),
        went_well: t(
            "Sie wissen, wann ein Passwortwechsel wirklich nötig ist.",
            "You know when a password change is really needed.",
        ),
        to_learn: t(
            "Passwörter anlassbezogen ändern – nicht nach Kalender mit Zählmuster.",
            "Change passwords on occasion – not by calendar with a counting pattern.",
        ),
    },
];
