//! Foreign partner authorities and their partnerships with French collectivités: the
//! authority-to-authority view.

use serde::{Deserialize, Serialize};

use crate::{CollectiviteRef, Figures, PartnerKind, PlaceRef, ThemeRef};

/// A partner authority named in another resource.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct PartnerRef {
    pub id: i32,
    pub name: String,
    /// ISO 3166-1 alpha-2 code of its country.
    pub country_code: String,
}

/// A collectivité and a partner authority that work together: the partnership (twinning flag,
/// convention) and the active projects they lead together, with their themes. A pair with
/// projects but no recorded partnership (an unconventioned action) has no convention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct PartnershipSummary {
    pub collectivite: CollectiviteRef,
    pub partner: PartnerRef,
    pub is_jumelage: bool,
    /// Date the convention was signed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub convention_date: Option<chrono::NaiveDate>,
    /// Year the relation started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since_year: Option<i32>,
    pub cooperation_projects: i64,
    pub other_actions: i64,
    /// Themes of their active projects, in the reference order.
    pub themes: Vec<ThemeRef>,
}

/// `GET /api/v1/partners` items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct PartnerSummary {
    pub id: i32,
    pub name: String,
    pub kind: PartnerKind,
    pub country: PlaceRef,
    /// Province, state or region the authority lies in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_area: Option<String>,
    pub cooperation_projects: i64,
    pub other_actions: i64,
    /// Its French partners.
    pub partnerships: Vec<PartnershipSummary>,
}

/// `GET /api/v1/partners/{id}`. Its projects are a paginated list: `/projects?partner=…`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct PartnerDetail {
    pub id: i32,
    pub name: String,
    pub kind: PartnerKind,
    pub country: PlaceRef,
    pub continent: PlaceRef,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_area: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Where it is (`[longitude, latitude]`), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<[f64; 2]>,
    /// Its French partners.
    pub partnerships: Vec<PartnershipSummary>,
    /// Figures of the projects it leads or takes part in.
    pub figures: Figures,
}
