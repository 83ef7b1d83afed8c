//! `atlas backup` / `atlas restore` round trip on SQLite.
#![expect(clippy::unwrap_used, reason = "test helpers fail loudly")]

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use atlas_db::backup;
use atlas_db::schema::{dataset_meta, projects};
use atlas_db::testing::{Content, sqlite};
use atlas_db::{Db, DbConn, DbOptions};
use diesel::prelude::*;

fn meta(db: &Db, key: &str) -> Option<String> {
    atlas_db::meta::get(&mut db.conn().unwrap(), key).unwrap()
}

fn project_count(db: &Db) -> i64 {
    match &mut db.conn().unwrap() {
        DbConn::Sqlite(c) => projects::table.count().get_result(&mut **c).unwrap(),
        DbConn::Pg(c) => projects::table.count().get_result(&mut **c).unwrap(),
    }
}

fn put_meta(db: &Db, key: &str, value: &str) {
    if let DbConn::Sqlite(c) = &mut db.conn().unwrap() {
        diesel::replace_into(dataset_meta::table)
            .values((dataset_meta::key.eq(key), dataset_meta::value.eq(value)))
            .execute(&mut **c)
            .unwrap();
    }
}

#[test]
fn an_online_backup_restores_the_exact_state_it_saw() {
    let test_db = sqlite(Content::Demo);
    let path = std::path::PathBuf::from(&test_db.url);
    let db = test_db.open();
    put_meta(&db, "backup_probe", "before");
    let projects_before = project_count(&db);

    // Writers keep committing while the snapshot is taken.
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (db, stop) = (db.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) {
                put_meta(&db, &format!("concurrent_{n}"), "x");
                n += 1;
            }
            n
        })
    };
    let dir = tempfile::tempdir().unwrap();
    let snapshot_path = dir.path().join("atlas-backup.db");
    let snapshot = backup::backup(&db, &snapshot_path).unwrap();
    stop.store(true, Ordering::Relaxed);
    assert!(writer.join().unwrap() > 0, "writes ran during the backup");
    assert_eq!(snapshot.projects, projects_before);
    assert!(
        backup::backup(&db, &snapshot_path).is_err(),
        "never overwrites an existing file"
    );

    // The live database moves on…
    put_meta(&db, "backup_probe", "after");
    if let DbConn::Sqlite(c) = &mut db.conn().unwrap() {
        diesel::delete(projects::table.filter(projects::id.le(100)))
            .execute(&mut **c)
            .unwrap();
    }
    assert_eq!(project_count(&db), projects_before - 100);
    drop(db);

    // …and the restore brings back exactly the snapshot.
    let restored = backup::restore(&snapshot_path, &path).unwrap();
    assert_eq!(restored.projects, projects_before);
    let db = Db::open(&DbOptions::new(path.to_string_lossy())).unwrap();
    assert_eq!(meta(&db, "backup_probe").as_deref(), Some("before"));
    assert_eq!(project_count(&db), projects_before);
    assert_eq!(db.migrate().unwrap(), 0, "the restored schema is current");
}

#[test]
fn a_corrupt_snapshot_is_refused_and_the_database_left_alone() {
    let test_db = sqlite(Content::Reference);
    let path = std::path::PathBuf::from(&test_db.url);
    let dir = tempfile::tempdir().unwrap();
    let junk = dir.path().join("junk.db");
    std::fs::write(
        &junk,
        b"this is not a database, only sixteen-odd bytes of text",
    )
    .unwrap();
    let before = std::fs::read(&path).unwrap();
    assert!(backup::restore(&junk, &path).is_err());
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // A valid SQLite file that is not an Atlas database is refused too.
    let other = dir.path().join("other.db");
    {
        let mut c = diesel::SqliteConnection::establish(other.to_str().unwrap()).unwrap();
        diesel::sql_query("CREATE TABLE t (x INTEGER)")
            .execute(&mut c)
            .unwrap();
    }
    let err = backup::restore(&other, &path).unwrap_err().to_string();
    assert!(err.contains("not an Atlas database"), "{err}");
}

#[test]
fn postgres_points_to_pg_dump() {
    let Some(test_db) = atlas_db::testing::postgres(Content::Reference) else {
        return;
    };
    let db = test_db.open();
    let dir = tempfile::tempdir().unwrap();
    let err = backup::backup(&db, &dir.path().join("x.db"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("pg_dump"), "{err}");
}
