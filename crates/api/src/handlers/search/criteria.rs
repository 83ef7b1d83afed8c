//! The project criteria of a request, shared by search, exports and anything else that takes
//! a [`ProjectQuery`]: unknown parameters refused, every field validated, codes resolved
//! against the reference tables. Every problem is a 400 naming its field.

use std::collections::BTreeMap;

use actix_web::HttpRequest;
use atlas_db::DbConn;
use atlas_db::search::filter::{self, Resolved};
use atlas_domain::{FieldError, PageQuery, Paging, ProjectFilter, ProjectQuery};

use crate::{ApiError, AppState};

/// Refuses query parameters that none of `forms` knows (a misspelt criterion would otherwise
/// silently widen the results).
pub fn known_params(req: &HttpRequest, forms: &[&[&str]]) -> Result<(), ApiError> {
    known_params_in(req.query_string(), forms)
}

/// [`known_params`] for a query string that is not the request's (a saved search's).
pub fn known_params_in(query_string: &str, forms: &[&[&str]]) -> Result<(), ApiError> {
    let pairs: BTreeMap<String, String> =
        actix_web::web::Query::<BTreeMap<String, String>>::from_query(query_string)
            .map(|q| q.into_inner())
            .unwrap_or_default();
    let unknown: Vec<FieldError> = pairs
        .keys()
        .filter(|k| !forms.iter().any(|f| f.contains(&k.as_str())))
        .map(|k| FieldError {
            field: k.clone(),
            code: "unknown".to_owned(),
            message: format!("Paramètre inconnu : {k}"),
        })
        .collect();
    if unknown.is_empty() {
        Ok(())
    } else {
        Err(ApiError::bad_query(unknown))
    }
}

/// Validates `query` and the options parsed alongside it, reporting every error at once.
pub fn parse<T>(
    query: &ProjectQuery,
    options: Result<T, Vec<FieldError>>,
) -> Result<(ProjectFilter, T), ApiError> {
    match (query.parse(), options) {
        (Ok(f), Ok(o)) => Ok((f, o)),
        (f, o) => {
            let mut errors = f.err().unwrap_or_default();
            errors.extend(o.err().unwrap_or_default());
            Err(ApiError::bad_query(errors))
        }
    }
}

/// What a query run on the database gives: the answer, or field errors found there
/// (unknown codes).
pub type Checked<T> = Result<T, Vec<FieldError>>;

/// Resolves `filter` on `conn`, then runs `then` on the resolved criteria.
pub fn with_resolved<T>(
    conn: &mut DbConn,
    filter: &ProjectFilter,
    then: impl FnOnce(&mut DbConn, &Resolved) -> Result<T, atlas_db::DbError>,
) -> Result<Checked<T>, atlas_db::DbError> {
    match filter::resolve(conn, filter)? {
        Ok(r) => then(conn, &r).map(Ok),
        Err(errors) => Ok(Err(errors)),
    }
}

/// Turns unknown codes into a 400.
pub fn checked<T>(result: Checked<T>) -> Result<T, ApiError> {
    result.map_err(ApiError::bad_query)
}

/// Parses `query` and resolves its codes in one step, for handlers that then run their own
/// queries. `extra` holds field errors the caller already found in its other parameters; all
/// are reported together.
pub async fn resolve(
    state: &AppState,
    query: ProjectQuery,
    mut extra: Vec<FieldError>,
) -> Result<Resolved, ApiError> {
    let parsed = match query.parse() {
        Ok(parsed) => parsed,
        Err(errors) => {
            extra.extend(errors);
            return Err(ApiError::bad_query(extra));
        }
    };
    if !extra.is_empty() {
        return Err(ApiError::bad_query(extra));
    }
    let resolved = state
        .run(move |conn| filter::resolve(conn, &parsed))
        .await?;
    resolved.map_err(ApiError::bad_query)
}

/// The criteria and the paging of a list: errors of both are reported together.
pub async fn resolve_paged(
    state: &AppState,
    query: ProjectQuery,
    page: &PageQuery,
    sorts: &[&str],
) -> Result<(Resolved, Paging), ApiError> {
    let paging = page.parse(sorts);
    let errors = paging.as_ref().err().cloned().unwrap_or_default();
    let resolved = resolve(state, query, errors).await?;
    Ok((resolved, paging.map_err(ApiError::bad_query)?))
}
