//! Shared application state and the bridge from async handlers to blocking diesel queries.

use std::sync::Arc;

use actix_web::web;
use atlas_db::search::SearchIndex;
use atlas_db::{Db, DbConn, DbError};

use crate::ApiError;
use crate::answer_cache::AnswerCache;
use crate::auth::AuthSettings;

/// What every handler can reach. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    /// The search's facet index, shared by the workers and rebuilt when public data changes.
    pub search_index: Arc<SearchIndex>,
    /// Answers of the public read API, dropped when public data changes.
    pub answers: Arc<AnswerCache>,
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
            search_index: Arc::new(SearchIndex::new()),
            answers: Arc::new(AnswerCache::default()),
        }
    }

    /// The same state with every answer computed, none kept (`atlas serve --no-answer-cache`).
    pub fn without_answer_cache(mut self) -> Self {
        self.answers = Arc::new(AnswerCache::disabled());
        self
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
