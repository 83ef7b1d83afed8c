//! Maps: what a marker layer request asks for (`GET /api/v1/map/markers`) and the GeoJSON
//! layers it returns.

mod geojson;
mod markers;

pub use geojson::*;
pub use markers::*;
