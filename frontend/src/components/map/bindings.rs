//! JavaScript functions the `leaflet` crate does not bind: `L.geoJSON`, the attribution
//! control, `L.markerClusterGroup` (leaflet.markercluster) and `topojson.feature`
//! (topojson-client). All are globals loaded by `index.html`.

use leaflet::{Control, Layer, LayerGroup};
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

    /// `topojson.feature(topology, object)`: a GeoJSON FeatureCollection from a TopoJSON object.
    #[wasm_bindgen(js_namespace = topojson, js_name = feature)]
    pub fn topojson_feature(topology: &JsValue, object: &JsValue) -> JsValue;
}
