//! Backup and restore of the embedded SQLite database.
//!
//! `backup` takes an online, consistent snapshot while the server keeps serving and writing
//! (`VACUUM INTO` runs in a read transaction, so it sees one committed state and compacts it
//! into a single file without WAL). `restore` checks a snapshot (SQLite integrity check, Atlas
//! schema present) before replacing the database file atomically; the server must be stopped.
//! PostgreSQL deployments use `pg_dump -Fc` / `pg_restore` (docs/OPERATIONS.md).

use std::path::{Path, PathBuf};

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use diesel::{Connection, RunQueryDsl, SqliteConnection};

use crate::{Backend, Db, DbConn, DbError};

#[derive(QueryableByName)]
struct Check {
    #[diesel(sql_type = Text)]
    integrity_check: String,
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// What a backup or restore produced.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub path: PathBuf,
    pub bytes: u64,
    pub projects: i64,
}

fn postgres_refused() -> DbError {
    DbError::Invalid(
        "backup/restore work on the SQLite database; for PostgreSQL use pg_dump -Fc and pg_restore \
         (docs/OPERATIONS.md)"
            .to_owned(),
    )
}

/// Writes a consistent snapshot of the live database to `to` (which must not exist).
pub fn backup(db: &Db, to: &Path) -> Result<Snapshot, DbError> {
    if db.backend() == Backend::Postgres {
        return Err(postgres_refused());
    }
    if to.exists() {
        return Err(DbError::Invalid(format!("{} already exists", to.display())));
    }
    let target = to
        .to_str()
        .ok_or_else(|| DbError::Invalid("the backup path must be valid UTF-8".to_owned()))?
        .replace('\'', "''");
    let mut conn = db.conn()?;
    if let DbConn::Sqlite(c) = &mut conn {
        diesel::sql_query(format!("VACUUM INTO '{target}'")).execute(&mut **c)?;
    }
    verify(to)
}

/// Opens a snapshot read-only and checks that it is a sound Atlas database.
pub fn verify(path: &Path) -> Result<Snapshot, DbError> {
    let url = format!("file:{}?mode=ro", path.display());
    let mut c = SqliteConnection::establish(&url)?;
    let check: Vec<Check> = diesel::sql_query("PRAGMA integrity_check").load(&mut c)?;
    if check.len() != 1 || check[0].integrity_check != "ok" {
        let problems: Vec<String> = check.into_iter().map(|c| c.integrity_check).collect();
        return Err(DbError::Invalid(format!(
            "integrity check failed: {}",
            problems.join("; ")
        )));
    }
    let tables: Count = diesel::sql_query(
        "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' \
         AND name IN ('__diesel_schema_migrations', 'projects', 'dataset_meta')",
    )
    .get_result(&mut c)?;
    if tables.n != 3 {
        return Err(DbError::Invalid(format!(
            "{} is not an Atlas database",
            path.display()
        )));
    }
    let projects: Count =
        diesel::sql_query("SELECT COUNT(*) AS n FROM projects").get_result(&mut c)?;
    let bytes = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    Ok(Snapshot {
        path: path.to_owned(),
        bytes,
        projects: projects.n,
    })
}

/// Replaces the database at `database` by the snapshot `from`, after verifying it. The copy is
/// written beside the target and renamed over it, so a crash leaves either the old or the new
/// database, never a mix; stale WAL files of the old one are removed.
pub fn restore(from: &Path, database: &Path) -> Result<Snapshot, DbError> {
    if crate::Backend::of_url(&database.to_string_lossy()) == Backend::Postgres {
        return Err(postgres_refused());
    }
    verify(from)?;
    let staging = database.with_extension("restoring");
    std::fs::copy(from, &staging)
        .map_err(|e| DbError::Invalid(format!("copy {}: {e}", from.display())))?;
    // Make sure the copy is on disk before it replaces anything.
    std::fs::File::open(&staging)
        .and_then(|f| f.sync_all())
        .map_err(|e| DbError::Invalid(format!("sync {}: {e}", staging.display())))?;
    for suffix in ["-wal", "-shm"] {
        let stale = PathBuf::from(format!("{}{suffix}", database.display()));
        if stale.exists() {
            std::fs::remove_file(&stale)
                .map_err(|e| DbError::Invalid(format!("remove {}: {e}", stale.display())))?;
        }
    }
    std::fs::rename(&staging, database)
        .map_err(|e| DbError::Invalid(format!("replace {}: {e}", database.display())))?;
    verify(database)
}
