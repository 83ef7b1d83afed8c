//! Accounts and everything behind a login (issue 5): account requests, authentication, the
//! personal space, the admin's pages and the scoped extranet views. Every write goes through
//! `atlas_db::accounts`, which records it in the audit log in the same transaction.

pub mod account_requests;
pub mod admin_logs;
pub mod admin_requests;
pub mod admin_users;
pub mod auth;
pub mod embassy;
pub mod entities;
pub mod extranet;
pub mod me;
pub mod responses;
pub mod saved_exports;
pub mod saved_searches;

use atlas_domain::{FieldError, PageQuery, Paging};

use crate::ApiError;

/// A 422 for the field errors of a body.
pub fn invalid(checks: Result<(), Vec<FieldError>>) -> Result<(), ApiError> {
    checks.map_err(ApiError::invalid)
}

/// Validated paging of an admin list (no sort).
pub fn paging(page: Option<String>, per_page: Option<String>) -> Result<Paging, ApiError> {
    PageQuery {
        page,
        per_page,
        sort: None,
    }
    .parse(&[])
    .map_err(ApiError::bad_query)
}

/// Parses an optional enumerated query parameter, naming it when the value is unknown.
pub fn enum_param<T: std::str::FromStr>(
    field: &str,
    value: Option<&str>,
) -> Result<Option<T>, ApiError> {
    match value.filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => v
            .parse()
            .map(Some)
            .map_err(|_| ApiError::bad_field(field, "unknown", format!("Valeur inconnue : {v}"))),
    }
}
