//! `/me/saved-exports`: PDF reports of a search, generated once with the export code of
//! `/exports/projects.pdf` and stored in the user's space to download again.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, delete, get, post, web};
use atlas_db::me::saved_exports;
use atlas_domain::{Items, SavedExport, SavedExportForm};

use super::saved_searches::check_query;
use crate::auth::guards::{Authenticated, actor};
use crate::body::Body;
use crate::handlers::exports::pdf_report;
use crate::handlers::responses::{BadRequest, Internal, Invalid, NotFound, Unauthorized};
use crate::handlers::tags;
use crate::{ApiError, AppState};

/// The user's saved PDF extractions, newest first.
#[utoipa::path(
    tag = tags::ME,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The saved extractions (without their content)", body = Items<SavedExport>),
        Unauthorized, Internal,
    )
)]
#[get("/me/saved-exports")]
pub async fn list_saved_exports(
    state: web::Data<AppState>,
    Authenticated(user): Authenticated,
) -> Result<web::Json<Items<SavedExport>>, ApiError> {
    let items = state
        .run(move |conn| saved_exports::exports(conn, user.id))
        .await?;
    Ok(web::Json(Items { items }))
}

/// Generate the PDF report of a search and keep it in the user's space.
#[utoipa::path(
    tag = tags::ME,
    security(("bearer" = [])),
    request_body = SavedExportForm,
    responses(
        (status = 201, description = "The report was generated and saved", body = SavedExport),
        BadRequest, Unauthorized, Invalid, Internal,
    )
)]
#[post("/me/saved-exports")]
pub async fn create_saved_export(
    state: web::Data<AppState>,
    req: HttpRequest,
    Authenticated(user): Authenticated,
    Body(form): Body<SavedExportForm>,
) -> Result<HttpResponse, ApiError> {
    check_query(&state, &form.query).await?;
    let site = {
        let info = req.connection_info();
        format!("{}://{}", info.scheme(), info.host())
    };
    let pdf = pdf_report(&state, &form.query, site).await?;
    let actor = actor(&req, Some(user.id));
    let saved = state
        .run(move |conn| {
            saved_exports::create_export(conn, user.id, &form.name, &form.query, &pdf, &actor)
        })
        .await?;
    Ok(HttpResponse::Created().json(saved))
}

fn not_found() -> ApiError {
    ApiError::not_found("Aucune extraction de ce numéro dans votre espace.")
}

/// Download a saved extraction.
#[utoipa::path(
    tag = tags::ME,
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "Saved extraction id")),
    responses(
        (status = 200, description = "The PDF (`Content-Disposition: attachment`)", body = crate::handlers::exports::BinaryFile, content_type = "application/pdf"),
        BadRequest, Unauthorized, NotFound, Internal,
    )
)]
#[get("/me/saved-exports/{id}/file")]
pub async fn get_saved_export_file(
    state: web::Data<AppState>,
    Authenticated(user): Authenticated,
    id: web::Path<i32>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let (name, content) = state
        .run(move |conn| saved_exports::export_file(conn, user.id, id))
        .await?
        .ok_or_else(not_found)?;
    let file: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    Ok(HttpResponse::Ok()
        .content_type("application/pdf")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{file}.pdf\""),
        ))
        .body(content))
}

/// Delete a saved extraction.
#[utoipa::path(
    tag = tags::ME,
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "Saved extraction id")),
    responses(
        (status = 204, description = "Deleted"),
        BadRequest, Unauthorized, NotFound, Internal,
    )
)]
#[delete("/me/saved-exports/{id}")]
pub async fn delete_saved_export(
    state: web::Data<AppState>,
    req: HttpRequest,
    Authenticated(user): Authenticated,
    id: web::Path<i32>,
) -> Result<HttpResponse, ApiError> {
    let (id, actor) = (id.into_inner(), actor(&req, Some(user.id)));
    let deleted = state
        .run(move |conn| saved_exports::delete_export(conn, user.id, id, &actor))
        .await?;
    if deleted {
        Ok(HttpResponse::NoContent().finish())
    } else {
        Err(not_found())
    }
}
