//! The world access: the continents, a continent, a sub-continent, a country.

use serde::{Deserialize, Serialize};

use crate::{BourseRequestSummary, Figures, PlaceFigures, PlaceRef};

/// A continent with its figures (`GET /api/v1/continents`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Continent {
    /// URL-friendly code, e.g. `afrique`, `amerique-centrale-caraibes`.
    pub code: String,
    pub name_fr: String,
    pub name_en: String,
    /// Countries of the continent in the reference list.
    pub country_count: i64,
    pub subcontinent_count: i64,
    /// Activity: French collectivités, partner authorities, countries and projects by kind.
    pub collectivites: i64,
    pub partners: i64,
    pub active_countries: i64,
    pub cooperation_projects: i64,
    pub other_actions: i64,
    pub bourse_requests: i64,
}

/// `GET /api/v1/continents/{code}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct ContinentDetail {
    pub code: String,
    pub name_fr: String,
    pub name_en: String,
    pub figures: Figures,
    /// Its sub-continents with activity, then its countries with activity, by name.
    pub subcontinents: Vec<PlaceFigures>,
    pub countries: Vec<PlaceFigures>,
}

/// `GET /api/v1/subcontinents/{code}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct SubcontinentDetail {
    pub code: String,
    pub name_fr: String,
    pub name_en: String,
    pub continent: PlaceRef,
    pub figures: Figures,
    /// Its countries with activity, by name.
    pub countries: Vec<PlaceFigures>,
}

/// `GET /api/v1/countries` items: every country of the reference list with its figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct CountrySummary {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    pub name_fr: String,
    pub name_en: String,
    pub continent_code: String,
    pub subcontinent_code: String,
    pub collectivites: i64,
    pub partners: i64,
    pub projects: i64,
    pub cooperation_projects: i64,
    pub other_actions: i64,
    pub bourse_requests: i64,
}

/// `GET /api/v1/countries/{code}`. Its partner authorities (with their French partners) and
/// projects are paginated lists: `/partners?country=…`, `/projects?country=…`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct CountryDetail {
    pub code: String,
    pub iso3: String,
    pub name_fr: String,
    pub name_en: String,
    pub continent: PlaceRef,
    pub subcontinent: PlaceRef,
    /// Centre of the country (`[longitude, latitude]`), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub centre: Option<[f64; 2]>,
    pub figures: Figures,
    /// Published Bourse requests of the country, newest first.
    pub bourse_requests: Vec<BourseRequestSummary>,
}
