//! Connection pools for both backends, and the connection type query modules receive.

use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::r2d2::{ConnectionManager, CustomizeConnection, Pool, PooledConnection};
use diesel::{PgConnection, SqliteConnection};

use crate::DbError;

/// Which database engine a URL designates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// `postgres://` or `postgresql://` selects PostgreSQL; anything else is a SQLite path
    /// (an optional `sqlite://` prefix is accepted).
    pub fn of_url(url: &str) -> Backend {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        }
    }
}

/// Pool settings.
#[derive(Debug, Clone)]
pub struct DbOptions {
    pub url: String,
    pub max_connections: u32,
    /// `synchronous = FULL` instead of `NORMAL` on SQLite: no committed write is lost even on
    /// power failure, at some write-throughput cost. (WAL + NORMAL already survives a crash of
    /// the process, only not of the machine.)
    pub durable: bool,
}

impl DbOptions {
    pub fn new(url: impl Into<String>) -> Self {
        DbOptions {
            url: url.into(),
            max_connections: 8,
            durable: false,
        }
    }
}

type SqlitePool = Pool<ConnectionManager<SqliteConnection>>;
type PgPool = Pool<ConnectionManager<PgConnection>>;

/// A pool on one of the two backends. Cheap to clone.
#[derive(Clone)]
pub enum Db {
    Sqlite(SqlitePool),
    Pg(PgPool),
}

/// A pooled connection on one of the two backends.
pub enum DbConn {
    Sqlite(PooledConnection<ConnectionManager<SqliteConnection>>),
    Pg(PooledConnection<ConnectionManager<PgConnection>>),
}

diesel::define_sql_function! {
    /// Lower case without accents or ligatures: `fold_key` in Rust on SQLite (registered on
    /// every connection), `lower(atlas_unaccent(…))` on PostgreSQL.
    fn atlas_fold(text: diesel::sql_types::Text) -> diesel::sql_types::Text;
}

#[derive(Debug)]
struct SqlitePragmas {
    durable: bool,
}

impl CustomizeConnection<SqliteConnection, diesel::r2d2::Error> for SqlitePragmas {
    fn on_acquire(&self, conn: &mut SqliteConnection) -> Result<(), diesel::r2d2::Error> {
        // busy_timeout first: later pragmas may wait on another connection's lock.
        // The page cache is private to each pooled connection: 8 MB each keeps the server's
        // memory bounded (the OS caches the file for all of them; docs/BENCHMARKS.md, soak).
        let sync = if self.durable { "FULL" } else { "NORMAL" };
        conn.batch_execute(&format!(
            "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; \
             PRAGMA synchronous = {sync}; PRAGMA cache_size = -8000; PRAGMA temp_store = MEMORY;"
        ))
        .map_err(diesel::r2d2::Error::QueryError)?;
        // PostgreSQL defines the same function in SQL (migration `search`).
        atlas_fold_utils::register_impl(conn, |text: String| crate::text::fold_key(&text))
            .map_err(diesel::r2d2::Error::QueryError)
    }
}

impl Db {
    /// Opens a pool (without migrating: see [`Db::migrate`]).
    pub fn open(options: &DbOptions) -> Result<Db, DbError> {
        match Backend::of_url(&options.url) {
            Backend::Postgres => {
                let manager = ConnectionManager::<PgConnection>::new(&options.url);
                let pool = Pool::builder()
                    .max_size(options.max_connections)
                    .connection_timeout(Duration::from_secs(10))
                    .build(manager)?;
                Ok(Db::Pg(pool))
            }
            Backend::Sqlite => {
                let path = options
                    .url
                    .strip_prefix("sqlite://")
                    .unwrap_or(&options.url);
                let manager = ConnectionManager::<SqliteConnection>::new(path);
                let pool = Pool::builder()
                    .max_size(options.max_connections)
                    .connection_timeout(Duration::from_secs(10))
                    .connection_customizer(Box::new(SqlitePragmas {
                        durable: options.durable,
                    }))
                    .build(manager)?;
                Ok(Db::Sqlite(pool))
            }
        }
    }

    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite(_) => Backend::Sqlite,
            Db::Pg(_) => Backend::Postgres,
        }
    }

    /// Borrows a connection from the pool (blocking: call from a blocking context).
    pub fn conn(&self) -> Result<DbConn, DbError> {
        Ok(match self {
            Db::Sqlite(pool) => DbConn::Sqlite(pool.get()?),
            Db::Pg(pool) => DbConn::Pg(pool.get()?),
        })
    }
}

/// After rows were inserted with explicit ids, moves PostgreSQL identity sequences past them
/// (SQLite needs nothing: its rowid follows the largest id).
pub(crate) trait SyncIdentities {
    fn sync_identities(&mut self, tables: &[&str]) -> diesel::QueryResult<()>;
}

impl SyncIdentities for SqliteConnection {
    fn sync_identities(&mut self, _tables: &[&str]) -> diesel::QueryResult<()> {
        Ok(())
    }
}

impl SyncIdentities for PgConnection {
    fn sync_identities(&mut self, tables: &[&str]) -> diesel::QueryResult<()> {
        use diesel::RunQueryDsl;
        for table in tables {
            diesel::sql_query(format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), \
                 COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            ))
            .execute(self)?;
        }
        Ok(())
    }
}

pub(crate) fn sync_identities<C: SyncIdentities>(
    c: &mut C,
    tables: &[&str],
) -> diesel::QueryResult<()> {
    c.sync_identities(tables)
}
