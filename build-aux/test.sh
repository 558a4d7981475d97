#!/bin/sh
# Installs what is missing, builds Convoke with warnings as errors and runs
# every test (the UI tests under Xvfb), then prints "N passed, N failed"
# counted from meson's test log.  The exit status is meson's.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/build-test"
"$top/build-aux/setup.sh" test || exit 1

if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" "$top" -Dwerror=true || exit 1
fi
meson compile -C "$build" || { echo "0 passed, 1 failed"; exit 1; }

export GSK_RENDERER=cairo GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1
xvfb-run -a -s '-screen 0 1280x1024x24' dbus-run-session -- \
  meson test -C "$build" --print-errorlogs --num-processes 2 "$@"
status=$?

python3 "$top/build-aux/count-tests.py" "$build/meson-logs/testlog.json"
exit $status
