//! Decoding `application/x-www-form-urlencoded` bodies strictly: bad percent-encoding or invalid
//! UTF-8 is an error (400), never silently replaced, and repeated fields (checkbox groups) are kept.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{StatusCode, header};

/// At most this many fields are accepted in one form.
pub const MAX_FIELDS: usize = 2000;

/// Why a form body was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormError {
    /// A name or value is not valid UTF-8 after percent-decoding.
    #[error("the form is not valid UTF-8")]
    InvalidUtf8,
    /// The form has more fields than any of our forms.
    #[error("the form has too many fields")]
    TooManyFields,
}

/// The fields of a form in their order.
#[derive(Debug, Clone, Default)]
pub struct FormFields(Vec<(String, String)>);

fn decode_component(raw: &[u8]) -> Result<String, FormError> {
    let plus_as_space: Vec<u8> = raw
        .iter()
        .map(|&b| if b == b'+' { b' ' } else { b })
        .collect();
    let decoded: Vec<u8> = percent_encoding::percent_decode(&plus_as_space).collect();
    String::from_utf8(decoded).map_err(|_| FormError::InvalidUtf8)
}

impl FormFields {
    pub fn parse(body: &[u8]) -> Result<FormFields, FormError> {
        let mut fields = Vec::new();
        for pair in body.split(|&b| b == b'&').filter(|pair| !pair.is_empty()) {
            if fields.len() >= MAX_FIELDS {
                return Err(FormError::TooManyFields);
            }
            let (name, value) = match pair.iter().position(|&b| b == b'=') {
                Some(at) => (&pair[..at], &pair[at + 1..]),
                None => (pair, &[][..]),
            };
            fields.push((decode_component(name)?, decode_component(value)?));
        }
        Ok(FormFields(fields))
    }

    /// The first value of a field.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// The first value of a field, or the empty string.
    pub fn text(&self, name: &str) -> &str {
        self.get(name).unwrap_or_default()
    }

    /// Every value of a repeated field (a checkbox group).
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
            .collect()
    }

    /// Every field in order.
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
    }

    pub fn has(&self, name: &str) -> bool {
        self.get(name).is_some()
    }
}

impl<S: Send + Sync> FromRequest<S> for FormFields {
    type Rejection = StatusCode;

    async fn from_request(request: Request, state: &S) -> Result<FormFields, StatusCode> {
        let is_form = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| {
                v.trim_start()
                    .to_ascii_lowercase()
                    .starts_with("application/x-www-form-urlencoded")
            });
        if !is_form {
            return Err(StatusCode::UNSUPPORTED_MEDIA_TYPE);
        }
        let body = Bytes::from_request(request, state)
            .await
            .map_err(|rejection| rejection.status())?;
        FormFields::parse(&body).map_err(|_| StatusCode::BAD_REQUEST)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_repeats_and_plus() {
        let form = FormFields::parse(b"a=1&roles=lead&roles=admin&name=J%C3%B6rg+M&empty=&flag")
            .unwrap_or_default();
        assert_eq!(form.get("a"), Some("1"));
        assert_eq!(form.all("roles"), vec!["lead", "admin"]);
        assert_eq!(form.get("name"), Some("Jörg M"));
        assert_eq!(form.get("empty"), Some(""));
        assert_eq!(form.get("flag"), Some(""));
        assert_eq!(form.get("missing"), None);
    }

    #[test]
    fn refuses_invalid_utf8_and_floods() {
        assert_eq!(
            FormFields::parse(b"name=%FF%FE").err(),
            Some(FormError::InvalidUtf8)
        );
        assert_eq!(
            FormFields::parse(b"%C3=x").err(),
            Some(FormError::InvalidUtf8)
        );
        let flood = "a=1&".repeat(MAX_FIELDS + 1);
        assert_eq!(
            FormFields::parse(flood.as_bytes()).err(),
            Some(FormError::TooManyFields)
        );
    }
}
