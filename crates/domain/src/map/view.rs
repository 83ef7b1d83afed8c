//! The map as a user leaves it, to reopen it from a saved map: where it is centred, its zoom,
//! the layers shown.

use serde::{Deserialize, Serialize};

use crate::check::Checks;

wire_enum! {
    /// The three layers of the map.
    MapLayer {
        Cooperation = "cooperation": "Coopérations décentralisées",
        Action = "action": "Autres actions extérieures",
        Bourse = "bourse": "Demandes de coopération",
    }
}

/// The map as the user left it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct MapView {
    pub lat: f64,
    pub lng: f64,
    /// Leaflet zoom level, 0 to 20.
    pub zoom: f64,
    pub layers: Vec<MapLayer>,
}

impl MapView {
    pub(crate) fn check(&self, c: &mut Checks) {
        if !(-90.0..=90.0).contains(&self.lat) {
            c.fail("map_view.lat", "range", "Latitude de -90 à 90.");
        }
        if !(-180.0..=180.0).contains(&self.lng) {
            c.fail("map_view.lng", "range", "Longitude de -180 à 180.");
        }
        if !(0.0..=20.0).contains(&self.zoom) {
            c.fail("map_view.zoom", "range", "Zoom de 0 à 20.");
        }
    }
}
