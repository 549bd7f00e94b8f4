//! Building views, steps and outcomes: the screens a game shows and what it returns per call.

use crate::{
    Button, Categorise, Choice, ChoiceOption, Dialogue, Evidence, Feedback, FileExplorer, Image,
    Lang, MailInbox, Ordering, Outcome, Progress, Step, TextInput, Verdict, View, Widget,
};

/// One option of a choice, ordering or categorise widget, or an action on an item.
pub fn option(id: &str, label: &str) -> ChoiceOption {
    ChoiceOption {
        id: id.to_owned(),
        label: label.to_owned(),
    }
}

/// Options from `(id, label)` pairs, in the order given.
pub fn options(pairs: &[(&str, &str)]) -> Vec<ChoiceOption> {
    pairs.iter().map(|(id, label)| option(id, label)).collect()
}

/// Builds a [`View`] widget by widget, in the order the host shows them.
///
/// ```
/// use digifit_game_sdk::{ViewBuilder, Verdict};
///
/// let view = ViewBuilder::new("Phishing")
///     .progress(1, 3)
///     .heading("Who sent this mail?")
///     .choice("sender", "Which address is fake?", &[("a", "it@example.org"), ("b", "it@examp1e.org")], false)
///     .primary_button("check", "Check answer")
///     .build();
/// assert_eq!(view.widgets.len(), 3);
/// ```
#[derive(Debug, Clone)]
#[must_use = "call .build() to get the view"]
pub struct ViewBuilder {
    view: View,
}

impl ViewBuilder {
    /// A view with a title, progress 1 of 1 and no widgets yet.
    pub fn new(title: &str) -> ViewBuilder {
        ViewBuilder {
            view: View {
                title: title.to_owned(),
                progress: Progress {
                    current: 1,
                    total: 1,
                },
                widgets: Vec::new(),
            },
        }
    }

    /// Where the player is: step `current` of `total`, counting from 1.
    pub fn progress(mut self, current: u16, total: u16) -> ViewBuilder {
        self.view.progress = Progress { current, total };
        self
    }

    /// Adds any widget, for the ones without a shortcut or with all fields spelled out.
    pub fn widget(mut self, widget: Widget) -> ViewBuilder {
        self.view.widgets.push(widget);
        self
    }

    /// Adds a heading (tiny markup allowed).
    pub fn heading(self, text: &str) -> ViewBuilder {
        self.widget(Widget::Heading(text.to_owned()))
    }

    /// Adds a paragraph or more of text (tiny markup: `**strong**`, `*emphasis*`, blank lines).
    pub fn text(self, text: &str) -> ViewBuilder {
        self.widget(Widget::Text(text.to_owned()))
    }

    /// Adds an image from the package's assets; `alt` may be empty only for decoration.
    pub fn image(self, asset: &str, alt: &str, caption: Option<&str>) -> ViewBuilder {
        self.widget(Widget::Image(Image {
            asset: asset.to_owned(),
            alt: alt.to_owned(),
            caption: caption.map(str::to_owned),
        }))
    }

    /// Adds a single (`multiple == false`) or multiple choice from `(id, label)` pairs. It
    /// submits field `id` once per picked option.
    pub fn choice(
        self,
        id: &str,
        prompt: &str,
        choices: &[(&str, &str)],
        multiple: bool,
    ) -> ViewBuilder {
        self.widget(Widget::Choice(Choice {
            id: id.to_owned(),
            prompt: prompt.to_owned(),
            options: options(choices),
            multiple,
        }))
    }

    /// Adds a one-line text field accepting at most `max_length` (≤ 2000) characters.
    pub fn text_input(self, id: &str, label: &str, max_length: u32) -> ViewBuilder {
        self.widget(Widget::TextInput(TextInput {
            id: id.to_owned(),
            label: label.to_owned(),
            hint: None,
            multiline: false,
            max_length,
        }))
    }

    /// Adds an ordering task; it submits `<id>.<item-id>` with a position "1".."n" per item.
    pub fn ordering(self, id: &str, prompt: &str, items: &[(&str, &str)]) -> ViewBuilder {
        self.widget(Widget::Ordering(Ordering {
            id: id.to_owned(),
            prompt: prompt.to_owned(),
            items: options(items),
        }))
    }

    /// Adds a sorting task; it submits `<id>.<item-id>` with a category id per item.
    pub fn categorise(
        self,
        id: &str,
        prompt: &str,
        categories: &[(&str, &str)],
        items: &[(&str, &str)],
    ) -> ViewBuilder {
        self.widget(Widget::Categorise(Categorise {
            id: id.to_owned(),
            prompt: prompt.to_owned(),
            categories: options(categories),
            items: options(items),
        }))
    }

    /// Adds a mock mail inbox.
    pub fn mail_inbox(self, inbox: MailInbox) -> ViewBuilder {
        self.widget(Widget::MailInbox(inbox))
    }

    /// Adds a mock file explorer or electronic file.
    pub fn file_explorer(self, explorer: FileExplorer) -> ViewBuilder {
        self.widget(Widget::FileExplorer(explorer))
    }

    /// Adds a conversation; choosing a reply submits the reply's id as the action's button.
    pub fn dialogue(self, dialogue: Dialogue) -> ViewBuilder {
        self.widget(Widget::Dialogue(dialogue))
    }

    /// Adds the judgement and explanation of an answer.
    pub fn feedback(self, verdict: Verdict, title: &str, explanation: &str) -> ViewBuilder {
        self.widget(Widget::Feedback(Feedback {
            verdict,
            title: title.to_owned(),
            explanation: explanation.to_owned(),
        }))
    }

    /// Adds a row of buttons from `(id, label)` pairs; the first is the primary one.
    pub fn buttons(self, buttons: &[(&str, &str)]) -> ViewBuilder {
        let row = buttons
            .iter()
            .enumerate()
            .map(|(index, (id, label))| Button {
                id: (*id).to_owned(),
                label: (*label).to_owned(),
                primary: index == 0,
            })
            .collect();
        self.widget(Widget::Buttons(row))
    }

    /// Adds the main button of the view, joining the row of buttons just before, if any.
    pub fn primary_button(self, id: &str, label: &str) -> ViewBuilder {
        self.push_button(id, label, true)
    }

    /// Adds a secondary button, joining the row of buttons just before, if any.
    pub fn button(self, id: &str, label: &str) -> ViewBuilder {
        self.push_button(id, label, false)
    }

    fn push_button(mut self, id: &str, label: &str, primary: bool) -> ViewBuilder {
        let button = Button {
            id: id.to_owned(),
            label: label.to_owned(),
            primary,
        };
        match self.view.widgets.last_mut() {
            Some(Widget::Buttons(row)) => row.push(button),
            _ => self.view.widgets.push(Widget::Buttons(vec![button])),
        }
        self
    }

    /// The usual last view of an episode in a German and English game: the heading „Episode
    /// abgeschlossen“ and an invitation to play again. The host shows the outcome below it,
    /// so the last view only closes the episode; a game with closing words of its own adds its
    /// heading and text itself.
    pub fn episode_complete(self, lang: Lang) -> ViewBuilder {
        self.heading(lang.pick("Episode abgeschlossen", "Episode complete"))
            .text(lang.pick(
                "Ihre Auswertung steht unten. Spielen Sie die Episode gern noch einmal – \
                 Reihenfolge und Details wechseln.",
                "Your results are below. Feel free to play the episode again – the order and \
                 details change.",
            ))
    }

    /// The finished view. [`checks::check_view`](crate::checks::check_view) and the harness
    /// verify the rules the host enforces.
    pub fn build(self) -> View {
        self.view
    }
}

impl Step {
    /// A step with a state and a view, no evidence and no outcome yet.
    pub fn new(state: Vec<u8>, view: View) -> Step {
        Step {
            state,
            view,
            evidence: Vec::new(),
            outcome: None,
        }
    }

    /// Adds evidence from the action just taken.
    #[must_use]
    pub fn with_evidence(mut self, evidence: impl IntoIterator<Item = Evidence>) -> Step {
        self.evidence.extend(evidence);
        self
    }

    /// Ends the episode with an outcome; the view should then show the debriefing.
    #[must_use]
    pub fn with_outcome(mut self, outcome: Outcome) -> Step {
        self.outcome = Some(outcome);
        self
    }
}

impl Outcome {
    /// An outcome with an overall score (clamped into 0..=1, NaN counts as 0) and a summary.
    pub fn new(score: f32, summary: &str) -> Outcome {
        Outcome {
            score: if score.is_nan() {
                0.0
            } else {
                score.clamp(0.0, 1.0)
            },
            summary: summary.to_owned(),
            went_well: Vec::new(),
            to_learn: Vec::new(),
        }
    }

    /// Adds something the player did well.
    #[must_use]
    pub fn went_well(mut self, text: &str) -> Outcome {
        self.went_well.push(text.to_owned());
        self
    }

    /// Adds something the player can still learn.
    #[must_use]
    pub fn to_learn(mut self, text: &str) -> Outcome {
        self.to_learn.push(text.to_owned());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buttons_join_the_row_before_them() {
        let view = ViewBuilder::new("t")
            .text("x")
            .primary_button("a", "A")
            .button("b", "B")
            .build();
        assert_eq!(view.widgets.len(), 2);
        let Some(Widget::Buttons(row)) = view.widgets.last() else {
            panic!("expected a row of buttons, got {:?}", view.widgets);
        };
        assert_eq!(
            row.iter()
                .map(|b| (b.id.as_str(), b.primary))
                .collect::<Vec<_>>(),
            [("a", true), ("b", false)]
        );
    }

    #[test]
    fn buttons_row_marks_the_first_primary() {
        let view = ViewBuilder::new("t")
            .progress(2, 5)
            .buttons(&[("next", "Next"), ("back", "Back")])
            .build();
        assert_eq!(
            view.progress,
            Progress {
                current: 2,
                total: 5
            }
        );
        let Some(Widget::Buttons(row)) = view.widgets.first() else {
            panic!("expected a row of buttons");
        };
        assert!(row[0].primary && !row[1].primary);
    }

    #[test]
    fn outcome_score_is_clamped() {
        assert_eq!(Outcome::new(1.5, "s").score, 1.0);
        assert_eq!(Outcome::new(-1.0, "s").score, 0.0);
        assert_eq!(Outcome::new(f32::NAN, "s").score, 0.0);
    }
}
