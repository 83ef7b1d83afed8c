//! Headline figures and the per-continent table (`GET /api/v1/stats`).

use serde::{Deserialize, Serialize};

/// What dataset the figures come from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct DatasetInfo {
    /// True when the data are the generated demonstration dataset, not real declarations.
    pub demo: bool,
    /// "Données de démonstration" when `demo`, to be shown wherever figures are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<u32>,
    /// When the dataset was generated or imported (ISO 8601).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generated_at: Option<String>,
}

/// The label of the demonstration dataset.
pub const DEMO_LABEL: &str = "Données de démonstration";

/// Whole-Atlas totals. A collectivité active on several continents counts once here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Totals {
    /// French collectivités with at least one active project.
    pub collectivites: i64,
    /// Foreign partner authorities with at least one active project.
    pub partners: i64,
    /// Countries with at least one active project.
    pub countries: i64,
    /// Active projects of both kinds.
    pub projects: i64,
    pub cooperation_projects: i64,
    pub other_actions: i64,
    /// Partnerships flagged as twinnings.
    pub jumelages: i64,
    /// Published (open) Bourse requests, their distinct authorities and countries.
    pub bourse_requests: i64,
    pub bourse_authorities: i64,
    pub bourse_countries: i64,
    /// Latest year with submitted APD declarations, and its total in euro cents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apd_year: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apd_amount_cents: Option<i64>,
}

/// One row of the per-continent table. A collectivité active on several continents counts in
/// each of them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct ContinentFigures {
    pub code: String,
    pub name_fr: String,
    pub name_en: String,
    pub collectivites: i64,
    pub partners: i64,
    pub countries: i64,
    pub projects: i64,
}

/// Headline figures and the per-continent table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Stats {
    pub dataset: DatasetInfo,
    pub totals: Totals,
    /// Continents with activity, in the Atlas's usual order.
    pub by_continent: Vec<ContinentFigures>,
}
