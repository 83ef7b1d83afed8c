//! Storage for the Atlas: one code path over SQLite (embedded default) and PostgreSQL.
//!
//! - [`Db`] opens a pool on either backend, chosen from the URL scheme, and runs migrations.
//! - One module per resource (the same folders as `atlas_domain` and the API's handlers);
//!   each takes a [`DbConn`] and returns domain DTOs, ids, codes and typed errors: it knows
//!   SQL, never HTTP, page addresses or the sentences shown to users.
//! - [`write`] is the one write path: scope check, change, audit, outbox and data generation
//!   in one transaction.
//! - [`reference`] loads the embedded geodata and the administrable lists on first start.
//! - [`demo`] generates the deterministic demonstration dataset.
//!
//! Each query body is written once and compiled for both backends by [`with_conn!`].

/// Runs `$body` with `$c` bound to the concrete connection of whichever backend `$conn` holds.
/// The body is type-checked once per backend, so every diesel feature is available on both.
macro_rules! with_conn {
    ($conn:expr, |$c:ident| $body:expr) => {
        match $conn {
            $crate::DbConn::Sqlite($c) => {
                let $c: &mut ::diesel::SqliteConnection = &mut *$c;
                $body
            }
            $crate::DbConn::Pg($c) => {
                let $c: &mut ::diesel::PgConnection = &mut *$c;
                $body
            }
        }
    };
}

/// Like [`with_conn!`] inside a write transaction: `BEGIN IMMEDIATE` on SQLite (so two writers
/// never deadlock upgrading a read lock), a plain transaction on PostgreSQL.
///
/// Only the write path ([`write::write_path!`]) and bulk loads (reference data, the demo
/// dataset, test fixtures) open one; a test keeps it so (`write::tests`).
macro_rules! write_tx {
    ($conn:expr, |$c:ident| $body:expr) => {
        match $conn {
            $crate::DbConn::Sqlite($c) => {
                let $c: &mut ::diesel::SqliteConnection = &mut *$c;
                $c.immediate_transaction(|$c| $body)
            }
            $crate::DbConn::Pg($c) => {
                let $c: &mut ::diesel::PgConnection = &mut *$c;
                ::diesel::Connection::transaction($c, |$c| $body)
            }
        }
    };
}

/// Inserts `$rows` (a slice of insertable rows) in multi-row batches; evaluates to
/// `QueryResult<usize>`. Use inside a `with_conn!`/`write_tx!` body.
macro_rules! insert_batches {
    ($c:expr, $table:expr, $rows:expr) => {{
        let rows = $rows;
        let mut inserted: ::diesel::QueryResult<usize> = Ok(0);
        // 400 rows × ≤ 32 columns stays under both backends' bind-parameter limits.
        for chunk in rows.chunks(400) {
            match ::diesel::insert_into($table).values(chunk).execute($c) {
                Ok(n) => {
                    if let Ok(total) = inserted.as_mut() {
                        *total += n;
                    }
                }
                Err(e) => {
                    inserted = Err(e);
                    break;
                }
            }
        }
        inserted
    }};
}

/// Implements a trait for both backends' concrete connections with one body, for writes that
/// join the caller's transaction (inside `write_tx!`).
macro_rules! impl_for_backends {
    ($tr:ident { $($body:tt)* }) => {
        impl $tr for ::diesel::SqliteConnection { $($body)* }
        impl $tr for ::diesel::PgConnection { $($body)* }
    };
}

// Storage by resource, the same folders as in `atlas_domain` and the API's handlers.
pub mod admin;
pub mod auth;
pub mod bourse;
pub mod collectivites;
pub mod exports;
pub mod extranet;
pub mod figures;
pub mod journal;
pub mod map;
pub mod me;
pub mod partners;
pub mod places;
pub mod projects;
pub mod reference;
pub mod search;
// The one write path, and the machinery under every resource.
pub mod backup;
pub mod demo;
mod error;
#[cfg(feature = "testing")]
pub mod fixtures;
pub mod meta;
mod migrate;
pub mod models;
mod pool;
pub mod schema;
pub mod stored;
#[cfg(feature = "testing")]
pub mod testing;
pub mod text;
pub mod write;

pub use error::DbError;
pub use pool::{Backend, Db, DbConn, DbOptions, atlas_fold};
