//! The two questions of "first-steps": their texts in German and English, how the difficulty
//! level changes them, and how an answer is judged.

use digifit_game_sdk::{Action, GameError, Lang, Mail, MailInbox, SeededRng, Verdict, ViewBuilder};
use serde::{Deserialize, Serialize};

/// One question of the episode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Item {
    /// Spot the fake sender address of a phishing mail (single choice).
    SenderAddress,
    /// Tell strong passwords from weak ones (multiple choice).
    StrongPasswords,
}

/// How an answer was judged.
#[derive(Debug, Clone, PartialEq)]
pub struct Judgement {
    pub score: f32,
    pub verdict: Verdict,
    pub title: &'static str,
    pub explanation: String,
}

/// Our organisation's mail domain, which every colleague's address ends in.
const OWN_DOMAIN: &str = "musterstadt.de";

/// The id of the choice widget, and so of the form field carrying the answer.
const ANSWER: &str = "answer";

impl Item {
    /// The item's stable id. The level changes the item, so it is part of the id: the host keys
    /// item difficulty on it.
    pub fn id(self, level: u8) -> String {
        let name = match self {
            Item::SenderAddress => "sender-address",
            Item::StrongPasswords => "strong-passwords",
        };
        format!("first-steps/{name}/level-{level}")
    }

    /// The DigComp 2.2 competence the item gives evidence for.
    pub fn competence(self) -> &'static str {
        match self {
            // Recognising phishing protects one's credentials and personal data.
            Item::SenderAddress => "4.2",
            // Strong passwords protect devices and accounts.
            Item::StrongPasswords => "4.1",
        }
    }

    /// Adds the question's widgets, with the options in an order drawn from the seed.
    pub fn ask(self, view: ViewBuilder, lang: Lang, level: u8, seed: u64) -> ViewBuilder {
        match self {
            Item::SenderAddress => ask_sender(view, lang, level, seed),
            Item::StrongPasswords => ask_passwords(view, lang, level, seed),
        }
    }

    /// Judges the answer in `action`, or explains what is missing.
    pub fn judge(self, action: &Action, lang: Lang, level: u8) -> Result<Judgement, GameError> {
        match self {
            Item::SenderAddress => judge_sender(action, lang, level),
            Item::StrongPasswords => judge_passwords(action, lang, level),
        }
    }

    /// One line for the debriefing: what went well, or what to learn.
    pub fn lesson(self, lang: Lang, solved: bool) -> &'static str {
        match (self, solved) {
            (Item::SenderAddress, true) => lang.pick(
                "Sie prüfen die Domain hinter dem @ statt des angezeigten Namens.",
                "You check the domain after the @, not the display name.",
            ),
            (Item::SenderAddress, false) => lang.pick(
                "Lesen Sie bei jeder Mail die Domain hinter dem @ – von rechts nach links.",
                "Read the domain after the @ of every mail – from right to left.",
            ),
            (Item::StrongPasswords, true) => lang.pick(
                "Sie erkennen starke Passwörter: lang und nicht zu erraten.",
                "You recognise strong passwords: long and impossible to guess.",
            ),
            (Item::StrongPasswords, false) => lang.pick(
                "Starke Passwörter sind lang und folgen keinem Muster; Passphrasen helfen.",
                "Strong passwords are long and follow no pattern; passphrases help.",
            ),
        }
    }
}

/// The phishing sender, subtler with each level.
fn sender_address(level: u8) -> (&'static str, &'static str) {
    match level {
        1 => ("support@it-helpdesk-24.info", "it-helpdesk-24.info"),
        2 => (
            "it-service@musterstadt-verwaltung.de",
            "musterstadt-verwaltung.de",
        ),
        _ => (
            "it-service@musterstadt.de.konto-pruefung.com",
            "konto-pruefung.com",
        ),
    }
}

const SENDER_OPTIONS: [&str; 4] = ["display-name", "domain", "polite", "link-only"];
const SENDER_CORRECT: &str = "domain";

fn sender_label(option: &str, lang: Lang) -> &'static str {
    match option {
        "display-name" => lang.pick(
            "Ja – als Absender steht „IT-Service“.",
            "Yes – the sender is shown as “IT-Service”.",
        ),
        "domain" => lang.pick(
            "Nein – der Teil hinter dem @ endet nicht auf musterstadt.de.",
            "No – the part after the @ does not end in musterstadt.de.",
        ),
        "polite" => lang.pick(
            "Ja – die Mail ist höflich und fehlerfrei geschrieben.",
            "Yes – the mail is polite and free of mistakes.",
        ),
        _ => lang.pick(
            "Das lässt sich am Absender nicht erkennen, nur am Link.",
            "You cannot tell from the sender, only from the link.",
        ),
    }
}

fn ask_sender(view: ViewBuilder, lang: Lang, level: u8, seed: u64) -> ViewBuilder {
    let (address, _) = sender_address(level);
    let mut order = SENDER_OPTIONS;
    SeededRng::for_purpose(seed, "sender-options").shuffle(&mut order);
    let choices: Vec<(&str, &str)> = order
        .iter()
        .map(|id| (*id, sender_label(id, lang)))
        .collect();
    view.heading(lang.pick("Eine dringende Mail", "An urgent mail"))
        .text(&lang.pick(
            "Sie arbeiten bei der Stadtverwaltung Musterstadt. Alle Adressen Ihrer Kolleginnen \
             und Kollegen enden auf **@{domain}**. Diese Mail ist gerade eingetroffen:",
            "You work for the city of Musterstadt. The addresses of all your colleagues end in \
             **@{domain}**. This mail has just arrived:",
        ).replace("{domain}", OWN_DOMAIN))
        .mail_inbox(MailInbox {
            id: "inbox".into(),
            folder: lang.pick("Posteingang", "Inbox").into(),
            mails: vec![Mail {
                id: "password-expiry".into(),
                sender_name: "IT-Service".into(),
                sender_address: address.into(),
                subject: lang.pick("Ihr Passwort läuft heute ab", "Your password expires today").into(),
                received: lang.pick("Mo 09:14", "Mon 09:14").into(),
                body: lang
                    .pick(
                        "Guten Morgen,\n\nIhr Passwort läuft heute um 12:00 Uhr ab. Bitte \
                         bestätigen Sie es über den folgenden Link, sonst wird Ihr Konto \
                         gesperrt.\n\nIhr IT-Service",
                        "Good morning,\n\nyour password expires today at 12:00. Please confirm \
                         it with the link below, or your account will be locked.\n\nYour IT \
                         service",
                    )
                    .into(),
                attachments: Vec::new(),
                unread: true,
            }],
            actions: Vec::new(),
        })
        .choice(
            ANSWER,
            lang.pick(
                "Stammt diese Mail wirklich von Ihrem IT-Service?",
                "Does this mail really come from your IT service?",
            ),
            &choices,
            false,
        )
}

fn judge_sender(action: &Action, lang: Lang, level: u8) -> Result<Judgement, GameError> {
    let answer = action.field(ANSWER).ok_or_else(|| {
        GameError::InvalidAction(
            lang.pick("Bitte wählen Sie eine Antwort.", "Please pick an answer.")
                .into(),
        )
    })?;
    if !SENDER_OPTIONS.contains(&answer) {
        return Err(unknown_option(lang));
    }
    let (address, domain) = sender_address(level);
    let why_not = match answer {
        "display-name" => lang.pick(
            "Den angezeigten Namen kann jede und jeder frei wählen; er beweist nichts. ",
            "Anyone can choose the display name freely; it proves nothing. ",
        ),
        "polite" => lang.pick(
            "Gute Sprache beweist nichts: Viele Phishing-Mails sind heute fehlerfrei. ",
            "Good language proves nothing: many phishing mails are flawless today. ",
        ),
        "link-only" => lang.pick(
            "Schon der Absender verrät die Mail – und den Link sollten Sie zum Prüfen nicht \
             anklicken. ",
            "The sender already gives it away – and you should not click the link to check. ",
        ),
        _ => "",
    };
    let hint = match level {
        1 => lang.pick(
            "Eine fremde Domain wie diese hat mit der Stadtverwaltung nichts zu tun.",
            "An outside domain like this has nothing to do with the city administration.",
        ),
        2 => lang.pick(
            "Die Domain sieht nur ähnlich aus: musterstadt-verwaltung.de ist eine andere \
             Domain, die jede und jeder registrieren kann.",
            "The domain only looks similar: musterstadt-verwaltung.de is a different domain \
             that anyone can register.",
        ),
        _ => lang.pick(
            "Lesen Sie die Domain von rechts: Die Adresse gehört zu konto-pruefung.com; \
             „musterstadt.de“ davor ist nur Tarnung.",
            "Read the domain from the right: the address belongs to konto-pruefung.com; \
             “musterstadt.de” in front of it is only a disguise.",
        ),
    };
    let explanation = lang
        .pick(
            "{why}Die Adresse lautet **{address}**. Entscheidend ist die Domain hinter dem @: \
             **{domain}** statt **{own}**. {hint}",
            "{why}The address is **{address}**. What counts is the domain after the @: \
             **{domain}** instead of **{own}**. {hint}",
        )
        .replace("{why}", why_not)
        .replace("{address}", address)
        .replace("{domain}", domain)
        .replace("{own}", OWN_DOMAIN)
        .replace("{hint}", hint);
    let (score, verdict) = if answer == SENDER_CORRECT {
        (1.0, Verdict::Correct)
    } else {
        (0.0, Verdict::Wrong)
    };
    Ok(Judgement {
        score,
        verdict,
        // The host writes the verdict („Richtig:“, „Nicht ganz:“) before the title, so the
        // title only says what the question was about.
        title: lang.pick("Die Mail war Phishing", "The mail was phishing"),
        explanation,
    })
}

/// A password to judge: its id, how it is shown, whether it is strong, and why.
struct Candidate {
    id: &'static str,
    shown: [&'static str; 2],
    strong: bool,
    why: [&'static str; 2],
}

const CANDIDATES: [Candidate; 6] = [
    Candidate {
        id: "passphrase",
        shown: [
            "Laterne-Kaffeetasse-Regenwurm-Fahrrad",
            "lantern-coffeecup-earthworm-bicycle",
        ],
        strong: true,
        why: [
            "lang und aus vier zufälligen Wörtern – leicht zu merken, schwer zu erraten",
            "long and made of four random words – easy to remember, hard to guess",
        ],
    },
    Candidate {
        id: "random",
        shown: ["t7#Vq!2mZr9$Lw", "t7#Vq!2mZr9$Lw"],
        strong: true,
        why: [
            "lang und zufällig – am besten im Passwort-Manager aufbewahrt",
            "long and random – best kept in a password manager",
        ],
    },
    Candidate {
        id: "season",
        shown: ["Sommer2026!", "Summer2026!"],
        strong: false,
        why: [
            "Jahreszeit, Jahr und Ausrufezeichen – eines der ersten Muster, die Angreifer \
             ausprobieren",
            "season, year and an exclamation mark – one of the first patterns attackers try",
        ],
    },
    Candidate {
        id: "leet",
        shown: ["P@ssw0rt123", "P@ssw0rd123"],
        strong: false,
        why: [
            "„Passwort“ mit @ und 0 – solche Varianten kennen Knackprogramme längst",
            "“password” with @ and 0 – cracking tools have known such variants for ages",
        ],
    },
    Candidate {
        id: "org-name",
        shown: ["Musterstadt1", "Musterstadt1"],
        strong: false,
        why: [
            "Name der Organisation plus Ziffer – steht in jeder gezielten Angriffsliste",
            "the organisation's name plus a digit – on every targeted attack list",
        ],
    },
    Candidate {
        id: "short",
        shown: ["x9!Kp2", "x9!Kp2"],
        strong: false,
        why: [
            "zufällig, aber mit 6 Zeichen viel zu kurz – in Minuten durchprobiert",
            "random, but at 6 characters far too short – tried out within minutes",
        ],
    },
];

/// The candidates of a level: 4 on level 1, one more per level.
fn candidates(level: u8) -> &'static [Candidate] {
    let count = 3 + usize::from(level.clamp(1, 3));
    &CANDIDATES[..count]
}

fn ask_passwords(view: ViewBuilder, lang: Lang, level: u8, seed: u64) -> ViewBuilder {
    let mut shown: Vec<(&str, &str)> = candidates(level)
        .iter()
        .map(|candidate| {
            (
                candidate.id,
                lang.pick(candidate.shown[0], candidate.shown[1]),
            )
        })
        .collect();
    SeededRng::for_purpose(seed, "password-options").shuffle(&mut shown);
    view.heading(lang.pick("Starke Passwörter", "Strong passwords"))
        .text(lang.pick(
            "Ihr Konto braucht ein neues Passwort. Sie überlegen, welches Sie nehmen.",
            "Your account needs a new password. You are weighing up which one to use.",
        ))
        .choice(
            ANSWER,
            lang.pick(
                "Welche dieser Passwörter sind stark? Wählen Sie alle passenden aus.",
                "Which of these passwords are strong? Pick all that apply.",
            ),
            &shown,
            true,
        )
}

fn judge_passwords(action: &Action, lang: Lang, level: u8) -> Result<Judgement, GameError> {
    let picked = action.fields_named(ANSWER);
    if picked.is_empty() {
        return Err(GameError::InvalidAction(
            lang.pick(
                "Bitte wählen Sie mindestens ein Passwort.",
                "Please pick at least one password.",
            )
            .into(),
        ));
    }
    let candidates = candidates(level);
    if picked
        .iter()
        .any(|id| !candidates.iter().any(|candidate| candidate.id == *id))
    {
        return Err(unknown_option(lang));
    }
    let strong = candidates.iter().filter(|c| c.strong).count();
    let hits = candidates
        .iter()
        .filter(|c| c.strong && picked.contains(&c.id))
        .count();
    let false_picks = candidates
        .iter()
        .filter(|c| !c.strong && picked.contains(&c.id))
        .count();
    // A handful of options: the counts convert to f32 exactly.
    #[allow(clippy::cast_precision_loss)]
    let score = hits.saturating_sub(false_picks) as f32 / strong as f32;
    let lines: Vec<String> = candidates
        .iter()
        .map(|candidate| {
            let judged_right = candidate.strong == picked.contains(&candidate.id);
            let mark = if judged_right { "✔" } else { "✘" };
            let strength = match (candidate.strong, lang) {
                (true, Lang::De) => "stark",
                (false, Lang::De) => "schwach",
                (true, Lang::En) => "strong",
                (false, Lang::En) => "weak",
            };
            format!(
                "{mark} **{}** – {strength}: {}",
                lang.pick(candidate.shown[0], candidate.shown[1]),
                lang.pick(candidate.why[0], candidate.why[1])
            )
        })
        .collect();
    let verdict = if hits == strong && false_picks == 0 {
        Verdict::Correct
    } else if score > 0.0 {
        Verdict::PartlyCorrect
    } else {
        Verdict::Wrong
    };
    Ok(Judgement {
        score,
        verdict,
        title: lang.pick("Starke Passwörter", "Strong passwords"),
        explanation: lines.join("\n"),
    })
}

fn unknown_option(lang: Lang) -> GameError {
    GameError::InvalidAction(
        lang.pick(
            "Diese Antwort gibt es hier nicht.",
            "That answer is not one of the options.",
        )
        .into(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_level_adds_one_weak_password() {
        assert_eq!(candidates(1).len(), 4);
        assert_eq!(candidates(3).len(), 6);
        assert!(candidates(1).iter().filter(|c| c.strong).count() == 2);
    }
}
