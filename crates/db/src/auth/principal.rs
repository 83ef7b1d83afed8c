//! The principal every authenticated request loads: role, status and scope, read afresh so
//! that a disabled account or a revoked scope stops at once.

use atlas_domain::{AccountStatus, Role};
use diesel::prelude::*;

use crate::schema::{user_collectivites, users};
use crate::stored::Stored;
use crate::{DbConn, DbError};

/// Who a request is made by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub id: i32,
    pub role: Role,
    pub status: AccountStatus,
    pub collectivites: Vec<i32>,
    pub country_code: Option<String>,
    pub region_code: Option<String>,
}

/// A user's stored role, status and scope.
#[derive(Queryable)]
struct AccountRow {
    #[diesel(deserialize_as = Stored<Role>)]
    role: Role,
    #[diesel(deserialize_as = Stored<AccountStatus>)]
    status: AccountStatus,
    country_code: Option<String>,
    region_code: Option<String>,
}

/// The principal of user `id` (any status: the caller decides).
pub fn principal(conn: &mut DbConn, id: i32) -> Result<Option<Principal>, DbError> {
    let found: Option<(AccountRow, Vec<i32>)> = with_conn!(conn, |c| {
        let row = users::table
            .find(id)
            .select((
                users::role,
                users::status,
                users::country_code,
                users::region_code,
            ))
            .first::<AccountRow>(c)
            .optional()?;
        let collectivites = user_collectivites::table
            .filter(user_collectivites::user_id.eq(id))
            .select(user_collectivites::collectivite_id)
            .order(user_collectivites::collectivite_id)
            .load(c)?;
        Ok::<_, diesel::result::Error>(row.map(|row| (row, collectivites)))
    })?;
    Ok(found.map(|(row, collectivites)| Principal {
        id,
        role: row.role,
        status: row.status,
        collectivites,
        country_code: row.country_code,
        region_code: row.region_code,
    }))
}
