//! Shared by the build scripts of `digifit` (bundled games) and `test-programs` (test plugins):
//! builds workspace crates to wasm32-wasip2 components with a nested cargo, in its own target
//! directory so it never waits on the outer build's lock.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The target the plugins are built for.
const WASM_TARGET: &str = "wasm32-wasip2";

/// Installs the wasm target's standard library if the toolchain lacks it. rust-toolchain.toml
/// names the target, but rustup adds it only when it installs the toolchain itself, not to a
/// toolchain that was there before (as on a machine that came with Rust 1.95.0).
fn ensure_wasm_target(workspace: &Path) {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let libdir = Command::new(rustc)
        .args(["--print", "target-libdir", "--target", WASM_TARGET])
        .output()
        .ok()
        .filter(|output| output.status.success())
        .map(|output| PathBuf::from(String::from_utf8_lossy(&output.stdout).trim()));
    if libdir.is_some_and(|dir| dir.is_dir()) {
        return;
    }
    let added = Command::new("rustup")
        .current_dir(workspace)
        .args(["target", "add", WASM_TARGET])
        .status();
    match added {
        Ok(status) if status.success() => {}
        _ => panic!(
            "the {WASM_TARGET} target is not installed and `rustup target add {WASM_TARGET}` \
             failed; run that command by hand and build again"
        ),
    }
}

/// Builds the packages in release mode and returns the directory the components are in.
/// Panics with a clear message on failure: a build script has no better way to report it.
pub fn build_components(workspace: &Path, target_dir: &Path, packages: &[&str]) -> PathBuf {
    ensure_wasm_target(workspace);
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .current_dir(workspace)
        .args(["build", "--release", "--locked", "--target", WASM_TARGET])
        .arg("--target-dir")
        .arg(target_dir);
    for package in packages {
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
        Ok(status) => panic!(
            "building {packages:?} for wasm32-wasip2 failed ({status}); see the output above"
        ),
        Err(error) => panic!("cannot run cargo to build {packages:?}: {error}"),
    }
    target_dir.join(WASM_TARGET).join("release")
}
