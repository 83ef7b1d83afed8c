//! `GET /api/v1/stats`: headline figures and the per-continent table.

use actix_web::{get, web};
use atlas_db::figures::stats;
use atlas_domain::Stats;

use crate::handlers::responses::Internal;
use crate::handlers::tags;
use crate::{ApiError, AppState};

/// Headline figures and the per-continent table.
///
/// Counts active projects (archived ones are history). A collectivité active on several
/// continents counts once in `totals` and once per continent in `by_continent`.
#[utoipa::path(
    tag = tags::FIGURES,
    responses(
        (status = 200, description = "Headline figures", body = Stats),
        Internal,
    )
)]
#[get("/stats")]
pub async fn get_stats(state: web::Data<AppState>) -> Result<web::Json<Stats>, ApiError> {
    let stats = state.run(stats::stats).await?;
    Ok(web::Json(stats))
}
