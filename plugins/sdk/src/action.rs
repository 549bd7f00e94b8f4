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

    /// The first value of field `name`, e.g. the picked option of a single choice.
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, value)| value.as_str())
    }

    /// Every value of field `name` in the order sent, e.g. the picked options of a multiple
    /// choice; empty when nothing was sent.
    pub fn fields_named(&self, name: &str) -> Vec<&str> {
        self.fields
            .iter()
            .filter(|(field, _)| field == name)
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
}
