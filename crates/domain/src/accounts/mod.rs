//! Accounts and the personal space (issue 5): roles, account requests, tokens, the signed-in
//! user, saved searches and PDF extractions, the admin's views (requests, users, audit log,
//! outbox) and the scoped extranet views. Shared by the server and the app.

pub mod admin;
pub mod auth;
pub mod check;
pub mod extranet;
pub mod saved;

pub use admin::*;
pub use auth::*;
pub use check::{Checks, MIN_PASSWORD, normalise_email};
pub use extranet::*;
pub use saved::*;
