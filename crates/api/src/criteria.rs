//! Project criteria of a request (`ProjectQuery` in the query string) checked and resolved in
//! one step: bad syntax and unknown codes both become a 400 naming the fields.

use atlas_db::queries::filter::{self, Resolved};
use atlas_domain::{FieldError, ProjectQuery};

use crate::{ApiError, AppState};

/// Parses `query`, then resolves its codes against the reference tables. `extra` holds field
/// errors the caller already found in its own parameters, reported together.
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
