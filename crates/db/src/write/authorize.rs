//! The scope check of the write path, read inside the write's transaction: the actor's
//! account, role and scope as they are now, not as they were when the request was
//! authenticated. A scope revoked between two calls stops the second one.

use atlas_domain::{AccountStatus, Role};
use diesel::prelude::*;

use super::{Actor, WriteError};
use crate::schema::{user_collectivites, users};

/// What a write requires of its actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Need<'a> {
    /// Anyone, signed in or not (an account request, a sign-in, a password reset by token).
    Anyone,
    /// The active user `id` itself (its personal space, its password).
    User(i32),
    /// An active DAECT administrator.
    Admin,
    /// An administrator, or an active embassy of the country `code`.
    Country(&'a str),
    /// An administrator, or an active agent of the collectivité `id`.
    Collectivite(i32),
    /// An administrator, or an active préfecture of the région `code`.
    Region(&'a str),
}

/// The actor's account as stored: role, status, country and région.
#[derive(Queryable)]
struct Account {
    role: String,
    status: String,
    country_code: Option<String>,
    region_code: Option<String>,
}

/// Reading an actor's scope on either backend's connection, inside the write's transaction.
pub(crate) trait Authorize {
    fn allows(&mut self, actor: &Actor, need: &Need<'_>) -> Result<bool, WriteError>;
}

impl_for_backends!(Authorize {
    fn allows(&mut self, actor: &Actor, need: &Need<'_>) -> Result<bool, WriteError> {
        if *need == Need::Anyone {
            return Ok(true);
        }
        let Some(user_id) = actor.user_id else {
            return Ok(false);
        };
        let Some(account) = users::table
            .find(user_id)
            .select((users::role, users::status, users::country_code, users::region_code))
            .first::<Account>(self)
            .optional()?
        else {
            return Ok(false);
        };
        let role: Role = account.role.parse().map_err(|_| WriteError::stored("users.role", &account.role))?;
        let status: AccountStatus = account
            .status
            .parse()
            .map_err(|_| WriteError::stored("users.status", &account.status))?;
        if status != AccountStatus::Active {
            return Ok(false);
        }
        Ok(match need {
            Need::Anyone => true,
            Need::User(id) => *id == user_id,
            Need::Admin => role == Role::Admin,
            Need::Country(code) => {
                role == Role::Admin
                    || (role == Role::Ambassade && account.country_code.as_deref() == Some(*code))
            }
            Need::Region(code) => {
                role == Role::Admin
                    || (role == Role::Prefecture && account.region_code.as_deref() == Some(*code))
            }
            Need::Collectivite(id) => {
                role == Role::Admin
                    || (role == Role::Collectivite
                        && user_collectivites::table
                            .filter(user_collectivites::user_id.eq(user_id))
                            .filter(user_collectivites::collectivite_id.eq(*id))
                            .count()
                            .get_result::<i64>(self)?
                            > 0)
            }
        })
    }
});
