#!/usr/bin/env bash
# A bounded schemathesis pass against a real `atlas serve` on the demo data, once per backend
# (SQLite, and PostgreSQL when reachable — required when ATLAS_REQUIRE_PG=1). Fails on any 5xx,
# any response that breaks openapi/openapi.json, any invalid input the API accepts.
#   FUZZ_EXAMPLES (default 40) test cases per operation; FUZZ_SECONDS (default 120) per backend.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
[[ "$TARGET" = /* ]] || TARGET="$ROOT/$TARGET"
VENV="${ATLAS_CACHE:-$HOME/.cache/atlas}/venv"
ATLAS="$TARGET/debug/atlas"
PG_ADMIN="${ATLAS_TEST_PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
REPORTS="$TARGET/fuzz-reports"

say() { printf '==> %s\n' "$*"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

server_pid=""
pg_db=""
workdir=""
cleanup() {
  # Only the server this script started, by pid.
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [[ -n "$pg_db" ]]; then psql -q "$PG_ADMIN" -c "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null 2>&1 || true; fi
  if [[ -n "$workdir" ]]; then rm -rf "$workdir"; fi
  server_pid="" pg_db="" workdir=""
}
trap cleanup EXIT

fuzz_backend() {
  local backend="$1" url port
  workdir="$(mktemp -d)"
  if [[ "$backend" == postgres ]]; then
    pg_db="atlas_fuzz_$$"
    psql -q "$PG_ADMIN" -c "CREATE DATABASE $pg_db" >/dev/null
    url="${PG_ADMIN%/*}/$pg_db"
  else
    url="$workdir/atlas.db"
  fi
  port="$(free_port)"
  say "$backend: atlas serve on 127.0.0.1:$port (migrate, reference data, demo dataset)"
  "$ATLAS" serve --database-url "$url" --bind "127.0.0.1:$port" --static-dir "$workdir/no-app" \
    >"$workdir/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$workdir/server.log"; echo "server died" >&2; return 1; }
    sleep 0.5
  done
  say "$backend: schemathesis"
  mkdir -p "$REPORTS"
  # positive_data_acceptance is excluded on purpose: schema-valid strings that name no theme,
  # country or source are rejected with a 400 naming the field, which is the API's contract.
  "$VENV/bin/st" run "http://127.0.0.1:$port/api/openapi.json" \
    --checks all --exclude-checks positive_data_acceptance \
    --max-examples "${FUZZ_EXAMPLES:-40}" --max-time "${FUZZ_SECONDS:-120}" --seed 2015 \
    --request-timeout 10 --no-color --generation-database none \
    --report junit --report-junit-path "$REPORTS/$backend.xml"
  if grep -q "panicked" "$workdir/server.log"; then
    grep -m5 "panicked" "$workdir/server.log" >&2
    echo "the server panicked during the fuzzing" >&2
    return 1
  fi
  cleanup
}

[[ -x "$VENV/bin/st" ]] || "$ROOT/scripts/setup.sh" python
(cd "$ROOT" && cargo build -q -p atlas)
fuzz_backend sqlite
if psql -q "$PG_ADMIN" -c "SELECT 1" >/dev/null 2>&1; then
  fuzz_backend postgres
elif [[ "${ATLAS_REQUIRE_PG:-}" == 1 ]]; then
  echo "PostgreSQL is required (ATLAS_REQUIRE_PG=1) but unreachable at $PG_ADMIN" >&2
  exit 1
else
  echo "SKIPPED: schemathesis on PostgreSQL (unreachable at $PG_ADMIN)"
fi
say "fuzzing passed"
