#!/usr/bin/env bash
# Regenerates the Python stubs of the plugin from proto/ (the one contract).
# Needs Debian's protobuf-compiler and protobuf-compiler-grpc (protoc, grpc_python_plugin).
# The generated files are committed; run this after changing a .proto and commit the result.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
proto_root="$(cd "$here/../../proto" && pwd)"
out="$here/SlicerBridge/SlicerBridgeLib/generated"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

protoc -I "$proto_root" \
  --python_out="$tmp" --pyi_out="$tmp" --grpc_out="$tmp" \
  --plugin=protoc-gen-grpc=/usr/bin/grpc_python_plugin \
  "$proto_root"/slicerbridge/v1/*.proto

# protoc names imports after the proto package (slicerbridge.v1); inside the plugin the stubs live in
# one flat package, so make those imports relative. Nothing else is changed.
for file in "$tmp"/slicerbridge/v1/*; do
  sed -E 's/^from slicerbridge\.v1 import /from . import /' "$file" > "$out/$(basename "$file")"
done
echo "stubs written to $out"
