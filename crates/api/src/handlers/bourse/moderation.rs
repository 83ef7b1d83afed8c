//! `/embassy/bourse-requests`: an embassy moderates the Bourse requests of its country
//! (admins: of every country); another country's request is a 403.

use actix_web::{HttpRequest, get, post, web};
use atlas_db::bourse::moderation::{self, Decision};
use atlas_domain::{BourseStatus, EmbassyQuery, Items, ModeratedRequest, ReasonForm};

use crate::auth::guards::{Moderator, actor};
use crate::body::Body;
use crate::handlers::enum_param;
use crate::handlers::responses::{
    BadRequest, Conflict, Forbidden, Internal, Invalid, NotFound, Unauthorized,
};
use crate::handlers::tags;
use crate::{ApiError, AppState};

/// The Bourse requests of the embassy's country in every status (admins: every country, or
/// the one named by `country`), newest first.
#[utoipa::path(
    tag = tags::EXTRANET,
    security(("bearer" = [])),
    params(EmbassyQuery),
    responses(
        (status = 200, description = "The moderation queue (at most 500 requests)", body = Items<ModeratedRequest>),
        BadRequest, Unauthorized, Forbidden, Internal,
    )
)]
#[get("/embassy/bourse-requests")]
pub async fn list_embassy_requests(
    state: web::Data<AppState>,
    moderator: Moderator,
    query: web::Query<EmbassyQuery>,
) -> Result<web::Json<Items<ModeratedRequest>>, ApiError> {
    let q = query.into_inner();
    let status = enum_param::<BourseStatus>("status", q.status.as_deref())?;
    let country = match &moderator.country {
        Some(own) => Some(own.clone()),
        None => q
            .country
            .filter(|c| !c.trim().is_empty())
            .map(|c| c.trim().to_uppercase()),
    };
    let items = state
        .run(move |conn| moderation::queue(conn, country.as_deref(), status))
        .await?;
    Ok(web::Json(Items { items }))
}

/// Publish a submitted request in the Bourse.
#[utoipa::path(
    tag = tags::EXTRANET,
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "Bourse request id")),
    responses(
        (status = 200, description = "The request, now published", body = ModeratedRequest),
        BadRequest, Unauthorized, Forbidden, NotFound, Conflict, Internal,
    )
)]
#[post("/embassy/bourse-requests/{id}/publication")]
pub async fn publish_bourse_request(
    state: web::Data<AppState>,
    req: HttpRequest,
    moderator: Moderator,
    id: web::Path<i32>,
) -> Result<web::Json<ModeratedRequest>, ApiError> {
    let id = id.into_inner();
    let actor = actor(&req, Some(moderator.principal.id));
    let done = state
        .run(move |conn| moderation::moderate(conn, id, Decision::Publish, &actor))
        .await?;
    Ok(web::Json(done))
}

/// Reject a submitted request, with a reason.
#[utoipa::path(
    tag = tags::EXTRANET,
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "Bourse request id")),
    request_body = ReasonForm,
    responses(
        (status = 200, description = "The request, now rejected", body = ModeratedRequest),
        BadRequest, Unauthorized, Forbidden, NotFound, Conflict, Invalid, Internal,
    )
)]
#[post("/embassy/bourse-requests/{id}/rejection")]
pub async fn reject_bourse_request(
    state: web::Data<AppState>,
    req: HttpRequest,
    moderator: Moderator,
    id: web::Path<i32>,
    Body(form): Body<ReasonForm>,
) -> Result<web::Json<ModeratedRequest>, ApiError> {
    let id = id.into_inner();
    let actor = actor(&req, Some(moderator.principal.id));
    let reason = form.reason.trim().to_owned();
    let done = state
        .run(move |conn| {
            moderation::moderate(conn, id, Decision::Reject { reason: &reason }, &actor)
        })
        .await?;
    Ok(web::Json(done))
}
