//! Bourse requests as the public sees them once published (a country's page lists them).

use serde::{Deserialize, Serialize};

use crate::{PartnerKind, ThemeRef};

/// A published Bourse request as the public sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct BourseRequestSummary {
    pub id: i32,
    pub authority_name: String,
    pub authority_kind: PartnerKind,
    pub country_code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// The known partner authority that posted it, if identified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner_id: Option<i32>,
    pub title: String,
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objectives: Option<String>,
    /// What kind of French partner it looks for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sought_partner: Option<String>,
    pub themes: Vec<ThemeRef>,
    /// Publication date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_on: Option<chrono::NaiveDate>,
}
