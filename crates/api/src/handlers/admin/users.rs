//! `/admin/users`: list accounts, disable (its sessions end at once) or re-enable them, and
//! attach an agent to more collectivités.

use actix_web::{HttpRequest, get, post, web};
use atlas_db::admin::{self, UserFilter};
use atlas_domain::{AccountStatus, CollectiviteLinkForm, Page, Role, UserQuery, UserSummary};

use crate::auth::guards::{AdminUser, actor};
use crate::body::Body;
use crate::handlers::enum_param;
use crate::handlers::paging;
use crate::handlers::responses::{
    BadRequest, Conflict, Forbidden, Internal, Invalid, NotFound, Unauthorized,
};
use crate::handlers::tags;
use crate::{ApiError, AppState};

/// Accounts, by e-mail, filtered by status, role and a part of the address or name.
#[utoipa::path(
    tag = tags::ADMIN,
    security(("bearer" = [])),
    params(UserQuery),
    responses(
        (status = 200, description = "One page of users", body = Page<UserSummary>),
        BadRequest, Unauthorized, Forbidden, Internal,
    )
)]
#[get("/admin/users")]
pub async fn list_users(
    state: web::Data<AppState>,
    _admin: AdminUser,
    query: web::Query<UserQuery>,
) -> Result<web::Json<Page<UserSummary>>, ApiError> {
    let q = query.into_inner();
    let filter = UserFilter {
        status: enum_param::<AccountStatus>("status", q.status.as_deref())?,
        role: enum_param::<Role>("role", q.role.as_deref())?,
        q: q.q.filter(|s| !s.trim().is_empty()),
    };
    let paging = paging(q.page, q.per_page)?;
    let (page, per_page) = (paging.page, paging.per_page);
    let (items, total) = state
        .run(move |conn| admin::users(conn, &filter, &paging))
        .await?;
    Ok(web::Json(Page {
        items,
        total,
        page,
        per_page,
    }))
}

async fn set_enabled(
    state: &AppState,
    req: &HttpRequest,
    me: i32,
    id: i32,
    enabled: bool,
) -> Result<web::Json<UserSummary>, ApiError> {
    if id == me && !enabled {
        return Err(ApiError::conflict(
            "Vous ne pouvez pas désactiver votre propre compte.",
        ));
    }
    let actor = actor(req, Some(me));
    let user = state
        .run(move |conn| {
            admin::set_enabled(conn, id, enabled, &actor)?;
            admin::user(conn, id)
        })
        .await?;
    Ok(web::Json(user))
}

/// Disable an active account: its tokens stop working at once.
#[utoipa::path(
    tag = tags::ADMIN,
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "User id")),
    responses(
        (status = 200, description = "The user, now disabled", body = UserSummary),
        BadRequest, Unauthorized, Forbidden, NotFound, Conflict, Internal,
    )
)]
#[post("/admin/users/{id}/disabling")]
pub async fn disable_user(
    state: web::Data<AppState>,
    req: HttpRequest,
    AdminUser(me): AdminUser,
    id: web::Path<i32>,
) -> Result<web::Json<UserSummary>, ApiError> {
    set_enabled(&state, &req, me.id, id.into_inner(), false).await
}

/// Re-enable a disabled account.
#[utoipa::path(
    tag = tags::ADMIN,
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "User id")),
    responses(
        (status = 200, description = "The user, active again", body = UserSummary),
        BadRequest, Unauthorized, Forbidden, NotFound, Conflict, Internal,
    )
)]
#[post("/admin/users/{id}/enabling")]
pub async fn enable_user(
    state: web::Data<AppState>,
    req: HttpRequest,
    AdminUser(me): AdminUser,
    id: web::Path<i32>,
) -> Result<web::Json<UserSummary>, ApiError> {
    set_enabled(&state, &req, me.id, id.into_inner(), true).await
}

/// Let an agent act for one more collectivité.
#[utoipa::path(
    tag = tags::ADMIN,
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "User id")),
    request_body = CollectiviteLinkForm,
    responses(
        (status = 200, description = "The user, with the collectivité added", body = UserSummary),
        BadRequest, Unauthorized, Forbidden, NotFound, Conflict, Invalid, Internal,
    )
)]
#[post("/admin/users/{id}/collectivites")]
pub async fn add_user_collectivite(
    state: web::Data<AppState>,
    req: HttpRequest,
    AdminUser(me): AdminUser,
    id: web::Path<i32>,
    Body(form): Body<CollectiviteLinkForm>,
) -> Result<web::Json<UserSummary>, ApiError> {
    let id = id.into_inner();
    let actor = actor(&req, Some(me.id));
    let user = state
        .run(move |conn| {
            let added = admin::add_collectivite(conn, id, form.collectivite_id, &actor)?;
            added.map(|()| admin::user(conn, id)).transpose()
        })
        .await?;
    user.map(web::Json).ok_or_else(|| {
        ApiError::invalid_field(
            "collectivite_id",
            "unknown",
            "Aucune collectivité de ce numéro.",
        )
    })
}
