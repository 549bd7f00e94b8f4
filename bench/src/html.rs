//! The forms of a server-rendered page, read the way a browser would submit them, so the bench
//! follows the pages instead of hard-coding their fields. This is a scanner for the HTML our own
//! templates write (askama escapes `<`, `>`, `&` and quotes inside attribute values), not a
//! general HTML parser.

/// One form control, as far as submitting it is concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Control {
    Hidden {
        name: String,
        value: String,
    },
    Text {
        name: String,
    },
    Radio {
        name: String,
        value: String,
    },
    Checkbox {
        name: String,
        value: String,
    },
    Select {
        name: String,
        options: Vec<String>,
    },
    TextArea {
        name: String,
    },
    Button {
        name: Option<String>,
        value: String,
        secondary: bool,
    },
}

/// A `<form>` with its action and controls in document order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Form {
    pub action: String,
    pub controls: Vec<Control>,
}

impl Form {
    /// The value of a hidden field.
    pub fn hidden(&self, wanted: &str) -> Option<&str> {
        self.controls.iter().find_map(|control| match control {
            Control::Hidden { name, value } if name == wanted => Some(value.as_str()),
            _ => None,
        })
    }

    pub fn has_button(&self) -> bool {
        self.controls
            .iter()
            .any(|control| matches!(control, Control::Button { .. }))
    }

    /// What a player who picks the first option everywhere and presses the first primary button
    /// sends: every hidden field, the first radio and checkbox of each group, the first non-empty
    /// option of each select, a short text in text fields.
    pub fn submission(&self) -> Vec<(String, String)> {
        let mut fields: Vec<(String, String)> = Vec::new();
        let mut chosen_groups: Vec<&str> = Vec::new();
        for control in &self.controls {
            match control {
                Control::Hidden { name, value } => fields.push((name.clone(), value.clone())),
                Control::Text { name } | Control::TextArea { name } => {
                    fields.push((name.clone(), "Benchmark".to_owned()));
                }
                Control::Radio { name, value } | Control::Checkbox { name, value } => {
                    if !chosen_groups.contains(&name.as_str()) {
                        chosen_groups.push(name);
                        fields.push((name.clone(), value.clone()));
                    }
                }
                Control::Select { name, options } => {
                    if let Some(option) = options.iter().find(|option| !option.is_empty()) {
                        fields.push((name.clone(), option.clone()));
                    }
                }
                Control::Button { .. } => {}
            }
        }
        let buttons = || {
            self.controls.iter().filter_map(|control| match control {
                Control::Button {
                    name,
                    value,
                    secondary,
                } => Some((name, value, *secondary)),
                _ => None,
            })
        };
        let pressed = buttons()
            .find(|(_, _, secondary)| !secondary)
            .or_else(|| buttons().next());
        if let Some((Some(name), value, _)) = pressed {
            fields.push((name.clone(), value.clone()));
        }
        fields
    }
}

/// Every form of the page.
pub fn forms(html: &str) -> Vec<Form> {
    let mut found = Vec::new();
    let mut current: Option<Form> = None;
    let mut select: Option<(String, Vec<String>)> = None;
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('>') else { break };
        let tag = &after[..close];
        rest = &after[close + 1..];
        let (tag_name, attributes) = match tag.find(|c: char| c.is_ascii_whitespace()) {
            Some(split) => (&tag[..split], &tag[split..]),
            None => (tag.trim_end_matches('/'), ""),
        };
        let attributes = parse_attributes(attributes);
        let attribute = |wanted: &str| {
            attributes
                .iter()
                .find(|(name, _)| name == wanted)
                .map(|(_, value)| value.clone())
        };
        let tag_name = tag_name.to_ascii_lowercase();
        match tag_name.as_str() {
            "form" => {
                current = Some(Form {
                    action: attribute("action").unwrap_or_default(),
                    controls: Vec::new(),
                });
            }
            "/form" => found.extend(current.take()),
            "select" => select = attribute("name").map(|name| (name, Vec::new())),
            "option" => {
                if let Some((_, options)) = select.as_mut() {
                    options.push(attribute("value").unwrap_or_default());
                }
            }
            "/select" => {
                if let (Some(form), Some((name, options))) = (current.as_mut(), select.take()) {
                    form.controls.push(Control::Select { name, options });
                }
            }
            "input" | "textarea" | "button" => {
                let Some(form) = current.as_mut() else {
                    continue;
                };
                let name = attribute("name");
                let value = attribute("value").unwrap_or_default();
                let kind = attribute("type").unwrap_or_default().to_ascii_lowercase();
                let control = match (tag_name.as_str(), kind.as_str(), name) {
                    ("button", _, name) => Some(Control::Button {
                        name,
                        value,
                        secondary: attribute("class")
                            .is_some_and(|class| class.split(' ').any(|c| c == "secondary")),
                    }),
                    ("textarea", _, Some(name)) => Some(Control::TextArea { name }),
                    (_, "hidden", Some(name)) => Some(Control::Hidden { name, value }),
                    (_, "radio", Some(name)) => Some(Control::Radio { name, value }),
                    (_, "checkbox", Some(name)) => Some(Control::Checkbox { name, value }),
                    (_, "submit", name) => Some(Control::Button {
                        name,
                        value,
                        secondary: false,
                    }),
                    (_, _, Some(name)) => Some(Control::Text { name }),
                    _ => None,
                };
                form.controls.extend(control);
            }
            _ => {}
        }
    }
    found
}

/// `name="value"`, `name='value'`, `name=value` and bare `name`, values unescaped.
fn parse_attributes(text: &str) -> Vec<(String, String)> {
    let mut attributes = Vec::new();
    let mut rest = text.trim_start();
    while !rest.is_empty() && !rest.starts_with('/') {
        let name_end = rest
            .find(|c: char| c == '=' || c.is_ascii_whitespace() || c == '/')
            .unwrap_or(rest.len());
        let name = rest[..name_end].to_ascii_lowercase();
        rest = rest[name_end..].trim_start();
        let mut value = String::new();
        if let Some(after_equals) = rest.strip_prefix('=') {
            let after_equals = after_equals.trim_start();
            let (raw, remainder) = match after_equals.chars().next() {
                Some(quote @ ('"' | '\'')) => {
                    let inner = &after_equals[1..];
                    let end = inner.find(quote).unwrap_or(inner.len());
                    (&inner[..end], inner.get(end + 1..).unwrap_or(""))
                }
                _ => {
                    let end = after_equals
                        .find(|c: char| c.is_ascii_whitespace())
                        .unwrap_or(after_equals.len());
                    (&after_equals[..end], &after_equals[end..])
                }
            };
            value = unescape(raw);
            rest = remainder.trim_start();
        }
        if name.is_empty() {
            break;
        }
        attributes.push((name, value));
    }
    attributes
}

/// Decodes the character references askama writes (named ones for `&<>"` and numeric ones).
pub fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let decoded = after.find(';').and_then(|semi| {
            let entity = &after[..semi];
            let character = match entity {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => entity
                    .strip_prefix("#x")
                    .or_else(|| entity.strip_prefix("#X"))
                    .map(|hex| u32::from_str_radix(hex, 16))
                    .or_else(|| entity.strip_prefix('#').map(str::parse::<u32>))
                    .and_then(Result::ok)
                    .and_then(char::from_u32),
            };
            character.map(|c| (c, semi))
        });
        match decoded {
            Some((character, semi)) => {
                out.push(character);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `application/x-www-form-urlencoded`, as a browser encodes a form.
pub fn urlencode(fields: &[(String, String)]) -> String {
    fn encode(out: &mut String, text: &str) {
        for byte in text.bytes() {
            match byte {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'*' => {
                    out.push(char::from(byte));
                }
                b' ' => out.push('+'),
                _ => out.push_str(&format!("%{byte:02X}")),
            }
        }
    }
    let mut out = String::new();
    for (index, (name, value)) in fields.iter().enumerate() {
        if index > 0 {
            out.push('&');
        }
        encode(&mut out, name);
        out.push('=');
        encode(&mut out, value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Control, forms, unescape, urlencode};

    const GAME_PAGE: &str = r#"<header><form method="post" action="/logout"><input type="hidden" name="csrf" value="tok&#x2d;1"><button type="submit">Abmelden</button></form></header>
<form method="post" action="/games/sessions/42" class="game-form">
  <input type="hidden" name="csrf" value="tok-1">
  <fieldset class="widget-choice"><legend>Which?</legend>
  <div class="choice"><input type="radio" id="w-answer-a" name="answer" value="a"><label for="w-answer-a">A &amp; B</label></div>
  <div class="choice"><input type="radio" id="w-answer-b" name="answer" value="b"><label for="w-answer-b">B</label></div>
  </fieldset>
  <input type="checkbox" name="pick" value="x"><input type="checkbox" name="pick" value="y">
  <select id="s" name="order.1"><option value="">–</option><option value="2">2</option></select>
  <textarea id="w-note" name="note" rows="5"></textarea>
  <div class="widget-buttons">
  <button type="submit" name="button" value="skip" class="secondary">Skip</button>
  <button type="submit" name="button" value="check">Antwort prüfen</button>
  </div>
</form>"#;

    #[test]
    fn reads_every_form_and_its_controls() {
        let found = forms(GAME_PAGE);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].action, "/logout");
        assert_eq!(found[0].hidden("csrf"), Some("tok-1"));
        let game = &found[1];
        assert_eq!(game.action, "/games/sessions/42");
        assert!(game.has_button());
        assert!(game.controls.contains(&Control::Select {
            name: "order.1".into(),
            options: vec![String::new(), "2".into()],
        }));
    }

    #[test]
    fn submits_first_choices_and_the_primary_button() {
        let found = forms(GAME_PAGE);
        let submission = found[1].submission();
        let pairs: Vec<(&str, &str)> = submission
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("csrf", "tok-1"),
                ("answer", "a"),
                ("pick", "x"),
                ("order.1", "2"),
                ("note", "Benchmark"),
                ("button", "check"),
            ]
        );
    }

    #[test]
    fn a_finished_view_has_no_button() {
        let page = r#"<form method="post" action="/games/sessions/7" class="game-form">
  <input type="hidden" name="csrf" value="t">
</form><section class="outcome"></section>"#;
        let found = forms(page);
        assert_eq!(found.len(), 1);
        assert!(!found[0].has_button());
    }

    #[test]
    fn unescapes_references() {
        assert_eq!(unescape("a&amp;b&lt;&#39;&#x27;&quot;&gt;"), "a&b<''\">");
        assert_eq!(unescape("fish & chips"), "fish & chips");
        assert_eq!(unescape("&unknown;"), "&unknown;");
    }

    #[test]
    fn encodes_forms_like_a_browser() {
        let fields = [
            ("username".to_owned(), "demo".to_owned()),
            ("next".to_owned(), "/games?x=1 2".to_owned()),
            ("name".to_owned(), "Prüfung".to_owned()),
        ];
        assert_eq!(
            urlencode(&fields),
            "username=demo&next=%2Fgames%3Fx%3D1+2&name=Pr%C3%BCfung"
        );
    }
}
