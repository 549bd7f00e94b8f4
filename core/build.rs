//! Builds the first-party game plugins to wasm32-wasip2 components, packs each with its manifest
//! and assets into a signed plugin package, and generates `bundled.rs`, which embeds the packages
//! and the public key that signed them, so a fresh install has games to play.
//!
//! The packages are signed with the secret key named by `DIGIFIT_BUNDLE_KEY` (a minisign key
//! file; `DIGIFIT_BUNDLE_KEY_PASSWORD` opens a protected one): release builds sign with the
//! project's key. Without it, each build signs with a key of its own, made here and thrown away,
//! so nobody can sign a package that a development binary would take for a bundled one.

use std::path::{Path, PathBuf};

use digifit_package::keys::{KeyPair, SecretKey};
use digifit_package::{PackageSource, pack};

#[path = "../plugins/wasm_build.rs"]
mod wasm_build;

/// (package, crate file stem, folder below the workspace) of every bundled game.
const BUNDLED: [(&str, &str, &str); 7] = [
    ("hello-quiz", "hello_quiz", "plugins/examples/hello-quiz"),
    (
        "postfach-profi",
        "postfach_profi",
        "plugins/games/postfach-profi",
    ),
    ("e-akte", "e_akte", "plugins/games/e-akte"),
    ("datenschutz", "datenschutz", "plugins/games/datenschutz"),
    ("videocall", "videocall", "plugins/games/videocall"),
    (
        "online-antrag",
        "online_antrag",
        "plugins/games/online-antrag",
    ),
    ("barrierefrei", "barrierefrei", "plugins/games/barrierefrei"),
];

/// The key variables; a change of either rebuilds the bundle.
const KEY_VARIABLE: &str = "DIGIFIT_BUNDLE_KEY";
const PASSWORD_VARIABLE: &str = "DIGIFIT_BUNDLE_KEY_PASSWORD";

fn signing_key() -> SecretKey {
    match std::env::var_os(KEY_VARIABLE) {
        Some(path) => {
            let password = std::env::var(PASSWORD_VARIABLE).ok();
            SecretKey::read_file(Path::new(&path), password)
                .unwrap_or_else(|error| panic!("{KEY_VARIABLE}: {error}"))
        }
        None => {
            KeyPair::generate()
                .unwrap_or_else(|error| panic!("cannot make a key for the bundle: {error}"))
                .secret
        }
    }
}

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let workspace = manifest_dir.join("..");
    let packages: Vec<&str> = BUNDLED.iter().map(|(package, _, _)| *package).collect();
    let built = wasm_build::build_components(&workspace, &out_dir.join("wasm-target"), &packages);

    let key = signing_key();
    let public = key
        .public_key()
        .unwrap_or_else(|error| panic!("the bundle key has no public half: {error}"));
    let bundle_dir = out_dir.join("bundle");
    if let Err(error) = std::fs::create_dir_all(&bundle_dir) {
        panic!("cannot create {}: {error}", bundle_dir.display());
    }
    let mut source = format!(
        "/// The public key (minisign base64) that signed the bundled games.\n\
         pub const BUNDLE_KEY: &str = {:?};\n\
         /// Whether the bundle was signed with a key given to the build (`{KEY_VARIABLE}`), rather\n\
         /// than with a key made for this build alone.\n\
         pub const BUNDLE_KEY_GIVEN: bool = {};\n\
         /// The first-party games embedded in the binary: (package, signed plugin package).\n\
         pub const BUNDLED_GAMES: &[(&str, &[u8])] = &[\n",
        public.to_base64(),
        std::env::var_os(KEY_VARIABLE).is_some(),
    );
    for (package, stem, folder) in BUNDLED {
        let folder = workspace.join(folder);
        let read = |path: &Path| {
            std::fs::read(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
        };
        let manifest = String::from_utf8(read(&folder.join(digifit_package::MANIFEST_PATH)))
            .unwrap_or_else(|_| panic!("the manifest of {package} is not UTF-8"));
        let component = read(&built.join(format!("{stem}.wasm")));
        let bytes = PackageSource::with_assets_of(manifest, component, &folder)
            .and_then(|source| pack(&source, Some(&key)))
            .unwrap_or_else(|error| panic!("cannot pack {package}: {error}"));
        let path = bundle_dir.join(format!("{package}.digifit"));
        if let Err(error) = std::fs::write(&path, bytes) {
            panic!("cannot write {}: {error}", path.display());
        }
        source.push_str(&format!(
            "    ({package:?}, include_bytes!({:?})),\n",
            path.display().to_string()
        ));
    }
    source.push_str("];\n");
    if let Err(error) = std::fs::write(out_dir.join("bundled.rs"), source) {
        panic!("cannot write bundled.rs: {error}");
    }
    println!("cargo:rerun-if-env-changed={KEY_VARIABLE}");
    println!("cargo:rerun-if-env-changed={PASSWORD_VARIABLE}");
    println!("cargo:rerun-if-changed=../plugins/sdk");
    println!("cargo:rerun-if-changed=../plugins/wit");
    println!("cargo:rerun-if-changed=../plugins/examples");
    println!("cargo:rerun-if-changed=../plugins/games");
    println!("cargo:rerun-if-changed=../plugins/package");
    println!("cargo:rerun-if-changed=../plugins/wasm_build.rs");
    println!("cargo:rerun-if-changed=build.rs");
}
