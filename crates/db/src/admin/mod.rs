//! The admin's account work: requests to validate or refuse (`requests`), users to list,
//! disable, enable, and attach to more collectivités (`users`).

mod requests;
mod users;

use diesel::prelude::*;

use crate::schema::user_collectivites;

pub use requests::*;
pub use users::*;

/// Attaching a user to a collectivité, inside the caller's transaction.
pub(crate) trait LinkWrite {
    fn link(&mut self, user_id: i32, collectivite_id: i32) -> QueryResult<()>;
}

impl_for_backends!(LinkWrite {
    fn link(&mut self, user_id: i32, collectivite_id: i32) -> QueryResult<()> {
        let exists: i64 = user_collectivites::table
            .filter(user_collectivites::user_id.eq(user_id))
            .filter(user_collectivites::collectivite_id.eq(collectivite_id))
            .count()
            .get_result(self)?;
        if exists == 0 {
            diesel::insert_into(user_collectivites::table)
                .values((
                    user_collectivites::user_id.eq(user_id),
                    user_collectivites::collectivite_id.eq(collectivite_id),
                ))
                .execute(self)?;
        }
        Ok(())
    }
});
