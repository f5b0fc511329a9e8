#!/usr/bin/env bash
# Installs what is missing, then runs every test:
#   1. native: the pure model, geometry and state (with property tests), then clippy;
#   2. components in headless Chromium (wasm-bindgen-test);
#   3. end to end: the release dist/ (every language) served on 127.0.0.1, driven in Chromium via WebDriver.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
. "$ROOT/scripts/languages.sh"
setup_main --browser
cd "$ROOT"

step() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

step "native tests"
cargo test --locked
# Each translation's content file (docs/content.xx.md) is checked against its words.
translations | while read -r code _; do
  PAGE_LANG="$code" cargo test --locked --test content
done

# Formatting (rustfmt.toml), where the toolchain has rustfmt (rustup's default profile does).
if cargo fmt --version >/dev/null 2>&1; then
  step "formatting"
  cargo fmt --check
else
  step "rustfmt is not installed: formatting not checked"
fi

# Lints, where the toolchain has clippy (rustup's default profile does): warnings fail.
if cargo clippy --version >/dev/null 2>&1; then
  step "clippy, native and wasm"
  cargo clippy --locked --all-targets -- -D warnings
  cargo clippy --locked --target wasm32-unknown-unknown --all-targets -- -D warnings
  translations | while read -r code _; do
    PAGE_LANG="$code" cargo clippy --locked --target wasm32-unknown-unknown --lib --bins -- -D warnings
  done
else
  step "clippy is not installed: lints skipped"
fi

step "component tests in headless Chromium"
CHROMEDRIVER="$(command -v chromedriver)" cargo test --locked --target wasm32-unknown-unknown --test browser

step "release build: the English page, and each language's page in its folder"
bash "$ROOT/scripts/build.sh"

step "size check: the first view and the whole page within their limits (deterministic, in gzip as the build's .gz copies have it)"
node "$ROOT/scripts/size-check.mjs" "$ROOT/dist"

step "test-only build with a panic trigger (for the friendly-panel test)"
trunk build --release --features test-panic --dist target/dist-test-panic

step "end-to-end tests in Chromium"
node "$ROOT/tests/e2e/run.mjs"
