#!/bin/sh
# Takes screenshots of every section of Convoke on the IEWSC plan, in light
# and dark style at 1280x800 and at 360 px wide, and of the timeline at month
# and quarter zoom, into a folder (default:
# screenshots/), and refreshes the three of data/screenshots/ that the
# AppStream metainfo shows.  Needs a build in build/ and xvfb, imagemagick.
#   build-aux/screenshots.sh [FOLDER]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
out=$(realpath -m "${1:-$top/screenshots}")
convoke="$top/build/src/convoke"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

shoot () { # NAME SECTION WIDTH HEIGHT [VAR=VALUE ...]
  name=$1 section=$2 width=$3 height=$4
  shift 4
  config="$work/config-$name"
  mkdir -p "$config/glib-2.0/settings"
  printf "[io/github/convoke/Convoke]\nwindow-width=%s\nwindow-height=%s\nlast-section='%s'\n" \
    "$width" "$height" "$section" > "$config/glib-2.0/settings/keyfile"
  env XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$config" GSETTINGS_BACKEND=keyfile \
      GSETTINGS_SCHEMA_DIR="$top/build/data" GSK_RENDERER=cairo "$@" \
    xvfb-run -a -s "-screen 0 ${width}x${height}x24" dbus-run-session -- sh -c \
      "\"$convoke\" & pid=\$!; sleep 4; import -window root \"$out/$name.png\"; kill \$pid" \
    >/dev/null 2>&1
  echo "$out/$name.png"
}

# The default document, made once so that every shot shows the same plan.
XDG_DATA_HOME="$work/data" "$convoke" --check >/dev/null

for section in overview timeline roster budget invitations; do
  shoot "$section" "$section" 1280 800
  shoot "$section-dark" "$section" 1280 800 ADW_DEBUG_COLOR_SCHEME=prefer-dark
  shoot "$section-narrow" "$section" 360 720
done

# The timeline at month and quarter zoom, light and dark, around today and
# the first workshop's follow-up (TL06): the timeline view alone, from the
# benchmark program.
bench="$top/build/tests/bench-gantt"
for zoom in month quarter; do
  for style in light dark; do
    scheme=default
    [ "$style" = dark ] && scheme=prefer-dark
    env GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$top/build/data" GSK_RENDERER=cairo \
        ADW_DEBUG_COLOR_SCHEME=$scheme CVK_BENCH_SELECT=TL06 \
      xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- sh -c \
        "\"$bench\" --show=$zoom & pid=\$!; sleep 4; import -window root \"$out/timeline-$zoom-$style.png\"; kill \$pid" \
      >/dev/null 2>&1
    echo "$out/timeline-$zoom-$style.png"
  done
done

if [ "$out" != "$top/data/screenshots" ]; then
  mkdir -p "$top/data/screenshots"
  for section in overview timeline roster; do
    cp "$out/$section.png" "$top/data/screenshots/$section.png"
  done
fi
