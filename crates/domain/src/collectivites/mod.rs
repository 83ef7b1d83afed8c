//! French collectivités: list items and the collectivité page (coordonnées, people in charge
//! of international relations, networks, APD, cooperations by country).

use serde::{Deserialize, Serialize};

use crate::{CollectiviteKind, ContactRole, Figures, NetworkKind, PartnershipSummary, PlaceRef};

/// A French collectivité named in another resource.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct CollectiviteRef {
    pub id: i32,
    pub name: String,
    pub kind: CollectiviteKind,
}

/// `GET /api/v1/collectivites` items, with the figures of the projects each leads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct CollectiviteSummary {
    pub id: i32,
    pub name: String,
    pub kind: CollectiviteKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub siren: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub departement_code: Option<String>,
    pub partners: i64,
    pub countries: i64,
    pub cooperation_projects: i64,
    pub other_actions: i64,
}

/// An élu or cadre in charge of international relations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Contact {
    pub role: ContactRole,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub civility: Option<String>,
    pub first_name: String,
    pub last_name: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

/// An association or network the collectivité belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Network {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acronym: Option<String>,
    pub kind: NetworkKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

/// The partnerships of one country, as the collectivité page groups them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct CountryPartnerships {
    pub country: PlaceRef,
    pub partnerships: Vec<PartnershipSummary>,
}

/// `GET /api/v1/collectivites/{id}`. Its projects are a paginated list:
/// `/projects?collectivite=…`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct CollectiviteDetail {
    pub id: i32,
    pub name: String,
    pub kind: CollectiviteKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub siren: Option<String>,
    /// INSEE code of a commune.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insee_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<PlaceRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub departement: Option<PlaceRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population: Option<i64>,
    /// Where it is (`[longitude, latitude]`), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<[f64; 2]>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Élus first, then cadres, in the collectivité's order.
    pub contacts: Vec<Contact>,
    pub networks: Vec<Network>,
    /// Decentralised cooperations (partnerships with cooperation projects or a convention),
    /// by country.
    pub cooperations: Vec<CountryPartnerships>,
    /// Other external actions (partnerships with only unconventioned actions), by country.
    pub other_actions: Vec<CountryPartnerships>,
    /// When its page was last validated in an update campaign.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_validated_at: Option<chrono::DateTime<chrono::Utc>>,
    pub figures: Figures,
}
