//! The plugin host: loads game components, checks which contract version they speak, and runs
//! every call in a fresh, limited sandbox instance (see `sandbox`). Only this module touches
//! wasmtime. A broken or hostile plugin ends its own call with a `PluginError`; the server and
//! other calls go on.

/// The first-party games embedded in the binary as signed packages (built by `core/build.rs`).
pub mod bundled {
    include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

    /// What the bundled packages are read with: signed by the bundle's key, nothing else.
    pub fn trust() -> Result<super::package::TrustPolicy, super::keys::KeyError> {
        Ok(super::package::TrustPolicy {
            trusted_keys: vec![super::keys::PublicKey::parse(BUNDLE_KEY)?],
            allow_unsigned: false,
        })
    }
}
pub mod cache;
pub mod checks;
pub mod model;
pub mod sandbox;
pub mod v0_1_0;

pub use digifit_package as package;
pub use digifit_package::contract::SUPPORTED_API_VERSIONS;
pub use digifit_package::keys;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::sync::Semaphore;
use wasmtime::component::{Component, Linker};
use wasmtime::{Engine, Trap};

use model::{Action, GameError, GameInfo, StartRequest, Step};
use sandbox::{EpochTicker, Limits, Sandbox};

/// Why a plugin could not be loaded or a call into it failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PluginError {
    /// The bytes are not a valid WebAssembly component.
    #[error("the plugin is not a valid WebAssembly component: {0}")]
    InvalidComponent(String),
    /// The component was built against a contract version this host does not speak.
    #[error("the plugin speaks digifit:game@{found}, but this digifit supports {}; update digifit or get a plugin built for a supported version", SUPPORTED_API_VERSIONS.join(", "))]
    UnsupportedApi { found: String },
    /// The component does not export the game world's functions with the right types.
    #[error("the plugin does not implement the digifit:game world: {0}")]
    NotAGame(String),
    /// The call used up its fuel (an endless or far too long computation).
    #[error("the plugin used up its computation budget (endless loop?)")]
    OutOfFuel,
    /// The call ran past its wall-clock deadline.
    #[error("the plugin took too long to answer")]
    TimedOut,
    /// The call tried to grow memory past its limit.
    #[error("the plugin tried to use more memory than allowed")]
    OutOfMemory,
    /// The call overflowed its stack (deep recursion).
    #[error("the plugin overflowed its stack (recursion too deep)")]
    StackOverflow,
    /// The call used a capability the sandbox does not grant (files, network, environment, sleep…).
    #[error("the plugin tried to use something the sandbox forbids: {0}")]
    Forbidden(String),
    /// The call trapped (a panic in the game, or another fault).
    #[error("the plugin crashed: {0}")]
    Trapped(String),
    /// The call returned something outside the host's limits or rules.
    #[error("the plugin returned an invalid answer: {0}")]
    BadOutput(String),
}

impl PluginError {
    /// A short, stable name of the kind of failure, for metrics.
    pub fn kind(&self) -> &'static str {
        match self {
            PluginError::InvalidComponent(_) => "invalid_component",
            PluginError::UnsupportedApi { .. } => "unsupported_api",
            PluginError::NotAGame(_) => "not_a_game",
            PluginError::OutOfFuel => "out_of_fuel",
            PluginError::TimedOut => "timeout",
            PluginError::OutOfMemory => "out_of_memory",
            PluginError::StackOverflow => "stack_overflow",
            PluginError::Forbidden(_) => "forbidden",
            PluginError::Trapped(_) => "trap",
            PluginError::BadOutput(_) => "bad_output",
        }
    }
}

/// The calls of the game contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CallKind {
    Meta,
    Start,
    Act,
}

impl CallKind {
    pub fn name(self) -> &'static str {
        match self {
            CallKind::Meta => "meta",
            CallKind::Start => "start",
            CallKind::Act => "act",
        }
    }
}

/// How many calls of one plugin ended one way, and the time they took together.
#[derive(Debug, Clone, PartialEq)]
pub struct CallCount {
    pub plugin: String,
    pub call: CallKind,
    /// `ok`, `refused` (the game's own error, such as an invalid action) or a
    /// [`PluginError::kind`].
    pub outcome: &'static str,
    pub calls: u64,
    pub seconds: f64,
}

/// Counts of finished plugin calls by plugin id, call and outcome, for the metrics. The code that
/// knows which plugin it calls records here (`games::play` for players' calls).
#[derive(Debug, Default)]
pub struct CallStats {
    counts: Mutex<BTreeMap<CallKey, (u64, f64)>>,
}

/// Plugin id, call and outcome.
type CallKey = (String, CallKind, &'static str);

impl CallStats {
    pub fn record<T>(
        &self,
        plugin: &str,
        call: CallKind,
        outcome: &CallOutcome<T>,
        elapsed: Duration,
    ) {
        let outcome = match outcome {
            Ok(Ok(_)) => "ok",
            Ok(Err(_)) => "refused",
            Err(error) => error.kind(),
        };
        let mut counts = self.counts.lock().unwrap_or_else(PoisonError::into_inner);
        let entry = counts
            .entry((plugin.to_owned(), call, outcome))
            .or_default();
        entry.0 += 1;
        entry.1 += elapsed.as_secs_f64();
    }

    pub fn snapshot(&self) -> Vec<CallCount> {
        let counts = self.counts.lock().unwrap_or_else(PoisonError::into_inner);
        counts
            .iter()
            .map(|((plugin, call, outcome), (calls, seconds))| CallCount {
                plugin: plugin.clone(),
                call: *call,
                outcome,
                calls: *calls,
                seconds: *seconds,
            })
            .collect()
    }
}

/// The version of `digifit:game` a component imports its types from, if it names one.
fn imported_api_version(engine: &Engine, component: &Component) -> Option<String> {
    component
        .component_type()
        .imports(engine)
        .find_map(|(name, _)| name.strip_prefix("digifit:game/types@").map(str::to_owned))
}

fn classify(error: wasmtime::Error) -> PluginError {
    if let Some(trap) = error.downcast_ref::<Trap>() {
        return match trap {
            Trap::OutOfFuel => PluginError::OutOfFuel,
            Trap::Interrupt => PluginError::TimedOut,
            Trap::StackOverflow => PluginError::StackOverflow,
            other => PluginError::Trapped(other.to_string()),
        };
    }
    let message = format!("{error:#}");
    if message.contains("unknown import") {
        let name = message.split('`').nth(1).unwrap_or(&message).to_owned();
        PluginError::Forbidden(name)
    } else if message.contains("growing memory") || message.contains("memory minimum size") {
        PluginError::OutOfMemory
    } else {
        PluginError::Trapped(message)
    }
}

/// A plugin ready to be called: compiled, linked, and known to speak a supported contract.
pub struct LoadedGame {
    /// SHA-256 of the component, hex.
    pub component_hash: String,
    pub api_version: String,
    pre: v0_1_0::Pre<Sandbox>,
}

impl std::fmt::Debug for LoadedGame {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoadedGame")
            .field("component_hash", &self.component_hash)
            .finish()
    }
}

/// The process's one plugin engine.
pub struct PluginHost {
    engine: Engine,
    linker: Linker<Sandbox>,
    limits: Limits,
    cache_dir: Option<PathBuf>,
    permits: Arc<Semaphore>,
    calls: CallStats,
    _ticker: EpochTicker,
}

impl std::fmt::Debug for PluginHost {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PluginHost")
            .field("limits", &self.limits)
            .finish()
    }
}

/// The result of a call: the game's own answer, or a failure of the plugin.
pub type CallOutcome<T> = Result<Result<T, GameError>, PluginError>;

impl PluginHost {
    /// Starts the engine. `cache_dir` keeps compiled plugins across restarts.
    pub fn new(limits: Limits, cache_dir: Option<PathBuf>) -> Result<PluginHost, PluginError> {
        let setup = |error: wasmtime::Error| {
            PluginError::InvalidComponent(format!("cannot start the plugin engine: {error:#}"))
        };
        let engine = sandbox::engine(&limits).map_err(setup)?;
        let linker = sandbox::linker(&engine).map_err(setup)?;
        let ticker = EpochTicker::start(&engine).map_err(|e| setup(e.into()))?;
        Ok(PluginHost {
            permits: Arc::new(Semaphore::new(limits.concurrent_instances as usize)),
            engine,
            linker,
            limits,
            cache_dir,
            calls: CallStats::default(),
            _ticker: ticker,
        })
    }

    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// The outcomes of the calls recorded so far.
    pub fn call_stats(&self) -> &CallStats {
        &self.calls
    }

    /// Compiles (or loads from the cache) and links a component. Slow on a cache miss: call it
    /// from a blocking context.
    pub fn load(&self, bytes: &[u8]) -> Result<LoadedGame, PluginError> {
        let component = cache::load_or_compile(&self.engine, self.cache_dir.as_deref(), bytes)
            .map_err(|e| PluginError::InvalidComponent(format!("{e:#}")))?;
        let api_version = match imported_api_version(&self.engine, &component) {
            Some(version) if SUPPORTED_API_VERSIONS.contains(&version.as_str()) => version,
            Some(found) => return Err(PluginError::UnsupportedApi { found }),
            // A game whose contract types are all plain may import no types instance; the typed
            // export check below decides whether it is a 0.1.0 game.
            None => v0_1_0::VERSION.to_owned(),
        };
        let mut linker = self.linker.clone();
        sandbox::define_forbidden_imports_as_traps(&mut linker, &self.engine, &component)
            .map_err(|e| PluginError::NotAGame(format!("{e:#}")))?;
        let instance_pre = linker
            .instantiate_pre(&component)
            .map_err(|e| PluginError::NotAGame(format!("{e:#}")))?;
        let pre =
            v0_1_0::Pre::new(instance_pre).map_err(|e| PluginError::NotAGame(format!("{e:#}")))?;
        Ok(LoadedGame {
            component_hash: cache::component_hash(bytes),
            api_version,
            pre,
        })
    }

    fn store(&self, seed: u64) -> Result<wasmtime::Store<Sandbox>, PluginError> {
        sandbox::store(&self.engine, &self.limits, seed).map_err(classify)
    }

    fn log_output(game: &LoadedGame, store: &wasmtime::Store<Sandbox>) {
        let stderr = store.data().stderr_text();
        if !stderr.is_empty() {
            tracing::info!(plugin = %game.component_hash, stderr = %stderr.trim_end(), "plugin wrote to stderr");
        }
    }

    /// Asks the game to describe itself. Blocking.
    pub fn meta(&self, game: &LoadedGame, locale: &str) -> Result<GameInfo, PluginError> {
        let mut store = self.store(0)?;
        let result = v0_1_0::meta(&game.pre, &mut store, locale);
        Self::log_output(game, &store);
        let info = result.map_err(classify)?;
        checks::check_info(&info).map_err(PluginError::BadOutput)?;
        Ok(info)
    }

    fn checked(step: Result<Step, GameError>) -> CallOutcome<Step> {
        match step {
            Ok(step) => {
                checks::check_step(&step).map_err(PluginError::BadOutput)?;
                Ok(Ok(step))
            }
            Err(game_error) => Ok(Err(game_error)),
        }
    }

    /// Starts an episode. Blocking.
    pub fn start(&self, game: &LoadedGame, request: &StartRequest) -> CallOutcome<Step> {
        let mut store = self.store(request.seed)?;
        let result = v0_1_0::start(&game.pre, &mut store, request);
        Self::log_output(game, &store);
        Self::checked(result.map_err(classify)?)
    }

    /// Applies an action. `seed` is the session's seed mixed with the turn number, so each turn's
    /// sandbox randomness is fixed by the recorded session. Blocking.
    pub fn act(
        &self,
        game: &LoadedGame,
        seed: u64,
        state: &[u8],
        action: &Action,
    ) -> CallOutcome<Step> {
        let mut store = self.store(seed)?;
        let result = v0_1_0::act(&game.pre, &mut store, state, action);
        Self::log_output(game, &store);
        Self::checked(result.map_err(classify)?)
    }

    /// Waits for a free sandbox slot; hold the permit for the duration of a blocking call.
    pub async fn slot(&self) -> Option<tokio::sync::OwnedSemaphorePermit> {
        self.permits.clone().acquire_owned().await.ok()
    }
}
