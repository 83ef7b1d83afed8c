//! `GET /api/v1/subcontinents/{code}`: the second level of the world access.

use actix_web::{get, web};
use atlas_db::places::world;
use atlas_domain::SubcontinentDetail;

use crate::handlers::responses::{Internal, NotFound};
use crate::handlers::tags;
use crate::{ApiError, AppState};

/// A sub-continent: figures (with the charts' breakdowns and APD received by year) and its
/// countries with activity. West Asia has two codes, one under Asia and one under Europe
/// (`asie-de-l-ouest-europe`: Turkey, Cyprus and the Caucasus).
#[utoipa::path(
    tag = tags::WORLD,
    params(("code" = String, Path, description = "Sub-continent code, e.g. `afrique-de-l-ouest`")),
    responses(
        (status = 200, description = "The sub-continent with its figures and countries", body = SubcontinentDetail),
        NotFound, Internal,
    )
)]
#[get("/subcontinents/{code}")]
pub async fn get_subcontinent(
    state: web::Data<AppState>,
    code: web::Path<String>,
) -> Result<web::Json<SubcontinentDetail>, ApiError> {
    let code = code.into_inner();
    Ok(web::Json(
        state
            .run(move |conn| world::subcontinent(conn, &code))
            .await?,
    ))
}
