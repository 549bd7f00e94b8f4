//! Episode "auskunft": requests for customer data by phone, at the counter and in writing –
//! from employers, relatives, other authorities and the customer themself.

use crate::content::{Card, Episode, Item, Line, Task, Via, opt, opt_from, say, t};

const ME: crate::content::T = t("Sie", "You");

/// The episode.
pub const EPISODE: Episode = Episode {
    id: "auskunft",
    title: t("Wer darf was wissen?", "Who may know what?"),
    summary: t(
        "Arbeitgeber, Angehörige, Behörden und Kundschaft fragen nach Daten. Entscheiden Sie, \
         was Sie sagen dürfen – und wie.",
        "Employers, relatives, authorities and customers ask for data. Decide what you may say – \
         and how.",
    ),
    scenario: t(
        "Sie arbeiten im Jobcenter Musterstadt im Team Markt und Integration. Es ist Montag, und \
         viele Menschen wollen etwas über Ihre Kundinnen und Kunden wissen.\n\nDenken Sie daran: \
         Alles, was Sie über Leistungsberechtigte wissen – sogar die Tatsache, dass jemand \
         Leistungen vom Jobcenter bezieht –, sind Sozialdaten. Sie stehen unter dem Sozialgeheimnis (§ 35 SGB \
         I) und dürfen nur mit gesetzlicher Befugnis (§§ 67 ff. SGB X) oder mit Einwilligung \
         weitergegeben werden.",
        "You work at Jobcenter Musterstadt in the placement team. It is Monday, and many people \
         want to know something about your customers.\n\nRemember: everything you know about \
         benefit recipients – even the fact that someone receives benefits from the job centre – is social \
         data. It is protected by social data secrecy (§ 35 SGB I) and may only be passed on \
         with a legal basis (§§ 67 ff. SGB X) or with consent.",
    ),
    minutes: 8,
    competences: &["4.2", "2.6"],
    items: &ITEMS,
};

const ITEMS: [Item; 8] = [
    Item {
        id: "arbeitgeber-telefon",
        competence: "4.2",
        min_level: 1,
        title: t("Anruf eines Arbeitgebers", "A call from an employer"),
        situation: t(
            "Das Telefon klingelt. Am Apparat ist der Inhaber von {firma}.",
            "The phone rings. It is the owner of {firma}.",
        ),
        task: Task::Dialogue {
            via: Via::Phone,
            partner: t("Inhaber von {firma}", "Owner of {firma}"),
            lines: &[say(
                t("Arbeitgeber", "Employer"),
                t(
                    "Guten Tag! {kunde} hat sich bei uns beworben. Sagen Sie mal, bekommt \
                     {kunde} eigentlich Geld vom Jobcenter? Dann würden wir doch bestimmt einen Zuschuss \
                     bekommen, oder?",
                    "Good morning! {kunde} has applied for a job with us. Tell me, does {kunde} \
                     actually get money from the job centre? Then we would surely get a subsidy, \
                     wouldn't we?",
                ),
            )],
            replies: &[
                opt(
                    "no-info",
                    1.0,
                    t(
                        "„Ob jemand bei uns Kundin oder Kunde ist, darf ich Ihnen nicht sagen. \
                         Zu Förderungen berät Sie gern unser Arbeitgeber-Service allgemein – \
                         und wer sich bei Ihnen bewirbt, kann jederzeit selbst mit uns sprechen.“",
                        "“I may not tell you whether someone is our customer. Our employer \
                         service is happy to advise you on subsidies in general – and anyone \
                         who applies to you can always talk to us directly.”",
                    ),
                    t(
                        "Genau so: Schon die Tatsache des Leistungsbezugs ist ein Sozialdatum. \
                         Sie bleiben hilfsbereit, ohne etwas über die Person preiszugeben.",
                        "Exactly: the mere fact of receiving benefits is social data. You stay \
                         helpful without revealing anything about the person.",
                    ),
                ),
                opt(
                    "confirm",
                    0.0,
                    t(
                        "„Ja, {kunde} ist bei uns im Leistungsbezug. Ein Zuschuss ist gut \
                         möglich.“",
                        "“Yes, {kunde} receives benefits from us. A subsidy is quite possible.”",
                    ),
                    t(
                        "Damit verletzen Sie das Sozialgeheimnis: Für diese Auskunft an den \
                         Arbeitgeber gibt es keine Befugnis, und eine Einwilligung liegt nicht \
                         vor. Das kann der Bewerbung sogar schaden.",
                        "This breaches social data secrecy: there is no legal basis for telling \
                         the employer, and there is no consent. It may even harm the \
                         application.",
                    ),
                ),
                opt(
                    "by-mail",
                    0.0,
                    t(
                        "„Schicken Sie mir Ihre Frage bitte per E-Mail, dann antworte ich \
                         schriftlich.“",
                        "“Please send me your question by e-mail, and I will answer in \
                         writing.”",
                    ),
                    t(
                        "Der Weg ändert nichts an der Rechtslage: Auch schriftlich dürfen Sie \
                         ohne Einwilligung nichts zum Leistungsbezug sagen.",
                        "The channel does not change the law: in writing, too, you may say \
                         nothing about benefits without consent.",
                    ),
                ),
                opt_from(
                    2,
                    "only-registered",
                    0.0,
                    t(
                        "„Ich darf nur bestätigen, dass {kunde} bei uns gemeldet ist – mehr \
                         nicht.“",
                        "“I can only confirm that {kunde} is registered with us – nothing \
                         more.”",
                    ),
                    t(
                        "Auch das ist schon zu viel: Dass jemand beim Jobcenter gemeldet ist, \
                         ist selbst ein geschütztes Sozialdatum.",
                        "Even that is too much: being registered with the job centre is itself \
                         protected social data.",
                    ),
                ),
            ],
        },
        background: t(
            "Sozialdaten (§ 67 Abs. 2 SGB X) sind alle Angaben über eine Person, die das \
             Jobcenter für seine Aufgaben erhebt. Arbeitgeber erfahren von uns nur, was für die \
             Vermittlung erforderlich ist oder wozu die Kundin oder der Kunde eingewilligt hat \
             (§§ 67b, 69 SGB X) – der Leistungsbezug gehört nicht dazu.",
            "Social data (§ 67(2) SGB X) is everything the job centre collects about a person \
             for its tasks. Employers learn from us only what placement requires or what the \
             customer has consented to (§§ 67b, 69 SGB X) – receipt of benefits is not part of \
             it.",
        ),
        went_well: t(
            "Sie geben Arbeitgebern ohne Einwilligung keine Auskunft über den Leistungsbezug.",
            "You tell employers nothing about benefits without consent.",
        ),
        to_learn: t(
            "Schon die Tatsache, dass jemand Leistungen vom Jobcenter bezieht, ist ein \
             Sozialdatum – auch gegenüber Arbeitgebern.",
            "Even the fact that someone receives benefits from the job centre is social data – \
             also towards employers.",
        ),
    },
    Item {
        id: "tochter-am-schalter",
        competence: "4.2",
        min_level: 1,
        title: t("Eine Angehörige am Empfang", "A relative at the front desk"),
        situation: t(
            "Am Empfang steht eine Frau, die sich als erwachsene Tochter von {kunde} vorstellt.",
            "At the front desk a woman introduces herself as the adult daughter of {kunde}.",
        ),
        task: Task::Dialogue {
            via: Via::InPerson,
            partner: t("Tochter von {kunde}", "Daughter of {kunde}"),
            lines: &[say(
                t("Tochter", "Daughter"),
                t(
                    "{kunde} ist krank und kann nicht selbst kommen. Warum ist das Geld diesen Monat \
                     noch nicht da? Und was steht eigentlich im letzten Bescheid?",
                    "{kunde} is ill and cannot come in person. Why hasn't the money arrived this \
                     month? And what does the last decision actually say?",
                ),
            )],
            replies: &[
                opt(
                    "power-of-attorney",
                    1.0,
                    t(
                        "„Ich verstehe Ihre Sorge. Ich darf Ihnen aber nur Auskunft geben, wenn \
                         Sie eine schriftliche Vollmacht vorlegen. Hier ist ein Vordruck – oder \
                         {kunde} ruft uns selbst an.“",
                        "“I understand your concern. But I may only give you information if you \
                         show a written power of attorney. Here is a form – or {kunde} calls us \
                         directly.”",
                    ),
                    t(
                        "Richtig: Mit einer Vollmacht darf die Tochter für {kunde} handeln. \
                         Ohne sie bleibt es beim Sozialgeheimnis – auch in der Familie.",
                        "Right: with a power of attorney the daughter may act for {kunde}. \
                         Without it, social data secrecy applies – even within the family.",
                    ),
                ),
                opt(
                    "tell-all",
                    0.0,
                    t(
                        "„Natürlich, Sie sind ja die Tochter. Einen Moment, ich schaue in die \
                         Akte.“",
                        "“Of course, you are the daughter. One moment, I'll check the file.”",
                    ),
                    t(
                        "Verwandtschaft ist keine Befugnis. Sie wissen auch nicht sicher, ob die \
                         Frau wirklich die Tochter ist und ob {kunde} die Auskunft wünscht.",
                        "Being related is no legal basis. You do not even know for sure that \
                         she is the daughter, or whether {kunde} wants her to know.",
                    ),
                ),
                opt(
                    "general-only",
                    0.5,
                    t(
                        "„Zum Fall kann ich nichts sagen. Allgemein dauert die Bearbeitung \
                         manchmal etwas länger.“",
                        "“I cannot say anything about the case. In general, processing \
                         sometimes takes a little longer.”",
                    ),
                    t(
                        "Sie schützen die Daten – gut. Hilfreicher wäre noch der Hinweis, wie \
                         die Tochter mit einer Vollmacht künftig helfen kann.",
                        "You protect the data – good. It would help more to explain how the \
                         daughter can help with a power of attorney in future.",
                    ),
                ),
            ],
        },
        background: t(
            "Angehörige sind gegenüber dem Jobcenter Dritte. Auskunft gibt es nur mit \
             Vollmacht oder Einwilligung; prüfen Sie dabei den Ausweis der bevollmächtigten \
             Person.",
            "Relatives are third parties for the job centre. They get information only with a \
             power of attorney or consent; check the authorised person's ID.",
        ),
        went_well: t(
            "Sie verlangen von Angehörigen eine Vollmacht und bleiben dabei freundlich.",
            "You ask relatives for a power of attorney and stay friendly.",
        ),
        to_learn: t(
            "Angehörige sind Dritte: Auskunft nur mit schriftlicher Vollmacht oder Einwilligung.",
            "Relatives are third parties: information only with a written power of attorney or \
             consent.",
        ),
    },
    Item {
        id: "weitergabe-sortieren",
        competence: "4.2",
        min_level: 1,
        title: t("Anfragen der Woche", "This week's requests"),
        situation: t(
            "In Ihrem Postfach und am Telefon haben sich Anfragen zu {kunde} und anderen \
             Kundinnen und Kunden gesammelt.",
            "Requests about {kunde} and other customers have piled up in your mailbox and on the \
             phone.",
        ),
        task: Task::Categorise {
            prompt: t(
                "Ordnen Sie jede Anfrage ein: Dürfen Sie die Daten übermitteln?",
                "Sort each request: may you pass on the data?",
            ),
            categories: &[
                ("darf", t("Darf übermittelt werden", "May be shared")),
                (
                    "einwilligung",
                    t("Nur mit Einwilligung", "Only with consent"),
                ),
                (
                    "nicht",
                    t("Darf nicht übermittelt werden", "May not be shared"),
                ),
            ],
            cards: &[
                Card {
                    id: "familienkasse",
                    label: t(
                        "Die Familienkasse fragt zur Prüfung des Kinderzuschlags nach dem \
                         Leistungsbezug von {kunde}.",
                        "The family benefits office asks whether {kunde} receives benefits, to \
                         check the child supplement.",
                    ),
                    category: "darf",
                    why: t(
                        "Übermittlung für die Erfüllung sozialer Aufgaben eines anderen \
                         Sozialleistungsträgers (§ 69 SGB X), soweit erforderlich.",
                        "Sharing to fulfil the social tasks of another social benefits agency \
                         (§ 69 SGB X), as far as necessary.",
                    ),
                },
                Card {
                    id: "rentenversicherung",
                    label: t(
                        "Die Deutsche Rentenversicherung bittet um Zeiten des Leistungsbezugs für \
                         das Rentenkonto.",
                        "The German pension insurance asks for periods of benefit receipt for \
                         the pension account.",
                    ),
                    category: "darf",
                    why: t(
                        "Auch das ist eine Übermittlung für soziale Aufgaben (§ 69 SGB X).",
                        "This too is sharing for social tasks (§ 69 SGB X).",
                    ),
                },
                Card {
                    id: "vermieter",
                    label: t(
                        "Der Vermieter fragt, ob das Jobcenter die Miete von {kunde} übernimmt.",
                        "The landlord asks whether the job centre pays the rent of {kunde}.",
                    ),
                    category: "einwilligung",
                    why: t(
                        "Ohne Einwilligung nicht. {kunde} kann die Bescheinigung auch selbst \
                         vorlegen.",
                        "Not without consent. {kunde} can also show the certificate personally.",
                    ),
                },
                Card {
                    id: "sportverein",
                    label: t(
                        "Ein Sportverein fragt für eine Beitragsermäßigung, ob {kunde} \
                         Leistungen vom Jobcenter bekommt.",
                        "A sports club asks whether {kunde} receives benefits from the job centre, for a \
                         reduced fee.",
                    ),
                    category: "einwilligung",
                    why: t(
                        "Nur mit Einwilligung – meist genügt es, wenn {kunde} den Bescheid \
                         selbst vorzeigt.",
                        "Only with consent – usually it is enough for {kunde} to show the \
                         decision personally.",
                    ),
                },
                Card {
                    id: "nachbarin",
                    label: t(
                        "Eine Nachbarin ruft an und will wissen, ob {kunde} „vom Amt lebt“.",
                        "A neighbour calls and wants to know whether {kunde} “lives on \
                         benefits”.",
                    ),
                    category: "nicht",
                    why: t(
                        "Private Neugier ist nie eine Befugnis. Hinweise auf Leistungsmissbrauch \
                         nehmen Sie entgegen, geben aber nichts preis.",
                        "Private curiosity is never a legal basis. You may take tips about \
                         benefit fraud, but you reveal nothing.",
                    ),
                },
                Card {
                    id: "ex-partner",
                    label: t(
                        "Der frühere Partner von {kunde} möchte die neue Anschrift erfahren.",
                        "The former partner of {kunde} wants to know the new address.",
                    ),
                    category: "nicht",
                    why: t(
                        "Keine Befugnis – und womöglich eine Gefahr für {kunde}, etwa nach \
                         häuslicher Gewalt.",
                        "No legal basis – and possibly a danger for {kunde}, for instance after \
                         domestic violence.",
                    ),
                },
                Card {
                    id: "neugieriger-kollege",
                    label: t(
                        "Ein nicht zuständiger Kollege möchte aus Neugier die Akte eines \
                         bekannten Lokalpolitikers sehen.",
                        "A colleague who is not responsible wants to see the file of a \
                         well-known local politician out of curiosity.",
                    ),
                    category: "nicht",
                    why: t(
                        "Auch intern gilt: Zugriff nur, wenn es für die eigene Aufgabe \
                         erforderlich ist.",
                        "Inside the office, too: access only where your own task requires it.",
                    ),
                },
                Card {
                    id: "arbeitgeber-bescheinigung",
                    label: t(
                        "Ein Arbeitgeber möchte einen Eingliederungszuschuss beantragen und \
                         bittet dafür um eine Kopie des Bewilligungsbescheids von {kunde}.",
                        "An employer wants to apply for a wage subsidy and asks for a copy of \
                         {kunde}'s benefit decision.",
                    ),
                    category: "einwilligung",
                    why: t(
                        "Nur mit Einwilligung von {kunde} – und selbst dann nicht der ganze \
                         Bescheid, der viel mehr enthält als nötig, sondern nur die Angaben, die \
                         für die Förderung erforderlich sind. Über den Zuschuss entscheidet das \
                         Jobcenter selbst.",
                        "Only with {kunde}'s consent – and even then not the whole decision, which \
                         contains much more than needed, but only the details the subsidy \
                         requires. The job centre itself decides on the subsidy.",
                    ),
                },
            ],
            shown: [5, 6, 8],
        },
        background: t(
            "Faustregel: Andere Sozialleistungsträger dürfen erhalten, was sie für ihre \
             gesetzlichen Aufgaben brauchen (§ 69 SGB X). Private Stellen wie Vermieter, \
             Vereine oder Arbeitgeber in aller Regel nur mit Einwilligung. Neugier – privat oder dienstlich – \
             nie.",
            "Rule of thumb: other social benefits agencies may receive what they need for their \
             legal tasks (§ 69 SGB X). Private parties such as landlords, clubs or employers \
             as a rule only with consent. Curiosity – private or at work – never.",
        ),
        went_well: t(
            "Sie unterscheiden sicher zwischen Befugnis, Einwilligung und Neugier.",
            "You reliably tell apart a legal basis, consent and curiosity.",
        ),
        to_learn: t(
            "Übermittlungsbefugnisse (§§ 67d ff. SGB X) gelten vor allem zwischen \
             Sozialleistungsträgern; Private erhalten in aller Regel nur mit Einwilligung etwas.",
            "Legal bases for sharing (§§ 67d ff. SGB X) mainly apply between social benefits \
             agencies; private parties as a rule need consent.",
        ),
    },
    Item {
        id: "kunde-am-telefon",
        competence: "4.2",
        min_level: 1,
        title: t("Die Kundin oder der Kunde selbst", "The customer themself"),
        situation: t(
            "Ein Anruf von einer unbekannten Nummer. Die Person stellt sich als {kunde} vor.",
            "A call from an unknown number. The person introduces themself as {kunde}.",
        ),
        task: Task::Dialogue {
            via: Via::Phone,
            partner: t("Anruf: angeblich {kunde}", "Caller: supposedly {kunde}"),
            lines: &[say(
                t("Anrufende Person", "Caller"),
                t(
                    "Hier ist {kunde}. Ich habe meinen Bescheid verlegt. Können Sie mir kurz \
                     sagen, welche Bankverbindung Sie gespeichert haben und wie viel ich \
                     bekomme?",
                    "This is {kunde}. I have mislaid my decision. Could you quickly tell me \
                     which bank account you have on file and how much I get?",
                ),
            )],
            replies: &[
                opt(
                    "verify-and-send",
                    1.0,
                    t(
                        "„Gern. Am Telefon kann ich nicht sicher erkennen, wer spricht. Ich \
                         schicke Ihnen eine Kopie des Bescheids an Ihre bekannte Anschrift – \
                         oder Sie sehen ihn im Online-Postfach, wenn Sie es nutzen.“",
                        "“Gladly. On the phone I cannot be sure who is speaking. I'll send a \
                         copy of the decision to your known address – or you can see it in your \
                         online mailbox, if you use it.”",
                    ),
                    t(
                        "So erfüllen Sie das Auskunftsrecht (Art. 15 DSGVO, § 83 SGB X), ohne \
                         Bankdaten an eine unbekannte Stimme zu geben.",
                        "That way you honour the right of access (Art. 15 GDPR, § 83 SGB X) \
                         without giving bank details to an unknown voice.",
                    ),
                ),
                opt(
                    "read-out",
                    0.0,
                    t(
                        "„Einen Moment … Ihre IBAN lautet DE12 … und Sie bekommen …“",
                        "“One moment … your IBAN is DE12 … and you get …”",
                    ),
                    t(
                        "Jede und jeder kann sich am Telefon als {kunde} ausgeben. Bankdaten und \
                         Beträge gehören nicht an eine ungeprüfte Stimme.",
                        "Anyone can pretend to be {kunde} on the phone. Bank details and \
                         amounts must not go to an unverified voice.",
                    ),
                ),
                opt(
                    "refuse",
                    0.5,
                    t(
                        "„Am Telefon geben wir grundsätzlich keine Auskunft. Auf Wiederhören.“",
                        "“We never give information on the phone. Goodbye.”",
                    ),
                    t(
                        "Vorsichtig, aber zu knapp: {kunde} hat ein Recht auf Auskunft. Bieten \
                         Sie einen sicheren Weg an, etwa Post an die bekannte Anschrift.",
                        "Careful, but too curt: {kunde} has a right of access. Offer a safe \
                         channel, such as a letter to the known address.",
                    ),
                ),
                opt_from(
                    3,
                    "birthday-check",
                    0.5,
                    t(
                        "„Nennen Sie mir Ihr Geburtsdatum, dann lese ich Ihnen alles vor.“",
                        "“Tell me your date of birth, then I'll read everything out to you.”",
                    ),
                    t(
                        "Ein Geburtsdatum kennen auch Angehörige oder Ex-Partner. Für Bankdaten \
                         reicht das nicht; nutzen Sie Post oder Online-Postfach.",
                        "Relatives or ex-partners know a date of birth, too. That is not enough \
                         for bank details; use post or the online mailbox.",
                    ),
                ),
            ],
        },
        background: t(
            "Betroffene haben ein Recht auf Auskunft über ihre Daten. Sie müssen aber sicher \
             sein, dass Sie wirklich mit der betroffenen Person sprechen.",
            "Data subjects have a right of access to their data. But you must be sure that you \
             really are talking to that person.",
        ),
        went_well: t(
            "Sie geben Auskunft nur auf einem Weg, der die Identität sichert.",
            "You give information only through a channel that secures the identity.",
        ),
        to_learn: t(
            "Auskunft an Betroffene ja – aber erst, wenn die Identität gesichert ist, etwa per \
             Post an die bekannte Anschrift.",
            "Information for the data subject, yes – but only once the identity is secured, for \
             instance by post to the known address.",
        ),
    },
    Item {
        id: "bundid-am-schalter",
        competence: "2.6",
        min_level: 1,
        title: t(
            "Hilfe beim Online-Antrag",
            "Help with the online application",
        ),
        situation: t(
            "{kunde} sitzt bei Ihnen und kommt mit dem Online-Weiterbewilligungsantrag nicht \
             zurecht.",
            "{kunde} is at your desk and struggles with the online application to continue \
             benefits.",
        ),
        task: Task::Dialogue {
            via: Via::InPerson,
            partner: t("{kunde}", "{kunde}"),
            lines: &[say(
                t("{kunde}", "{kunde}"),
                t(
                    "Hier ist mein Handy. Mein Passwort fürs Nutzerkonto ist Sonnenblume77 – \
                     können Sie das nicht einfach für mich ausfüllen?",
                    "Here is my phone. My user account password is Sonnenblume77 – can't you just \
                     fill it in for me?",
                ),
            )],
            replies: &[
                opt(
                    "guide",
                    1.0,
                    t(
                        "„Ich zeige Ihnen Schritt für Schritt, wo Sie klicken – das Passwort \
                         tippen Sie aber selbst. Und weil Sie es laut gesagt haben, ändern Sie \
                         es bitte gleich – ich zeige Ihnen, wo das geht.“",
                        "“I'll show you step by step where to click – but you type the password \
                         yourself. And since you said it aloud, please change it right away – \
                         I'll show you where.”",
                    ),
                    t(
                        "Sie helfen, ohne die digitale Identität von {kunde} zu übernehmen, und \
                         stärken die eigene Handlungsfähigkeit.",
                        "You help without taking over {kunde}'s digital identity, and you build \
                         their own skills.",
                    ),
                ),
                opt(
                    "take-over",
                    0.0,
                    t(
                        "„Geben Sie her, das geht schneller.“",
                        "“Give it to me, that's quicker.”",
                    ),
                    t(
                        "Mit fremden Zugangsdaten handeln Sie im Namen von {kunde}. Das \
                         Nutzerkonto ist persönlich; was Sie dort tun, wird {kunde} \
                         zugerechnet.",
                        "With someone else's credentials you act in the name of {kunde}. The \
                         account is personal; what you do there is attributed to {kunde}.",
                    ),
                ),
                opt(
                    "paper",
                    0.5,
                    t(
                        "„Dann nehmen Sie lieber den Papierantrag.“",
                        "“Then you'd better use the paper form.”",
                    ),
                    t(
                        "Das ist erlaubt, aber Sie verpassen die Chance zu helfen – und das \
                         genannte Passwort bleibt ungeändert.",
                        "That is allowed, but you miss the chance to help – and the password \
                         that was said aloud stays unchanged.",
                    ),
                ),
            ],
        },
        background: t(
            "Zugangsdaten zu Nutzerkonten wie der BundID oder zum Online-Postfach sind persönlich. Helfen heißt \
             erklären, nicht übernehmen. Ein ausgesprochenes oder notiertes Passwort sollte \
             geändert werden.",
            "Credentials for user accounts such as BundID or for the online mailbox are personal. Helping means \
             explaining, not taking over. A password said aloud or written down should be \
             changed.",
        ),
        went_well: t(
            "Sie helfen bei Online-Diensten, ohne fremde Zugangsdaten zu benutzen.",
            "You help with online services without using other people's credentials.",
        ),
        to_learn: t(
            "Nehmen Sie nie fremde Zugangsdaten an – begleiten Sie die Person, damit sie selbst \
             handelt.",
            "Never accept other people's credentials – guide the person so they act \
             themselves.",
        ),
    },
    Item {
        id: "versandweg",
        competence: "4.2",
        min_level: 1,
        title: t("Der richtige Versandweg", "The right way to send"),
        situation: t(
            "Die Anwältin von {kunde} (Vollmacht liegt in der Akte) bittet um eine Kopie des \
             Gutachtens des Ärztlichen Dienstes.",
            "The lawyer of {kunde} (power of attorney on file) asks for a copy of the medical \
             service's report.",
        ),
        task: Task::Choice {
            multiple: false,
            prompt: t(
                "Wie schicken Sie das Gutachten?",
                "How do you send the report?",
            ),
            options: &[
                opt(
                    "secure",
                    1.0,
                    t(
                        "Über einen sicheren Übermittlungsweg (z. B. das elektronische \
                         Behördenpostfach) oder per Post",
                        "Through a secure channel (such as the authority's electronic mailbox) \
                         or by post",
                    ),
                    t(
                        "Gesundheitsdaten sind besonders geschützt (Art. 9 DSGVO). Sie brauchen \
                         einen Weg, der Vertraulichkeit sicherstellt.",
                        "Health data is specially protected (Art. 9 GDPR). You need a channel \
                         that ensures confidentiality.",
                    ),
                ),
                opt(
                    "plain-mail",
                    0.0,
                    t(
                        "Als unverschlüsselten E-Mail-Anhang an die Adresse, die die Kanzlei \
                         am Telefon genannt hat",
                        "As an unencrypted e-mail attachment to the address the law firm gave \
                         on the phone",
                    ),
                    t(
                        "Unverschlüsselte E-Mails können mitgelesen oder fehlgeleitet werden, \
                         und die Adresse ist ungeprüft.",
                        "Unencrypted e-mails can be read along the way or go astray, and the \
                         address is unverified.",
                    ),
                ),
                opt(
                    "messenger",
                    0.0,
                    t(
                        "Als Foto über einen Messenger an {kunde}",
                        "As a photo via a messenger app to {kunde}",
                    ),
                    t(
                        "Private Messenger sind kein zugelassener Dienstweg, und Sie verlieren \
                         die Kontrolle über die Kopie.",
                        "Private messengers are not an approved official channel, and you lose \
                         control of the copy.",
                    ),
                ),
                opt_from(
                    2,
                    "fax-new",
                    0.0,
                    t(
                        "Per Fax an eine neue Nummer, die eine Mitarbeiterin der Kanzlei \
                         durchgegeben hat",
                        "By fax to a new number given by someone from the law firm",
                    ),
                    t(
                        "Fax ist unsicher, und eine ungeprüfte Nummer macht Fehlversand \
                         wahrscheinlich.",
                        "Fax is insecure, and an unverified number makes misdirection likely.",
                    ),
                ),
            ],
        },
        background: t(
            "Art. 32 DSGVO verlangt Sicherheit, die dem Risiko angemessen ist. Je sensibler die \
             Daten, desto sicherer muss der Weg sein.",
            "Art. 32 GDPR requires security appropriate to the risk. The more sensitive the data, \
             the safer the channel must be.",
        ),
        went_well: t(
            "Sie wählen für sensible Daten einen sicheren Versandweg.",
            "You choose a secure channel for sensitive data.",
        ),
        to_learn: t(
            "Gesundheitsdaten nie unverschlüsselt mailen oder per Messenger schicken.",
            "Never send health data by unencrypted e-mail or messenger.",
        ),
    },
    Item {
        id: "bildungstraeger",
        competence: "4.2",
        min_level: 2,
        title: t(
            "Daten für den Bildungsträger",
            "Data for the training provider",
        ),
        situation: t(
            "{kunde} beginnt nächste Woche eine Maßnahme bei einem Bildungsträger. Der Träger \
             bittet um Angaben.",
            "{kunde} starts a training measure next week. The provider asks for details.",
        ),
        task: Task::Choice {
            multiple: true,
            prompt: t(
                "Welche Angaben sind für die Maßnahme erforderlich? Wählen Sie alle passenden.",
                "Which details does the measure require? Pick all that apply.",
            ),
            options: &[
                opt(
                    "contact",
                    1.0,
                    t("Name und Kontaktdaten", "Name and contact details"),
                    t(
                        "Ohne sie kann der Träger nicht einladen.",
                        "Without them the provider cannot invite.",
                    ),
                ),
                opt(
                    "start",
                    1.0,
                    t(
                        "Beginn und Ziel der Maßnahme",
                        "Start and goal of the measure",
                    ),
                    t(
                        "Das braucht der Träger für die Durchführung.",
                        "The provider needs this to run the measure.",
                    ),
                ),
                opt(
                    "diagnosis",
                    0.0,
                    t(
                        "Diagnosen aus dem Gutachten des Ärztlichen Dienstes",
                        "Diagnoses from the medical service's report",
                    ),
                    t(
                        "Diagnosen braucht der Träger nicht; höchstens Einschränkungen, die \
                         für die Maßnahme wichtig sind – und auch die nur mit Bedacht.",
                        "The provider needs no diagnoses; at most limitations relevant to the \
                         measure – and even those with care.",
                    ),
                ),
                opt(
                    "debts",
                    0.0,
                    t("Die Schulden von {kunde}", "The debts of {kunde}"),
                    t(
                        "Für die Maßnahme nicht erforderlich.",
                        "Not required for the measure.",
                    ),
                ),
                opt_from(
                    3,
                    "sanctions",
                    0.0,
                    t("Frühere Leistungsminderungen", "Earlier benefit reductions"),
                    t(
                        "Das würde {kunde} beim Träger abstempeln und ist nicht erforderlich.",
                        "That would label {kunde} at the provider and is not required.",
                    ),
                ),
            ],
        },
        background: t(
            "Datenminimierung (Art. 5 Abs. 1 lit. c DSGVO): Übermitteln Sie nur, was für den \
             Zweck erforderlich ist.",
            "Data minimisation (Art. 5(1)(c) GDPR): share only what the purpose requires.",
        ),
        went_well: t(
            "Sie geben Dienstleistern nur die erforderlichen Daten.",
            "You give service providers only the data they need.",
        ),
        to_learn: t(
            "Datenminimierung: nur das Erforderliche übermitteln, keine Diagnosen und Schulden.",
            "Data minimisation: share only what is needed, no diagnoses or debts.",
        ),
    },
    Item {
        id: "polizei-telefon",
        competence: "4.2",
        min_level: 3,
        title: t("Die Polizei ruft an", "The police call"),
        situation: t(
            "Ein Anrufer stellt sich als Kriminalhauptkommissar Weber von der Polizei \
             Musterstadt vor.",
            "A caller introduces himself as Detective Chief Inspector Weber of Musterstadt \
             police.",
        ),
        task: Task::Dialogue {
            via: Via::Phone,
            partner: t("„KHK Weber, Polizei“", "“DCI Weber, police”"),
            lines: &[
                say(
                    t("Anrufer", "Caller"),
                    t(
                        "Wir brauchen dringend die aktuelle Anschrift von {kunde}. Es eilt, \
                         bitte sagen Sie sie mir gleich durch.",
                        "We urgently need the current address of {kunde}. It's urgent, \
                         please tell me right now.",
                    ),
                ),
                Line {
                    speaker: ME,
                    text: t("Einen Moment bitte …", "One moment please …"),
                    by_player: true,
                },
            ],
            replies: &[
                opt(
                    "in-writing",
                    1.0,
                    t(
                        "„Bitte richten Sie Ihr Ersuchen schriftlich an das Jobcenter. Es wird dann von der dafür bestimmten Stelle entschieden.“",
                        "“Please send your request to the job centre in writing. The \
                         designated office will then decide.”",
                    ),
                    t(
                        "§ 68 SGB X erlaubt der Polizei auf Ersuchen bestimmte Angaben wie die \
                         Anschrift – aber nach Prüfung und Entscheidung durch die dafür \
                         bestimmte Person, nicht spontan am Telefon.",
                        "§ 68 SGB X allows the police certain details such as the address on \
                         request – but after review and decision by the designated person, not \
                         on the spot over the phone.",
                    ),
                ),
                opt(
                    "tell",
                    0.0,
                    t("„Die Anschrift lautet …“", "“The address is …”"),
                    t(
                        "Sie wissen nicht, wer anruft. Auch die echte Polizei bekommt Sozialdaten \
                         nur auf dem vorgesehenen Weg.",
                        "You do not know who is calling. Even the real police get social data \
                         only through the proper procedure.",
                    ),
                ),
                opt(
                    "never",
                    0.5,
                    t(
                        "„An die Polizei geben wir grundsätzlich nichts heraus.“",
                        "“We never give anything to the police.”",
                    ),
                    t(
                        "Am Telefon richtig vorsichtig, aber sachlich falsch: § 68 SGB X lässt \
                         die Übermittlung bestimmter Angaben auf Ersuchen zu – nach Prüfung durch \
                         die dafür bestimmte Stelle.",
                        "Rightly careful on the phone, but wrong in substance: § 68 SGB X allows \
                         certain details to be shared on request – after review by the \
                         designated office.",
                    ),
                ),
                opt(
                    "call-back",
                    0.5,
                    t(
                        "„Ich rufe Sie über die Zentrale der Polizei zurück und sage sie Ihnen \
                         dann.“",
                        "“I'll call you back via the police switchboard and tell you then.”",
                    ),
                    t(
                        "Der Rückruf prüft die Identität – gut. Entscheiden darf aber nur die \
                         dafür bestimmte Stelle, und das Ersuchen gehört in die Akte.",
                        "The call-back checks the identity – good. But only the designated \
                         office may decide, and the request belongs in the file.",
                    ),
                ),
            ],
        },
        background: t(
            "Behörden wie die Polizei haben eigene, enge Übermittlungsbefugnisse (§ 68 SGB X). \
             Prüfen Sie Identität und Rechtsgrundlage und halten Sie den Dienstweg ein.",
            "Authorities such as the police have their own narrow legal bases (§ 68 SGB X). \
             Check identity and legal basis and follow official channels.",
        ),
        went_well: t(
            "Sie verweisen auch bei Druck auf den Dienstweg.",
            "You insist on official channels even under pressure.",
        ),
        to_learn: t(
            "Anfragen von Behörden: schriftliches Ersuchen, Entscheidung durch die bestimmte \
             Stelle, nie spontan am Telefon.",
            "Requests from authorities: written request, decision by the designated office, \
             never on the spot over the phone.",
        ),
    },
];
