//! Reading what the player did: the button pressed and the fields the form sent.

use crate::Action;

impl Action {
    /// An action, as the host builds it from a submitted form; mostly for tests.
    pub fn new(button: &str, fields: &[(&str, &str)]) -> Action {
        Action {
            button: button.to_owned(),
            fields: fields
                .iter()
                .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
                .collect(),
        }
    }

    /// The first non-empty value of field `name`, e.g. the picked option of a single choice.
    /// An empty value counts as not answered: browsers send a `<select>` left at its
    /// placeholder, and an empty text box, as `name=`.
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(field, value)| field == name && !value.is_empty())
            .map(|(_, value)| value.as_str())
    }

    /// Every non-empty value of field `name` in the order sent, e.g. the picked options of a
    /// multiple choice; empty when nothing was answered.
    pub fn fields_named(&self, name: &str) -> Vec<&str> {
        self.fields
            .iter()
            .filter(|(field, value)| field == name && !value.is_empty())
            .map(|(_, value)| value.as_str())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::Action;

    #[test]
    fn fields_are_read_in_order() {
        let action = Action::new("check", &[("q", "b"), ("other", "x"), ("q", "a")]);
        assert_eq!(action.button, "check");
        assert_eq!(action.field("q"), Some("b"));
        assert_eq!(action.fields_named("q"), ["b", "a"]);
        assert_eq!(action.field("missing"), None);
        assert!(action.fields_named("missing").is_empty());
    }

    #[test]
    fn empty_values_count_as_not_answered() {
        // A <select> left at its placeholder and an empty text box arrive as `name=`.
        let action = Action::new("check", &[("q", ""), ("t", ""), ("q", "a"), ("m", "")]);
        assert_eq!(action.field("q"), Some("a"));
        assert_eq!(action.field("t"), None);
        assert_eq!(action.fields_named("q"), ["a"]);
        assert!(action.fields_named("m").is_empty());
    }
}
