#!/usr/bin/env bash
# Installs what is missing, builds, and starts Homeward on the default
# database (demo data is written on the first start).
set -euo pipefail
cd "$(dirname "$0")"
tools/install-deps.sh
tools/build.sh
exec build/app/homeward "$@"
