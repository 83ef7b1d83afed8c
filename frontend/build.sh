#!/usr/bin/env bash
# Builds the browser app into frontend/dist/, ready for `atlas serve --static-dir frontend/dist`.
#
#   1. npm ci          vendored JS/CSS (DSFR, Leaflet, markercluster, topojson-client) from the
#                      committed package-lock.json — the only network access of the build, and
#                      only when the lock file changed since the last install;
#   2. cargo build     the wasm app (profile wasm-release: size first);
#   3. wasm-split-cli  cuts the lazy routes (src/routes.rs) out of the first download: a main
#                      module, one module per route, chunks of code routes share, and
#                      __wasm_split.js that fetches them on demand;
#   4. wasm-bindgen    the JS glue of the main module (the CLI must be the exact wasm-bindgen
#                      version of Cargo.lock);
#   5. copy            index.html, atlas.css and only the vendor files the pages load.
#
# Our code lands in pkg/<build hash>/: its files import each other by relative URLs, so a page
# of one build never mixes them with the files of another.
#
# Honours CARGO_TARGET_DIR (default <repo>/target). Safe to run again: dist/ is rebuilt from
# scratch in a staging directory and swapped in at the end.
set -euo pipefail

FRONTEND_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(dirname "$FRONTEND_DIR")"
TARGET_DIR="${CARGO_TARGET_DIR:-$REPO_DIR/target}"
# A relative CARGO_TARGET_DIR means "from where I ran the script"; cargo runs from the repo root.
[[ "$TARGET_DIR" == /* ]] || TARGET_DIR="$PWD/$TARGET_DIR"
export CARGO_TARGET_DIR="$TARGET_DIR"
PROFILE=wasm-release
WASM="$TARGET_DIR/wasm32-unknown-unknown/$PROFILE/frontend.wasm"
DIST="$FRONTEND_DIR/dist"
STAGE="$FRONTEND_DIR/dist.tmp"
NODE_MODULES="$FRONTEND_DIR/node_modules"

step() { printf '\n==> %s\n' "$*"; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

# ---- 0. tools -------------------------------------------------------------------------------
command -v npm >/dev/null || die "npm is missing (Node 20: apt-get install nodejs npm)"
command -v wasm-bindgen >/dev/null ||
  die "wasm-bindgen is missing: cargo install wasm-bindgen-cli --version <the version in Cargo.lock>"
wanted_bindgen="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' "$REPO_DIR/Cargo.lock")"
actual_bindgen="$(wasm-bindgen --version | awk '{ print $2 }')"
[[ "$wanted_bindgen" == "$actual_bindgen" ]] ||
  die "wasm-bindgen $actual_bindgen installed, Cargo.lock wants $wanted_bindgen: cargo install wasm-bindgen-cli --version $wanted_bindgen"
command -v wasm-split-cli >/dev/null ||
  die "wasm-split-cli is missing: scripts/setup.sh build (cargo install wasm_split_cli_support)"

# ---- 1. vendored assets ---------------------------------------------------------------------
# npm ci again only when package-lock.json changed since the last install (or FORCE_NPM_CI=1):
# rebuilds then need no network at all.
lock_sum="$(sha256sum "$FRONTEND_DIR/package-lock.json" | cut -d' ' -f1)"
stamp="$NODE_MODULES/.atlas-package-lock.sha256"
if [[ "${FORCE_NPM_CI:-0}" == 1 || ! -f "$stamp" || "$(cat "$stamp")" != "$lock_sum" ]]; then
  step "npm ci (frontend/package-lock.json)"
  (cd "$FRONTEND_DIR" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  echo "$lock_sum" >"$stamp"
else
  step "node_modules up to date with package-lock.json (FORCE_NPM_CI=1 to reinstall)"
fi

# ---- 2. wasm --------------------------------------------------------------------------------
step "cargo build --profile $PROFILE --target wasm32-unknown-unknown -p frontend"
(cd "$REPO_DIR" && cargo build --profile "$PROFILE" --target wasm32-unknown-unknown -p frontend)

# ---- 3. split --------------------------------------------------------------------------------
rm -rf "$STAGE"
PKG="$STAGE/pkg.build"
mkdir -p "$PKG"
step "wasm-split-cli (lazy routes)"
# The main module goes through wasm-bindgen next; the route modules and shared chunks are ready.
wasm-split-cli --target web --out-name frontend "$WASM" "$PKG"
mv "$PKG/frontend.wasm" "$STAGE/frontend_split.wasm"

# ---- 4. JS glue -----------------------------------------------------------------------------
step "wasm-bindgen $actual_bindgen"
# --keep-lld-exports: the route modules import the main module's functions by those names.
wasm-bindgen --target web --no-typescript --remove-name-section --keep-lld-exports \
  --out-dir "$PKG" --out-name frontend "$STAGE/frontend_split.wasm"
rm "$STAGE/frontend_split.wasm"

# ---- 5. pages and vendor files ---------------------------------------------------------------
step "assets"
# A version string in every asset URL, so that browsers never mix two builds.
version="$(cat "$PKG"/* "$FRONTEND_DIR/index.html" "$FRONTEND_DIR/style/atlas.css" |
  sha256sum | cut -c1-12)"
mkdir -p "$STAGE/pkg"
mv "$PKG" "$STAGE/pkg/$version"
sed "s/__VERSION__/$version/g" "$FRONTEND_DIR/index.html" >"$STAGE/index.html"
cp "$FRONTEND_DIR/style/atlas.css" "$STAGE/atlas.css"
cat >"$STAGE/boot.js" <<EOF
// Generated by frontend/build.sh: loads the wasm app of build $version.
import init from "/pkg/$version/frontend.js";
init({ module_or_path: "/pkg/$version/frontend_bg.wasm" });
EOF

# copy_from <package dir> <destination dir> <files relative to the package dir...>
copy_from() {
  local from="$1" to="$2"
  shift 2
  for file in "$@"; do
    [[ -f "$from/$file" ]] || die "missing vendor file $from/$file (run again with FORCE_NPM_CI=1; npm package changed?)"
    mkdir -p "$to/$(dirname "$file")"
    cp "$from/$file" "$to/$file"
  done
}

# DSFR: the stylesheet, its script, and exactly the fonts and icons the stylesheet references.
dsfr="$NODE_MODULES/@gouvfr/dsfr"
mapfile -t dsfr_refs < <(grep -o 'url([^)]*)' "$dsfr/dist/dsfr.min.css" |
  sed -E 's/^url\(["'\'']?//; s/["'\'']?\)$//' | grep -v '^data:' | sed 's/[?#].*$//' | sort -u)
copy_from "$dsfr/dist" "$STAGE/vendor/dsfr" dsfr.min.css dsfr.module.min.js \
  favicon/favicon.svg favicon/favicon.ico favicon/apple-touch-icon.png "${dsfr_refs[@]}"
copy_from "$dsfr" "$STAGE/vendor/dsfr" LICENSE.md

leaflet="$NODE_MODULES/leaflet"
copy_from "$leaflet/dist" "$STAGE/vendor/leaflet" leaflet.js leaflet.css \
  images/layers.png images/layers-2x.png images/marker-icon.png images/marker-icon-2x.png \
  images/marker-shadow.png
copy_from "$leaflet" "$STAGE/vendor/leaflet" LICENSE

cluster="$NODE_MODULES/leaflet.markercluster"
copy_from "$cluster/dist" "$STAGE/vendor/leaflet.markercluster" leaflet.markercluster.js \
  MarkerCluster.css MarkerCluster.Default.css
copy_from "$cluster" "$STAGE/vendor/leaflet.markercluster" MIT-LICENCE.txt

topojson="$NODE_MODULES/topojson-client"
copy_from "$topojson/dist" "$STAGE/vendor/topojson-client" topojson-client.min.js
copy_from "$topojson" "$STAGE/vendor/topojson-client" LICENSE

rm -rf "$DIST"
mv "$STAGE" "$DIST"

# ---- report ---------------------------------------------------------------------------------
step "done: $DIST ($(du -sh "$DIST" | cut -f1))"
# The main module is the first download; the lazy routes' modules and chunks come on demand.
main="$DIST/pkg/$version/frontend_bg.wasm"
printf 'frontend_bg.wasm (first load): %s bytes raw, %s bytes gzip -9\n' "$(stat -c %s "$main")" \
  "$(gzip -9 -c "$main" | wc -c)"
lazy=("$DIST/pkg/$version"/split_*.wasm "$DIST/pkg/$version"/chunk_*.wasm)
printf 'lazy routes: %s modules, %s bytes raw\n' "${#lazy[@]}" "$(cat "${lazy[@]}" | wc -c)"
