#!/bin/sh
# Installs the Debian packages that are missing, for "build" or "test".
#   build-aux/setup.sh build|test
set -eu
here=$(dirname "$0")
want=${1:-build}

missing=""
for pkg in $(awk -v w="$want" '$1 == "build" || (w == "test" && $1 == "test") { print $2 }' "$here/packages.txt"); do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done

[ -z "$missing" ] && exit 0

echo "Installing:$missing"
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
else
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing
