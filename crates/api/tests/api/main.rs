//! The API integration suite: one binary, every test on a fresh database, on SQLite and on
//! PostgreSQL (skipped with a message when unreachable; required in CI).
#![expect(clippy::expect_used, reason = "test helpers fail loudly with context")]

mod contract;
mod helpers;

mod accounts;
mod answer_cache;
mod authorization;
mod collectivites;
mod continents;
mod exports;
mod exports_batches;
mod figures;
mod france;
mod map;
mod map_images;
mod openapi;
mod partners;
mod projects;
mod search;
mod search_facets;
mod serving;
mod stats;
mod suggest;
mod world;
mod write_path;
