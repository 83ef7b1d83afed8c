//! `GET /api/v1/continents`: the first level of the world access.

use actix_web::{get, web};
use atlas_db::queries::continents;
use atlas_domain::{Continent, Page, Problem};

use super::tags;
use crate::{ApiError, AppState};

/// Continents with their figures, in the Atlas's usual order.
#[utoipa::path(
    tag = tags::WORLD,
    responses(
        (status = 200, description = "Every continent with its figures", body = Page<Continent>),
        (status = 500, description = "Unexpected error", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/continents")]
pub async fn list_continents(
    state: web::Data<AppState>,
) -> Result<web::Json<Page<Continent>>, ApiError> {
    let items = state.run(continents::list).await?;
    Ok(web::Json(Page::whole(items)))
}
