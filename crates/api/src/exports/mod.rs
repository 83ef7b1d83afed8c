//! Exports of a project search (`/api/v1/exports/projects.{csv,xlsx,geojson,json,pdf}`): the
//! criteria of search, every matching project in the order of search, the columns a user
//! chose. [`Export`] is a parsed, resolved request; each format has its own module.
//!
//! CSV, JSON and GeoJSON are streamed: the body is written batch by batch as the client reads
//! it ([`stream`]), each batch of rows read on a pooled connection in the blocking pool, so
//! memory stays flat whatever the size. XLSX and PDF are files that must be complete before
//! they are sent: they are built from the same batches in one blocking task.

pub mod cells;
pub mod csv;
pub mod json;
pub mod pdf;
pub mod stream;
pub mod xlsx;

use std::sync::Arc;

use actix_web::HttpResponse;
use actix_web::http::header::{ContentDisposition, DispositionParam, DispositionType};
use atlas_db::search::filter::Resolved;
use atlas_domain::{ExportColumn, ExportFormat, ExportSpec};

/// A validated export request: criteria resolved, ids of the matching projects in order.
#[derive(Debug, Clone)]
pub struct Export {
    pub resolved: Resolved,
    pub spec: ExportSpec,
    /// Whether the request named its columns (the PDF has a narrower default).
    pub columns_chosen: bool,
    pub ids: Arc<[i32]>,
    /// Origin of the sheet URLs (`https://atlas.example.org`).
    pub site: String,
}

impl Export {
    pub fn columns(&self) -> &[ExportColumn] {
        &self.spec.columns
    }
}

/// A 200 with the media type of `format` and a download file name.
pub fn attachment(format: ExportFormat) -> actix_web::HttpResponseBuilder {
    let name = format!(
        "atlas-projets-{}.{}",
        chrono::Utc::now().format("%Y-%m-%d"),
        format.extension()
    );
    let mut response = HttpResponse::Ok();
    response
        .content_type(format.media_type())
        .insert_header(ContentDisposition {
            disposition: DispositionType::Attachment,
            parameters: vec![DispositionParam::Filename(name)],
        });
    response
}
