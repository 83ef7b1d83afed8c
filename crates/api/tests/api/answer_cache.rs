//! Cached answers of the public read API: the same bytes while the data does not change, the
//! new figures as soon as a writer bumps the data generation, never for a signed request.

use atlas_db::DbConn;
use atlas_db::testing::Content;
use atlas_domain::Stats;
use diesel::connection::SimpleConnection;

use crate::helpers::spawn_apps;

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
