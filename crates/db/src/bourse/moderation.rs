//! The embassies' moderation of Bourse requests: the queue of a country, and the transitions
//! submitted → published | rejected (with a reason), each through the write path with the
//! embassy's scope checked inside the transaction.

use atlas_domain::{BourseStatus, ModeratedRequest};
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::bourse_requests as br;
use crate::stored::Stored;
use crate::write::{Actor, Change, Conflict, Need, WriteError, now, write_path};
use crate::{DbConn, DbError};

/// A request of the queue, as stored.
#[derive(Queryable)]
struct QueueRow {
    id: i32,
    title: String,
    authority_name: String,
    country_code: String,
    city: Option<String>,
    contact_name: String,
    #[diesel(deserialize_as = Stored<BourseStatus>)]
    status: BourseStatus,
    created_at: NaiveDateTime,
    email_confirmed_at: Option<NaiveDateTime>,
    moderated_at: Option<NaiveDateTime>,
    rejection_reason: Option<String>,
}

impl From<QueueRow> for ModeratedRequest {
    fn from(r: QueueRow) -> Self {
        ModeratedRequest {
            id: r.id,
            title: r.title,
            authority_name: r.authority_name,
            country_code: r.country_code,
            city: r.city,
            contact_name: r.contact_name,
            status: r.status,
            created_at: r.created_at,
            email_confirmed_at: r.email_confirmed_at,
            moderated_at: r.moderated_at,
            rejection_reason: r.rejection_reason,
        }
    }
}

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

/// Requests of `country` (every country when `None`) in `status` (all when `None`), newest
/// first.
pub fn queue(
    conn: &mut DbConn,
    country: Option<&str>,
    status: Option<BourseStatus>,
) -> Result<Vec<ModeratedRequest>, DbError> {
    let rows: Vec<QueueRow> = with_conn!(conn, |c| {
        let mut q = br::table.into_boxed();
        if let Some(country) = country {
            q = q.filter(br::country_code.eq(country.to_owned()));
        }
        if let Some(s) = status {
            q = q.filter(br::status.eq(Stored(s)));
        }
        q.order(br::id.desc()).limit(500).select(columns!()).load(c)
    })?;
    Ok(rows.into_iter().map(ModeratedRequest::from).collect())
}

/// The moderator's decision on a submitted request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision<'a> {
    Publish,
    Reject { reason: &'a str },
}

/// Publishes or rejects a submitted request of a country the actor moderates: `NotFound`
/// for an unknown request, `Forbidden` outside the actor's scope (read inside the
/// transaction), `Conflict(AlreadyModerated)` once decided.
pub fn moderate(
    conn: &mut DbConn,
    id: i32,
    decision: Decision<'_>,
    actor: &Actor,
) -> Result<ModeratedRequest, DbError> {
    write_path!(conn, actor, |c, j| {
        let before: QueueRow = br::table
            .find(id)
            .select(columns!())
            .first(c)
            .optional()?
            .ok_or(WriteError::NotFound)?;
        j.authorize(c, Need::Country(&before.country_code))?;
        if before.status != BourseStatus::Submitted {
            return Err(WriteError::Conflict(Conflict::AlreadyModerated));
        }
        let at = now();
        let (to, reason, action) = match decision {
            Decision::Publish => (BourseStatus::Published, None, "bourse_request.publish"),
            Decision::Reject { reason } => (
                BourseStatus::Rejected,
                Some(reason),
                "bourse_request.reject",
            ),
        };
        diesel::update(br::table.find(id))
            .set((
                br::status.eq(Stored(to)),
                br::rejection_reason.eq(reason),
                br::moderated_by.eq(j.actor().user_id),
                br::moderated_at.eq(Some(at)),
                br::published_at.eq((to == BourseStatus::Published).then_some(at)),
                br::version.eq(br::version + 1),
                br::updated_at.eq(at),
            ))
            .execute(c)?;
        j.record(
            Change::new(action, "bourse_request", id)
                .field("status", before.status, to)
                .field("rejection_reason", &before.rejection_reason, reason),
        );
        if to == BourseStatus::Published {
            // Published requests are public data (maps, figures, search).
            j.public();
        }
        let after: QueueRow = br::table.find(id).select(columns!()).first(c)?;
        Ok::<_, WriteError>(after.into())
    })
}
