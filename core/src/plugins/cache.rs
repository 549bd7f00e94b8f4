//! Compiled plugins cached on disk, keyed by the component's SHA-256 and the engine's
//! compatibility hash (wasmtime version and settings), so a restart loads machine code in
//! microseconds instead of compiling again, and an engine upgrade never loads stale code.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

use wasmtime::Engine;
use wasmtime::component::Component;

pub use digifit_package::component_hash;

fn engine_key(engine: &Engine) -> String {
    let mut hasher = DefaultHasher::new();
    engine.precompile_compatibility_hash().hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}

fn artifact_path(dir: &Path, engine: &Engine, hash: &str) -> PathBuf {
    dir.join(format!("{hash}-{}.cwasm", engine_key(engine)))
}

/// Loads a compiled component from the cache, or compiles it (validating it) and caches it.
/// A cache that cannot be read or written only costs time; the error is logged, never returned.
pub fn load_or_compile(
    engine: &Engine,
    cache_dir: Option<&Path>,
    bytes: &[u8],
) -> wasmtime::Result<Component> {
    let hash = component_hash(bytes);
    if let Some(dir) = cache_dir {
        let path = artifact_path(dir, engine, &hash);
        // Read into memory rather than mapping the file: a mapped file that someone truncates
        // would crash the process with SIGBUS.
        if let Ok(artifact) = std::fs::read(&path) {
            // Safety: the file was written by `Component::serialize` below, into the cache directory
            // inside the data directory, which only the service user can write (mode 0700); its
            // name binds it to this component's hash and this engine's settings, and wasmtime
            // checks its header against the engine before using it.
            #[allow(unsafe_code)]
            let loaded = unsafe { Component::deserialize(engine, &artifact) };
            match loaded {
                Ok(component) => return Ok(component),
                Err(error) => {
                    tracing::warn!(path = %path.display(), %error, "ignoring an unusable cached plugin artifact")
                }
            }
        }
    }
    let component = Component::new(engine, bytes)?;
    if let Some(dir) = cache_dir {
        let path = artifact_path(dir, engine, &hash);
        let written = component
            .serialize()
            .map_err(std::io::Error::other)
            .and_then(|artifact| {
                std::fs::create_dir_all(dir)?;
                let temporary = path.with_extension("tmp");
                std::fs::write(&temporary, artifact)?;
                std::fs::rename(&temporary, &path)
            });
        if let Err(error) = written {
            tracing::warn!(path = %path.display(), %error, "could not cache a compiled plugin");
        }
    }
    Ok(component)
}
