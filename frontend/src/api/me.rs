//! The signed-in user's endpoints: profile, password, saved searches and maps, saved PDF
//! extractions.

use atlas_domain::{
    Items, Me, SavedExport, SavedExportForm, SavedSearch, SavedSearchForm, SavedSearchPatch,
};
use serde_json::json;

use super::authed::{authed_json, send_authed};
use super::{ApiError, Verb, to_json};

/// `GET /api/v1/me`.
pub async fn fetch_me() -> Result<Me, ApiError> {
    authed_json(Verb::Get, "/api/v1/me", None).await
}

/// `PUT /api/v1/me/password`.
pub async fn change_password(current: String, new: String) -> Result<(), ApiError> {
    let body = json!({ "current_password": current, "new_password": new });
    send_authed(Verb::Put, "/api/v1/me/password", Some(body.to_string()))
        .await
        .map(drop)
}

/// `GET /api/v1/me/saved-searches`.
pub async fn fetch_saved_searches() -> Result<Vec<SavedSearch>, ApiError> {
    authed_json::<Items<SavedSearch>>(Verb::Get, "/api/v1/me/saved-searches", None)
        .await
        .map(|found| found.items)
}

/// `POST /api/v1/me/saved-searches`.
pub async fn save_search(search: SavedSearchForm) -> Result<SavedSearch, ApiError> {
    authed_json(
        Verb::Post,
        "/api/v1/me/saved-searches",
        Some(to_json(&search)?),
    )
    .await
}

/// `PATCH /api/v1/me/saved-searches/{id}`.
pub async fn change_saved_search(
    id: i32,
    changes: SavedSearchPatch,
) -> Result<SavedSearch, ApiError> {
    let path = format!("/api/v1/me/saved-searches/{id}");
    authed_json(Verb::Patch, &path, Some(to_json(&changes)?)).await
}

/// `DELETE /api/v1/me/saved-searches/{id}`.
pub async fn delete_saved_search(id: i32) -> Result<(), ApiError> {
    let path = format!("/api/v1/me/saved-searches/{id}");
    send_authed(Verb::Delete, &path, None).await.map(drop)
}

/// `GET /api/v1/me/saved-exports`.
pub async fn fetch_saved_exports() -> Result<Vec<SavedExport>, ApiError> {
    authed_json::<Items<SavedExport>>(Verb::Get, "/api/v1/me/saved-exports", None)
        .await
        .map(|found| found.items)
}

/// `POST /api/v1/me/saved-exports`: the server makes the PDF of the search and keeps it.
pub async fn save_export(export: SavedExportForm) -> Result<SavedExport, ApiError> {
    authed_json(
        Verb::Post,
        "/api/v1/me/saved-exports",
        Some(to_json(&export)?),
    )
    .await
}

/// `GET /api/v1/me/saved-exports/{id}/file`: the stored PDF's bytes.
pub async fn fetch_saved_export_file(id: i32) -> Result<Vec<u8>, ApiError> {
    let path = format!("/api/v1/me/saved-exports/{id}/file");
    send_authed(Verb::Get, &path, None)
        .await?
        .binary()
        .await
        .map_err(|err| ApiError::Decode(err.to_string()))
}

/// `DELETE /api/v1/me/saved-exports/{id}`.
pub async fn delete_saved_export(id: i32) -> Result<(), ApiError> {
    let path = format!("/api/v1/me/saved-exports/{id}");
    send_authed(Verb::Delete, &path, None).await.map(drop)
}
