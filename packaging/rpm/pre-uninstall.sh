# %preun of the digifit .rpm: on removal ($1 = 0, not on upgrade) stop and disable the service.
if [ "$1" -eq 0 ] && [ -d /run/systemd/system ]; then
    systemctl --no-reload disable --now digifit.service >/dev/null 2>&1 || :
fi
