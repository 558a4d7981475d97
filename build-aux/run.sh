#!/bin/sh
# Installs what is missing, builds Convoke and starts it.
#   build-aux/run.sh [convoke arguments]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/build-aux/setup.sh" build
[ -f "$top/build/build.ninja" ] || meson setup "$top/build" "$top"
meson compile -C "$top/build"
# Run from the build folder: its compiled GSettings schema.
export GSETTINGS_SCHEMA_DIR="$top/build/data${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}"
exec "$top/build/src/convoke" "$@"
