//! The project criteria shared by search, map layers, lists and exports: one query-string
//! form (`ProjectQuery`) parsed into one typed filter (`ProjectFilter`, see `parse.rs`).
//!
//! AND across criteria, OR within one. Lists are comma-separated (`theme=patrimoine,culture`).
//! Financing is a list of `source` or `source:year` (`financing=mae-daect:2009,afd` means
//! "co-financed by the MAE in 2009 or by the AFD").

use serde::{Deserialize, Serialize};

use super::query_string;
use crate::{CollectiviteKind, ProjectKind, ProjectStatus};

/// Project criteria as they appear in a query string. All values are text so the form can be
/// combined with other query structs; [`ProjectQuery::parse`] validates them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::IntoParams, utoipa::ToSchema))]
#[cfg_attr(feature = "server", into_params(parameter_in = Query))]
pub struct ProjectQuery {
    /// Keywords over titles, texts, collectivité and partner names and places (accent-, case-
    /// and ligature-insensitive; the last word matches as a prefix).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// Kinds: `cooperation_decentralisee`, `autre_action_exterieure` (comma-separated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Theme codes (comma-separated), e.g. `patrimoine,culture`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// `true`: twinnings only; `false`: no twinnings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jumelage: Option<String>,
    /// Financing sources, each optionally with a year: `mae-daect:2009,afd`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub financing: Option<String>,
    /// Projects active in or after this year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year_from: Option<String>,
    /// Projects active in or before this year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year_to: Option<String>,
    /// Statuses: `en_cours`, `termine`, `archive` (comma-separated; default: active ones).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Continent codes (comma-separated), e.g. `asie`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continent: Option<String>,
    /// Sub-continent codes (comma-separated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subcontinent: Option<String>,
    /// ISO 3166-1 alpha-2 country codes (comma-separated), e.g. `IN,VN`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Région codes of the lead collectivité (comma-separated), e.g. `84`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Département codes of the lead collectivité (comma-separated), e.g. `69,2A`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub departement: Option<String>,
    /// Collectivité ids, lead or French co-participant (comma-separated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collectivite: Option<String>,
    /// Types of the lead collectivité (comma-separated), e.g. `commune,region`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collectivite_kind: Option<String>,
    /// Partner authority ids, lead or foreign participant (comma-separated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner: Option<String>,
    /// `true`: projects with volunteers; `false`: without.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volunteers: Option<String>,
}

impl ProjectQuery {
    /// The query parameters of the form, as named in query strings.
    pub const PARAMS: &'static [&'static str] = &[
        "q",
        "kind",
        "theme",
        "jumelage",
        "financing",
        "year_from",
        "year_to",
        "status",
        "continent",
        "subcontinent",
        "country",
        "region",
        "departement",
        "collectivite",
        "collectivite_kind",
        "partner",
        "volunteers",
    ];

    /// The form as a query string (`theme=patrimoine&country=IN`), empty fields left out.
    pub fn to_query_string(&self) -> String {
        query_string(self)
    }
}

/// One financing criterion: a source code, in a given year or any year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FinancingCriterion {
    pub source: String,
    pub year: Option<i32>,
}

/// Validated project criteria. Empty lists mean "any".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectFilter {
    /// Normalised keywords (see [`super::keywords`]).
    pub words: Vec<String>,
    pub kinds: Vec<ProjectKind>,
    pub themes: Vec<String>,
    pub jumelage: Option<bool>,
    pub financings: Vec<FinancingCriterion>,
    pub year_from: Option<i32>,
    pub year_to: Option<i32>,
    /// Empty means the active statuses (`en_cours`, `termine`).
    pub statuses: Vec<ProjectStatus>,
    pub continents: Vec<String>,
    pub subcontinents: Vec<String>,
    pub countries: Vec<String>,
    pub regions: Vec<String>,
    pub departements: Vec<String>,
    pub collectivites: Vec<i32>,
    pub collectivite_kinds: Vec<CollectiviteKind>,
    pub partners: Vec<i32>,
    pub volunteers: Option<bool>,
}

impl ProjectFilter {
    /// Whether a criterion only projects can meet is set: keywords, kinds, the French side
    /// (région, département, collectivité and its type), financing, years, statuses, twinning,
    /// volunteers. Bourse requests (foreign authorities still looking for a French partner)
    /// can only match filters without them: by theme, continent, sub-continent, country or
    /// partner authority.
    pub fn has_project_only_criteria(&self) -> bool {
        !self.words.is_empty()
            || !self.kinds.is_empty()
            || self.jumelage.is_some()
            || !self.financings.is_empty()
            || self.year_from.is_some()
            || self.year_to.is_some()
            || !self.statuses.is_empty()
            || !self.regions.is_empty()
            || !self.departements.is_empty()
            || !self.collectivites.is_empty()
            || !self.collectivite_kinds.is_empty()
            || self.volunteers.is_some()
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_name_every_field_and_query_strings_round_trip() {
        let full: serde_json::Map<String, serde_json::Value> = ProjectQuery::PARAMS
            .iter()
            .map(|p| ((*p).to_owned(), serde_json::Value::String("x".into())))
            .collect();
        let query: ProjectQuery = serde_json::from_value(serde_json::Value::Object(full)).unwrap();
        let json = serde_json::to_value(&query).unwrap();
        assert_eq!(json.as_object().unwrap().len(), ProjectQuery::PARAMS.len());
        let q = ProjectQuery {
            q: Some("cœur & âme".into()),
            financing: Some("mae-daect:2009,afd".into()),
            ..Default::default()
        };
        assert_eq!(
            q.to_query_string(),
            "financing=mae-daect:2009,afd&q=c%C5%93ur%20%26%20%C3%A2me"
        );
    }
}
