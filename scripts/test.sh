#!/usr/bin/env bash
# Installs what is missing, then runs every test:
#   1. native: the pure model, geometry and state (with property tests), then clippy;
#   2. components in headless Chromium (wasm-bindgen-test);
#   3. end to end: the release dist/ served on 127.0.0.1, driven in Chromium via WebDriver.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/setup.sh"
setup_main --browser
cd "$ROOT"

step() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

step "native tests"
cargo test --locked

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
else
  step "clippy is not installed: lints skipped"
fi

step "component tests in headless Chromium"
CHROMEDRIVER="$(command -v chromedriver)" cargo test --locked --target wasm32-unknown-unknown --test browser

step "release build"
trunk build --release

step "size check: the first view and the whole page within their limits (deterministic, in gzip as the build's .gz copies have it)"
node "$ROOT/scripts/size-check.mjs" "$ROOT/dist"

step "test-only build with a panic trigger (for the friendly-panel test)"
trunk build --release --features test-panic --dist target/dist-test-panic

step "end-to-end tests in Chromium"
node "$ROOT/tests/e2e/run.mjs"
