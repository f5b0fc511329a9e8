#!/usr/bin/env bash
# Installs whatever is missing for this project; every step is skipped when already satisfied.
# Usage: scripts/setup.sh [--browser]   (--browser also installs Chromium and ChromeDriver)
# Source it (". scripts/setup.sh") to get tools/node_modules/.bin on PATH as well.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132"
export PATH="$ROOT/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH:/usr/sbin"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# The wasm-bindgen CLI must equal the crate version locked in Cargo.lock.
locked_wasm_bindgen() {
  if [ ! -f "$ROOT/Cargo.lock" ]; then (cd "$ROOT" && cargo generate-lockfile -q); fi
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "wasm32 target: present"
  else
    say "wasm32 target: installing"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if command -v trunk >/dev/null && trunk --version | grep -q "$TRUNK_VERSION"; then
    say "trunk $TRUNK_VERSION: present"
  else
    say "trunk $TRUNK_VERSION: installing (about 10 minutes on 2 cores)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  local want
  want="$(locked_wasm_bindgen)"
  if command -v wasm-bindgen >/dev/null && [ "$(wasm-bindgen --version | awk '{print $2}')" = "$want" ] \
    && command -v wasm-bindgen-test-runner >/dev/null; then
    say "wasm-bindgen-cli $want: present"
  else
    # Without --locked: its lock file pins a webpki-roots release the registry lacks.
    say "wasm-bindgen-cli $want: installing (about 3 minutes)"
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

ensure_wasm_opt() {
  if [ -x "$ROOT/tools/node_modules/.bin/wasm-opt" ] \
    && "$ROOT/tools/node_modules/.bin/wasm-opt" --version | grep -q "version $BINARYEN_VERSION"; then
    say "wasm-opt $BINARYEN_VERSION: present"
  else
    say "wasm-opt $BINARYEN_VERSION: installing binaryen@$BINARYEN_VERSION from npm into tools/"
    mkdir -p "$ROOT/tools"
    [ -f "$ROOT/tools/package.json" ] || echo '{ "private": true }' > "$ROOT/tools/package.json"
    npm install --prefix "$ROOT/tools" --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION"
  fi
}

# Debian packages, as root or through sudo.
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

ensure_browser() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    say "chromium + chromedriver: present"
  else
    say "chromium + chromedriver: installing from Debian"
    apt_install chromium chromium-driver
  fi
}

ensure_nginx() {
  if command -v nginx >/dev/null; then
    say "nginx: present"
  else
    say "nginx: installing from Debian (the end-to-end suite serves dist/ with deploy/nginx.conf)"
    # With deploy/DEPLOY.md's brotli module, in one apt run.
    apt_install nginx libnginx-mod-http-brotli-static
    # Only the test harness runs it, on loopback: the system service is not wanted.
    as_root service nginx stop >/dev/null 2>&1 || true
  fi
  # deploy/DEPLOY.md's brotli step, which the suite follows.
  if [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then
    say "nginx brotli_static module: present"
  else
    say "nginx brotli_static module: installing from Debian"
    apt_install libnginx-mod-http-brotli-static
  fi
}

ensure_e2e_deps() {
  if [ -f "$ROOT/tests/e2e/node_modules/axe-core/axe.min.js" ]; then
    say "axe-core (end-to-end tests): present"
  else
    say "axe-core (end-to-end tests): installing from npm"
    npm ci --prefix "$ROOT/tests/e2e" --no-audit --no-fund --silent
  fi
}

setup_main() {
  ensure_target
  ensure_wasm_opt
  ensure_wasm_bindgen
  ensure_trunk
  if [ "${1:-}" = "--browser" ]; then
    ensure_browser
    ensure_nginx
    ensure_e2e_deps
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  setup_main "$@"
fi
