//! GeoJSON (RFC 7946) map layers: the marker layers of the maps and the point geometry the
//! GeoJSON exports share.

use serde::{Deserialize, Serialize};

use crate::MarkerKind;

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
