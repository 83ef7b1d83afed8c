//! The Atlas HTTP API (actix-web): JSON under `/api/v1`, documented in OpenAPI (utoipa),
//! errors as problem+json, and the browser app served from a static directory.
//!
//! - [`routes::config`] lists every API route in one place.
//! - [`server`] assembles the app (API, Swagger UI, geometries, static app) and runs it.
//! - [`openapi::document`] builds the OpenAPI document without a server (for the committed
//!   `openapi/openapi.json` and its drift test).
//!
//! - [`auth`] holds the guards: a handler states who may call it by the guard type it takes.
//!   Password hashing, opaque tokens and the e-mails are `atlas_accounts`', shared with the
//!   `atlas` command and the tests.
//!
//! Handlers know HTTP and nothing of SQL: they call `atlas_db` query functions on a pooled
//! connection through [`state::AppState::run`], off the async executor.

mod answer_cache;
pub mod auth;
mod body;
pub mod error;
pub mod exports;
mod fallback;
pub mod handlers;
pub mod limits;
mod map_image;
pub mod openapi;
pub mod routes;
pub mod server;
pub mod state;
mod static_files;

pub use error::ApiError;
pub use server::{ServerConfig, serve};
pub use state::AppState;
