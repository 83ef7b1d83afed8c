//! `/admin/audit-log` and `/admin/outbox`: what was written, by whom and from where; and
//! every e-mail the Atlas sent or keeps to send.

use actix_web::{get, web};
use atlas_db::journal::audit::{self, AuditFilter};
use atlas_db::journal::outbox;
use atlas_domain::{AuditEntry, AuditQuery, Email, OutboxQuery, Page};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use crate::auth::guards::AdminUser;
use crate::handlers::paging;
use crate::handlers::responses::{BadRequest, Forbidden, Internal, Unauthorized};
use crate::handlers::tags;
use crate::{ApiError, AppState};

/// An ISO 8601 date (the whole day: from its start, or to its end) or date-time.
fn instant(
    field: &str,
    value: Option<&str>,
    end_of_day: bool,
) -> Result<Option<NaiveDateTime>, ApiError> {
    let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    if let Ok(at) = v.trim_end_matches('Z').parse::<NaiveDateTime>() {
        return Ok(Some(at));
    }
    let day = v.parse::<NaiveDate>().map_err(|_| {
        ApiError::bad_field(
            field,
            "date",
            "Une date (AAAA-MM-JJ) ou une date-heure ISO 8601.",
        )
    })?;
    let time = if end_of_day {
        NaiveTime::from_hms_milli_opt(23, 59, 59, 999).unwrap_or_default()
    } else {
        NaiveTime::MIN
    };
    Ok(Some(day.and_time(time)))
}

/// The audit log, newest first, filtered by user, action, entity and period.
#[utoipa::path(
    tag = tags::ADMIN,
    security(("bearer" = [])),
    params(AuditQuery),
    responses(
        (status = 200, description = "One page of the audit log", body = Page<AuditEntry>),
        BadRequest, Unauthorized, Forbidden, Internal,
    )
)]
#[get("/admin/audit-log")]
pub async fn list_audit_log(
    state: web::Data<AppState>,
    _admin: AdminUser,
    query: web::Query<AuditQuery>,
) -> Result<web::Json<Page<AuditEntry>>, ApiError> {
    let q = query.into_inner();
    let user_id =
        match q.user_id.as_deref().filter(|v| !v.is_empty()) {
            None => None,
            Some(v) => Some(v.parse::<i32>().map_err(|_| {
                ApiError::bad_field("user_id", "integer", "Un numéro d'utilisateur.")
            })?),
        };
    let nonempty = |v: Option<String>| v.filter(|s| !s.trim().is_empty());
    let filter = AuditFilter {
        user_id,
        action: nonempty(q.action),
        entity_type: nonempty(q.entity_type),
        entity_id: nonempty(q.entity_id),
        from: instant("from", q.from.as_deref(), false)?,
        to: instant("to", q.to.as_deref(), true)?,
    };
    let paging = paging(q.page, q.per_page)?;
    let (page, per_page) = (paging.page, paging.per_page);
    let (items, total) = state
        .run(move |conn| audit::list(conn, &filter, &paging))
        .await?;
    Ok(web::Json(Page {
        items,
        total,
        page,
        per_page,
    }))
}

/// The e-mail outbox, newest first, filtered by recipient and kind.
#[utoipa::path(
    tag = tags::ADMIN,
    security(("bearer" = [])),
    params(OutboxQuery),
    responses(
        (status = 200, description = "One page of e-mails", body = Page<Email>),
        BadRequest, Unauthorized, Forbidden, Internal,
    )
)]
#[get("/admin/outbox")]
pub async fn list_outbox(
    state: web::Data<AppState>,
    _admin: AdminUser,
    query: web::Query<OutboxQuery>,
) -> Result<web::Json<Page<Email>>, ApiError> {
    let q = query.into_inner();
    let paging = paging(q.page, q.per_page)?;
    let (page, per_page) = (paging.page, paging.per_page);
    let (to, kind) = (
        q.to.filter(|s| !s.is_empty()),
        q.kind.filter(|s| !s.is_empty()),
    );
    let (items, total) = state
        .run(move |conn| outbox::list(conn, to.as_deref(), kind.as_deref(), &paging))
        .await?;
    Ok(web::Json(Page {
        items,
        total,
        page,
        per_page,
    }))
}
