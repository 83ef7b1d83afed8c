//! Passwords: the stored hash, a change by its owner, and the reset by an e-mailed one-time
//! token (which also unlocks the account and ends every session).

use atlas_domain::AccountStatus;
use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::account_requests::Mailed;
use crate::journal::tokens::{RESET_PASSWORD, TokenWrite};
use crate::schema::users;
use crate::stored::Stored;
use crate::write::{Actor, Change, Need, WriteError, now, write_path};
use crate::{DbConn, DbError};

/// The password hash of user `id`.
pub fn password_hash(conn: &mut DbConn, id: i32) -> Result<String, DbError> {
    Ok(with_conn!(conn, |c| users::table
        .find(id)
        .select(users::password_hash)
        .first(c))?)
}

/// Sets a new password for its owner and revokes every refresh token of the user.
pub fn set_password(conn: &mut DbConn, id: i32, hash: &str, actor: &Actor) -> Result<(), DbError> {
    write_path!(conn, actor, |c, j| {
        j.authorize(c, Need::User(id))?;
        diesel::update(users::table.find(id))
            .set((users::password_hash.eq(hash), users::updated_at.eq(now())))
            .execute(c)?;
        c.revoke_user(id)?;
        // Never the hashes themselves: the audit log says that it changed, not to what.
        j.record(Change::new("account.password_change", "user", id).field(
            "password",
            "…",
            "(changed)",
        ));
        Ok::<_, WriteError>(())
    })
}

/// Queues a reset e-mail when `email` belongs to an active account; nothing otherwise.
pub fn request_reset(
    conn: &mut DbConn,
    email: &str,
    mailed: &Mailed,
    actor: &Actor,
) -> Result<(), DbError> {
    write_path!(conn, actor, |c, j| {
        j.authorize(c, Need::Anyone)?;
        let id: Option<i32> = users::table
            .filter(users::email.eq(email))
            .filter(users::status.eq(Stored(AccountStatus::Active)))
            .select(users::id)
            .first(c)
            .optional()?;
        let Some(id) = id else {
            j.unchanged();
            return Ok::<_, WriteError>(());
        };
        c.store_one_time(id, RESET_PASSWORD, &mailed.token_hash, mailed.expires_at)?;
        j.email(mailed.email.clone());
        j.record(Change::new("account.password_reset_request", "user", id));
        Ok(())
    })
}

/// Sets the password of the user of the reset token hashed `token`, revokes their refresh
/// tokens and unlocks the account; `false` for an unknown, used or expired token.
pub fn reset_password(
    conn: &mut DbConn,
    token: &str,
    hash: &str,
    actor: &Actor,
) -> Result<bool, DbError> {
    write_path!(conn, actor, |c, j| {
        j.authorize(c, Need::Anyone)?;
        let Some(id) = c.consume_one_time(RESET_PASSWORD, token)? else {
            j.unchanged();
            return Ok::<_, WriteError>(false);
        };
        diesel::update(users::table.find(id))
            .set((
                users::password_hash.eq(hash),
                users::failed_logins.eq(0),
                users::locked_until.eq(None::<NaiveDateTime>),
                users::updated_at.eq(now()),
            ))
            .execute(c)?;
        c.revoke_user(id)?;
        j.record(Change::new("account.password_reset", "user", id).field(
            "password",
            "…",
            "(changed)",
        ));
        Ok(true)
    })
}
