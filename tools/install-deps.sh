#!/usr/bin/env bash
# Installs the Debian 12 packages Homeward needs to build, test and run,
# only those missing. Uses sudo when not root. Shared by run.sh and test.sh.
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins
  libicu-dev libsodium-dev
  sqlite3 libsqlite3-dev
  postgresql # the shared-database backend and the test server (tools/pg-test-server.sh)
  libqrencode-dev libxlsxwriter-dev libminizip-dev poppler-utils
  fonts-dejavu-core
)
# clang-tidy for tools/tidy.sh and clang (libFuzzer) for tests/fuzz/run.sh, both run by
# ./test.sh --sanitize; the sanitizer runtimes for the suite come with g++.
if [ "${HOMEWARD_TIDY:-0}" = 1 ]; then
  packages+=(clang-tidy clang)
fi
if [ "${HOMEWARD_GUI_TOOLS:-0}" = 1 ]; then
  packages+=(xvfb xauth imagemagick xdotool)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
