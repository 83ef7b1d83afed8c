//! The audit log: every write records who, when, what changed and from where; admins read it.

use atlas_domain::{AuditEntry, Paging};
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::{audit_log, users};
use crate::write::{Actor, Change, now};
use crate::{DbConn, DbError};

macro_rules! insert_entry {
    ($c:expr, $actor:expr, $change:expr) => {
        diesel::insert_into(audit_log::table)
            .values((
                audit_log::at.eq(now()),
                audit_log::user_id.eq($actor.user_id),
                audit_log::action.eq($change.action),
                audit_log::entity_type.eq($change.entity_type),
                audit_log::entity_id.eq(&$change.entity_id),
                audit_log::changes.eq($change.fields_json()),
                audit_log::ip.eq(&$actor.ip),
            ))
            .execute($c)
            .map(drop)
    };
}

/// Records a change on either backend's connection, inside the caller's transaction (the
/// write path's commit).
pub(crate) trait AuditWrite {
    fn audit(&mut self, actor: &Actor, change: &Change) -> QueryResult<()>;
}

impl_for_backends!(AuditWrite {
    fn audit(&mut self, actor: &Actor, change: &Change) -> QueryResult<()> {
        insert_entry!(self, actor, change)
    }
});

/// Filters of the audit log.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub user_id: Option<i32>,
    pub action: Option<String>,
    pub entity_type: Option<String>,
    pub entity_id: Option<String>,
    pub from: Option<NaiveDateTime>,
    pub to: Option<NaiveDateTime>,
}

/// An audit entry as stored, with its author's e-mail.
#[derive(Queryable)]
struct EntryRow {
    id: i32,
    at: NaiveDateTime,
    user_id: Option<i32>,
    user_email: Option<String>,
    action: String,
    entity_type: String,
    entity_id: Option<String>,
    /// The changed fields, as JSON.
    changes: Option<String>,
    ip: Option<String>,
}

/// Newest first.
pub fn list(
    conn: &mut DbConn,
    f: &AuditFilter,
    paging: &Paging,
) -> Result<(Vec<AuditEntry>, i64), DbError> {
    let (rows, total) = with_conn!(conn, |c| {
        macro_rules! filtered {
            () => {{
                let mut q = audit_log::table.left_join(users::table).into_boxed();
                if let Some(u) = f.user_id {
                    q = q.filter(audit_log::user_id.eq(u));
                }
                if let Some(a) = &f.action {
                    q = q.filter(audit_log::action.eq(a.clone()));
                }
                if let Some(t) = &f.entity_type {
                    q = q.filter(audit_log::entity_type.eq(t.clone()));
                }
                if let Some(i) = &f.entity_id {
                    q = q.filter(audit_log::entity_id.eq(i.clone()));
                }
                if let Some(from) = f.from {
                    q = q.filter(audit_log::at.ge(from));
                }
                if let Some(to) = f.to {
                    q = q.filter(audit_log::at.le(to));
                }
                q
            }};
        }
        let total: i64 = filtered!().count().get_result(c)?;
        let rows: Vec<EntryRow> = filtered!()
            .order(audit_log::id.desc())
            .limit(paging.per_page)
            .offset(paging.offset())
            .select((
                audit_log::id,
                audit_log::at,
                audit_log::user_id,
                users::email.nullable(),
                audit_log::action,
                audit_log::entity_type,
                audit_log::entity_id,
                audit_log::changes,
                audit_log::ip,
            ))
            .load(c)?;
        Ok::<_, diesel::result::Error>((rows, total))
    })?;
    let items = rows
        .into_iter()
        .map(|r| {
            let changes = r
                .changes
                .map(|text| {
                    serde_json::from_str(&text)
                        .map_err(|_| DbError::stored("audit_log.changes", text))
                })
                .transpose()?;
            Ok(AuditEntry {
                id: r.id,
                at: r.at,
                user_id: r.user_id,
                user_email: r.user_email,
                action: r.action,
                entity_type: r.entity_type,
                entity_id: r.entity_id,
                changes,
                ip: r.ip,
            })
        })
        .collect::<Result<_, DbError>>()?;
    Ok((items, total))
}
