//! `GET /api/v1/regions` and `/regions/{code}`: the first level of the France access.

use actix_web::{get, web};
use atlas_db::places::france;
use atlas_domain::{Page, PlaceFigures, ProjectQuery, RegionDetail};

use crate::handlers::responses::{BadRequest, Internal, NotFound};
use crate::handlers::search::criteria;
use crate::handlers::tags;
use crate::{ApiError, AppState};

/// Every région, by code, with the figures of the projects matching the criteria that its
/// collectivités lead (`kind=autre_action_exterieure` gives the other external actions only:
/// the France map's choropleth switches kind this way).
#[utoipa::path(
    tag = tags::FRANCE,
    params(ProjectQuery),
    responses(
        (status = 200, description = "Régions with their figures", body = Page<PlaceFigures>),
        BadRequest, Internal,
    )
)]
#[get("/regions")]
pub async fn list_regions(
    state: web::Data<AppState>,
    query: web::Query<ProjectQuery>,
) -> Result<web::Json<Page<PlaceFigures>>, ApiError> {
    let resolved = criteria::resolve(&state, query.into_inner(), Vec::new()).await?;
    let items = state
        .run(move |conn| france::regions(conn, &resolved))
        .await?;
    Ok(web::Json(Page::whole(items)))
}

/// A région: figures (with the charts' breakdowns and the APD its collectivités paid by year),
/// and its départements with their figures. Its collectivités are the list
/// `/collectivites?region={code}`.
#[utoipa::path(
    tag = tags::FRANCE,
    params(("code" = String, Path, description = "INSEE code of the région, e.g. `84`")),
    responses(
        (status = 200, description = "The région with its figures and départements", body = RegionDetail),
        NotFound, Internal,
    )
)]
#[get("/regions/{code}")]
pub async fn get_region(
    state: web::Data<AppState>,
    code: web::Path<String>,
) -> Result<web::Json<RegionDetail>, ApiError> {
    let code = code.into_inner();
    let mut region = state.run(move |conn| france::region(conn, &code)).await?;
    region.without_departement.name = WITHOUT_DEPARTEMENT.to_owned();
    Ok(web::Json(region))
}

/// The name of a région's row of collectivités attached to no département (storage counts
/// them, unnamed).
const WITHOUT_DEPARTEMENT: &str =
    "Collectivités sans département (la région elle-même, collectivités à statut particulier)";
