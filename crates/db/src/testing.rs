//! Fresh databases for integration tests, on both backends (feature `testing`).
//!
//! Each test gets its own database, cloned from a template that is migrated, loaded with the
//! reference data and seeded with the demo dataset once per test binary build: a SQLite file
//! copied from a snapshot, or a PostgreSQL `CREATE DATABASE … TEMPLATE`. A file lock makes the
//! template creation safe across concurrent test processes.
//!
//! PostgreSQL is found at `ATLAS_TEST_PG_URL` (default `postgres://postgres@127.0.0.1:5432/postgres`,
//! without TLS unless the URL sets `sslmode`).
//! When it is unreachable its tests are skipped with a message, unless `ATLAS_REQUIRE_PG=1`
//! (CI), which makes them fail instead.

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use diesel::prelude::*;
use diesel::{Connection, PgConnection, RunQueryDsl};

use crate::demo::{self, DemoOptions};
use crate::{Backend, Db, DbOptions, reference};

/// A database that exists for one test; dropped (PostgreSQL) or deleted (SQLite) after it.
pub struct TestDb {
    pub url: String,
    pub backend: Backend,
    pg_name: Option<String>,
    _dir: Option<tempfile::TempDir>,
}

impl TestDb {
    /// Opens a pool on the test database.
    pub fn open(&self) -> Db {
        let db = Db::open(&DbOptions::new(&self.url));
        match db {
            Ok(db) => db,
            Err(e) => panic!("cannot open test database {}: {e}", self.url),
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(name) = &self.pg_name
            && let Ok(mut admin) = PgConnection::establish(&pg_admin_url())
        {
            let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .execute(&mut admin);
        }
    }
}

/// What the template holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Content {
    /// Migrated, reference data loaded, no activity.
    Reference,
    /// Reference data and the default demo dataset.
    Demo,
}

/// The maintenance database, without TLS unless the URL asks for it.
///
/// A test binary ends while the servers of its last tests are still dropping their pools on
/// their own threads. Over TLS, closing a connection runs OpenSSL, which libpq's OpenSSL also
/// tears down from an `atexit` handler of the exiting process: the two race and the binary
/// can crash (SIGSEGV) after every test has passed. Plain TCP on the loopback has no such
/// shared state.
fn pg_admin_url() -> String {
    let url = std::env::var("ATLAS_TEST_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned());
    if url.contains("sslmode=") {
        url
    } else if url.contains('?') {
        format!("{url}&sslmode=disable")
    } else {
        format!("{url}?sslmode=disable")
    }
}

/// The admin URL with its database replaced by `name` (parameters kept).
fn pg_url_for(name: &str) -> String {
    let admin = pg_admin_url();
    let (base, params) = admin.split_once('?').unwrap_or((&admin, ""));
    with_database(base, name, params)
}

/// `scheme://authority/<name>?<params>` from `scheme://authority[/old]`.
fn with_database(base: &str, name: &str, params: &str) -> String {
    let authority = base.find("://").map_or(0, |i| i + 3);
    let server = match base[authority..].find('/') {
        Some(slash) => &base[..authority + slash],
        None => base,
    };
    if params.is_empty() {
        format!("{server}/{name}")
    } else {
        format!("{server}/{name}?{params}")
    }
}

/// Whether PostgreSQL tests can run; panics if they must (`ATLAS_REQUIRE_PG=1`) and cannot.
pub fn postgres_available() -> bool {
    let ok = PgConnection::establish(&pg_admin_url()).is_ok();
    if !ok {
        if std::env::var("ATLAS_REQUIRE_PG").is_ok_and(|v| v == "1") {
            panic!(
                "PostgreSQL is required (ATLAS_REQUIRE_PG=1) but {} is unreachable",
                pg_admin_url()
            );
        }
        eprintln!(
            "SKIPPED: PostgreSQL tests (no server at {})",
            pg_admin_url()
        );
    }
    ok
}

/// Identifies this build of the test binary: templates are rebuilt whenever code changes.
fn build_key() -> String {
    let exe = std::env::current_exe().unwrap_or_default();
    let stem = exe
        .file_stem()
        .map(|s| {
            s.to_string_lossy()
                .replace(|c: char| !c.is_ascii_alphanumeric(), "_")
        })
        .unwrap_or_default();
    let mtime = fs::metadata(&exe)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs());
    format!("{}_{mtime}", stem.to_lowercase())
}

fn unique_suffix() -> String {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!("{}_{}_{}", std::process::id(), nanos, rand::random::<u32>())
}

fn template_dir() -> PathBuf {
    let dir = std::env::temp_dir().join("atlas-test-templates");
    let _ = fs::create_dir_all(&dir);
    dir
}

/// Runs `create` under an exclusive lock unless `done` already holds.
fn once_locked(name: &str, done: impl Fn() -> bool, create: impl FnOnce()) {
    let lock_path = template_dir().join(format!("{name}.lock"));
    let lock = File::create(&lock_path).unwrap_or_else(|e| panic!("lock {lock_path:?}: {e}"));
    lock.lock()
        .unwrap_or_else(|e| panic!("lock {lock_path:?}: {e}"));
    if !done() {
        create();
    }
    let _ = lock.unlock();
}

fn fill(db: &Db, content: Content) {
    let step = |what: &str, r: Result<(), crate::DbError>| {
        if let Err(e) = r {
            panic!("test template: {what}: {e}");
        }
    };
    step("migrate", db.migrate().map(drop));
    step("reference", reference::load_if_needed(db).map(drop));
    if content == Content::Demo {
        step(
            "demo",
            demo::seed(db, DemoOptions::default(), false).map(drop),
        );
    }
}

fn content_tag(content: Content) -> &'static str {
    match content {
        Content::Reference => "ref",
        Content::Demo => "demo",
    }
}

/// A fresh SQLite database with `content`.
pub fn sqlite(content: Content) -> TestDb {
    let name = format!("{}_{}", build_key(), content_tag(content));
    let template = template_dir().join(format!("{name}.db"));
    once_locked(
        &name,
        || template.exists(),
        || {
            let building = template.with_extension("building.db");
            let _ = fs::remove_file(&building);
            let db = Db::open(&DbOptions::new(building.to_string_lossy()))
                .unwrap_or_else(|e| panic!("{e}"));
            fill(&db, content);
            snapshot(&db, &template);
            drop(db);
            for ext in ["", "-wal", "-shm"] {
                let _ = fs::remove_file(format!("{}{ext}", building.display()));
            }
        },
    );
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("atlas.db");
    fs::copy(&template, &path).unwrap_or_else(|e| panic!("copy template: {e}"));
    TestDb {
        url: path.to_string_lossy().into_owned(),
        backend: Backend::Sqlite,
        pg_name: None,
        _dir: Some(dir),
    }
}

/// Writes a single-file copy of a SQLite database (no WAL beside it).
fn snapshot(db: &Db, to: &Path) {
    let Ok(mut conn) = db.conn() else {
        panic!("snapshot: no connection")
    };
    if let crate::DbConn::Sqlite(c) = &mut conn {
        let target = to.with_extension("tmp.db");
        let _ = fs::remove_file(&target);
        diesel::sql_query(format!("VACUUM INTO '{}'", target.display()))
            .execute(&mut **c)
            .unwrap_or_else(|e| panic!("VACUUM INTO: {e}"));
        fs::rename(&target, to).unwrap_or_else(|e| panic!("rename template: {e}"));
    }
}

/// A fresh PostgreSQL database with `content`, or `None` when PostgreSQL is unavailable.
pub fn postgres(content: Content) -> Option<TestDb> {
    if !postgres_available() {
        return None;
    }
    let key = build_key();
    let template = format!("atlas_tpl_{key}_{}", content_tag(content));
    let exists = |name: &str| {
        #[derive(QueryableByName)]
        struct N {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        PgConnection::establish(&pg_admin_url())
            .ok()
            .and_then(|mut c| {
                diesel::sql_query(format!(
                    "SELECT COUNT(*) AS n FROM pg_database WHERE datname = '{name}'"
                ))
                .get_result::<N>(&mut c)
                .ok()
            })
            .is_some_and(|r| r.n > 0)
    };
    once_locked(
        &template,
        || exists(&template),
        || {
            let mut admin =
                PgConnection::establish(&pg_admin_url()).unwrap_or_else(|e| panic!("{e}"));
            drop_stale_templates(&mut admin, &key);
            let building = format!("{template}_building");
            let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {building} WITH (FORCE)"))
                .execute(&mut admin);
            diesel::sql_query(format!("CREATE DATABASE {building}"))
                .execute(&mut admin)
                .unwrap_or_else(|e| panic!("{e}"));
            let db =
                Db::open(&DbOptions::new(pg_url_for(&building))).unwrap_or_else(|e| panic!("{e}"));
            fill(&db, content);
            drop(db);
            diesel::sql_query(format!("ALTER DATABASE {building} RENAME TO {template}"))
                .execute(&mut admin)
                .unwrap_or_else(|e| panic!("rename template: {e}"));
        },
    );
    let name = format!("atlas_test_{}", unique_suffix());
    let mut admin = PgConnection::establish(&pg_admin_url()).unwrap_or_else(|e| panic!("{e}"));
    // Concurrent clones of one template can collide ("being accessed by other users"): retry.
    let mut last_error = None;
    for attempt in 0..50 {
        match diesel::sql_query(format!("CREATE DATABASE {name} TEMPLATE {template}"))
            .execute(&mut admin)
        {
            Ok(_) => {
                last_error = None;
                break;
            }
            Err(e) => {
                last_error = Some(e);
                std::thread::sleep(std::time::Duration::from_millis(50 + 20 * attempt));
            }
        }
    }
    if let Some(e) = last_error {
        panic!("clone template {template}: {e}");
    }
    Some(TestDb {
        url: pg_url_for(&name),
        backend: Backend::Postgres,
        pg_name: Some(name),
        _dir: None,
    })
}

/// Templates of earlier builds of this test binary are dropped when a new one is made.
fn drop_stale_templates(admin: &mut PgConnection, key: &str) {
    #[derive(QueryableByName)]
    struct Name {
        #[diesel(sql_type = diesel::sql_types::Text)]
        datname: String,
    }
    let stem = key.rsplit_once('_').map_or(key, |(s, _)| s);
    let names = diesel::sql_query(format!(
        "SELECT datname FROM pg_database WHERE datname LIKE 'atlas\\_tpl\\_{stem}\\_%' AND datname NOT LIKE 'atlas\\_tpl\\_{key}\\_%'"
    ))
    .load::<Name>(admin)
    .unwrap_or_default();
    for n in names {
        let _ = diesel::sql_query(format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            n.datname
        ))
        .execute(admin);
    }
}

/// A fresh database on each available backend.
pub fn each_backend(content: Content) -> Vec<TestDb> {
    let mut dbs = vec![sqlite(content)];
    dbs.extend(postgres(content));
    dbs
}

#[cfg(test)]
mod tests {
    use super::with_database;

    #[test]
    fn the_database_is_replaced_and_parameters_kept() {
        assert_eq!(
            with_database("postgres://u@h:5432/postgres", "t1", "sslmode=disable"),
            "postgres://u@h:5432/t1?sslmode=disable"
        );
        assert_eq!(
            with_database("postgresql://u:p@h", "t2", ""),
            "postgresql://u:p@h/t2"
        );
    }
}
