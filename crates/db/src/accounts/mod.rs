//! Storage of accounts (issue 5): users and their scopes, refresh and one-time tokens, the
//! e-mail outbox, the audit log, the personal space and the scoped extranet reads and writes.
//!
//! Writes run in one transaction with their audit entry (and their e-mail, if any), so a
//! crash never leaves a change unrecorded or an e-mail lost. Secrets never reach this crate in
//! clear: tokens arrive hashed, passwords as argon2 hashes.

pub mod admin;
pub mod audit;
pub mod entities;
pub mod extranet;
#[cfg(feature = "testing")]
pub mod fixtures;
pub mod moderation;
pub mod outbox;
pub mod saved;
pub mod tokens;
pub mod users;

use chrono::NaiveDateTime;

/// Who writes, for the audit log.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Actor {
    pub user_id: Option<i32>,
    pub ip: Option<String>,
}

/// The current instant, in UTC (every timestamp of the database is UTC).
pub fn now() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
}
