#!/usr/bin/env bash
# Browser tests in real headless Chromium, the single entry point CI calls. It installs what is
# missing (Debian's chromium, the locked npm packages), builds the release binary unless
# DIGIFIT_BIN names one, starts `digifit demo` on a free loopback port with a fresh data
# directory, waits for /readyz, runs walk.mjs and always stops the server again. Screenshots,
# the server log and the summary go to e2e/artifacts/ (gitignored; CI keeps the folder).
#
# Environment:
#   DIGIFIT_BIN       use this binary instead of building target/release/digifit
#   E2E_TIMEOUT       seconds the browser walk may take before it is killed (default 900)
#   E2E_LEVEL3        0 skips the extra level-3 run per game (default 1)
#   E2E_STRICT_LAYOUT 1 makes the 360 px layout warnings (sideways scrolling, squeezed
#                     radios and checkboxes) fail the run too
set -euo pipefail

e2e_dir="$(cd "$(dirname "$0")" && pwd)"
repo_root="$(cd "$e2e_dir/.." && pwd)"
artifacts="$e2e_dir/artifacts"

step() { printf '\n=== e2e: %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; }
started_at=$(date +%s)

step "chromium"
if [ ! -x /usr/bin/chromium ]; then
    sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get install -y chromium \
        || { "${sudo_cmd[@]}" apt-get update && "${sudo_cmd[@]}" apt-get install -y chromium; }
fi
/usr/bin/chromium --version 2>/dev/null

step "npm packages"
# `npm ci` only when node_modules does not match the committed lock file (a stamp records the
# lock file npm ci last installed).
if ! cmp -s "$e2e_dir/package-lock.json" "$e2e_dir/node_modules/.e2e-installed-lock" 2>/dev/null; then
    (cd "$e2e_dir" && npm ci --no-audit --no-fund)
    cp "$e2e_dir/package-lock.json" "$e2e_dir/node_modules/.e2e-installed-lock"
else
    echo "node_modules matches package-lock.json"
fi

step "digifit binary"
if [ -n "${DIGIFIT_BIN:-}" ]; then
    bin="$DIGIFIT_BIN"
else
    # A no-op when the binary is up to date; otherwise the full release build.
    (cd "$repo_root" && cargo build --release --locked)
    bin="${CARGO_TARGET_DIR:-$repo_root/target}/release/digifit"
fi
if [ ! -x "$bin" ]; then
    echo "e2e: no digifit binary at $bin" >&2
    exit 1
fi
echo "$bin"

step "demo server"
rm -rf "$artifacts"
mkdir -p "$artifacts"
data_dir="$(mktemp -d "${TMPDIR:-/tmp}/digifit-e2e-data.XXXXXX")"
port="$(node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')"
base_url="http://127.0.0.1:$port"
"$bin" demo --listen "127.0.0.1:$port" --data "$data_dir" >"$artifacts/server.log" 2>&1 &
server_pid=$!

stop_server() {
    local status=$?
    if kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.2
        done
        kill -KILL "$server_pid" 2>/dev/null || true
    fi
    wait "$server_pid" 2>/dev/null || true
    rm -rf "$data_dir"
    printf '\n=== e2e: finished with exit code %s after %ss\n' "$status" "$(($(date +%s) - started_at))"
    exit "$status"
}
trap stop_server EXIT
trap 'exit 130' INT TERM

# Wait (up to 120 s) for /readyz to answer 200; fail early if the server died.
node - "$base_url/readyz" "$server_pid" <<'EOF'
const [url, pid] = process.argv.slice(2);
const deadline = Date.now() + 120_000;
for (;;) {
  try { process.kill(Number(pid), 0); } catch {
    console.error(`e2e: the server exited before it was ready; see e2e/artifacts/server.log`);
    process.exit(1);
  }
  try {
    const response = await fetch(url);
    if (response.status === 200) { console.log(`ready: ${url}`); process.exit(0); }
  } catch { /* not listening yet */ }
  if (Date.now() > deadline) { console.error(`e2e: ${url} did not answer 200 within 120 s`); process.exit(1); }
  await new Promise((resolve) => setTimeout(resolve, 250));
}
EOF

step "browser walk"
DIGIFIT_URL="$base_url" E2E_ARTIFACTS="$artifacts" \
    timeout --kill-after=10 "${E2E_TIMEOUT:-900}" node "$e2e_dir/walk.mjs"
