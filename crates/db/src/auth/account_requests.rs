//! Account requests: stored with their confirmation e-mail, then confirmed by the one-time
//! token that e-mail carries. The admin's decision is in [`crate::admin::requests`].

use atlas_domain::{AccountGroup, AccountStatus, EntityRef};
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::journal::outbox::NewEmail;
use crate::journal::tokens::{CONFIRM_EMAIL, TokenWrite};
use crate::schema::users;
use crate::stored::Stored;
use crate::write::{Actor, Change, Need, WriteError, now, write_path};
use crate::{DbConn, DbError};

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
/// registered, queues `exists` to its owner instead and stores nothing else (the answer is
/// the same, so the form tells nobody which addresses have accounts).
pub fn request_account(
    conn: &mut DbConn,
    a: &NewAccount,
    confirm: &Mailed,
    exists: &NewEmail,
    actor: &Actor,
) -> Result<(), DbError> {
    write_path!(conn, actor, |c, j| {
        j.authorize(c, Need::Anyone)?;
        let taken: Option<i32> = users::table
            .filter(users::email.eq(&a.email))
            .select(users::id)
            .first(c)
            .optional()?;
        if let Some(id) = taken {
            j.email(exists.clone());
            j.record(Change::new("account.request_existing", "user", id));
            return Ok::<_, WriteError>(());
        }
        let kind = a.entity.as_ref().map(|e| e.kind.as_str());
        let code = a.entity.as_ref().map(|e| e.code.clone());
        let scoped = |group| (a.group == group).then(|| code.clone()).flatten();
        let at = now();
        let id: i32 = diesel::insert_into(users::table)
            .values((
                users::email.eq(&a.email),
                users::password_hash.eq(&a.password_hash),
                users::first_name.eq(&a.first_name),
                users::last_name.eq(&a.last_name),
                users::job_title.eq(&a.job_title),
                users::phone.eq(&a.phone),
                users::role.eq(Stored(a.group.role())),
                users::status.eq(Stored(AccountStatus::PendingEmail)),
                users::country_code.eq(scoped(AccountGroup::Ambassade)),
                users::region_code.eq(scoped(AccountGroup::Prefecture)),
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
        j.email(confirm.email.clone());
        j.record(
            Change::new("account.request", "user", id)
                .set("email", &a.email)
                .set("group", a.group)
                .set("entity", &a.entity)
                .set("status", AccountStatus::PendingEmail),
        );
        Ok(())
    })
}

/// Confirms an address with the token hashed `hash`; the account's status after it, or
/// `None` for an unknown, used or expired token.
pub fn confirm_email(
    conn: &mut DbConn,
    hash: &str,
    actor: &Actor,
) -> Result<Option<AccountStatus>, DbError> {
    write_path!(conn, actor, |c, j| {
        j.authorize(c, Need::Anyone)?;
        let Some(id) = c.consume_one_time(CONFIRM_EMAIL, hash)? else {
            j.unchanged();
            return Ok::<_, WriteError>(None);
        };
        let status: AccountStatus = users::table
            .find(id)
            .select(users::status)
            .first::<Stored<AccountStatus>>(c)?
            .0;
        if status == AccountStatus::PendingEmail {
            diesel::update(users::table.find(id))
                .set((
                    users::status.eq(Stored(AccountStatus::PendingValidation)),
                    users::email_confirmed_at.eq(Some(now())),
                    users::updated_at.eq(now()),
                ))
                .execute(c)?;
            j.record(Change::new("account.confirm_email", "user", id).field(
                "status",
                status,
                AccountStatus::PendingValidation,
            ));
            return Ok(Some(AccountStatus::PendingValidation));
        }
        // The token is spent even when the address was confirmed already.
        j.record(Change::new("account.confirm_email", "user", id));
        Ok(Some(status))
    })
}
