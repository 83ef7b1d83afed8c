//! The storage error type. Storage speaks in codes: a refused write is a [`Conflict`] code, a
//! refused value a [`FieldError`] naming its field; the API chooses statuses and sentences.

use atlas_domain::FieldError;

use crate::write::{Conflict, WriteError};

/// Everything that can go wrong below the HTTP layer.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("database pool: {0}")]
    Pool(#[from] r2d2::Error),
    #[error("database query: {0}")]
    Query(#[from] diesel::result::Error),
    #[error("database connection: {0}")]
    Connection(#[from] diesel::ConnectionError),
    #[error("migration failed: {0}")]
    Migration(String),
    #[error("reference data: {0}")]
    Reference(#[from] atlas_geodata::GeodataError),
    /// An operator's command that cannot run as asked (backup paths, data files).
    #[error("{0}")]
    Invalid(String),
    /// The record a write is about does not exist.
    #[error("not found")]
    NotFound,
    /// The actor's scope, read inside the write's transaction, does not cover the record.
    #[error("forbidden")]
    Forbidden,
    /// The change does not apply to the record's current state.
    #[error("conflict: {}", .0.code())]
    Conflict(Conflict),
    /// A value refused by the storage's rules (an unknown code), naming its field.
    #[error("invalid field {}: {}", .0.field, .0.code)]
    Field(FieldError),
    /// A stored value the code does not know: a corrupt or newer database, never defaulted.
    #[error("unknown stored value {value:?} in {column}")]
    Stored { column: &'static str, value: String },
    /// A write that skipped its scope check or its audit entry (a bug).
    #[error("{0}")]
    WritePath(&'static str),
}

impl DbError {
    /// Whether the error means "no such record" (mapped to HTTP 404 by the API).
    pub fn is_not_found(&self) -> bool {
        matches!(
            self,
            DbError::NotFound | DbError::Query(diesel::result::Error::NotFound)
        )
    }

    /// An unknown stored value of `column`.
    pub(crate) fn stored(column: &'static str, value: impl Into<String>) -> Self {
        DbError::Stored {
            column,
            value: value.into(),
        }
    }
}

impl From<WriteError> for DbError {
    fn from(e: WriteError) -> Self {
        match e {
            WriteError::Db(e) => DbError::Query(e),
            WriteError::NotFound => DbError::NotFound,
            WriteError::Forbidden => DbError::Forbidden,
            WriteError::Conflict(c) => DbError::Conflict(c),
            WriteError::Invalid(f) => DbError::Field(f),
            WriteError::Stored { column, value } => DbError::Stored { column, value },
            WriteError::Unchecked => DbError::WritePath("the write did not check its scope"),
            WriteError::Unaudited => DbError::WritePath("the write recorded no audit entry"),
        }
    }
}
