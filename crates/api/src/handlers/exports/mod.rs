//! `GET /api/v1/exports/projects.{csv,xlsx,geojson,json,pdf}`: every project of a search, with
//! the query string of `GET /api/v1/search` plus the export options (`sort`, `columns`).
//! Bad input is a 400 before anything is written; see `crate::exports` for the formats.

use std::sync::Arc;

use actix_web::{HttpRequest, HttpResponse, get, web};
use atlas_db::exports;
use atlas_domain::{
    ExportFeatureCollection, ExportFormat, ExportOptions, ExportRecord, ProjectQuery,
};

use crate::exports::csv::CsvEncoder;
use crate::exports::json::{JsonEncoder, Shape};
use crate::exports::stream::{self, Encoder};
use crate::exports::{Export, attachment, pdf, xlsx};
use crate::handlers::responses::{BadRequest, Internal};
use crate::handlers::search::criteria::{checked, known_params, parse, with_resolved};
use crate::handlers::tags;
use crate::{ApiError, AppState};

/// A file in the OpenAPI document: `type: string, format: binary`.
#[derive(utoipa::ToSchema)]
#[expect(
    dead_code,
    reason = "documents a body that is sent as bytes, never built"
)]
#[schema(value_type = String, format = Binary)]
pub struct BinaryFile(Vec<u8>);

/// Validates the request and reads the ids of the matching projects, in order.
async fn prepare(
    state: &AppState,
    req: &HttpRequest,
    query: &ProjectQuery,
    options: &ExportOptions,
) -> Result<Export, ApiError> {
    known_params(req, &[ProjectQuery::PARAMS, ExportOptions::PARAMS])?;
    let site = {
        let info = req.connection_info();
        format!("{}://{}", info.scheme(), info.host())
    };
    prepare_parsed(state, query, options, site).await
}

/// The PDF report of the search `query_string`, as the download `/exports/projects.pdf?…`
/// would give it (parameters of other pages, such as `page`, are ignored): for saved
/// extractions.
pub async fn pdf_report(
    state: &AppState,
    query_string: &str,
    site: String,
) -> Result<Vec<u8>, ApiError> {
    let query = web::Query::<ProjectQuery>::from_query(query_string)
        .map_err(|e| ApiError::bad_request(e.to_string()))?;
    let options = web::Query::<ExportOptions>::from_query(query_string)
        .map_err(|e| ApiError::bad_request(e.to_string()))?;
    let export = prepare_parsed(state, &query, &options, site).await?;
    state
        .run(move |conn| Ok(pdf::report(conn, &export)))
        .await?
        .map_err(|e| ApiError::internal(&e))
}

async fn prepare_parsed(
    state: &AppState,
    query: &ProjectQuery,
    options: &ExportOptions,
    site: String,
) -> Result<Export, ApiError> {
    let (filter, spec) = parse(query, options.parse())?;
    let sort = spec.sort;
    let found = state
        .run(move |conn| {
            with_resolved(conn, &filter, |conn, r| {
                Ok((r.clone(), exports::ordered_ids(conn, r, sort)?))
            })
        })
        .await?;
    let (resolved, ids) = checked(found)?;
    Ok(Export {
        resolved,
        spec,
        columns_chosen: options
            .columns
            .as_deref()
            .is_some_and(|c| !c.trim().is_empty()),
        ids: Arc::from(ids),
        site,
    })
}

/// The streamed download of `export` in `format`.
fn streamed(
    state: &AppState,
    export: Export,
    format: ExportFormat,
    encoder: impl Encoder,
) -> HttpResponse {
    let body = stream::body(state.clone(), export.ids, encoder);
    attachment(format).streaming(body)
}

/// The download of a file of `format` that `build` makes from `export` on a connection.
async fn built<E: std::fmt::Display + Send + 'static>(
    state: &AppState,
    export: Export,
    format: ExportFormat,
    build: fn(&mut atlas_db::DbConn, &Export) -> Result<Vec<u8>, E>,
) -> Result<HttpResponse, ApiError> {
    let file = state
        .run(move |conn| Ok(build(conn, &export)))
        .await?
        .map_err(|e| ApiError::internal(&e))?;
    Ok(attachment(format).body(file))
}

/// Export a project search as CSV.
///
/// UTF-8 with a byte-order mark, comma-separated, a header row of French column labels, one
/// row per project in the order of `sort`; every project matching the criteria, not a page.
/// Streamed: the download starts at once and the server holds one batch of rows at a time.
#[utoipa::path(
    tag = tags::EXPORTS,
    params(ProjectQuery, ExportOptions),
    responses(
        (status = 200, description = "The CSV file (`Content-Disposition: attachment`)", body = String, content_type = "text/csv"),
        BadRequest, Internal,
    )
)]
#[get("/exports/projects.csv")]
pub async fn export_projects_csv(
    state: web::Data<AppState>,
    req: HttpRequest,
    query: web::Query<ProjectQuery>,
    options: web::Query<ExportOptions>,
) -> Result<HttpResponse, ApiError> {
    let export = prepare(&state, &req, &query, &options).await?;
    let encoder = CsvEncoder::new(export.columns(), &export.site);
    Ok(streamed(&state, export, ExportFormat::Csv, encoder))
}

/// Export a project search as JSON.
///
/// An array with one object per project, keyed by the chosen columns (`columns`), in the
/// API's conventions: enumerations as wire names, money in euro cents. Streamed.
#[utoipa::path(
    tag = tags::EXPORTS,
    params(ProjectQuery, ExportOptions),
    responses(
        (status = 200, description = "The projects (`Content-Disposition: attachment`)", body = Vec<ExportRecord>, content_type = "application/json"),
        BadRequest, Internal,
    )
)]
#[get("/exports/projects.json")]
pub async fn export_projects_json(
    state: web::Data<AppState>,
    req: HttpRequest,
    query: web::Query<ProjectQuery>,
    options: web::Query<ExportOptions>,
) -> Result<HttpResponse, ApiError> {
    let export = prepare(&state, &req, &query, &options).await?;
    let encoder = JsonEncoder::new(Shape::Records, export.columns(), &export.site);
    Ok(streamed(&state, export, ExportFormat::Json, encoder))
}

/// Export a project search as GeoJSON.
///
/// A FeatureCollection (RFC 7946) with one feature per project: a point at its lead partner
/// authority, or at its collectivité when it has none (`null` geometry when neither is
/// placed); the chosen columns as properties, as in the JSON export. Streamed.
#[utoipa::path(
    tag = tags::EXPORTS,
    params(ProjectQuery, ExportOptions),
    responses(
        (status = 200, description = "The projects as GeoJSON (`Content-Disposition: attachment`)", body = ExportFeatureCollection, content_type = "application/geo+json"),
        BadRequest, Internal,
    )
)]
#[get("/exports/projects.geojson")]
pub async fn export_projects_geojson(
    state: web::Data<AppState>,
    req: HttpRequest,
    query: web::Query<ProjectQuery>,
    options: web::Query<ExportOptions>,
) -> Result<HttpResponse, ApiError> {
    let export = prepare(&state, &req, &query, &options).await?;
    let encoder = JsonEncoder::new(Shape::Features, export.columns(), &export.site);
    Ok(streamed(&state, export, ExportFormat::Geojson, encoder))
}

/// Export a project search as an Excel workbook.
///
/// One sheet, a bold header row of French labels frozen above the rows, an autofilter,
/// budgets as numbers in euros. At most 1,048,575 projects (the format's limit): more is a 400.
#[utoipa::path(
    tag = tags::EXPORTS,
    params(ProjectQuery, ExportOptions),
    responses(
        (status = 200, description = "The XLSX file (`Content-Disposition: attachment`)", body = BinaryFile, content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        BadRequest, Internal,
    )
)]
#[get("/exports/projects.xlsx")]
pub async fn export_projects_xlsx(
    state: web::Data<AppState>,
    req: HttpRequest,
    query: web::Query<ProjectQuery>,
    options: web::Query<ExportOptions>,
) -> Result<HttpResponse, ApiError> {
    let export = prepare(&state, &req, &query, &options).await?;
    if export.ids.len() >= xlsx::MAX_ROWS {
        return Err(ApiError::bad_request(format!(
            "{} projets : plus qu'une feuille Excel n'en contient. Affinez la recherche ou \
             exportez en CSV.",
            export.ids.len()
        )));
    }
    built(&state, export, ExportFormat::Xlsx, xlsx::workbook).await
}

/// Export a project search as a PDF report.
///
/// A4 landscape: the criteria in words, the key figures of every matching project (count, by
/// kind, by continent), then a table of the chosen columns — by default title, kind,
/// collectivité, partner, country, themes and years — for the first 2,000 projects in the
/// order of `sort`, with a note saying how many more the other formats list.
#[utoipa::path(
    tag = tags::EXPORTS,
    params(ProjectQuery, ExportOptions),
    responses(
        (status = 200, description = "The PDF report (`Content-Disposition: attachment`)", body = BinaryFile, content_type = "application/pdf"),
        BadRequest, Internal,
    )
)]
#[get("/exports/projects.pdf")]
pub async fn export_projects_pdf(
    state: web::Data<AppState>,
    req: HttpRequest,
    query: web::Query<ProjectQuery>,
    options: web::Query<ExportOptions>,
) -> Result<HttpResponse, ApiError> {
    let export = prepare(&state, &req, &query, &options).await?;
    built(&state, export, ExportFormat::Pdf, pdf::report).await
}
