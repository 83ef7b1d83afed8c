//! Users, their scopes, tokens and personal space.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::*;

#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = users, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct UserRow {
    pub id: i32,
    pub email: String,
    pub password_hash: String,
    pub first_name: String,
    pub last_name: String,
    pub job_title: Option<String>,
    pub phone: Option<String>,
    pub role: String,
    pub status: String,
    pub country_code: Option<String>,
    pub region_code: Option<String>,
    pub requested_entity_kind: Option<String>,
    pub requested_entity_code: Option<String>,
    pub email_confirmed_at: Option<NaiveDateTime>,
    pub validated_at: Option<NaiveDateTime>,
    pub validated_by: Option<i32>,
    pub refusal_reason: Option<String>,
    pub disabled_at: Option<NaiveDateTime>,
    pub failed_logins: i32,
    pub locked_until: Option<NaiveDateTime>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = user_collectivites, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct UserCollectiviteRow {
    pub user_id: i32,
    pub collectivite_id: i32,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = refresh_tokens, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct RefreshTokenRow {
    pub id: i32,
    pub user_id: i32,
    pub family: String,
    pub token_hash: String,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub used_at: Option<NaiveDateTime>,
    pub revoked_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = user_tokens, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct UserTokenRow {
    pub id: i32,
    pub user_id: i32,
    pub purpose: String,
    pub token_hash: String,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub used_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = saved_searches, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct SavedSearchRow {
    pub id: i32,
    pub user_id: i32,
    #[diesel(deserialize_as = crate::stored::Stored<atlas_domain::SavedSearchKind>)]
    pub kind: atlas_domain::SavedSearchKind,
    pub name: String,
    pub query: String,
    pub map_view: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = saved_exports, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct SavedExportRow {
    pub id: i32,
    pub user_id: i32,
    pub name: String,
    pub query: String,
    pub format: String,
    pub content: Vec<u8>,
    pub byte_size: i64,
    pub created_at: NaiveDateTime,
}
