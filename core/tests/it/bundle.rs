//! The games bundled into the binary: each is a plugin package signed with the bundle's key and
//! read back through the same checks as an uploaded one; a damaged bundle stops the catalogue
//! from opening before anything is registered; and a running `digifit demo` lists every bundled
//! game with the episodes and competences its manifest declares (see `cli.rs`).

use std::sync::Arc;

use digifit::admin_socket::plugin_commands::{EnabledFor, PluginSummary};
use digifit::clock::Timestamp;
use digifit::games::GamesError;
use digifit::games::catalogue::Catalogue;
use digifit::plugins::bundled::{self, BUNDLED_GAMES};
use digifit::plugins::package::{self, PackageError, TrustPolicy, VerifiedPackage};
use digifit::plugins::sandbox::Limits;
use digifit::plugins::{PluginHost, keys};
use digifit::store::{Store, tables};
use redb::ReadableTableMetadata;

/// Every bundled package, read with the bundle's trust policy.
pub fn bundled_packages() -> Vec<VerifiedPackage> {
    let trust = bundled::trust().unwrap();
    BUNDLED_GAMES
        .iter()
        .map(|(name, bytes)| {
            package::read(bytes, &trust).unwrap_or_else(|error| panic!("{name}: {error}"))
        })
        .collect()
}

/// Checks a `plugin list --json` of a fresh installation against the bundled manifests.
pub fn assert_lists_every_bundled_game(listed: &[PluginSummary]) {
    let packages = bundled_packages();
    assert_eq!(listed.len(), packages.len(), "{listed:#?}");
    for package in packages {
        let manifest = &package.manifest;
        let game = listed
            .iter()
            .find(|game| game.id == manifest.id)
            .unwrap_or_else(|| panic!("{} is not listed", manifest.id));
        assert!(game.bundled, "{}", game.id);
        assert_eq!(game.version, manifest.version);
        assert_eq!(game.enabled_for, EnabledFor::Everyone("all".into()));
        assert!(!game.name.is_empty());
        let listed_episodes: Vec<(&str, &[String])> = game
            .episodes
            .iter()
            .map(|e| (e.id.as_str(), e.competences.as_slice()))
            .collect();
        let declared: Vec<(&str, &[String])> = manifest
            .episodes
            .iter()
            .map(|e| (e.id.as_str(), e.competences.as_slice()))
            .collect();
        assert_eq!(listed_episodes, declared, "{}", game.id);
        assert!(
            game.episodes.len() >= 3 || game.id == "hello-quiz",
            "{}",
            game.id
        );
        assert!(game.episodes.iter().all(|e| !e.title.is_empty()));
    }
}

#[test]
fn every_bundled_game_is_a_package_signed_with_the_bundle_key() {
    let key = keys::PublicKey::parse(bundled::BUNDLE_KEY).unwrap();
    let packages = bundled_packages();
    assert!(packages.len() >= 6, "{}", packages.len());
    for ((name, bytes), package) in BUNDLED_GAMES.iter().zip(&packages) {
        assert_eq!(package.manifest.id, *name);
        assert_eq!(package.signer, Some(key.key_id()), "{name}");
        // Nobody else's key vouches for it, and it is not an unsigned package either.
        let stranger = TrustPolicy {
            trusted_keys: vec![keys::KeyPair::generate().unwrap().public],
            allow_unsigned: true,
        };
        assert!(
            matches!(
                package::read(bytes, &stranger),
                Err(PackageError::UntrustedKey { .. })
            ),
            "{name}"
        );
    }
    // At least one bundled game brings the images its views show.
    assert!(
        packages
            .iter()
            .any(|p| p.assets.keys().any(|path| path.ends_with(".svg"))),
        "no bundled game carries an image"
    );
}

#[test]
fn a_damaged_bundle_stops_the_catalogue_before_anything_is_registered() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("digifit.redb")).unwrap();
    let host = Arc::new(PluginHost::new(Limits::default(), None).unwrap());
    let trust = bundled::trust().unwrap();
    let (name, bytes) = BUNDLED_GAMES[1];
    // One byte of the component changed: the signature no longer covers the package.
    let mut damaged = bytes.to_vec();
    let middle = damaged.len() / 2;
    damaged[middle] ^= 0x55;
    let bundle: [(&str, &[u8]); 2] = [(name, &damaged), BUNDLED_GAMES[0]];
    let opened = Catalogue::open(&store, host, &bundle, &trust, Timestamp(1));
    match opened {
        Err(GamesError::Refused(message)) => {
            assert!(
                message.contains(name) && message.contains("damaged"),
                "{message}"
            );
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    let txn = store.read().unwrap();
    assert_eq!(txn.open_table(tables::PLUGINS).unwrap().len().unwrap(), 0);
}
