//! The sandbox every plugin call runs in: one engine with the pooling allocator sized for a small
//! VM, fuel and an epoch deadline for CPU, capped memory and stack, and a WASI that grants nothing
//! but seeded randomness, fixed clocks and capped stdout/stderr. Every other import traps, because
//! fuel and epochs cannot interrupt a blocking host call (a WASI sleep or a socket read).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use wasmtime::component::{Linker, ResourceTable};
use wasmtime::{
    Config, Engine, InstanceAllocationStrategy, OptLevel, PoolingAllocationConfig, Store,
    StoreLimits, StoreLimitsBuilder,
};
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::{
    HostMonotonicClock, HostWallClock, WasiCtx, WasiCtxBuilder, WasiCtxView, WasiView,
};

/// The limits of one call. The defaults suit games that render a screen and judge an answer.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Linear memory per instance.
    pub memory_bytes: usize,
    /// Wasm stack per call.
    pub stack_bytes: usize,
    /// Fuel per call (about one unit per wasm instruction). Deterministic, so replay hits the
    /// same limit at the same place.
    pub fuel: u64,
    /// Wall-clock backstop per call, in epoch ticks of `EPOCH_TICK`.
    pub epoch_ticks: u64,
    /// Instances that may run at once; each reserves `memory_reservation` of address space.
    pub concurrent_instances: u32,
    /// Bytes a call may write to stdout and to stderr each; the rest is dropped.
    pub output_bytes: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            memory_bytes: 32 << 20,
            stack_bytes: 512 << 10,
            fuel: 500_000_000,
            epoch_ticks: 200,
            concurrent_instances: 32,
            output_bytes: 16 << 10,
        }
    }
}

/// How often the epoch advances; `Limits::epoch_ticks` counts these.
pub const EPOCH_TICK: Duration = Duration::from_millis(10);

/// Builds the one engine of the process.
pub fn engine(limits: &Limits) -> wasmtime::Result<Engine> {
    let mut pool = PoolingAllocationConfig::default();
    // A component instance of a Rust game has a handful of core instances, one memory and a few
    // tables. Slots are counted for `concurrent_instances` calls at once; each memory slot
    // reserves twice the memory limit of address space (instead of the default 4 GiB plus 2 GiB of
    // guard), so 32 slots take 2 GiB of address space and no physical memory until used.
    let instances = limits.concurrent_instances;
    pool.total_component_instances(instances)
        .total_core_instances(instances * 8)
        .total_memories(instances * 2)
        .total_tables(instances * 8)
        .total_stacks(instances)
        .max_memories_per_component(2)
        .max_tables_per_component(8)
        .max_core_instances_per_component(16)
        .max_memory_size(limits.memory_bytes)
        .max_component_instance_size(1 << 20)
        .max_core_instance_size(1 << 20)
        .table_elements(20_000);
    let mut config = Config::new();
    config
        .allocation_strategy(InstanceAllocationStrategy::Pooling(pool))
        .memory_reservation(2 * limits.memory_bytes as u64)
        .memory_guard_size(64 << 10)
        .memory_reservation_for_growth(0)
        .max_wasm_stack(limits.stack_bytes)
        .consume_fuel(true)
        .epoch_interruption(true)
        .cranelift_opt_level(OptLevel::Speed)
        .wasm_component_model(true);
    Engine::new(&config)
}

/// Advances the engine's epoch every `EPOCH_TICK` until dropped.
#[derive(Debug)]
pub struct EpochTicker {
    stop: Arc<AtomicBool>,
}

impl EpochTicker {
    pub fn start(engine: &Engine) -> std::io::Result<EpochTicker> {
        let stop = Arc::new(AtomicBool::new(false));
        let engine = engine.clone();
        let stopped = stop.clone();
        std::thread::Builder::new()
            .name("digifit-epoch".into())
            .spawn(move || {
                while !stopped.load(Ordering::Relaxed) {
                    #[allow(clippy::disallowed_methods)] // The ticker is the sandbox's wall clock.
                    std::thread::sleep(EPOCH_TICK);
                    engine.increment_epoch();
                }
            })?;
        Ok(EpochTicker { stop })
    }
}

impl Drop for EpochTicker {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// SplitMix64: a tiny, fully specified generator, so the sandbox's random bytes for a seed never
/// change with a library upgrade (replays must stay bit for bit).
#[derive(Debug, Clone)]
pub struct SeededRandom(u64);

impl SeededRandom {
    pub fn new(seed: u64) -> SeededRandom {
        SeededRandom(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

impl rand_core_wasi::TryRng for SeededRandom {
    type Error = std::convert::Infallible;

    fn try_next_u32(&mut self) -> Result<u32, Self::Error> {
        Ok((self.next_u64() >> 32) as u32)
    }

    fn try_next_u64(&mut self) -> Result<u64, Self::Error> {
        Ok(self.next_u64())
    }

    fn try_fill_bytes(&mut self, destination: &mut [u8]) -> Result<(), Self::Error> {
        for chunk in destination.chunks_mut(8) {
            let bytes = self.next_u64().to_le_bytes();
            chunk.copy_from_slice(&bytes[..chunk.len()]);
        }
        Ok(())
    }
}

/// A clock that always shows the same instant: derived from the seed, so a game that asks for
/// the time sees the same answer on replay.
#[derive(Debug, Clone, Copy)]
struct FixedClock {
    nanos: u64,
}

impl HostWallClock for FixedClock {
    fn resolution(&self) -> Duration {
        Duration::from_secs(1)
    }

    fn now(&self) -> Duration {
        Duration::from_nanos(self.nanos)
    }
}

impl HostMonotonicClock for FixedClock {
    fn resolution(&self) -> u64 {
        1_000_000_000
    }

    fn now(&self) -> u64 {
        self.nanos
    }
}

/// The data of one store: the restricted WASI context and the memory limiter.
pub struct Sandbox {
    wasi: WasiCtx,
    table: ResourceTable,
    limits: StoreLimits,
    stdout: MemoryOutputPipe,
    stderr: MemoryOutputPipe,
}

impl WasiView for Sandbox {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.wasi,
            table: &mut self.table,
        }
    }
}

impl Sandbox {
    /// What the call wrote to stderr (capped), for the admin's log.
    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr.contents()).into_owned()
    }

    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout.contents()).into_owned()
    }
}

/// A fresh store for one call, seeded for determinism.
pub fn store(engine: &Engine, limits: &Limits, seed: u64) -> wasmtime::Result<Store<Sandbox>> {
    let stdout = MemoryOutputPipe::new(limits.output_bytes);
    let stderr = MemoryOutputPipe::new(limits.output_bytes);
    // 2026-01-01T00:00:00Z plus up to a year, from the seed: plausible, fixed, replayable.
    let nanos =
        (1_767_225_600 + SeededRandom::new(seed ^ 0x5EED).next_u64() % 31_536_000) * 1_000_000_000;
    let clock = FixedClock { nanos };
    let wasi = WasiCtxBuilder::new()
        .stdout(stdout.clone())
        .stderr(stderr.clone())
        .secure_random(SeededRandom::new(seed))
        .insecure_random(SeededRandom::new(seed.rotate_left(17)))
        .insecure_random_seed(u128::from(seed))
        .wall_clock(clock)
        .monotonic_clock(clock)
        .build();
    let limits_for_store = StoreLimitsBuilder::new()
        .memory_size(limits.memory_bytes)
        .table_elements(20_000)
        .instances(32)
        .tables(16)
        .memories(2)
        .trap_on_grow_failure(true)
        .build();
    let mut store = Store::new(
        engine,
        Sandbox {
            wasi,
            table: ResourceTable::new(),
            limits: limits_for_store,
            stdout,
            stderr,
        },
    );
    store.limiter(|sandbox| &mut sandbox.limits);
    store.set_fuel(limits.fuel)?;
    store.set_epoch_deadline(limits.epoch_ticks);
    Ok(store)
}

/// The WASI interfaces plugins may use (by name without version). Every function of every other
/// interface a component imports is replaced by a trap in `define_forbidden_imports_as_traps`.
///
/// `wasi:cli/environment` is granted with an empty environment and no arguments: Rust's standard
/// library reads `RUST_BACKTRACE` when a game panics, and a trap there would hide the real fault
/// behind a misleading "forbidden" message. Empty, it reveals nothing.
pub const GRANTED_INTERFACES: [&str; 11] = [
    "wasi:cli/environment",
    "wasi:io/error",
    "wasi:io/poll",
    "wasi:io/streams",
    "wasi:cli/stdout",
    "wasi:cli/stderr",
    "wasi:clocks/wall-clock",
    "wasi:clocks/monotonic-clock",
    "wasi:random/random",
    "wasi:random/insecure",
    "wasi:random/insecure-seed",
];

/// The WASI version wasmtime-wasi defines; guests importing an older 0.2.x resolve to it. The
/// hostile-game test proves the traps land in the instances guests actually use.
const WASI_VERSION: &str = "0.2.12";

fn trap(
    full_name: String,
) -> impl Fn(
    wasmtime::StoreContextMut<'_, Sandbox>,
    wasmtime::component::types::ComponentFunc,
    &[wasmtime::component::Val],
    &mut [wasmtime::component::Val],
) -> wasmtime::Result<()>
+ Send
+ Sync
+ 'static {
    move |_, _, _, _| wasmtime::bail!("unknown import: `{full_name}` is not granted to plugins")
}

/// Replaces every function a component imports from a non-granted interface with a trap that
/// names it, so the component links, and using a forbidden capability (files, sockets, the
/// environment, exiting, stdin…) ends the call instead of doing anything. WASI interfaces keep
/// their real resource types (which other interfaces share), only their functions trap; unknown
/// non-WASI imports get trapping functions and opaque resources.
pub fn define_forbidden_imports_as_traps(
    linker: &mut Linker<Sandbox>,
    engine: &Engine,
    component: &wasmtime::component::Component,
) -> wasmtime::Result<()> {
    use wasmtime::component::types::ComponentItem;
    linker.allow_shadowing(true);
    for (name, import) in component.component_type().imports(engine) {
        let interface = name.split('@').next().unwrap_or(name);
        if GRANTED_INTERFACES.contains(&interface) {
            continue;
        }
        let is_wasi = interface.starts_with("wasi:");
        let host_name = if is_wasi {
            format!("{interface}@{WASI_VERSION}")
        } else {
            name.to_owned()
        };
        match import.ty {
            ComponentItem::ComponentInstance(instance) => {
                let mut stubs = linker.instance(&host_name)?;
                for (export, item) in instance.exports(engine) {
                    match item.ty {
                        ComponentItem::ComponentFunc(_) => {
                            stubs.func_new(export, trap(format!("{name}#{export}")))?
                        }
                        ComponentItem::Resource(_) if !is_wasi => {
                            stubs.resource(
                                export,
                                wasmtime::component::ResourceType::host::<()>(),
                                |_, _| Ok(()),
                            )?;
                        }
                        _ => {}
                    }
                }
            }
            ComponentItem::ComponentFunc(_) => {
                linker.root().func_new(name, trap(name.to_owned()))?
            }
            _ => {}
        }
    }
    linker.allow_shadowing(false);
    Ok(())
}

/// The base linker: all of WASI 0.2 with its real types, but a context that grants nothing (no
/// directories, no sockets, empty environment and stdin). The functions that could block are traps
/// here already; per component, every non-granted interface's functions become traps too.
pub fn linker(engine: &Engine) -> wasmtime::Result<Linker<Sandbox>> {
    let mut linker = Linker::new(engine);
    wasmtime_wasi::p2::add_to_linker_sync(&mut linker)?;
    linker.allow_shadowing(true);
    let poll = format!("wasi:io/poll@{WASI_VERSION}");
    let mut instance = linker.instance(&poll)?;
    for blocking in ["poll", "[method]pollable.block"] {
        instance.func_new(
            blocking,
            trap(format!("{poll}#{blocking} (it would block)")),
        )?;
    }
    linker.allow_shadowing(false);
    Ok(linker)
}
