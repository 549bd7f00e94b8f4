//! Fuzzes the strict `application/x-www-form-urlencoded` decoder, `FormFields::parse`, which the
//! `FormFields` extractor runs on every form body, and holds it to the WHATWG decoder of the
//! `form_urlencoded` crate.
//!
//! Properties: whatever the strict decoder accepts, the lenient reference decodes to the same
//! pairs in the same order; those pairs, encoded by the reference and decoded again, come back
//! unchanged; the field limit is exact; a refusal for invalid UTF-8 is one the reference had to
//! paper over with U+FFFD; and the accessors agree with the pairs.

#![no_main]

use digifit::http::form::{FormError, FormFields, MAX_FIELDS};
use libfuzzer_sys::fuzz_target;

fn owned_pairs(form: &FormFields) -> Vec<(String, String)> {
    form.pairs()
        .map(|(name, value)| (name.to_owned(), value.to_owned()))
        .collect()
}

fuzz_target!(|body: &[u8]| {
    let field_count = body
        .split(|&byte| byte == b'&')
        .filter(|pair| !pair.is_empty())
        .count();
    let reference: Vec<(String, String)> = form_urlencoded::parse(body).into_owned().collect();
    let form = match FormFields::parse(body) {
        Ok(form) => form,
        Err(FormError::TooManyFields) => {
            assert!(field_count > MAX_FIELDS, "refused {field_count} fields");
            return;
        }
        Err(FormError::InvalidUtf8) => {
            assert!(
                reference
                    .iter()
                    .any(|(name, value)| name.contains('\u{FFFD}') || value.contains('\u{FFFD}')),
                "refused as invalid UTF-8, but the reference decoded it losslessly: {reference:?}"
            );
            return;
        }
    };
    let pairs = owned_pairs(&form);
    assert!(field_count <= MAX_FIELDS, "accepted {field_count} fields");
    assert_eq!(pairs.len(), field_count);
    assert_eq!(
        pairs, reference,
        "the strict and the reference decoder disagree"
    );

    let encoded = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(&pairs)
        .finish();
    match FormFields::parse(encoded.as_bytes()) {
        Ok(again) => assert_eq!(owned_pairs(&again), pairs, "re-encoded as {encoded:?}"),
        Err(error) => panic!("re-encoded as {encoded:?}, the form is refused: {error}"),
    }

    if let Some((name, value)) = pairs.first() {
        assert_eq!(form.get(name), Some(value.as_str()));
        assert_eq!(form.text(name), value);
        assert!(form.has(name));
        let repeated: Vec<&str> = pairs
            .iter()
            .filter(|(other, _)| other == name)
            .map(|(_, value)| value.as_str())
            .collect();
        assert_eq!(form.all(name), repeated);
    }
});
