//! `/admin/account-requests`: the DAECT validates or refuses account requests; the user is
//! told by e-mail either way.

use actix_web::{HttpRequest, get, post, web};
use atlas_accounts::mail;
use atlas_db::admin;
use atlas_domain::{AccountRequest, AccountRequestQuery, AccountStatus, Page, ReasonForm};

use crate::auth::guards::{AdminUser, actor};
use crate::body::Body;
use crate::handlers::responses::{
    BadRequest, Conflict, Forbidden, Internal, Invalid, NotFound, Unauthorized,
};
use crate::handlers::tags;
use crate::handlers::{enum_param, paging};
use crate::{ApiError, AppState};

/// Account requests in a status (default `pending_validation`), oldest first.
#[utoipa::path(
    tag = tags::ADMIN,
    security(("bearer" = [])),
    params(AccountRequestQuery),
    responses(
        (status = 200, description = "One page of account requests", body = Page<AccountRequest>),
        BadRequest, Unauthorized, Forbidden, Internal,
    )
)]
#[get("/admin/account-requests")]
pub async fn list_account_requests(
    state: web::Data<AppState>,
    _admin: AdminUser,
    query: web::Query<AccountRequestQuery>,
) -> Result<web::Json<Page<AccountRequest>>, ApiError> {
    let q = query.into_inner();
    let status = enum_param::<AccountStatus>("status", q.status.as_deref())?
        .unwrap_or(AccountStatus::PendingValidation);
    let paging = paging(q.page, q.per_page)?;
    let (page, per_page) = (paging.page, paging.per_page);
    let (items, total) = state
        .run(move |conn| admin::requests(conn, status, &paging))
        .await?;
    Ok(web::Json(Page {
        items,
        total,
        page,
        per_page,
    }))
}

/// Validate an account request: the account becomes active (for a collectivité not yet in
/// the Atlas, its page is created from the COG) and the user is told by e-mail.
#[utoipa::path(
    tag = tags::ADMIN,
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "Account (user) id")),
    responses(
        (status = 200, description = "The request, now active", body = AccountRequest),
        BadRequest, Unauthorized, Forbidden, NotFound, Conflict, Internal,
    )
)]
#[post("/admin/account-requests/{id}/approval")]
pub async fn approve_account_request(
    state: web::Data<AppState>,
    req: HttpRequest,
    AdminUser(me): AdminUser,
    id: web::Path<i32>,
) -> Result<web::Json<AccountRequest>, ApiError> {
    let id = id.into_inner();
    let request = state.run(move |conn| admin::request(conn, id)).await?;
    let email = mail::account_approved(&state.auth.public_url, &request.email);
    let actor = actor(&req, Some(me.id));
    let approved = state
        .run(move |conn| {
            admin::approve(conn, id, &email, &actor)?;
            admin::request(conn, id)
        })
        .await?;
    Ok(web::Json(approved))
}

/// Refuse an account request, with a reason sent to the requester.
#[utoipa::path(
    tag = tags::ADMIN,
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "Account (user) id")),
    request_body = ReasonForm,
    responses(
        (status = 200, description = "The request, now refused", body = AccountRequest),
        BadRequest, Unauthorized, Forbidden, NotFound, Conflict, Invalid, Internal,
    )
)]
#[post("/admin/account-requests/{id}/refusal")]
pub async fn refuse_account_request(
    state: web::Data<AppState>,
    req: HttpRequest,
    AdminUser(me): AdminUser,
    id: web::Path<i32>,
    Body(form): Body<ReasonForm>,
) -> Result<web::Json<AccountRequest>, ApiError> {
    let id = id.into_inner();
    let request = state.run(move |conn| admin::request(conn, id)).await?;
    let reason = form.reason.trim().to_owned();
    let email = mail::account_refused(&request.email, &reason);
    let actor = actor(&req, Some(me.id));
    let refused = state
        .run(move |conn| {
            admin::refuse(conn, id, &reason, &email, &actor)?;
            admin::request(conn, id)
        })
        .await?;
    Ok(web::Json(refused))
}
