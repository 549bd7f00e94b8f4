# %post of the digifit .rpm. The unit is installed but neither enabled nor started (no
# `systemctl preset` either): a fresh install serves nothing until the admin has configured TLS
# and runs `systemctl enable --now digifit`. systemctl runs only where systemd is running.
install -d -m 0700 -o digifit -g digifit /var/lib/digifit
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null 2>&1 || :
fi
