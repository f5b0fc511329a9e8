#!/usr/bin/env bash
# Installs what is missing, builds the release dist/ and the floor page (bench/floor, the
# smallest Yew page with the same profile), then measures both in headless Chromium and writes
# bench/report.json and bench/report.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
setup_main --browser
cd "$ROOT"
trunk build --release
(cd bench/floor && CARGO_TARGET_DIR="$ROOT/target/floor" trunk build --release --dist "$ROOT/target/floor-dist")
node bench/run.mjs
