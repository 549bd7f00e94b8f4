//! Fuzzes the plugin package reader, `digifit_package::read`, which `plugin install` and the
//! upload page run on files from untrusted hands, under several trust policies.
//!
//! An input is a publisher key and a package: its first line is the base64 line of a minisign
//! public key (the key the seeds were signed with), the rest the package's bytes. So the seeds,
//! signed with a key made when they were written, carry their key with them, and a crash input
//! reproduces anywhere.
//!
//! Properties: a package is accepted under a policy trusting only key K only if K signed it;
//! trusting only a key that has never signed anything accepts no package, and with unsigned
//! packages allowed only unsigned ones; a key that has K's id but other key bytes (which anyone
//! can publish) accepts nothing K signed; trusting more keys or allowing unsigned packages
//! changes nothing about a package that is accepted; and an unsigned package that is accepted
//! when unsigned packages are allowed is refused as `Unsigned` otherwise.

#![no_main]

use std::sync::LazyLock;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use digifit_package::keys::{KeyPair, PublicKey};
use digifit_package::{PackageError, TrustPolicy, VerifiedPackage, read};
use libfuzzer_sys::fuzz_target;

/// A key made for this process whose secret is dropped at once: nothing is signed by it.
static STRANGER: LazyLock<PublicKey> = LazyLock::new(|| match KeyPair::generate() {
    Ok(pair) => pair.public,
    Err(error) => panic!("cannot make a key: {error}"),
});

fn policy(trusted_keys: &[&PublicKey], allow_unsigned: bool) -> TrustPolicy {
    TrustPolicy {
        trusted_keys: trusted_keys.iter().map(|key| (*key).clone()).collect(),
        allow_unsigned,
    }
}

/// A public key with `key`'s id and the last key byte changed.
fn impostor_of(key: &PublicKey) -> Option<PublicKey> {
    let mut bytes = BASE64.decode(key.to_base64()).ok()?;
    *bytes.last_mut()? ^= 1;
    PublicKey::parse(&BASE64.encode(bytes)).ok()
}

fn check_accepted(package: &VerifiedPackage) {
    assert_eq!(package.package_hash.len(), 64);
    assert_eq!(package.component_hash().len(), 64);
    assert!(!package.manifest.episodes.is_empty());
}

fuzz_target!(|input: &[u8]| {
    let (key_line, package) = match input.iter().position(|&byte| byte == b'\n') {
        Some(end) => (&input[..end], &input[end + 1..]),
        None => (&[][..], input),
    };
    let stranger = &*STRANGER;

    let by_stranger = read(package, &policy(&[stranger], false));
    assert!(
        by_stranger.is_err(),
        "accepted under a key that signed nothing: {by_stranger:?}"
    );
    let unsigned = read(package, &policy(&[stranger], true));
    if let Ok(accepted) = &unsigned {
        check_accepted(accepted);
        assert_eq!(
            accepted.signer, None,
            "a signature by a key that signed nothing"
        );
        assert_eq!(
            read(package, &policy(&[], false)),
            Err(PackageError::Unsigned)
        );
    }

    let Some(trusted) = std::str::from_utf8(key_line)
        .ok()
        .and_then(|line| PublicKey::parse(line).ok())
    else {
        return;
    };
    let strict = read(package, &policy(&[&trusted], false));
    let lenient = read(package, &policy(&[stranger, &trusted], true));
    match (&strict, &lenient) {
        (Ok(accepted), _) => {
            check_accepted(accepted);
            assert_eq!(accepted.signer, Some(trusted.key_id()));
            assert_eq!(lenient.as_ref(), Ok(accepted));
            if let Some(impostor) = impostor_of(&trusted) {
                let by_impostor = read(package, &policy(&[&impostor], true));
                assert!(
                    by_impostor.is_err(),
                    "accepted under a key with the signer's id but other bytes: {by_impostor:?}"
                );
            }
        }
        (Err(_), Ok(accepted)) => assert_eq!(
            accepted.signer,
            None,
            "refused when trusting {}, accepted signed when trusting more",
            trusted.key_id()
        ),
        (Err(_), Err(_)) => {}
    }
});
