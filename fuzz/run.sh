#!/usr/bin/env bash
# Fuzzes every target for SECONDS each (default 30): installs cargo-fuzz if it is missing, writes
# the seeds (fuzz/seeds), builds all targets and runs each with libFuzzer's -max_total_time.
# Exits non-zero if a target finds a crash; the input that crashed is then in
# fuzz/artifacts/<target>/ and the end of the target's log is printed. Inputs that reached new
# code stay in fuzz/corpus/<target>/ for the next run. Nothing here is committed (fuzz/.gitignore).
#
# Usage: fuzz/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-30}"
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: fuzz/run.sh [SECONDS]   (seconds per target, a whole number above 0)" >&2
    exit 2
fi

# The toolchain is stable (rust-toolchain.toml). cargo-fuzz's default sanitizer, AddressSanitizer,
# needs the nightly-only -Zsanitizer; with `--sanitizer none` cargo-fuzz passes only stable flags
# (the coverage instrumentation goes through -Cpasses and -Cllvm-args), so no RUSTC_BOOTSTRAP is
# needed. What is lost is ASan's detection of memory errors in unsafe code; the code under fuzz
# has none of its own (unsafe_code = "deny"), and panics, failed assertions, overflow (debug
# assertions are on), timeouts and memory blow-ups are still reported as crashes.
build_flags=(--sanitizer none)
# A single input that runs 20 s is a hang worth failing for; the default is 20 minutes.
run_flags=(-timeout=20 -print_final_stats=1)

phase_start=$SECONDS
phase() { # NAME: prints how long the previous phase took, then starts timing the next
    printf -- '--- %s (previous phase: %d s)\n' "$1" $((SECONDS - phase_start))
    phase_start=$SECONDS
}

phase "cargo-fuzz"
if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked
fi
cargo fuzz --version

phase "seeds"
# fuzz/Cargo.lock holds the root Cargo.lock's versions plus libfuzzer-sys. When digifit's
# dependencies have changed since it was last brought up to date, it is made again from the root
# lock, so every crate the two share keeps the root's version and a changed dependency of digifit
# does not break fuzzing; commit the result. Otherwise the build below uses it as it is.
if ! cargo metadata --manifest-path fuzz/Cargo.toml --locked --format-version 1 >/dev/null 2>&1; then
    echo "fuzz/Cargo.lock does not match digifit's dependencies; making it again from Cargo.lock"
    cp Cargo.lock fuzz/Cargo.lock
    cargo metadata --manifest-path fuzz/Cargo.toml --format-version 1 >/dev/null
fi
cargo run --manifest-path fuzz/Cargo.toml --locked --quiet --package digifit-fuzz-seeds

phase "build"
cargo fuzz build "${build_flags[@]}"

# The targets run straight from the build above: `cargo fuzz run` would build again first, and
# a source edited meanwhile would make one target's run time a build time.
host=$(rustc -vV | sed -n 's/^host: //p')
mapfile -t targets < <(cargo fuzz list)
failed=()
for target in "${targets[@]}"; do
    phase "run $target for $seconds s"
    mkdir -p "fuzz/artifacts/$target" "fuzz/corpus/$target"
    log="fuzz/artifacts/$target.log"
    started=$(mktemp)
    if "${CARGO_TARGET_DIR:-fuzz/target}/$host/release/$target" -max_total_time="$seconds" "${run_flags[@]}" \
        -artifact_prefix="fuzz/artifacts/$target/" "fuzz/corpus/$target" >"$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
        corpus=$(find "fuzz/corpus/$target" -type f | wc -l)
        echo "$target: ${runs:-?} executions, ${speed:-?} per second, $corpus inputs in the corpus"
    else
        failed+=("$target")
        echo "$target FAILED; the end of $log:"
        tail -n 60 "$log"
        # The input, also in base64 so that a CI log alone is enough to reproduce it.
        find "fuzz/artifacts/$target" -type f -newer "$started" | while read -r input; do
            echo "input $input ($(wc -c <"$input") bytes), base64:"
            head -c 65536 "$input" | base64 -w 0
            echo
        done
        echo "Reproduce with: cargo fuzz run ${build_flags[*]} $target <input>"
    fi
    rm -f "$started"
done
phase "done"

if ((${#failed[@]} > 0)); then
    echo "fuzzing found crashes in: ${failed[*]}" >&2
    exit 1
fi
