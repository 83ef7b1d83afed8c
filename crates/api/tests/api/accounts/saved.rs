//! The personal space: saved searches and maps, saved PDF extractions, each visible to its
//! owner only.

use atlas_db::testing::Content;
use atlas_domain::{Items, Role, SavedExport, SavedSearch};
use reqwest::Method;
use serde_json::json;

use crate::helpers::spawn_apps;

#[actix_web::test]
async fn saved_searches_and_maps_are_listed_renamed_reopened_and_deleted() {
    for app in spawn_apps(Content::Demo) {
        let me = app
            .token_of("a@mairie.test", Role::Operateur, &[], None, None)
            .await;
        let other = app
            .token_of("b@mairie.test", Role::Operateur, &[], None, None)
            .await;
        let map = json!({"kind": "map", "name": "Sénégal", "query": "country=SN&kind=cooperation_decentralisee",
            "map_view": {"lat": 14.5, "lng": -14.4, "zoom": 6, "layers": ["cooperation", "bourse"]}});
        let r = app.post("/api/v1/me/saved-searches", &map, Some(&me)).await;
        assert_eq!(r.status(), 201);
        let saved: SavedSearch = r.json().await.unwrap();
        assert_eq!(saved.map_view.as_ref().map(|v| v.layers.len()), Some(2));
        let path = format!("/api/v1/me/saved-searches/{}", saved.id);
        let r = app
            .call(
                Method::PATCH,
                &path,
                Some(&json!({"name": "Sénégal, coopérations"})),
                Some(&me),
            )
            .await;
        assert_eq!(r.status(), 200);
        let reopened: SavedSearch = app
            .call(Method::GET, &path, None, Some(&me))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(reopened.name, "Sénégal, coopérations");
        assert_eq!(reopened.query, saved.query);
        assert_eq!(
            app.call(Method::GET, &path, None, Some(&other))
                .await
                .status(),
            404
        );
        assert_eq!(
            app.call(Method::DELETE, &path, None, Some(&other))
                .await
                .status(),
            404
        );
        let mine: Items<SavedSearch> = app
            .call(Method::GET, "/api/v1/me/saved-searches", None, Some(&me))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(mine.items.len(), 1);
        let theirs: Items<SavedSearch> = app
            .call(Method::GET, "/api/v1/me/saved-searches", None, Some(&other))
            .await
            .json()
            .await
            .unwrap();
        assert!(theirs.items.is_empty());
        assert_eq!(
            app.call(Method::DELETE, &path, None, Some(&me))
                .await
                .status(),
            204
        );
        assert_eq!(
            app.call(Method::GET, &path, None, Some(&me)).await.status(),
            404
        );
    }
}

#[actix_web::test]
async fn a_saved_pdf_extraction_downloads_again() {
    for app in spawn_apps(Content::Demo) {
        let me = app
            .token_of("a@mairie.test", Role::Operateur, &[], None, None)
            .await;
        let other = app
            .token_of("b@mairie.test", Role::Operateur, &[], None, None)
            .await;
        let r = app
            .post(
                "/api/v1/me/saved-exports",
                &json!({"name": "Eau au Sénégal", "query": "country=SN&q=eau&page=2"}),
                Some(&me),
            )
            .await;
        assert_eq!(r.status(), 201);
        let saved: SavedExport = r.json().await.unwrap();
        assert!(saved.byte_size > 1000);
        let file = format!("/api/v1/me/saved-exports/{}/file", saved.id);
        let r = app.call(Method::GET, &file, None, Some(&me)).await;
        assert_eq!(r.status(), 200);
        assert_eq!(r.headers()["content-type"], "application/pdf");
        let bytes = r.bytes().await.unwrap();
        assert!(bytes.starts_with(b"%PDF"));
        assert_eq!(i64::try_from(bytes.len()).unwrap(), saved.byte_size);
        assert_eq!(
            app.call(Method::GET, &file, None, Some(&other))
                .await
                .status(),
            404
        );
        let path = format!("/api/v1/me/saved-exports/{}", saved.id);
        assert_eq!(
            app.call(Method::DELETE, &path, None, Some(&me))
                .await
                .status(),
            204
        );
        assert_eq!(
            app.call(Method::GET, &file, None, Some(&me)).await.status(),
            404
        );
    }
}
