//! Cached answers of the public read API: the same bytes while the data does not change, the
//! new figures and search results as soon as a writer bumps the data generation, never for a
//! signed request, nothing kept by a server started with `--no-answer-cache`.

use atlas_db::DbConn;
use atlas_db::testing::Content;
use atlas_domain::Stats;
use diesel::connection::SimpleConnection;

use crate::helpers::{TestApp, spawn_apps};

/// Archives project `id` and bumps the data generation, as a writer does, in one transaction.
fn archive(conn: &mut DbConn, id: i32) {
    let generation = atlas_db::meta::new_generation();
    let sql = format!(
        "BEGIN; UPDATE projects SET status = 'archive' WHERE id = {id}; \
         DELETE FROM dataset_meta WHERE key = 'data_generation'; \
         INSERT INTO dataset_meta (key, value) VALUES ('data_generation', '{generation}'); COMMIT;"
    );
    match conn {
        DbConn::Sqlite(c) => c.batch_execute(&sql),
        DbConn::Pg(c) => c.batch_execute(&sql),
    }
    .expect("archive a project");
}

#[actix_web::test]
async fn answers_are_reused_until_the_data_changes() {
    for app in spawn_apps(Content::Demo) {
        let first = app.get("/api/v1/stats").await.bytes().await.expect("body");
        let again = app.get("/api/v1/stats").await.bytes().await.expect("body");
        assert_eq!(first, again, "{:?}", app.backend);
        let before: Stats = serde_json::from_slice(&first).expect("stats");

        let project: serde_json::Value = app.get_json("/api/v1/projects?per_page=1").await;
        let id = project["items"][0]["id"].as_i64().expect("a project id") as i32;
        let db = app.db.open();
        archive(&mut db.conn().expect("connection"), id);

        let after: Stats = app.get_json("/api/v1/stats").await;
        assert_eq!(
            after.totals.projects,
            before.totals.projects - 1,
            "{:?}: the cached stats outlived the change",
            app.backend
        );
        let sheet = app.get(&format!("/api/v1/projects/{id}")).await;
        let sheet: serde_json::Value = sheet.json().await.expect("project");
        assert_eq!(sheet["status"], "archive", "{:?}", app.backend);
    }
}

#[actix_web::test]
async fn signed_requests_are_never_answered_from_the_cache() {
    for app in spawn_apps(Content::Demo) {
        let _: Stats = app.get_json("/api/v1/stats").await;
        let db = app.db.open();
        // A change without a generation bump is invisible to anonymous readers until the next
        // bump, but a request carrying credentials is always computed afresh.
        let mut conn = db.conn().expect("connection");
        let sql = "UPDATE projects SET status = 'archive' WHERE id IN \
                   (SELECT id FROM projects WHERE status <> 'archive' ORDER BY id LIMIT 3)";
        match &mut conn {
            DbConn::Sqlite(c) => c.batch_execute(sql),
            DbConn::Pg(c) => c.batch_execute(sql),
        }
        .expect("archive three projects");
        let cached: Stats = app.get_json("/api/v1/stats").await;
        let fresh = app
            .send(
                app.request(reqwest::Method::GET, "/api/v1/stats")
                    .header("Authorization", "Bearer not-a-token"),
            )
            .await;
        let fresh: Stats = fresh.json().await.expect("stats");
        assert_eq!(
            fresh.totals.projects,
            cached.totals.projects - 3,
            "{:?}",
            app.backend
        );
    }
}

/// Runs `sql` without bumping the data generation: invisible to a cached answer until the next
/// bump.
fn change_quietly(conn: &mut DbConn, sql: &str) {
    match conn {
        DbConn::Sqlite(c) => c.batch_execute(sql),
        DbConn::Pg(c) => c.batch_execute(sql),
    }
    .expect("change the data");
}

#[actix_web::test]
async fn searches_are_reused_until_the_data_changes() {
    for app in spawn_apps(Content::Demo) {
        let path = "/api/v1/search?kind=cooperation_decentralisee&per_page=5";
        let first = app.get(path).await.bytes().await.expect("body");
        let again = app.get(path).await.bytes().await.expect("body");
        assert_eq!(first, again, "{:?}", app.backend);
        let before: serde_json::Value = serde_json::from_slice(&first).expect("results");
        let id = before["items"][0]["id"].as_i64().expect("a hit") as i32;

        let db = app.db.open();
        archive(&mut db.conn().expect("connection"), id);
        let after: serde_json::Value = app.get_json(path).await;
        assert_eq!(
            after["total"].as_i64(),
            before["total"].as_i64().map(|n| n - 1),
            "{:?}: the cached search outlived the change",
            app.backend
        );
        assert_ne!(after["items"][0]["id"].as_i64(), Some(id.into()));
    }
}

#[actix_web::test]
async fn a_server_without_answer_cache_computes_every_answer() {
    for test_db in atlas_db::testing::each_backend(Content::Demo) {
        let app = TestApp::spawn_without_answer_cache(test_db);
        let path = "/api/v1/search?per_page=1";
        let stats: Stats = app.get_json("/api/v1/stats").await;
        let search: serde_json::Value = app.get_json(path).await;
        let id = search["items"][0]["id"].as_i64().expect("a hit");
        let db = app.db.open();
        let mut conn = db.conn().expect("connection");
        change_quietly(
            &mut conn,
            &format!("UPDATE projects SET title = 'Titre changé' WHERE id = {id}"),
        );
        change_quietly(
            &mut conn,
            "UPDATE projects SET status = 'archive' WHERE id IN \
             (SELECT id FROM projects WHERE status <> 'archive' ORDER BY id DESC LIMIT 3)",
        );

        let stats_now: Stats = app.get_json("/api/v1/stats").await;
        assert_eq!(
            stats_now.totals.projects,
            stats.totals.projects - 3,
            "{:?}",
            app.backend
        );
        let search_now: serde_json::Value = app.get_json(path).await;
        assert_eq!(search_now["items"][0]["id"], id, "{:?}", app.backend);
        assert_eq!(
            search_now["items"][0]["title"], "Titre changé",
            "{:?}: the search answer was not computed again",
            app.backend
        );
    }
}
