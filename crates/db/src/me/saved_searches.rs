//! Saved searches and maps of the personal space. Every read and write is scoped to its
//! owner: another user's id is "not found".

use atlas_domain::{MapView, SavedSearch, SavedSearchForm, SavedSearchPatch};
use diesel::prelude::*;

use crate::models::SavedSearchRow;
use crate::schema::saved_searches;
use crate::stored::Stored;
use crate::write::{Actor, Change, Need, WriteError, now, write_path};
use crate::{DbConn, DbError};

fn to_saved(r: SavedSearchRow) -> Result<SavedSearch, DbError> {
    let map_view = r
        .map_view
        .map(|v| {
            serde_json::from_str::<MapView>(&v)
                .map_err(|_| DbError::stored("saved_searches.map_view", v))
        })
        .transpose()?;
    Ok(SavedSearch {
        id: r.id,
        kind: r.kind,
        name: r.name,
        query: r.query,
        map_view,
        created_at: r.created_at,
        updated_at: r.updated_at,
    })
}

fn view_text(v: Option<&MapView>) -> Option<String> {
    v.and_then(|v| serde_json::to_string(v).ok())
}

/// The user's saved searches and maps, newest first.
pub fn searches(conn: &mut DbConn, user_id: i32) -> Result<Vec<SavedSearch>, DbError> {
    let rows: Vec<SavedSearchRow> = with_conn!(conn, |c| saved_searches::table
        .filter(saved_searches::user_id.eq(user_id))
        .order(saved_searches::id.desc())
        .select(SavedSearchRow::as_select())
        .load(c))?;
    rows.into_iter().map(to_saved).collect()
}

/// One saved search of the user.
pub fn search(conn: &mut DbConn, user_id: i32, id: i32) -> Result<Option<SavedSearch>, DbError> {
    let row: Option<SavedSearchRow> = with_conn!(conn, |c| saved_searches::table
        .find(id)
        .filter(saved_searches::user_id.eq(user_id))
        .select(SavedSearchRow::as_select())
        .first(c)
        .optional())?;
    row.map(to_saved).transpose()
}

/// Saves a search or a map for its owner.
pub fn create_search(
    conn: &mut DbConn,
    user_id: i32,
    f: &SavedSearchForm,
    actor: &Actor,
) -> Result<SavedSearch, DbError> {
    let id = write_path!(conn, actor, |c, j| {
        j.authorize(c, Need::User(user_id))?;
        let at = now();
        let view = view_text(f.map_view.as_ref());
        let id: i32 = diesel::insert_into(saved_searches::table)
            .values((
                saved_searches::user_id.eq(user_id),
                saved_searches::kind.eq(Stored(f.kind)),
                saved_searches::name.eq(f.name.trim()),
                saved_searches::query.eq(&f.query),
                saved_searches::map_view.eq(&view),
                saved_searches::created_at.eq(at),
                saved_searches::updated_at.eq(at),
            ))
            .returning(saved_searches::id)
            .get_result(c)?;
        j.record(
            Change::new("saved_search.create", "saved_search", id)
                .set("kind", f.kind)
                .set("name", f.name.trim())
                .set("query", &f.query)
                .set("map_view", view),
        );
        Ok::<_, WriteError>(id)
    })?;
    search(conn, user_id, id)?.ok_or(DbError::NotFound)
}

/// Changes the given fields of the user's saved search; `None` if it is not theirs.
pub fn update_search(
    conn: &mut DbConn,
    user_id: i32,
    id: i32,
    p: &SavedSearchPatch,
    actor: &Actor,
) -> Result<Option<SavedSearch>, DbError> {
    let found = write_path!(conn, actor, |c, j| {
        j.authorize(c, Need::User(user_id))?;
        let target = saved_searches::table
            .find(id)
            .filter(saved_searches::user_id.eq(user_id));
        let Some(before) = target
            .select(SavedSearchRow::as_select())
            .first(c)
            .optional()?
        else {
            j.unchanged();
            return Ok::<_, WriteError>(false);
        };
        let name = p.name.as_deref().map_or(before.name.as_str(), str::trim);
        let query = p.query.as_deref().unwrap_or(&before.query);
        let view = match &p.map_view {
            Some(v) => view_text(Some(v)),
            None => before.map_view.clone(),
        };
        diesel::update(target)
            .set((
                saved_searches::name.eq(name),
                saved_searches::query.eq(query),
                saved_searches::map_view.eq(&view),
                saved_searches::updated_at.eq(now()),
            ))
            .execute(c)?;
        j.record(
            Change::new("saved_search.update", "saved_search", id)
                .field("name", &before.name, name)
                .field("query", &before.query, query)
                .field("map_view", &before.map_view, &view),
        );
        Ok(true)
    })?;
    if found {
        search(conn, user_id, id)
    } else {
        Ok(None)
    }
}

/// Deletes the user's saved search; `false` if it is not theirs.
pub fn delete_search(
    conn: &mut DbConn,
    user_id: i32,
    id: i32,
    actor: &Actor,
) -> Result<bool, DbError> {
    write_path!(conn, actor, |c, j| {
        j.authorize(c, Need::User(user_id))?;
        let target = saved_searches::table
            .find(id)
            .filter(saved_searches::user_id.eq(user_id));
        let Some(before) = target
            .select(SavedSearchRow::as_select())
            .first(c)
            .optional()?
        else {
            j.unchanged();
            return Ok::<_, WriteError>(false);
        };
        diesel::delete(target).execute(c)?;
        j.record(
            Change::new("saved_search.delete", "saved_search", id)
                .field("name", &before.name, None::<String>)
                .field("query", &before.query, None::<String>),
        );
        Ok(true)
    })
}
