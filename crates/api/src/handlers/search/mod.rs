//! `GET /api/v1/search`: projects matching keywords and criteria, one page with highlighted
//! text, the total and the facet counts of every criterion.

pub mod criteria;
pub mod suggest;

use actix_web::{HttpRequest, get, web};
use atlas_db::search;
use atlas_domain::{ProjectQuery, SearchHit, SearchOptions, SearchResults};

use crate::handlers::responses::{BadRequest, Internal};
use crate::handlers::search::criteria::{checked, known_params, parse, with_resolved};
use crate::handlers::tags;
use crate::{ApiError, AppState};

/// Search projects.
///
/// Keywords (`q`) search titles, texts, collectivité and partner names and places, ignoring
/// accents, case and ligatures (`coeur` finds « Cœur »); the last word matches as a prefix;
/// PostgreSQL also stems French words. Criteria combine with AND, the values of one
/// criterion with OR (`theme=patrimoine,culture`); `financing=mae-daect:2009,afd` means
/// "co-financed by the MAE in 2009 or by the AFD". Each facet counts its values with every
/// other criterion applied. The same query string works in the app (`/recherche?…`) and on
/// the exports (`/api/v1/exports/projects.csv?…`).
#[utoipa::path(
    tag = tags::SEARCH,
    params(ProjectQuery, SearchOptions),
    responses(
        (status = 200, description = "One page of projects, the total and the facets", body = SearchResults<SearchHit>),
        BadRequest, Internal,
    )
)]
#[get("/search")]
pub async fn search_projects(
    state: web::Data<AppState>,
    req: HttpRequest,
    query: web::Query<ProjectQuery>,
    options: web::Query<SearchOptions>,
) -> Result<web::Json<SearchResults<SearchHit>>, ApiError> {
    known_params(&req, &[ProjectQuery::PARAMS, SearchOptions::PARAMS])?;
    let (filter, paging) = parse(&query, options.parse())?;
    let index = state.search_index.clone();
    let results = state
        .run(move |conn| {
            with_resolved(conn, &filter, |conn, r| {
                search::search(conn, &index, r, paging)
            })
        })
        .await?;
    Ok(web::Json(checked(results)?))
}
