//! Search results: the options a search adds to the project criteria (sort, page), the hits
//! with their highlighted text, and the facet counts of every criterion.
//!
//! The query string of `GET /api/v1/search` is a [`crate::ProjectQuery`] plus
//! [`SearchOptions`]; the app keeps the same string in its URL.

use serde::{Deserialize, Serialize};

use crate::{FieldError, ProjectKind, ProjectStatus};

/// Largest page a search returns.
pub const MAX_PER_PAGE: i64 = 100;
/// Page size when none is asked for.
pub const DEFAULT_PER_PAGE: i64 = 20;

/// How results are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum SearchSort {
    /// Best match first (with keywords); most recent first without keywords.
    #[default]
    Relevance,
    /// Most recent first (start year, then end year).
    Date,
    /// Alphabetical by title, accents and case ignored.
    Name,
}

impl SearchSort {
    pub const ALL: &'static [SearchSort] =
        &[SearchSort::Relevance, SearchSort::Date, SearchSort::Name];

    pub fn as_str(self) -> &'static str {
        match self {
            SearchSort::Relevance => "relevance",
            SearchSort::Date => "date",
            SearchSort::Name => "name",
        }
    }

    /// The French label shown in the sort menu.
    pub fn label(self) -> &'static str {
        match self {
            SearchSort::Relevance => "Pertinence",
            SearchSort::Date => "Date (plus récents d'abord)",
            SearchSort::Name => "Titre (A → Z)",
        }
    }
}

/// Sort and pagination of a search, as text in the query string ([`SearchOptions::parse`]
/// validates them).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::IntoParams, utoipa::ToSchema))]
#[cfg_attr(feature = "server", into_params(parameter_in = Query))]
pub struct SearchOptions {
    /// `relevance` (default), `date` or `name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<String>,
    /// Page number, from 1 (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
    /// Results per page, 1 to 100 (default 20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_page: Option<String>,
}

impl SearchOptions {
    /// The query parameters of the form.
    pub const PARAMS: &'static [&'static str] = &["sort", "page", "per_page"];
}

/// Validated sort and page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchPaging {
    pub sort: SearchSort,
    pub page: i64,
    pub per_page: i64,
}

impl Default for SearchPaging {
    fn default() -> Self {
        SearchPaging {
            sort: SearchSort::Relevance,
            page: 1,
            per_page: DEFAULT_PER_PAGE,
        }
    }
}

/// Parses a sort name; `None` and `""` give the default.
pub fn parse_sort(value: Option<&str>) -> Result<SearchSort, FieldError> {
    match value {
        None | Some("") => Ok(SearchSort::default()),
        Some(v) => SearchSort::ALL
            .iter()
            .copied()
            .find(|s| s.as_str() == v)
            .ok_or_else(|| FieldError {
                field: "sort".to_owned(),
                code: "unknown".to_owned(),
                message: format!("Tri inconnu : {v} (relevance, date ou name)"),
            }),
    }
}

impl SearchOptions {
    /// Validates every option, reporting all invalid fields at once.
    pub fn parse(&self) -> Result<SearchPaging, Vec<FieldError>> {
        let mut errors = Vec::new();
        let sort = parse_sort(self.sort.as_deref()).unwrap_or_else(|e| {
            errors.push(e);
            SearchSort::default()
        });
        let mut number =
            |field: &str, value: &Option<String>, default: i64, max: i64| match value.as_deref() {
                None | Some("") => default,
                Some(v) => match v.parse::<i64>() {
                    Ok(n) if (1..=max).contains(&n) => n,
                    _ => {
                        errors.push(FieldError {
                            field: field.to_owned(),
                            code: "range".to_owned(),
                            message: format!("Nombre entre 1 et {max} attendu, pas « {v} »"),
                        });
                        default
                    }
                },
            };
        let page = number("page", &self.page, 1, 100_000);
        let per_page = number("per_page", &self.per_page, DEFAULT_PER_PAGE, MAX_PER_PAGE);
        if errors.is_empty() {
            Ok(SearchPaging {
                sort,
                page,
                per_page,
            })
        } else {
            Err(errors)
        }
    }
}

/// A piece of displayed text; `mark` pieces matched the keywords.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct TextPart {
    pub text: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub mark: bool,
}

/// A code (or id) with the name shown for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Named {
    pub code: String,
    pub name: String,
}

/// One project found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct SearchHit {
    pub id: i32,
    pub kind: ProjectKind,
    pub status: ProjectStatus,
    pub title: String,
    /// The title cut into pieces, the ones matching the keywords marked.
    pub title_parts: Vec<TextPart>,
    /// A short passage of the project's texts around the keywords (or their beginning),
    /// original spelling kept (ligatures, accents), matching words marked.
    pub snippet: Vec<TextPart>,
    /// The lead French collectivité (`code` is its id).
    pub collectivite: Named,
    /// The lead partner authority (`code` is its id), if any.
    pub partner: Option<Named>,
    /// Country of the action (`code` is ISO 3166-1 alpha-2).
    pub country: Named,
    pub themes: Vec<Named>,
    pub start_year: Option<i32>,
    pub end_year: Option<i32>,
    /// Where the project is drawn on maps, if known.
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// Path of the project sheet in the app.
    pub href: String,
}

/// One value of a facet with the number of results it would give.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct FacetValue {
    /// The value to put in the query parameter (code, id, `true`/`false`, year…).
    pub value: String,
    pub label: String,
    pub count: i64,
    /// Whether the current query already selects this value.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub selected: bool,
}

/// The counts of one criterion, computed with every OTHER criterion applied (disjunctive
/// faceting): ticking a value of this facet gives `count` results, ticking several gives
/// their union.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Facet {
    /// Identifies the facet (`theme`, `financing`, `financing_year`…).
    pub name: String,
    /// The query parameter its values go into (`financing_year` values go into `financing`).
    pub param: String,
    /// French title of the facet.
    pub label: String,
    /// Whether a project has exactly one value (so the counts add up to the total once
    /// nothing is selected in this facet) or may have several (themes, years, financings).
    pub exclusive: bool,
    /// Values with at least one result (and every selected value), most frequent first, or
    /// in their natural order (years, kinds).
    pub values: Vec<FacetValue>,
}

/// The answer of a search: one page of hits (projects for `GET /api/v1/search`, Bourse
/// requests for `GET /api/v1/search/bourse`), the total and the facets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct SearchResults<T> {
    pub items: Vec<T>,
    /// Items matching the whole query, across all pages.
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
    pub sort: SearchSort,
    pub facets: Vec<Facet>,
}

impl<T> SearchResults<T> {
    /// The facet named `name`, if computed.
    pub fn facet(&self, name: &str) -> Option<&Facet> {
        self.facets.iter().find(|f| f.name == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_default_and_validate() {
        assert_eq!(
            SearchOptions::default().parse(),
            Ok(SearchPaging::default())
        );
        let bad = SearchOptions {
            sort: Some("popularity".into()),
            page: Some("0".into()),
            per_page: Some("1000".into()),
        };
        let fields: Vec<String> = bad
            .parse()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["sort", "page", "per_page"]);
        let ok = SearchOptions {
            sort: Some("name".into()),
            page: Some("3".into()),
            per_page: Some("50".into()),
        };
        assert_eq!(
            ok.parse(),
            Ok(SearchPaging {
                sort: SearchSort::Name,
                page: 3,
                per_page: 50
            })
        );
    }
}
