//! Shared application state and the bridge from async handlers to blocking diesel queries.

use std::sync::Arc;

use actix_web::web;
use atlas_db::{Db, DbConn, DbError};

use crate::ApiError;
use crate::auth::AuthSettings;

/// What every handler can reach. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub auth: Arc<AuthSettings>,
}

impl AppState {
    /// State with the development settings (default signing key, local links).
    pub fn new(db: Db) -> Self {
        Self::with_auth(db, AuthSettings::default())
    }

    pub fn with_auth(db: Db, auth: AuthSettings) -> Self {
        AppState {
            db,
            auth: Arc::new(auth),
        }
    }

    /// Runs `query` on a pooled connection in actix's blocking thread pool, so the async
    /// executor never waits on the database.
    pub async fn run<T, F>(&self, query: F) -> Result<T, ApiError>
    where
        F: FnOnce(&mut DbConn) -> Result<T, DbError> + Send + 'static,
        T: Send + 'static,
    {
        let db = self.db.clone();
        let result = web::block(move || {
            let mut conn = db.conn()?;
            query(&mut conn)
        })
        .await?;
        Ok(result?)
    }
}
