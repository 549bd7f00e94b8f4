//! Generated uploads for the two multipart routes: user-import files (CSV that is right, nearly
//! right or nonsense) and plugin packages (signed by a key the test server trusts, then often
//! damaged), each wrapped in a multipart body that is well-formed or broken in one of the ways
//! a client can break it.

use std::collections::BTreeMap;

use digifit::plugins::keys::KeyPair;
use digifit::plugins::package::{self, PackageSource};

use super::generate::Rng;
use super::routes::Known;

/// A body and the Content-Type it is sent with.
#[derive(Debug)]
pub struct Upload {
    pub content_type: String,
    pub body: Vec<u8>,
}

const CSV_COLUMNS: &[&str] = &["username", "display_name", "roles", "org_units", "password"];

/// A user-import file: the real columns (some missing, reordered, in other case) and junk ones,
/// comma- or semicolon-separated, with cells that are plausible or hostile, quoted or not.
pub fn import_file(rng: &mut Rng, known: &Known) -> Vec<u8> {
    if rng.chance(8) {
        // Not text at all.
        let len = rng.below(2048);
        return rng.bytes(len);
    }
    let delimiter = if rng.chance(50) { ';' } else { ',' };
    let mut columns: Vec<String> = Vec::new();
    for column in CSV_COLUMNS {
        if !rng.chance(85) {
            continue;
        }
        columns.push(if rng.chance(10) {
            column.to_uppercase()
        } else {
            (*column).to_owned()
        });
    }
    if rng.chance(20) {
        columns.push(rng.junk_name());
    }
    rng.shuffle(&mut columns);
    let mut text = String::new();
    if rng.chance(10) {
        text.push('\u{feff}');
    }
    let line_end = if rng.chance(30) { "\r\n" } else { "\n" };
    text.push_str(&columns.join(&delimiter.to_string()));
    text.push_str(line_end);
    let rows = rng.below(6);
    for row in 0..rows {
        let cells: Vec<String> = columns
            .iter()
            .map(|column| {
                let column = column.to_lowercase();
                let value = match column.as_str() {
                    "username" if rng.chance(50) => format!("fuzz.{}.{row}", rng.below(1000)),
                    "org_units" if rng.chance(50) => (*rng.pick(&[
                        "Jobcenter Musterstadt",
                        "Jobcenter Musterstadt/Standort Nord",
                        "Nirgendwo",
                        "Jobcenter Musterstadt//Standort Nord",
                    ]))
                    .to_owned(),
                    // Most rows without a password: each one is an argon2 hash.
                    "password" if rng.chance(80) => String::new(),
                    _ => rng.value(&known.plausible(&column)),
                };
                if rng.chance(30) {
                    format!("\"{}\"", value.replace('"', "\"\""))
                } else {
                    value
                }
            })
            .collect();
        text.push_str(&cells.join(&delimiter.to_string()));
        text.push_str(line_end);
    }
    let mut bytes = text.into_bytes();
    if rng.chance(5) {
        let at = rng.below(bytes.len() + 1);
        bytes.insert(at, 0xff);
    }
    bytes
}

/// The hello-quiz component as a package signed by `key`: the starting point of the upload
/// fuzzing, which mostly damages it. (A component describes itself, so the package cannot claim
/// another id; a test that installs it first makes the catalogue forget the bundled game.)
pub fn signed_package(key: &KeyPair) -> Vec<u8> {
    let manifest = r#"id = "hello-quiz"
version = "0.1.0"
api = "0.1.0"
publisher = "robustness test"
licence = "EUPL-1.2"

[[episodes]]
id = "first-steps"
competences = ["4.2", "4.1"]
"#;
    let mut assets = BTreeMap::new();
    assets.insert(
        "logo.svg".to_owned(),
        b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>".to_vec(),
    );
    let source = PackageSource {
        manifest: manifest.to_owned(),
        component: test_programs::bytes(test_programs::HELLO_QUIZ),
        assets,
    };
    package::pack(&source, Some(&key.secret)).unwrap()
}

/// A package file: the signed package as it is, truncated, with flipped bytes or junk appended,
/// or bytes that only start like an archive.
pub fn package_file(rng: &mut Rng, signed: &[u8]) -> Vec<u8> {
    match rng.below(8) {
        0 => signed.to_vec(),
        1 => signed[..rng.below(signed.len())].to_vec(),
        2 | 3 => {
            let mut damaged = signed.to_vec();
            for _ in 0..1 + rng.below(8) {
                let at = rng.below(damaged.len());
                damaged[at] ^= 1 << rng.below(8);
            }
            damaged
        }
        4 => {
            let mut longer = signed.to_vec();
            let len = rng.below(4096);
            longer.extend(rng.bytes(len));
            longer
        }
        5 => {
            // A tar header's magic at its place, then nothing sensible.
            let len = 512 + rng.below(2048);
            let mut fake = rng.bytes(len);
            fake[257..262].copy_from_slice(b"ustar");
            fake
        }
        6 => Vec::new(),
        _ => {
            let len = rng.below(8192);
            rng.bytes(len)
        }
    }
}

/// Wraps a file into a multipart body: usually well-formed (with extra fields, a strange file
/// name, the file field repeated or misnamed), sometimes broken (no closing boundary, another
/// boundary than announced, none announced, junk after the headers, not multipart at all).
pub fn multipart(rng: &mut Rng, file_field: &str, file: &[u8], csrf: &str) -> Upload {
    let boundary = format!("----robust{:016x}", rng.next_u64());
    let field = if rng.chance(85) {
        file_field.to_owned()
    } else {
        rng.junk_name()
    };
    let file_name = if rng.chance(70) {
        "upload.bin".to_owned()
    } else {
        rng.junk().replace(['"', '\r', '\n'], "")
    };
    let mut body = Vec::new();
    let part = |body: &mut Vec<u8>, headers: &str, content: &[u8]| {
        body.extend_from_slice(format!("--{boundary}\r\n{headers}\r\n\r\n").as_bytes());
        body.extend_from_slice(content);
        body.extend_from_slice(b"\r\n");
    };
    if rng.chance(30) {
        part(
            &mut body,
            "Content-Disposition: form-data; name=\"csrf\"",
            csrf.as_bytes(),
        );
    }
    let file_headers = format!(
        "Content-Disposition: form-data; name=\"{field}\"; filename=\"{file_name}\"\r\n\
         Content-Type: application/octet-stream"
    );
    part(&mut body, &file_headers, file);
    if rng.chance(15) {
        part(&mut body, &file_headers, file);
    }
    if rng.chance(15) {
        let junk = rng.junk();
        part(
            &mut body,
            &format!(
                "Content-Disposition: form-data; name=\"{}\"",
                rng.junk_name().replace('"', "")
            ),
            junk.as_bytes(),
        );
    }
    let well_formed = format!("multipart/form-data; boundary={boundary}");
    let (content_type, body) = match rng.below(12) {
        // No closing boundary: the stream just ends.
        0 | 1 => (well_formed, body),
        2 => (
            "multipart/form-data; boundary=somethingelse".to_owned(),
            finish(body, &boundary),
        ),
        3 => ("multipart/form-data".to_owned(), finish(body, &boundary)),
        4 => {
            let len = rng.below(4096);
            (well_formed, rng.bytes(len))
        }
        5 => (
            well_formed,
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{file_field}\"\r\nno blank line")
                .into_bytes(),
        ),
        6 => (
            format!("multipart/form-data; boundary=\"{}\"", "b".repeat(1 + rng.below(300))),
            finish(body, &boundary),
        ),
        7 => (
            "application/x-www-form-urlencoded".to_owned(),
            format!("csrf={csrf}&{file_field}=x").into_bytes(),
        ),
        _ => (well_formed, finish(body, &boundary)),
    };
    Upload { content_type, body }
}

fn finish(mut body: Vec<u8>, boundary: &str) -> Vec<u8> {
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    body
}
