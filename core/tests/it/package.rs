//! Signed plugin packages: packing and verifying the real hello-quiz component, refusing every
//! kind of tampering, unsafe path, bad manifest and oversized input with the right
//! `PackageError`, never panicking on mutated packages, keys and signatures that are minisign's
//! own formats, and `digifit plugin keygen|pack|verify` through the real binary.

use std::collections::BTreeMap;
use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Output;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use digifit::plugins::keys::{KeyError, KeyPair, PublicKey, SecretKey};
use digifit::plugins::package::{
    self, COMPONENT_PREAMBLE, MAX_ENTRIES, MAX_PACKAGE_BYTES, Manifest, PackageError,
    PackageSource, TrustPolicy,
};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sha2::{Digest, Sha256};

const MANIFEST: &str = r#"id = "hello-quiz"
version = "0.1.0"
api = "0.1.0"
publisher = "digifit project"
licence = "EUPL-1.2"
description = "Two questions on phishing and passwords."

[[episodes]]
id = "first-steps"
competences = ["4.2", "4.1"]
"#;

fn hello_quiz() -> Vec<u8> {
    test_programs::bytes(test_programs::HELLO_QUIZ)
}

fn source_with(component: Vec<u8>) -> PackageSource {
    let mut assets = BTreeMap::new();
    assets.insert(
        "logo.svg".to_owned(),
        b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>".to_vec(),
    );
    assets.insert("img/inbox-1.txt".to_owned(), b"Dear customer, ...".to_vec());
    PackageSource {
        manifest: MANIFEST.to_owned(),
        component,
        assets,
    }
}

fn source() -> PackageSource {
    source_with(hello_quiz())
}

fn trusting(keys: &[&KeyPair]) -> TrustPolicy {
    TrustPolicy {
        trusted_keys: keys.iter().map(|pair| pair.public.clone()).collect(),
        allow_unsigned: false,
    }
}

/// The files of a package archive in order, as (path, contents).
fn entries(package: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = tar::Archive::new(package);
    archive
        .entries()
        .unwrap()
        .map(|entry| {
            let mut entry = entry.unwrap();
            let path = String::from_utf8(entry.path_bytes().into_owned()).unwrap();
            let mut data = Vec::new();
            entry.read_to_end(&mut data).unwrap();
            (path, data)
        })
        .collect()
}

/// A tar header for `path` written byte by byte, so that paths the tar crate would refuse to
/// write (absolute, with "..") can be tested.
fn raw_header(path: &[u8], size: u64, kind: tar::EntryType) -> tar::Header {
    let mut header = tar::Header::new_ustar();
    header.set_size(size);
    header.set_mode(0o644);
    header.set_entry_type(kind);
    let name = &mut header.as_ustar_mut().unwrap().name;
    name[..path.len()].copy_from_slice(path);
    header.set_cksum();
    header
}

/// An archive of these entries, all regular files.
fn archive(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut builder = tar::Builder::new(Vec::new());
    for (path, data) in files {
        let header = raw_header(path.as_bytes(), data.len() as u64, tar::EntryType::Regular);
        builder.append(&header, data.as_slice()).unwrap();
    }
    builder.into_inner().unwrap()
}

fn with_entry(package: &[u8], path: &str, data: &[u8]) -> Vec<u8> {
    let mut files = entries(package);
    files.push((path.to_owned(), data.to_vec()));
    archive(&files)
}

fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// The package digest recomputed here from the format's description, independently of the
/// implementation.
fn digest_of(files: &[(String, Vec<u8>)]) -> String {
    let mut sorted: Vec<&(String, Vec<u8>)> = files
        .iter()
        .filter(|(path, _)| path != "signature.minisig")
        .collect();
    sorted.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    let mut text = String::from("digifit-package 1\n");
    for (path, data) in sorted {
        text.push_str(&format!("{}  {path}\n", sha256_hex(data)));
    }
    text
}

#[test]
fn pack_and_verify_roundtrip_with_a_trusted_key() {
    let pair = KeyPair::generate().unwrap();
    let bytes = package::pack(&source(), Some(&pair.secret)).unwrap();
    let verified = package::read(&bytes, &trusting(&[&pair])).unwrap();

    assert_eq!(verified.manifest.id, "hello-quiz");
    assert_eq!(verified.manifest.version, "0.1.0");
    assert_eq!(verified.manifest.api, "0.1.0");
    assert_eq!(verified.manifest.publisher, "digifit project");
    assert_eq!(verified.manifest.licence, "EUPL-1.2");
    assert_eq!(verified.manifest.episodes.len(), 1);
    assert_eq!(verified.manifest.episodes[0].id, "first-steps");
    assert_eq!(verified.manifest.episodes[0].competences, ["4.2", "4.1"]);
    assert_eq!(verified.component, hello_quiz());
    assert_eq!(verified.assets, source().assets);
    assert_eq!(verified.signer, Some(pair.public.key_id()));
    assert_eq!(
        verified.component_hash(),
        digifit::plugins::cache::component_hash(&hello_quiz())
    );

    // The package hash names the contents: packing again (a new signature, even another key)
    // keeps it; a changed asset changes it.
    assert_eq!(
        verified.package_hash,
        sha256_hex(digest_of(&entries(&bytes)).as_bytes())
    );
    let other = KeyPair::generate().unwrap();
    let again = package::pack(&source(), Some(&other.secret)).unwrap();
    let again = package::read(&again, &trusting(&[&other])).unwrap();
    assert_eq!(again.package_hash, verified.package_hash);
    let mut changed = source();
    changed.assets.insert("logo.svg".into(), b"<svg/>".to_vec());
    let changed = package::pack(&changed, Some(&pair.secret)).unwrap();
    let changed = package::read(&changed, &trusting(&[&pair])).unwrap();
    assert_ne!(changed.package_hash, verified.package_hash);

    // The same from a file, and from a stream.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("hello-quiz.digifit");
    std::fs::write(&file, &bytes).unwrap();
    assert_eq!(
        package::read_file(&file, &trusting(&[&pair])).unwrap(),
        verified
    );
    assert_eq!(
        package::read_from(std::fs::File::open(&file).unwrap(), &trusting(&[&pair])).unwrap(),
        verified
    );

    // The archive holds exactly the documented files, manifest first, signature last.
    let paths: Vec<String> = entries(&bytes).into_iter().map(|(path, _)| path).collect();
    assert_eq!(
        paths,
        [
            "digifit-plugin.toml",
            "assets/img/inbox-1.txt",
            "assets/logo.svg",
            "game.wasm",
            "signature.minisig"
        ]
    );
}

#[test]
fn pack_reads_a_plugin_folder() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("digifit-plugin.toml"), MANIFEST).unwrap();
    std::fs::write(dir.path().join("game.wasm"), hello_quiz()).unwrap();
    std::fs::write(dir.path().join("README.md"), "not part of the package").unwrap();
    std::fs::create_dir_all(dir.path().join("assets/img")).unwrap();
    std::fs::write(dir.path().join("assets/logo.svg"), b"<svg/>").unwrap();
    std::fs::write(dir.path().join("assets/img/a.txt"), b"a").unwrap();
    let read = PackageSource::read_dir(dir.path()).unwrap();
    assert_eq!(read.manifest, MANIFEST);
    assert_eq!(
        read.assets.keys().collect::<Vec<_>>(),
        ["img/a.txt", "logo.svg"]
    );

    std::fs::write(dir.path().join("assets/.DS_Store"), b"x").unwrap();
    let error = PackageSource::read_dir(dir.path()).unwrap_err();
    assert!(
        matches!(&error, PackageError::UnsafePath { path, .. } if path == "assets/.DS_Store"),
        "{error:?}"
    );
    std::fs::remove_file(dir.path().join("assets/.DS_Store")).unwrap();

    std::fs::remove_file(dir.path().join("game.wasm")).unwrap();
    let error = PackageSource::read_dir(dir.path()).unwrap_err();
    assert!(error.to_string().contains("game.wasm"), "{error}");
}

#[test]
fn a_package_signed_with_an_untrusted_key_is_refused() {
    let publisher = KeyPair::generate().unwrap();
    let stranger = KeyPair::generate().unwrap();
    let bytes = package::pack(&source(), Some(&publisher.secret)).unwrap();

    let error = package::read(&bytes, &trusting(&[&stranger])).unwrap_err();
    assert_eq!(
        error,
        PackageError::UntrustedKey {
            key_id: publisher.public.key_id()
        }
    );
    let message = error.to_string();
    assert!(
        message.contains(&publisher.public.key_id().to_string()),
        "{message}"
    );
    assert!(message.contains("plugins.trusted_keys"), "{message}");

    // Allowing unsigned packages does not make an unknown signer trusted.
    let lenient = TrustPolicy {
        trusted_keys: Vec::new(),
        allow_unsigned: true,
    };
    assert!(matches!(
        package::read(&bytes, &lenient),
        Err(PackageError::UntrustedKey { .. })
    ));
    // Among several trusted keys, the right one is found.
    let verified = package::read(&bytes, &trusting(&[&stranger, &publisher])).unwrap();
    assert_eq!(verified.signer, Some(publisher.public.key_id()));
}

#[test]
fn unsigned_packages_are_refused_unless_allowed() {
    let pair = KeyPair::generate().unwrap();
    let bytes = package::pack(&source(), None).unwrap();
    assert!(
        !entries(&bytes)
            .iter()
            .any(|(path, _)| path == "signature.minisig")
    );

    let error = package::read(&bytes, &trusting(&[&pair])).unwrap_err();
    assert_eq!(error, PackageError::Unsigned);
    assert!(error.to_string().contains("allow_unsigned"), "{error}");

    let allowing = TrustPolicy {
        trusted_keys: vec![pair.public.clone()],
        allow_unsigned: true,
    };
    let verified = package::read(&bytes, &allowing).unwrap();
    assert_eq!(verified.signer, None);
    assert_eq!(verified.component, hello_quiz());

    // Removing the signature of a signed package makes it unsigned, nothing more.
    let signed = package::pack(&source(), Some(&pair.secret)).unwrap();
    let mut files = entries(&signed);
    files.retain(|(path, _)| path != "signature.minisig");
    assert_eq!(
        package::read(&archive(&files), &trusting(&[&pair])),
        Err(PackageError::Unsigned)
    );
}

/// Rebuilds the package after `change` edits its files.
fn tampered(package: &[u8], change: impl FnOnce(&mut Vec<(String, Vec<u8>)>)) -> Vec<u8> {
    let mut files = entries(package);
    change(&mut files);
    archive(&files)
}

fn file_mut<'a>(files: &'a mut [(String, Vec<u8>)], path: &str) -> &'a mut Vec<u8> {
    &mut files.iter_mut().find(|(p, _)| p == path).unwrap().1
}

#[test]
fn tampering_with_any_part_is_refused() {
    let pair = KeyPair::generate().unwrap();
    let policy = trusting(&[&pair]);
    let bytes = package::pack(&source(), Some(&pair.secret)).unwrap();
    // Rebuilding the archive by itself changes nothing that is signed.
    assert!(package::read(&tampered(&bytes, |_| {}), &policy).is_ok());

    let mut other_version = source();
    other_version.manifest = MANIFEST.replace("0.1.0\"\napi", "0.1.1\"\napi");
    let other_package = package::pack(&other_version, Some(&pair.secret)).unwrap();
    let other_signature = entries(&other_package)
        .into_iter()
        .find(|(path, _)| path == "signature.minisig")
        .unwrap()
        .1;

    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "a changed manifest byte",
            tampered(&bytes, |files| {
                let manifest = file_mut(files, "digifit-plugin.toml");
                let at = manifest.iter().position(|b| *b == b'T').unwrap();
                manifest[at] = b't';
            }),
        ),
        (
            "a changed component byte",
            tampered(&bytes, |files| {
                let component = file_mut(files, "game.wasm");
                let last = component.len() - 1;
                component[last] ^= 1;
            }),
        ),
        (
            "a changed asset",
            tampered(&bytes, |files| {
                file_mut(files, "assets/logo.svg").push(b' ');
            }),
        ),
        (
            "an added asset",
            tampered(&bytes, |files| {
                files.push(("assets/extra.txt".into(), b"extra".to_vec()));
            }),
        ),
        (
            "a removed asset",
            tampered(&bytes, |files| {
                files.retain(|(path, _)| path != "assets/logo.svg");
            }),
        ),
        (
            "the signature of another package",
            tampered(&bytes, |files| {
                *file_mut(files, "signature.minisig") = other_signature.clone();
            }),
        ),
        (
            "a changed trusted comment",
            tampered(&bytes, |files| {
                let signature = file_mut(files, "signature.minisig");
                let text = String::from_utf8(signature.clone()).unwrap();
                *signature = text.replace("0.1.0", "0.1.1").into_bytes();
            }),
        ),
    ];
    for (what, package) in cases {
        let result = package::read(&package, &policy);
        assert!(
            matches!(result, Err(PackageError::BadSignature { .. })),
            "{what}: {result:?}"
        );
    }
    let error = package::read(
        &tampered(&bytes, |files| {
            file_mut(files, "game.wasm")[100] ^= 0x20;
        }),
        &policy,
    )
    .unwrap_err();
    assert!(
        error.to_string().contains("changed after it was signed"),
        "{error}"
    );
}

#[test]
fn a_signature_for_another_id_or_version_is_refused() {
    // A minisign key pair used directly: the signature is made here over a digest computed from
    // the format's description, with a trusted comment that does not match the manifest.
    let pair = minisign::KeyPair::generate_unencrypted_keypair().unwrap();
    let public = PublicKey::parse(&pair.pk.to_box().unwrap().into_string()).unwrap();
    let unsigned = package::pack(&source(), None).unwrap();
    let files = entries(&unsigned);
    let digest = digest_of(&files);
    let sign = |comment: &str| {
        minisign::sign(
            None,
            &pair.sk,
            std::io::Cursor::new(digest.as_bytes()),
            Some(comment),
            None,
        )
        .unwrap()
        .into_string()
    };
    let policy = TrustPolicy {
        trusted_keys: vec![public],
        allow_unsigned: false,
    };

    let matching = with_entry(
        &unsigned,
        "signature.minisig",
        sign("digifit-plugin hello-quiz 0.1.0").as_bytes(),
    );
    assert!(package::read(&matching, &policy).is_ok());

    let other = with_entry(
        &unsigned,
        "signature.minisig",
        sign("digifit-plugin hello-quiz 9.9.9").as_bytes(),
    );
    let error = package::read(&other, &policy).unwrap_err();
    assert_eq!(
        error,
        PackageError::ManifestMismatch {
            signed: "digifit-plugin hello-quiz 9.9.9".into(),
            manifest: "digifit-plugin hello-quiz 0.1.0".into(),
        }
    );
}

#[test]
fn malformed_signatures_are_refused_without_panicking() {
    let pair = KeyPair::generate().unwrap();
    let policy = trusting(&[&pair]);
    let bytes = package::pack(&source(), Some(&pair.secret)).unwrap();
    let signature = String::from_utf8(
        entries(&bytes)
            .into_iter()
            .find(|(path, _)| path == "signature.minisig")
            .unwrap()
            .1,
    )
    .unwrap();
    let lines: Vec<&str> = signature.lines().collect();
    let short_global = BASE64.encode([7u8; 10]);
    let variants = [
        // minisign 0.10 would index past the end of a short global signature.
        format!("{}\n{}\n{}\n{short_global}\n", lines[0], lines[1], lines[2]),
        format!("{}\n{}\n{}\n", lines[0], lines[1], lines[2]),
        format!("{}\n!!!\n{}\n{}\n", lines[0], lines[2], lines[3]),
        format!(
            "{}\n{}\n{}\n{}\nextra\n",
            lines[0], lines[1], lines[2], lines[3]
        ),
        String::new(),
        "\u{0}\u{ff}".into(),
    ];
    for variant in variants {
        let package = tampered(&bytes, |files| {
            *file_mut(files, "signature.minisig") = variant.clone().into_bytes();
        });
        let result = package::read(&package, &policy);
        assert!(
            matches!(result, Err(PackageError::BadSignature { .. })),
            "{variant:?}: {result:?}"
        );
    }
    // A legacy (not pre-hashed) signature is refused as such.
    let mut raw = BASE64.decode(lines[1]).unwrap();
    raw[1] = b'd';
    let legacy = format!(
        "{}\n{}\n{}\n{}\n",
        lines[0],
        BASE64.encode(&raw),
        lines[2],
        lines[3]
    );
    let package = tampered(&bytes, |files| {
        *file_mut(files, "signature.minisig") = legacy.into_bytes();
    });
    let error = package::read(&package, &policy).unwrap_err();
    assert!(error.to_string().contains("pre-hashed"), "{error}");
}

#[test]
fn unsafe_paths_and_entries_are_refused() {
    let bytes = package::pack(&source(), None).unwrap();
    let policy = TrustPolicy {
        trusted_keys: Vec::new(),
        allow_unsigned: true,
    };
    let unsafe_paths = [
        "../x",
        "/etc/passwd",
        "assets/../../x",
        "assets/./x",
        "assets//x",
        "assets/x/",
        "assets/.hidden",
        "assets/a b.png",
        "assets/caf\u{e9}.png",
        "assets\\..\\x",
    ];
    for path in unsafe_paths {
        let result = package::read(&with_entry(&bytes, path, b"x"), &policy);
        assert!(
            matches!(&result, Err(PackageError::UnsafePath { path: p, .. }) if p == path),
            "{path}: {result:?}"
        );
    }
    let error = package::read(&with_entry(&bytes, "../x", b"x"), &policy).unwrap_err();
    assert!(error.to_string().contains("'..'"), "{error}");

    for path in ["readme.txt", "ASSETS/x.png", "assetsx", "game.wasm.bak"] {
        let result = package::read(&with_entry(&bytes, path, b"x"), &policy);
        assert!(
            matches!(&result, Err(PackageError::UnexpectedFile { path: p }) if p == path),
            "{path}: {result:?}"
        );
    }

    // Twice the same file, names that collide when case is ignored, a file that is a folder.
    for (path, reason) in [
        ("game.wasm", "twice"),
        ("assets/LOGO.svg", "letter case"),
        ("assets/logo.svg/x", "both a file and a folder"),
    ] {
        let error = package::read(&with_entry(&bytes, path, b"x"), &policy).unwrap_err();
        assert!(
            matches!(&error, PackageError::UnsafePath { reason: r, .. } if r.contains(reason)),
            "{path}: {error:?}"
        );
    }
    let too_deep = format!("assets/{}x", "d/".repeat(9));
    assert!(matches!(
        package::read(&with_entry(&bytes, &too_deep, b"x"), &policy),
        Err(PackageError::UnsafePath { .. })
    ));

    // Anything but a regular file: links, folders, devices, and archive extension headers.
    for (path, kind) in [
        ("assets/link", tar::EntryType::Symlink),
        ("assets/hard", tar::EntryType::Link),
        ("assets/", tar::EntryType::Directory),
        ("assets/fifo", tar::EntryType::Fifo),
        ("assets/dev", tar::EntryType::Char),
        ("././@LongLink", tar::EntryType::GNULongName),
        ("PaxHeader/x", tar::EntryType::XHeader),
    ] {
        let mut builder = tar::Builder::new(Vec::new());
        for (file, data) in entries(&bytes) {
            let header = raw_header(file.as_bytes(), data.len() as u64, tar::EntryType::Regular);
            builder.append(&header, data.as_slice()).unwrap();
        }
        let header = raw_header(path.as_bytes(), 4, kind);
        builder.append(&header, &b"../x"[..]).unwrap();
        let package = builder.into_inner().unwrap();
        let result = package::read(&package, &policy);
        assert!(
            matches!(&result, Err(PackageError::NotARegularFile { .. })),
            "{kind:?}: {result:?}"
        );
    }

    // A non-UTF-8 path.
    let mut builder = tar::Builder::new(Vec::new());
    let header = raw_header(b"assets/\xff.png", 1, tar::EntryType::Regular);
    builder.append(&header, &b"x"[..]).unwrap();
    let result = package::read(&builder.into_inner().unwrap(), &policy);
    assert!(
        matches!(result, Err(PackageError::UnsafePath { .. })),
        "{result:?}"
    );

    // Missing files.
    for required in ["digifit-plugin.toml", "game.wasm"] {
        let package = tampered(&bytes, |files| files.retain(|(path, _)| path != required));
        assert_eq!(
            package::read(&package, &policy),
            Err(PackageError::MissingFile {
                path: required.into()
            })
        );
    }

    // Data hidden after the end of the archive; zero padding is fine.
    let mut padded = bytes.clone();
    padded.extend_from_slice(&[0; 10240]);
    assert!(package::read(&padded, &policy).is_ok());
    let mut trailing = bytes.clone();
    trailing.extend_from_slice(b"hidden");
    assert!(matches!(
        package::read(&trailing, &policy),
        Err(PackageError::NotAPackage { .. })
    ));
    // Not an archive at all.
    for garbage in [&b""[..], b"hello", &[0xff; 2048]] {
        let result = package::read(garbage, &policy);
        assert!(
            matches!(
                result,
                Err(PackageError::NotAPackage { .. } | PackageError::MissingFile { .. })
            ),
            "{result:?}"
        );
    }
    // Pack refuses unsafe asset names too.
    let mut source = source();
    source.assets.insert("../escape".into(), b"x".to_vec());
    assert!(matches!(
        package::pack(&source, None),
        Err(PackageError::UnsafePath { .. })
    ));
}

#[test]
fn a_game_wasm_that_is_not_a_component_is_refused() {
    let pair = KeyPair::generate().unwrap();
    let core_module = b"\0asm\x01\0\0\0".to_vec();
    for (bytes, detail) in [
        (core_module, "core WebAssembly module"),
        (b"\0asm\x0e\0\x01\0".to_vec(), "unknown version"),
        (b"#!/bin/sh\nrm -rf /".to_vec(), "preamble"),
        (Vec::new(), "preamble"),
    ] {
        let error = package::pack(&source_with(bytes.clone()), Some(&pair.secret)).unwrap_err();
        assert!(
            matches!(&error, PackageError::NotAComponent { detail: d } if d.contains(detail)),
            "{error:?}"
        );
        assert!(error.to_string().contains("wasm32-wasip2"), "{error}");

        // A package made by hand with such a game.wasm is refused by the reader as well.
        let good = package::pack(&source(), None).unwrap();
        let package = tampered(&good, |files| *file_mut(files, "game.wasm") = bytes.clone());
        let allowing = TrustPolicy {
            trusted_keys: Vec::new(),
            allow_unsigned: true,
        };
        assert!(matches!(
            package::read(&package, &allowing),
            Err(PackageError::NotAComponent { .. })
        ));
    }
}

#[track_caller]
fn assert_bad_field(manifest: &str, field: &str) -> String {
    match Manifest::parse(manifest) {
        Err(PackageError::BadManifest {
            field: found,
            message,
        }) => {
            assert_eq!(found, field, "{message}");
            message
        }
        other => panic!("expected a BadManifest at {field}, got {other:?}\n{manifest}"),
    }
}

#[test]
fn manifest_errors_name_the_field() {
    assert!(Manifest::parse(MANIFEST).is_ok());
    let without = |key: &str| {
        MANIFEST
            .lines()
            .filter(|line| !line.starts_with(&format!("{key} =")))
            .collect::<Vec<_>>()
            .join("\n")
    };
    for key in ["id", "version", "api", "publisher", "licence"] {
        let message = assert_bad_field(&without(key), key);
        assert!(message.contains("missing"), "{message}");
    }
    assert!(Manifest::parse(&without("description")).is_ok());

    let cases = [
        ("id = \"hello-quiz\"", "id = \"Hello_Quiz\"", "id"),
        ("id = \"hello-quiz\"", "id = \"\"", "id"),
        ("id = \"hello-quiz\"", "id = 7", "id"),
        ("version = \"0.1.0\"", "version = \"1.0\"", "version"),
        ("version = \"0.1.0\"", "version = \"01.0.0\"", "version"),
        ("api = \"0.1.0\"", "api = \"0.2.0\"", "api"),
        (
            "publisher = \"digifit project\"",
            "publisher = \" \"",
            "publisher",
        ),
        (
            "licence = \"EUPL-1.2\"",
            "licence = \"EUPL\\u0000\"",
            "licence",
        ),
        (
            "licence = \"EUPL-1.2\"",
            "licence = \"EUPL-1.2\"\ncolour = \"red\"",
            "colour",
        ),
        (
            "description = \"Two questions on phishing and passwords.\"",
            "description = 5",
            "description",
        ),
        (
            "\"4.2\", \"4.1\"",
            "\"4.2\", \"9.9\"",
            "episodes[0].competences[1]",
        ),
        (
            "\"4.2\", \"4.1\"",
            "\"4.2\", 4.1",
            "episodes[0].competences[1]",
        ),
        (
            "\"4.2\", \"4.1\"",
            "\"4.2\", \"4.2\"",
            "episodes[0].competences[1]",
        ),
        (
            "competences = [\"4.2\", \"4.1\"]",
            "competences = []",
            "episodes[0].competences",
        ),
        (
            "competences = [\"4.2\", \"4.1\"]",
            "competences = \"4.2\"",
            "episodes[0].competences",
        ),
        (
            "competences = [\"4.2\", \"4.1\"]",
            "competences = [\"4.2\"]\nminutes = 5",
            "episodes[0].minutes",
        ),
        (
            "id = \"first-steps\"",
            "id = \"first steps\"",
            "episodes[0].id",
        ),
        ("id = \"first-steps\"", "", "episodes[0].id"),
        (
            "competences = [\"4.2\", \"4.1\"]\n",
            "competences = [\"4.2\", \"4.1\"]\n\n[[episodes]]\nid = \"first-steps\"\ncompetences = [\"1.1\"]\n",
            "episodes[1].id",
        ),
    ];
    for (from, to, field) in cases {
        assert!(MANIFEST.contains(from), "{from}");
        assert_bad_field(&MANIFEST.replacen(from, to, 1), field);
    }
    let no_episodes = MANIFEST.split("[[episodes]]").next().unwrap();
    assert_bad_field(no_episodes, "episodes");
    assert_bad_field(&format!("{no_episodes}episodes = []\n"), "episodes");

    let message = assert_bad_field(
        &MANIFEST.replace("api = \"0.1.0\"", "api = \"0.2.0\""),
        "api",
    );
    assert!(message.contains("0.1.0"), "{message}");
    let message = assert_bad_field("id = \"x\"\nversion = = 1\n", "digifit-plugin.toml");
    assert!(message.contains("line 2"), "{message}");

    // The message of the error says where and what to do.
    let error = Manifest::parse(&MANIFEST.replace("\"4.1\"", "\"9.9\"")).unwrap_err();
    let text = error.to_string();
    assert!(text.contains("episodes[0].competences[1]"), "{text}");
    assert!(text.contains("DigComp"), "{text}");

    // Pack and read report the same.
    let mut source = source();
    source.manifest = MANIFEST.replace("licence = \"EUPL-1.2\"\n", "");
    assert!(matches!(
        package::pack(&source, None),
        Err(PackageError::BadManifest { field, .. }) if field == "licence"
    ));
}

/// Serves an endless archive of 16 MiB assets and counts what it served.
struct EndlessArchive {
    served: u64,
}

impl Read for EndlessArchive {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        const DATA: u64 = 16 << 20;
        const CYCLE: u64 = 512 + DATA;
        let index = self.served / CYCLE;
        let offset = self.served % CYCLE;
        let count = if offset < 512 {
            let header = raw_header(
                format!("assets/part-{index}.bin").as_bytes(),
                DATA,
                tar::EntryType::Regular,
            );
            let bytes = &header.as_bytes()[offset as usize..];
            let count = bytes.len().min(buffer.len());
            buffer[..count].copy_from_slice(&bytes[..count]);
            count
        } else {
            let count = ((CYCLE - offset) as usize).min(buffer.len());
            buffer[..count].fill(0);
            count
        };
        self.served += count as u64;
        Ok(count)
    }
}

#[test]
fn oversized_input_is_refused_without_reading_it_all() {
    let policy = TrustPolicy {
        trusted_keys: Vec::new(),
        allow_unsigned: true,
    };
    // An endless stream is read only up to the limit.
    let mut endless = EndlessArchive { served: 0 };
    let error = package::read_from(&mut endless, &policy).unwrap_err();
    assert!(
        matches!(&error, PackageError::TooLarge { what, .. } if what == "the package"),
        "{error:?}"
    );
    assert!(
        endless.served <= MAX_PACKAGE_BYTES + 1,
        "{}",
        endless.served
    );
    assert!(error.to_string().contains("64 MiB"), "{error}");

    // Bytes in memory and files are measured before parsing.
    let too_big = vec![0u8; MAX_PACKAGE_BYTES as usize + 1];
    assert!(matches!(
        package::read(&too_big, &policy),
        Err(PackageError::TooLarge { .. })
    ));
    let dir = tempfile::tempdir().unwrap();
    let sparse = dir.path().join("huge.digifit");
    std::fs::File::create(&sparse)
        .unwrap()
        .set_len(1 << 40)
        .unwrap();
    assert!(matches!(
        package::read_file(&sparse, &policy),
        Err(PackageError::TooLarge { .. })
    ));

    // A header that claims a huge file is refused by its claim, before any data is read.
    let header = raw_header(b"game.wasm", 1 << 33, tar::EntryType::Regular);
    let mut claim = header.as_bytes().to_vec();
    claim.extend_from_slice(&[0; 1024]);
    let error = package::read(&claim, &policy).unwrap_err();
    assert!(
        matches!(&error, PackageError::TooLarge { what, .. } if what.starts_with("game.wasm")),
        "{error:?}"
    );
    // Per-file limits: the manifest and the signature are small files.
    let good = package::pack(&source(), None).unwrap();
    let huge_manifest = tampered(&good, |files| {
        file_mut(files, "digifit-plugin.toml").extend(std::iter::repeat_n(b'#', 65 << 10));
    });
    assert!(matches!(
        package::read(&huge_manifest, &policy),
        Err(PackageError::TooLarge { .. })
    ));

    // Too many files.
    let mut files = entries(&good);
    for index in 0..MAX_ENTRIES {
        files.push((format!("assets/many/{index}.txt"), vec![b'x']));
    }
    let error = package::read(&archive(&files), &policy).unwrap_err();
    assert!(
        matches!(&error, PackageError::TooLarge { limit, .. } if limit.contains("2000")),
        "{error:?}"
    );
}

/// A small package, so that thousands of mutations run fast; the component is only a preamble.
fn small_package(key: Option<&SecretKey>) -> Vec<u8> {
    let mut component = COMPONENT_PREAMBLE.to_vec();
    component.extend_from_slice(&[0x42; 300]);
    package::pack(&source_with(component), key).unwrap()
}

/// Changes a few bytes of `bytes`: flips, overwrites, cuts, insertions, removals.
fn mutate_bytes(rng: &mut StdRng, bytes: &mut Vec<u8>) {
    for _ in 0..rng.random_range(1..=4) {
        if bytes.is_empty() {
            bytes.push(rng.random());
            continue;
        }
        let at = rng.random_range(0..bytes.len());
        match rng.random_range(0..6) {
            0 => bytes[at] ^= 1 << rng.random_range(0..8),
            1 => bytes[at] = rng.random(),
            2 => bytes.truncate(at),
            3 => {
                let inserted: Vec<u8> =
                    (0..rng.random_range(1..64)).map(|_| rng.random()).collect();
                bytes.splice(at..at, inserted);
            }
            4 => {
                let end = (at + rng.random_range(1..1024)).min(bytes.len());
                bytes.drain(at..end);
            }
            _ => {
                // Repeats a whole 512-byte block, e.g. a tar header.
                let block = (at / 512) * 512;
                let copy = bytes[block..(block + 512).min(bytes.len())].to_vec();
                bytes.splice(block..block, copy);
            }
        }
    }
}

/// Changes the package's files rather than its bytes and rebuilds a well-formed archive, so
/// that mutations get past the archive reader to the path checks, the manifest, the signature
/// and the component.
fn mutate_files(rng: &mut StdRng, package: &[u8]) -> Vec<u8> {
    let mut files: Vec<(Vec<u8>, Vec<u8>)> = entries(package)
        .into_iter()
        .map(|(path, data)| (path.into_bytes(), data))
        .collect();
    let index = rng.random_range(0..files.len());
    match rng.random_range(0..5) {
        0 | 1 => mutate_bytes(rng, &mut files[index].1),
        2 => {
            mutate_bytes(rng, &mut files[index].0);
            files[index].0.truncate(100);
        }
        3 => {
            let copy = files[index].clone();
            files.push(copy);
        }
        _ => {
            files.remove(index);
        }
    }
    let mut builder = tar::Builder::new(Vec::new());
    for (path, data) in &files {
        let header = raw_header(path, data.len() as u64, tar::EntryType::Regular);
        builder.append(&header, data.as_slice()).unwrap();
    }
    builder.into_inner().unwrap()
}

#[test]
fn random_mutations_never_panic_and_never_pass_as_other_contents() {
    let pair = KeyPair::generate().unwrap();
    let signed = small_package(Some(&pair.secret));
    let unsigned = small_package(None);
    let strict = trusting(&[&pair]);
    let lenient = TrustPolicy {
        trusted_keys: vec![pair.public.clone()],
        allow_unsigned: true,
    };
    let original_hash = package::read(&signed, &strict).unwrap().package_hash;

    let mut rng = StdRng::seed_from_u64(0x00d1_6f17);
    let mut accepted = 0;
    for iteration in 0..2000 {
        let base = if iteration % 4 == 3 {
            &unsigned
        } else {
            &signed
        };
        let bytes = if iteration % 2 == 0 {
            let mut bytes = base.clone();
            mutate_bytes(&mut rng, &mut bytes);
            bytes
        } else {
            mutate_files(&mut rng, base)
        };
        let policy = if iteration % 3 == 0 {
            &lenient
        } else {
            &strict
        };
        if let Ok(verified) = package::read(&bytes, policy) {
            accepted += 1;
            // Whatever changed was not content (archive metadata, padding): a signed package
            // that still verifies holds exactly what was signed.
            if verified.signer.is_some() {
                assert_eq!(
                    verified.package_hash, original_hash,
                    "iteration {iteration}"
                );
            }
        }
    }
    // Most mutations must be refused; some that touch only archive metadata, or an unsigned
    // package that the lenient policy accepts, may pass.
    assert!(
        accepted < 500,
        "{accepted} of 2000 mutated packages were accepted"
    );

    // Manifests with random edits never panic either.
    for _ in 0..2000 {
        let mut text = MANIFEST.as_bytes().to_vec();
        for _ in 0..rng.random_range(1..4) {
            let at = rng.random_range(0..text.len());
            text[at] = rng.random_range(0x20..0x7f);
        }
        let _ = Manifest::parse(&String::from_utf8_lossy(&text));
    }
}

fn key_file_lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn keys_and_signatures_are_minisign_formats() {
    let dir = tempfile::tempdir().unwrap();
    let secret_path = dir.path().join("publisher.key");
    let public_path = dir.path().join("publisher.pub");
    let pair = KeyPair::generate().unwrap();
    pair.write_files(&secret_path, &public_path).unwrap();
    let key_id = pair.public.key_id();

    // minisign.pub: a comment naming the key id, then "Ed" + 8-byte key id + 32-byte key.
    let public_lines = key_file_lines(&public_path);
    assert_eq!(public_lines.len(), 2);
    assert_eq!(
        public_lines[0],
        format!("untrusted comment: minisign public key {key_id}")
    );
    let raw = BASE64.decode(&public_lines[1]).unwrap();
    assert_eq!(raw.len(), 42);
    assert_eq!(&raw[..2], b"Ed");
    assert_eq!(&raw[2..10], key_id.as_bytes());
    assert_eq!(
        format!(
            "{:016X}",
            u64::from_le_bytes(raw[2..10].try_into().unwrap())
        ),
        key_id.to_string()
    );
    assert!(public_lines[1].starts_with("RW"));

    // The secret key: "Ed", no KDF (no password), BLAKE2b checksum, then salt, limits, key.
    let secret_lines = key_file_lines(&secret_path);
    assert!(secret_lines[0].starts_with("untrusted comment: "));
    let raw = BASE64.decode(&secret_lines[1]).unwrap();
    assert_eq!(raw.len(), 158);
    assert_eq!(&raw[..6], b"Ed\0\0B2");
    assert_eq!(&raw[54..62], key_id.as_bytes());
    let mode = std::fs::metadata(&secret_path)
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);

    // Both files load back, here and in the minisign crate.
    let secret = SecretKey::read_file(&secret_path, None).unwrap();
    assert_eq!(secret.key_id(), key_id);
    assert_eq!(secret.public_key().unwrap(), pair.public);
    assert_eq!(PublicKey::read_file(&public_path).unwrap(), pair.public);
    assert_eq!(PublicKey::parse(&public_lines[1]).unwrap(), pair.public);
    assert_eq!(pair.public.to_base64(), public_lines[1]);
    let minisign_public = minisign::PublicKey::from_file(&public_path).unwrap();
    assert_eq!(minisign_public.keynum(), key_id.as_bytes());
    let minisign_secret = minisign::SecretKey::from_unencrypted_box(
        minisign::SecretKeyBox::from_string(&std::fs::read_to_string(&secret_path).unwrap())
            .unwrap(),
    )
    .unwrap();
    assert_eq!(minisign_secret.keynum(), key_id.as_bytes());

    // keygen never overwrites.
    let again = KeyPair::generate().unwrap();
    assert!(matches!(
        again.write_files(&secret_path, &dir.path().join("new.pub")),
        Err(KeyError::AlreadyExists { .. })
    ));
    assert!(matches!(
        again.write_files(&dir.path().join("new.key"), &public_path),
        Err(KeyError::AlreadyExists { .. })
    ));
    assert!(!dir.path().join("new.key").exists());
    assert!(!dir.path().join("new.pub").exists());

    // The package's signature is a minisign signature over the digest, verifiable with the
    // minisign crate and a digest computed from the format's description.
    let bytes = package::pack(&source(), Some(&secret)).unwrap();
    let files = entries(&bytes);
    let signature = String::from_utf8(
        files
            .iter()
            .find(|(path, _)| path == "signature.minisig")
            .unwrap()
            .1
            .clone(),
    )
    .unwrap();
    let lines: Vec<&str> = signature.lines().collect();
    assert_eq!(lines.len(), 4);
    assert!(lines[0].starts_with("untrusted comment: "));
    let raw = BASE64.decode(lines[1]).unwrap();
    assert_eq!(raw.len(), 74);
    assert_eq!(&raw[..2], b"ED");
    assert_eq!(&raw[2..10], key_id.as_bytes());
    assert_eq!(lines[2], "trusted comment: digifit-plugin hello-quiz 0.1.0");
    let signature_box = minisign::SignatureBox::from_string(&signature).unwrap();
    let digest = digest_of(&files);
    assert!(digest.starts_with("digifit-package 1\n"));
    assert_eq!(digest.lines().count(), 5);
    minisign::verify(
        &minisign_public,
        &signature_box,
        std::io::Cursor::new(digest.as_bytes()),
        true,
        false,
        false,
    )
    .unwrap();

    // A key made by minisign itself signs packages; a password-protected one needs its
    // password.
    let foreign = minisign::KeyPair::generate_unencrypted_keypair().unwrap();
    let foreign_secret =
        SecretKey::parse(&foreign.sk.to_box(None).unwrap().into_string(), None).unwrap();
    let foreign_public = PublicKey::parse(&foreign.pk.to_box().unwrap().into_string()).unwrap();
    let bytes = package::pack(&source(), Some(&foreign_secret)).unwrap();
    let policy = TrustPolicy {
        trusted_keys: vec![foreign_public],
        allow_unsigned: false,
    };
    assert!(package::read(&bytes, &policy).is_ok());
    // The minisign tool writes a key without a password with an empty checksum; such keys sign,
    // and a damaged one is caught when signing.
    let mut raw = BASE64.decode(&secret_lines[1]).unwrap();
    raw[126..].fill(0);
    let tool_key = format!("{}\n{}\n", secret_lines[0], BASE64.encode(&raw));
    let tool_secret = SecretKey::parse(&tool_key, None).unwrap();
    let bytes = package::pack(&source(), Some(&tool_secret)).unwrap();
    assert!(package::read(&bytes, &trusting(&[&pair])).is_ok());
    raw[70] ^= 1;
    let damaged = format!("{}\n{}\n", secret_lines[0], BASE64.encode(&raw));
    let damaged = SecretKey::parse(&damaged, None).unwrap();
    assert!(matches!(
        package::pack(&source(), Some(&damaged)),
        Err(PackageError::Signing { .. })
    ));

    let encrypted = "untrusted comment: minisign encrypted secret key\n".to_owned()
        + &BASE64.encode([&b"EdScB2"[..], &[0u8; 152][..]].concat().as_slice());
    assert_eq!(
        SecretKey::parse(&encrypted, None).unwrap_err(),
        KeyError::PasswordNeeded
    );

    // What is not a key is refused with a reason.
    for text in [
        "",
        "untrusted comment: x\n",
        "RWQ",
        "untrusted comment: x\nRWQ!!\n",
    ] {
        assert!(matches!(
            PublicKey::parse(text),
            Err(KeyError::NotAPublicKey { .. })
        ));
    }
    assert!(matches!(
        SecretKey::parse(&std::fs::read_to_string(&public_path).unwrap(), None),
        Err(KeyError::NotASecretKey { .. })
    ));
    assert_eq!(format!("{secret:?}"), format!("SecretKey({key_id})"));
}

fn run(args: &[&str]) -> Output {
    crate::cli::run_blocking(args, None)
}

use crate::cli::{assert_failure as failed, assert_success as succeeded};

#[test]
fn keygen_pack_and_verify_through_the_binary() {
    let dir = tempfile::tempdir().unwrap();
    let at = |name: &str| dir.path().join(name).display().to_string();
    let plugin = dir.path().join("hello-quiz");
    std::fs::create_dir_all(plugin.join("assets")).unwrap();
    std::fs::write(plugin.join("digifit-plugin.toml"), MANIFEST).unwrap();
    std::fs::write(plugin.join("game.wasm"), hello_quiz()).unwrap();
    std::fs::write(plugin.join("assets/logo.svg"), b"<svg/>").unwrap();
    let plugin = plugin.display().to_string();

    let stdout = succeeded(&run(&[
        "plugin",
        "keygen",
        "--secret-key",
        &at("publisher.key"),
        "--public-key",
        &at("publisher.pub"),
    ]));
    let public = PublicKey::read_file(&dir.path().join("publisher.pub")).unwrap();
    let key_id = public.key_id().to_string();
    assert!(stdout.contains(&key_id), "{stdout}");
    let mode = std::fs::metadata(at("publisher.key"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    let stderr = failed(&run(&[
        "plugin",
        "keygen",
        "--secret-key",
        &at("publisher.key"),
        "--public-key",
        &at("other.pub"),
    ]));
    assert!(stderr.contains("already exists"), "{stderr}");

    let stdout = succeeded(&run(&[
        "plugin",
        "pack",
        &plugin,
        "--key",
        &at("publisher.key"),
        "-o",
        &at("hello-quiz.digifit"),
    ]));
    assert!(stdout.contains("hello-quiz 0.1.0"), "{stdout}");
    let mode = std::fs::metadata(at("hello-quiz.digifit"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o644);

    let stdout = succeeded(&run(&[
        "plugin",
        "verify",
        &at("hello-quiz.digifit"),
        "--trusted-key",
        &at("publisher.pub"),
    ]));
    for expected in [
        "hello-quiz",
        "0.1.0",
        "digifit project",
        "EUPL-1.2",
        key_id.as_str(),
        "first-steps (4.2, 4.1)",
    ] {
        assert!(stdout.contains(expected), "{expected} in {stdout}");
    }

    // Another key: refused, naming the signer and what to do.
    succeeded(&run(&[
        "plugin",
        "keygen",
        "--secret-key",
        &at("other.key"),
        "--public-key",
        &at("other.pub"),
    ]));
    let output = run(&[
        "plugin",
        "verify",
        &at("hello-quiz.digifit"),
        "--trusted-key",
        &at("other.pub"),
    ]);
    let stderr = failed(&output);
    assert!(stderr.contains("not a trusted publisher key"), "{stderr}");
    assert!(stderr.contains(&key_id), "{stderr}");
    assert!(stderr.contains("--trusted-key"), "{stderr}");
    assert!(output.stdout.is_empty());

    // A tampered file: refused as such.
    let mut bytes = std::fs::read(at("hello-quiz.digifit")).unwrap();
    let at_logo = bytes.windows(6).position(|w| w == b"<svg/>").unwrap();
    bytes[at_logo + 1] = b'S';
    std::fs::write(at("tampered.digifit"), &bytes).unwrap();
    let stderr = failed(&run(&[
        "plugin",
        "verify",
        &at("tampered.digifit"),
        "--trusted-key",
        &at("publisher.pub"),
    ]));
    assert!(stderr.contains("changed after it was signed"), "{stderr}");

    // Unsigned: refused unless allowed.
    succeeded(&run(&[
        "plugin",
        "pack",
        &plugin,
        "--unsigned",
        "-o",
        &at("unsigned.digifit"),
    ]));
    let stderr = failed(&run(&["plugin", "verify", &at("unsigned.digifit")]));
    assert!(stderr.contains("not signed"), "{stderr}");
    assert!(stderr.contains("--allow-unsigned"), "{stderr}");
    let stdout = succeeded(&run(&[
        "plugin",
        "verify",
        &at("unsigned.digifit"),
        "--allow-unsigned",
    ]));
    assert!(stdout.contains("unsigned"), "{stdout}");

    // Pack needs a key or --unsigned, and reports a bad manifest by its field.
    failed(&run(&["plugin", "pack", &plugin, "-o", &at("x.digifit")]));
    std::fs::write(
        dir.path().join("hello-quiz/digifit-plugin.toml"),
        MANIFEST.replace("\"4.1\"", "\"4.9\""),
    )
    .unwrap();
    let stderr = failed(&run(&[
        "plugin",
        "pack",
        &plugin,
        "--key",
        &at("publisher.key"),
        "-o",
        &at("x.digifit"),
    ]));
    assert!(stderr.contains("episodes[0].competences[1]"), "{stderr}");
    assert!(!dir.path().join("x.digifit").exists());
}
