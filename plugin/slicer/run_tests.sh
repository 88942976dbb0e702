#!/usr/bin/env bash
# Python tests of the Slicer plugin's client against a real server process.
# Needs: dotnet, and Debian's python3-grpcio python3-protobuf python3-numpy python3-pytest.
# Exits non-zero on any failure, including "no tests collected" (pytest exit 5).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
configuration="${CONFIGURATION:-Release}"

if [ -z "${SLICERBRIDGE_DLL:-}" ]; then
  dotnet build "$repo/src/SlicerBridge.Cli/SlicerBridge.Cli.csproj" -c "$configuration" --nologo -v quiet || exit 1
  export SLICERBRIDGE_DLL="$repo/src/SlicerBridge.Cli/bin/$configuration/net10.0/slicerbridge.dll"
fi

/usr/bin/python3 -m pytest "$here/tests" -q -p no:cacheprovider "$@"
status=$?
if [ "$status" -eq 5 ]; then
  echo "run_tests.sh: pytest collected no tests" >&2
  exit 1
fi
exit "$status"
