//! One function per API endpoint the app calls. Paths are absolute: the app is served by the
//! API server itself, so every call stays on the page's origin.

use atlas_domain::{Continent, Page, Stats};

use super::{ApiError, get_json};

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
