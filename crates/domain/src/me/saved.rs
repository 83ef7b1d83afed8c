//! Saved searches and maps, saved PDF extractions (`/me/saved-*`).

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::check::{Checks, SHORT_TEXT};
use crate::{FieldError, MapView};

wire_enum! {
    /// A saved search reopens the results list; a saved map reopens the map view.
    SavedSearchKind {
        Search = "search": "Recherche",
        Map = "map": "Carte",
    }
}

/// Longest saved query string.
pub const MAX_QUERY: usize = 4000;

/// A saved search or map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct SavedSearch {
    pub id: i32,
    pub kind: SavedSearchKind,
    pub name: String,
    /// The query string of `/recherche` and `/api/v1/search`, without the leading `?`.
    pub query: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub map_view: Option<MapView>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// `POST /me/saved-searches`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct SavedSearchForm {
    pub kind: SavedSearchKind,
    pub name: String,
    pub query: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub map_view: Option<MapView>,
}

impl SavedSearchForm {
    /// Checks that need no database (the query's criteria are checked by the server).
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        let mut c = Checks::default();
        c.text("name", &self.name, SHORT_TEXT);
        c.optional("query", Some(&self.query), MAX_QUERY);
        if let Some(v) = &self.map_view {
            v.check(&mut c);
        }
        c.done()
    }
}

/// `PATCH /me/saved-searches/{id}`: only the fields given change.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct SavedSearchPatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub map_view: Option<MapView>,
}

impl SavedSearchPatch {
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        let mut c = Checks::default();
        if let Some(name) = &self.name {
            c.text("name", name, SHORT_TEXT);
        }
        c.optional("query", self.query.as_deref(), MAX_QUERY);
        if let Some(v) = &self.map_view {
            v.check(&mut c);
        }
        c.done()
    }
}

/// A saved PDF extraction of a search.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct SavedExport {
    pub id: i32,
    pub name: String,
    pub query: String,
    /// Always `pdf`.
    pub format: String,
    pub byte_size: i64,
    pub created_at: NaiveDateTime,
}

/// `POST /me/saved-exports`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct SavedExportForm {
    pub name: String,
    /// The query string of the search to extract, without the leading `?`.
    pub query: String,
}

impl SavedExportForm {
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        let mut c = Checks::default();
        c.text("name", &self.name, SHORT_TEXT);
        c.optional("query", Some(&self.query), MAX_QUERY);
        c.done()
    }
}
