//! `GET /api/v1/departements` and `/departements/{code}`: the second level of the France
//! access.

use actix_web::{get, web};
use atlas_db::places::france;
use atlas_domain::{DepartementDetail, Page, PlaceFigures, ProjectQuery};

use crate::handlers::responses::{BadRequest, Internal, NotFound};
use crate::handlers::search::criteria;
use crate::handlers::tags;
use crate::{ApiError, AppState};

/// Every département (of `region`, when given), by code, with the figures of the projects
/// matching the criteria that its collectivités lead.
#[utoipa::path(
    tag = tags::FRANCE,
    params(ProjectQuery),
    responses(
        (status = 200, description = "Départements with their figures", body = Page<PlaceFigures>),
        BadRequest, Internal,
    )
)]
#[get("/departements")]
pub async fn list_departements(
    state: web::Data<AppState>,
    query: web::Query<ProjectQuery>,
) -> Result<web::Json<Page<PlaceFigures>>, ApiError> {
    let resolved = criteria::resolve(&state, query.into_inner(), Vec::new()).await?;
    let items = state
        .run(move |conn| france::departements(conn, &resolved))
        .await?;
    Ok(web::Json(Page::whole(items)))
}

/// A département: figures (with the charts' breakdowns and the APD its collectivités paid by
/// year). Its collectivités are the list `/collectivites?departement={code}`.
#[utoipa::path(
    tag = tags::FRANCE,
    params(("code" = String, Path, description = "INSEE code of the département, e.g. `69`, `2A`")),
    responses(
        (status = 200, description = "The département with its figures", body = DepartementDetail),
        NotFound, Internal,
    )
)]
#[get("/departements/{code}")]
pub async fn get_departement(
    state: web::Data<AppState>,
    code: web::Path<String>,
) -> Result<web::Json<DepartementDetail>, ApiError> {
    let code = code.into_inner();
    Ok(web::Json(
        state
            .run(move |conn| france::departement(conn, &code))
            .await?,
    ))
}
