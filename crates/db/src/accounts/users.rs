//! Users: account requests, e-mail confirmation, login bookkeeping (failed attempts, lockout),
//! the principal every authenticated request loads, passwords and their reset.

use atlas_domain::{AccountGroup, AccountStatus, CodeName, EntityRef, IdName, Me, Role};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde_json::json;

use super::audit::{AuditWrite, Change};
use super::outbox::{NewEmail, OutboxWrite};
use super::tokens::{CONFIRM_EMAIL, NewRefresh, RESET_PASSWORD, TokenWrite};
use super::{Actor, now};
use crate::schema::{collectivites, countries, regions, user_collectivites, users};
use crate::{DbConn, DbError};

/// Who a request is made by: loaded from the database on every authenticated request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub id: i32,
    pub role: Role,
    pub status: AccountStatus,
    pub collectivites: Vec<i32>,
    pub country_code: Option<String>,
    pub region_code: Option<String>,
}

/// A validated account request (password already hashed).
#[derive(Debug, Clone)]
pub struct NewAccount {
    pub email: String,
    pub password_hash: String,
    pub first_name: String,
    pub last_name: String,
    pub job_title: Option<String>,
    pub phone: Option<String>,
    pub group: AccountGroup,
    pub entity: Option<EntityRef>,
}

/// A one-time token to store with the e-mail that carries it.
#[derive(Debug, Clone)]
pub struct Mailed {
    pub token_hash: String,
    pub expires_at: NaiveDateTime,
    pub email: NewEmail,
}

/// Stores an account request and its confirmation e-mail; when the address is already
/// registered, queues `exists` to its owner instead and stores nothing else.
pub fn request_account(
    conn: &mut DbConn,
    a: &NewAccount,
    confirm: &Mailed,
    exists: &NewEmail,
    actor: &Actor,
) -> Result<(), DbError> {
    Ok(write_tx!(conn, |c| {
        let taken: i64 = users::table
            .filter(users::email.eq(&a.email))
            .count()
            .get_result(c)?;
        if taken > 0 {
            return c.enqueue(exists);
        }
        let kind = a.entity.as_ref().map(|e| e.kind.as_str());
        let code = a.entity.as_ref().map(|e| e.code.clone());
        let at = now();
        let id: i32 = diesel::insert_into(users::table)
            .values((
                users::email.eq(&a.email),
                users::password_hash.eq(&a.password_hash),
                users::first_name.eq(&a.first_name),
                users::last_name.eq(&a.last_name),
                users::job_title.eq(&a.job_title),
                users::phone.eq(&a.phone),
                users::role.eq(a.group.role().as_str()),
                users::status.eq(AccountStatus::PendingEmail.as_str()),
                users::country_code.eq((a.group == AccountGroup::Ambassade)
                    .then(|| code.clone())
                    .flatten()),
                users::region_code.eq((a.group == AccountGroup::Prefecture)
                    .then(|| code.clone())
                    .flatten()),
                users::requested_entity_kind.eq(kind),
                users::requested_entity_code.eq(&code),
                users::failed_logins.eq(0),
                users::version.eq(1),
                users::created_at.eq(at),
                users::updated_at.eq(at),
            ))
            .returning(users::id)
            .get_result(c)?;
        c.store_one_time(id, CONFIRM_EMAIL, &confirm.token_hash, confirm.expires_at)?;
        c.enqueue(&confirm.email)?;
        c.audit(
            actor,
            &Change::new("account.request", "user", id).with(json!({
                "email": a.email, "group": a.group, "entity": a.entity,
            })),
        )
    })?)
}

/// Confirms an address with the token hashed `hash`; the account's status after it, or
/// `None` for an unknown, used or expired token.
pub fn confirm_email(
    conn: &mut DbConn,
    hash: &str,
    actor: &Actor,
) -> Result<Option<AccountStatus>, DbError> {
    Ok(write_tx!(conn, |c| {
        let Some(id) = c.consume_one_time(CONFIRM_EMAIL, hash)? else {
            return Ok::<_, diesel::result::Error>(None);
        };
        let target = users::table
            .find(id)
            .filter(users::status.eq(AccountStatus::PendingEmail.as_str()));
        let changed = diesel::update(target)
            .set((
                users::status.eq(AccountStatus::PendingValidation.as_str()),
                users::email_confirmed_at.eq(Some(now())),
                users::updated_at.eq(now()),
            ))
            .execute(c)?;
        if changed > 0 {
            c.audit(
                &Actor {
                    user_id: Some(id),
                    ..actor.clone()
                },
                &Change::new("account.confirm_email", "user", id)
                    .with(json!({"status": AccountStatus::PendingValidation})),
            )?;
        }
        let status: String = users::table.find(id).select(users::status).first(c)?;
        Ok(status.parse().ok())
    })?)
}

/// What login needs to know of an address.
#[derive(Debug, Clone)]
pub struct LoginCandidate {
    pub id: i32,
    pub password_hash: String,
    pub status: AccountStatus,
    pub locked_until: Option<NaiveDateTime>,
}

pub fn find_for_login(conn: &mut DbConn, email: &str) -> Result<Option<LoginCandidate>, DbError> {
    let row: Option<(i32, String, String, Option<NaiveDateTime>)> =
        with_conn!(conn, |c| users::table
            .filter(users::email.eq(email))
            .select((
                users::id,
                users::password_hash,
                users::status,
                users::locked_until
            ))
            .first(c)
            .optional())?;
    Ok(
        row.map(|(id, password_hash, status, locked_until)| LoginCandidate {
            id,
            password_hash,
            status: status.parse().unwrap_or(AccountStatus::Disabled),
            locked_until,
        }),
    )
}

/// Counts a failed login; the `max`-th in a row locks the account until `lock_until`.
pub fn login_failed(
    conn: &mut DbConn,
    id: i32,
    max: i32,
    lock_until: NaiveDateTime,
    actor: &Actor,
) -> Result<(), DbError> {
    Ok(write_tx!(conn, |c| {
        let failed: i32 = users::table
            .find(id)
            .select(users::failed_logins)
            .first(c)?;
        let failed = failed + 1;
        let locked = (failed >= max).then_some(lock_until);
        diesel::update(users::table.find(id))
            .set((
                users::failed_logins.eq(if locked.is_some() { 0 } else { failed }),
                users::locked_until.eq(locked),
            ))
            .execute(c)?;
        c.audit(
            actor,
            &Change::new("auth.login_failed", "user", id)
                .with(json!({"failed_logins": failed, "locked_until": locked})),
        )
    })?)
}

/// Records a successful login: counters reset, the first refresh token of a family stored.
pub fn login_succeeded(
    conn: &mut DbConn,
    refresh: &NewRefresh,
    actor: &Actor,
) -> Result<(), DbError> {
    let id = refresh.user_id;
    Ok(write_tx!(conn, |c| {
        diesel::update(users::table.find(id))
            .set((
                users::failed_logins.eq(0),
                users::locked_until.eq(None::<NaiveDateTime>),
            ))
            .execute(c)?;
        c.store_refresh(refresh)?;
        c.audit(actor, &Change::new("auth.login", "user", id))
    })?)
}

/// The principal of user `id` (any status: the caller decides).
pub fn principal(conn: &mut DbConn, id: i32) -> Result<Option<Principal>, DbError> {
    let row: Option<(String, String, Option<String>, Option<String>)> =
        with_conn!(conn, |c| users::table
            .find(id)
            .select((
                users::role,
                users::status,
                users::country_code,
                users::region_code
            ))
            .first(c)
            .optional())?;
    let Some((role, status, country_code, region_code)) = row else {
        return Ok(None);
    };
    let collectivites: Vec<i32> = with_conn!(conn, |c| user_collectivites::table
        .filter(user_collectivites::user_id.eq(id))
        .select(user_collectivites::collectivite_id)
        .order(user_collectivites::collectivite_id)
        .load(c))?;
    let (Ok(role), Ok(status)) = (role.parse(), status.parse()) else {
        return Ok(None);
    };
    Ok(Some(Principal {
        id,
        role,
        status,
        collectivites,
        country_code,
        region_code,
    }))
}

/// The collectivités, country and région of a user, with their names.
pub(crate) fn scope_names(
    conn: &mut DbConn,
    id: i32,
) -> Result<(Vec<IdName>, Option<CodeName>, Option<CodeName>), DbError> {
    Ok(with_conn!(conn, |c| {
        let colls: Vec<(i32, String)> = user_collectivites::table
            .inner_join(collectivites::table)
            .filter(user_collectivites::user_id.eq(id))
            .order(collectivites::name)
            .select((collectivites::id, collectivites::name))
            .load(c)?;
        let country: Option<(String, String)> = users::table
            .inner_join(countries::table.on(countries::code.nullable().eq(users::country_code)))
            .filter(users::id.eq(id))
            .select((countries::code, countries::name_fr))
            .first(c)
            .optional()?;
        let region: Option<(String, String)> = users::table
            .inner_join(regions::table.on(regions::code.nullable().eq(users::region_code)))
            .filter(users::id.eq(id))
            .select((regions::code, regions::name))
            .first(c)
            .optional()?;
        Ok::<_, diesel::result::Error>((
            colls
                .into_iter()
                .map(|(id, name)| IdName { id, name })
                .collect(),
            country.map(|(code, name)| CodeName { code, name }),
            region.map(|(code, name)| CodeName { code, name }),
        ))
    })?)
}

/// `GET /me`.
pub fn me(conn: &mut DbConn, id: i32) -> Result<Me, DbError> {
    let (email, first_name, last_name, job_title, role): (
        String,
        String,
        String,
        Option<String>,
        String,
    ) = with_conn!(conn, |c| users::table
        .find(id)
        .select((
            users::email,
            users::first_name,
            users::last_name,
            users::job_title,
            users::role
        ))
        .first(c))?;
    let (collectivites, country, region) = scope_names(conn, id)?;
    Ok(Me {
        id,
        email,
        first_name,
        last_name,
        job_title,
        role: role
            .parse()
            .map_err(|_| DbError::Invalid(format!("role {role}")))?,
        collectivites,
        country,
        region,
    })
}

/// The password hash of user `id`.
pub fn password_hash(conn: &mut DbConn, id: i32) -> Result<String, DbError> {
    Ok(with_conn!(conn, |c| users::table
        .find(id)
        .select(users::password_hash)
        .first(c))?)
}

/// Sets a new password and revokes every refresh token of the user.
pub fn set_password(conn: &mut DbConn, id: i32, hash: &str, actor: &Actor) -> Result<(), DbError> {
    Ok(write_tx!(conn, |c| {
        diesel::update(users::table.find(id))
            .set((users::password_hash.eq(hash), users::updated_at.eq(now())))
            .execute(c)?;
        c.revoke_user(id)?;
        c.audit(actor, &Change::new("account.password_change", "user", id))
    })?)
}

/// Queues a reset e-mail when `email` belongs to an active account; nothing otherwise.
pub fn request_reset(
    conn: &mut DbConn,
    email: &str,
    mailed: &Mailed,
    actor: &Actor,
) -> Result<(), DbError> {
    Ok(write_tx!(conn, |c| {
        let id: Option<i32> = users::table
            .filter(users::email.eq(email))
            .filter(users::status.eq(AccountStatus::Active.as_str()))
            .select(users::id)
            .first(c)
            .optional()?;
        let Some(id) = id else { return Ok(()) };
        c.store_one_time(id, RESET_PASSWORD, &mailed.token_hash, mailed.expires_at)?;
        c.enqueue(&mailed.email)?;
        c.audit(
            actor,
            &Change::new("account.password_reset_request", "user", id),
        )
    })?)
}

/// Sets the password of the user of the reset token hashed `token`, revokes their refresh
/// tokens and unlocks the account; `false` for an unknown, used or expired token.
pub fn reset_password(
    conn: &mut DbConn,
    token: &str,
    hash: &str,
    actor: &Actor,
) -> Result<bool, DbError> {
    Ok(write_tx!(conn, |c| {
        let Some(id) = c.consume_one_time(RESET_PASSWORD, token)? else {
            return Ok::<_, diesel::result::Error>(false);
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
        c.audit(
            &Actor {
                user_id: Some(id),
                ..actor.clone()
            },
            &Change::new("account.password_reset", "user", id),
        )?;
        Ok(true)
    })?)
}

/// `atlas create-admin`: an active administrator; `Conflict` if the address is taken.
pub fn create_admin(
    conn: &mut DbConn,
    email: &str,
    first_name: &str,
    last_name: &str,
    hash: &str,
) -> Result<i32, DbError> {
    let id = write_tx!(conn, |c| {
        let taken: i64 = users::table
            .filter(users::email.eq(email))
            .count()
            .get_result(c)?;
        if taken > 0 {
            return Ok(None);
        }
        let at = now();
        let id: i32 = diesel::insert_into(users::table)
            .values((
                users::email.eq(email),
                users::password_hash.eq(hash),
                users::first_name.eq(first_name),
                users::last_name.eq(last_name),
                users::role.eq(Role::Admin.as_str()),
                users::status.eq(AccountStatus::Active.as_str()),
                users::email_confirmed_at.eq(Some(at)),
                users::validated_at.eq(Some(at)),
                users::failed_logins.eq(0),
                users::version.eq(1),
                users::created_at.eq(at),
                users::updated_at.eq(at),
            ))
            .returning(users::id)
            .get_result(c)?;
        c.audit(
            &Actor::default(),
            &Change::new("account.create_admin", "user", id).with(json!({"email": email})),
        )?;
        Ok::<_, diesel::result::Error>(Some(id))
    })?;
    id.ok_or_else(|| DbError::Conflict(format!("{email} a déjà un compte")))
}
