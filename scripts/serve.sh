#!/usr/bin/env bash
# Installs what is missing, then serves the app with live reload on http://127.0.0.1:8080
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
setup_main
cd "$ROOT"
exec trunk serve
