//! `GET /api/v1/projects` and `/projects/{id}`: the project list and the fiche-projet.

use actix_web::{get, web};
use atlas_db::projects;
use atlas_domain::{Page, PageQuery, ProjectQuery, ProjectSheet, ProjectSummary};

use crate::handlers::responses::{BadRequest, Internal, NotFound};
use crate::handlers::search::criteria;
use crate::handlers::tags;
use crate::{ApiError, AppState};

/// Projects matching the criteria (the same as search, map layers and exports). Sort: `title`
/// (default), `start_year`, `end_year`, `updated_at`, each descending with a leading `-`.
#[utoipa::path(
    tag = tags::PROJECTS,
    params(PageQuery, ProjectQuery),
    responses(
        (status = 200, description = "One page of projects", body = Page<ProjectSummary>),
        BadRequest, Internal,
    )
)]
#[get("/projects")]
pub async fn list_projects(
    state: web::Data<AppState>,
    page: web::Query<PageQuery>,
    query: web::Query<ProjectQuery>,
) -> Result<web::Json<Page<ProjectSummary>>, ApiError> {
    let (resolved, paging) =
        criteria::resolve_paged(&state, query.into_inner(), &page, projects::SORTS).await?;
    let (page, per_page) = (paging.page, paging.per_page);
    let (items, total) = state
        .run(move |conn| projects::list(conn, &resolved, &paging))
        .await?;
    Ok(web::Json(Page {
        items,
        total,
        page,
        per_page,
    }))
}

/// The fiche-projet: every field — themes, objectives, description, history, context, years,
/// status, budget, financings by source and year, partners in France and abroad, contacts,
/// volunteers. Archived projects stay readable.
#[utoipa::path(
    tag = tags::PROJECTS,
    params(("id" = i32, Path, description = "Project id")),
    responses(
        (status = 200, description = "The fiche-projet", body = ProjectSheet),
        BadRequest, NotFound, Internal,
    )
)]
#[get("/projects/{id}")]
pub async fn get_project(
    state: web::Data<AppState>,
    id: web::Path<i32>,
) -> Result<web::Json<ProjectSheet>, ApiError> {
    let id = id.into_inner();
    Ok(web::Json(
        state.run(move |conn| projects::sheet(conn, id)).await?,
    ))
}
