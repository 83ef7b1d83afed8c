# Every task of the Atlas. `just --list` shows them; `just serve` and `just test` are the two
# commands a newcomer needs (README.md). Recipes install what a fresh machine lacks first.

set shell := ["bash", "-euo", "pipefail", "-c"]

root := justfile_directory()
target := env("CARGO_TARGET_DIR", root / "target")
cache := env("ATLAS_CACHE", env("HOME") / ".cache/atlas")
venv := cache / "venv"

# List the recipes.
default:
    @just --list

# Install what this machine lacks (wasm target, wasm-bindgen-cli, wasm-split-cli, libpq, Chromium, Python tools, wrk, Datasette).
setup:
    scripts/setup.sh all

# Build the browser app into frontend/dist.
frontend:
    scripts/setup.sh build
    frontend/build.sh

# Serve the app on http://127.0.0.1:8080 with the demo data in ./atlas.db (SQLite).
serve *ARGS: frontend
    cargo run --release -p atlas -- serve {{ARGS}}

# Run every test: unit, API integration + contract on SQLite and PostgreSQL, browser tests, spec validation, fuzzing.
test: frontend
    scripts/setup.sh browser
    scripts/setup.sh python
    ATLAS_E2E=1 ATLAS_STATIC_DIR={{root}}/frontend/dist cargo test --workspace --exclude frontend
    cargo test -p frontend
    just openapi-check
    just fuzz

# The test suite with PostgreSQL mandatory (what CI runs).
test-pg:
    ATLAS_REQUIRE_PG=1 just test

# Bounded schemathesis pass against a real server on the demo data, SQLite and PostgreSQL.
fuzz:
    scripts/setup.sh python
    FUZZ_SECONDS=${FUZZ_SECONDS:-60} scripts/fuzz.sh
# Measure the Atlas on release builds (API scenarios, wrk throughput beside Datasette and static
# files, memory, start-up, app weight, first map render) and write docs/BENCHMARKS.md.
# `just bench --part throughput` runs one part; `just bench --only map` the scenarios named "…map…".
bench *ARGS: frontend
    scripts/setup.sh bench
    scripts/setup.sh browser
    cargo build --release -p atlas -p atlas-bench
    {{target}}/release/atlas-bench --atlas {{target}}/release/atlas --repo {{root}} --out {{root}}/docs/BENCHMARKS.md --datasette {{venv}}/bin/datasette --dist {{root}}/frontend/dist {{ARGS}}

# Regenerate openapi/openapi.json from the code, then validate it.
openapi:
    cargo run -q -p atlas-api --bin openapi
    just openapi-check

# Validate the committed OpenAPI document (openapi-spec-validator).
openapi-check:
    scripts/setup.sh python
    {{venv}}/bin/openapi-spec-validator openapi/openapi.json

# Format, then lint the server crates and the wasm app as CI would.
lint:
    cargo fmt --all -- --check
    cargo clippy --workspace --exclude frontend --all-targets -- -D warnings
    cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings

# Format the code.
fmt:
    cargo fmt --all

# Delete the local database (the next `just serve` regenerates the demo data).
reset-db:
    rm -f atlas.db atlas.db-wal atlas.db-shm
