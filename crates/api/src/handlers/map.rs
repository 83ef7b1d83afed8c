//! Map layers as GeoJSON (RFC 7946), for the app and for third parties.

use actix_web::{HttpResponse, get, web};
use atlas_db::queries::map;
use atlas_domain::{MarkerLayer, Problem};

use super::tags;
use crate::{ApiError, AppState};

/// The media type of GeoJSON documents (RFC 7946).
pub const GEO_JSON: &str = "application/geo+json";

/// One marker per country and kind: decentralised cooperation projects (blue), other
/// external actions (yellow) and published Bourse requests (red), with their counts.
#[utoipa::path(
    tag = tags::MAPS,
    responses(
        (status = 200, description = "A GeoJSON FeatureCollection of points", body = MarkerLayer, content_type = "application/geo+json"),
        (status = 500, description = "Unexpected error", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/map/markers")]
pub async fn get_country_markers(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let layer = state.run(map::country_markers).await?;
    Ok(HttpResponse::Ok().content_type(GEO_JSON).json(layer))
}
