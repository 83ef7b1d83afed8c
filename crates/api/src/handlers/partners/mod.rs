//! `GET /api/v1/partners` and `/partners/{id}`: foreign partner authorities.

use actix_web::{get, web};
use atlas_db::partners;
use atlas_domain::{Page, PageQuery, PartnerDetail, PartnerSummary, ProjectQuery};

use crate::handlers::responses::{BadRequest, Internal, NotFound};
use crate::handlers::search::criteria;
use crate::handlers::tags;
use crate::{ApiError, AppState};

/// Partner authorities leading at least one project matching the criteria (`country`,
/// `continent`, `theme`, …), each with its French partners (twinning, convention, projects,
/// themes). Sort: `name` (default), `-name`, `country`, `-country`.
#[utoipa::path(
    tag = tags::ACTORS,
    params(PageQuery, ProjectQuery),
    responses(
        (status = 200, description = "One page of partner authorities", body = Page<PartnerSummary>),
        BadRequest, Internal,
    )
)]
#[get("/partners")]
pub async fn list_partners(
    state: web::Data<AppState>,
    page: web::Query<PageQuery>,
    query: web::Query<ProjectQuery>,
) -> Result<web::Json<Page<PartnerSummary>>, ApiError> {
    let (resolved, paging) =
        criteria::resolve_paged(&state, query.into_inner(), &page, partners::SORTS).await?;
    let (page, per_page) = (paging.page, paging.per_page);
    let (items, total) = state
        .run(move |conn| partners::list(conn, &resolved, &paging))
        .await?;
    Ok(web::Json(Page {
        items,
        total,
        page,
        per_page,
    }))
}

/// A partner authority's page: its French partners, where it is, and the figures of the
/// projects it leads or takes part in. Its projects are the list `/projects?partner={id}`.
#[utoipa::path(
    tag = tags::ACTORS,
    params(("id" = i32, Path, description = "Partner authority id")),
    responses(
        (status = 200, description = "The partner authority's page", body = PartnerDetail),
        BadRequest, NotFound, Internal,
    )
)]
#[get("/partners/{id}")]
pub async fn get_partner(
    state: web::Data<AppState>,
    id: web::Path<i32>,
) -> Result<web::Json<PartnerDetail>, ApiError> {
    let id = id.into_inner();
    Ok(web::Json(
        state.run(move |conn| partners::detail(conn, id)).await?,
    ))
}
