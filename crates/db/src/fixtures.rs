//! Accounts for integration tests (feature `testing`): active users of any role and scope,
//! written directly, and small state changes the tests arrange.

use atlas_domain::{AccountStatus, Role};
use diesel::prelude::*;

use crate::admin::LinkWrite;
use crate::schema::{bourse_requests, users};
use crate::write::now;
use crate::{DbConn, DbError};

/// A user to create.
#[derive(Debug, Clone)]
pub struct TestUser<'a> {
    pub email: &'a str,
    pub password_hash: &'a str,
    pub role: Role,
    pub status: AccountStatus,
    pub collectivites: &'a [i32],
    pub country_code: Option<&'a str>,
    pub region_code: Option<&'a str>,
}

/// Creates the user; its id.
pub fn insert_user(conn: &mut DbConn, u: &TestUser<'_>) -> Result<i32, DbError> {
    Ok(write_tx!(conn, |c| {
        let at = now();
        let id: i32 = diesel::insert_into(users::table)
            .values((
                users::email.eq(u.email),
                users::password_hash.eq(u.password_hash),
                users::first_name.eq("Prénom"),
                users::last_name.eq("Nom"),
                users::role.eq(u.role.as_str()),
                users::status.eq(u.status.as_str()),
                users::country_code.eq(u.country_code),
                users::region_code.eq(u.region_code),
                users::email_confirmed_at.eq(Some(at)),
                users::failed_logins.eq(0),
                users::version.eq(1),
                users::created_at.eq(at),
                users::updated_at.eq(at),
            ))
            .returning(users::id)
            .get_result(c)?;
        for coll in u.collectivites {
            c.link(id, *coll)?;
        }
        Ok::<_, diesel::result::Error>(id)
    })?)
}

/// Puts Bourse request `id` back in moderation (status `submitted`).
pub fn resubmit_bourse_request(conn: &mut DbConn, id: i32) -> Result<(), DbError> {
    with_conn!(conn, |c| diesel::update(bourse_requests::table.find(id))
        .set((
            bourse_requests::status.eq("submitted"),
            bourse_requests::rejection_reason.eq(None::<String>),
            bourse_requests::published_at.eq(None::<chrono::NaiveDateTime>),
        ))
        .execute(c))?;
    Ok(())
}
