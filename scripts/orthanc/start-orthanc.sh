#!/usr/bin/env bash
# Starts a throw-away Orthanc with the DICOMweb plugin for the SlicerBridge DICOM integration tests.
#
#   scripts/orthanc/start-orthanc.sh
#
# Installs the Debian packages orthanc and orthanc-dicomweb (and curl, a C compiler) when missing,
# starts Orthanc listening on 127.0.0.1 only, with its database in a fresh temporary folder, waits
# until it answers, and prints on stdout (for eval):
#   ORTHANC_URL=http://127.0.0.1:PORT
#   DICOMWEB_URL=http://127.0.0.1:PORT/dicom-web
#   ORTHANC_PID=PID
#   ORTHANC_DIR=temporary folder (removed by stop-orthanc.sh)
# Progress goes to stderr. Stop it with: scripts/orthanc/stop-orthanc.sh "$ORTHANC_PID"
#
# Environment: ORTHANC_PORT (default: first free port from 8042), ORTHANC_USER/ORTHANC_PASSWORD
# (require HTTP basic auth), ORTHANC_START_TIMEOUT seconds (default 30).
#
# Orthanc 1.10 always binds 0.0.0.0, so it runs with loopback-bind.c (compiled here) preloaded,
# which turns wildcard binds into loopback binds; the script then checks the listening socket.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
say() { echo "start-orthanc: $*" >&2; }
fail() { say "error: $*"; exit 1; }

run_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else fail "root is needed to run: $*"; fi
}

dicomweb_plugin() {
    dpkg -L orthanc-dicomweb 2>/dev/null | grep -m1 -E 'libOrthancDicomWeb\.so' || true
}

install_missing() {
    local packages=()
    command -v Orthanc >/dev/null 2>&1 || packages+=(orthanc)
    [ -n "$(dicomweb_plugin)" ] || packages+=(orthanc-dicomweb)
    command -v curl >/dev/null 2>&1 || packages+=(curl)
    command -v cc >/dev/null 2>&1 || packages+=(gcc libc6-dev)
    [ ${#packages[@]} -eq 0 ] && return 0

    say "installing ${packages[*]}"
    # The orthanc package starts a system-wide service on all interfaces from its postinst;
    # a temporary policy-rc.d that refuses service starts keeps that from happening.
    local policy=/usr/sbin/policy-rc.d added_policy=no
    if [ ! -e "$policy" ]; then
        run_root sh -c "printf '#!/bin/sh\nexit 101\n' > $policy && chmod 0755 $policy"
        added_policy=yes
    fi
    local status=0
    run_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q \
        --no-install-recommends "${packages[@]}" >&2 || status=$?
    if [ $status -ne 0 ]; then
        say "install failed; refreshing package lists and retrying"
        run_root apt-get -o DPkg::Lock::Timeout=600 update -q >&2 || true
        status=0
        run_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q \
            --no-install-recommends "${packages[@]}" >&2 || status=$?
    fi
    [ "$added_policy" = yes ] && run_root rm -f "$policy"
    [ $status -eq 0 ] || fail "apt-get install ${packages[*]} failed"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

choose_port() {
    if [ -n "${ORTHANC_PORT:-}" ]; then
        port_in_use "$ORTHANC_PORT" && fail "port $ORTHANC_PORT is already in use"
        echo "$ORTHANC_PORT"
        return
    fi
    local port
    for port in $(seq 8042 8141); do
        port_in_use "$port" || { echo "$port"; return; }
    done
    fail "no free port between 8042 and 8141"
}

json_string() { python3 -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$1" 2>/dev/null || printf '"%s"' "$1"; }

install_missing
plugin=$(dicomweb_plugin)
[ -n "$plugin" ] || fail "the DICOMweb plugin (package orthanc-dicomweb) was not found"
port=$(choose_port)
dir=$(mktemp -d -t slicerbridge-orthanc.XXXXXXXX)
mkdir -p "$dir/storage"
cc -O2 -shared -fPIC -o "$dir/loopback-bind.so" "$here/loopback-bind.c" -ldl || fail "cannot compile loopback-bind.c"

auth_enabled=false
users="{}"
curl_auth=()
if [ -n "${ORTHANC_USER:-}" ]; then
    auth_enabled=true
    users="{ $(json_string "$ORTHANC_USER") : $(json_string "${ORTHANC_PASSWORD:-}") }"
    curl_auth=(--user "$ORTHANC_USER:${ORTHANC_PASSWORD:-}")
fi
name="slicerbridge-test-$port-$$"
cat > "$dir/orthanc.json" <<JSON
{
  "Name": "$name",
  "StorageDirectory": $(json_string "$dir/storage"),
  "IndexDirectory": $(json_string "$dir/storage"),
  "HttpPort": $port,
  "RemoteAccessAllowed": false,
  "AuthenticationEnabled": $auth_enabled,
  "RegisteredUsers": $users,
  "DicomServerEnabled": false,
  "HttpCompressionEnabled": false,
  "OverwriteInstances": true,
  "SaveJobs": false,
  "Plugins": [ $(json_string "$plugin") ],
  "DicomWeb": { "Enable": true, "Root": "/dicom-web/", "EnableWado": false, "Ssl": false }
}
JSON

# Detached from this shell's stdin/stdout so that $(start-orthanc.sh) returns.
LD_PRELOAD="$dir/loopback-bind.so" setsid Orthanc --logdir="$dir" "$dir/orthanc.json" </dev/null >/dev/null 2>&1 &
pid=$!
echo "$pid" > "$dir/orthanc.pid"
url="http://127.0.0.1:$port"

deadline=$(( $(date +%s) + ${ORTHANC_START_TIMEOUT:-30} ))
until curl -fsS "${curl_auth[@]}" "$url/system" 2>/dev/null | grep -q "\"$name\""; do
    if ! kill -0 "$pid" 2>/dev/null; then
        say "Orthanc exited during start-up"; tail -n 20 "$dir"/Orthanc*.log* >&2 2>/dev/null || true
        rm -rf "$dir"; exit 1
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
        say "Orthanc did not answer within ${ORTHANC_START_TIMEOUT:-30} s"
        kill "$pid" 2>/dev/null || true; exit 1
    fi
    sleep 0.1
done

# Refuse to leave a server reachable from the network.
if command -v ss >/dev/null 2>&1 && ss -Hltn "sport = :$port" | awk '{print $4}' | grep -qvE '^(127\.0\.0\.1|\[::1\]):'; then
    kill "$pid" 2>/dev/null || true
    fail "Orthanc listens on a non-loopback address; stopped it"
fi

say "Orthanc $pid ready at $url (DICOMweb $url/dicom-web), data in $dir"
echo "ORTHANC_URL=$url"
echo "DICOMWEB_URL=$url/dicom-web"
echo "ORTHANC_PID=$pid"
echo "ORTHANC_DIR=$dir"
