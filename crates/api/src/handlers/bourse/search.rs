//! `GET /api/v1/search/bourse`: published Bourse requests matching keywords and criteria,
//! with facets — the project search's engine over the Bourse projets.

use actix_web::{HttpRequest, get, web};
use atlas_db::bourse::{filter, search};
use atlas_domain::{BourseHit, BourseQuery, SearchOptions, SearchResults};

use crate::handlers::responses::{BadRequest, Internal};
use crate::handlers::search::criteria::{checked, known_params};
use crate::handlers::tags;
use crate::{ApiError, AppState};

/// Search the Bourse projets.
///
/// Published cooperation requests of foreign authorities seeking a French partner. Keywords
/// search titles, descriptions, objectives, the partner sought, the authority and places
/// (accents, case and ligatures ignored; last word as a prefix). Criteria combine with AND,
/// values of one criterion with OR; each facet counts its values with every other criterion
/// applied.
#[utoipa::path(
    tag = tags::SEARCH,
    params(BourseQuery, SearchOptions),
    responses(
        (status = 200, description = "One page of requests, the total and the facets", body = SearchResults<BourseHit>),
        BadRequest, Internal,
    )
)]
#[get("/search/bourse")]
pub async fn search_bourse(
    state: web::Data<AppState>,
    req: HttpRequest,
    query: web::Query<BourseQuery>,
    options: web::Query<SearchOptions>,
) -> Result<web::Json<SearchResults<BourseHit>>, ApiError> {
    known_params(&req, &[BourseQuery::PARAMS, SearchOptions::PARAMS])?;
    let (filter, paging) = match (query.parse(), options.parse()) {
        (Ok(f), Ok(p)) => (f, p),
        (f, p) => {
            let mut errors = f.err().unwrap_or_default();
            errors.extend(p.err().unwrap_or_default());
            return Err(ApiError::bad_query(errors));
        }
    };
    let results = state
        .run(move |conn| match filter::resolve(conn, &filter)? {
            Ok(r) => search::search(conn, &r, paging).map(Ok),
            Err(errors) => Ok(Err(errors)),
        })
        .await?;
    Ok(web::Json(checked(results)?))
}
