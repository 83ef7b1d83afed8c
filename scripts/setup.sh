#!/usr/bin/env bash
# Installs what a fresh machine lacks for building, testing and benchmarking the Atlas.
# Idempotent: every step checks first. Usage: scripts/setup.sh build|browser|python|bench|all
#   build    wasm32 target, wasm-bindgen-cli at the version locked in Cargo.lock, wasm-split-cli,
#            libpq, pkg-config, poppler-utils (pdftotext: the PDF export tests read the reports back)
#   browser  Debian's Chromium and ChromeDriver (browser tests)
#   python   a virtualenv with openapi-spec-validator and schemathesis (spec check, fuzzing)
#   bench    wrk (load generator) and Datasette in the virtualenv (`just bench` compares with it)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${ATLAS_CACHE:-$HOME/.cache/atlas}"
VENV="$CACHE/venv"

say() { printf '==> %s\n' "$*"; }

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  say "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get install -y -q "${missing[@]}" >/dev/null ||
    { as_root apt-get update -q >/dev/null && as_root apt-get install -y -q "${missing[@]}" >/dev/null; }
}

setup_build() {
  apt_install libpq-dev pkg-config poppler-utils
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
  local wanted actual
  wanted="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' "$ROOT/Cargo.lock")"
  actual="$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)"
  if [[ "$wanted" != "$actual" ]]; then
    # Without --locked: one of its locked dependencies is not on the registry mirror (TOOLCHAIN.md).
    say "cargo install wasm-bindgen-cli --version $wanted (about 3 minutes, once)"
    cargo install wasm-bindgen-cli --version "$wanted" --quiet
  fi
  # wasm-split-cli: cuts the app's lazy routes out of the first download (frontend/build.sh).
  local split_version=0.2.4
  if ! cargo install --list | grep -qx "wasm_split_cli_support v$split_version:"; then
    say "cargo install wasm_split_cli_support $split_version (wasm-split-cli, about 2 minutes, once)"
    cargo install wasm_split_cli_support --version "$split_version" --locked --features build-binary --quiet
  fi
  command -v npm >/dev/null || apt_install nodejs npm
}

setup_browser() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    apt_install chromium chromium-driver
  fi
}

setup_python() {
  if [[ ! -x "$VENV/bin/openapi-spec-validator" || ! -x "$VENV/bin/st" ]]; then
    say "python venv with openapi-spec-validator and schemathesis in $VENV"
    mkdir -p "$CACHE"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check openapi-spec-validator==0.7.2 schemathesis==4.32.5
  fi
}

# Datasette serves the same SQLite file for the side-by-side comparison (docs/BENCHMARKS.md).
DATASETTE_VERSION=0.65.5

setup_bench() {
  apt_install wrk
  if [[ "$("$VENV/bin/datasette" --version 2>/dev/null | awk '{ print $NF }')" != "$DATASETTE_VERSION" ]]; then
    say "datasette $DATASETTE_VERSION in $VENV"
    [[ -x "$VENV/bin/pip" ]] || { mkdir -p "$CACHE"; python3 -m venv "$VENV"; }
    "$VENV/bin/pip" install --quiet --disable-pip-version-check "datasette==$DATASETTE_VERSION"
  fi
}

case "${1:-all}" in
  build) setup_build ;;
  browser) setup_browser ;;
  python) setup_python ;;
  bench) setup_bench ;;
  all) setup_build; setup_browser; setup_python; setup_bench ;;
  *) echo "usage: $0 build|browser|python|bench|all" >&2; exit 2 ;;
esac
