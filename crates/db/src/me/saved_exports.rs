//! Saved PDF extractions of the personal space, scoped to their owner.

use atlas_domain::SavedExport;
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::saved_exports;
use crate::write::{Actor, Change, Need, WriteError, now, write_path};
use crate::{DbConn, DbError};

/// A saved extraction without its content.
#[derive(Queryable)]
struct ExportRow {
    id: i32,
    name: String,
    query: String,
    format: String,
    byte_size: i64,
    created_at: NaiveDateTime,
}

impl From<ExportRow> for SavedExport {
    fn from(r: ExportRow) -> Self {
        SavedExport {
            id: r.id,
            name: r.name,
            query: r.query,
            format: r.format,
            byte_size: r.byte_size,
            created_at: r.created_at,
        }
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
    Ok(rows.into_iter().map(SavedExport::from).collect())
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
    let row = write_path!(conn, actor, |c, j| {
        j.authorize(c, Need::User(user_id))?;
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
        j.record(
            Change::new("saved_export.create", "saved_export", row.id)
                .set("name", name.trim())
                .set("query", query)
                .set("byte_size", size),
        );
        Ok::<_, WriteError>(row)
    })?;
    Ok(row.into())
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
    write_path!(conn, actor, |c, j| {
        j.authorize(c, Need::User(user_id))?;
        let target = saved_exports::table
            .find(id)
            .filter(saved_exports::user_id.eq(user_id));
        let Some(before) = target
            .select(export_columns!())
            .first::<ExportRow>(c)
            .optional()?
        else {
            j.unchanged();
            return Ok::<_, WriteError>(false);
        };
        diesel::delete(target).execute(c)?;
        j.record(
            Change::new("saved_export.delete", "saved_export", id)
                .field("name", &before.name, None::<String>)
                .field("byte_size", before.byte_size, None::<i64>),
        );
        Ok(true)
    })
}
