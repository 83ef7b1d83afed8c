//! Users the admin lists, disables, enables and attaches to more collectivités.

use atlas_domain::{AccountStatus, Paging, Role, UserSummary};
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::admin::LinkWrite;
use crate::journal::tokens::TokenWrite;
use crate::me::profile::scope_names;
use crate::schema::{collectivites, users};
use crate::stored::Stored;
use crate::write::{Actor, Change, Conflict, Need, WriteError, now, write_path};
use crate::{DbConn, DbError};

/// Filters of the user list.
#[derive(Debug, Clone, Default)]
pub struct UserFilter {
    pub status: Option<AccountStatus>,
    pub role: Option<Role>,
    pub q: Option<String>,
}

/// One user of the list, as stored.
#[derive(Queryable)]
struct UserRow {
    id: i32,
    email: String,
    first_name: String,
    last_name: String,
    #[diesel(deserialize_as = Stored<Role>)]
    role: Role,
    #[diesel(deserialize_as = Stored<AccountStatus>)]
    status: AccountStatus,
    created_at: NaiveDateTime,
    locked_until: Option<NaiveDateTime>,
}

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
                    q = q.filter(users::status.eq(Stored(s)));
                }
                if let Some(r) = f.role {
                    q = q.filter(users::role.eq(Stored(r)));
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
    let scope = scope_names(conn, r.id)?;
    Ok(UserSummary {
        id: r.id,
        email: r.email,
        first_name: r.first_name,
        last_name: r.last_name,
        role: r.role,
        status: r.status,
        collectivites: scope.collectivites,
        country: scope.country,
        region: scope.region,
        created_at: r.created_at,
        locked_until: r.locked_until,
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
    write_path!(conn, actor, |c, j| {
        j.authorize(c, Need::Admin)?;
        let status: AccountStatus = users::table
            .find(id)
            .select(users::status)
            .first::<Stored<AccountStatus>>(c)?
            .0;
        if status != from {
            return Err(WriteError::Conflict(Conflict::AlreadyInStatus));
        }
        diesel::update(users::table.find(id))
            .set((
                users::status.eq(Stored(to)),
                users::disabled_at.eq((!enabled).then(now)),
                users::updated_at.eq(now()),
            ))
            .execute(c)?;
        if !enabled {
            c.revoke_user(id)?;
        }
        j.record(Change::new(action, "user", id).field("status", from, to));
        Ok(())
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
    write_path!(conn, actor, |c, j| {
        j.authorize(c, Need::Admin)?;
        let role: Role = users::table
            .find(id)
            .select(users::role)
            .first::<Stored<Role>>(c)?
            .0;
        if role != Role::Collectivite {
            return Err(WriteError::Conflict(Conflict::NotAnAgent));
        }
        let exists: i64 = collectivites::table
            .find(collectivite_id)
            .count()
            .get_result(c)?;
        if exists == 0 {
            j.unchanged();
            return Ok(None);
        }
        c.link(id, collectivite_id)?;
        j.record(
            Change::new("account.add_collectivite", "user", id)
                .set("collectivite_id", collectivite_id),
        );
        Ok(Some(()))
    })
}

/// `atlas create-admin`: an active administrator; `Conflict` if the address is taken. The
/// operator at the server's console needs no account, hence `Need::Anyone`.
pub fn create_admin(
    conn: &mut DbConn,
    email: &str,
    first_name: &str,
    last_name: &str,
    hash: &str,
) -> Result<i32, DbError> {
    write_path!(conn, &Actor::default(), |c, j| {
        j.authorize(c, Need::Anyone)?;
        let taken: i64 = users::table
            .filter(users::email.eq(email))
            .count()
            .get_result(c)?;
        if taken > 0 {
            return Err(WriteError::Conflict(Conflict::EmailTaken));
        }
        let at = now();
        let id: i32 = diesel::insert_into(users::table)
            .values((
                users::email.eq(email),
                users::password_hash.eq(hash),
                users::first_name.eq(first_name),
                users::last_name.eq(last_name),
                users::role.eq(Stored(Role::Admin)),
                users::status.eq(Stored(AccountStatus::Active)),
                users::email_confirmed_at.eq(Some(at)),
                users::validated_at.eq(Some(at)),
                users::failed_logins.eq(0),
                users::version.eq(1),
                users::created_at.eq(at),
                users::updated_at.eq(at),
            ))
            .returning(users::id)
            .get_result(c)?;
        j.record(
            Change::new("account.create_admin", "user", id)
                .set("email", email)
                .set("role", Role::Admin),
        );
        Ok(id)
    })
}
