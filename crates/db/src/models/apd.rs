//! APD declarations (e-APD) and their lines.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::*;

#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = apd_declarations, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct ApdDeclarationRow {
    pub id: i32,
    pub collectivite_id: i32,
    pub year: i32,
    pub status: String,
    pub is_zero: bool,
    pub submitted_at: Option<NaiveDateTime>,
    pub submitted_by: Option<i32>,
    pub reopened_at: Option<NaiveDateTime>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = apd_lines, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct ApdLineRow {
    pub id: i32,
    pub declaration_id: i32,
    pub line_type: String,
    pub country_code: Option<String>,
    pub theme_id: Option<i32>,
    pub amount_cents: i64,
    pub description: Option<String>,
}
