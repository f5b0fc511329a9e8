#!/usr/bin/env bash
# Installs what is missing, then measures what the photo measure (#25) adds to the English
# page: the release build against one built with `--features without-photo` (never released),
# both built the same way, and writes bench/feature-size.json (scripts/feature-size.mjs).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
setup_main
cd "$ROOT"
trunk build --release --dist target/dist-with-photo
PRERENDER_FEATURES=without-photo trunk build --release --features without-photo --dist target/dist-without-photo
node scripts/feature-size.mjs target/dist-with-photo target/dist-without-photo
