//! `GET /api/v1/continents` and `/continents/{code}`: the first level of the world access.

use actix_web::{get, web};
use atlas_db::places::continents;
use atlas_db::places::world;
use atlas_domain::{Continent, ContinentDetail, Page};

use crate::handlers::responses::{Internal, NotFound};
use crate::handlers::tags;
use crate::{ApiError, AppState};

/// Continents with their figures, in the Atlas's usual order.
#[utoipa::path(
    tag = tags::WORLD,
    responses(
        (status = 200, description = "Every continent with its figures", body = Page<Continent>),
        Internal,
    )
)]
#[get("/continents")]
pub async fn list_continents(
    state: web::Data<AppState>,
) -> Result<web::Json<Page<Continent>>, ApiError> {
    let items = state.run(continents::list).await?;
    Ok(web::Json(Page::whole(items)))
}

/// A continent: figures (with the charts' breakdowns and APD received by year), and its
/// sub-continents and countries with activity.
#[utoipa::path(
    tag = tags::WORLD,
    params(("code" = String, Path, description = "Continent code, e.g. `afrique`")),
    responses(
        (status = 200, description = "The continent with its figures and lists", body = ContinentDetail),
        NotFound, Internal,
    )
)]
#[get("/continents/{code}")]
pub async fn get_continent(
    state: web::Data<AppState>,
    code: web::Path<String>,
) -> Result<web::Json<ContinentDetail>, ApiError> {
    let code = code.into_inner();
    Ok(web::Json(
        state.run(move |conn| world::continent(conn, &code)).await?,
    ))
}
