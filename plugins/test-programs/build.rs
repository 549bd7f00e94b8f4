//! Builds every test plugin to a wasm32-wasip2 component and exports each path as a constant.

use std::path::PathBuf;

#[path = "../wasm_build.rs"]
mod wasm_build;

/// (constant name, package, crate file stem).
const PLUGINS: [(&str, &str, &str); 3] = [
    ("HELLO_QUIZ", "hello-quiz", "hello_quiz"),
    ("HOSTILE_GAME", "hostile-game", "hostile_game"),
    ("FUTURE_API_GAME", "future-api-game", "future_api_game"),
];

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let packages: Vec<&str> = PLUGINS.iter().map(|(_, package, _)| *package).collect();
    let built = wasm_build::build_components(
        &manifest_dir.join("../.."),
        &out_dir.join("wasm-target"),
        &packages,
    );
    let mut constants = String::new();
    for (name, _, stem) in PLUGINS {
        let path = built.join(format!("{stem}.wasm"));
        constants.push_str(&format!(
            "/// The built component of `{stem}`.\npub const {name}: &str = {:?};\n",
            path.display().to_string()
        ));
    }
    if let Err(error) = std::fs::write(out_dir.join("plugins.rs"), constants) {
        panic!("cannot write the plugin paths: {error}");
    }
    println!("cargo:rerun-if-changed=../sdk");
    println!("cargo:rerun-if-changed=../wit");
    println!("cargo:rerun-if-changed=../examples");
    println!("cargo:rerun-if-changed=../wasm_build.rs");
    println!("cargo:rerun-if-changed=games");
    println!("cargo:rerun-if-changed=build.rs");
}
