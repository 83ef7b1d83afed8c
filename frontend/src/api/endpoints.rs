//! One function per API endpoint the app calls. Paths are absolute: the app is served by the
//! API server itself, so every call stays on the page's origin.

use atlas_domain::{
    CollectiviteDetail, CollectiviteSummary, Continent, ContinentDetail, CountryDetail,
    DepartementDetail, Figures, MarkerLayer, Page, PartnerDetail, PartnerSummary, PlaceFigures,
    ProjectSheet, ProjectSummary, RegionDetail, SearchHit, SearchResults, Stats,
    SubcontinentDetail, Suggestion,
};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use super::{ApiError, get_json, send_get};

/// A query string from pairs, each value URI-encoded: `?country=SN&page=2` (empty when none).
pub fn query_string(pairs: &[(&str, String)]) -> String {
    let encoded: Vec<String> = pairs
        .iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(key, value)| {
            format!(
                "{key}={}",
                String::from(js_sys::encode_uri_component(value))
            )
        })
        .collect();
    if encoded.is_empty() {
        String::new()
    } else {
        format!("?{}", encoded.join("&"))
    }
}

/// A path segment, URI-encoded (codes come from URLs users can type).
fn segment(value: &str) -> String {
    String::from(js_sys::encode_uri_component(value))
}

/// `GET /api/v1/stats`: headline figures, per-continent table, dataset information.
pub async fn fetch_stats() -> Result<Stats, ApiError> {
    get_json("/api/v1/stats").await
}

/// `GET /api/v1/figures?…`: figures of the projects matching a query string.
pub async fn fetch_figures(query: String) -> Result<Figures, ApiError> {
    get_json(&format!("/api/v1/figures{query}")).await
}

/// `GET /api/v1/continents`: continents with their figures.
pub async fn fetch_continents() -> Result<Page<Continent>, ApiError> {
    get_json("/api/v1/continents").await
}

/// `GET /api/v1/continents/{code}`.
pub async fn fetch_continent(code: String) -> Result<ContinentDetail, ApiError> {
    get_json(&format!("/api/v1/continents/{}", segment(&code))).await
}

/// `GET /api/v1/subcontinents/{code}`.
pub async fn fetch_subcontinent(code: String) -> Result<SubcontinentDetail, ApiError> {
    get_json(&format!("/api/v1/subcontinents/{}", segment(&code))).await
}

/// `GET /api/v1/countries/{code}`.
pub async fn fetch_country(code: String) -> Result<CountryDetail, ApiError> {
    get_json(&format!("/api/v1/countries/{}", segment(&code))).await
}

/// `GET /api/v1/regions?…`: every région with its figures.
pub async fn fetch_regions(query: String) -> Result<Page<PlaceFigures>, ApiError> {
    get_json(&format!("/api/v1/regions{query}")).await
}

/// `GET /api/v1/regions/{code}`.
pub async fn fetch_region(code: String) -> Result<RegionDetail, ApiError> {
    get_json(&format!("/api/v1/regions/{}", segment(&code))).await
}

/// `GET /api/v1/departements?…`: départements with their figures.
pub async fn fetch_departements(query: String) -> Result<Page<PlaceFigures>, ApiError> {
    get_json(&format!("/api/v1/departements{query}")).await
}

/// `GET /api/v1/departements/{code}`.
pub async fn fetch_departement(code: String) -> Result<DepartementDetail, ApiError> {
    get_json(&format!("/api/v1/departements/{}", segment(&code))).await
}

/// `GET /api/v1/collectivites?…`: one page of collectivités.
pub async fn fetch_collectivites(query: String) -> Result<Page<CollectiviteSummary>, ApiError> {
    get_json(&format!("/api/v1/collectivites{query}")).await
}

/// `GET /api/v1/collectivites/{id}`.
pub async fn fetch_collectivite(id: i32) -> Result<CollectiviteDetail, ApiError> {
    get_json(&format!("/api/v1/collectivites/{id}")).await
}

/// `GET /api/v1/partners?…`: one page of partner authorities.
pub async fn fetch_partners(query: String) -> Result<Page<PartnerSummary>, ApiError> {
    get_json(&format!("/api/v1/partners{query}")).await
}

/// `GET /api/v1/partners/{id}`.
pub async fn fetch_partner(id: i32) -> Result<PartnerDetail, ApiError> {
    get_json(&format!("/api/v1/partners/{id}")).await
}

/// `GET /api/v1/projects?…`: one page of projects.
pub async fn fetch_projects(query: String) -> Result<Page<ProjectSummary>, ApiError> {
    get_json(&format!("/api/v1/projects{query}")).await
}

/// `GET /api/v1/projects/{id}`: the fiche-projet.
pub async fn fetch_project(id: i32) -> Result<ProjectSheet, ApiError> {
    get_json(&format!("/api/v1/projects/{id}")).await
}

/// The query string of a marker layer at `level` for one criterion (`?level=country&continent=AF`).
pub fn layer_query(level: &str, key: &'static str, value: String) -> String {
    query_string(&[("level", level.to_owned()), (key, value)])
}

/// `GET /api/v1/map/markers?…`: a marker layer (level, layers and project criteria).
pub async fn fetch_markers(query: String) -> Result<MarkerLayer, ApiError> {
    get_json(&format!("/api/v1/map/markers{query}")).await
}

/// `GET /api/v1/search?…`: one page of projects with highlighted text, the total and the
/// facet counts (`query` is the search's own query string, `?` included).
pub async fn fetch_search(query: String) -> Result<SearchResults<SearchHit>, ApiError> {
    get_json(&format!("/api/v1/search{query}")).await
}

/// `GET /api/v1/suggest?q=…`: places, collectivités, partners and themes matching `text`.
pub async fn fetch_suggestions(text: String) -> Result<Vec<Suggestion>, ApiError> {
    get_json(&format!("/api/v1/suggest{}", query_string(&[("q", text)]))).await
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
