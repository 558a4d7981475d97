#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates one of Convoke's desktop integration files; fails on an error
# and on a warning, and shows what the validator said.
#
#   test-data-files.sh desktop  DESKTOP-FILE-VALIDATE  FILE.desktop
#   test-data-files.sh metainfo APPSTREAMCLI           FILE.metainfo.xml
#   test-data-files.sh schemas  GLIB-COMPILE-SCHEMAS   DIR
set -u

if [ $# -ne 3 ]; then
  echo "usage: $0 desktop|metainfo|schemas PROGRAM FILE" >&2
  exit 2
fi
what=$1 program=$2 file=$3
out=$(mktemp) || exit 1
trap 'rm -f "$out"' EXIT

case $what in
  desktop)
    "$program" "$file" >"$out" 2>&1 ;;
  metainfo)
    # --strict: infos fail too; only pedantic notes may remain.
    "$program" validate --no-net --strict --explain "$file" >"$out" 2>&1 ;;
  schemas)
    "$program" --strict --dry-run "$file" >"$out" 2>&1 ;;
  *)
    echo "$0: unknown kind: $what" >&2
    exit 2 ;;
esac
status=$?

cat "$out"
if [ $status -ne 0 ]; then
  echo "$what: $file does not validate (exit status $status)"
  exit 1
fi
if grep -qi 'warning' "$out"; then
  echo "$what: $file validates with warnings"
  exit 1
fi
echo "$what: $file is valid"
exit 0
