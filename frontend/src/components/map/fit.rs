//! What a map frames once its data are there: its initial area, one area of the basemap (a
//! country, a région, a département), or its markers.

use atlas_domain::MarkerLayer;
use js_sys::{Array, Reflect};
use leaflet::{LatLng, LatLngBounds, Map};
use wasm_bindgen::JsValue;

use super::bindings::{geo_json_bounds, is_valid};

/// The area a map shows when its data are loaded.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Fit {
    /// The basemap's initial area (the inhabited world, metropolitan France).
    #[default]
    Initial,
    /// A country of the world basemap, by ISO code.
    Country(String),
    /// The départements of a région (France basemaps), by région code.
    Region(String),
    /// A département (France basemaps), by code.
    Departement(String),
    /// Every marker of the map.
    Markers,
}

impl Fit {
    /// Whether a basemap feature is the framed area (the others are drawn lighter).
    pub fn focuses(&self, properties: &JsValue) -> bool {
        let prop = |key: &str| {
            Reflect::get(properties, &key.into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default()
        };
        match self {
            Fit::Initial | Fit::Markers => true,
            Fit::Country(code) => prop("iso2") == *code,
            // A région's own feature has the code; its départements name it in `region`.
            Fit::Region(code) => prop("region") == *code || prop("code") == *code,
            Fit::Departement(code) => prop("code") == *code,
        }
    }

    /// Whether the fit picks some features out of the basemap.
    pub fn is_area(&self) -> bool {
        matches!(self, Fit::Country(_) | Fit::Region(_) | Fit::Departement(_))
    }
}

/// Frames the features of `features` (a JS array of GeoJSON features) that `fit` focuses.
pub fn to_features(map: &Map, features: &Array, fit: &Fit) -> bool {
    let focused: Array = features
        .iter()
        .filter(|feature| {
            Reflect::get(feature, &"properties".into())
                .map(|p| fit.focuses(&p))
                .unwrap_or(false)
        })
        .collect();
    if focused.length() == 0 {
        return false;
    }
    let bounds = geo_json_bounds(&focused.into());
    frame(map, &bounds, AREA_MAX_ZOOM)
}

/// Frames every marker of `layer`.
pub fn to_markers(map: &Map, layer: &MarkerLayer) -> bool {
    let points: Array = layer
        .features
        .iter()
        .map(|f| {
            let [lon, lat] = f.geometry.coordinates;
            JsValue::from(LatLng::new(lat, lon))
        })
        .collect();
    if points.length() == 0 {
        return false;
    }
    // Markers alone say nothing of their surroundings: a few markers (or one) close together
    // are framed no closer than a country, so the outlines around them stay in view.
    frame(map, &LatLngBounds::new_from_list(&points), MARKERS_MAX_ZOOM)
}

/// The closest zoom when framing markers, and when framing an area.
const MARKERS_MAX_ZOOM: f64 = 5.0;
const AREA_MAX_ZOOM: f64 = 8.0;

fn frame(map: &Map, bounds: &LatLngBounds, max_zoom: f64) -> bool {
    if !is_valid(bounds) {
        return false;
    }
    let options = js_sys::Object::new();
    let _ = Reflect::set(
        &options,
        &"padding".into(),
        &Array::of2(&20.into(), &20.into()),
    );
    let _ = Reflect::set(&options, &"maxZoom".into(), &JsValue::from_f64(max_zoom));
    map.fit_bounds_with_options(bounds, &options);
    true
}
