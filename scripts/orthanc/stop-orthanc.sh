#!/usr/bin/env bash
# Stops an Orthanc started by start-orthanc.sh and removes its temporary folder.
#
#   scripts/orthanc/stop-orthanc.sh PID        (or with ORTHANC_PID set in the environment)
#
# Only a process whose command line is Orthanc with a slicerbridge-orthanc.* configuration is
# signalled, so a stale or reused PID is never killed by mistake.
set -euo pipefail

say() { echo "stop-orthanc: $*" >&2; }
pid=${1:-${ORTHANC_PID:-}}
[ -n "$pid" ] || { say "usage: stop-orthanc.sh PID"; exit 2; }
[[ "$pid" =~ ^[0-9]+$ ]] || { say "not a process id: $pid"; exit 2; }

config=""
if [ -r "/proc/$pid/cmdline" ]; then
    config=$(tr '\0' '\n' < "/proc/$pid/cmdline" | grep -m1 -E '/slicerbridge-orthanc\.[^/]+/orthanc\.json$' || true)
fi
if [ -z "$config" ]; then
    say "process $pid is not a running test Orthanc; nothing to stop"
    exit 0
fi
dir=$(dirname "$config")

kill -TERM "$pid" 2>/dev/null || true
for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
if kill -0 "$pid" 2>/dev/null; then
    say "Orthanc $pid did not stop within 10 s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
fi
rm -rf "$dir"
say "stopped Orthanc $pid"
