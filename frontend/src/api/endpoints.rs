//! One function per API endpoint the app calls. Paths are absolute: the app is served by the
//! API server itself, so every call stays on the page's origin.

use atlas_domain::{Continent, MarkerLayer, Page, Stats};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use super::{ApiError, get_json, send_get};

/// `GET /api/v1/stats`: headline figures, per-continent table, dataset information.
pub async fn fetch_stats() -> Result<Stats, ApiError> {
    get_json("/api/v1/stats").await
}

/// `GET /api/v1/continents`: continents with their figures.
#[expect(
    dead_code,
    reason = "the world access page (next issue) lists continents"
)]
pub async fn fetch_continents() -> Result<Page<Continent>, ApiError> {
    get_json("/api/v1/continents").await
}

/// `GET /api/v1/map/markers`: the world marker layer, one feature per (country, kind).
pub async fn fetch_markers() -> Result<MarkerLayer, ApiError> {
    get_json("/api/v1/map/markers").await
}

/// `GET /data/<file>.topo.json`: a TopoJSON topology, kept as a JavaScript object because
/// topojson-client converts it in JavaScript (decoding 275 KB into Rust and back would be waste).
pub async fn fetch_topology(path: &str) -> Result<JsValue, ApiError> {
    let response: web_sys::Response = send_get(path).await?.into();
    let promise = response
        .json()
        .map_err(|err| ApiError::Decode(format!("{err:?}")))?;
    JsFuture::from(promise)
        .await
        .map_err(|err| ApiError::Decode(format!("{err:?}")))
}
