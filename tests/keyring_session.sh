#!/usr/bin/env bash
# Run a command inside a private D-Bus session with a fresh, unlocked gnome-keyring (Secret Service).
#
#   tests/keyring_session.sh bash -c 'printf "key\npass\nsig\n" | uv run tupay-cli credentials set --env staging --stdin \
#       && secret-tool search service tupay-desktop && uv run tupay-cli credentials status'
#
# The keyring lives in a temporary HOME/XDG_DATA_HOME that is deleted afterwards; the bus and the
# daemon end with the command (dbus-run-session). Needs the Debian packages dbus, gnome-keyring and
# libsecret-tools. Works as root in a container.
set -euo pipefail
if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARG...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon secret-tool; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is missing (apt-get install dbus gnome-keyring libsecret-tools)" >&2; exit 1; }
done
root="$(mktemp -d -t tupay-keyring-XXXXXX)"
trap 'rm -rf "$root"' EXIT
mkdir -m 700 "$root/home" "$root/data" "$root/run"
export HOME="$root/home" XDG_DATA_HOME="$root/data" XDG_RUNTIME_DIR="$root/run" XDG_CONFIG_HOME="$root/home/.config"
# Keep the Desk's own files away from the caller's unless they chose a place.
export TUPAY_DESK_CONFIG_DIR="${TUPAY_DESK_CONFIG_DIR:-$root/desk-config}"
export TUPAY_DESK_DATA_DIR="${TUPAY_DESK_DATA_DIR:-$root/desk-data}"

# shellcheck disable=SC2016
exec_inner='
set -euo pipefail
# A non-empty password on stdin makes gnome-keyring create and unlock the "login" collection.
printf "tupay-session-login" | gnome-keyring-daemon --daemonize --replace --unlock --components=secrets >/dev/null
for _ in $(seq 1 100); do
    if printf probe | secret-tool store --label=probe service tupay-desktop-probe username probe 2>/dev/null; then
        secret-tool clear service tupay-desktop-probe username probe
        break
    fi
    sleep 0.1
done
exec "$@"
'
# gnome-keyring-daemon leaves when the session bus does, i.e. when the command ends.
set +e
dbus-run-session -- bash -c "$exec_inner" keyring-session "$@"
