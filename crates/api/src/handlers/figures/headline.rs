//! `GET /api/v1/figures`: the figures and chart breakdowns of the projects matching any
//! criteria (the world and France pages, and third parties' own dashboards).

use actix_web::{get, web};
use atlas_db::figures::apd::ApdScope;
use atlas_db::figures::headline as figures;
use atlas_domain::{Figures, ProjectQuery};

use crate::handlers::responses::{BadRequest, Internal};
use crate::handlers::search::criteria;
use crate::handlers::tags;
use crate::{ApiError, AppState};

/// Counts (collectivités, partners, countries, projects by kind, twinnings, Bourse requests)
/// and breakdowns by theme, continent and collectivité type of the projects matching the
/// criteria. APD by year follows the criteria when they are nothing (all declarations) or one
/// place (a continent, sub-continent, country, région, département or collectivité); APD is
/// declared per place, not per project, so it is empty for other criteria.
#[utoipa::path(
    tag = tags::WORLD,
    params(ProjectQuery),
    responses(
        (status = 200, description = "The figures of the matching projects", body = Figures),
        BadRequest, Internal,
    )
)]
#[get("/figures")]
pub async fn get_figures(
    state: web::Data<AppState>,
    query: web::Query<ProjectQuery>,
) -> Result<web::Json<Figures>, ApiError> {
    let resolved = criteria::resolve(&state, query.into_inner(), Vec::new()).await?;
    let apd = ApdScope::of(&resolved.filter);
    Ok(web::Json(
        state
            .run(move |conn| figures::figures(conn, &resolved, &apd))
            .await?,
    ))
}
