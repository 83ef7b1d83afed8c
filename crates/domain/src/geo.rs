//! Places of the world access (continents) and GeoJSON map layers (RFC 7946).

use serde::{Deserialize, Serialize};

use crate::MarkerKind;

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

/// A GeoJSON point geometry: `coordinates` are `[longitude, latitude]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct PointGeometry {
    /// Always `Point`.
    #[serde(rename = "type")]
    pub kind: String,
    pub coordinates: [f64; 2],
}

impl PointGeometry {
    pub fn new(lon: f64, lat: f64) -> Self {
        PointGeometry {
            kind: "Point".to_owned(),
            coordinates: [lon, lat],
        }
    }
}

/// What a map marker stands for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct MarkerProperties {
    pub kind: MarkerKind,
    /// Number of projects (or requests) the marker stands for.
    pub count: i64,
    /// Place name shown in the popup.
    pub label: String,
    /// ISO 3166-1 alpha-2 code of the country.
    pub country_code: String,
    /// Path of the app page the popup links to.
    pub href: String,
}

/// A GeoJSON feature of a marker layer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct MarkerFeature {
    /// Always `Feature`.
    #[serde(rename = "type")]
    pub kind: String,
    pub geometry: PointGeometry,
    pub properties: MarkerProperties,
}

/// A GeoJSON FeatureCollection of markers (`application/geo+json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct MarkerLayer {
    /// Always `FeatureCollection`.
    #[serde(rename = "type")]
    pub kind: String,
    pub features: Vec<MarkerFeature>,
}

impl MarkerLayer {
    pub fn new(features: Vec<MarkerFeature>) -> Self {
        MarkerLayer {
            kind: "FeatureCollection".to_owned(),
            features,
        }
    }
}
