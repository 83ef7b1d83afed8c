//! `/me/saved-searches`: the user's saved searches and maps (name, query string, map view
//! and layers). Another user's id is a 404.

use actix_web::{HttpRequest, HttpResponse, delete, get, patch, post, web};
use atlas_db::me::saved_searches;
use atlas_domain::{
    FieldError, Items, ProjectQuery, SavedSearch, SavedSearchForm, SavedSearchPatch,
};

use crate::auth::guards::{Authenticated, actor};
use crate::body::Body;
use crate::handlers::responses::{BadRequest, Internal, Invalid, NotFound, Unauthorized};
use crate::handlers::search::criteria;
use crate::handlers::tags;
use crate::{ApiError, AppState};

/// Query parameters a saved query string may hold besides the criteria.
const EXTRA_PARAMS: &[&str] = &["sort", "page", "per_page", "columns", "layers", "view"];

/// Checks a saved query string as search criteria (known parameters, valid values, known
/// codes); a 400 naming the field `query` otherwise.
pub async fn check_query(state: &AppState, query: &str) -> Result<(), ApiError> {
    let named = |errors: Vec<FieldError>| {
        let detail: Vec<String> = errors
            .iter()
            .map(|e| format!("{} : {}", e.field, e.message))
            .collect();
        ApiError::bad_field("query", "invalid", detail.join(" ; "))
    };
    let pairs: Vec<(String, String)> =
        serde_urlencoded_pairs(query).map_err(|m| ApiError::bad_field("query", "invalid", m))?;
    let unknown: Vec<FieldError> = pairs
        .iter()
        .filter(|(k, _)| {
            !ProjectQuery::PARAMS.contains(&k.as_str()) && !EXTRA_PARAMS.contains(&k.as_str())
        })
        .map(|(k, _)| FieldError {
            field: k.clone(),
            code: "unknown".into(),
            message: "paramètre inconnu".into(),
        })
        .collect();
    if !unknown.is_empty() {
        return Err(named(unknown));
    }
    let parsed = web::Query::<ProjectQuery>::from_query(query)
        .map_err(|e| ApiError::bad_field("query", "invalid", e.to_string()))?
        .into_inner();
    criteria::resolve(state, parsed, Vec::new())
        .await
        .map(drop)
        .map_err(|e| named(e.problem().errors))
}

fn serde_urlencoded_pairs(query: &str) -> Result<Vec<(String, String)>, String> {
    web::Query::<Vec<(String, String)>>::from_query(query)
        .map(|q| q.into_inner())
        .map_err(|e| e.to_string())
}

/// The user's saved searches and maps, newest first.
#[utoipa::path(
    tag = tags::ME,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The saved searches and maps", body = Items<SavedSearch>),
        Unauthorized, Internal,
    )
)]
#[get("/me/saved-searches")]
pub async fn list_saved_searches(
    state: web::Data<AppState>,
    Authenticated(user): Authenticated,
) -> Result<web::Json<Items<SavedSearch>>, ApiError> {
    let items = state
        .run(move |conn| saved_searches::searches(conn, user.id))
        .await?;
    Ok(web::Json(Items { items }))
}

/// Save a search (`kind: search`) or a map (`kind: map`, with its view and layers).
#[utoipa::path(
    tag = tags::ME,
    security(("bearer" = [])),
    request_body = SavedSearchForm,
    responses(
        (status = 201, description = "Saved", body = SavedSearch),
        BadRequest, Unauthorized, Invalid, Internal,
    )
)]
#[post("/me/saved-searches")]
pub async fn create_saved_search(
    state: web::Data<AppState>,
    req: HttpRequest,
    Authenticated(user): Authenticated,
    Body(form): Body<SavedSearchForm>,
) -> Result<HttpResponse, ApiError> {
    check_query(&state, &form.query).await?;
    let actor = actor(&req, Some(user.id));
    let saved = state
        .run(move |conn| saved_searches::create_search(conn, user.id, &form, &actor))
        .await?;
    Ok(HttpResponse::Created().json(saved))
}

fn not_found() -> ApiError {
    ApiError::not_found("Aucune recherche enregistrée de ce numéro dans votre espace.")
}

/// One saved search or map.
#[utoipa::path(
    tag = tags::ME,
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "Saved search id")),
    responses(
        (status = 200, description = "The saved search", body = SavedSearch),
        BadRequest, Unauthorized, NotFound, Internal,
    )
)]
#[get("/me/saved-searches/{id}")]
pub async fn get_saved_search(
    state: web::Data<AppState>,
    Authenticated(user): Authenticated,
    id: web::Path<i32>,
) -> Result<web::Json<SavedSearch>, ApiError> {
    let id = id.into_inner();
    let found = state
        .run(move |conn| saved_searches::search(conn, user.id, id))
        .await?;
    found.map(web::Json).ok_or_else(not_found)
}

/// Rename a saved search, or change its query or map view.
#[utoipa::path(
    tag = tags::ME,
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "Saved search id")),
    request_body = SavedSearchPatch,
    responses(
        (status = 200, description = "The saved search, changed", body = SavedSearch),
        BadRequest, Unauthorized, NotFound, Invalid, Internal,
    )
)]
#[patch("/me/saved-searches/{id}")]
pub async fn update_saved_search(
    state: web::Data<AppState>,
    req: HttpRequest,
    Authenticated(user): Authenticated,
    id: web::Path<i32>,
    Body(patch): Body<SavedSearchPatch>,
) -> Result<web::Json<SavedSearch>, ApiError> {
    if let Some(q) = &patch.query {
        check_query(&state, q).await?;
    }
    let (id, actor) = (id.into_inner(), actor(&req, Some(user.id)));
    let found = state
        .run(move |conn| saved_searches::update_search(conn, user.id, id, &patch, &actor))
        .await?;
    found.map(web::Json).ok_or_else(not_found)
}

/// Delete a saved search.
#[utoipa::path(
    tag = tags::ME,
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "Saved search id")),
    responses(
        (status = 204, description = "Deleted"),
        BadRequest, Unauthorized, NotFound, Internal,
    )
)]
#[delete("/me/saved-searches/{id}")]
pub async fn delete_saved_search(
    state: web::Data<AppState>,
    req: HttpRequest,
    Authenticated(user): Authenticated,
    id: web::Path<i32>,
) -> Result<HttpResponse, ApiError> {
    let (id, actor) = (id.into_inner(), actor(&req, Some(user.id)));
    let deleted = state
        .run(move |conn| saved_searches::delete_search(conn, user.id, id, &actor))
        .await?;
    if deleted {
        Ok(HttpResponse::NoContent().finish())
    } else {
        Err(not_found())
    }
}
