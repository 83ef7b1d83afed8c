//! Projects: list items (`GET /api/v1/projects`) and the full fiche-projet
//! (`GET /api/v1/projects/{id}`).

use serde::{Deserialize, Serialize};

use crate::{
    CollectiviteRef, ContactSide, PartnerRef, PlaceRef, ProjectKind, ProjectStatus, VolunteerKind,
};

/// A theme named in another resource.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct ThemeRef {
    pub code: String,
    pub label: String,
}

/// `GET /api/v1/projects` items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct ProjectSummary {
    pub id: i32,
    pub title: String,
    pub kind: ProjectKind,
    pub status: ProjectStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_year: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_year: Option<i32>,
    pub collectivite: CollectiviteRef,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner: Option<PartnerRef>,
    pub country: PlaceRef,
    pub themes: Vec<ThemeRef>,
}

/// One financing of a project: a source, a year, an amount.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Financing {
    /// Code of the financing source (`mae-daect`, `afd`…).
    pub source: String,
    pub source_label: String,
    pub year: i32,
    pub amount_cents: i64,
}

/// A person to contact about a project, in France or abroad.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct ProjectContact {
    pub side: ContactSide,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

/// Volunteers of a project: how many of a kind, in a year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Volunteers {
    pub kind: VolunteerKind,
    pub count: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
}

/// `GET /api/v1/projects/{id}`: every field of a fiche-projet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct ProjectSheet {
    pub id: i32,
    pub title: String,
    pub kind: ProjectKind,
    pub status: ProjectStatus,
    pub themes: Vec<ThemeRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objectives: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub history: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_year: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_year: Option<i32>,
    /// Total budget in euro cents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget_cents: Option<i64>,
    /// Financings by source and year, in source order then year.
    pub financings: Vec<Financing>,
    /// The lead collectivité and the French co-participants.
    pub collectivite: CollectiviteRef,
    pub co_collectivites: Vec<CollectiviteRef>,
    /// The lead partner authority and the foreign co-participants.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner: Option<PartnerRef>,
    pub co_partners: Vec<PartnerRef>,
    /// Whether the lead collectivité and partner are twinned.
    pub is_jumelage: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub convention_date: Option<chrono::NaiveDate>,
    pub country: PlaceRef,
    pub continent: PlaceRef,
    /// Where it takes place (`[longitude, latitude]`), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<[f64; 2]>,
    pub contacts: Vec<ProjectContact>,
    pub volunteers: Vec<Volunteers>,
    /// When the sheet was last changed.
    pub updated_at: chrono::DateTime<chrono::Utc>,
}
