//! The personal space: saved searches and maps, saved PDF extractions. Every read and write
//! is scoped to its owner: another user's id is "not found".

use atlas_domain::{MapView, SavedExport, SavedSearch, SavedSearchForm, SavedSearchPatch};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde_json::json;

use super::audit::{AuditWrite, Change};
use super::{Actor, now};
use crate::models::SavedSearchRow;
use crate::schema::{saved_exports, saved_searches};
use crate::{DbConn, DbError};

fn to_saved(r: SavedSearchRow) -> SavedSearch {
    SavedSearch {
        id: r.id,
        kind: r
            .kind
            .parse()
            .unwrap_or(atlas_domain::SavedSearchKind::Search),
        name: r.name,
        query: r.query,
        map_view: r
            .map_view
            .and_then(|v| serde_json::from_str::<MapView>(&v).ok()),
        created_at: r.created_at,
        updated_at: r.updated_at,
    }
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
    Ok(rows.into_iter().map(to_saved).collect())
}

/// One saved search of the user.
pub fn search(conn: &mut DbConn, user_id: i32, id: i32) -> Result<Option<SavedSearch>, DbError> {
    let row: Option<SavedSearchRow> = with_conn!(conn, |c| saved_searches::table
        .find(id)
        .filter(saved_searches::user_id.eq(user_id))
        .select(SavedSearchRow::as_select())
        .first(c)
        .optional())?;
    Ok(row.map(to_saved))
}

pub fn create_search(
    conn: &mut DbConn,
    user_id: i32,
    f: &SavedSearchForm,
    actor: &Actor,
) -> Result<SavedSearch, DbError> {
    let id = write_tx!(conn, |c| {
        let at = now();
        let id: i32 = diesel::insert_into(saved_searches::table)
            .values((
                saved_searches::user_id.eq(user_id),
                saved_searches::kind.eq(f.kind.as_str()),
                saved_searches::name.eq(f.name.trim()),
                saved_searches::query.eq(&f.query),
                saved_searches::map_view.eq(view_text(f.map_view.as_ref())),
                saved_searches::created_at.eq(at),
                saved_searches::updated_at.eq(at),
            ))
            .returning(saved_searches::id)
            .get_result(c)?;
        c.audit(
            actor,
            &Change::new("saved_search.create", "saved_search", id)
                .with(json!({"kind": f.kind, "name": f.name, "query": f.query})),
        )?;
        Ok::<_, diesel::result::Error>(id)
    })?;
    search(conn, user_id, id)?.ok_or(DbError::Query(diesel::result::Error::NotFound))
}

/// Changes the given fields of the user's saved search; `None` if it is not theirs.
pub fn update_search(
    conn: &mut DbConn,
    user_id: i32,
    id: i32,
    p: &SavedSearchPatch,
    actor: &Actor,
) -> Result<Option<SavedSearch>, DbError> {
    let found = write_tx!(conn, |c| {
        let target = saved_searches::table
            .find(id)
            .filter(saved_searches::user_id.eq(user_id));
        let exists: i64 = target.count().get_result(c)?;
        if exists == 0 {
            return Ok::<_, diesel::result::Error>(false);
        }
        if let Some(name) = &p.name {
            diesel::update(target)
                .set(saved_searches::name.eq(name.trim()))
                .execute(c)?;
        }
        if let Some(query) = &p.query {
            diesel::update(target)
                .set(saved_searches::query.eq(query))
                .execute(c)?;
        }
        if let Some(view) = &p.map_view {
            diesel::update(target)
                .set(saved_searches::map_view.eq(view_text(Some(view))))
                .execute(c)?;
        }
        diesel::update(target)
            .set(saved_searches::updated_at.eq(now()))
            .execute(c)?;
        c.audit(
            actor,
            &Change::new("saved_search.update", "saved_search", id)
                .with(json!({"name": p.name, "query": p.query, "map_view": p.map_view})),
        )?;
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
    Ok(write_tx!(conn, |c| {
        let n = diesel::delete(
            saved_searches::table
                .find(id)
                .filter(saved_searches::user_id.eq(user_id)),
        )
        .execute(c)?;
        if n > 0 {
            c.audit(
                actor,
                &Change::new("saved_search.delete", "saved_search", id),
            )?;
        }
        Ok::<_, diesel::result::Error>(n > 0)
    })?)
}

type ExportRow = (i32, String, String, String, i64, NaiveDateTime);

fn to_export(r: ExportRow) -> SavedExport {
    SavedExport {
        id: r.0,
        name: r.1,
        query: r.2,
        format: r.3,
        byte_size: r.4,
        created_at: r.5,
    }
}

macro_rules! export_columns {
    () => {
        (
            saved_exports::id,
            saved_exports::name,
            saved_exports::query,
            saved_exports::format,
            saved_exports::byte_size,
            saved_exports::created_at,
        )
    };
}

/// The user's saved extractions (without their content), newest first.
pub fn exports(conn: &mut DbConn, user_id: i32) -> Result<Vec<SavedExport>, DbError> {
    let rows: Vec<ExportRow> = with_conn!(conn, |c| saved_exports::table
        .filter(saved_exports::user_id.eq(user_id))
        .order(saved_exports::id.desc())
        .select(export_columns!())
        .load(c))?;
    Ok(rows.into_iter().map(to_export).collect())
}

/// Stores a PDF extraction.
pub fn create_export(
    conn: &mut DbConn,
    user_id: i32,
    name: &str,
    query: &str,
    pdf: &[u8],
    actor: &Actor,
) -> Result<SavedExport, DbError> {
    let size = i64::try_from(pdf.len()).unwrap_or(i64::MAX);
    let row = write_tx!(conn, |c| {
        let row: ExportRow = diesel::insert_into(saved_exports::table)
            .values((
                saved_exports::user_id.eq(user_id),
                saved_exports::name.eq(name.trim()),
                saved_exports::query.eq(query),
                saved_exports::format.eq("pdf"),
                saved_exports::content.eq(pdf),
                saved_exports::byte_size.eq(size),
                saved_exports::created_at.eq(now()),
            ))
            .returning(export_columns!())
            .get_result(c)?;
        c.audit(
            actor,
            &Change::new("saved_export.create", "saved_export", row.0)
                .with(json!({"name": name, "query": query, "byte_size": size})),
        )?;
        Ok::<_, diesel::result::Error>(row)
    })?;
    Ok(to_export(row))
}

/// The name and content of the user's saved extraction.
pub fn export_file(
    conn: &mut DbConn,
    user_id: i32,
    id: i32,
) -> Result<Option<(String, Vec<u8>)>, DbError> {
    Ok(with_conn!(conn, |c| saved_exports::table
        .find(id)
        .filter(saved_exports::user_id.eq(user_id))
        .select((saved_exports::name, saved_exports::content))
        .first(c)
        .optional())?)
}

/// Deletes the user's saved extraction; `false` if it is not theirs.
pub fn delete_export(
    conn: &mut DbConn,
    user_id: i32,
    id: i32,
    actor: &Actor,
) -> Result<bool, DbError> {
    Ok(write_tx!(conn, |c| {
        let n = diesel::delete(
            saved_exports::table
                .find(id)
                .filter(saved_exports::user_id.eq(user_id)),
        )
        .execute(c)?;
        if n > 0 {
            c.audit(
                actor,
                &Change::new("saved_export.delete", "saved_export", id),
            )?;
        }
        Ok::<_, diesel::result::Error>(n > 0)
    })?)
}
