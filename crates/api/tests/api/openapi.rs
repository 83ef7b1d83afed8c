//! The committed OpenAPI document is the contract: it must match the code.

use crate::helpers::spawn_apps;

#[test]
fn committed_openapi_document_is_up_to_date() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../openapi/openapi.json");
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    let current = atlas_api::openapi::document_json();
    assert!(
        committed == current,
        "openapi/openapi.json is stale: run `just openapi` and commit the result"
    );
}

#[actix_web::test]
async fn the_served_document_is_the_committed_one_and_every_response_is_described() {
    for app in spawn_apps(atlas_db::testing::Content::Reference) {
        let served: serde_json::Value = app.get_json("/api/openapi.json").await;
        let built: serde_json::Value =
            serde_json::from_str(&atlas_api::openapi::document_json()).expect("JSON");
        assert_eq!(served, built);
        for (path, item) in served["paths"].as_object().expect("paths") {
            for (method, op) in item.as_object().expect("operations") {
                for (status, response) in op["responses"].as_object().expect("responses") {
                    let description = response["description"].as_str().unwrap_or_default();
                    assert!(
                        !description.is_empty(),
                        "{method} {path} {status} has no description"
                    );
                }
            }
        }
    }
}
