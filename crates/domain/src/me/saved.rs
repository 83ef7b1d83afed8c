//! Saved searches and maps, saved PDF extractions (`/me/saved-*`).

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
#[cfg(feature = "server")]
use validator::Validate as _;

use crate::check::{self, SHORT_TEXT};
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
#[cfg_attr(feature = "server", derive(validator::Validate))]
pub struct SavedSearchForm {
    pub kind: SavedSearchKind,
    #[cfg_attr(feature = "server", validate(
        custom(function = check::not_blank),
        length(max = check::chars(SHORT_TEXT)),
    ))]
    pub name: String,
    #[cfg_attr(feature = "server", validate(length(max = check::chars(MAX_QUERY))))]
    pub query: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", validate(nested))]
    pub map_view: Option<MapView>,
}

impl SavedSearchForm {
    /// Checks that need no database (the query's criteria are checked by the server).
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        check::check_body(self, |_| {})
    }
}

/// The same field rules by hand, for the browser.
#[cfg(any(test, not(feature = "server")))]
impl check::ByHand for SavedSearchForm {
    fn by_hand(&self, c: &mut check::Checks) {
        c.text("name", &self.name, SHORT_TEXT);
        c.optional("query", Some(&self.query), MAX_QUERY);
        if let Some(v) = &self.map_view {
            c.nested("map_view", |c| v.by_hand(c));
        }
    }
}

/// `PATCH /me/saved-searches/{id}`: only the fields given change.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(validator::Validate))]
pub struct SavedSearchPatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", validate(
        custom(function = check::not_blank),
        length(max = check::chars(SHORT_TEXT)),
    ))]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", validate(length(max = check::chars(MAX_QUERY))))]
    pub query: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", validate(nested))]
    pub map_view: Option<MapView>,
}

impl SavedSearchPatch {
    /// Checks the fields (what needs no database): with validator on the server, by hand in
    /// the browser, same fields, codes and messages.
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        check::check_body(self, |_| {})
    }
}

/// The same field rules by hand, for the browser.
#[cfg(any(test, not(feature = "server")))]
impl check::ByHand for SavedSearchPatch {
    fn by_hand(&self, c: &mut check::Checks) {
        if let Some(name) = &self.name {
            c.text("name", name, SHORT_TEXT);
        }
        c.optional("query", self.query.as_deref(), MAX_QUERY);
        if let Some(v) = &self.map_view {
            c.nested("map_view", |c| v.by_hand(c));
        }
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
#[cfg_attr(feature = "server", derive(validator::Validate))]
pub struct SavedExportForm {
    #[cfg_attr(feature = "server", validate(
        custom(function = check::not_blank),
        length(max = check::chars(SHORT_TEXT)),
    ))]
    pub name: String,
    /// The query string of the search to extract, without the leading `?`.
    #[cfg_attr(feature = "server", validate(length(max = check::chars(MAX_QUERY))))]
    pub query: String,
}

impl SavedExportForm {
    /// Checks the fields (what needs no database): with validator on the server, by hand in
    /// the browser, same fields, codes and messages.
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        check::check_body(self, |_| {})
    }
}

/// The same field rules by hand, for the browser.
#[cfg(any(test, not(feature = "server")))]
impl check::ByHand for SavedExportForm {
    fn by_hand(&self, c: &mut check::Checks) {
        c.text("name", &self.name, SHORT_TEXT);
        c.optional("query", Some(&self.query), MAX_QUERY);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{codes, field_rules};
    use crate::{MAX_LATITUDE, MAX_LONGITUDE, MAX_ZOOM, MapLayer};

    fn view(lat: f64, lng: f64, zoom: f64) -> Option<MapView> {
        Some(MapView {
            lat,
            lng,
            zoom,
            layers: vec![MapLayer::Bourse],
        })
    }

    fn search(name: String, query: String, map_view: Option<MapView>) -> Vec<FieldError> {
        let f = SavedSearchForm {
            kind: SavedSearchKind::Map,
            name,
            query,
            map_view,
        };
        field_rules(&f);
        f.check().err().unwrap_or_default()
    }

    #[test]
    fn a_saved_search_is_named_and_bounded() {
        let name = || "n".repeat(SHORT_TEXT);
        let query = || "q".repeat(MAX_QUERY);
        assert!(search(name(), query(), None).is_empty());
        assert!(search(name(), String::new(), None).is_empty());
        assert_eq!(
            codes(&search(" ".into(), query(), None)),
            [("name", "required")]
        );
        assert_eq!(
            codes(&search(
                format!("{}n", name()),
                format!("{}q", query()),
                None
            )),
            [("name", "length"), ("query", "length")]
        );
    }

    #[test]
    fn a_map_view_stays_on_the_map() {
        let ok = |lat, lng, zoom| search("n".into(), String::new(), view(lat, lng, zoom));
        assert!(ok(MAX_LATITUDE, MAX_LONGITUDE, MAX_ZOOM).is_empty());
        assert!(ok(-MAX_LATITUDE, -MAX_LONGITUDE, 0.0).is_empty());
        let errors = ok(MAX_LATITUDE + 0.001, -MAX_LONGITUDE - 0.001, -0.001);
        assert_eq!(
            codes(&errors),
            [
                ("map_view.lat", "range"),
                ("map_view.lng", "range"),
                ("map_view.zoom", "range")
            ]
        );
        let messages: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "Latitude de -90 à 90.",
                "Longitude de -180 à 180.",
                "Zoom de 0 à 20."
            ]
        );
        assert_eq!(
            codes(&ok(0.0, MAX_LONGITUDE + 1.0, MAX_ZOOM + 0.5)),
            [("map_view.lng", "range"), ("map_view.zoom", "range")]
        );
    }

    #[test]
    fn a_patch_checks_only_what_it_changes() {
        let patch = |p: SavedSearchPatch| {
            field_rules(&p);
            p.check().err().unwrap_or_default()
        };
        assert!(patch(SavedSearchPatch::default()).is_empty());
        let blank = SavedSearchPatch {
            name: Some(String::new()),
            query: Some("q".repeat(MAX_QUERY + 1)),
            map_view: view(91.0, 0.0, 3.0),
        };
        assert_eq!(
            codes(&patch(blank)),
            [
                ("name", "required"),
                ("query", "length"),
                ("map_view.lat", "range")
            ]
        );
    }

    #[test]
    fn a_saved_export_is_named_and_bounded() {
        let export = |name: String, query: String| {
            let f = SavedExportForm { name, query };
            field_rules(&f);
            f.check().err().unwrap_or_default()
        };
        assert!(export("n".repeat(SHORT_TEXT), "q".repeat(MAX_QUERY)).is_empty());
        assert_eq!(
            codes(&export(String::new(), "q".repeat(MAX_QUERY + 1))),
            [("name", "required"), ("query", "length")]
        );
        assert_eq!(
            codes(&export("n".repeat(SHORT_TEXT + 1), String::new())),
            [("name", "length")]
        );
    }
}
