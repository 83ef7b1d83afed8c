//! Refresh tokens (rotating, in families, revocable) and one-time e-mailed tokens (confirm an
//! address, reset a password). Only SHA-256 hashes of tokens are stored.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::{refresh_tokens, user_tokens};
use crate::write::{Actor, Change, Need, WriteError, now, write_path};
use crate::{DbConn, DbError};

/// A refresh token to store.
#[derive(Debug, Clone)]
pub struct NewRefresh {
    pub user_id: i32,
    pub family: String,
    pub hash: String,
    pub expires_at: NaiveDateTime,
}

/// Purposes of one-time tokens.
pub const CONFIRM_EMAIL: &str = "confirm_email";
pub const RESET_PASSWORD: &str = "reset_password";

/// Token writes that join the caller's transaction.
pub(crate) trait TokenWrite {
    fn store_refresh(&mut self, t: &NewRefresh) -> QueryResult<()>;
    /// Revokes every live refresh token of `user_id` (password change, account disabled).
    fn revoke_user(&mut self, user_id: i32) -> QueryResult<()>;
    fn store_one_time(
        &mut self,
        user_id: i32,
        purpose: &str,
        hash: &str,
        expires_at: NaiveDateTime,
    ) -> QueryResult<()>;
    /// Marks an unused, unexpired token of `purpose` used; its user, if it was valid.
    fn consume_one_time(&mut self, purpose: &str, hash: &str) -> QueryResult<Option<i32>>;
}

impl_for_backends!(TokenWrite {
    fn store_refresh(&mut self, t: &NewRefresh) -> QueryResult<()> {
        diesel::insert_into(refresh_tokens::table)
            .values((
                refresh_tokens::user_id.eq(t.user_id),
                refresh_tokens::family.eq(&t.family),
                refresh_tokens::token_hash.eq(&t.hash),
                refresh_tokens::created_at.eq(now()),
                refresh_tokens::expires_at.eq(t.expires_at),
            ))
            .execute(self)
            .map(drop)
    }

    fn revoke_user(&mut self, user_id: i32) -> QueryResult<()> {
        diesel::update(
            refresh_tokens::table
                .filter(refresh_tokens::user_id.eq(user_id))
                .filter(refresh_tokens::revoked_at.is_null()),
        )
        .set(refresh_tokens::revoked_at.eq(Some(now())))
        .execute(self)
        .map(drop)
    }

    fn store_one_time(
        &mut self,
        user_id: i32,
        purpose: &str,
        hash: &str,
        expires_at: NaiveDateTime,
    ) -> QueryResult<()> {
        diesel::insert_into(user_tokens::table)
            .values((
                user_tokens::user_id.eq(user_id),
                user_tokens::purpose.eq(purpose),
                user_tokens::token_hash.eq(hash),
                user_tokens::created_at.eq(now()),
                user_tokens::expires_at.eq(expires_at),
            ))
            .execute(self)
            .map(drop)
    }

    fn consume_one_time(&mut self, purpose: &str, hash: &str) -> QueryResult<Option<i32>> {
        let found: Option<(i32, i32)> = user_tokens::table
            .filter(user_tokens::purpose.eq(purpose))
            .filter(user_tokens::token_hash.eq(hash))
            .filter(user_tokens::used_at.is_null())
            .filter(user_tokens::expires_at.gt(now()))
            .select((user_tokens::id, user_tokens::user_id))
            .first(self)
            .optional()?;
        let Some((id, user_id)) = found else {
            return Ok(None);
        };
        diesel::update(user_tokens::table.find(id))
            .set(user_tokens::used_at.eq(Some(now())))
            .execute(self)?;
        Ok(Some(user_id))
    }
});

/// What presenting a refresh token gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rotation {
    /// The token was live: it is now used, and its successor is stored for this user.
    Rotated { user_id: i32 },
    /// The token had already been used: its whole family is now revoked (a stolen token).
    Reused,
    /// Unknown, expired or revoked.
    Invalid,
}

/// A stored refresh token's state.
#[derive(Queryable)]
struct TokenState {
    id: i32,
    user_id: i32,
    family: String,
    expires_at: NaiveDateTime,
    used_at: Option<NaiveDateTime>,
    revoked_at: Option<NaiveDateTime>,
}

/// Rotates the refresh token hashed `old` into `new` (same family), or revokes the family
/// when `old` was already used (a stolen token: both holders are signed out).
pub fn rotate(
    conn: &mut DbConn,
    old: &str,
    new: &str,
    expires_at: NaiveDateTime,
    actor: &Actor,
) -> Result<Rotation, DbError> {
    write_path!(conn, actor, |c, j| {
        j.authorize(c, Need::Anyone)?;
        let found: Option<TokenState> = refresh_tokens::table
            .filter(refresh_tokens::token_hash.eq(old))
            .select((
                refresh_tokens::id,
                refresh_tokens::user_id,
                refresh_tokens::family,
                refresh_tokens::expires_at,
                refresh_tokens::used_at,
                refresh_tokens::revoked_at,
            ))
            .first(c)
            .optional()?;
        let Some(token) = found else {
            j.unchanged();
            return Ok::<_, WriteError>(Rotation::Invalid);
        };
        if token.used_at.is_some() {
            diesel::update(refresh_tokens::table.filter(refresh_tokens::family.eq(&token.family)))
                .set(refresh_tokens::revoked_at.eq(Some(now())))
                .execute(c)?;
            j.record(
                Change::new("auth.refresh_reused", "user", token.user_id)
                    .field("session", "active", "revoked"),
            );
            return Ok(Rotation::Reused);
        }
        if token.revoked_at.is_some() || token.expires_at <= now() {
            j.unchanged();
            return Ok(Rotation::Invalid);
        }
        diesel::update(refresh_tokens::table.find(token.id))
            .set(refresh_tokens::used_at.eq(Some(now())))
            .execute(c)?;
        c.store_refresh(&NewRefresh {
            user_id: token.user_id,
            family: token.family,
            hash: new.to_owned(),
            expires_at,
        })?;
        j.record(Change::new("auth.refresh", "user", token.user_id));
        Ok(Rotation::Rotated {
            user_id: token.user_id,
        })
    })
}

/// Revokes the family of the refresh token hashed `hash` (sign-out); its user, if any.
pub fn revoke_family(conn: &mut DbConn, hash: &str, actor: &Actor) -> Result<Option<i32>, DbError> {
    write_path!(conn, actor, |c, j| {
        j.authorize(c, Need::Anyone)?;
        let found: Option<(i32, String)> = refresh_tokens::table
            .filter(refresh_tokens::token_hash.eq(hash))
            .select((refresh_tokens::user_id, refresh_tokens::family))
            .first(c)
            .optional()?;
        let Some((user_id, family)) = found else {
            j.unchanged();
            return Ok::<_, WriteError>(None);
        };
        diesel::update(
            refresh_tokens::table
                .filter(refresh_tokens::family.eq(&family))
                .filter(refresh_tokens::revoked_at.is_null()),
        )
        .set(refresh_tokens::revoked_at.eq(Some(now())))
        .execute(c)?;
        j.record(Change::new("auth.logout", "user", user_id).field("session", "active", "revoked"));
        Ok(Some(user_id))
    })
}
