# %pre of the digifit .rpm: creates the digifit system user and group before the files are
# unpacked, so that /etc/digifit/digifit.toml can belong to group digifit. The line given to
# systemd-sysusers is the one of systemd/digifit.sysusers (installed as
# /usr/lib/sysusers.d/digifit.conf; packaging/ci.sh checks they agree). Without systemd-sysusers,
# useradd does the same.
if command -v systemd-sysusers >/dev/null 2>&1; then
    echo 'u digifit - "digifit server" /var/lib/digifit' |
        systemd-sysusers --replace=/usr/lib/sysusers.d/digifit.conf -
else
    getent group digifit >/dev/null || groupadd --system digifit
    getent passwd digifit >/dev/null ||
        useradd --system --gid digifit --home-dir /var/lib/digifit --no-create-home \
            --shell /sbin/nologin --comment "digifit server" digifit
fi
