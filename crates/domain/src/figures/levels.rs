//! Figures of any level of the Atlas (a continent, a country, a région, a collectivité, a
//! partner authority): counts, the breakdowns the charts draw, and APD by year. The same shape
//! everywhere, so pages and charts treat every level alike.

use serde::{Deserialize, Serialize};

/// A place or item named in another resource: its code (or id) and its name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct PlaceRef {
    /// ISO country code, continent or sub-continent code, région or département INSEE code.
    pub code: String,
    pub name: String,
}

/// One bar of a breakdown: a category and its number of projects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Share {
    /// Wire code of the category (theme code, continent code, collectivité type).
    pub code: String,
    /// French label.
    pub label: String,
    pub count: i64,
}

/// Public development aid of one year, in euro cents (submitted declarations only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct ApdYear {
    pub year: i32,
    pub amount_cents: i64,
}

/// Counts and breakdowns of the active projects of one level.
///
/// Distinct counts (collectivités, partners, countries) count each once in the level; a
/// collectivité active in two countries counts in each country, so those figures do not add
/// up across places. Projects, Bourse requests and APD do add up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Figures {
    /// French collectivités leading at least one project.
    pub collectivites: i64,
    /// Foreign partner authorities (lead partners) of at least one project.
    pub partners: i64,
    /// Countries of at least one project.
    pub countries: i64,
    pub projects: i64,
    pub cooperation_projects: i64,
    pub other_actions: i64,
    /// Collectivité–partner pairs with a project here whose partnership is a twinning.
    pub jumelages: i64,
    /// Published Bourse requests (foreign side only: 0 for French places).
    pub bourse_requests: i64,
    /// Projects per theme; a project with several themes counts in each.
    pub by_theme: Vec<Share>,
    /// Projects per continent of the partner's country.
    pub by_continent: Vec<Share>,
    /// Projects per type of lead collectivité.
    pub by_collectivite_kind: Vec<Share>,
    /// APD by year: received by the place (world side) or paid by its collectivités (French
    /// side), in euro cents.
    pub apd_by_year: Vec<ApdYear>,
}

/// One row of a list that leads down a level (the countries of a continent, the départements
/// of a région…), with the figures that row's page shows first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct PlaceFigures {
    pub code: String,
    pub name: String,
    pub collectivites: i64,
    pub partners: i64,
    pub projects: i64,
    pub cooperation_projects: i64,
    pub other_actions: i64,
    pub bourse_requests: i64,
}
