//! The local admin socket. redb lets one process open the database, so while the server runs the
//! CLI (`digifit user …`) sends its request over a Unix socket in the data directory; when the
//! server is stopped the CLI opens the store itself. Both paths run the same `commands::execute`.
//! The socket file is mode 0600 in a 0700 directory, and the server also checks the peer's
//! credentials: only root and the service user may talk to it.

pub mod commands;
pub mod plugin_commands;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{UnixListener, UnixStream};
use tokio::task::JoinHandle;

pub use commands::{AdminRequest, AdminResponse};

use crate::http::state::AppState;

/// A request line may not be longer than this: a plugin package of the largest size, in base64.
const MAX_REQUEST_BYTES: u64 = 96 << 20;

/// Removes the socket file (on shutdown, or a stale one from a crash).
pub fn remove(path: &Path) {
    let _ = std::fs::remove_file(path);
}

/// Whether a peer with this uid may use the socket: root, or the user the server runs as.
pub fn peer_allowed(peer_uid: u32) -> bool {
    peer_uid == 0 || peer_uid == rustix::process::geteuid().as_raw()
}

/// Binds the socket and serves it until the returned task is aborted.
pub async fn listen(state: AppState) -> std::io::Result<JoinHandle<()>> {
    let path = state.settings.admin_socket_path();
    if UnixStream::connect(&path).await.is_ok() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::AddrInUse,
            format!("{} is served by another digifit process", path.display()),
        ));
    }
    remove(&path);
    let listener = UnixListener::bind(&path)?;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
    if let Some(dir) = path.parent() {
        // The data directory holds personal data; nobody but the service user needs to enter it.
        let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
    }
    Ok(tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let state = state.clone();
            tokio::spawn(async move {
                if let Err(error) = serve_one(state, stream).await {
                    tracing::warn!(%error, "admin socket request failed");
                }
            });
        }
    }))
}

async fn serve_one(state: AppState, stream: UnixStream) -> std::io::Result<()> {
    let uid = stream.peer_cred()?.uid();
    let (reader, mut writer) = stream.into_split();
    let response = if !peer_allowed(uid) {
        tracing::warn!(uid, "refused an admin socket client");
        AdminResponse::Error {
            message: "only root and the digifit service user may use the admin socket".into(),
        }
    } else {
        let mut line = String::new();
        BufReader::new(reader.take(MAX_REQUEST_BYTES))
            .read_line(&mut line)
            .await?;
        match serde_json::from_str::<AdminRequest>(&line) {
            Ok(request) => {
                tracing::info!(uid, request = request.name(), "admin socket request");
                commands::execute(
                    &state.store,
                    &state.settings,
                    Some(state.catalogue.clone()),
                    request,
                )
                .await
            }
            Err(error) => AdminResponse::Error {
                message: format!("malformed request: {error}"),
            },
        }
    };
    let mut bytes = serde_json::to_vec(&response).unwrap_or_default();
    bytes.push(b'\n');
    writer.write_all(&bytes).await?;
    writer.shutdown().await
}

/// Whether a server listens on the socket. Only connects; sends no request.
pub async fn is_served(path: &Path) -> bool {
    UnixStream::connect(path).await.is_ok()
}

/// The outcome of trying to reach a running server.
pub enum Reached {
    /// The server answered.
    Answered(AdminResponse),
    /// No server listens on the socket.
    NoServer,
}

/// Sends a request to a running server, if there is one.
pub async fn send(path: &Path, request: &AdminRequest) -> std::io::Result<Reached> {
    let stream = match UnixStream::connect(path).await {
        Ok(stream) => stream,
        Err(error)
            if matches!(
                error.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::ConnectionRefused
            ) =>
        {
            return Ok(Reached::NoServer);
        }
        Err(error) => return Err(error),
    };
    let (reader, mut writer) = stream.into_split();
    let mut bytes = serde_json::to_vec(request).map_err(std::io::Error::other)?;
    bytes.push(b'\n');
    writer.write_all(&bytes).await?;
    writer.shutdown().await?;
    let mut line = String::new();
    BufReader::new(reader).read_line(&mut line).await?;
    serde_json::from_str(&line)
        .map(Reached::Answered)
        .map_err(std::io::Error::other)
}
