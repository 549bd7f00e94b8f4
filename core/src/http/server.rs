//! The server: binds the listener first and answers health checks at once, opens the store
//! (running migrations), then serves the full application. Connections are served by hyper-util's
//! HTTP/1.1 + HTTP/2 builder with header-read and handshake timeouts, and shut down gracefully.
//! `run` is the life of `digifit serve`: signals (SIGTERM and SIGINT stop, SIGHUP reloads the
//! TLS certificate), and the service manager's notifications and watchdog.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::Request;
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::server::graceful::GracefulShutdown;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, watch};
use tokio::task::JoinHandle;
use tower::{Service, ServiceExt};

use crate::admin_socket;
use crate::auth::access::ClientAddr;
use crate::auth::session::{self, Timeouts};
use crate::competence::beliefs;
use crate::config::Settings;
use crate::games::catalogue::Catalogue;
use crate::http::state::AppState;
use crate::http::{systemd, tls};
use crate::pages;
use crate::plugins::PluginHost;
use crate::plugins::sandbox::Limits;
use crate::store::{Store, StoreError};

/// At most this many connections are served at once; more wait in the kernel's backlog.
const MAX_CONNECTIONS: usize = 4096;
/// How long shutdown waits for open requests to finish.
const GRACE_PERIOD: Duration = Duration::from_secs(10);

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The listen address is taken or not ours.
    #[error("cannot listen on {addr}: {source}; is another server running there?")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    /// The TLS files are unusable.
    #[error(transparent)]
    Tls(#[from] tls::TlsError),
    /// The data directory cannot be created.
    #[error("cannot create the data directory {path}: {source}")]
    DataDir {
        path: String,
        source: std::io::Error,
    },
    /// The store cannot be opened.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The plugin engine or the game catalogue cannot start.
    #[error("cannot start the game plugins: {0}")]
    Plugins(String),
    /// The admin socket cannot be created.
    #[error("cannot open the admin socket: {0}")]
    AdminSocket(std::io::Error),
    /// The signal handlers cannot be installed.
    #[error("cannot listen for signals: {0}")]
    Signals(std::io::Error),
}

/// A server that runs until `shutdown` is called.
pub struct RunningServer {
    pub local_addr: SocketAddr,
    pub state: AppState,
    /// The certificate presented under TLS, which `reload` swaps.
    certificate: Option<Arc<tls::CertificateSlot>>,
    stop: watch::Sender<bool>,
    accept_loop: JoinHandle<()>,
    background: Vec<JoinHandle<()>>,
}

impl RunningServer {
    /// The base URL of the server, e.g. `http://127.0.0.1:8080`.
    pub fn url(&self) -> String {
        let scheme = if self.state.settings.uses_tls() {
            "https"
        } else {
            "http"
        };
        format!("{scheme}://{}", self.local_addr)
    }

    /// Stops accepting, lets open requests finish, and closes the store.
    pub async fn shutdown(self) {
        let _ = self.stop.send(true);
        let _ = self.accept_loop.await;
        for task in self.background {
            task.abort();
            // Only a finished task has dropped its clone of the state; the store closes only
            // once no clone is left.
            let _ = task.await;
        }
        admin_socket::remove(&self.state.settings.admin_socket_path());
        let store = self.state.store.clone();
        drop(self.state);
        store.shutdown().await;
    }

    /// Waits until the accept loop ends (it only ends after `shutdown`).
    pub async fn stopped(&mut self) {
        let _ = (&mut self.accept_loop).await;
    }

    /// The certificate chain new TLS connections get, if the server speaks TLS.
    pub fn certificate(&self) -> Option<Arc<tls::Certificate>> {
        self.certificate.as_ref().map(|slot| slot.current())
    }

    /// Reloads what may change while the server runs: the TLS certificate and key, read again
    /// from their files and checked as at start. New connections get the new certificate; open
    /// ones keep theirs. A refused reload changes nothing: the error says why, and the server goes
    /// on with the certificate it had. This is what SIGHUP does.
    pub fn reload(&self) -> Result<(), tls::TlsError> {
        let Some(slot) = &self.certificate else {
            tracing::info!("reload: nothing to reload without TLS");
            return Ok(());
        };
        let metrics = &self.state.metrics;
        match slot.reload(self.state.settings.clock.now()) {
            Ok(certificate) => {
                metrics.certificate_reloaded(true);
                metrics.certificate_in_use(certificate.not_after);
                tracing::info!(
                    subject = %certificate.subject,
                    expires = %tls::show_time(certificate.not_after),
                    "TLS certificate reloaded; new connections get it"
                );
                Ok(())
            }
            Err(error) => {
                metrics.certificate_reloaded(false);
                tracing::error!(
                    %error,
                    "TLS certificate reload refused; the certificate in use stays"
                );
                Err(error)
            }
        }
    }
}

/// The life of `digifit serve`: starts the server, tells the service manager it is ready, pets
/// its watchdog while the store writer commits, reloads the certificate on SIGHUP and stops
/// gracefully on SIGTERM or SIGINT.
pub async fn run(settings: Settings) -> Result<(), ServerError> {
    // Installed first, so that a signal during a long start is not fatal but handled after it.
    let mut signals = Signals::install().map_err(ServerError::Signals)?;
    let running = start(settings).await?;
    let serving = format!("serving on {}", running.url());
    systemd::ready(&serving);
    let watchdog = systemd::watchdog_period()
        .map(|period| tokio::spawn(pet_watchdog(running.state.store.clone(), period)));
    while let Received::Reload = signals.next().await {
        systemd::reloading();
        let status = match running.reload() {
            Ok(()) => serving.clone(),
            Err(error) => format!("{serving}; the last reload was refused: {error}"),
        };
        systemd::ready(&status);
    }
    systemd::stopping();
    tracing::info!("shutting down");
    if let Some(task) = watchdog {
        task.abort();
        // The task holds a clone of the store, which must be gone before the store closes.
        let _ = task.await;
    }
    running.shutdown().await;
    Ok(())
}

/// Checks what `start` would refuse without starting: the TLS files (key, validity, chain).
/// For `digifit check-config`.
pub fn check(settings: &Settings) -> Result<(), ServerError> {
    if let Some(files) = &settings.tls {
        tls::read(files, settings.clock.now())?;
    }
    Ok(())
}

enum Received {
    Stop,
    Reload,
}

struct Signals {
    terminate: tokio::signal::unix::Signal,
    interrupt: tokio::signal::unix::Signal,
    hangup: tokio::signal::unix::Signal,
}

impl Signals {
    fn install() -> std::io::Result<Signals> {
        use tokio::signal::unix::{SignalKind, signal};
        Ok(Signals {
            terminate: signal(SignalKind::terminate())?,
            interrupt: signal(SignalKind::interrupt())?,
            hangup: signal(SignalKind::hangup())?,
        })
    }

    async fn next(&mut self) -> Received {
        tokio::select! {
            _ = self.terminate.recv() => Received::Stop,
            _ = self.interrupt.recv() => Received::Stop,
            received = self.hangup.recv() => match received {
                Some(()) => Received::Reload,
                None => Received::Stop,
            },
        }
    }
}

/// Pets the service manager's watchdog every `period` while the store writer is alive: each
/// round queues an empty write, which the writer answers only after committing it, so a stuck
/// writer thread or a disk that no longer takes writes stops the petting and systemd restarts
/// the service.
async fn pet_watchdog(store: Store, period: Duration) {
    let mut ticker = tokio::time::interval(period);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticker.tick().await;
        let probe = store.write(|_| Ok::<(), StoreError>(()));
        match tokio::time::timeout(period, probe).await {
            Ok(Ok(())) => systemd::watchdog(),
            Ok(Err(error)) => {
                tracing::error!(%error, "the store writer failed; the watchdog is not told that all is well");
            }
            Err(_) => tracing::error!(
                ?period,
                "the store writer did not answer in time; the watchdog is not told that all is well"
            ),
        }
    }
}

/// The router that answers while the store is still opening.
fn starting_router() -> Router {
    pages::health::starting_routes()
}

/// Binds, opens the store and starts serving. Returns once the server is ready.
pub async fn start(settings: Settings) -> Result<RunningServer, ServerError> {
    let certificate = match &settings.tls {
        Some(files) => Some(Arc::new(tls::CertificateSlot::open(
            files,
            settings.clock.now(),
        )?)),
        None => None,
    };
    let tls_config = certificate.clone().map(tls::server_config).transpose()?;
    let listener =
        TcpListener::bind(settings.listen)
            .await
            .map_err(|source| ServerError::Bind {
                addr: settings.listen,
                source,
            })?;
    let local_addr = listener.local_addr().map_err(|source| ServerError::Bind {
        addr: settings.listen,
        source,
    })?;
    let app: Arc<OnceLock<Router>> = Arc::new(OnceLock::new());
    let (stop, stopped) = watch::channel(false);
    let accept_loop = tokio::spawn(accept_loop(
        listener,
        tls_config,
        app.clone(),
        settings.header_read_timeout_seconds,
        stopped,
    ));
    tracing::info!(%local_addr, tls = settings.uses_tls(), "listening");

    let prepared = prepare(&settings).await;
    let store = match prepared {
        Ok(store) => store,
        Err(error) => {
            let _ = stop.send(true);
            let _ = accept_loop.await;
            return Err(error);
        }
    };
    let (store, catalogue) = store;
    let state = AppState::new(settings.clone(), store, catalogue);
    if let Some(slot) = &certificate {
        let current = slot.current();
        state.metrics.certificate_in_use(current.not_after);
        tracing::info!(
            subject = %current.subject,
            expires = %tls::show_time(current.not_after),
            "TLS certificate in use"
        );
    }
    let _ = app.set(pages::router(state.clone()));
    let mut background = vec![tokio::spawn(sweep_sessions(state.clone()))];
    match admin_socket::listen(state.clone()).await {
        Ok(task) => background.push(task),
        Err(error) => {
            let _ = stop.send(true);
            let _ = accept_loop.await;
            return Err(ServerError::AdminSocket(error));
        }
    }
    tracing::info!(%local_addr, "ready");
    Ok(RunningServer {
        local_addr,
        state,
        certificate,
        stop,
        accept_loop,
        background,
    })
}

/// Opens the store (running migrations) and the game catalogue (registering the bundled games and
/// compiling what the cache does not have yet).
async fn prepare(settings: &Settings) -> Result<(Store, Arc<Catalogue>), ServerError> {
    let data_dir = settings.data_dir.clone();
    std::fs::create_dir_all(&data_dir).map_err(|source| ServerError::DataDir {
        path: data_dir.display().to_string(),
        source,
    })?;
    let path = settings.store_path();
    let store = tokio::task::spawn_blocking(move || Store::open(&path))
        .await
        .map_err(|_| ServerError::Store(StoreError::WriterGone))??;
    let cache_dir = settings.plugin_cache_dir.clone();
    let now = settings.clock.now();
    let catalogue_store = store.clone();
    let catalogue = tokio::task::spawn_blocking(move || {
        let host = PluginHost::new(Limits::default(), Some(cache_dir))
            .map_err(|e| ServerError::Plugins(e.to_string()))?;
        Catalogue::open_bundled(&catalogue_store, Arc::new(host), now)
            .map_err(|e| ServerError::Plugins(e.to_string()))
    })
    .await
    .map_err(|e| ServerError::Plugins(e.to_string()))??;
    let measured = store.clone();
    tokio::task::spawn_blocking(move || beliefs::ensure_current(&measured))
        .await
        .map_err(|_| ServerError::Store(StoreError::WriterGone))??;
    Ok((store, Arc::new(catalogue)))
}

/// Removes expired sessions every ten minutes.
async fn sweep_sessions(state: AppState) {
    let mut interval = tokio::time::interval(Duration::from_secs(600));
    loop {
        interval.tick().await;
        let now = state.settings.clock.now();
        let timeouts = Timeouts {
            idle: state.settings.session_idle_timeout_seconds,
            absolute: state.settings.session_absolute_timeout_seconds,
        };
        match session::revoke_where(&state.store, None, Some((now, timeouts))).await {
            Ok(0) => {}
            Ok(count) => tracing::info!(count, "removed expired sessions"),
            Err(error) => tracing::warn!(%error, "could not remove expired sessions"),
        }
    }
}

async fn accept_loop(
    listener: TcpListener,
    tls_config: Option<Arc<rustls::ServerConfig>>,
    app: Arc<OnceLock<Router>>,
    header_read_timeout_seconds: u64,
    mut stopped: watch::Receiver<bool>,
) {
    let header_timeout = Duration::from_secs(header_read_timeout_seconds);
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(header_timeout)
        .max_buf_size(64 * 1024);
    builder
        .http2()
        .timer(TokioTimer::new())
        .max_concurrent_streams(100)
        .max_header_list_size(64 * 1024)
        .keep_alive_interval(Duration::from_secs(30));
    let builder = Arc::new(builder);
    let acceptor = tls_config.map(tokio_rustls::TlsAcceptor::from);
    let graceful = GracefulShutdown::new();
    let permits = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    let starting = starting_router();
    loop {
        let permit = tokio::select! {
            _ = stopped.changed() => break,
            permit = permits.clone().acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_) => break,
            },
        };
        let (tcp, peer) = tokio::select! {
            _ = stopped.changed() => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    tracing::warn!(%error, "accept failed");
                    continue;
                }
            },
        };
        let _ = tcp.set_nodelay(true);
        let service = connection_service(app.clone(), starting.clone(), peer);
        let builder = builder.clone();
        let watcher = graceful.watcher();
        let acceptor = acceptor.clone();
        tokio::spawn(async move {
            let _permit = permit;
            match acceptor {
                Some(acceptor) => {
                    match tokio::time::timeout(header_timeout, acceptor.accept(tcp)).await {
                        Ok(Ok(stream)) => {
                            serve(builder, watcher, stream, service, header_timeout).await
                        }
                        Ok(Err(error)) => tracing::debug!(%peer, %error, "TLS handshake failed"),
                        Err(_) => tracing::debug!(%peer, "TLS handshake timed out"),
                    }
                }
                None => serve(builder, watcher, tcp, service, header_timeout).await,
            }
        });
    }
    drop(listener);
    tokio::select! {
        _ = graceful.shutdown() => tracing::info!("all connections closed"),
        _ = tokio::time::sleep(GRACE_PERIOD) => tracing::warn!("gave up waiting for open connections"),
    }
}

type ConnectionService =
    tower::util::BoxCloneSyncService<Request<Incoming>, axum::response::Response, Infallible>;

/// The per-connection service: tags each request with the client address and routes it to the
/// application once it is ready, to the start-up routes before.
fn connection_service(
    app: Arc<OnceLock<Router>>,
    starting: Router,
    peer: SocketAddr,
) -> ConnectionService {
    tower::util::BoxCloneSyncService::new(tower::service_fn(move |request: Request<Incoming>| {
        let mut request = request.map(Body::new);
        request.extensions_mut().insert(ClientAddr(peer));
        let mut router = app.get().cloned().unwrap_or_else(|| starting.clone());
        async move {
            let ready = ServiceExt::<Request>::ready(&mut router).await?;
            ready.call(request).await
        }
    }))
}

async fn serve<I>(
    builder: Arc<auto::Builder<TokioExecutor>>,
    watcher: hyper_util::server::graceful::Watcher,
    io: I,
    service: ConnectionService,
    first_request_timeout: Duration,
) where
    I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let requested = Arc::new(AtomicBool::new(false));
    let flag = requested.clone();
    let service = service.map_request(move |request: Request<Incoming>| {
        flag.store(true, Ordering::Relaxed);
        request
    });
    let hyper_service = hyper_util::service::TowerToHyperService::new(service);
    let connection = builder.serve_connection_with_upgrades(TokioIo::new(io), hyper_service);
    let connection = watcher.watch(connection.into_owned());
    tokio::pin!(connection);
    // hyper's header-read timeout only starts once the connection is recognised as HTTP/1.1; a
    // client that sends nothing, or only part of the HTTP/2 preface, would otherwise keep its
    // connection slot for ever. Whoever has not sent a first request in time is disconnected.
    let result = match tokio::time::timeout(first_request_timeout, &mut connection).await {
        Ok(result) => result,
        Err(_) if !requested.load(Ordering::Relaxed) => {
            tracing::debug!("no request within the header-read timeout; closing the connection");
            return;
        }
        Err(_) => connection.await,
    };
    if let Err(error) = result {
        tracing::debug!(%error, "connection ended with an error");
    }
}
