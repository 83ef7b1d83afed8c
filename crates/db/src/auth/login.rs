//! Sign-in bookkeeping: the account an address designates, failed attempts and lockout, and
//! the first refresh token of a successful sign-in.

use atlas_domain::AccountStatus;
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::journal::tokens::{NewRefresh, TokenWrite};
use crate::schema::users;
use crate::stored::Stored;
use crate::write::{Actor, Change, Need, WriteError, write_path};
use crate::{DbConn, DbError};

/// What sign-in needs to know of an address.
#[derive(Debug, Clone, Queryable)]
pub struct LoginCandidate {
    pub id: i32,
    pub password_hash: String,
    #[diesel(deserialize_as = Stored<AccountStatus>)]
    pub status: AccountStatus,
    pub locked_until: Option<NaiveDateTime>,
}

/// The account of `email`, if any.
pub fn find_for_login(conn: &mut DbConn, email: &str) -> Result<Option<LoginCandidate>, DbError> {
    Ok(with_conn!(conn, |c| users::table
        .filter(users::email.eq(email))
        .select((
            users::id,
            users::password_hash,
            users::status,
            users::locked_until
        ))
        .first::<LoginCandidate>(c)
        .optional())?)
}

/// Records a sign-in attempt with an address that has no account.
pub fn login_unknown(conn: &mut DbConn, email: &str, actor: &Actor) -> Result<(), DbError> {
    write_path!(conn, actor, |c, j| {
        j.authorize(c, Need::Anyone)?;
        j.record(Change::unattached("auth.login_failed", "user").set("email", email));
        Ok::<_, WriteError>(())
    })
}

/// Counts a failed login; the `max`-th in a row locks the account until `lock_until`.
pub fn login_failed(
    conn: &mut DbConn,
    id: i32,
    max: i32,
    lock_until: NaiveDateTime,
    actor: &Actor,
) -> Result<(), DbError> {
    write_path!(conn, actor, |c, j| {
        j.authorize(c, Need::Anyone)?;
        let before: i32 = users::table
            .find(id)
            .select(users::failed_logins)
            .first(c)?;
        let failed = before + 1;
        let locked = (failed >= max).then_some(lock_until);
        let after = if locked.is_some() { 0 } else { failed };
        diesel::update(users::table.find(id))
            .set((
                users::failed_logins.eq(after),
                users::locked_until.eq(locked),
            ))
            .execute(c)?;
        j.record(
            Change::new("auth.login_failed", "user", id)
                .field("failed_logins", before, failed)
                .field("locked_until", None::<NaiveDateTime>, locked),
        );
        Ok::<_, WriteError>(())
    })
}

/// Records a successful login: counters reset, the first refresh token of a family stored.
pub fn login_succeeded(
    conn: &mut DbConn,
    refresh: &NewRefresh,
    actor: &Actor,
) -> Result<(), DbError> {
    let id = refresh.user_id;
    write_path!(conn, actor, |c, j| {
        j.authorize(c, Need::User(id))?;
        diesel::update(users::table.find(id))
            .set((
                users::failed_logins.eq(0),
                users::locked_until.eq(None::<NaiveDateTime>),
            ))
            .execute(c)?;
        c.store_refresh(refresh)?;
        j.record(Change::new("auth.login", "user", id));
        Ok::<_, WriteError>(())
    })
}
