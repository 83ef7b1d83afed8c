//! JavaScript functions the `leaflet` crate does not bind (or binds wrongly): `L.geoJSON`,
//! `L.divIcon`, the attribution control, `L.markerClusterGroup` (leaflet.markercluster) and
//! `topojson.feature` (topojson-client). All are globals loaded by `index.html`.

use leaflet::{Control, LatLngBounds, Layer, LayerGroup};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `L.geoJSON(data, options)`: one vector layer drawing a GeoJSON object.
    #[wasm_bindgen(js_namespace = L, js_name = geoJSON)]
    pub fn geo_json(data: &JsValue, options: &JsValue) -> Layer;

    /// `L.markerClusterGroup(options)`: a layer group that clusters its markers by proximity.
    #[wasm_bindgen(js_namespace = L, js_name = markerClusterGroup)]
    pub fn marker_cluster_group(options: &JsValue) -> LayerGroup;

    /// `L.Control.Attribution`: the map's credits.
    #[wasm_bindgen(extends = Control, js_namespace = ["L", "Control"], js_name = Attribution)]
    pub type AttributionControl;

    /// `L.control.attribution(options)`.
    #[wasm_bindgen(js_namespace = ["L", "control"], js_name = attribution)]
    pub fn attribution_control(options: &JsValue) -> AttributionControl;

    /// `attributionControl.addAttribution(text)`.
    #[wasm_bindgen(method, js_name = addAttribution)]
    pub fn add_attribution(this: &AttributionControl, text: &str) -> AttributionControl;

    /// `L.divIcon(options)`: a marker icon made of HTML (cluster icons).
    #[wasm_bindgen(js_namespace = L, js_name = divIcon)]
    pub fn div_icon(options: &JsValue) -> JsValue;

    /// `topojson.feature(topology, object)`: a GeoJSON FeatureCollection from a TopoJSON object.
    #[wasm_bindgen(js_namespace = topojson, js_name = feature)]
    pub fn topojson_feature(topology: &JsValue, object: &JsValue) -> JsValue;
}

/// The bounds of a GeoJSON object (an array of features).
pub fn geo_json_bounds(data: &JsValue) -> LatLngBounds {
    use wasm_bindgen::JsCast;
    geo_json(data, &JsValue::UNDEFINED)
        .unchecked_into::<leaflet::FeatureGroup>()
        .get_bounds()
}

/// `bounds.isValid()` (not bound by the `leaflet` crate).
pub fn is_valid(bounds: &LatLngBounds) -> bool {
    use wasm_bindgen::JsCast;
    js_sys::Reflect::get(bounds, &"isValid".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(bounds).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}
