//! Embedded migrations, one folder per backend with the same names.

use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::{Db, DbError};

const SQLITE: EmbeddedMigrations = embed_migrations!("../../migrations/sqlite");
const POSTGRES: EmbeddedMigrations = embed_migrations!("../../migrations/postgres");

impl Db {
    /// Applies every pending migration; returns how many ran.
    pub fn migrate(&self) -> Result<usize, DbError> {
        let mut conn = self.conn()?;
        let applied = with_conn!(&mut conn, |c| {
            let set = match self.backend() {
                crate::Backend::Sqlite => SQLITE,
                crate::Backend::Postgres => POSTGRES,
            };
            c.run_pending_migrations(set)
                .map(|v| v.len())
                .map_err(|e| DbError::Migration(e.to_string()))
        })?;
        Ok(applied)
    }
}
