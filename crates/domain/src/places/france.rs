//! The France access: régions and départements with their figures.

use serde::{Deserialize, Serialize};

use crate::{Figures, PlaceFigures, PlaceRef};

/// `GET /api/v1/regions/{code}`. Its collectivités are a paginated list:
/// `/collectivites?region=…`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct RegionDetail {
    /// INSEE code (`84`).
    pub code: String,
    pub name: String,
    pub figures: Figures,
    /// Its départements, by code, with their figures (even those without activity).
    pub departements: Vec<PlaceFigures>,
    /// Collectivités of the région attached to no département (the région itself, overseas
    /// collectivités à statut particulier): with the départements, they add up to the région.
    pub without_departement: PlaceFigures,
}

/// `GET /api/v1/departements/{code}`. Its collectivités are a paginated list:
/// `/collectivites?departement=…`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct DepartementDetail {
    /// INSEE code (`69`, `2A`, `971`).
    pub code: String,
    pub name: String,
    pub region: PlaceRef,
    pub figures: Figures,
}
