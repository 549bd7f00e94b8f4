//! Episode "bilder-und-lizenzen": copyright and licences for the media of a job fair –
//! pictures from the web, Creative Commons, attribution, logos, photos of people, quoting and
//! the job centre's own templates (DigComp 3.3, 3.2 and 4.2).

use crate::content::{Card, Episode, Item, Task, Via, card, card_from, opt, opt_from, say, t};

/// The episode.
pub const EPISODE: Episode = Episode {
    id: "bilder-und-lizenzen",
    title: t("Bilder und Lizenzen", "Pictures and licences"),
    summary: t(
        "Fotos aus dem Netz, Creative Commons, Logos und Bilder von Menschen: Gestalten Sie die \
         Medien zur Jobmesse, ohne die Rechte anderer zu verletzen.",
        "Photos from the web, Creative Commons, logos and pictures of people: design the media \
         for the job fair without infringing anyone's rights.",
    ),
    scenario: t(
        "Das Jobcenter Musterstadt veranstaltet am {datum} eine Jobmesse mit Arbeitgebern aus der \
         Region, darunter {firma}. Sie gestalten dafür Flyer, Plakat, eine Präsentation und \
         Beiträge für die Website.\n\nBilder, Texte und Logos anderer sind in aller Regel \
         geschützt: durch das Urheberrecht (UrhG), bei Fotos von Menschen durch deren Recht am \
         eigenen Bild und den Datenschutz, bei Logos durch das Markenrecht. Wer sie nutzen will, \
         braucht eine Erlaubnis – etwa eine Lizenz – oder eine gesetzliche Ausnahme.",
        "Jobcenter Musterstadt is holding a job fair with regional employers on {datum}, among \
         them {firma}. You are designing the flyer, the poster, a presentation and posts for the \
         website.\n\nOther people's pictures, texts and logos are almost always protected: by \
         copyright (UrhG), photos of people also by their right to their own image and by data \
         protection, logos by trade mark law. Using them needs permission – such as a licence – \
         or a statutory exception.",
    ),
    closing: t(
        "Fremde Inhalte sind kein Selbstbedienungsladen – doch mit freien Lizenzen, korrekter \
         Namensnennung, Einwilligungen und den Vorlagen des Hauses gestalten Sie trotzdem \
         ansprechende Medien. Im Zweifel fragen Sie die Öffentlichkeitsarbeit oder die \
         Rechteinhaber.",
        "Other people's content is not self-service – but with free licences, correct \
         attribution, consent and the house templates you can still create appealing media. \
         When in doubt, ask the press office or the rights holders.",
    ),
    minutes: 8,
    competences: &["3.3", "3.2", "4.2"],
    items: &ITEMS,
};

const ITEMS: [Item; 9] = [
    Item {
        id: "bildersuche",
        competence: "3.3",
        min_level: 1,
        title: t(
            "Ein schönes Foto aus der Bildersuche",
            "A nice photo from the image search",
        ),
        situation: t(
            "Für den Flyer zur Jobmesse suchen Sie ein Foto. Über die Bildersuche finden Sie auf \
             der Website eines Nachrichtenmagazins genau das richtige: ein Handschlag nach einem \
             Vorstellungsgespräch. Einen Lizenzhinweis sehen Sie nicht.",
            "You are looking for a photo for the job fair flyer. Through an image search you find \
             just the right one on a news magazine's website: a handshake after a job interview. \
             You see no licence notice.",
        ),
        picture: None,
        task: Task::Choice {
            multiple: false,
            prompt: t("Dürfen Sie das Foto verwenden?", "May you use the photo?"),
            options: &[
                opt(
                    "nein-lizenz",
                    1.0,
                    t(
                        "Nein, nicht ohne Erlaubnis. Ich nehme ein Foto mit passender Lizenz, \
                         etwa aus der Bildersammlung des Jobcenters oder unter einer freien \
                         Lizenz.",
                        "No, not without permission. I take a photo with a suitable licence, for \
                         instance from the job centre's picture collection or under a free \
                         licence.",
                    ),
                    t(
                        "Fotos sind geschützt, auch ohne ©-Zeichen. Ohne Lizenz dürfen Sie sie \
                         weder vervielfältigen noch veröffentlichen.",
                        "Photos are protected, even without a © sign. Without a licence you may \
                         neither copy nor publish them.",
                    ),
                ),
                opt(
                    "oeffentlich",
                    0.0,
                    t(
                        "Ja, es ist ja öffentlich im Internet zu finden.",
                        "Yes, it can be found publicly on the internet.",
                    ),
                    t(
                        "Öffentlich zugänglich heißt nicht frei nutzbar. Jedes Foto ist \
                         geschützt, auch ohne Hinweis.",
                        "Publicly accessible does not mean free to use. Every photo is \
                         protected, even without a notice.",
                    ),
                ),
                opt(
                    "quelle",
                    0.0,
                    t(
                        "Ja, wenn ich die Quelle angebe.",
                        "Yes, if I name the source.",
                    ),
                    t(
                        "Die Quellenangabe ersetzt keine Erlaubnis. Sie ist eine Pflicht für \
                         den, der nutzen darf – kein Freibrief.",
                        "Naming the source does not replace permission. It is a duty for those \
                         who may use a work – not a licence.",
                    ),
                ),
                opt_from(
                    2,
                    "bearbeiten",
                    0.0,
                    t(
                        "Ja, wenn ich es spiegele und zuschneide – dann ist es ein neues Bild.",
                        "Yes, if I flip and crop it – then it is a new picture.",
                    ),
                    t(
                        "Auch bearbeitet bleibt es das Foto eines anderen. Bearbeiten und \
                         veröffentlichen braucht erst recht eine Erlaubnis.",
                        "Edited, it is still someone else's photo. Editing and publishing it \
                         needs permission all the more.",
                    ),
                ),
                opt_from(
                    3,
                    "behoerde",
                    0.0,
                    t(
                        "Ja, das Jobcenter handelt nicht kommerziell und darf das deshalb.",
                        "Yes, the job centre is not commercial and may therefore do so.",
                    ),
                    t(
                        "Für Flyer und Websites gibt es keine Ausnahme für Behörden oder \
                         nicht kommerzielle Zwecke. Auch öffentliche Stellen brauchen Lizenzen.",
                        "There is no exception for authorities or non-commercial purposes for \
                         flyers and websites. Public bodies need licences, too.",
                    ),
                ),
            ],
        },
        background: t(
            "Fotos sind nach dem Urheberrechtsgesetz geschützt – als Lichtbildwerk oder \
             zumindest als einfaches Lichtbild (§ 72 UrhG, 50 Jahre lang). Das gilt ohne \
             Anmeldung und ohne ©-Zeichen. Sichere Quellen sind eigene Fotos des Jobcenters, \
             lizenzierte Bilddatenbanken und Bilder unter freien Lizenzen, deren Bedingungen Sie \
             einhalten.",
            "Photos are protected by the German Copyright Act – as photographic works or at \
             least as simple photographs (§ 72 UrhG, for 50 years). This applies without \
             registration and without a © sign. Safe sources are the job centre's own photos, \
             licensed image libraries and pictures under free licences whose conditions you \
             meet.",
        ),
        lesson: t(
            "Bilder aus dem Netz sind geschützt – nur mit Lizenz oder Erlaubnis verwenden; die \
             Quelle zu nennen genügt nicht.",
            "Pictures from the web are protected – use them only with a licence or permission; \
             naming the source is not enough.",
        ),
    },
    Item {
        id: "lizenzen",
        competence: "3.3",
        min_level: 1,
        title: t(
            "Was erlaubt welche Lizenz?",
            "What does each licence allow?",
        ),
        situation: t(
            "In der Materialsammlung für die Jobmesse liegen Bilder und Texte mit ganz \
             unterschiedlichen Hinweisen. Sie wollen sie unverändert im Flyer des Jobcenters \
             verwenden.",
            "The material collected for the job fair contains pictures and texts with very \
             different notices. You want to use them unchanged in the job centre's flyer.",
        ),
        picture: None,
        task: Task::Categorise {
            prompt: t(
                "Wie dürfen Sie das jeweilige Material im Flyer verwenden?",
                "How may you use each piece of material in the flyer?",
            ),
            categories: &[
                ("frei", t("Ohne Bedingungen", "Without conditions")),
                (
                    "bedingungen",
                    t(
                        "Mit Bedingungen, vor allem Namensnennung",
                        "With conditions, above all attribution",
                    ),
                ),
                (
                    "erlaubnis",
                    t(
                        "Nur mit Erlaubnis oder nach Klärung",
                        "Only with permission or after clarification",
                    ),
                ),
            ],
            cards: &LIZENZEN,
            shown: [4, 5, 7],
        },
        background: t(
            "Creative-Commons-Lizenzen bestehen aus Bausteinen: BY (Namensnennung), SA \
             (Weitergabe unter gleichen Bedingungen), NC (nicht kommerziell) und ND (keine \
             Bearbeitungen). CC0 ist ein Verzicht auf Rechte. Was keine Lizenz hat, dürfen Sie \
             nur mit Erlaubnis nutzen – außer bei gesetzlichen Ausnahmen wie amtlichen Werken \
             oder gemeinfreien Werken (70 Jahre nach dem Tod der Urheber).",
            "Creative Commons licences are made of building blocks: BY (attribution), SA (share \
             alike), NC (non-commercial) and ND (no derivatives). CC0 is a waiver of rights. \
             Anything without a licence you may only use with permission – except for statutory \
             exceptions such as official works or works in the public domain (70 years after the \
             author's death).",
        ),
        lesson: t(
            "CC-Bausteine kennen: CC0 frei, BY mit Namensnennung, SA mit gleicher Lizenz, ND nur \
             unverändert, NC für Behörden besser klären.",
            "Know the CC building blocks: CC0 free, BY with attribution, SA under the same \
             licence, ND only unchanged, NC better clarified for public bodies.",
        ),
    },
    Item {
        id: "tasl",
        competence: "3.3",
        min_level: 1,
        title: t("Die richtige Bildangabe", "The right picture credit"),
        situation: t(
            "Für den Flyer verwenden Sie ein Foto von Wikimedia Commons: „Beratungsgespräch im \
             Büro“ von Lena Hartmann, Lizenz CC BY 4.0. Für das Layout haben Sie es \
             zugeschnitten.",
            "For the flyer you use a photo from Wikimedia Commons: “Beratungsgespräch im Büro” \
             (counselling session in the office) by Lena Hartmann, licence CC BY 4.0. You cropped \
             it for the layout.",
        ),
        picture: None,
        task: Task::Choice {
            multiple: false,
            prompt: t(
                "Welche Angabe setzen Sie an das Foto?",
                "Which credit do you put with the photo?",
            ),
            options: &[
                opt(
                    "tasl",
                    1.0,
                    t(
                        "„Beratungsgespräch im Büro“ von Lena Hartmann, Wikimedia Commons, CC BY \
                         4.0 (creativecommons.org/licenses/by/4.0), zugeschnitten",
                        "“Beratungsgespräch im Büro” by Lena Hartmann, Wikimedia Commons, CC BY \
                         4.0 (creativecommons.org/licenses/by/4.0), cropped",
                    ),
                    t(
                        "Titel, Urheberin, Quelle, Lizenz mit Link – und der Hinweis auf die \
                         Änderung: vollständig.",
                        "Title, author, source, licence with link – and the note of the change: \
                         complete.",
                    ),
                ),
                opt(
                    "nur-plattform",
                    0.0,
                    t("Bild: Wikimedia Commons", "Picture: Wikimedia Commons"),
                    t(
                        "Nennt nur die Plattform. Urheberin, Titel und Lizenz fehlen – die \
                         Lizenzbedingungen sind nicht erfüllt.",
                        "Names only the platform. Author, title and licence are missing – the \
                         licence conditions are not met.",
                    ),
                ),
                opt(
                    "jobcenter",
                    0.0,
                    t("© Jobcenter Musterstadt", "© Jobcenter Musterstadt"),
                    t(
                        "Falsch: Das Jobcenter hat das Foto nicht gemacht und nur eine Lizenz \
                         daran. So wird die Urheberin verschwiegen.",
                        "Wrong: the job centre did not take the photo and only holds a licence. \
                         This conceals the author.",
                    ),
                ),
                opt_from(
                    2,
                    "zu-kurz",
                    0.5,
                    t("Foto: Lena Hartmann, CC BY", "Photo: Lena Hartmann, CC BY"),
                    t(
                        "Die Urheberin ist genannt, aber Titel, Quelle, Lizenzversion mit Link \
                         und der Hinweis auf das Zuschneiden fehlen.",
                        "The author is named, but the title, source, licence version with link \
                         and the note about cropping are missing.",
                    ),
                ),
                opt_from(
                    3,
                    "ohne-aenderung",
                    0.5,
                    t(
                        "„Beratungsgespräch im Büro“ von Lena Hartmann, Wikimedia Commons, CC BY \
                         4.0 (creativecommons.org/licenses/by/4.0)",
                        "“Beratungsgespräch im Büro” by Lena Hartmann, Wikimedia Commons, CC BY \
                         4.0 (creativecommons.org/licenses/by/4.0)",
                    ),
                    t(
                        "Fast vollständig – aber Sie haben das Foto zugeschnitten, und CC-Lizenzen \
                         der Version 4.0 verlangen, Änderungen anzugeben.",
                        "Almost complete – but you cropped the photo, and version 4.0 CC licences \
                         require changes to be indicated.",
                    ),
                ),
            ],
        },
        background: t(
            "Die Faustregel für die Namensnennung heißt TASL: Title (Titel), Author (Urheber), \
             Source (Quelle, möglichst mit Link), License (Lizenz mit Link). Bei CC-Lizenzen der \
             Version 4.0 geben Sie außerdem an, ob Sie etwas verändert haben. Im Druck steht die \
             Angabe am Bild oder gesammelt in einem Bildnachweis.",
            "The rule of thumb for attribution is TASL: title, author, source (with a link where \
             possible), licence (with a link). For version 4.0 CC licences you also indicate \
             whether you changed anything. In print the credit goes next to the picture or into \
             a collected list of picture credits.",
        ),
        lesson: t(
            "Namensnennung nach TASL: Titel, Urheber, Quelle, Lizenz mit Link – und Änderungen \
             angeben.",
            "Attribute by TASL: title, author, source, licence with link – and indicate changes.",
        ),
    },
    Item {
        id: "personenfoto",
        competence: "4.2",
        min_level: 1,
        title: t(
            "Das Gruppenfoto vom Bewerbungstraining",
            "The group photo from the application workshop",
        ),
        situation: t(
            "Nach dem Bewerbungstraining für Kundinnen und Kunden kommt {kollege} mit dem \
             Diensthandy zu Ihnen.",
            "After the application workshop for customers, {kollege} comes to you with the work \
             phone.",
        ),
        picture: None,
        task: Task::Dialogue {
            via: Via::InPerson,
            partner: t("{kollege}", "{kollege}"),
            lines: &[say(
                t("{kollege}", "{kollege}"),
                t(
                    "Schau mal, das Gruppenfoto von gestern! Alle zwölf haben gelächelt. Das \
                     stelle ich heute noch auf unsere Website und auf Instagram – das zeigt doch, \
                     wie gut unser Training ankommt.",
                    "Look, the group photo from yesterday! All twelve were smiling. I'll put it \
                     on our website and on Instagram today – it shows how well our workshop goes \
                     down.",
                ),
            )],
            replies: &[
                opt(
                    "einwilligung",
                    1.0,
                    t(
                        "„Schönes Foto! Aber vorher brauchen wir von allen Erkennbaren eine \
                         schriftliche, freiwillige Einwilligung – das Foto verrät ja, dass sie \
                         bei uns Kundinnen und Kunden sind. Ohne die nehmen wir lieber ein Bild \
                         ohne erkennbare Personen.“",
                        "“Nice photo! But first we need written, voluntary consent from everyone \
                         recognisable – the photo reveals that they are our customers. Without \
                         it, we had better use a picture without recognisable people.”",
                    ),
                    t(
                        "Genau: Schon die Teilnahme an einem Angebot des Jobcenters ist ein \
                         Sozialdatum. Veröffentlichen geht nur mit Einwilligung – informiert, \
                         freiwillig und jederzeit widerrufbar.",
                        "Exactly: even taking part in a job centre programme is social data. \
                         Publishing needs consent – informed, voluntary and revocable at any \
                         time.",
                    ),
                ),
                opt(
                    "gelaechelt",
                    0.0,
                    t(
                        "„Wer lächelt, ist einverstanden – stell es ruhig online.“",
                        "“If they smile, they agree – go ahead and put it online.”",
                    ),
                    t(
                        "Ein Lächeln für die Kamera ist keine Einwilligung in eine \
                         Veröffentlichung im Internet – schon gar nicht für Sozialdaten.",
                        "Smiling for the camera is not consent to publication on the internet – \
                         least of all for social data.",
                    ),
                ),
                opt(
                    "nur-instagram",
                    0.0,
                    t(
                        "„Nimm es lieber nur für Instagram, die Website ist zu offiziell.“",
                        "“Better use it only on Instagram, the website is too official.”",
                    ),
                    t(
                        "Der Kanal ändert nichts: Auch auf Instagram ist es eine Veröffentlichung \
                         – die Daten landen zusätzlich bei einem großen Plattformbetreiber.",
                        "The channel changes nothing: Instagram is publication too – and the \
                         data also ends up with a large platform operator.",
                    ),
                ),
                opt_from(
                    2,
                    "verpixeln",
                    0.5,
                    t(
                        "„Verpixel die Gesichter, dann passt das.“",
                        "“Pixelate the faces, then it's fine.”",
                    ),
                    t(
                        "Besser als nichts, aber Menschen sind oft auch an Kleidung, Statur oder \
                         Umgebung zu erkennen – gerade in einer kleinen Gruppe. Sicherer sind \
                         Einwilligungen oder ein Bild ohne Personen.",
                        "Better than nothing, but people can often be recognised by their \
                         clothes, build or surroundings – especially in a small group. Consent \
                         or a picture without people is safer.",
                    ),
                ),
                opt_from(
                    3,
                    "versammlung",
                    0.0,
                    t(
                        "„Das ist eine Versammlung, dafür braucht es nach § 23 KUG keine \
                         Einwilligung.“",
                        "“It's a gathering, so under § 23 KUG no consent is needed.”",
                    ),
                    t(
                        "Ein Bewerbungstraining ist keine öffentliche Versammlung. Und für \
                         Sozialdaten gilt ohnehin das Sozialgeheimnis – die Ausnahme passt \
                         hier nicht.",
                        "An application workshop is not a public gathering. And social data is \
                         protected by social data secrecy anyway – the exception does not fit \
                         here.",
                    ),
                ),
            ],
        },
        background: t(
            "Für Fotos, die das Jobcenter veröffentlicht, braucht es die Einwilligung der \
             erkennbaren Personen (Art. 6 und 7 DSGVO; auch das Kunsturhebergesetz, § 22 KUG, \
             verlangt sie). Bei Kundinnen und Kunden kommt das Sozialgeheimnis hinzu (§ 35 SGB I). \
             Die Einwilligung muss freiwillig sein – wer ablehnt, darf keinen Nachteil haben – \
             und ist jederzeit widerrufbar.",
            "Photos the job centre publishes need the consent of the recognisable people (Art. \
             6 and 7 GDPR; the Art Copyright Act, § 22 KUG, requires it as well). For customers, \
             social data secrecy applies on top (§ 35 SGB I). Consent must be voluntary – nobody \
             who refuses may be disadvantaged – and can be withdrawn at any time.",
        ),
        lesson: t(
            "Fotos von Menschen nur mit informierter, freiwilliger Einwilligung veröffentlichen – \
             bei Kundschaft schützt zusätzlich das Sozialgeheimnis.",
            "Publish photos of people only with informed, voluntary consent – for customers, \
             social data secrecy also applies.",
        ),
    },
    Item {
        id: "logos",
        competence: "3.3",
        min_level: 1,
        title: t("Die Logos der Arbeitgeber", "The employers' logos"),
        situation: t(
            "Auf dem Plakat zur Jobmesse am {datum} sollen die Logos der zwölf teilnehmenden \
             Arbeitgeber stehen, darunter {firma}.",
            "The poster for the job fair on {datum} is to show the logos of the twelve \
             participating employers, among them {firma}.",
        ),
        picture: None,
        task: Task::Choice {
            multiple: false,
            prompt: t("Wie kommen Sie zu den Logos?", "How do you get the logos?"),
            options: &[
                opt(
                    "anfragen",
                    1.0,
                    t(
                        "Die Unternehmen um Zustimmung und ihre freigegebenen Logodateien bitten",
                        "Ask the companies for their consent and their approved logo files",
                    ),
                    t(
                        "So haben Sie die Zustimmung und die richtigen Dateien – und die \
                         Unternehmen wissen, wie sie dargestellt werden.",
                        "That way you have consent and the right files – and the companies know \
                         how they are presented.",
                    ),
                ),
                opt(
                    "herunterladen",
                    0.0,
                    t(
                        "Die Logos von den Websites der Unternehmen herunterladen – die freuen \
                         sich über Werbung",
                        "Download the logos from the companies' websites – they'll be glad of \
                         the publicity",
                    ),
                    t(
                        "Logos sind als Marke und oft auch urheberrechtlich geschützt. Ob und wie \
                         ein Unternehmen auf Ihrem Plakat erscheint, entscheidet es selbst.",
                        "Logos are protected as trade marks and often by copyright as well. \
                         Whether and how a company appears on your poster is its own decision.",
                    ),
                ),
                opt(
                    "nachzeichnen",
                    0.0,
                    t(
                        "Die Logos leicht abgewandelt nachzeichnen, dann sind es eigene Grafiken",
                        "Redraw the logos slightly changed, then they are our own graphics",
                    ),
                    t(
                        "Eine Nachzeichnung berührt dieselben Rechte – und ein verfälschtes Logo \
                         verärgert das Unternehmen zusätzlich.",
                        "A redrawing touches the same rights – and a distorted logo annoys the \
                         company on top.",
                    ),
                ),
                opt_from(
                    2,
                    "wikipedia",
                    0.0,
                    t(
                        "Die Logos aus Wikipedia nehmen – dort steht oft „gemeinfrei“",
                        "Take the logos from Wikipedia – they are often marked “public domain” \
                         there",
                    ),
                    t(
                        "„Gemeinfrei“ bezieht sich dort nur auf das Urheberrecht, weil einfache \
                         Schriftzüge oft nicht geschützt sind. Das Markenrecht bleibt bestehen.",
                        "“Public domain” there refers only to copyright, because simple \
                         lettering is often not protected. Trade mark rights remain.",
                    ),
                ),
            ],
        },
        background: t(
            "Logos sind meist als Marke eingetragen und oft zusätzlich urheberrechtlich \
             geschützt. Die Namen der teilnehmenden Unternehmen als Text zu nennen, ist \
             unproblematisch; für Logos holen Sie die Zustimmung ein – das ist üblich und \
             vermeidet Streit. Auch das Logo des Jobcenters verwenden Sie nur in der \
             freigegebenen Form.",
            "Logos are usually registered trade marks and often protected by copyright as well. \
             Naming the participating companies in text is unproblematic; for logos, get \
             consent – that is common practice and avoids disputes. The job centre's own logo, \
             too, is used only in its approved form.",
        ),
        lesson: t(
            "Logos anderer nur mit Zustimmung und in der freigegebenen Form verwenden; \
             Firmennamen als Text zu nennen ist unproblematisch.",
            "Use other organisations' logos only with consent and in their approved form; \
             naming companies in text is unproblematic.",
        ),
    },
    Item {
        id: "vorlage",
        competence: "3.2",
        min_level: 1,
        title: t(
            "Der Flyer aus dem Online-Designtool",
            "The flyer from the online design tool",
        ),
        situation: t(
            "{kollege} hat einen Flyer für die Jobmesse in einem kostenlosen Online-Designtool \
             gestaltet: verspielte Schrift, hellgrauer Text auf Pastell, das Jobcenter-Logo in \
             die Breite gezogen und umgefärbt. Das Jobcenter hat eine offizielle Flyer-Vorlage \
             im eigenen Erscheinungsbild (Corporate Design).",
            "{kollege} designed a flyer for the job fair in a free online design tool: playful \
             font, light grey text on pastel, the job centre logo stretched and recoloured. The \
             job centre has an official flyer template in its corporate design.",
        ),
        picture: None,
        task: Task::Choice {
            multiple: false,
            prompt: t("Was schlagen Sie vor?", "What do you suggest?"),
            options: &[
                opt(
                    "vorlage",
                    1.0,
                    t(
                        "Den Inhalt in die offizielle Flyer-Vorlage übernehmen – sie hat das \
                         freigegebene Logo, geprüfte Farben und Formatvorlagen",
                        "Move the content into the official flyer template – it has the approved \
                         logo, checked colours and styles",
                    ),
                    t(
                        "Mit der Vorlage ist das Jobcenter als Absender erkennbar, und der Flyer \
                         bringt Kontrast und Struktur schon mit. Bei Fragen hilft die \
                         Öffentlichkeitsarbeit.",
                        "With the template the job centre is recognisable as the sender, and the \
                         flyer comes with contrast and structure built in. The press office helps \
                         with questions.",
                    ),
                ),
                opt(
                    "lassen",
                    0.0,
                    t(
                        "So lassen – Hauptsache, der Flyer fällt auf",
                        "Leave it – what matters is that it catches the eye",
                    ),
                    t(
                        "Auffallen allein reicht nicht: Der Kontrast ist zu schwach, und ein \
                         verzerrtes, umgefärbtes Logo schwächt das Vertrauen in den Absender.",
                        "Catching the eye is not enough: the contrast is too weak, and a \
                         distorted, recoloured logo weakens trust in the sender.",
                    ),
                ),
                opt(
                    "nur-logo",
                    0.5,
                    t(
                        "Nur das Logo wieder in den richtigen Proportionen einsetzen",
                        "Only put the logo back in its correct proportions",
                    ),
                    t(
                        "Ein Anfang – aber der hellgraue Text auf Pastell bleibt schwer lesbar, \
                         und der Flyer passt weiter nicht zu den anderen Medien des Hauses.",
                        "A start – but the light grey text on pastel stays hard to read, and the \
                         flyer still does not match the other media of the house.",
                    ),
                ),
                opt_from(
                    2,
                    "grafik-tauschen",
                    0.0,
                    t(
                        "Das Jobcenter-Logo durch eine hübschere Grafik aus dem Tool ersetzen",
                        "Replace the job centre logo with a prettier graphic from the tool",
                    ),
                    t(
                        "Das Logo einer Behörde tauscht man nicht aus. Und die Grafiken des Tools \
                         stehen unter dessen Lizenzbedingungen, die eine Nutzung als Logo oft \
                         ausschließen.",
                        "An authority's logo is not swapped out. And the tool's graphics are \
                         under its licence terms, which often rule out use as a logo.",
                    ),
                ),
            ],
        },
        background: t(
            "Am einheitlichen Erscheinungsbild erkennt man Schreiben und Medien des Jobcenters \
             sofort – auch ein Schutz gegen Fälschungen. Gute Vorlagen sind zugleich barrierefrei \
             angelegt: geprüfte Kontraste, Formatvorlagen, Platz für Alternativtexte. Externe \
             Online-Tools haben eigene Lizenzbedingungen und speichern Entwürfe bei einem fremden \
             Anbieter; klären Sie vorher, ob sie dienstlich freigegeben sind.",
            "A consistent corporate design makes the job centre's letters and media instantly \
             recognisable – which also protects against forgeries. Good templates are built to be \
             accessible: checked contrasts, styles, room for alternative texts. External online \
             tools have their own licence terms and store drafts with a third party; check first \
             whether they are approved for work.",
        ),
        lesson: t(
            "Offizielle Vorlagen und das freigegebene Logo nutzen – sie sichern Erkennbarkeit und \
             Barrierefreiheit.",
            "Use the official templates and the approved logo – they ensure recognition and \
             accessibility.",
        ),
    },
    Item {
        id: "wasserzeichen",
        competence: "3.3",
        min_level: 2,
        title: t("Ein Foto mit Rechtehinweis", "A photo with a rights notice"),
        situation: t(
            "Für die Website zur Jobmesse gefällt {kollege} ein Foto aus dem Online-Archiv der \
             Lokalzeitung. Unten rechts steht klein „© Fotostudio Weber“. {kollege} meint: „Das \
             schneiden wir einfach weg, dann sieht es keiner.“",
            "For the job fair website, {kollege} likes a photo from the local newspaper's online \
             archive. In small print at the bottom right it says “© Fotostudio Weber”. {kollege} \
             says: “We'll just crop that off, then nobody will see it.”",
        ),
        picture: None,
        task: Task::Decide {
            prompt: t("Wie entscheiden Sie?", "What do you decide?"),
            options: &[
                opt(
                    "lizenz-anfragen",
                    1.0,
                    t(
                        "Beim Fotostudio eine Lizenz anfragen",
                        "Ask the photo studio for a licence",
                    ),
                    t(
                        "Nur mit Lizenz darf das Foto auf die Website. Das Fotostudio nennt Ihnen \
                         die Bedingungen, auch für die Namensnennung.",
                        "Only with a licence may the photo go on the website. The studio tells \
                         you the terms, including how to credit it.",
                    ),
                ),
                opt(
                    "wegschneiden",
                    0.0,
                    t(
                        "Den Hinweis wegschneiden und das Foto verwenden",
                        "Crop off the notice and use the photo",
                    ),
                    t(
                        "Doppelt falsch: Es fehlt die Erlaubnis, und Hinweise auf die \
                         Rechteinhaber zu entfernen, kann zusätzlich verboten sein (§ 95c UrhG).",
                        "Wrong twice over: there is no permission, and removing information \
                         about the rights holders can be prohibited as well (§ 95c UrhG).",
                    ),
                ),
                opt(
                    "mit-hinweis",
                    0.0,
                    t(
                        "Das Foto mit dem Hinweis verwenden",
                        "Use the photo with the notice",
                    ),
                    t(
                        "Der Hinweis ersetzt keine Lizenz. Ohne Erlaubnis dürfen Sie das Foto \
                         auch mit Hinweis nicht veröffentlichen.",
                        "The notice is not a licence. Without permission you may not publish \
                         the photo, notice or no notice.",
                    ),
                ),
            ],
        },
        background: t(
            "Ein Wasserzeichen oder ©-Hinweis zeigt, wem die Rechte gehören – eine Erlaubnis ist \
             er nicht. Fotostudios und Zeitungen lizenzieren ihre Bilder oft gegen eine Gebühr; \
             fragen Sie dort an.",
            "A watermark or © notice shows who holds the rights – it is not a permission. Photo \
             studios and newspapers often license their pictures for a fee; ask them.",
        ),
        lesson: t(
            "Rechtehinweise nie entfernen – ein ©-Hinweis ist keine Erlaubnis; die Lizenz \
             anfragen.",
            "Never remove rights notices – a © notice is no permission; ask for a licence.",
        ),
    },
    Item {
        id: "zitat",
        competence: "3.3",
        min_level: 3,
        title: t(
            "Fremdes Material in der Präsentation",
            "Other people's material in the presentation",
        ),
        situation: t(
            "Für eine interne Schulung zum regionalen Arbeitsmarkt bereiten Sie eine Präsentation \
             vor; sie wird danach im Intranet abgelegt. Sie möchten Material aus verschiedenen \
             Quellen einbauen.",
            "You are preparing a presentation for an internal training on the regional labour \
             market; afterwards it will be stored on the intranet. You want to include material \
             from several sources.",
        ),
        picture: None,
        task: Task::Choice {
            multiple: true,
            prompt: t(
                "Was dürfen Sie ohne Erlaubnis übernehmen? Wählen Sie alle passenden.",
                "What may you use without permission? Pick all that apply.",
            ),
            options: &[
                opt(
                    "zitat",
                    1.0,
                    t(
                        "Zwei Sätze aus einem Zeitungsartikel, die Sie auf der Folie besprechen – \
                         mit Quellenangabe",
                        "Two sentences from a newspaper article that you discuss on the slide – \
                         with the source",
                    ),
                    t(
                        "Ein Zitat (§ 51 UrhG): Sie setzen sich mit dem Text auseinander, \
                         übernehmen nur so viel wie nötig und nennen die Quelle (§ 63 UrhG).",
                        "A quotation (§ 51 UrhG): you engage with the text, take only as much as \
                         needed and name the source (§ 63 UrhG).",
                    ),
                ),
                opt(
                    "gesetz",
                    1.0,
                    t(
                        "Den Wortlaut eines Paragrafen aus dem SGB II",
                        "The wording of a section of the SGB II",
                    ),
                    t(
                        "Gesetze sind amtliche Werke und frei (§ 5 Abs. 1 UrhG).",
                        "Laws are official works and free to use (§ 5(1) UrhG).",
                    ),
                ),
                opt(
                    "statistik",
                    1.0,
                    t(
                        "Zahlen aus der Statistik der Bundesagentur für Arbeit – mit \
                         Quellenangabe",
                        "Figures from the statistics of the Federal Employment Agency – with the \
                         source",
                    ),
                    t(
                        "Reine Zahlen sind nicht urheberrechtlich geschützt, und die Statistik der \
                         BA darf mit Quellenangabe verwendet werden.",
                        "Bare figures are not protected by copyright, and the Agency's \
                         statistics may be used with the source named.",
                    ),
                ),
                opt(
                    "cartoon",
                    0.0,
                    t(
                        "Einen Cartoon aus der Zeitung, nur zur Auflockerung – mit Quellenangabe",
                        "A cartoon from the newspaper, just to lighten things up – with the \
                         source",
                    ),
                    t(
                        "Ein Zitat braucht einen Zweck: die Auseinandersetzung mit dem Werk. Zur \
                         bloßen Auflockerung ist das kein Zitat – die Quellenangabe allein hilft \
                         nicht.",
                        "A quotation needs a purpose: engaging with the work. Just to lighten \
                         things up it is no quotation – naming the source alone does not help.",
                    ),
                ),
                opt(
                    "ganzer-artikel",
                    0.0,
                    t(
                        "Den ganzen Artikel als Bild auf einer Folie, weil die Quelle genannt ist",
                        "The whole article as an image on a slide, because the source is named",
                    ),
                    t(
                        "Zitiert werden darf nur so viel, wie der Zweck erfordert – nicht der \
                         ganze Artikel.",
                        "You may quote only as much as the purpose requires – not the whole \
                         article.",
                    ),
                ),
                opt(
                    "artikelfoto",
                    0.0,
                    t(
                        "Das Foto aus dem Artikel, weil es das Thema so schön zeigt",
                        "The photo from the article, because it shows the topic so nicely",
                    ),
                    t(
                        "Ein schmückendes Bild ist kein Zitat. Dafür brauchen Sie eine Lizenz.",
                        "A decorative picture is no quotation. For that you need a licence.",
                    ),
                ),
            ],
        },
        background: t(
            "Das Zitatrecht (§ 51 UrhG) erlaubt, Teile fremder Werke zu übernehmen, wenn Sie sich \
             damit auseinandersetzen – als Beleg, zur Erörterung oder zur Kritik. Der Umfang muss \
             dem Zweck entsprechen, und die Quelle muss genannt werden. Gesetze und amtliche \
             Entscheidungen sind ohnehin frei (§ 5 UrhG).",
            "The right of quotation (§ 51 UrhG) allows you to take parts of other works when you \
             engage with them – as evidence, for discussion or criticism. The extent must match \
             the purpose, and the source must be named. Laws and official decisions are free \
             anyway (§ 5 UrhG).",
        ),
        lesson: t(
            "Zitieren heißt: sich mit dem Werk auseinandersetzen, nur so viel wie nötig, mit \
             Quelle – Dekoration ist kein Zitat.",
            "Quoting means engaging with the work, taking only what is needed, naming the source \
             – decoration is no quotation.",
        ),
    },
    Item {
        id: "bearbeitung",
        competence: "3.3",
        min_level: 3,
        title: t("Das bearbeitete Foto", "The edited photo"),
        situation: t(
            "Für das Plakat nehmen Sie das Foto eines Messestands von Wikimedia Commons. Es steht \
             unter der Lizenz „CC BY-SA 4.0“. Sie schneiden es zu und setzen „Jobmesse am {datum}“ \
             als Text ins Bild.",
            "For the poster you take a photo of an exhibition stand from Wikimedia Commons. It is \
             licensed “CC BY-SA 4.0”. You crop it and put “Job fair on {datum}” into the picture \
             as text.",
        ),
        picture: None,
        task: Task::Input {
            label: t(
                "Unter welcher Lizenz müssen Sie die bearbeitete Fassung des Fotos weitergeben? \
                 Tragen Sie die Kurzbezeichnung ein.",
                "Under which licence must you share the edited version of the photo? Enter its \
                 short name.",
            ),
            hint: t(
                "So, wie Lizenzen unter Bildern angegeben werden.",
                "As licences are given under pictures.",
            ),
            grade: grade_licence,
            answer: t(
                "CC BY-SA 4.0 (oder eine ausdrücklich kompatible Lizenz) – für das bearbeitete \
                 Foto, nicht für das ganze Plakat",
                "CC BY-SA 4.0 (or an expressly compatible licence) – for the edited photo, not \
                 for the whole poster",
            ),
        },
        background: t(
            "SA steht für „Share Alike“, Weitergabe unter gleichen Bedingungen: Bearbeitungen \
             müssen unter derselben (oder einer ausdrücklich kompatiblen) Lizenz stehen. Das gilt \
             für das bearbeitete Foto – die übrigen Inhalte des Plakats müssen Sie nicht unter \
             CC BY-SA stellen. Dazu gehören wie immer die Namensnennung und der Hinweis, dass Sie \
             das Foto bearbeitet haben.",
            "SA stands for “share alike”: adaptations must be under the same (or an expressly \
             compatible) licence. That applies to the edited photo – you need not put the rest of \
             the poster under CC BY-SA. As always, attribution and a note that you edited the \
             photo belong with it.",
        ),
        lesson: t(
            "Bearbeitungen von CC-BY-SA-Material unter derselben Lizenz weitergeben, mit \
             Namensnennung und Hinweis auf die Änderung.",
            "Share adaptations of CC BY-SA material under the same licence, with attribution and \
             a note of the change.",
        ),
    },
];

/// The material of the categorise item "lizenzen".
const LIZENZEN: [Card; 9] = [
    card(
        "cc0",
        "frei",
        t("Foto unter CC0 1.0", "Photo under CC0 1.0"),
        t(
            "Mit CC0 verzichten die Urheber, so weit es geht, auf ihre Rechte. Die Quelle \
             anzugeben ist trotzdem guter Stil.",
            "With CC0 the authors waive their rights as far as possible. Naming the source is \
             still good practice.",
        ),
    ),
    card(
        "cc-by",
        "bedingungen",
        t("Grafik unter CC BY 4.0", "Graphic under CC BY 4.0"),
        t(
            "Erlaubt ist fast alles – aber nur mit Namensnennung: Titel, Urheber, Quelle, Lizenz.",
            "Almost anything is allowed – but only with attribution: title, author, source, \
             licence.",
        ),
    ),
    card(
        "cc-by-sa",
        "bedingungen",
        t("Foto unter CC BY-SA 4.0", "Photo under CC BY-SA 4.0"),
        t(
            "Namensnennung wie bei CC BY; wer das Bild bearbeitet, muss die Bearbeitung unter \
             derselben Lizenz weitergeben.",
            "Attribution as with CC BY; whoever edits the picture must share the adaptation \
             under the same licence.",
        ),
    ),
    card(
        "alle-rechte",
        "erlaubnis",
        t(
            "Foto von einer Zeitungswebsite, „© Alle Rechte vorbehalten“",
            "Photo from a newspaper website, “© All rights reserved”",
        ),
        t(
            "Keine Lizenz für die Allgemeinheit: nur mit ausdrücklicher Erlaubnis der \
             Rechteinhaber.",
            "No licence for the public: only with the express permission of the rights holders.",
        ),
    ),
    card_from(
        2,
        "cc-by-nc",
        "erlaubnis",
        t(
            "Illustration unter CC BY-NC 4.0",
            "Illustration under CC BY-NC 4.0",
        ),
        t(
            "Ob die Medien einer Behörde „nicht kommerziell“ im Sinne der Lizenz sind, ist \
             rechtlich nicht sicher geklärt. Für offizielle Medien besser meiden oder die Nutzung \
             mit den Urhebern klären.",
            "Whether an authority's media are “non-commercial” in the licence's sense is not \
             settled in law. Better avoid it for official media or clarify the use with the \
             authors.",
        ),
    ),
    card_from(
        2,
        "cc-by-nd",
        "bedingungen",
        t(
            "Foto unter CC BY-ND 4.0, das Sie unverändert übernehmen",
            "Photo under CC BY-ND 4.0 that you use unchanged",
        ),
        t(
            "ND heißt: keine Bearbeitungen. Unverändert und mit Namensnennung dürfen Sie es \
             nutzen; Text hineinsetzen oder es verfremden dürfen Sie nicht.",
            "ND means no derivatives. Unchanged and with attribution you may use it; you may not \
             put text into it or alter it.",
        ),
    ),
    card_from(
        3,
        "gesetz",
        "frei",
        t(
            "Der Wortlaut eines Paragrafen aus dem SGB II",
            "The wording of a section of the SGB II",
        ),
        t(
            "Gesetze sind amtliche Werke und nach § 5 Abs. 1 UrhG nicht urheberrechtlich \
             geschützt.",
            "Laws are official works and not protected by copyright (§ 5(1) UrhG).",
        ),
    ),
    card_from(
        3,
        "gemaelde",
        "frei",
        t(
            "Originalgetreues Foto eines Gemäldes von Paula Modersohn-Becker (gestorben 1907)",
            "Faithful photo of a painting by Paula Modersohn-Becker (died 1907)",
        ),
        t(
            "Das Gemälde ist gemeinfrei (70 Jahre nach dem Tod der Künstlerin), und \
             originalgetreue Fotos gemeinfreier Gemälde sind nicht geschützt (§ 68 UrhG).",
            "The painting is in the public domain (70 years after the artist's death), and \
             faithful photos of public-domain paintings are not protected (§ 68 UrhG).",
        ),
    ),
    card_from(
        3,
        "fernsehbild",
        "erlaubnis",
        t(
            "Standbild aus einer Fernsehreportage über Jobcenter",
            "A still from a TV report about job centres",
        ),
        t(
            "Filmaufnahmen und Einzelbilder daraus sind geschützt – nur mit Erlaubnis des \
             Senders.",
            "Film footage and single frames from it are protected – only with the broadcaster's \
             permission.",
        ),
    ),
];

/// Grades a typed licence name for an adaptation of CC BY-SA material: both building blocks
/// right is right, one of them half right, a licence with NC or ND (which the original does not
/// allow adding) or anything else wrong.
fn grade_licence(typed: &str) -> f32 {
    let lower = typed.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    let compact: String = lower.chars().filter(|c| c.is_alphanumeric()).collect();
    let has = |parts: &[&str]| parts.iter().any(|part| compact.contains(part));
    let restricted = words.iter().any(|word| matches!(*word, "nc" | "nd"))
        || compact.starts_with("ccbync")
        || compact.starts_with("ccbynd")
        || has(&[
            "nichtkommerziell",
            "keinebearbeitung",
            "noncommercial",
            "noderivatives",
        ]);
    if restricted {
        return 0.0;
    }
    let share_alike = words.contains(&"sa") || has(&["bysa", "gleichenbedingungen", "sharealike"]);
    let attribution = words.contains(&"by") || has(&["ccby", "namensnennung", "attribution"]);
    match (attribution, share_alike) {
        (true, true) => 1.0,
        (true, false) | (false, true) => 0.5,
        (false, false) => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::grade_licence;

    #[test]
    fn licence_names_are_graded_by_their_building_blocks() {
        for right in [
            "CC BY-SA 4.0",
            "cc-by-sa",
            "CCBYSA",
            "CC BY SA 4.0 International",
            "Namensnennung – Weitergabe unter gleichen Bedingungen 4.0",
            "Attribution-ShareAlike 4.0",
        ] {
            assert_eq!(grade_licence(right), 1.0, "{right}");
        }
        for half in ["CC BY 4.0", "Namensnennung", "Share alike"] {
            assert_eq!(grade_licence(half), 0.5, "{half}");
        }
        for wrong in [
            "CC BY-NC-SA 4.0",
            "cc by-nd",
            "CC0",
            "weiss nicht",
            "Alle Rechte vorbehalten",
        ] {
            assert_eq!(grade_licence(wrong), 0.0, "{wrong}");
        }
    }
}
