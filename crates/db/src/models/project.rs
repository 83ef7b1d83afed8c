//! Partner authorities, partnerships and projects (fiches-projets) with their details.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::schema::*;

#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = partners, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct PartnerRow {
    pub id: i32,
    pub name: String,
    pub name_folded: String,
    pub kind: String,
    pub country_code: String,
    pub geonameid: Option<i64>,
    pub admin_area: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub website: Option<String>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = partnerships, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct PartnershipRow {
    pub id: i32,
    pub collectivite_id: i32,
    pub partner_id: i32,
    pub is_jumelage: bool,
    pub convention_date: Option<NaiveDate>,
    pub since_year: Option<i32>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = projects, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct ProjectRow {
    pub id: i32,
    pub kind: String,
    pub collectivite_id: i32,
    pub partner_id: Option<i32>,
    pub country_code: String,
    pub title: String,
    pub objectives: Option<String>,
    pub description: Option<String>,
    pub history: Option<String>,
    pub context: Option<String>,
    pub start_year: Option<i32>,
    pub end_year: Option<i32>,
    pub status: String,
    pub budget_cents: Option<i64>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub archived_at: Option<NaiveDateTime>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// The title as a lower-case ASCII key ([`crate::text::fold_key`]), for sorting by name.
    pub title_folded: String,
}

#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = project_themes, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct ProjectThemeRow {
    pub project_id: i32,
    pub theme_id: i32,
}

#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = project_financings, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct ProjectFinancingRow {
    pub id: i32,
    pub project_id: i32,
    pub source_id: i32,
    pub year: i32,
    pub amount_cents: i64,
}

#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = project_collectivites, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct ProjectCollectiviteRow {
    pub project_id: i32,
    pub collectivite_id: i32,
}

#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = project_partners, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct ProjectPartnerRow {
    pub project_id: i32,
    pub partner_id: i32,
}

#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = project_contacts, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct ProjectContactRow {
    pub id: i32,
    pub project_id: i32,
    pub side: String,
    pub name: String,
    pub title: Option<String>,
    pub organisation: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = project_volunteers, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct ProjectVolunteerRow {
    pub id: i32,
    pub project_id: i32,
    pub kind: String,
    pub count: i32,
    pub year: Option<i32>,
}

/// The searchable text of a project, ligatures folded (see [`crate::text::fold_ligatures`]).
#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = project_texts, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct ProjectTextRow {
    pub project_id: i32,
    pub title: String,
    pub body: String,
    pub places: String,
}
