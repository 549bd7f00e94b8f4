//! Builds every test plugin to a wasm32-wasip2 component with a nested cargo (its own target
//! directory, so it never waits on the outer build's lock) and exports each path as a constant.
//! A plugin crate listed here without a test that uses it fails the build of the tests (see
//! `tests` in lib.rs).

use std::path::PathBuf;
use std::process::Command;

/// (constant name, package, crate file stem).
const PLUGINS: [(&str, &str, &str); 3] = [
    ("HELLO_QUIZ", "hello-quiz", "hello_quiz"),
    ("HOSTILE_GAME", "hostile-game", "hostile_game"),
    ("FUTURE_API_GAME", "future-api-game", "future_api_game"),
];

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let workspace = manifest_dir.join("../..");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let target_dir = out_dir.join("wasm-target");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .current_dir(&workspace)
        .args([
            "build",
            "--release",
            "--locked",
            "--target",
            "wasm32-wasip2",
        ])
        .arg("--target-dir")
        .arg(&target_dir);
    for (_, package, _) in PLUGINS {
        command.args(["--package", package]);
    }
    // The outer build's settings (profile, target, rustflags for the host, and clippy's rustc
    // wrapper when the outer command is `cargo clippy`) must not leak into the wasm build.
    for (key, _) in std::env::vars() {
        if key.starts_with("CARGO_") && key != "CARGO_HOME"
            || key == "RUSTFLAGS"
            || key == "RUSTC_WRAPPER"
            || key == "RUSTC_WORKSPACE_WRAPPER"
        {
            command.env_remove(key);
        }
    }
    let status = command.status();
    match status {
        Ok(status) if status.success() => {}
        Ok(status) => panic!("building the test plugins failed ({status}); see the output above"),
        Err(error) => panic!("cannot run cargo to build the test plugins: {error}"),
    }
    let mut constants = String::new();
    for (name, _, stem) in PLUGINS {
        let path = target_dir
            .join("wasm32-wasip2/release")
            .join(format!("{stem}.wasm"));
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
    println!("cargo:rerun-if-changed=games");
    println!("cargo:rerun-if-changed=build.rs");
}
