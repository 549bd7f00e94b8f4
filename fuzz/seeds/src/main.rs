//! Writes the seed inputs of the fuzz targets into `fuzz/corpus/<target>/` (or the folder given
//! as the only argument): a few forms, the packaged configuration file commented and
//! uncommented, and plugin packages signed with a key made for this run (whose secret is never
//! written anywhere) or unsigned. The fuzzer mutates these; it keeps what it finds next to them.

use std::collections::BTreeMap;
use std::error::Error;
use std::path::{Path, PathBuf};

use digifit_package::keys::KeyPair;
use digifit_package::{COMPONENT_PREAMBLE, PackageSource, pack};

const EXAMPLE_CONFIG: &str = include_str!("../../../packaging/digifit.toml");

const FORMS: [(&str, &str); 6] = [
    (
        "fields",
        "a=1&roles=lead&roles=admin&name=J%C3%B6rg+M&empty=&flag",
    ),
    (
        "login",
        "csrf=0123456789abcdef&name=a.schmidt&password=p%26ss%3Dw%2Bord",
    ),
    ("invalid-utf8", "name=%FF%FE"),
    ("cut-escape", "name=%C3&x=%4"),
    ("separators", "&&=&a==b&%26=%3D&+=++"),
    ("empty", ""),
];

const MANIFEST: &str = r#"id = "fuzz-seed"
version = "1.0.0-rc.1"
api = "0.1.0"
publisher = "digifit fuzzing"
licence = "EUPL-1.2"
description = """
A package made to seed the fuzzer.
	Second line."""

[[episodes]]
id = "intro"
competences = ["1.1", "4.2"]

[[episodes]]
id = "level-2/mail.triage"
competences = ["2.1"]
"#;

/// The packaged configuration with every documented key set, as its test uncomments it.
fn uncommented(example: &str) -> String {
    example
        .lines()
        .map(|line| match line.strip_prefix("# ") {
            Some(rest) if rest.contains(" = ") && !rest.starts_with(' ') => rest,
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> Result<(), Box<dyn Error>> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join(format!("seed-{name}")), bytes)
        .map_err(|error| format!("cannot write {}: {error}", dir.display()).into())
}

fn main() -> Result<(), Box<dyn Error>> {
    let corpus = match std::env::args_os().nth(1) {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .unwrap_or(Path::new(".."))
            .join("corpus"),
    };

    for (name, body) in FORMS {
        write(&corpus.join("form_decode"), name, body.as_bytes())?;
    }

    let keys = KeyPair::generate()?;
    let key_line = keys.public.to_base64();
    let configs = [
        ("example", EXAMPLE_CONFIG.to_owned()),
        ("example-uncommented", uncommented(EXAMPLE_CONFIG)),
        (
            "loopback",
            "[server]\nlisten = \"127.0.0.1:8080\"\n\n[storage]\ndata_dir = \"/srv/digifit\"\n"
                .to_owned(),
        ),
        (
            "tls",
            format!(
                "[server]\nlisten = \"[::]:443\"\npublic_url = \"https://Digifit.Example.de:8443/x\"\n\
                 tls_certificate = \"/etc/digifit/cert.pem\"\ntls_private_key = \"/etc/digifit/key.pem\"\n\n\
                 [log]\nformat = \"json\"\nlevel = \"digifit=debug,tower_http=warn\"\n\n\
                 [plugins]\ntrusted_keys = [\"{key_line}\"]\nallow_unsigned = true\n"
            ),
        ),
    ];
    for (name, text) in &configs {
        write(&corpus.join("config_parse"), name, text.as_bytes())?;
    }

    let mut component = COMPONENT_PREAMBLE.to_vec();
    component.extend_from_slice(b"\x01\x04name");
    let plain = PackageSource {
        manifest: MANIFEST.to_owned(),
        component,
        assets: BTreeMap::new(),
    };
    let with_assets = PackageSource {
        assets: BTreeMap::from([
            ("chart.svg".to_owned(), b"<svg/>".to_vec()),
            ("img/inbox-1.png".to_owned(), vec![0x89, b'P', b'N', b'G']),
        ]),
        ..plain.clone()
    };
    let packages = [
        ("signed", pack(&plain, Some(&keys.secret))?),
        ("signed-assets", pack(&with_assets, Some(&keys.secret))?),
        ("unsigned-assets", pack(&with_assets, None)?),
    ];
    for (name, package) in &packages {
        let mut input = format!("{key_line}\n").into_bytes();
        input.extend_from_slice(package);
        write(&corpus.join("package_read"), name, &input)?;
    }
    println!(
        "seeds written to {} (package key {})",
        corpus.display(),
        keys.public.key_id()
    );
    Ok(())
}
