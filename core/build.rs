//! Builds the first-party game plugins to wasm32-wasip2 components with a nested cargo (its own
//! target directory, so it never waits on the outer build's lock) and generates `bundled.rs`,
//! which embeds them, so a fresh install has games to play.

use std::path::PathBuf;
use std::process::Command;

/// (package, crate file stem) of every bundled game.
const BUNDLED: [(&str, &str); 1] = [("hello-quiz", "hello_quiz")];

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let workspace = manifest_dir.join("..");
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
    for (package, _) in BUNDLED {
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
    match command.status() {
        Ok(status) if status.success() => {}
        Ok(status) => panic!("building the bundled games failed ({status}); see the output above"),
        Err(error) => panic!("cannot run cargo to build the bundled games: {error}"),
    }
    let mut source = String::from(
        "/// The first-party games embedded in the binary: (package, component bytes).\npub const BUNDLED_GAMES: &[(&str, &[u8])] = &[\n",
    );
    for (package, stem) in BUNDLED {
        let path = target_dir
            .join("wasm32-wasip2/release")
            .join(format!("{stem}.wasm"));
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
    println!("cargo:rerun-if-changed=build.rs");
}
