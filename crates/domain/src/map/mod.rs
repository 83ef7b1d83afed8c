//! Maps: what a marker layer request asks for (`GET /api/v1/map/markers`), the GeoJSON
//! layers it returns, and the map view a user saves.

mod geojson;
mod markers;
mod view;

pub use geojson::*;
pub use markers::*;
pub use view::*;
