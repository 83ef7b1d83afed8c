//! Bourse projets: cooperation requests from foreign authorities.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::*;

#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = bourse_requests, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct BourseRequestRow {
    pub id: i32,
    pub authority_name: String,
    pub authority_kind: String,
    pub country_code: String,
    pub city: Option<String>,
    pub geonameid: Option<i64>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub partner_id: Option<i32>,
    pub contact_name: String,
    pub contact_title: Option<String>,
    pub contact_email: String,
    pub contact_phone: Option<String>,
    pub title: String,
    pub description: String,
    pub objectives: Option<String>,
    pub sought_partner: Option<String>,
    pub language: Option<String>,
    pub status: String,
    pub email_confirmed_at: Option<NaiveDateTime>,
    pub rejection_reason: Option<String>,
    pub closed_reason: Option<String>,
    pub matched_collectivite_id: Option<i32>,
    pub moderated_by: Option<i32>,
    pub moderated_at: Option<NaiveDateTime>,
    pub published_at: Option<NaiveDateTime>,
    pub closed_at: Option<NaiveDateTime>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = bourse_request_themes, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct BourseRequestThemeRow {
    pub request_id: i32,
    pub theme_id: i32,
}

/// The searchable text of a Bourse request, ligatures folded: build it with
/// [`crate::text::bourse_text`] whenever a request is written.
#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = bourse_texts, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct BourseTextRow {
    pub request_id: i32,
    pub title: String,
    pub body: String,
    pub places: String,
}
