//! `GET /api/v1/countries` and `/countries/{code}`: the country level of the world access.

use actix_web::{get, web};
use atlas_db::places::world;
use atlas_domain::{CountryDetail, CountrySummary, Page, ProjectQuery};

use crate::handlers::responses::{BadRequest, Internal, NotFound};
use crate::handlers::search::criteria;
use crate::handlers::tags;
use crate::{ApiError, AppState};

/// Every country of the reference list (of `continent` or `subcontinent`, when given), by
/// French name, with the figures of the projects matching the criteria there.
#[utoipa::path(
    tag = tags::WORLD,
    params(ProjectQuery),
    responses(
        (status = 200, description = "Countries with their figures", body = Page<CountrySummary>),
        BadRequest, Internal,
    )
)]
#[get("/countries")]
pub async fn list_countries(
    state: web::Data<AppState>,
    query: web::Query<ProjectQuery>,
) -> Result<web::Json<Page<CountrySummary>>, ApiError> {
    let resolved = criteria::resolve(&state, query.into_inner(), Vec::new()).await?;
    let items = state
        .run(move |conn| world::countries(conn, &resolved))
        .await?;
    Ok(web::Json(Page::whole(items)))
}

/// A country: figures (with the charts' breakdowns and APD received by year) and its published
/// Bourse requests. Its partner authorities and projects are the lists
/// `/partners?country={code}` and `/projects?country={code}`.
#[utoipa::path(
    tag = tags::WORLD,
    params(("code" = String, Path, description = "ISO 3166-1 alpha-2 code, e.g. `SN`")),
    responses(
        (status = 200, description = "The country with its figures and open Bourse requests", body = CountryDetail),
        NotFound, Internal,
    )
)]
#[get("/countries/{code}")]
pub async fn get_country(
    state: web::Data<AppState>,
    code: web::Path<String>,
) -> Result<web::Json<CountryDetail>, ApiError> {
    let code = code.into_inner();
    Ok(web::Json(
        state.run(move |conn| world::country(conn, &code)).await?,
    ))
}
