#!/usr/bin/env bash
# Installs what is missing, then builds the release dist/ for static hosting: the English page
# at dist/, and each other language's page, from its own wasm, in its folder (dist/pl/); see
# README, "Languages".
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
. "$ROOT/scripts/languages.sh"
setup_main
cd "$ROOT"
rm -rf target/dist-lang
translations | while read -r code dir; do
  PAGE_LANG="$code" trunk build --release --dist "target/dist-lang/$dir"
done
PAGES_FROM="$ROOT/target/dist-lang" trunk build --release
