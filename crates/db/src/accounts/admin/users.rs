//! Users the admin lists, disables, enables and attaches to more collectivités.

use atlas_domain::{AccountStatus, Paging, Role, UserSummary};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde_json::json;

use super::LinkWrite;
use crate::accounts::audit::{AuditWrite, Change};
use crate::accounts::tokens::TokenWrite;
use crate::accounts::users::scope_names;
use crate::accounts::{Actor, now};
use crate::schema::{collectivites, users};
use crate::{DbConn, DbError};

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
