//! Map layers as GeoJSON (RFC 7946), for the app and for third parties.

use actix_web::{HttpResponse, get, web};
use atlas_db::map;
use atlas_domain::{MapQuery, MarkerLayer, ProjectQuery};

use crate::handlers::responses::{BadRequest, Internal};
use crate::handlers::search::criteria;
use crate::handlers::tags;
use crate::{ApiError, AppState};

/// The media type of GeoJSON documents (RFC 7946).
pub const GEO_JSON: &str = "application/geo+json";

/// Markers of decentralised cooperation projects (blue), other external actions (yellow) and
/// published Bourse requests (red), counted per place of the chosen `level`.
///
/// Takes the same project criteria as search, lists and exports. Each project counts once, at
/// its lead collectivité or lead partner authority, so the counts of a layer add up to the
/// number of matching projects. Bourse requests — foreign authorities still looking for a
/// French partner — are drawn at the `country` and `partner` levels, and only when the
/// criteria are ones a request can meet (theme, continent, sub-continent, country, partner):
/// any other criterion leaves the red layer empty. Places without coordinates are left out.
#[utoipa::path(
    tag = tags::MAPS,
    params(MapQuery, ProjectQuery),
    responses(
        (status = 200, description = "A GeoJSON FeatureCollection of points, one per place and kind", body = MarkerLayer, content_type = "application/geo+json"),
        BadRequest, Internal,
    )
)]
#[get("/map/markers")]
pub async fn get_markers(
    state: web::Data<AppState>,
    layer: web::Query<MapQuery>,
    criteria: web::Query<ProjectQuery>,
) -> Result<HttpResponse, ApiError> {
    // Layer and criteria errors are reported together.
    let parsed = layer.parse();
    let errors = parsed.as_ref().err().cloned().unwrap_or_default();
    let resolved = criteria::resolve(&state, criteria.into_inner(), errors).await?;
    let request = parsed.map_err(ApiError::bad_query)?;
    let layer = state
        .run(move |conn| map::markers(conn, &resolved, &request))
        .await?;
    Ok(HttpResponse::Ok().content_type(GEO_JSON).json(layer))
}
