//! Searching the Bourse projets (published cooperation requests of foreign authorities) with
//! the same engine as projects: keywords, criteria, facets, highlighted hits.

use serde::{Deserialize, Serialize};

use crate::search::CodeLists;
use crate::search::{Named, TextPart};
use crate::{FieldError, PartnerKind};

/// Bourse criteria as they appear in a query string (all text; [`BourseQuery::parse`]
/// validates). AND across criteria, OR within one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::IntoParams, utoipa::ToSchema))]
#[cfg_attr(feature = "server", into_params(parameter_in = Query))]
pub struct BourseQuery {
    /// Keywords over title, description, objectives, sought partner, authority and places
    /// (accent-, case- and ligature-insensitive; the last word matches as a prefix).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// Theme codes (comma-separated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// Continent codes (comma-separated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continent: Option<String>,
    /// Sub-continent codes (comma-separated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subcontinent: Option<String>,
    /// ISO 3166-1 alpha-2 country codes (comma-separated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Types of the requesting authority (comma-separated): `municipalite`, `province`,
    /// `district`, `groupement`, `autre`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authority_kind: Option<String>,
}

impl BourseQuery {
    /// The query parameters of the form.
    pub const PARAMS: &'static [&'static str] = &[
        "q",
        "theme",
        "continent",
        "subcontinent",
        "country",
        "authority_kind",
    ];
}

/// Validated Bourse criteria. Empty lists mean "any". Only published requests are searched.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BourseFilter {
    pub words: Vec<String>,
    pub themes: Vec<String>,
    pub continents: Vec<String>,
    pub subcontinents: Vec<String>,
    pub countries: Vec<String>,
    pub authority_kinds: Vec<PartnerKind>,
}

impl BourseQuery {
    /// Validates every criterion, reporting all invalid fields at once.
    pub fn parse(&self) -> Result<BourseFilter, Vec<FieldError>> {
        let mut lists = CodeLists::default();
        let mut f = BourseFilter {
            words: lists.keywords(self.q.as_deref()),
            themes: lists.codes("theme", &self.theme, false),
            continents: lists.codes("continent", &self.continent, false),
            subcontinents: lists.codes("subcontinent", &self.subcontinent, false),
            countries: lists.codes("country", &self.country, true),
            ..Default::default()
        };
        for value in lists.items(&self.authority_kind) {
            match value.parse::<PartnerKind>() {
                Ok(k) if !f.authority_kinds.contains(&k) => f.authority_kinds.push(k),
                Ok(_) => {}
                Err(_) => lists.error(
                    "authority_kind",
                    "unknown",
                    format!("Valeur inconnue : {value}"),
                ),
            }
        }
        lists.finish(f)
    }
}

/// One published Bourse request found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct BourseHit {
    pub id: i32,
    pub title: String,
    pub title_parts: Vec<TextPart>,
    pub snippet: Vec<TextPart>,
    /// The requesting foreign authority, as it declared itself.
    pub authority: String,
    pub authority_kind: PartnerKind,
    pub country: Named,
    pub city: Option<String>,
    pub themes: Vec<Named>,
    /// Publication date (ISO 8601).
    pub published_on: Option<chrono::NaiveDate>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// Path of the request in the app.
    pub href: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_field_and_reports_errors() {
        let ok = BourseQuery {
            q: Some("Eau potable".into()),
            country: Some("sn,ml".into()),
            authority_kind: Some("municipalite".into()),
            ..Default::default()
        }
        .parse()
        .unwrap();
        assert_eq!(ok.words, ["eau", "potable"]);
        assert_eq!(ok.countries, ["SN", "ML"]);
        assert_eq!(ok.authority_kinds, [PartnerKind::Municipalite]);
        let err = BourseQuery {
            country: Some("S N".into()),
            authority_kind: Some("empire".into()),
            ..Default::default()
        }
        .parse()
        .unwrap_err();
        let fields: Vec<&str> = err.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["country", "authority_kind"]);
    }
}
