//! Builds the first-party game plugins to wasm32-wasip2 components and generates `bundled.rs`,
//! which embeds them, so a fresh install has games to play.

use std::path::PathBuf;

#[path = "../plugins/wasm_build.rs"]
mod wasm_build;

/// (package, crate file stem) of every bundled game.
const BUNDLED: [(&str, &str); 6] = [
    ("hello-quiz", "hello_quiz"),
    ("postfach-profi", "postfach_profi"),
    ("e-akte", "e_akte"),
    ("datenschutz", "datenschutz"),
    ("videocall", "videocall"),
    ("online-antrag", "online_antrag"),
];

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let packages: Vec<&str> = BUNDLED.iter().map(|(package, _)| *package).collect();
    let built = wasm_build::build_components(
        &manifest_dir.join(".."),
        &out_dir.join("wasm-target"),
        &packages,
    );
    let mut source = String::from(
        "/// The first-party games embedded in the binary: (package, component bytes).\npub const BUNDLED_GAMES: &[(&str, &[u8])] = &[\n",
    );
    for (package, stem) in BUNDLED {
        let path = built.join(format!("{stem}.wasm"));
        source.push_str(&format!(
            "    ({package:?}, include_bytes!({:?})),\n",
            path.display().to_string()
        ));
    }
    source.push_str("];\n");
    if let Err(error) = std::fs::write(out_dir.join("bundled.rs"), source) {
        panic!("cannot write bundled.rs: {error}");
    }
    println!("cargo:rerun-if-changed=../plugins/sdk");
    println!("cargo:rerun-if-changed=../plugins/wit");
    println!("cargo:rerun-if-changed=../plugins/examples");
    println!("cargo:rerun-if-changed=../plugins/games");
    println!("cargo:rerun-if-changed=../plugins/wasm_build.rs");
    println!("cargo:rerun-if-changed=build.rs");
}
