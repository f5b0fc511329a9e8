#!/usr/bin/env bash
# Installs what is missing, then builds the release dist/ for static hosting.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
setup_main
cd "$ROOT"
trunk build --release
