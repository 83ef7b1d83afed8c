//! The embassies' moderation of Bourse requests: the queue of a country, and the transitions
//! submitted → published | rejected (with a reason), each audited.

use atlas_domain::{BourseStatus, ModeratedRequest};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde_json::json;

use super::audit::{AuditWrite, Change};
use super::{Actor, now};
use crate::schema::bourse_requests as br;
use crate::{DbConn, DbError};

type Row = (
    i32,
    String,
    String,
    String,
    Option<String>,
    String,
    String,
    NaiveDateTime,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
    Option<String>,
);

macro_rules! columns {
    () => {
        (
            br::id,
            br::title,
            br::authority_name,
            br::country_code,
            br::city,
            br::contact_name,
            br::status,
            br::created_at,
            br::email_confirmed_at,
            br::moderated_at,
            br::rejection_reason,
        )
    };
}

fn to_item(r: Row) -> ModeratedRequest {
    ModeratedRequest {
        id: r.0,
        title: r.1,
        authority_name: r.2,
        country_code: r.3,
        city: r.4,
        contact_name: r.5,
        status: r.6.parse().unwrap_or(BourseStatus::Closed),
        created_at: r.7,
        email_confirmed_at: r.8,
        moderated_at: r.9,
        rejection_reason: r.10,
    }
}

/// Requests of `country` (every country when `None`) in `status` (all when `None`), newest
/// first.
pub fn queue(
    conn: &mut DbConn,
    country: Option<&str>,
    status: Option<BourseStatus>,
) -> Result<Vec<ModeratedRequest>, DbError> {
    let rows: Vec<Row> = with_conn!(conn, |c| {
        let mut q = br::table.into_boxed();
        if let Some(country) = country {
            q = q.filter(br::country_code.eq(country.to_owned()));
        }
        if let Some(s) = status {
            q = q.filter(br::status.eq(s.as_str()));
        }
        q.order(br::id.desc()).limit(500).select(columns!()).load(c)
    })?;
    Ok(rows.into_iter().map(to_item).collect())
}

/// The country of request `id`, if it exists.
pub fn country_of(conn: &mut DbConn, id: i32) -> Result<Option<String>, DbError> {
    Ok(with_conn!(conn, |c| br::table
        .find(id)
        .select(br::country_code)
        .first(c)
        .optional())?)
}

/// Publishes (`reason` = `None`) or rejects a submitted request; `Conflict` otherwise.
pub fn moderate(
    conn: &mut DbConn,
    id: i32,
    reason: Option<&str>,
    actor: &Actor,
) -> Result<ModeratedRequest, DbError> {
    let done = write_tx!(conn, |c| {
        let status: String = br::table.find(id).select(br::status).first(c)?;
        if status != BourseStatus::Submitted.as_str() {
            return Ok::<_, diesel::result::Error>(false);
        }
        let at = now();
        let to = if reason.is_some() {
            BourseStatus::Rejected
        } else {
            BourseStatus::Published
        };
        diesel::update(br::table.find(id))
            .set((
                br::status.eq(to.as_str()),
                br::rejection_reason.eq(reason),
                br::moderated_by.eq(actor.user_id),
                br::moderated_at.eq(Some(at)),
                br::published_at.eq(reason.is_none().then_some(at)),
                br::version.eq(br::version + 1),
                br::updated_at.eq(at),
            ))
            .execute(c)?;
        let action = if reason.is_some() {
            "bourse_request.reject"
        } else {
            "bourse_request.publish"
        };
        c.audit(
            actor,
            &Change::new(action, "bourse_request", id)
                .with(json!({"status": to, "reason": reason})),
        )?;
        Ok(true)
    })?;
    if !done {
        return Err(DbError::Conflict(
            "Cette demande n'attend pas de modération.".into(),
        ));
    }
    let row: Row = with_conn!(conn, |c| br::table.find(id).select(columns!()).first(c))?;
    Ok(to_item(row))
}
