#!/bin/sh
# Runs a command as a client of Weston's headless compositor: a Wayland session
# without a screen, as on a laptop running GNOME or KDE on Wayland. Used by
# `make installer-test` to open the built program's windows on Wayland.
#   installer/wayland_session.sh dist/ascn-desktop/ascn-desktop --self-test
set -eu
runtime=$(mktemp -d)
chmod 700 "$runtime"
XDG_RUNTIME_DIR=$runtime weston --backend=headless-backend.so --socket=ascn-test >"$runtime/weston.log" 2>&1 &
weston=$!
trap 'kill $weston 2>/dev/null; wait $weston 2>/dev/null; rm -rf "$runtime"' EXIT
tries=0
while [ ! -S "$runtime/ascn-test" ] && [ $tries -lt 100 ]; do sleep 0.1; tries=$((tries + 1)); done
if [ ! -S "$runtime/ascn-test" ]; then
    echo "wayland_session: Weston did not start:" >&2
    cat "$runtime/weston.log" >&2
    exit 1
fi
XDG_RUNTIME_DIR=$runtime WAYLAND_DISPLAY=ascn-test QT_QPA_PLATFORM=wayland "$@"
