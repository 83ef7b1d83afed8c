//! Errors, geometries and the app's client-side routes.

use atlas_db::testing::{Content, sqlite};
use atlas_domain::Problem;

use crate::helpers::{TestApp, spawn_apps};

#[actix_web::test]
async fn unknown_api_routes_are_problem_json_404() {
    for app in spawn_apps(Content::Reference) {
        for path in ["/api/v1/nope", "/api/nope", "/api/v1/stats/extra"] {
            let response = app.get(path).await;
            assert_eq!(response.status(), 404, "{path}");
            assert_eq!(
                response.headers()["content-type"],
                "application/problem+json"
            );
            let problem: Problem = response.json().await.expect("problem body");
            assert_eq!(problem.status, 404);
        }
    }
}

#[actix_web::test]
async fn a_known_path_with_another_method_is_405_with_allow() {
    for app in spawn_apps(Content::Reference) {
        for method in [
            reqwest::Method::POST,
            reqwest::Method::DELETE,
            reqwest::Method::TRACE,
        ] {
            let response = app.send(app.request(method.clone(), "/api/v1/stats")).await;
            assert_eq!(response.status(), 405, "{method}");
            assert_eq!(response.headers()["allow"], "GET");
            assert_eq!(
                response.headers()["content-type"],
                "application/problem+json"
            );
        }
    }
}

#[actix_web::test]
async fn geometries_are_served_with_an_etag_and_revalidate() {
    let app = TestApp::spawn(sqlite(Content::Reference), None);
    let response = app.get("/data/world.topo.json").await;
    assert_eq!(response.status(), 200);
    let etag = response.headers()["etag"]
        .to_str()
        .expect("etag")
        .to_owned();
    let topo: serde_json::Value = response.json().await.expect("TopoJSON");
    assert_eq!(topo["type"], "Topology");
    assert!(topo["objects"]["countries"].is_object());
    let again = app
        .client
        .get(format!("{}/data/world.topo.json", app.address))
        .header("If-None-Match", etag)
        .send()
        .await
        .expect("request");
    assert_eq!(again.status(), 304);
    assert_eq!(app.get("/data/nothing.json").await.status(), 404);
    let head = app
        .client
        .head(format!("{}/data/france.topo.json", app.address))
        .send()
        .await
        .expect("HEAD");
    assert_eq!(head.status(), 200);
    assert_eq!(head.headers()["content-type"], "application/json");
}

#[actix_web::test]
async fn client_side_routes_fall_back_to_the_app_build_files_are_kept_and_docs_are_served() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("index.html"),
        "<!doctype html><title>Atlas</title>",
    )
    .expect("index");
    std::fs::write(dir.path().join("app.css"), "body{}").expect("css");
    std::fs::create_dir_all(dir.path().join("pkg/0123abcd")).expect("build dir");
    std::fs::write(dir.path().join("pkg/0123abcd/frontend.js"), "export{}").expect("js");
    let app = TestApp::spawn(sqlite(Content::Reference), Some(dir.path().to_owned()));
    for path in ["/", "/pays/SN", "/sources"] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert!(
            response
                .text()
                .await
                .expect("body")
                .contains("<title>Atlas</title>"),
            "{path}"
        );
    }
    assert_eq!(
        app.get("/app.css").await.text().await.expect("css"),
        "body{}"
    );
    // Build files are content-addressed: kept a year; the page and stylesheet are revalidated.
    let build_file = app.get("/pkg/0123abcd/frontend.js").await;
    assert_eq!(build_file.status(), 200);
    assert_eq!(
        build_file.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(app.get("/pkg/old/frontend.js").await.status(), 404);
    let page = app.get("/pays/SN").await;
    assert_ne!(
        page.headers()
            .get("cache-control")
            .map(|v| v.to_str().expect("ascii")),
        Some("public, max-age=31536000, immutable")
    );
    assert!(
        app.get("/app.css")
            .await
            .headers()
            .get("cache-control")
            .is_none_or(|v| !v.to_str().expect("ascii").contains("immutable"))
    );
    let docs = app.get("/api/docs/").await;
    assert_eq!(docs.status(), 200);
    assert!(docs.text().await.expect("html").contains("swagger"));
    assert_eq!(app.get("/healthz").await.status(), 200);
}
