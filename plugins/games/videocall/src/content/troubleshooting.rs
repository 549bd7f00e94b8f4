//! Episode "fix-the-tech": solving audio, camera, network and screen-sharing problems step by
//! step and helping a customer join (competences 5.1 and 2.1).

use super::EpisodeDef;
use crate::item::{ItemDef, Kind, NONE, half, no, ok, says};
use crate::lang::t;

pub const EPISODE: EpisodeDef = EpisodeDef {
    id: "fix-the-tech",
    title: t(
        "Technik-Hilfe: Ton, Bild, Freigabe",
        "Tech help: sound, picture, sharing",
    ),
    summary: t(
        "Kein Ton, schwarzes Bild, stockende Verbindung: Sie lösen Probleme Schritt für Schritt, \
         helfen Kundschaft beim Einwählen und schreiben ein hilfreiches Ticket.",
        "No sound, black picture, choppy connection: you solve problems step by step, help a \
         customer join and write a useful ticket.",
    ),
    minutes: 8,
    competences: &["5.1", "2.1"],
    items: &ITEMS,
};

const ITEMS: [ItemDef; 7] = [
    ItemDef {
        key: "no-sound",
        competence: "5.1",
        kind: Kind::Ordering,
        title: t("„Ich höre Sie nicht“", "“I can't hear you”"),
        scenario: t(
            "Die Videosprechstunde mit {customer_obj} beginnt. Im Chat steht: „Ich sehe Sie, \
             aber ich höre nichts.“",
            "The video consultation with {customer} begins. The chat says: “I can see you, but \
             I can't hear anything.”",
        ),
        prompt: t(
            "Ordnen Sie Ihre Prüfschritte – vom Einfachen zum Aufwendigen.",
            "Order your checks – from simple to elaborate.",
        ),
        partner: NONE,
        lines: &[],
        options: &[
            ok(
                "mute",
                t(
                    "Prüfen, ob Ihr Mikrofon stummgeschaltet ist",
                    "Check whether your microphone is muted",
                ),
                t(
                    "Die häufigste Ursache, in einer Sekunde geprüft.",
                    "The most common cause, checked in a second.",
                ),
            ),
            ok(
                "device",
                t(
                    "In den Audioeinstellungen das richtige Mikrofon (Headset) wählen",
                    "Select the right microphone (headset) in the audio settings",
                ),
                t(
                    "Oft ist noch das eingebaute Mikrofon oder ein altes Gerät gewählt.",
                    "Often the built-in microphone or an old device is still selected.",
                ),
            ),
            ok(
                "cable",
                t(
                    "Headset-Stecker bzw. Bluetooth-Verbindung prüfen",
                    "Check the headset plug or Bluetooth connection",
                ),
                t(
                    "Ein lockerer Stecker ist schnell behoben.",
                    "A loose plug is quickly fixed.",
                ),
            ),
            ok(
                "rejoin",
                t(
                    "Das Meeting verlassen und neu beitreten",
                    "Leave and rejoin the meeting",
                ),
                t(
                    "Das setzt die Audioverbindung zurück, kostet aber einen Moment.",
                    "That resets the audio connection but takes a moment.",
                ),
            ),
            ok(
                "phone-ticket",
                t(
                    "Per Telefoneinwahl weitermachen und später ein Ticket schreiben",
                    "Continue by dial-in and write a ticket later",
                ),
                t(
                    "Das Gespräch geht weiter; die IT kümmert sich um die Ursache.",
                    "The talk goes on; IT takes care of the cause.",
                ),
            )
            .shown_from(2),
        ],
        explain: t(
            "Systematisch vorgehen: erst das Naheliegende und Schnelle, dann Einstellungen, dann \
             Hardware, dann Neustart – und immer einen Ausweichweg bereithalten.",
            "Work systematically: first the obvious and quick, then settings, then hardware, \
             then restart – and always keep a fallback ready.",
        ),
        went_well: t(
            "Sie suchen Tonprobleme systematisch vom Einfachen zum Aufwendigen.",
            "You track down sound problems systematically, simple to elaborate.",
        ),
        to_learn: t(
            "Tonprobleme: Stummschaltung → Gerätewahl → Kabel → neu beitreten → Telefon.",
            "Sound problems: mute → device selection → cable → rejoin → phone.",
        ),
    },
    ItemDef {
        key: "black-camera",
        competence: "5.1",
        kind: Kind::Ordering,
        title: t("Schwarzes Kamerabild", "Black camera picture"),
        scenario: t(
            "{employer} sagt: „Ihr Bild ist schwarz.“ Ihre Kamera-Vorschau zeigt nichts.",
            "{employer} says: “Your picture is black.” Your camera preview shows nothing.",
        ),
        prompt: t(
            "Ordnen Sie die Schritte sinnvoll.",
            "Put the steps in a sensible order.",
        ),
        partner: NONE,
        lines: &[],
        options: &[
            ok(
                "shutter",
                t(
                    "Prüfen, ob die Kamera-Abdeckung geschlossen ist",
                    "Check whether the camera cover is closed",
                ),
                t(
                    "Ein Schieber vor der Linse – sofort sichtbar.",
                    "A slider over the lens – visible at once.",
                ),
            ),
            ok(
                "select",
                t(
                    "Im Videodienst die richtige Kamera auswählen",
                    "Select the right camera in the video service",
                ),
                t(
                    "An der Dockingstation ist oft eine andere Kamera aktiv.",
                    "With a docking station another camera is often active.",
                ),
            ),
            ok(
                "other-apps",
                t(
                    "Andere Programme schließen, die die Kamera belegen",
                    "Close other programs using the camera",
                ),
                t(
                    "Eine Kamera kann meist nur ein Programm gleichzeitig nutzen.",
                    "A camera can usually be used by only one program at a time.",
                ),
            ),
            ok(
                "permission",
                t(
                    "Im Browser die Kamera-Berechtigung für den Videodienst prüfen",
                    "Check the browser's camera permission for the video service",
                ),
                t(
                    "Ohne Freigabe im Browser bleibt das Bild schwarz.",
                    "Without permission in the browser the picture stays black.",
                ),
            ),
            ok(
                "restart",
                t(
                    "Nach dem Gespräch neu starten und, falls nötig, den IT-Service informieren",
                    "Restart after the talk and inform IT service if needed",
                ),
                t(
                    "Ein Neustart mitten im Gespräch kostet Zeit; zuerst die schnellen Schritte.",
                    "A restart mid-talk costs time; quick steps first.",
                ),
            )
            .shown_from(2),
        ],
        explain: t(
            "Vom Sichtbaren zum Versteckten: Abdeckung, Auswahl, Belegung, Berechtigung, zuletzt \
             Neustart oder IT.",
            "From visible to hidden: cover, selection, other apps, permission, finally restart \
             or IT.",
        ),
        went_well: t(
            "Sie beheben Kameraprobleme Schritt für Schritt.",
            "You fix camera problems step by step.",
        ),
        to_learn: t(
            "Kamera schwarz: Abdeckung → Kamerawahl → andere Programme → Browser-Berechtigung → \
             Neustart/IT.",
            "Black camera: cover → camera selection → other programs → browser permission → \
             restart/IT.",
        ),
    },
    ItemDef {
        key: "echo",
        competence: "5.1",
        kind: Kind::Single,
        title: t("Ein Echo", "An echo"),
        scenario: t(
            "Immer wenn Sie sprechen, hören Sie sich selbst verzögert als Echo. {employer} sitzt \
             mit einer Kollegin im Besprechungsraum der {company}, ohne Headset.",
            "Whenever you speak you hear yourself delayed as an echo. {employer} sits with a \
             colleague in a meeting room at {company}, without headset.",
        ),
        prompt: t("Was hilft am ehesten?", "What is most likely to help?"),
        partner: NONE,
        lines: &[],
        options: &[
            ok(
                "their-speakers",
                t(
                    "{employer_obj} bitten, die Lautsprecher leiser zu stellen oder ein Headset \
                     zu nutzen",
                    "Ask {employer_obj} to turn the speakers down or use a headset",
                ),
                t(
                    "Ein Echo entsteht dort, wo Lautsprecher Ihre Stimme ins Mikrofon \
                     zurückgeben – hier im Besprechungsraum.",
                    "An echo arises where speakers feed your voice back into a microphone – here \
                     in the meeting room.",
                ),
            ),
            no(
                "own-mic",
                t(
                    "Ihr eigenes Mikrofon lauter stellen",
                    "Turn your own microphone up",
                ),
                t(
                    "Das macht das Echo eher lauter: Die Ursache liegt nicht bei Ihnen.",
                    "That makes the echo louder if anything: the cause is not on your side.",
                ),
            ),
            no(
                "camera-off",
                t("Die Kamera ausschalten", "Turn the camera off"),
                t(
                    "Das Bild hat mit dem Ton nichts zu tun.",
                    "The picture has nothing to do with the sound.",
                ),
            ),
            half(
                "mute-all",
                t(
                    "Alle anderen bitten, sich stummzuschalten",
                    "Ask everyone else to mute",
                ),
                t(
                    "Das findet die Quelle, löst aber nichts, sobald {employer} wieder spricht.",
                    "That finds the source but solves nothing once {employer} speaks again.",
                ),
            )
            .shown_from(2),
            ok(
                "two-devices",
                t(
                    "Fragen, ob im Raum zwei Geräte gleichzeitig eingewählt sind",
                    "Ask whether two devices in the room have joined at once",
                ),
                t(
                    "Zwei Geräte im selben Raum erzeugen ebenfalls ein Echo – eines stummschalten \
                     oder trennen.",
                    "Two devices in the same room cause an echo too – mute or disconnect one.",
                ),
            )
            .shown_from(3),
        ],
        explain: t(
            "Hören Sie sich selbst, liegt die Ursache meist bei einer anderen Person: \
             Lautsprecher nahe am Mikrofon oder zwei Geräte in einem Raum.",
            "If you hear yourself, the cause usually lies with someone else: speakers close to a \
             microphone or two devices in one room.",
        ),
        went_well: t(
            "Sie erkennen, wo ein Echo entsteht.",
            "You recognise where an echo arises.",
        ),
        to_learn: t(
            "Echo: Die Ursache liegt meist bei anderen – Lautsprecher leiser, Headset, nur ein \
             Gerät pro Raum.",
            "Echo: the cause is usually elsewhere – speakers down, headset, one device per room.",
        ),
    },
    ItemDef {
        key: "bandwidth",
        competence: "5.1",
        kind: Kind::Multiple,
        title: t("Stockendes Bild", "Choppy picture"),
        scenario: t(
            "Sie arbeiten im Homeoffice über die VPN-Verbindung des Jobcenters. Ihr Bild friert \
             ein, der Ton ist abgehackt.",
            "You work from home over the job centre's VPN. Your picture freezes, the sound is \
             choppy.",
        ),
        prompt: t("Was hilft?", "What helps?"),
        partner: NONE,
        lines: &[],
        options: &[
            ok(
                "video-off",
                t(
                    "Die eigene Kamera vorübergehend ausschalten und das kurz ansagen",
                    "Turn your camera off for a while and say so",
                ),
                t(
                    "Video braucht viel Bandbreite; der Ton wird stabiler.",
                    "Video needs a lot of bandwidth; the sound becomes more stable.",
                ),
            ),
            ok(
                "lan",
                t(
                    "LAN-Kabel statt WLAN nutzen oder näher an den Router gehen",
                    "Use a LAN cable instead of Wi-Fi or move closer to the router",
                ),
                t(
                    "Eine stabile Verbindung ist die Basis.",
                    "A stable connection is the basis.",
                ),
            ),
            ok(
                "pause-downloads",
                t(
                    "Große Downloads, Updates oder Streaming im Haushalt pausieren",
                    "Pause big downloads, updates or streaming at home",
                ),
                t(
                    "Sie teilen sich die Leitung mit allen im Haushalt.",
                    "You share the line with everyone at home.",
                ),
            ),
            no(
                "vpn-off",
                t(
                    "Die VPN-Verbindung trennen, damit es schneller geht",
                    "Disconnect the VPN to speed things up",
                ),
                t(
                    "Das VPN schützt die Verbindung zum Jobcenter; es eigenmächtig zu umgehen \
                     verstößt gegen die IT-Sicherheitsregeln.",
                    "The VPN protects the connection to the job centre; bypassing it on your own \
                     breaks the IT security rules.",
                ),
            ),
            no(
                "hd-share",
                t(
                    "Zusätzlich den Bildschirm in höchster Auflösung teilen",
                    "Also share the screen at the highest resolution",
                ),
                t(
                    "Das braucht noch mehr Bandbreite.",
                    "That needs even more bandwidth.",
                ),
            ),
            no(
                "speedtest-video",
                t(
                    "Nebenbei ein Video streamen, um die Leitung zu testen",
                    "Stream a video on the side to test the line",
                ),
                t(
                    "Das belastet die Leitung zusätzlich.",
                    "That loads the line even more.",
                ),
            )
            .shown_from(2),
            ok(
                "lower-quality",
                t(
                    "Im Videodienst eine geringere Videoqualität einstellen",
                    "Set a lower video quality in the video service",
                ),
                t(
                    "Weniger Datenmenge, Gesicht bleibt sichtbar.",
                    "Less data, your face stays visible.",
                ),
            )
            .shown_from(3),
        ],
        explain: t(
            "Bei schwacher Verbindung Last verringern: weniger Video, andere Nutzung pausieren, \
             stabilere Leitung – Sicherheitsfunktionen bleiben an.",
            "With a weak connection reduce the load: less video, pause other use, a more stable \
             line – security functions stay on.",
        ),
        went_well: t(
            "Sie verbessern eine schwache Verbindung, ohne Sicherheitsregeln zu umgehen.",
            "You improve a weak connection without bypassing security rules.",
        ),
        to_learn: t(
            "Schwache Verbindung: Kamera aus, Kabel statt WLAN, Downloads pausieren – VPN bleibt an.",
            "Weak connection: camera off, cable instead of Wi-Fi, pause downloads – VPN stays on.",
        ),
    },
    ItemDef {
        key: "cannot-join",
        competence: "2.1",
        kind: Kind::Phone,
        title: t(
            "Die Kundin oder der Kunde kommt nicht hinein",
            "The customer cannot get in",
        ),
        scenario: t(
            "Fünf Minuten nach Beginn ruft {customer} an.",
            "Five minutes after the start, {customer} calls.",
        ),
        prompt: t("Wie helfen Sie?", "How do you help?"),
        partner: t("{customer}", "{customer}"),
        lines: &[says(t(
            "Ich habe auf den Link geklickt, aber da steht nur, ich soll eine App installieren. \
             Das will ich eigentlich nicht.",
            "I clicked the link, but it only says I should install an app. I don't really want \
             to.",
        ))],
        options: &[
            ok(
                "browser",
                t(
                    "Das geht auch ohne App: Öffnen Sie den Link bitte in einem aktuellen Browser \
                     und wählen Sie „Im Browser teilnehmen“. Ich bleibe so lange am Telefon.",
                    "It works without an app: please open the link in an up-to-date browser and \
                     choose “Join in browser”. I'll stay on the line.",
                ),
                t(
                    "Sie respektieren den Wunsch, geben eine konkrete Anleitung und bleiben \
                     erreichbar.",
                    "You respect the wish, give concrete guidance and stay reachable.",
                ),
            ),
            half(
                "install",
                t(
                    "Installieren Sie die App bitte trotzdem, das dauert nur ein paar Minuten.",
                    "Please install the app anyway, it only takes a few minutes.",
                ),
                t(
                    "Das kann klappen, übergeht aber den Wunsch – und die Browser-Teilnahme ist \
                     einfacher.",
                    "It may work, but ignores the wish – and joining in the browser is simpler.",
                ),
            ),
            no(
                "password",
                t(
                    "Nennen Sie mir Ihr E-Mail-Passwort, dann schaue ich mir das an.",
                    "Tell me your mail password and I'll look into it.",
                ),
                t(
                    "Nach Passwörtern fragt das Jobcenter nie – so lernen Kundinnen und Kunden \
                     sonst, Betrügern zu vertrauen.",
                    "The job centre never asks for passwords – otherwise customers learn to \
                     trust fraudsters.",
                ),
            ),
            half(
                "phone-now",
                t(
                    "Dann führen wir das Gespräch jetzt einfach am Telefon.",
                    "Then let's simply have the talk on the phone now.",
                ),
                t(
                    "Ein guter Ausweichweg – aber vielleicht klappt Video mit einem Tipp doch.",
                    "A good fallback – but perhaps video works after all with one tip.",
                ),
            )
            .shown_from(2),
        ],
        explain: t(
            "Beim Helfen am Telefon: ruhig, konkret, ohne Fachjargon – und niemals nach \
             Passwörtern fragen. Ein Ausweichweg beruhigt.",
            "When helping by phone: calm, concrete, no jargon – and never ask for passwords. A \
             fallback reassures.",
        ),
        went_well: t(
            "Sie leiten die Kundschaft ruhig und konkret zum Ziel.",
            "You guide customers calmly and concretely.",
        ),
        to_learn: t(
            "Beim Einwählen helfen: Browser-Teilnahme erklären, am Telefon bleiben, nie nach \
             Passwörtern fragen.",
            "Helping to join: explain browser joining, stay on the line, never ask for \
             passwords.",
        ),
    },
    ItemDef {
        key: "black-share",
        competence: "5.1",
        kind: Kind::Single,
        title: t("Freigabe zeigt nur Schwarz", "Sharing shows only black"),
        scenario: t(
            "Sie teilen das Stellenangebot, aber {employer} sieht nur eine schwarze Fläche. Sie \
             arbeiten mit zwei Monitoren.",
            "You share the job offer, but {employer} sees only a black area. You work with two \
             monitors.",
        ),
        prompt: t("Was tun Sie zuerst?", "What do you do first?"),
        partner: NONE,
        lines: &[],
        options: &[
            ok(
                "reselect",
                t(
                    "Freigabe beenden und gezielt das Fenster mit dem Stellenangebot neu teilen",
                    "Stop sharing and share the job-offer window again specifically",
                ),
                t(
                    "Oft ist der falsche Monitor oder ein geschütztes Fenster gewählt; das \
                     einzelne Fenster löst beides.",
                    "Often the wrong monitor or a protected window is chosen; sharing the single \
                     window solves both.",
                ),
            ),
            no(
                "reboot",
                t(
                    "Den Rechner sofort neu starten",
                    "Restart the computer at once",
                ),
                t(
                    "Das beendet das Gespräch – zu drastisch als erster Schritt.",
                    "That ends the call – too drastic as a first step.",
                ),
            ),
            no(
                "photo",
                t(
                    "Ein Foto des Bildschirms in den Chat stellen",
                    "Post a photo of the screen in the chat",
                ),
                t(
                    "Schlecht lesbar und nicht barrierefrei – und die Ursache bleibt.",
                    "Hard to read and not accessible – and the cause remains.",
                ),
            ),
            half(
                "mail-pdf",
                t(
                    "Das Stellenangebot stattdessen als PDF mailen",
                    "Mail the job offer as a PDF instead",
                ),
                t(
                    "Ein brauchbarer Notbehelf, aber erst lohnt der schnelle Versuch, richtig zu \
                     teilen.",
                    "A workable stopgap, but the quick attempt to share correctly comes first.",
                ),
            )
            .shown_from(2),
            half(
                "os-permission",
                t(
                    "Die Systemberechtigung zur Bildschirmaufnahme prüfen",
                    "Check the system permission for screen recording",
                ),
                t(
                    "Kann die Ursache sein – aber das Naheliegende (Fenster neu wählen) zuerst.",
                    "May be the cause – but the obvious (reselect the window) comes first.",
                ),
            )
            .shown_from(3),
        ],
        explain: t(
            "Erst das Schnelle und Wahrscheinliche: richtige Quelle wählen. Neustart und \
             Workarounds später.",
            "Quick and likely first: choose the right source. Restarts and workarounds later.",
        ),
        went_well: t(
            "Sie beheben Freigabeprobleme zuerst mit dem naheliegenden Schritt.",
            "You fix sharing problems with the obvious step first.",
        ),
        to_learn: t(
            "Schwarze Freigabe: Freigabe neu starten und gezielt das Fenster wählen.",
            "Black share: restart sharing and pick the window specifically.",
        ),
    },
    ItemDef {
        key: "ticket",
        competence: "5.1",
        kind: Kind::Multiple,
        title: t("Das Ticket an den IT-Service", "The ticket for IT service"),
        scenario: t(
            "Das Kameraproblem tritt immer wieder auf. Sie schreiben ein Ticket an den IT-Service \
             (it-service@jobcenter.musterstadt.de).",
            "The camera problem keeps coming back. You write a ticket to IT service \
             (it-service@jobcenter.musterstadt.de).",
        ),
        prompt: t("Was gehört hinein?", "What belongs in it?"),
        partner: NONE,
        lines: &[],
        options: &[
            ok(
                "error",
                t(
                    "Die genaue Fehlermeldung (Wortlaut oder Bildschirmfoto ohne Sozialdaten)",
                    "The exact error message (wording or screenshot without social data)",
                ),
                t(
                    "Damit lässt sich die Ursache eingrenzen.",
                    "That narrows down the cause.",
                ),
            ),
            ok(
                "when-what",
                t(
                    "Wann es auftritt und was Sie schon versucht haben",
                    "When it happens and what you have already tried",
                ),
                t(
                    "Das erspart doppelte Schritte.",
                    "That saves repeated steps.",
                ),
            ),
            ok(
                "device",
                t(
                    "Gerät bzw. Inventarnummer, Browser und Videodienst",
                    "Device or inventory number, browser and video service",
                ),
                t(
                    "So findet die IT das richtige Gerät.",
                    "So IT finds the right device.",
                ),
            ),
            no(
                "customer-data",
                t(
                    "Name und Kundennummer von {customer_obj}",
                    "Name and customer number of {customer}",
                ),
                t(
                    "Für die Technik unnötig – Sozialdaten gehören nicht ins Ticket.",
                    "Not needed for the technology – social data does not belong in a ticket.",
                ),
            ),
            no(
                "password",
                t(
                    "Ihr Passwort, damit sich die IT schnell anmelden kann",
                    "Your password so IT can log in quickly",
                ),
                t(
                    "Passwörter gibt man nie weiter, auch nicht an die IT.",
                    "Never pass on passwords, not even to IT.",
                ),
            ),
            no(
                "urgent-only",
                t(
                    "Nur: „Video geht nicht, bitte dringend!“",
                    "Just: “Video doesn't work, urgent!”",
                ),
                t(
                    "Ohne Angaben muss die IT erst nachfragen – das dauert länger.",
                    "Without details IT must ask back first – that takes longer.",
                ),
            )
            .shown_from(2),
        ],
        explain: t(
            "Ein gutes Ticket beschreibt, was passiert, wann, auf welchem Gerät und was schon \
             versucht wurde – ohne Sozialdaten und Passwörter.",
            "A good ticket says what happens, when, on which device and what was tried – \
             without social data or passwords.",
        ),
        went_well: t(
            "Ihre Tickets helfen der IT, schnell zu handeln.",
            "Your tickets help IT act quickly.",
        ),
        to_learn: t(
            "Ticket: Fehlermeldung, Zeitpunkt, Gerät, bisherige Schritte – keine Sozialdaten, \
             keine Passwörter.",
            "Ticket: error message, time, device, steps tried – no social data, no passwords.",
        ),
    },
];
