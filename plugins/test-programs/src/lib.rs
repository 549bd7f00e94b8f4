//! Paths of the plugin components digifit's tests run, built by this crate's build script:
//! `HELLO_QUIZ` (the smallest complete game), `HOSTILE_GAME` (one episode per kind of attack on
//! the sandbox) and `FUTURE_API_GAME` (built against a contract version the host does not speak).

include!(concat!(env!("OUT_DIR"), "/plugins.rs"));

/// Reads a built plugin.
pub fn bytes(path: &str) -> Vec<u8> {
    match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            panic!("test plugin {path} is missing ({error}); the build script should have built it")
        }
    }
}
