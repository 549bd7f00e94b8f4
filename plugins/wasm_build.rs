//! Shared by the build scripts of `digifit` (bundled games) and `test-programs` (test plugins):
//! builds workspace crates to wasm32-wasip2 components with a nested cargo, in its own target
//! directory so it never waits on the outer build's lock.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Builds the packages in release mode and returns the directory the components are in.
/// Panics with a clear message on failure: a build script has no better way to report it.
pub fn build_components(workspace: &Path, target_dir: &Path, packages: &[&str]) -> PathBuf {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .current_dir(workspace)
        .args([
            "build",
            "--release",
            "--locked",
            "--target",
            "wasm32-wasip2",
        ])
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
    target_dir.join("wasm32-wasip2/release")
}
