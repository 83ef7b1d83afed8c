//! The map as a user leaves it, to reopen it from a saved map: where it is centred, its zoom,
//! the layers shown.

use serde::{Deserialize, Serialize};

wire_enum! {
    /// The three layers of the map.
    MapLayer {
        Cooperation = "cooperation": "Coopérations décentralisées",
        Action = "action": "Autres actions extérieures",
        Bourse = "bourse": "Demandes de coopération",
    }
}

/// Latitudes run from -90 to 90 degrees.
pub const MAX_LATITUDE: f64 = 90.0;
/// Longitudes run from -180 to 180 degrees.
pub const MAX_LONGITUDE: f64 = 180.0;
/// Leaflet zooms from 0 (the world) to 20 (a building).
pub const MAX_ZOOM: f64 = 20.0;

/// The map as the user left it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(validator::Validate))]
pub struct MapView {
    #[cfg_attr(feature = "server", validate(range(
        min = -MAX_LATITUDE,
        max = MAX_LATITUDE,
        message = "Latitude de -90 à 90."
    )))]
    pub lat: f64,
    #[cfg_attr(feature = "server", validate(range(
        min = -MAX_LONGITUDE,
        max = MAX_LONGITUDE,
        message = "Longitude de -180 à 180."
    )))]
    pub lng: f64,
    /// Leaflet zoom level, 0 to 20.
    #[cfg_attr(feature = "server", validate(range(
        min = 0.0,
        max = MAX_ZOOM,
        message = "Zoom de 0 à 20."
    )))]
    pub zoom: f64,
    pub layers: Vec<MapLayer>,
}

/// The same field rules by hand, for the browser.
#[cfg(any(test, not(feature = "server")))]
impl crate::check::ByHand for MapView {
    fn by_hand(&self, c: &mut crate::Checks) {
        if !(-MAX_LATITUDE..=MAX_LATITUDE).contains(&self.lat) {
            c.fail("lat", "range", "Latitude de -90 à 90.");
        }
        if !(-MAX_LONGITUDE..=MAX_LONGITUDE).contains(&self.lng) {
            c.fail("lng", "range", "Longitude de -180 à 180.");
        }
        if !(0.0..=MAX_ZOOM).contains(&self.zoom) {
            c.fail("zoom", "range", "Zoom de 0 à 20.");
        }
    }
}
