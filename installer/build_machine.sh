#!/bin/sh
# The Linux build machine's own packages that the folder must carry: the X11
# libraries Qt's xcb platform plugin loads (Qt 6.5+ needs libxcb-cursor0, which
# many desktops lack, so the folder brings it). PyInstaller copies them only if
# the build machine has them. Installed only when missing, and only where
# apt-get can run (Debian, Ubuntu, as root); elsewhere build_installer.spec
# stops with the list of what is missing. Xvfb and Weston are for
# `make installer-test`, which also opens the built program's windows on a
# virtual X11 screen and in a headless Wayland session.
set -eu
packages="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
libxcb-randr0 libxcb-xkb1 libxcb-xfixes0 libxcb-sync1 libxcb-shm0 libxkbcommon-x11-0 libx11-xcb1 libdbus-1-3
xvfb xauth weston"
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=""
for package in $packages; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
[ -n "$missing" ] || exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installer: installing$missing"
    apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
    echo "installer: this machine lacks$missing (install them with apt-get to build a folder that opens on X11)" >&2
fi
