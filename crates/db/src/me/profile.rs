//! The signed-in user's own profile, with the names of its scope.

use atlas_domain::{CodeName, IdName, Me, Role};
use diesel::prelude::*;

use crate::schema::{collectivites, countries, regions, user_collectivites, users};
use crate::stored::Stored;
use crate::{DbConn, DbError};

/// The collectivités, country and région of a user, with their names.
pub(crate) struct ScopeNames {
    pub collectivites: Vec<IdName>,
    pub country: Option<CodeName>,
    pub region: Option<CodeName>,
}

/// The collectivités, country and région of user `id`, with their names.
pub(crate) fn scope_names(conn: &mut DbConn, id: i32) -> Result<ScopeNames, DbError> {
    Ok(with_conn!(conn, |c| {
        let collectivites = user_collectivites::table
            .inner_join(collectivites::table)
            .filter(user_collectivites::user_id.eq(id))
            .order(collectivites::name)
            .select((collectivites::id, collectivites::name))
            .load::<(i32, String)>(c)?
            .into_iter()
            .map(|(id, name)| IdName { id, name })
            .collect();
        let country = users::table
            .inner_join(countries::table.on(countries::code.nullable().eq(users::country_code)))
            .filter(users::id.eq(id))
            .select((countries::code, countries::name_fr))
            .first::<(String, String)>(c)
            .optional()?
            .map(|(code, name)| CodeName { code, name });
        let region = users::table
            .inner_join(regions::table.on(regions::code.nullable().eq(users::region_code)))
            .filter(users::id.eq(id))
            .select((regions::code, regions::name))
            .first::<(String, String)>(c)
            .optional()?
            .map(|(code, name)| CodeName { code, name });
        Ok::<_, diesel::result::Error>(ScopeNames {
            collectivites,
            country,
            region,
        })
    })?)
}

/// A user's own fields.
#[derive(Queryable)]
struct ProfileRow {
    email: String,
    first_name: String,
    last_name: String,
    job_title: Option<String>,
    #[diesel(deserialize_as = Stored<Role>)]
    role: Role,
}

/// `GET /me`.
pub fn me(conn: &mut DbConn, id: i32) -> Result<Me, DbError> {
    let row: ProfileRow = with_conn!(conn, |c| users::table
        .find(id)
        .select((
            users::email,
            users::first_name,
            users::last_name,
            users::job_title,
            users::role
        ))
        .first(c))?;
    let scope = scope_names(conn, id)?;
    Ok(Me {
        id,
        email: row.email,
        first_name: row.first_name,
        last_name: row.last_name,
        job_title: row.job_title,
        role: row.role,
        collectivites: scope.collectivites,
        country: scope.country,
        region: scope.region,
    })
}
