//! Episode "barrierefrei-schreiben": accessible office documents – headings, link texts,
//! alternative texts, contrast, tables, reading order, tagged PDFs and plain language
//! (DigComp 3.1, 3.2 and 2.2).

use crate::content::{
    Card, Episode, Item, OrderStep, Picture, Task, card, card_from, opt, opt_from, step, step_from,
    t,
};

/// The episode.
pub const EPISODE: Episode = Episode {
    id: "barrierefrei-schreiben",
    title: t("Barrierefrei schreiben", "Writing accessibly"),
    summary: t(
        "Merkblatt, Flyer, Bericht und Kundenbrief: Gestalten Sie Dokumente so, dass alle sie \
         lesen können – auch mit Screenreader, Sehschwäche oder wenig Deutschkenntnissen.",
        "Leaflet, flyer, report and customer letter: make documents everyone can read – also \
         with a screen reader, low vision or little German.",
    ),
    scenario: t(
        "Sie arbeiten im Jobcenter Musterstadt in der kleinen Redaktionsgruppe, die Merkblätter, \
         Flyer, Berichte und die Texte für die Website erstellt. Diese Woche stehen das Merkblatt \
         „Weiterbildung 2026“, der Flyer zum Infotag und der Quartalsbericht an.\n\nAlle sollen \
         diese Dokumente nutzen können: Menschen mit Screenreader, mit Sehschwäche, mit \
         Leseschwierigkeiten oder mit wenig Deutschkenntnissen. Als öffentliche Stelle muss das \
         Jobcenter Websites und elektronische Dokumente ohnehin barrierefrei gestalten – nach \
         den Gleichstellungsgesetzen von Bund und Ländern (für Bundesbehörden die BITV 2.0), \
         die auf die Norm EN 301 549 und damit auf WCAG 2.1, Stufe AA, verweisen.",
        "You work at Jobcenter Musterstadt in the small editorial group that writes leaflets, \
         flyers, reports and the texts of the website. This week it is the leaflet “Further \
         training 2026”, the flyer for the information day and the quarterly report.\n\n\
         Everyone should be able to use these documents: people with a screen reader, with low \
         vision, with reading difficulties or with little German. As a public body, the job \
         centre must make its websites and electronic documents accessible anyway – under the \
         federal and state equality laws (for federal bodies the BITV 2.0), which refer to the \
         standard EN 301 549 and so to WCAG 2.1, level AA.",
    ),
    closing: t(
        "Barrierefreiheit entsteht beim Schreiben, nicht erst beim Prüfen: Formatvorlagen, \
         Alternativtexte, sprechende Links und klare Sätze kosten kaum Zeit – und alle, die Ihre \
         Dokumente lesen, haben etwas davon.",
        "Accessibility is made while writing, not only when checking: styles, alternative \
         texts, meaningful links and clear sentences take hardly any time – and everyone who \
         reads your documents benefits.",
    ),
    minutes: 9,
    competences: &["3.1", "3.2", "2.2"],
    items: &ITEMS,
};

const ITEMS: [Item; 9] = [
    Item {
        id: "ueberschriften",
        competence: "3.1",
        min_level: 1,
        title: t(
            "Überschriften, die keine sind",
            "Headings that are not headings",
        ),
        situation: t(
            "{kollege} aus Ihrem Team hat das Merkblatt „Weiterbildung 2026“ in Word geschrieben. \
             Die Zwischenüberschriften sind einfach fett und in 16 Punkt gesetzt. Eine Kundin, \
             die mit einem Screenreader arbeitet, schreibt: „In Ihrem Merkblatt kann ich nicht \
             von Abschnitt zu Abschnitt springen.“",
            "{kollege} from your team wrote the leaflet “Further training 2026” in Word. The \
             subheadings are simply bold and set in 16 point. A customer who uses a screen \
             reader writes: “I cannot jump from section to section in your leaflet.”",
        ),
        picture: None,
        task: Task::Choice {
            multiple: false,
            prompt: t("Wie beheben Sie das?", "How do you fix this?"),
            options: &[
                opt(
                    "formatvorlagen",
                    1.0,
                    t(
                        "Den Titel mit der Formatvorlage „Überschrift 1“, die Zwischenüberschriften \
                         mit „Überschrift 2“ auszeichnen und das Aussehen in der Formatvorlage \
                         anpassen",
                        "Mark the title with the style “Heading 1” and the subheadings with \
                         “Heading 2”, and adjust their look in the style",
                    ),
                    t(
                        "Überschriften-Formatvorlagen legen die Struktur an: Screenreader springen \
                         von Überschrift zu Überschrift, Navigationsbereich und Inhaltsverzeichnis \
                         funktionieren, und beim PDF-Export entstehen echte Überschriften-Tags.",
                        "Heading styles create the structure: screen readers jump from heading to \
                         heading, the navigation pane and the table of contents work, and the PDF \
                         export creates real heading tags.",
                    ),
                ),
                opt(
                    "unterstreichen",
                    0.0,
                    t(
                        "Die Zwischenüberschriften zusätzlich unterstreichen",
                        "Underline the subheadings as well",
                    ),
                    t(
                        "Unterstreichen ändert nur das Aussehen. Für den Screenreader bleibt es \
                         gewöhnlicher Text – und Unterstrichenes wird leicht für einen Link \
                         gehalten.",
                        "Underlining only changes the look. To a screen reader it stays ordinary \
                         text – and underlined text is easily mistaken for a link.",
                    ),
                ),
                opt(
                    "leerzeilen",
                    0.0,
                    t(
                        "Vor jede Zwischenüberschrift eine zusätzliche leere Zeile setzen",
                        "Put an extra empty line before every subheading",
                    ),
                    t(
                        "Leere Absätze schaffen keine Struktur; Screenreader sagen sie sogar als \
                         „leer“ an. Abstände stellt man in der Formatvorlage ein.",
                        "Empty paragraphs create no structure; screen readers even announce them \
                         as “blank”. Spacing is set in the style.",
                    ),
                ),
                opt_from(
                    2,
                    "ebene-springen",
                    0.0,
                    t(
                        "Nach „Überschrift 1“ gleich „Überschrift 3“ nehmen, weil sie kleiner \
                         aussieht",
                        "Use “Heading 3” straight after “Heading 1” because it looks smaller",
                    ),
                    t(
                        "Überschriftenebenen bilden eine Gliederung und werden nicht übersprungen. \
                         Wer eine andere Größe möchte, ändert die Formatvorlage, nicht die Ebene.",
                        "Heading levels form an outline and are not skipped. If you want another \
                         size, change the style, not the level.",
                    ),
                ),
                opt_from(
                    3,
                    "verzeichnis-tippen",
                    0.0,
                    t(
                        "Am Anfang ein Inhaltsverzeichnis von Hand eintippen",
                        "Type a table of contents by hand at the beginning",
                    ),
                    t(
                        "Ein getipptes Verzeichnis ist nur Text: Es verlinkt nichts und bringt \
                         keine Struktur ins Dokument. Ein automatisches Verzeichnis entsteht erst \
                         aus echten Überschriften.",
                        "A typed list is just text: it links nothing and adds no structure. An \
                         automatic table of contents needs real headings first.",
                    ),
                ),
            ],
        },
        background: t(
            "Struktur gehört in die Formatvorlagen, nicht ins Aussehen. Was als Überschrift, Liste \
             oder Absatz ausgezeichnet ist, kann jede Technik auswerten: Screenreader, \
             Vergrößerung, Vorlesefunktion und der PDF-Export.",
            "Structure belongs in the styles, not in the look. Whatever is marked as a heading, \
             list or paragraph can be used by every technology: screen readers, magnification, \
             read-aloud and the PDF export.",
        ),
        lesson: t(
            "Überschriften mit Formatvorlagen auszeichnen, in lückenloser Ebenenfolge – nicht nur \
             fett oder groß.",
            "Mark headings with styles, without skipping levels – not just bold or large.",
        ),
    },
    Item {
        id: "linktext",
        competence: "2.2",
        min_level: 1,
        title: t("Wohin führt der Link?", "Where does the link go?"),
        situation: t(
            "Sie schreiben die Meldung für die Website des Jobcenters und den Newsletter an die \
             Bildungsträger: Das neue Merkblatt „Weiterbildung 2026“ steht als PDF zum \
             Herunterladen bereit. Im Entwurf steht: „Das Merkblatt finden Sie hier.“ – und \
             „hier“ ist der Link.",
            "You are writing the news item for the job centre's website and the newsletter to \
             training providers: the new leaflet “Further training 2026” can be downloaded as a \
             PDF. The draft says: “You can find the leaflet here.” – and “here” is the link.",
        ),
        picture: None,
        task: Task::Choice {
            multiple: false,
            prompt: t(
                "Welcher Linktext ist am besten?",
                "Which link text is best?",
            ),
            options: &[
                opt(
                    "sprechend",
                    1.0,
                    t(
                        "Merkblatt „Weiterbildung 2026“ (PDF, 4 Seiten)",
                        "Leaflet “Further training 2026” (PDF, 4 pages)",
                    ),
                    t(
                        "Der Linktext sagt für sich allein, wohin er führt und was einen dort \
                         erwartet. Screenreader-Nutzende lassen sich oft alle Links einer Seite \
                         auflisten – dort muss er ohne den Satz drumherum verständlich sein.",
                        "The link text says on its own where it leads and what to expect. Screen \
                         reader users often list all links of a page – there it must make sense \
                         without the sentence around it.",
                    ),
                ),
                opt(
                    "hier",
                    0.0,
                    t("hier", "here"),
                    t(
                        "„Hier“ sagt ohne Umgebung nichts. In einer Linkliste steht dann \
                         mehrmals „hier“ untereinander.",
                        "“Here” means nothing out of context. In a list of links, “here” appears \
                         several times in a row.",
                    ),
                ),
                opt(
                    "adresse",
                    0.5,
                    t(
                        "https://www.musterstadt.de/jobcenter/downloads/merkblatt-weiterbildung-2026.pdf",
                        "https://www.musterstadt.de/jobcenter/downloads/merkblatt-weiterbildung-2026.pdf",
                    ),
                    t(
                        "Die Adresse ist eindeutig, aber lang und wird Zeichen für Zeichen \
                         vorgelesen. Auf Papier gehört sie dazu; online ist ein sprechender \
                         Linktext besser.",
                        "The address is unambiguous but long, and it is read out character by \
                         character. On paper it belongs there; online a meaningful link text is \
                         better.",
                    ),
                ),
                opt_from(
                    2,
                    "mehr-tooltip",
                    0.0,
                    t(
                        "„Mehr“ – mit einem Tooltip, der das Ziel beschreibt",
                        "“More” – with a tooltip that describes the target",
                    ),
                    t(
                        "Tooltips erscheinen nur, wenn man mit der Maus darauf zeigt. Mit \
                         Smartphone, Tastatur oder Screenreader fehlen sie oft. Der Linktext \
                         selbst muss das Ziel nennen.",
                        "Tooltips only appear when you point at them with a mouse. On a phone, \
                         with a keyboard or a screen reader they are often missing. The link text \
                         itself must name the target.",
                    ),
                ),
                opt_from(
                    3,
                    "gleicher-text",
                    0.0,
                    t(
                        "„Merkblatt (PDF)“ – derselbe Text für alle drei Merkblätter auf der Seite",
                        "“Leaflet (PDF)” – the same text for all three leaflets on the page",
                    ),
                    t(
                        "Gleiche Linktexte für verschiedene Ziele lassen sich in einer Linkliste \
                         nicht unterscheiden. Jeder Link braucht einen eindeutigen Text.",
                        "Identical link texts for different targets cannot be told apart in a \
                         list of links. Every link needs a text of its own.",
                    ),
                ),
            ],
        },
        background: t(
            "WCAG 2.1 verlangt, dass der Zweck eines Links aus dem Linktext (oder seinem direkten \
             Zusammenhang) hervorgeht. Gute Linktexte nennen das Ziel, bei Dateien auch Format \
             und Umfang – das hilft allen, die Seiten nur überfliegen.",
            "WCAG 2.1 requires that the purpose of a link can be told from its text (or its \
             immediate context). Good link texts name the target, for files also the format and \
             size – which helps everyone who skims a page.",
        ),
        lesson: t(
            "Linktexte nennen das Ziel, bei Dateien mit Format und Umfang – nie nur „hier“ oder \
             „mehr“.",
            "Link texts name the target, for files with format and size – never just “here” or \
             “more”.",
        ),
    },
    Item {
        id: "alternativtext",
        competence: "3.2",
        min_level: 1,
        title: t("Ein Diagramm für alle", "A chart for everyone"),
        situation: t(
            "Für den Quartalsbericht an den Sozialausschuss hat {kollege} aus Ihrem Team dieses \
             Diagramm erstellt. Die Einzelwerte stehen außerdem in Tabelle 5 im Anhang. Im \
             Word-Dokument fehlt noch der Alternativtext für das Diagramm.",
            "For the quarterly report to the social affairs committee, {kollege} from your team \
             made this chart. The individual figures are also in table 5 in the appendix. The \
             chart in the Word document still has no alternative text.",
        ),
        picture: Some(Picture {
            asset: "antraege-2026.svg",
            alt: t(
                "Balkendiagramm „Weiterbewilligungsanträge im Jobcenter Musterstadt, Januar bis \
                 Juni 2026“ mit zwei Balken je Monat. Online: Januar 380, Februar 420, März 470, \
                 April 530, Mai 590, Juni 640. Auf Papier: Januar 720, Februar 660, März 600, \
                 April 540, Mai 470, Juni 410.",
                "Bar chart “Applications for continued benefits at Jobcenter Musterstadt, \
                 January to June 2026” with two bars per month. Online: January 380, February \
                 420, March 470, April 530, May 590, June 640. On paper: January 720, February \
                 660, March 600, April 540, May 470, June 410.",
            ),
            caption: t(
                "Abbildung 3 aus dem Entwurf des Quartalsberichts",
                "Figure 3 from the draft quarterly report",
            ),
        }),
        task: Task::Choice {
            multiple: false,
            prompt: t(
                "Welchen Alternativtext tragen Sie ein?",
                "Which alternative text do you enter?",
            ),
            options: &[
                opt(
                    "kernaussage",
                    1.0,
                    t(
                        "Balkendiagramm: Weiterbewilligungsanträge Januar bis Juni 2026. Online \
                         stiegen sie von 380 auf 640 im Monat, auf Papier sanken sie von 720 auf \
                         410; seit Mai kommen mehr Anträge online als auf Papier. Alle Werte in \
                         Tabelle 5 im Anhang.",
                        "Bar chart: applications for continued benefits, January to June 2026. \
                         Online they rose from 380 to 640 a month, on paper they fell from 720 to \
                         410; since May more applications arrive online than on paper. All \
                         figures in table 5 in the appendix.",
                    ),
                    t(
                        "Nennt die Art des Bildes und vor allem, was es zeigen soll: die \
                         Entwicklung und den Wendepunkt im Mai. Die Einzelwerte stehen in der \
                         Tabelle, auf die der Text verweist.",
                        "Names the kind of image and above all what it is meant to show: the \
                         trend and the turning point in May. The individual figures are in the \
                         table the text points to.",
                    ),
                ),
                opt(
                    "diagramm",
                    0.0,
                    t("Diagramm", "Chart"),
                    t(
                        "Das sagt nur, dass da ein Bild ist, nicht, was es aussagt. Wer es nicht \
                         sieht, verpasst die wichtigste Information der Seite.",
                        "That only says there is an image, not what it says. Whoever cannot see \
                         it misses the most important information on the page.",
                    ),
                ),
                opt(
                    "dateiname",
                    0.0,
                    t("antraege_q2_final.png", "antraege_q2_final.png"),
                    t(
                        "Ein Dateiname ist kein Alternativtext. Manche Programme setzen ihn \
                         automatisch ein – genau den muss man ersetzen.",
                        "A file name is not an alternative text. Some programs fill it in \
                         automatically – that is exactly what you must replace.",
                    ),
                ),
                opt(
                    "aussehen",
                    0.0,
                    t(
                        "Blaue und graue Balken auf weißem Hintergrund mit einer Legende",
                        "Blue and grey bars on a white background with a legend",
                    ),
                    t(
                        "Beschreibt das Aussehen, nicht den Inhalt. Farben und Formen helfen \
                         niemandem, der die Entwicklung verstehen will.",
                        "Describes the look, not the content. Colours and shapes help nobody who \
                         wants to understand the trend.",
                    ),
                ),
                opt_from(
                    2,
                    "dekorativ",
                    0.0,
                    t(
                        "Keinen – das Diagramm als „dekorativ“ markieren",
                        "None – mark the chart as “decorative”",
                    ),
                    t(
                        "Dekorativ sind nur Bilder ohne Information, etwa Zierlinien. Dieses \
                         Diagramm trägt eine zentrale Aussage des Berichts.",
                        "Only images without information are decorative, such as ornamental \
                         lines. This chart carries a key message of the report.",
                    ),
                ),
                opt_from(
                    3,
                    "bild-von",
                    0.5,
                    t(
                        "Bild von einem Diagramm, das zeigt, dass seit Mai mehr Anträge online \
                         als auf Papier eingehen",
                        "Image of a chart showing that since May more applications arrive online \
                         than on paper",
                    ),
                    t(
                        "Die Aussage stimmt, aber „Bild von“ ist überflüssig – der Screenreader \
                         sagt schon „Grafik“. Zeitraum, Entwicklung und der Hinweis auf die \
                         Tabelle fehlen.",
                        "The message is right, but “image of” is redundant – the screen reader \
                         already says “graphic”. The period, the trend and the pointer to the \
                         table are missing.",
                    ),
                ),
            ],
        },
        background: t(
            "Ein guter Alternativtext ersetzt die Information des Bildes: kurz die Art \
             (Balkendiagramm), dann die Kernaussage. Bei vielen Werten gehören die Zahlen \
             zusätzlich in eine Tabelle oder in den Text. In Word tragen Sie ihn über das \
             Kontextmenü des Bildes ein; der barrierefreie PDF-Export nimmt ihn mit.",
            "A good alternative text replaces the information of the image: briefly the kind \
             (bar chart), then the key message. With many values, the figures also belong in a \
             table or in the text. In Word you enter it from the picture's context menu; the \
             accessible PDF export takes it along.",
        ),
        lesson: t(
            "Alternativtexte geben die Aussage eines Bildes wieder; nur rein schmückende Bilder \
             werden als dekorativ markiert.",
            "Alternative texts convey what an image says; only purely ornamental images are \
             marked as decorative.",
        ),
    },
    Item {
        id: "barrieren",
        competence: "3.1",
        min_level: 1,
        title: t("Hilfe oder Hürde?", "Help or hurdle?"),
        situation: t(
            "Bevor der Flyer zum Infotag am {datum} in den Druck und auf die Website geht, sehen \
             Sie sich den Entwurf mit {kollege} an. Ihnen fallen einige Dinge auf.",
            "Before the flyer for the information day on {datum} goes to print and onto the \
             website, you go through the draft with {kollege}. You notice a few things.",
        ),
        picture: None,
        task: Task::Categorise {
            prompt: t("Ordnen Sie jeden Befund ein.", "Sort each finding."),
            categories: &[
                (
                    "hilft",
                    t(
                        "Macht das Dokument zugänglicher",
                        "Makes the document more accessible",
                    ),
                ),
                ("huerde", t("Ist eine Barriere", "Is a barrier")),
            ],
            cards: &BARRIEREN,
            shown: [5, 6, 8],
        },
        background: t(
            "Barrieren entstehen meist unbemerkt beim Gestalten. Die eingebaute \
             Barrierefreiheitsprüfung von Word und PowerPoint findet manches, etwa fehlende \
             Alternativtexte, aber nicht alles – ob Farbe allein eine Information trägt, sieht nur \
             ein Mensch.",
            "Barriers usually arise unnoticed while designing. The built-in accessibility \
             checker of Word and PowerPoint finds some, such as missing alternative texts, but \
             not all – whether colour alone carries information only a person can see.",
        ),
        lesson: t(
            "Barrieren erkennen: Farbe als einziges Merkmal, Scans, Text im Bild und Leerzeilen \
             stören; Formatvorlagen, Listen, Tabellenkopf und Dokumentsprache helfen.",
            "Spot barriers: colour as the only cue, scans, text in images and empty lines hinder; \
             styles, lists, table headers and the document language help.",
        ),
    },
    Item {
        id: "pdf-export",
        competence: "3.1",
        min_level: 1,
        title: t(
            "Vom Word-Dokument zum barrierefreien PDF",
            "From Word document to accessible PDF",
        ),
        situation: t(
            "Das Merkblatt „Weiterbildung 2026“ soll als PDF auf die Website. {kollege} fragt, \
             wie man dabei am besten vorgeht.",
            "The leaflet “Further training 2026” is to go on the website as a PDF. {kollege} \
             asks how best to go about it.",
        ),
        picture: None,
        task: Task::Ordering {
            prompt: t(
                "Bringen Sie die Schritte in eine sinnvolle Reihenfolge.",
                "Put the steps in a sensible order.",
            ),
            steps: &PDF_STEPS,
        },
        background: t(
            "Ein barrierefreies PDF entsteht in der Ausgangsdatei: Was dort als Überschrift, \
             Liste, Tabellenkopf oder Alternativtext angelegt ist, wird beim Export als Tag ins \
             PDF übernommen. Im PDF nachzubessern ist mühsam – korrigieren Sie lieber die \
             Word-Datei und exportieren Sie neu. Der Standard für barrierefreie PDFs heißt PDF/UA \
             (ISO 14289); ein verbreitetes kostenloses Prüfwerkzeug ist PAC.",
            "An accessible PDF is made in the source file: whatever is set up there as a heading, \
             list, table header or alternative text is carried into the PDF as a tag on export. \
             Fixing the PDF afterwards is tedious – rather correct the Word file and export \
             again. The standard for accessible PDFs is PDF/UA (ISO 14289); a widely used free \
             checker is PAC.",
        ),
        lesson: t(
            "Erst in der Ausgangsdatei strukturieren und prüfen, dann mit Tags als PDF \
             exportieren und das PDF prüfen.",
            "Structure and check the source file first, then export a tagged PDF and check it.",
        ),
    },
    Item {
        id: "verstaendlich",
        competence: "3.2",
        min_level: 1,
        title: t(
            "Ein Satz für den Kundenbrief",
            "A sentence for the customer letter",
        ),
        situation: t(
            "Sie überarbeiten die Vorlage des Einladungsschreibens. Bisher steht dort: „Zwecks \
             Prüfung Ihres Leistungsanspruchs ist die Vorlage nachstehend aufgeführter Unterlagen \
             zwingend erforderlich.“ Viele Kundinnen und Kunden, zuletzt {kunde}, rufen danach \
             an, weil sie nicht wissen, was sie mitbringen sollen.",
            "You are revising the template of the invitation letter. So far it says: “For the \
             purpose of examining your entitlement to benefits, the submission of the documents \
             listed below is strictly required.” Many customers, most recently {kunde}, call \
             afterwards because they do not know what to bring.",
        ),
        picture: None,
        task: Task::Choice {
            multiple: false,
            prompt: t("Welche Fassung nehmen Sie?", "Which version do you use?"),
            options: &[
                opt(
                    "klar",
                    1.0,
                    t(
                        "Bitte bringen Sie zum Termin mit: Ihren Personalausweis und Ihren \
                         aktuellen Mietvertrag.",
                        "Please bring to the appointment: your identity card and your current \
                         tenancy agreement.",
                    ),
                    t(
                        "Direkte Anrede, aktive Sprache, das Wichtigste zuerst und die \
                         Unterlagen klar benannt – höflich und leicht zu verstehen. Im Brief \
                         können Sie die Unterlagen noch als Liste setzen.",
                        "Direct address, active voice, the key point first and the documents \
                         clearly named – polite and easy to understand. In the letter you can \
                         also set the documents as a list.",
                    ),
                ),
                opt(
                    "amtsdeutsch",
                    0.0,
                    t(
                        "Zur Prüfung Ihres Anspruchs sind die nachstehend aufgeführten Nachweise \
                         zwingend vorzulegen.",
                        "For the examination of your entitlement, the evidence listed below is \
                         to be submitted without fail.",
                    ),
                    t(
                        "Kaum verändert: Nominalstil und Passiv. Wer schlecht lesen kann oder \
                         wenig Deutsch spricht, weiß weiterhin nicht, was zu tun ist.",
                        "Hardly changed: nominal style and passive voice. People who read poorly \
                         or speak little German still do not know what to do.",
                    ),
                ),
                opt(
                    "herablassend",
                    0.0,
                    t(
                        "Du musst deine Papiere mitbringen, sonst gibt es kein Geld!",
                        "You've got to bring your papers, or there's no money!",
                    ),
                    t(
                        "Einfach heißt nicht kindlich oder drohend. Erwachsene werden gesiezt – \
                         und „sonst gibt es kein Geld“ stimmt so auch nicht.",
                        "Simple does not mean childish or threatening. Adults are addressed \
                         formally – and “or there's no money” is not even true like that.",
                    ),
                ),
                opt_from(
                    2,
                    "abkuerzungen",
                    0.0,
                    t(
                        "Bitte bringen Sie PA, MV und ggf. NK-Abr. mit.",
                        "Please bring ID, TA and, if appl., SC stmt.",
                    ),
                    t(
                        "Kurz, aber voller Abkürzungen. Nur wer die Fachsprache kennt, versteht, \
                         was gemeint ist.",
                        "Short, but full of abbreviations. Only people who know the jargon \
                         understand what is meant.",
                    ),
                ),
                opt_from(
                    3,
                    "bandwurm",
                    0.5,
                    t(
                        "Bitte bringen Sie Ihren Personalausweis, Ihren Mietvertrag, die letzte \
                         Nebenkostenabrechnung, sofern vorhanden, sowie, falls Sie Einkommen \
                         haben, Ihre Gehaltsabrechnungen der letzten drei Monate zum Termin mit.",
                        "Please bring your identity card, your tenancy agreement, the last \
                         service charge statement, if available, and, if you have an income, \
                         your payslips of the last three months to the appointment.",
                    ),
                    t(
                        "Höflich und aktiv, aber ein Bandwurmsatz mit Einschüben. Eine Liste mit \
                         einem Punkt pro Zeile liest sich viel leichter.",
                        "Polite and active, but one long sentence full of insertions. A list \
                         with one point per line is much easier to read.",
                    ),
                ),
            ],
        },
        background: t(
            "Verständliche Briefe ersparen Rückfragen und Fehler. Behörden sollen mit Menschen \
             mit geistigen Behinderungen in einfacher, verständlicher Sprache kommunizieren und \
             ihnen Bescheide auf Verlangen verständlich erläutern (§ 11 BGG für den Bund; die \
             Länder haben ähnliche Regeln). Faustregeln: kurze Sätze, aktive Verben, Anrede mit \
             „Sie“, Listen statt Aufzählungen im Fließtext, Fachwörter erklären.",
            "Understandable letters save queries and mistakes. Authorities should communicate \
             with people with intellectual disabilities in simple, understandable language and \
             explain decisions to them on request (§ 11 BGG for federal bodies; the states have \
             similar rules). Rules of thumb: short sentences, active verbs, formal “Sie”, lists \
             instead of enumerations in running text, explain technical terms.",
        ),
        lesson: t(
            "Kundenbriefe kurz, aktiv und mit „Sie“ schreiben – Listen statt Bandwurmsätze, \
             Fachwörter erklären.",
            "Write customer letters short, active and polite – lists instead of long sentences, \
             technical terms explained.",
        ),
    },
    Item {
        id: "kontrast",
        competence: "3.1",
        min_level: 2,
        title: t("Farben mit genug Kontrast", "Colours with enough contrast"),
        situation: t(
            "Für den Fließtext des Flyers (12 Punkt) schlägt {kollege} mehrere Farbkombinationen \
             vor. Sie haben das Kontrastverhältnis jeweils mit einem Prüfwerkzeug wie dem Colour \
             Contrast Analyser gemessen.",
            "For the body text of the flyer (12 point), {kollege} suggests several colour \
             combinations. You measured the contrast ratio of each with a checker such as the \
             Colour Contrast Analyser.",
        ),
        picture: None,
        task: Task::Choice {
            multiple: true,
            prompt: t(
                "Welche Kombinationen dürfen Sie für den Fließtext verwenden? Wählen Sie alle \
                 passenden.",
                "Which combinations may you use for the body text? Pick all that apply.",
            ),
            options: &[
                opt(
                    "dunkelblau",
                    1.0,
                    t(
                        "Dunkelblau (#1A3A6B) auf Weiß – 11,3 : 1",
                        "Dark blue (#1A3A6B) on white – 11.3:1",
                    ),
                    t(
                        "Deutlich über dem Mindestwert von 4,5 : 1.",
                        "Well above the minimum of 4.5:1.",
                    ),
                ),
                opt(
                    "hellgelb",
                    1.0,
                    t(
                        "Schwarz auf Hellgelb (#FFF3B0) – 18,7 : 1",
                        "Black on light yellow (#FFF3B0) – 18.7:1",
                    ),
                    t("Sehr hoher Kontrast.", "Very high contrast."),
                ),
                opt(
                    "hellgrau",
                    0.0,
                    t(
                        "Hellgrau (#999999) auf Weiß – 2,8 : 1",
                        "Light grey (#999999) on white – 2.8:1",
                    ),
                    t(
                        "Zu blass: Für normalen Text sind mindestens 4,5 : 1 nötig.",
                        "Too pale: normal text needs at least 4.5:1.",
                    ),
                ),
                opt(
                    "orange",
                    0.0,
                    t(
                        "Weiß auf Orange (#F28C28) – 2,5 : 1",
                        "White on orange (#F28C28) – 2.5:1",
                    ),
                    t(
                        "Weiß auf kräftigen Farben wirkt oft gut, hat aber zu wenig Kontrast.",
                        "White on bright colours often looks good but has too little contrast.",
                    ),
                ),
                opt(
                    "blau",
                    1.0,
                    t(
                        "Weiß auf Blau (#0066CC) – 5,6 : 1",
                        "White on blue (#0066CC) – 5.6:1",
                    ),
                    t(
                        "Über 4,5 : 1 – für Fließtext geeignet.",
                        "Above 4.5:1 – fine for body text.",
                    ),
                ),
                opt_from(
                    3,
                    "knapp",
                    0.0,
                    t(
                        "Grau (#777777) auf Weiß – 4,48 : 1",
                        "Grey (#777777) on white – 4.48:1",
                    ),
                    t(
                        "Knapp daneben ist auch daneben: 4,48 ist weniger als 4,5, aufgerundet \
                         wird nicht. Einen Hauch dunkler (#767676) sind es 4,54 : 1.",
                        "A near miss is still a miss: 4.48 is less than 4.5, and there is no \
                         rounding up. A shade darker (#767676) gives 4.54:1.",
                    ),
                ),
            ],
        },
        background: t(
            "WCAG 2.1 (Stufe AA) verlangt für normalen Text ein Kontrastverhältnis von mindestens \
             4,5 : 1, für großen Text (ab 18 Punkt oder 14 Punkt fett) mindestens 3 : 1. Nach \
             Gefühl lässt sich das nicht beurteilen – messen Sie. Die Farben der offiziellen \
             Vorlagen sollten bereits geprüft sein.",
            "WCAG 2.1 (level AA) requires a contrast ratio of at least 4.5:1 for normal text and \
             at least 3:1 for large text (18 point, or 14 point bold, and up). You cannot judge \
             this by eye – measure it. The colours of the official templates should already be \
             checked.",
        ),
        lesson: t(
            "Fließtext braucht mindestens 4,5 : 1 Kontrast, großer Text 3 : 1 – gemessen, nicht \
             geschätzt.",
            "Body text needs a contrast of at least 4.5:1, large text 3:1 – measured, not \
             guessed.",
        ),
    },
    Item {
        id: "lesereihenfolge",
        competence: "3.1",
        min_level: 3,
        title: t(
            "Der Screenreader liest durcheinander",
            "The screen reader reads out of order",
        ),
        situation: t(
            "Den Flyer zum Infotag hat {kollege} in PowerPoint mit frei platzierten Textfeldern \
             gestaltet. Ein Test mit dem Screenreader NVDA zeigt: Zuerst wird der Kontaktkasten \
             vorgelesen, dann die Überschrift, dann das Programm.",
            "{kollege} designed the flyer for the information day in PowerPoint with freely \
             placed text boxes. A test with the NVDA screen reader shows: first the contact box \
             is read, then the heading, then the programme.",
        ),
        picture: None,
        task: Task::Choice {
            multiple: false,
            prompt: t("Was tun Sie?", "What do you do?"),
            options: &[
                opt(
                    "reihenfolge",
                    1.0,
                    t(
                        "Die Lesereihenfolge der Objekte auf der Folie korrigieren (PowerPoint \
                         zeigt sie im Bereich zur Lesereihenfolge) und erneut testen",
                        "Correct the reading order of the objects on the slide (PowerPoint shows \
                         it in its reading order pane) and test again",
                    ),
                    t(
                        "Screenreader folgen nicht dem Aussehen, sondern der inneren Reihenfolge \
                         der Objekte. Die legt man fest – und prüft das Ergebnis.",
                        "Screen readers do not follow the layout but the internal order of the \
                         objects. You set that order – and check the result.",
                    ),
                ),
                opt(
                    "als-bild",
                    0.0,
                    t(
                        "Den Flyer als ein einziges Bild exportieren, dann gibt es keine falsche \
                         Reihenfolge mehr",
                        "Export the flyer as a single image, then there is no wrong order any \
                         more",
                    ),
                    t(
                        "Dann gibt es gar keinen Text mehr, den ein Screenreader vorlesen kann – \
                         die schlechteste Lösung.",
                        "Then there is no text at all left for a screen reader to read – the \
                         worst solution.",
                    ),
                ),
                opt(
                    "nummern",
                    0.0,
                    t(
                        "Vor jedes Textfeld eine Nummer schreiben (1., 2., 3.)",
                        "Write a number in front of every text box (1., 2., 3.)",
                    ),
                    t(
                        "Das ändert nur, was zu sehen ist. Vorgelesen wird weiter in der falschen \
                         Reihenfolge – nur mit Nummern.",
                        "That only changes what is visible. It is still read in the wrong order \
                         – just with numbers.",
                    ),
                ),
                opt(
                    "neu-in-word",
                    0.5,
                    t(
                        "Den Flyer mit Formatvorlagen in Word neu setzen, wo der Text von oben \
                         nach unten fließt",
                        "Rebuild the flyer in Word with styles, where the text flows from top to \
                         bottom",
                    ),
                    t(
                        "Das funktioniert, kostet aber einen ganz neuen Entwurf. Meist genügt es, \
                         die Lesereihenfolge festzulegen.",
                        "That works, but it takes a whole new draft. Usually it is enough to set \
                         the reading order.",
                    ),
                ),
            ],
        },
        background: t(
            "Bei frei platzierten Elementen, etwa in PowerPoint oder Publisher, bestimmt oft die \
             Reihenfolge, in der sie angelegt wurden, was zuerst vorgelesen wird. Auch ein \
             getaggtes PDF hat eine eigene Lesereihenfolge. Testen Sie wichtige Dokumente einmal \
             mit einem Screenreader wie NVDA oder der Vorlesefunktion.",
            "With freely placed elements, for instance in PowerPoint or Publisher, the order in \
             which they were created often decides what is read first. A tagged PDF has its own \
             reading order, too. Test important documents once with a screen reader such as NVDA \
             or the read-aloud function.",
        ),
        lesson: t(
            "Bei frei platzierten Elementen die Lesereihenfolge festlegen und mit einem \
             Screenreader testen.",
            "With freely placed elements, set the reading order and test with a screen reader.",
        ),
    },
    Item {
        id: "leichte-sprache",
        competence: "3.2",
        min_level: 3,
        title: t(
            "Das Merkblatt in Leichter Sprache",
            "The leaflet in Easy Language",
        ),
        situation: t(
            "Das Jobcenter lässt das Merkblatt „Weiterbildung 2026“ zusätzlich in Leichter \
             Sprache erstellen. In der Redaktionsrunde gibt es dazu verschiedene Vorstellungen.",
            "The job centre is having the leaflet “Further training 2026” produced in Easy \
             Language (Leichte Sprache) as well. The editorial group has different ideas about \
             it.",
        ),
        picture: None,
        task: Task::Choice {
            multiple: true,
            prompt: t(
                "Welche Aussagen treffen zu? Wählen Sie alle passenden.",
                "Which statements are true? Pick all that apply.",
            ),
            options: &[
                opt(
                    "regeln",
                    1.0,
                    t(
                        "Kurze Sätze mit je einer Aussage; schwierige Wörter werden erklärt, \
                         nicht weggelassen.",
                        "Short sentences with one statement each; difficult words are explained, \
                         not left out.",
                    ),
                    t(
                        "So sehen es die Regeln für Leichte Sprache vor, etwa die DIN SPEC 33429.",
                        "That is what the rules for Easy Language say, for instance DIN SPEC \
                         33429.",
                    ),
                ),
                opt(
                    "pruefgruppe",
                    1.0,
                    t(
                        "Menschen aus der Zielgruppe prüfen den Text, bevor er erscheint.",
                        "People from the target group check the text before it is published.",
                    ),
                    t(
                        "Die Prüfung durch Menschen mit Lernschwierigkeiten gehört dazu – nur sie \
                         können sagen, ob der Text wirklich verständlich ist.",
                        "The check by people with learning difficulties is part of it – only \
                         they can say whether the text is really understandable.",
                    ),
                ),
                opt(
                    "ergaenzt",
                    1.0,
                    t(
                        "Die Fassung in Leichter Sprache ergänzt die Standardfassung, sie ersetzt \
                         sie nicht.",
                        "The Easy Language version complements the standard version; it does \
                         not replace it.",
                    ),
                    t(
                        "Maßgeblich bleibt das Original – bei Bescheiden ganz besonders. Die \
                         leichte Fassung hilft, es zu verstehen.",
                        "The original remains authoritative – especially for official \
                         decisions. The easy version helps to understand it.",
                    ),
                ),
                opt(
                    "duzen",
                    0.0,
                    t(
                        "Die Leserinnen und Leser werden geduzt, damit es einfacher klingt.",
                        "Readers are addressed informally so that it sounds simpler.",
                    ),
                    t(
                        "Leichte Sprache richtet sich an Erwachsene; Behörden siezen auch hier.",
                        "Easy Language addresses adults; authorities use the formal “Sie” here, \
                         too.",
                    ),
                ),
                opt(
                    "weglassen",
                    0.0,
                    t(
                        "Pflichten und Fristen lässt man weg, weil sie zu kompliziert sind.",
                        "Duties and deadlines are left out because they are too complicated.",
                    ),
                    t(
                        "Gerade Pflichten und Fristen müssen verständlich drinstehen – sonst fehlt \
                         das Wichtigste.",
                        "Duties and deadlines in particular must be in it, understandably – \
                         otherwise the most important part is missing.",
                    ),
                ),
                opt(
                    "dasselbe",
                    0.0,
                    t(
                        "Leichte Sprache und Einfache Sprache sind dasselbe.",
                        "Easy Language and plain language are the same thing.",
                    ),
                    t(
                        "Einfache Sprache ist eine leichter verständliche Standardsprache. \
                         Leichte Sprache folgt festen Regeln, richtet sich an Menschen mit \
                         Lernschwierigkeiten und wird von ihnen geprüft.",
                        "Plain language is standard language made easier to read. Easy Language \
                         follows fixed rules, is meant for people with learning difficulties and \
                         is checked by them.",
                    ),
                ),
            ],
        },
        background: t(
            "Leichte Sprache ist eine geregelte Form des Deutschen für Menschen mit \
             Lernschwierigkeiten – und hilft vielen anderen auch. Behörden sollen verstärkt \
             Informationen in Leichter Sprache anbieten (§ 11 BGG); für Websites von \
             Bundesbehörden verlangt die BITV 2.0 Erläuterungen in Leichter Sprache.",
            "Easy Language is a rule-based form of German for people with learning difficulties \
             – and it helps many others, too. Authorities are to offer more information in Easy \
             Language (§ 11 BGG); for websites of federal bodies the BITV 2.0 requires \
             explanations in Easy Language.",
        ),
        lesson: t(
            "Leichte Sprache folgt Regeln, wird von der Zielgruppe geprüft und ergänzt die \
             Standardfassung.",
            "Easy Language follows rules, is checked by the target group and complements the \
             standard version.",
        ),
    },
];

/// The findings of the categorise item "barrieren".
const BARRIEREN: [Card; 10] = [
    card(
        "nur-farbe",
        "huerde",
        t(
            "Pflichtangaben im Anmeldeabschnitt sind nur rot markiert.",
            "Required fields in the registration section are marked only in red.",
        ),
        t(
            "Wer Farben nicht unterscheiden kann oder sich den Text vorlesen lässt, bekommt die \
             Information nicht. Farbe darf nie das einzige Merkmal sein – ergänzen Sie etwa \
             „(Pflichtangabe)“.",
            "People who cannot tell colours apart or have the text read aloud miss the \
             information. Colour must never be the only cue – add “(required)”, for example.",
        ),
    ),
    card(
        "scan",
        "huerde",
        t(
            "Die PDF-Fassung ist ein eingescannter Ausdruck.",
            "The PDF version is a scanned printout.",
        ),
        t(
            "Ein Scan ist nur ein Bild von Text: Screenreader lesen nichts vor, Suchen und \
             scharfes Vergrößern gehen nicht. Exportieren Sie aus der Ausgangsdatei.",
            "A scan is just a picture of text: screen readers read nothing, and searching and \
             sharp magnification do not work. Export from the source file.",
        ),
    ),
    card(
        "sprache",
        "hilft",
        t(
            "Die Dokumentsprache ist auf Deutsch eingestellt.",
            "The document language is set to German.",
        ),
        t(
            "Dann liest der Screenreader mit deutscher Aussprache vor. Bei falscher Sprache wird \
             der Text unverständlich.",
            "Then the screen reader uses German pronunciation. With the wrong language the text \
             becomes unintelligible.",
        ),
    ),
    card(
        "leere-absaetze",
        "huerde",
        t(
            "Abstände entstehen durch viele leere Absätze.",
            "Spacing is made with many empty paragraphs.",
        ),
        t(
            "Screenreader melden jeden leeren Absatz. Abstände gehören in die Absatzformate.",
            "Screen readers announce every empty paragraph. Spacing belongs in the paragraph \
             styles.",
        ),
    ),
    card(
        "kopfzeile",
        "hilft",
        t(
            "Die Tabelle mit den Sprechzeiten hat eine als Überschrift markierte erste Zeile.",
            "The table of office hours has a first row marked as a header row.",
        ),
        t(
            "So kann der Screenreader bei jeder Zelle sagen, zu welcher Spalte sie gehört – und \
             die Kopfzeile wiederholt sich auf jeder neuen Seite.",
            "Then the screen reader can say for every cell which column it belongs to – and the \
             header row repeats on every new page.",
        ),
    ),
    card(
        "liste",
        "hilft",
        t(
            "Aufzählungen sind mit der Listenfunktion erstellt.",
            "Bulleted items are made with the list function.",
        ),
        t(
            "Echte Listen werden als Liste mit der Zahl ihrer Punkte angesagt; getippte \
             Spiegelstriche nicht.",
            "Real lists are announced as a list with the number of items; typed dashes are not.",
        ),
    ),
    card_from(
        2,
        "text-im-bild",
        "huerde",
        t(
            "Die Öffnungszeiten stehen nur in einer Grafik.",
            "The opening hours appear only in a graphic.",
        ),
        t(
            "Text im Bild ist für Screenreader unsichtbar, solange kein Alternativtext ihn \
             wiedergibt, und wird beim Vergrößern unscharf. Wichtige Angaben gehören als Text ins \
             Dokument.",
            "Text in an image is invisible to screen readers unless an alternative text repeats \
             it, and it blurs when magnified. Important details belong in the document as text.",
        ),
    ),
    card_from(
        2,
        "zierlinie",
        "hilft",
        t(
            "Eine rein schmückende Zierlinie ist als dekorativ markiert.",
            "A purely ornamental line is marked as decorative.",
        ),
        t(
            "Dekorative Bilder werden übersprungen – das erspart Screenreader-Nutzenden \
             Überflüssiges.",
            "Decorative images are skipped – which spares screen reader users needless noise.",
        ),
    ),
    card_from(
        3,
        "logo-dekorativ",
        "huerde",
        t(
            "Das Jobcenter-Logo ist als dekorativ markiert, obwohl sonst nirgends steht, wer den \
             Flyer herausgibt.",
            "The job centre logo is marked as decorative, although nothing else says who issues \
             the flyer.",
        ),
        t(
            "Hier trägt das Logo eine Information: den Absender. Es braucht einen Alternativtext \
             wie „Jobcenter Musterstadt“.",
            "Here the logo carries information: the sender. It needs an alternative text such as \
             “Jobcenter Musterstadt”.",
        ),
    ),
    card_from(
        3,
        "dokumenttitel",
        "hilft",
        t(
            "In den Dateieigenschaften ist ein aussagekräftiger Titel eingetragen.",
            "A meaningful title is entered in the file properties.",
        ),
        t(
            "Der Titel erscheint im PDF-Reader und wird zuerst vorgelesen – statt eines \
             Dateinamens wie „Flyer_final2.pdf“.",
            "The title appears in the PDF reader and is read first – instead of a file name such \
             as “Flyer_final2.pdf”.",
        ),
    ),
];

/// The steps of the ordering item "pdf-export", in the right order.
const PDF_STEPS: [OrderStep; 5] = [
    step(
        "struktur",
        t(
            "Im Word-Dokument Überschriften, Listen und Tabellen mit Formatvorlagen anlegen und \
             Alternativtexte eintragen",
            "In the Word document, set up headings, lists and tables with styles and enter \
             alternative texts",
        ),
    ),
    step(
        "word-pruefen",
        t(
            "Die Barrierefreiheitsprüfung von Word ausführen und die Fehler in der Word-Datei \
             beheben",
            "Run Word's accessibility checker and fix the issues in the Word file",
        ),
    ),
    step(
        "exportieren",
        t(
            "Als PDF speichern – mit der Option „Dokumentstrukturtags für Barrierefreiheit“",
            "Save as PDF – with the option “Document structure tags for accessibility”",
        ),
    ),
    step_from(
        2,
        "pdf-pruefen",
        t(
            "Das PDF mit einem Prüfwerkzeug wie PAC gegen PDF/UA prüfen",
            "Check the PDF against PDF/UA with a checker such as PAC",
        ),
    ),
    step(
        "veroeffentlichen",
        t(
            "Das PDF auf der Website veröffentlichen und mit sprechendem Linktext verlinken",
            "Publish the PDF on the website and link it with a meaningful link text",
        ),
    ),
];
