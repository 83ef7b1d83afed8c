//! `GET /api/v1/collectivites` and `/collectivites/{id}`: French collectivités.

use actix_web::{get, web};
use atlas_db::collectivites;
use atlas_domain::{CollectiviteDetail, CollectiviteSummary, Page, PageQuery, ProjectQuery};

use crate::handlers::responses::{BadRequest, Internal, NotFound};
use crate::handlers::search::criteria;
use crate::handlers::tags;
use crate::{ApiError, AppState};

/// Collectivités leading at least one project matching the criteria (`region`,
/// `departement`, `collectivite_kind`, …), with the figures of their active projects. Sort:
/// `name` (default), `-name`, `projects` / `-projects` (number of matching projects).
#[utoipa::path(
    tag = tags::ACTORS,
    params(PageQuery, ProjectQuery),
    responses(
        (status = 200, description = "One page of collectivités", body = Page<CollectiviteSummary>),
        BadRequest, Internal,
    )
)]
#[get("/collectivites")]
pub async fn list_collectivites(
    state: web::Data<AppState>,
    page: web::Query<PageQuery>,
    query: web::Query<ProjectQuery>,
) -> Result<web::Json<Page<CollectiviteSummary>>, ApiError> {
    let (resolved, paging) =
        criteria::resolve_paged(&state, query.into_inner(), &page, collectivites::SORTS).await?;
    let (page, per_page) = (paging.page, paging.per_page);
    let (items, total) = state
        .run(move |conn| collectivites::list(conn, &resolved, &paging))
        .await?;
    Ok(web::Json(Page {
        items,
        total,
        page,
        per_page,
    }))
}

/// A collectivité's page: coordonnées, élus and cadres in charge of international relations,
/// associations and networks, decentralised cooperations and other external actions by
/// country, figures (with APD paid by year), and when the page was last validated. Its
/// projects are the list `/projects?collectivite={id}`.
#[utoipa::path(
    tag = tags::ACTORS,
    params(("id" = i32, Path, description = "Collectivité id")),
    responses(
        (status = 200, description = "The collectivité's page", body = CollectiviteDetail),
        BadRequest, NotFound, Internal,
    )
)]
#[get("/collectivites/{id}")]
pub async fn get_collectivite(
    state: web::Data<AppState>,
    id: web::Path<i32>,
) -> Result<web::Json<CollectiviteDetail>, ApiError> {
    let id = id.into_inner();
    Ok(web::Json(
        state
            .run(move |conn| collectivites::detail(conn, id))
            .await?,
    ))
}
