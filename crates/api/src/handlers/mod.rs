//! HTTP handlers, one folder per resource (the same folders as in `atlas_domain` and
//! `atlas_db`); handlers are named `<verb>_<resource>`. Every route is listed in `routes.rs`.

pub mod admin;
pub mod auth;
pub mod bourse;
pub mod collectivites;
pub mod exports;
pub mod extranet;
pub mod figures;
pub mod health;
pub mod journal;
pub mod map;
pub mod me;
pub mod partners;
pub mod places;
pub mod projects;
pub mod reference;
pub mod responses;
pub mod search;

use atlas_domain::{FieldError, PageQuery, Paging};

use crate::ApiError;

/// OpenAPI tags, one per resource family.
pub mod tags {
    pub const FIGURES: &str = "Chiffres";
    pub const WORLD: &str = "Accès monde";
    pub const FRANCE: &str = "Accès France";
    pub const ACTORS: &str = "Collectivités et partenaires";
    pub const PROJECTS: &str = "Projets";
    pub const MAPS: &str = "Cartes";
    pub const SEARCH: &str = "Recherche";
    pub const EXPORTS: &str = "Exports";
    pub const ACCOUNTS: &str = "Comptes";
    pub const ME: &str = "Espace personnel";
    pub const ADMIN: &str = "Administration";
    pub const EXTRANET: &str = "Extranet";
}

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
