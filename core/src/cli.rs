//! The command line: `serve`, `demo`, `check-config`, `user …`, `plugin …`, `session verify`,
//! `backup` and `restore`. Each subcommand resolves its settings, then hands over to the
//! subsystem that does the work.

use std::io::Read;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::admin_socket::plugin_commands::EnabledFor;
use crate::admin_socket::{self, AdminRequest, AdminResponse, Reached};
use crate::clock::Clock;
use crate::config::{self, DEFAULT_CONFIG_PATH, Settings};
use crate::http::server;
use crate::plugins::keys::{KeyPair, PublicKey, SecretKey};
use crate::plugins::package::{self, PackageError, PackageSource, TrustPolicy};
use crate::store::{CURRENT_SCHEMA_VERSION, Store, StoreError, backup};
use crate::{demo, telemetry};
use base64::Engine as _;

#[derive(Debug, Parser)]
#[command(
    name = "digifit",
    version,
    about = "digifit: serious games that measure and grow digital competences"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the server with the configuration file.
    Serve {
        /// The configuration file.
        #[arg(long, default_value = DEFAULT_CONFIG_PATH)]
        config: PathBuf,
    },
    /// Run a demo server with demo data on a loopback address (plain HTTP).
    Demo {
        /// The loopback address and port to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: SocketAddr,
        /// Keep the data in this directory (default: a temporary directory, deleted at exit).
        #[arg(long)]
        data: Option<PathBuf>,
    },
    /// Check a configuration file and exit non-zero, naming the key, if something is wrong.
    CheckConfig {
        /// The configuration file.
        #[arg(long, default_value = DEFAULT_CONFIG_PATH)]
        config: PathBuf,
    },
    /// Manage user accounts (works with the server running or stopped).
    User {
        #[command(flatten)]
        target: Target,
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Make, sign and check plugin packages; install and manage the games of an installation.
    Plugin {
        #[command(flatten)]
        target: Target,
        #[command(subcommand)]
        command: PluginCommand,
    },
    /// Work with recorded game sessions.
    Session {
        #[command(flatten)]
        target: Target,
        #[command(subcommand)]
        command: SessionCommand,
    },
    /// Write a consistent, checked copy of the database to a file (mode 0600), whether the server
    /// runs or not. While it runs, the server writes the file, and writes wait for the copy of
    /// the database file (reads go on).
    Backup {
        #[command(flatten)]
        target: Target,
        /// The backup file to write.
        #[arg(long, value_name = "FILE")]
        to: PathBuf,
        /// Replace FILE if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Replace the database with a backup, with the server stopped. The current database is kept
    /// beside it as digifit.redb.before-restore-<UTC time>.
    Restore {
        #[command(flatten)]
        target: Target,
        /// The backup file to restore.
        #[arg(long, value_name = "FILE")]
        from: PathBuf,
        /// Carry the restore out; without it, only say what it would do.
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Debug, Subcommand)]
enum SessionCommand {
    /// Replay recorded sessions from their seeds and actions and compare every turn's evidence
    /// bit for bit; exits non-zero on any mismatch.
    Verify {
        /// The session to verify.
        #[arg(conflicts_with = "all", required_unless_present = "all")]
        id: Option<u64>,
        /// Verify every recorded session.
        #[arg(long)]
        all: bool,
    },
}

/// Which installation a command works on.
#[derive(Debug, Args)]
struct Target {
    /// The configuration file of the installation.
    #[arg(long, global = true, conflicts_with = "data")]
    config: Option<PathBuf>,
    /// The data directory (as `demo --data` leaves it), instead of a configuration file.
    #[arg(long, global = true)]
    data: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    /// Create a local account. Without --password-stdin a random password is generated and printed.
    Add {
        /// The login name.
        username: String,
        /// The name shown in the interface.
        #[arg(long)]
        display_name: String,
        /// A role: player, lead, facilitator, admin or auditor (repeatable; default player).
        #[arg(long = "role")]
        roles: Vec<String>,
        /// An org unit by path, e.g. "Jobcenter/Standort Nord" (repeatable).
        #[arg(long = "org-unit")]
        org_units: Vec<String>,
        /// Read the password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
    },
    /// List all accounts.
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Disable an account and end its sessions.
    Disable { username: String },
    /// Enable a disabled account.
    Enable { username: String },
    /// Set a new password and end the account's sessions. Without --password-stdin one is generated.
    ResetPassword {
        username: String,
        /// Read the password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
    },
}

#[derive(Debug, Subcommand)]
enum PluginCommand {
    /// Create a publisher key pair for signing packages, in minisign's file formats, without a
    /// password. Never overwrites a file.
    Keygen {
        /// Where to write the secret key (mode 0600). Keep it private.
        #[arg(long)]
        secret_key: PathBuf,
        /// Where to write the public key, which admins add to their trusted keys.
        #[arg(long)]
        public_key: PathBuf,
    },
    /// Pack a plugin folder (digifit-plugin.toml, game.wasm, optional assets/) into one package.
    Pack {
        /// The plugin folder.
        dir: PathBuf,
        /// The secret key to sign with (from `plugin keygen` or `minisign -G`).
        #[arg(long, required_unless_present = "unsigned")]
        key: Option<PathBuf>,
        /// Make an unsigned package instead (it loads only where unsigned packages are allowed).
        #[arg(long, conflicts_with_all = ["key", "password_stdin"])]
        unsigned: bool,
        /// Read the secret key's password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
        /// The package file to write.
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Install or upgrade a game from a package, checked against `plugins.trusted_keys`. A new
    /// game starts disabled.
    Install {
        /// The package file.
        file: PathBuf,
    },
    /// List the installed games.
    List {
        /// Print JSON (id, version, enabled_for, episodes with competences) instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Enable a game for everyone, or with --group for a pilot of org units (and their sub-units).
    Enable {
        id: String,
        /// An org unit path for a pilot, e.g. "Jobcenter/Standort Nord" (repeatable).
        #[arg(long = "group")]
        groups: Vec<String>,
    },
    /// Disable a game; recorded results stay.
    Disable { id: String },
    /// Remove an installed game; recorded results stay and can still be verified.
    Remove { id: String },
    /// Check a package's signature and contents, and show what it holds.
    Verify {
        /// The package file.
        file: PathBuf,
        /// A trusted publisher's public key file (repeatable).
        #[arg(long = "trusted-key")]
        trusted_keys: Vec<PathBuf>,
        /// Accept a package without a signature.
        #[arg(long)]
        allow_unsigned: bool,
    },
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("digifit: {message}");
            ExitCode::FAILURE
        }
    }
}

fn runtime() -> Result<tokio::runtime::Runtime, String> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the async runtime: {e}"))
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        Command::Serve { config } => {
            let settings = config::load(&config).map_err(|e| e.to_string())?;
            telemetry::init(settings.log_format, &settings.log_level);
            runtime()?.block_on(serve(settings))
        }
        Command::Demo { listen, data } => {
            if !listen.ip().is_loopback() {
                return Err(format!(
                    "{listen} is not a loopback address; the demo serves plain HTTP and only listens on loopback (e.g. 127.0.0.1:8080)"
                ));
            }
            let temporary = match &data {
                Some(_) => None,
                None => Some(
                    tempfile::Builder::new()
                        .prefix("digifit-demo-")
                        .tempdir()
                        .map_err(|e| e.to_string())?,
                ),
            };
            let data_dir = match (&data, &temporary) {
                (Some(dir), _) => std::path::absolute(dir).map_err(|e| e.to_string())?,
                (None, Some(temp)) => temp.path().to_owned(),
                (None, None) => return Err("no data directory".into()),
            };
            let settings = Settings::local(listen, data_dir);
            telemetry::init(settings.log_format, &settings.log_level);
            let result = runtime()?.block_on(run_demo(settings));
            drop(temporary);
            result
        }
        Command::CheckConfig { config } => match config::load(&config) {
            Ok(settings) => {
                server::check(&settings).map_err(|e| e.to_string())?;
                println!("{}: configuration is valid", config.display());
                println!(
                    "  listen   {}{}",
                    settings.listen,
                    if settings.uses_tls() {
                        " (TLS)"
                    } else {
                        " (plain HTTP, loopback)"
                    }
                );
                println!("  data     {}", settings.data_dir.display());
                Ok(ExitCode::SUCCESS)
            }
            Err(error) => Err(error.to_string()),
        },
        Command::User { target, command } => {
            let settings = settings_of(target)?;
            let (request, generated) = user_request(command)?;
            let json = matches!(request, (AdminRequest::UserList, true));
            let response = runtime()?.block_on(deliver(&settings, request.0))?;
            print_response(response, json, generated)
        }
        Command::Plugin { target, command } => match installation_request(command)? {
            Ok((request, json)) => {
                let settings = settings_of(target)?;
                let response = runtime()?.block_on(deliver(&settings, request))?;
                print_response(response, json, None)
            }
            Err(command) => plugin(command),
        },
        Command::Session {
            target,
            command: SessionCommand::Verify { id, all },
        } => {
            let settings = settings_of(target)?;
            let request = AdminRequest::SessionVerify {
                id: if all { None } else { id },
            };
            let response = runtime()?.block_on(deliver(&settings, request))?;
            print_response(response, false, None)
        }
        Command::Backup { target, to, force } => backup(settings_of(target)?, &to, force),
        Command::Restore { target, from, yes } => restore(settings_of(target)?, &from, yes),
    }
}

/// Backs up through the running server, or from the file itself when none runs.
fn backup(settings: Settings, to: &std::path::Path, force: bool) -> Result<ExitCode, String> {
    // The running server resolves paths against its own working directory.
    let to = std::path::absolute(to).map_err(|e| format!("{}: {e}", to.display()))?;
    let request = AdminRequest::Backup {
        to: to.clone(),
        overwrite: force,
    };
    if let Some(response) = runtime()?.block_on(ask_running_server(&settings, &request))? {
        return print_response(response, false, None);
    }
    let overwrite = if force {
        backup::Overwrite::Replace
    } else {
        backup::Overwrite::Refuse
    };
    let report = backup::backup_stopped(&settings.store_path(), &to, overwrite)
        .map_err(|e| e.to_string())?;
    println!("{}", admin_socket::commands::describe_backup(&report));
    Ok(ExitCode::SUCCESS)
}

/// Restores a backup while the server is stopped: checks it, says what it will do, and does it
/// only with `--yes`.
fn restore(settings: Settings, from: &std::path::Path, yes: bool) -> Result<ExitCode, String> {
    let socket = settings.admin_socket_path();
    if runtime()?.block_on(admin_socket::is_served(&socket)) {
        return Err(format!(
            "the server is running (its admin socket {} answers); stop it first (e.g. systemctl stop digifit), then restore; nothing was changed",
            socket.display()
        ));
    }
    let store_path = settings.store_path();
    let staged =
        backup::stage_restore(&store_path, from, Clock::System.now()).map_err(|e| e.to_string())?;
    let contents = &staged.contents;
    println!(
        "restore {} (schema version {}, {} bytes; {})",
        from.display(),
        contents.schema_version,
        contents.bytes,
        admin_socket::commands::describe_rows(contents)
    );
    println!("  as      {}", store_path.display());
    match &staged.set_aside {
        Some(aside) => println!("  keeping the current database as {}", aside.display()),
        None => println!("  (there is no database there yet)"),
    }
    if contents.schema_version < CURRENT_SCHEMA_VERSION {
        println!(
            "  then open it once, which migrates it from schema version {} to {CURRENT_SCHEMA_VERSION}",
            contents.schema_version
        );
    } else {
        println!("  then open it once to prove that it works");
    }
    if !yes {
        return Err("nothing was changed; run the command again with --yes to restore".to_owned());
    }
    let report = staged.carry_out().map_err(|e| e.to_string())?;
    println!(
        "restored: {} now holds the backup (schema version {})",
        store_path.display(),
        report.schema_version
    );
    if let Some(aside) = report.set_aside {
        println!("the previous database is kept at {}", aside.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// The settings of the installation a command names: a data directory or a configuration file.
fn settings_of(target: Target) -> Result<Settings, String> {
    Ok(match (target.data, target.config) {
        (Some(dir), _) => Settings::local(
            SocketAddr::from(([127, 0, 0, 1], 0)),
            std::path::absolute(&dir).map_err(|e| e.to_string())?,
        ),
        (None, config) => {
            config::load(&config.unwrap_or_else(|| PathBuf::from(DEFAULT_CONFIG_PATH)))
                .map_err(|e| e.to_string())?
        }
    })
}

/// The plugin commands that work on an installation become admin requests (with whether to
/// print JSON); the others (keygen, pack, verify) are handed back to run locally.
fn installation_request(
    command: PluginCommand,
) -> Result<Result<(AdminRequest, bool), PluginCommand>, String> {
    Ok(Ok(match command {
        PluginCommand::Install { file } => {
            let bytes =
                std::fs::read(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
            let package_base64 = base64::engine::general_purpose::STANDARD.encode(bytes);
            (AdminRequest::PluginInstall { package_base64 }, false)
        }
        PluginCommand::List { json } => (AdminRequest::PluginList, json),
        PluginCommand::Enable { id, groups } => (AdminRequest::PluginEnable { id, groups }, false),
        PluginCommand::Disable { id } => (AdminRequest::PluginDisable { id }, false),
        PluginCommand::Remove { id } => (AdminRequest::PluginRemove { id }, false),
        other => return Ok(Err(other)),
    }))
}

fn plugin(command: PluginCommand) -> Result<ExitCode, String> {
    match command {
        // `installation_request` takes these; they never reach here.
        PluginCommand::Install { .. }
        | PluginCommand::List { .. }
        | PluginCommand::Enable { .. }
        | PluginCommand::Disable { .. }
        | PluginCommand::Remove { .. } => Err("this command needs an installation".into()),
        PluginCommand::Keygen {
            secret_key,
            public_key,
        } => {
            let pair = KeyPair::generate().map_err(|e| e.to_string())?;
            pair.write_files(&secret_key, &public_key)
                .map_err(|e| e.to_string())?;
            println!("key id      {}", pair.public.key_id());
            println!("secret key  {} (keep it private)", secret_key.display());
            println!("public key  {}", public_key.display());
            println!(
                "trusted key line for digifit.toml: {}",
                pair.public.to_base64()
            );
            Ok(ExitCode::SUCCESS)
        }
        PluginCommand::Pack {
            dir,
            key,
            unsigned: _,
            password_stdin,
            output,
        } => {
            let secret = match key {
                Some(path) => {
                    let password = if password_stdin {
                        Some(read_password_line()?)
                    } else {
                        None
                    };
                    Some(
                        SecretKey::read_file(&path, password)
                            .map_err(|e| format!("{}: {e}", path.display()))?,
                    )
                }
                None => None,
            };
            let source = PackageSource::read_dir(&dir).map_err(|e| e.to_string())?;
            let bytes = package::pack(&source, secret.as_ref()).map_err(|e| e.to_string())?;
            write_package(&output, &bytes)?;
            let manifest = package::Manifest::parse(&source.manifest).map_err(|e| e.to_string())?;
            println!(
                "{}: {} {} ({} bytes, {} assets, {})",
                output.display(),
                manifest.id,
                manifest.version,
                bytes.len(),
                source.assets.len(),
                match &secret {
                    Some(key) => format!("signed with key {}", key.key_id()),
                    None => "unsigned".into(),
                }
            );
            Ok(ExitCode::SUCCESS)
        }
        PluginCommand::Verify {
            file,
            trusted_keys,
            allow_unsigned,
        } => {
            let mut policy = TrustPolicy {
                trusted_keys: Vec::new(),
                allow_unsigned,
            };
            for path in &trusted_keys {
                policy.trusted_keys.push(
                    PublicKey::read_file(path).map_err(|e| format!("{}: {e}", path.display()))?,
                );
            }
            let verified = package::read_file(&file, &policy).map_err(|error| {
                // The library's advice names the server's configuration; here the flags do it.
                let hint = match &error {
                    PackageError::Unsigned => " (here: pass --allow-unsigned)",
                    PackageError::UntrustedKey { .. } => {
                        " (here: pass the publisher's public key with --trusted-key FILE)"
                    }
                    _ => "",
                };
                format!("{}: {error}{hint}", file.display())
            })?;
            let manifest = &verified.manifest;
            println!(
                "{}: valid package of {} {}",
                file.display(),
                manifest.id,
                manifest.version
            );
            println!("  id          {}", manifest.id);
            println!("  version     {}", manifest.version);
            println!("  api         {}", manifest.api);
            println!("  publisher   {}", manifest.publisher);
            println!("  licence     {}", manifest.licence);
            match verified.signer {
                Some(key_id) => println!("  signer      {key_id}"),
                None => println!("  signer      none (unsigned, allowed by --allow-unsigned)"),
            }
            println!("  hash        {}", verified.package_hash);
            println!("  component   {} bytes", verified.component.len());
            println!("  assets      {}", verified.assets.len());
            for episode in &manifest.episodes {
                println!(
                    "  episode     {} ({})",
                    episode.id,
                    episode.competences.join(", ")
                );
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Writes the package through a temporary file in the same folder, so that a reader never sees
/// half a package.
fn write_package(output: &std::path::Path, bytes: &[u8]) -> Result<(), String> {
    use std::io::Write;
    let folder = match output.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    };
    let cannot = |e: std::io::Error| format!("cannot write {}: {e}", output.display());
    let mut temporary = tempfile::Builder::new()
        .prefix(".digifit-package-")
        .tempfile_in(&folder)
        .map_err(cannot)?;
    temporary.write_all(bytes).map_err(cannot)?;
    // A package is not secret: readable like any file a build writes, not 0600 like a temporary.
    std::fs::set_permissions(
        temporary.path(),
        std::os::unix::fs::PermissionsExt::from_mode(0o644),
    )
    .map_err(cannot)?;
    temporary.as_file().sync_all().map_err(cannot)?;
    temporary.persist(output).map_err(|e| cannot(e.error))?;
    Ok(())
}

async fn serve(settings: Settings) -> Result<ExitCode, String> {
    server::run(settings).await.map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}

async fn run_demo(settings: Settings) -> Result<ExitCode, String> {
    let running = server::start(settings).await.map_err(|e| e.to_string())?;
    let store = running.state.store.clone();
    let now = running.state.settings.clock.now();
    let seeded = tokio::task::spawn_blocking(move || demo::seed(&store, now))
        .await
        .map_err(|e| e.to_string())?
        .map_err(|e| e.to_string())?;
    println!("digifit demo is running at {}/", running.url());
    println!(
        "data directory: {}{}",
        running.state.settings.data_dir.display(),
        if seeded { " (demo data created)" } else { "" }
    );
    println!("accounts (password = login name):");
    for (name, display, role, unit) in demo::ACCOUNTS {
        println!("  {name:<12} {display:<18} {:<12} {unit}", role.code());
    }
    println!("press Ctrl+C to stop");
    wait_for_signal().await;
    running.shutdown().await;
    Ok(ExitCode::SUCCESS)
}

async fn wait_for_signal() {
    use tokio::signal::unix::{SignalKind, signal};
    let mut terminate = signal(SignalKind::terminate()).ok();
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = async {
            match terminate.as_mut() {
                Some(stream) => { stream.recv().await; }
                None => std::future::pending::<()>().await,
            }
        } => {}
    }
}

fn read_password_line() -> Result<String, String> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| format!("cannot read the password from standard input: {e}"))?;
    let line = text.lines().next().unwrap_or_default().to_owned();
    if line.is_empty() {
        return Err("standard input held no password".into());
    }
    Ok(line)
}

/// A readable random password of 20 characters (about 100 bits).
fn generated_password() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rng();
    (0..20)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect()
}

type UserRequest = ((AdminRequest, bool), Option<String>);

fn user_request(command: UserCommand) -> Result<UserRequest, String> {
    Ok(match command {
        UserCommand::Add {
            username,
            display_name,
            roles,
            org_units,
            password_stdin,
        } => {
            let (password, generated) = if password_stdin {
                (read_password_line()?, None)
            } else {
                let password = generated_password();
                (password.clone(), Some(password))
            };
            (
                (
                    AdminRequest::UserAdd {
                        username,
                        display_name,
                        roles,
                        org_units,
                        password: Some(password),
                    },
                    false,
                ),
                generated,
            )
        }
        UserCommand::List { json } => ((AdminRequest::UserList, json), None),
        UserCommand::Disable { username } => {
            ((AdminRequest::UserDisable { username }, false), None)
        }
        UserCommand::Enable { username } => ((AdminRequest::UserEnable { username }, false), None),
        UserCommand::ResetPassword {
            username,
            password_stdin,
        } => {
            let (password, generated) = if password_stdin {
                (read_password_line()?, None)
            } else {
                let password = generated_password();
                (password.clone(), Some(password))
            };
            (
                (
                    AdminRequest::UserResetPassword { username, password },
                    false,
                ),
                generated,
            )
        }
    })
}

/// Sends the request to the running server; `None` when no server runs.
async fn ask_running_server(
    settings: &Settings,
    request: &AdminRequest,
) -> Result<Option<AdminResponse>, String> {
    let socket = settings.admin_socket_path();
    match admin_socket::send(&socket, request).await {
        Ok(Reached::Answered(response)) => Ok(Some(response)),
        Ok(Reached::NoServer) => Ok(None),
        Err(error) if error.kind() == std::io::ErrorKind::PermissionDenied => Err(format!(
            "permission denied on {}; run this as root or as the digifit service user",
            socket.display()
        )),
        Err(error) => Err(format!(
            "cannot talk to the server on {}: {error}",
            socket.display()
        )),
    }
}

/// Sends the request to the running server, or carries it out on the store when none runs.
async fn deliver(settings: &Settings, request: AdminRequest) -> Result<AdminResponse, String> {
    if let Some(response) = ask_running_server(settings, &request).await? {
        return Ok(response);
    }
    let socket = settings.admin_socket_path();
    let path = settings.store_path();
    if !path.exists() {
        return Err(format!(
            "there is no digifit database at {}; check --data or storage.data_dir",
            path.display()
        ));
    }
    let store = match tokio::task::spawn_blocking(move || Store::open(&path))
        .await
        .map_err(|e| e.to_string())?
    {
        Ok(store) => store,
        Err(StoreError::Locked) => {
            return Err(format!(
                "the database is in use by a running server, but its admin socket {} does not answer",
                socket.display()
            ));
        }
        Err(error) => return Err(error.to_string()),
    };
    let settings = Settings {
        clock: Clock::System,
        ..settings.clone()
    };
    let response = admin_socket::commands::execute(&store, &settings, None, request).await;
    store.shutdown().await;
    Ok(response)
}

fn print_response(
    response: AdminResponse,
    json: bool,
    generated: Option<String>,
) -> Result<ExitCode, String> {
    match response {
        AdminResponse::Done { message } => {
            println!("{message}");
            if let Some(password) = generated {
                println!("password: {password}");
                println!("(shown once; pass it on securely)");
            }
            Ok(ExitCode::SUCCESS)
        }
        AdminResponse::Users { users } if json => {
            println!(
                "{}",
                serde_json::to_string_pretty(&users).map_err(|e| e.to_string())?
            );
            Ok(ExitCode::SUCCESS)
        }
        AdminResponse::Users { users } => {
            println!(
                "{:<6} {:<20} {:<24} {:<24} {:<9} org units",
                "id", "login", "name", "roles", "status"
            );
            for user in users {
                let status = if user.disabled {
                    "disabled"
                } else if user.has_password {
                    "active"
                } else {
                    "no-login"
                };
                println!(
                    "{:<6} {:<20} {:<24} {:<24} {:<9} {}",
                    user.id,
                    user.username,
                    user.display_name,
                    user.roles.join(","),
                    status,
                    user.org_units.join("; ")
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        AdminResponse::Plugins { plugins } if json => {
            println!(
                "{}",
                serde_json::to_string_pretty(&plugins).map_err(|e| e.to_string())?
            );
            Ok(ExitCode::SUCCESS)
        }
        AdminResponse::Plugins { plugins } => {
            println!(
                "{:<20} {:<10} {:<24} {:<8} enabled for",
                "id", "version", "publisher", "episodes"
            );
            for plugin in plugins {
                let enabled = match plugin.enabled_for {
                    EnabledFor::Everyone(word) => word,
                    EnabledFor::Groups(paths) => paths.join("; "),
                };
                println!(
                    "{:<20} {:<10} {:<24} {:<8} {enabled}",
                    plugin.id,
                    plugin.version,
                    plugin.publisher,
                    plugin.episodes.len()
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        AdminResponse::Verified { sessions } => {
            let mut failed = 0;
            for session in &sessions {
                match &session.mismatch {
                    None => println!(
                        "session {}: {} turns replayed, evidence identical",
                        session.session, session.turns
                    ),
                    Some(problem) => {
                        failed += 1;
                        println!("session {}: MISMATCH: {problem}", session.session);
                    }
                }
            }
            println!(
                "{} sessions verified, {failed} with mismatches",
                sessions.len()
            );
            Ok(if failed == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        AdminResponse::Error { message } => Err(message),
    }
}
