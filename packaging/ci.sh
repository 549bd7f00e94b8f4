#!/usr/bin/env bash
# Packaging gate, run from the repository root: checks the hardening of systemd/digifit.service,
# builds the .deb (cargo-deb) and the .rpm (cargo-generate-rpm) from the release binary, installs
# the .deb on this machine and checks what it did, removes and purges it again, and inspects the
# .rpm with `rpm -qp` (rpm cannot be installed on Debian). It installs what is missing itself:
# cargo-deb and cargo-generate-rpm (`cargo install --locked`, several minutes each on 2 cores,
# once per machine) and Debian's `rpm` package. Needs root (dpkg -i). It leaves the machine as
# it found it: no digifit package, no /var/lib/digifit, and no digifit user unless one existed.
#
# Environment:
#   DIGIFIT_SKIP_BUILD=1  package target/release/digifit as it is (the caller built it);
#                         otherwise `cargo build --release`, a no-op when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never

target_dir="${CARGO_TARGET_DIR:-target}"
unit=systemd/digifit.service
# Exposure ×10 (`systemd-analyze security --threshold` takes the figure that way): fail above 1.5.
max_exposure_x10=15

# ---------------------------------------------------------------- timings and failure handling
step_names=()
step_seconds=()
step_name=""
step_started=0
end_step() {
    if [ -n "$step_name" ]; then
        step_names+=("$step_name")
        step_seconds+=($(($(date +%s) - step_started)))
        step_name=""
    fi
}
step() {
    end_step
    step_name="$1"
    step_started=$(date +%s)
    printf '\n=== packaging: %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"
}
print_timings() {
    end_step
    printf '\n=== packaging: timings\n'
    local i
    for i in "${!step_names[@]}"; do
        printf '%6ss  %s\n' "${step_seconds[$i]}" "${step_names[$i]}"
    done
}
fail() {
    echo "packaging: FAILED: $*" >&2
    exit 1
}

# What this script changed on the machine, undone on every exit (a failed check included).
installed_deb=0
user_existed=0
cleanup() {
    local status=$?
    if [ "$installed_deb" = 1 ] && dpkg-query -W -f='${db:Status-Status}' digifit 2>/dev/null |
        grep -qv '^not-installed$'; then
        echo "packaging: purging the digifit package left by a failed check" >&2
        dpkg -P digifit >/dev/null || true
    fi
    if [ "$installed_deb" = 1 ] && [ "$user_existed" = 0 ] && getent passwd digifit >/dev/null; then
        # The package keeps its system user on purge (see packaging/debian/postrm); this
        # machine did not have one before, so the check removes it.
        userdel digifit || true
        getent group digifit >/dev/null && { groupdel digifit || true; }
    fi
    print_timings
    exit "$status"
}
trap cleanup EXIT

# ------------------------------------------------------------------------------------ tools
step "tool: cargo-deb"
if ! cargo deb --version >/dev/null 2>&1; then
    cargo install --locked cargo-deb
fi
cargo deb --version

step "tool: cargo-generate-rpm"
if ! cargo generate-rpm --version >/dev/null 2>&1; then
    cargo install --locked cargo-generate-rpm
fi
cargo generate-rpm --version

step "tool: rpm (to inspect the .rpm)"
if ! command -v rpm >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y --no-install-recommends rpm \
        || { apt-get update && apt-get install -y --no-install-recommends rpm; }
fi
rpm --version

# ------------------------------------------------------------------------------- the unit
step "unit: systemd-analyze security (exposure ≤ $((max_exposure_x10 / 10)).$((max_exposure_x10 % 10)))"
security_status=0
security_report=$(systemd-analyze security --offline=true --threshold="$max_exposure_x10" \
    "$unit" 2>&1) || security_status=$?
# The open items and the overall figure; the full table has some 80 lines.
grep -E '✗|Overall exposure' <<<"$security_report" || true
if [ "$security_status" != 0 ]; then
    fail "$unit: exposure above $((max_exposure_x10 / 10)).$((max_exposure_x10 % 10)) (systemd-analyze exited $security_status)"
fi
# `systemd-analyze verify` works offline too, but insists that ExecStart's binary exists; it
# runs on the installed unit below.

step "maintainer scripts: sh -n"
for script in packaging/debian/postinst packaging/debian/postrm packaging/rpm/*.sh; do
    sh -n "$script" || fail "$script: syntax error"
done
echo "ok"

# ------------------------------------------------------------------------------ the builds
step "release binary"
if [ "${DIGIFIT_SKIP_BUILD:-0}" = 1 ]; then
    echo "DIGIFIT_SKIP_BUILD=1: packaging $target_dir/release/digifit as it is"
else
    cargo build --release -p digifit --locked
fi
[ -x "$target_dir/release/digifit" ] || fail "no binary at $target_dir/release/digifit"

step "build: .deb (cargo deb)"
# cargo-deb prints the path of the package it wrote on stdout.
deb=$(cargo deb -p digifit --no-build | tail -n 1)
[ -f "$deb" ] || fail "cargo deb wrote no package (got: $deb)"
ls -l "$deb"

step "build: .rpm (cargo generate-rpm)"
rm -rf "$target_dir/generate-rpm"
cargo generate-rpm -p core
rpms=("$target_dir"/generate-rpm/digifit-*.rpm)
[ -f "${rpms[0]}" ] || fail "cargo generate-rpm wrote no package"
rpm_file="${rpms[0]}"
ls -l "$rpm_file"

# ----------------------------------------------------------------------- the .deb, offline
step "deb: contents and maintainer scripts"
dpkg-deb --info "$deb"
deb_contents=$(dpkg-deb --contents "$deb")
echo "$deb_contents"
for path in ./usr/bin/digifit ./usr/lib/systemd/system/digifit.service \
    ./usr/lib/sysusers.d/digifit.conf ./etc/digifit/digifit.toml \
    ./usr/share/doc/digifit/README.md ./usr/share/doc/digifit/README.packaging.md \
    ./usr/share/doc/digifit/copyright; do
    grep -q " $path\$" <<<"$deb_contents" || fail ".deb lacks $path"
done
control_dir=$(mktemp -d)
dpkg-deb --control "$deb" "$control_dir"
grep -qx '/etc/digifit/digifit.toml' "$control_dir/conffiles" || fail "the config is no conffile"
grep -q 'systemd-sysusers' "$control_dir/postinst" || fail "postinst does not create the user"
grep -q 'install -d -m 0700 -o digifit -g digifit /var/lib/digifit' "$control_dir/postinst" \
    || fail "postinst does not create /var/lib/digifit"
# Installing must neither enable nor start the service (TLS first).
if grep -q 'deb-systemd-invoke start\|_dh_action=start' "$control_dir/postinst"; then
    fail "postinst starts the service"
fi
grep -q 'was-enabled' "$control_dir/postinst" || fail "postinst lacks the don't-enable fragment"
grep -q 'rm -rf /var/lib/digifit' "$control_dir/postrm" || fail "postrm does not purge the data"
for script in "$control_dir"/{postinst,prerm,postrm}; do
    [ -f "$script" ] && { sh -n "$script" || fail "$(basename "$script"): syntax error"; }
done
rm -rf "$control_dir"
echo "ok"

# ------------------------------------------------------------------------ the .deb, for real
step "deb: install (dpkg -i)"
[ "$(id -u)" = 0 ] || fail "installing the .deb needs root"
if dpkg-query -W -f='${db:Status-Status}' digifit 2>/dev/null | grep -qv '^not-installed$'; then
    fail "a digifit package is installed on this machine already; this check would replace it"
fi
if [ -e /var/lib/digifit ]; then
    fail "/var/lib/digifit exists already; the purge check would delete it"
fi
getent passwd digifit >/dev/null && user_existed=1
if [ -d /run/systemd/system ]; then
    echo "systemd is running: the maintainer scripts will talk to it"
else
    echo "systemd is not running (PID 1: $(cat /proc/1/comm)): the maintainer scripts must cope"
fi
installed_deb=1
dpkg -i "$deb"

step "deb: installed files, user, permissions"
/usr/bin/digifit --version
/usr/bin/digifit check-config --config /etc/digifit/digifit.toml
# The service reads the config as its own user (0640 root:digifit).
runuser -u digifit -- /usr/bin/digifit check-config --config /etc/digifit/digifit.toml >/dev/null \
    || fail "the digifit user cannot read /etc/digifit/digifit.toml"
id digifit
[ "$(getent passwd digifit | cut -d: -f7)" = /usr/sbin/nologin ] \
    || [ "$(getent passwd digifit | cut -d: -f7)" = /sbin/nologin ] \
    || fail "the digifit user has a login shell"
[ "$(stat -c '%a %U:%G' /var/lib/digifit)" = "700 digifit:digifit" ] \
    || fail "/var/lib/digifit is $(stat -c '%a %U:%G' /var/lib/digifit), not 700 digifit:digifit"
[ "$(stat -c '%a %U:%G' /etc/digifit/digifit.toml)" = "640 root:digifit" ] \
    || fail "/etc/digifit/digifit.toml is $(stat -c '%a %U:%G' /etc/digifit/digifit.toml)"
stat -c '%A %U:%G %n' /usr/bin/digifit /etc/digifit/digifit.toml /var/lib/digifit \
    /usr/lib/systemd/system/digifit.service /usr/lib/sysusers.d/digifit.conf
enabled=$(systemctl --root=/ is-enabled digifit.service 2>&1 || true)
[ "$enabled" = disabled ] || fail "digifit.service is '$enabled' after install, not 'disabled'"
echo "digifit.service: $enabled (installed, not enabled, not started)"

step "unit: systemd-analyze verify (installed unit)"
systemd-analyze verify /usr/lib/systemd/system/digifit.service
echo "ok"

step "deb: remove (dpkg -r) keeps the data"
touch /var/lib/digifit/kept-by-remove
dpkg -r digifit
[ ! -e /usr/bin/digifit ] || fail "/usr/bin/digifit survived dpkg -r"
[ -f /var/lib/digifit/kept-by-remove ] || fail "dpkg -r deleted /var/lib/digifit"
[ "$(stat -c '%a %U:%G' /var/lib/digifit)" = "700 digifit:digifit" ] || fail "dpkg -r changed /var/lib/digifit"
[ -f /etc/digifit/digifit.toml ] || fail "dpkg -r deleted the conffile"
echo "ok: /var/lib/digifit and /etc/digifit/digifit.toml kept"

step "deb: purge (dpkg -P) deletes the data, keeps the user"
dpkg -P digifit
[ ! -e /var/lib/digifit ] || fail "dpkg -P left /var/lib/digifit"
[ ! -e /etc/digifit/digifit.toml ] || fail "dpkg -P left /etc/digifit/digifit.toml"
getent passwd digifit >/dev/null || fail "dpkg -P removed the digifit user (packaging/debian/postrm says it stays)"
echo "ok: data and config gone; the digifit user stays, as packaging/debian/postrm says"

# --------------------------------------------------------------------------------- the .rpm
step "rpm: rpm -qp"
rpm -qp --info "$rpm_file"
echo "--- rpm -qp --list"
rpm_list=$(rpm -qp --list "$rpm_file")
echo "$rpm_list"
for path in /usr/bin/digifit /usr/lib/systemd/system/digifit.service \
    /usr/lib/sysusers.d/digifit.conf /etc/digifit/digifit.toml \
    /usr/share/doc/digifit/README.md /usr/share/doc/digifit/README.packaging.md; do
    grep -qx "$path" <<<"$rpm_list" || fail ".rpm lacks $path"
done
echo "--- modes, owners and flags (c = %config, n = noreplace, d = %doc)"
rpm_files=$(rpm -qp --qf '[%{FILEMODES:perms} %{FILEUSERNAME}:%{FILEGROUPNAME} %{FILEFLAGS:fflags} %{FILENAMES}\n]' "$rpm_file")
echo "$rpm_files"
grep -qx -- '-rw-r----- root:digifit cn /etc/digifit/digifit.toml' <<<"$rpm_files" \
    || fail "the config is not %config(noreplace) 0640 root:digifit"
echo "--- rpm -qp --scripts"
rpm_scripts=$(rpm -qp --scripts "$rpm_file")
echo "$rpm_scripts"
for scriptlet in preinstall postinstall preuninstall postuninstall; do
    grep -q "^$scriptlet scriptlet" <<<"$rpm_scripts" || fail ".rpm lacks its $scriptlet scriptlet"
done
grep -q 'systemd-sysusers --replace=/usr/lib/sysusers.d/digifit.conf' <<<"$rpm_scripts" \
    || fail "%pre does not create the user"
grep -q 'useradd --system' <<<"$rpm_scripts" || fail "%pre lacks the useradd fallback"
grep -q 'install -d -m 0700 -o digifit -g digifit /var/lib/digifit' <<<"$rpm_scripts" \
    || fail "%post does not create /var/lib/digifit"
grep -q 'disable --now digifit.service' <<<"$rpm_scripts" || fail "%preun does not stop the service"
if grep -v '^ *#' <<<"$rpm_scripts" | grep -q 'systemctl.* enable\|systemctl.* start\|systemctl.* preset'; then
    fail "the .rpm enables or starts the service"
fi
# %pre repeats the sysusers line; both must create the same user.
sysusers_line=$(grep -v '^#' systemd/digifit.sysusers | grep .)
grep -qF "echo '$sysusers_line'" <<<"$rpm_scripts" \
    || fail "%pre and systemd/digifit.sysusers disagree about the user"
echo "--- rpm -qp --requires"
rpm_requires=$(rpm -qp --requires "$rpm_file")
echo "$rpm_requires"
for requirement in /bin/sh shadow-utils 'libc.so.6()(64bit)'; do
    grep -qF "$requirement" <<<"$rpm_requires" || fail ".rpm does not require $requirement"
done

step "done"
echo "packaging: all checks passed"
echo "  $deb"
echo "  $rpm_file"
