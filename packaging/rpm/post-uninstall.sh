# %postun of the digifit .rpm. rpm has no purge: after `dnf remove digifit` the data stays in
# /var/lib/digifit and the digifit user stays; delete them by hand when they are no longer
# wanted (`rm -rf /var/lib/digifit`, `userdel digifit`). On upgrade ($1 >= 1) a running
# service is restarted with the new binary.
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null 2>&1 || :
    if [ "$1" -ge 1 ]; then
        systemctl try-restart digifit.service >/dev/null 2>&1 || :
    fi
fi
