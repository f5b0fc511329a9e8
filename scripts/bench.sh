#!/usr/bin/env bash
# Installs what is missing, builds the release dist/ and the floor page (bench/floor, the
# smallest Yew page with the same profile), then measures them in headless Chromium, with
# Lighthouse 12.2.3, and writes bench/report.json and bench/report.md; then what the photo
# measure adds to the page (scripts/feature-size.sh, bench/feature-size.json).
# BENCH_SPLIT=1 also builds and measures the two-module design this build replaced; without it
# the report keeps that design's last measured figures, as history.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
setup_main --browser
cd "$ROOT"
trunk build --release
(cd bench/floor && CARGO_TARGET_DIR="$ROOT/target/floor" trunk build --release --dist "$ROOT/target/floor-dist")
# The two-module design (first view, then a second wasm for the chart, plan and tools) as it
# stood at SPLIT_REV, the last commit before one module replaced it. Built once and kept.
SPLIT_REV="${BENCH_SPLIT_REV:-dc8243f}"
if [ "${BENCH_SPLIT:-}" = 1 ] && [ "$(cat target/split-dist/.rev 2>/dev/null)" != "$SPLIT_REV" ]; then
  rm -rf target/split-src target/split-dist
  mkdir -p target/split-src
  git archive "$SPLIT_REV" | tar -x -C target/split-src
  (cd target/split-src && CARGO_TARGET_DIR="$ROOT/target/split" trunk build --release --dist "$ROOT/target/split-dist")
  echo "$SPLIT_REV" > target/split-dist/.rev
fi
if [ "${BENCH_SPLIT:-}" = 1 ]; then
  # Its gzip copies made as this build makes its own (zopfli), so both transfers count the same gzip.
  find target/split-dist -maxdepth 1 -type f -regextype posix-extended -regex '.*\.(html|js|css|wasm|svg|webmanifest)' -print0 |
    xargs -0 cargo run --quiet --bin precompress --
fi
# Lighthouse, pinned: 12.2.3 is the last release that runs on Node 20.
if [ ! -x bench/lighthouse/node_modules/.bin/lighthouse ]; then
  (cd bench/lighthouse && npm ci --no-audit --no-fund)
fi
node bench/run.mjs
bash "$ROOT/scripts/feature-size.sh"
