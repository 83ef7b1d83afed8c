//! The storage error type.

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
    #[error("{0}")]
    Invalid(String),
    /// The change does not apply to the record's current state (HTTP 409).
    #[error("{0}")]
    Conflict(String),
}

impl DbError {
    /// Whether the error is diesel's `NotFound` (mapped to HTTP 404 by the API).
    pub fn is_not_found(&self) -> bool {
        matches!(self, DbError::Query(diesel::result::Error::NotFound))
    }
}
