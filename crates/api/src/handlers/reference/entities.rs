//! `GET /reference/entities`: the entities an account may act for, for the request form.

use actix_web::{get, web};
use atlas_db::reference::entities;
use atlas_domain::{Entity, EntityQuery, Items};

use crate::handlers::responses::{BadRequest, Internal};
use crate::handlers::tags;
use crate::{ApiError, AppState};

/// Look up communes, EPCI, départements, régions (of the COG, in the Atlas or not) and
/// countries by the start of their name or code, accents and case ignored.
#[utoipa::path(
    tag = tags::ACCOUNTS,
    params(EntityQuery),
    responses(
        (status = 200, description = "Matching entities (régions, départements, countries, EPCI, then communes by population)", body = Items<Entity>),
        BadRequest, Internal,
    )
)]
#[get("/reference/entities")]
pub async fn list_entities(
    state: web::Data<AppState>,
    query: web::Query<EntityQuery>,
) -> Result<web::Json<Items<Entity>>, ApiError> {
    let search = query.parse().map_err(ApiError::bad_query)?;
    let items = state
        .run(move |conn| entities::search(conn, &search))
        .await?;
    Ok(web::Json(Items { items }))
}
