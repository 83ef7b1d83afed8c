//! The admin's account work: requests to validate or refuse, users to list, disable,
//! enable, and attach to more collectivités.

use atlas_domain::{
    AccountGroup, AccountRequest, AccountStatus, EntityKind, Paging, Role, UserSummary,
};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde_json::json;

use super::audit::{AuditWrite, Change};
use super::entities::{EntityAccess, get as entity};
use super::outbox::{NewEmail, OutboxWrite};
use super::tokens::TokenWrite;
use super::users::scope_names;
use super::{Actor, now};
use crate::schema::{collectivites, user_collectivites, users};
use crate::{DbConn, DbError};

type RequestRow = (
    i32,
    String,
    String,
    String,
    Option<String>,
    String,
    String,
    Option<String>,
    Option<String>,
    NaiveDateTime,
    Option<NaiveDateTime>,
    Option<String>,
);

macro_rules! request_columns {
    () => {
        (
            users::id,
            users::email,
            users::first_name,
            users::last_name,
            users::job_title,
            users::role,
            users::status,
            users::requested_entity_kind,
            users::requested_entity_code,
            users::created_at,
            users::email_confirmed_at,
            users::refusal_reason,
        )
    };
}

fn to_request(conn: &mut DbConn, r: RequestRow) -> Result<AccountRequest, DbError> {
    let group = match r.5.as_str() {
        "ambassade" => AccountGroup::Ambassade,
        "prefecture" => AccountGroup::Prefecture,
        "operateur" => AccountGroup::Operateur,
        _ => AccountGroup::Collectivite,
    };
    let entity = match (
        r.7.as_deref().and_then(|k| k.parse::<EntityKind>().ok()),
        r.8.as_deref(),
    ) {
        (Some(kind), Some(code)) => entity(conn, kind, code)?,
        _ => None,
    };
    Ok(AccountRequest {
        id: r.0,
        email: r.1,
        first_name: r.2,
        last_name: r.3,
        job_title: r.4,
        group,
        entity,
        status: r.6.parse().unwrap_or(AccountStatus::Disabled),
        created_at: r.9,
        email_confirmed_at: r.10,
        refusal_reason: r.11,
    })
}

/// Requested accounts (never administrators) in `status`, oldest first.
pub fn requests(
    conn: &mut DbConn,
    status: AccountStatus,
    paging: &Paging,
) -> Result<(Vec<AccountRequest>, i64), DbError> {
    let (rows, total) = with_conn!(conn, |c| {
        macro_rules! filtered {
            () => {
                users::table
                    .filter(users::status.eq(status.as_str()))
                    .filter(users::role.ne(Role::Admin.as_str()))
            };
        }
        let total: i64 = filtered!().count().get_result(c)?;
        let rows: Vec<RequestRow> = filtered!()
            .order(users::id)
            .limit(paging.per_page)
            .offset(paging.offset())
            .select(request_columns!())
            .load(c)?;
        Ok::<_, diesel::result::Error>((rows, total))
    })?;
    let items = rows
        .into_iter()
        .map(|r| to_request(conn, r))
        .collect::<Result<_, _>>()?;
    Ok((items, total))
}

/// One requested account.
pub fn request(conn: &mut DbConn, id: i32) -> Result<AccountRequest, DbError> {
    let row: RequestRow = with_conn!(conn, |c| users::table
        .find(id)
        .filter(users::role.ne(Role::Admin.as_str()))
        .select(request_columns!())
        .first(c))?;
    to_request(conn, row)
}

/// Approves a request awaiting validation: active, attached to its collectivité (created
/// from the COG if needed), `email` queued. `Conflict` in any other status.
pub fn approve(conn: &mut DbConn, id: i32, email: &NewEmail, actor: &Actor) -> Result<(), DbError> {
    let done = write_tx!(conn, |c| {
        let row: (String, String, Option<String>, Option<String>) = users::table
            .find(id)
            .filter(users::role.ne(Role::Admin.as_str()))
            .select((
                users::status,
                users::role,
                users::requested_entity_kind,
                users::requested_entity_code,
            ))
            .first(c)?;
        if row.0 != AccountStatus::PendingValidation.as_str() {
            return Ok::<_, diesel::result::Error>(false);
        }
        let mut collectivite = None;
        if row.1 == Role::Collectivite.as_str()
            && let (Some(kind), Some(code)) = (
                row.2.as_deref().and_then(|k| k.parse().ok()),
                row.3.as_deref(),
            )
        {
            collectivite = c.ensure_collectivite(kind, code)?;
            if let Some(cid) = collectivite {
                c.link(id, cid)?;
            }
        }
        diesel::update(users::table.find(id))
            .set((
                users::status.eq(AccountStatus::Active.as_str()),
                users::validated_at.eq(Some(now())),
                users::validated_by.eq(actor.user_id),
                users::updated_at.eq(now()),
            ))
            .execute(c)?;
        c.enqueue(email)?;
        c.audit(
            actor,
            &Change::new("account.approve", "user", id)
                .with(json!({"status": AccountStatus::Active, "collectivite_id": collectivite})),
        )?;
        Ok(true)
    })?;
    done.then_some(())
        .ok_or_else(|| DbError::Conflict("Cette demande n'attend pas de validation.".into()))
}

/// Refuses a request awaiting confirmation or validation, with `reason`; `email` queued.
pub fn refuse(
    conn: &mut DbConn,
    id: i32,
    reason: &str,
    email: &NewEmail,
    actor: &Actor,
) -> Result<(), DbError> {
    let done = write_tx!(conn, |c| {
        let status: String = users::table
            .find(id)
            .filter(users::role.ne(Role::Admin.as_str()))
            .select(users::status)
            .first(c)?;
        if status != AccountStatus::PendingValidation.as_str()
            && status != AccountStatus::PendingEmail.as_str()
        {
            return Ok::<_, diesel::result::Error>(false);
        }
        diesel::update(users::table.find(id))
            .set((
                users::status.eq(AccountStatus::Refused.as_str()),
                users::refusal_reason.eq(Some(reason)),
                users::validated_by.eq(actor.user_id),
                users::updated_at.eq(now()),
            ))
            .execute(c)?;
        c.enqueue(email)?;
        c.audit(
            actor,
            &Change::new("account.refuse", "user", id)
                .with(json!({"status": AccountStatus::Refused, "reason": reason})),
        )?;
        Ok(true)
    })?;
    done.then_some(())
        .ok_or_else(|| DbError::Conflict("Cette demande n'est plus en attente.".into()))
}

/// Attaching a user to a collectivité, inside the caller's transaction.
pub(crate) trait LinkWrite {
    fn link(&mut self, user_id: i32, collectivite_id: i32) -> QueryResult<()>;
}

impl_for_backends!(LinkWrite {
    fn link(&mut self, user_id: i32, collectivite_id: i32) -> QueryResult<()> {
        let exists: i64 = user_collectivites::table
            .filter(user_collectivites::user_id.eq(user_id))
            .filter(user_collectivites::collectivite_id.eq(collectivite_id))
            .count()
            .get_result(self)?;
        if exists == 0 {
            diesel::insert_into(user_collectivites::table)
                .values((
                    user_collectivites::user_id.eq(user_id),
                    user_collectivites::collectivite_id.eq(collectivite_id),
                ))
                .execute(self)?;
        }
        Ok(())
    }
});

/// Filters of the user list.
#[derive(Debug, Clone, Default)]
pub struct UserFilter {
    pub status: Option<AccountStatus>,
    pub role: Option<Role>,
    pub q: Option<String>,
}

type UserRow = (
    i32,
    String,
    String,
    String,
    String,
    String,
    NaiveDateTime,
    Option<NaiveDateTime>,
);

/// Users by e-mail.
pub fn users(
    conn: &mut DbConn,
    f: &UserFilter,
    paging: &Paging,
) -> Result<(Vec<UserSummary>, i64), DbError> {
    let like =
        f.q.as_ref()
            .map(|q| format!("%{}%", q.trim().to_lowercase().replace(['%', '_'], " ")));
    let (rows, total) = with_conn!(conn, |c| {
        macro_rules! filtered {
            () => {{
                let mut q = users::table.into_boxed();
                if let Some(s) = f.status {
                    q = q.filter(users::status.eq(s.as_str()));
                }
                if let Some(r) = f.role {
                    q = q.filter(users::role.eq(r.as_str()));
                }
                if let Some(l) = &like {
                    q = q.filter(
                        users::email
                            .like(l.clone())
                            .or(crate::pool::atlas_fold(users::last_name).like(l.clone()))
                            .or(crate::pool::atlas_fold(users::first_name).like(l.clone())),
                    );
                }
                q
            }};
        }
        let total: i64 = filtered!().count().get_result(c)?;
        let rows: Vec<UserRow> = filtered!()
            .order(users::email)
            .limit(paging.per_page)
            .offset(paging.offset())
            .select((
                users::id,
                users::email,
                users::first_name,
                users::last_name,
                users::role,
                users::status,
                users::created_at,
                users::locked_until,
            ))
            .load(c)?;
        Ok::<_, diesel::result::Error>((rows, total))
    })?;
    let items = rows
        .into_iter()
        .map(|r| summary_of(conn, r))
        .collect::<Result<_, _>>()?;
    Ok((items, total))
}

fn summary_of(conn: &mut DbConn, r: UserRow) -> Result<UserSummary, DbError> {
    let (collectivites, country, region) = scope_names(conn, r.0)?;
    Ok(UserSummary {
        id: r.0,
        email: r.1,
        first_name: r.2,
        last_name: r.3,
        role: r
            .4
            .parse()
            .map_err(|_| DbError::Invalid(format!("role {}", r.4)))?,
        status: r.5.parse().unwrap_or(AccountStatus::Disabled),
        collectivites,
        country,
        region,
        created_at: r.6,
        locked_until: r.7,
    })
}

/// One user.
pub fn user(conn: &mut DbConn, id: i32) -> Result<UserSummary, DbError> {
    let row: UserRow = with_conn!(conn, |c| users::table
        .find(id)
        .select((
            users::id,
            users::email,
            users::first_name,
            users::last_name,
            users::role,
            users::status,
            users::created_at,
            users::locked_until
        ))
        .first(c))?;
    summary_of(conn, row)
}

/// Disables an active account (its refresh tokens revoked; its access tokens stop working
/// because every request reloads the status) or re-enables a disabled one.
pub fn set_enabled(
    conn: &mut DbConn,
    id: i32,
    enabled: bool,
    actor: &Actor,
) -> Result<(), DbError> {
    let (from, to, action) = if enabled {
        (
            AccountStatus::Disabled,
            AccountStatus::Active,
            "account.enable",
        )
    } else {
        (
            AccountStatus::Active,
            AccountStatus::Disabled,
            "account.disable",
        )
    };
    let done = write_tx!(conn, |c| {
        let status: String = users::table.find(id).select(users::status).first(c)?;
        if status != from.as_str() {
            return Ok::<_, diesel::result::Error>(false);
        }
        diesel::update(users::table.find(id))
            .set((
                users::status.eq(to.as_str()),
                users::disabled_at.eq((!enabled).then(now)),
                users::updated_at.eq(now()),
            ))
            .execute(c)?;
        if !enabled {
            c.revoke_user(id)?;
        }
        c.audit(
            actor,
            &Change::new(action, "user", id).with(json!({"status": to})),
        )?;
        Ok(true)
    })?;
    done.then_some(()).ok_or_else(|| {
        DbError::Conflict(format!(
            "Le compte n'est pas dans l'état « {} ».",
            from.label()
        ))
    })
}

/// Attaches an agent of collectivité to one more collectivité; `Conflict` for other roles,
/// `None` when the collectivité does not exist.
pub fn add_collectivite(
    conn: &mut DbConn,
    id: i32,
    collectivite_id: i32,
    actor: &Actor,
) -> Result<Option<()>, DbError> {
    let done = write_tx!(conn, |c| {
        let role: String = users::table.find(id).select(users::role).first(c)?;
        if role != Role::Collectivite.as_str() {
            return Ok::<_, diesel::result::Error>(Some(false));
        }
        let exists: i64 = collectivites::table
            .find(collectivite_id)
            .count()
            .get_result(c)?;
        if exists == 0 {
            return Ok(None);
        }
        c.link(id, collectivite_id)?;
        c.audit(
            actor,
            &Change::new("account.add_collectivite", "user", id)
                .with(json!({"collectivite_id": collectivite_id})),
        )?;
        Ok(Some(true))
    })?;
    match done {
        None => Ok(None),
        Some(true) => Ok(Some(())),
        Some(false) => Err(DbError::Conflict(
            "Seul un agent de collectivité agit pour des collectivités.".into(),
        )),
    }
}
