//! The geometries drawn under the markers, from the TopoJSON files the server publishes:
//! light grey land, white borders, no tile server. A topology is fetched once per visit.

use std::cell::RefCell;

use js_sys::{Array, Object, Reflect};
use leaflet::Layer;
use wasm_bindgen::JsValue;

use super::bindings::{geo_json, topojson_feature};
use crate::api::{ApiError, fetch_topology};

/// The Leaflet pane of the basemap, under the markers' pane whatever the loading order
/// (its z-index is set in `atlas.css`).
pub const PANE: &str = "basemapPane";

/// Which geometries a map draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basemap {
    /// Countries of the world (Natural Earth 1:50m): world, continent and country maps.
    World,
    /// Régions of France (IGN Admin Express 2018).
    #[expect(
        dead_code,
        reason = "the France access pages (next issues) draw régions"
    )]
    FranceRegions,
    /// Départements of France (IGN Admin Express 2018).
    #[expect(
        dead_code,
        reason = "the France access pages (next issues) draw départements"
    )]
    FranceDepartements,
}

/// South-west and north-east corners, `(latitude, longitude)`.
pub type Bounds = ((f64, f64), (f64, f64));

impl Basemap {
    fn url(self) -> &'static str {
        match self {
            Basemap::World => "/data/world.topo.json",
            Basemap::FranceRegions | Basemap::FranceDepartements => "/data/france.topo.json",
        }
    }

    fn object(self) -> &'static str {
        match self {
            Basemap::World => "countries",
            Basemap::FranceRegions => "regions",
            Basemap::FranceDepartements => "departements",
        }
    }

    /// The area shown when the map opens: the inhabited world, or metropolitan France.
    pub fn initial_bounds(self) -> Bounds {
        match self {
            Basemap::World => ((-50.0, -160.0), (72.0, 175.0)),
            Basemap::FranceRegions | Basemap::FranceDepartements => ((41.3, -5.2), (51.1, 9.6)),
        }
    }
}

thread_local! {
    /// Topologies already fetched, by URL.
    static TOPOLOGIES: RefCell<Vec<(&'static str, JsValue)>> = const { RefCell::new(Vec::new()) };
}

/// Fetches (once) and draws `basemap` as a non-interactive vector layer in [`PANE`].
pub async fn load(basemap: Basemap) -> Result<Layer, ApiError> {
    let topology = topology(basemap.url()).await?;
    let object = Reflect::get(&topology, &"objects".into())
        .and_then(|objects| Reflect::get(&objects, &basemap.object().into()))
        .map_err(|err| ApiError::Decode(format!("{err:?}")))?;
    if object.is_undefined() {
        return Err(ApiError::Decode(format!(
            "{} has no object {}",
            basemap.url(),
            basemap.object()
        )));
    }
    let collection = topojson_feature(&topology, &object);
    let features = drawn_features(&collection);
    Ok(geo_json(&features, &style()))
}

async fn topology(url: &'static str) -> Result<JsValue, ApiError> {
    let cached = TOPOLOGIES.with_borrow(|cache| {
        cache
            .iter()
            .find(|(cached_url, _)| *cached_url == url)
            .map(|(_, topology)| topology.clone())
    });
    if let Some(topology) = cached {
        return Ok(topology);
    }
    let topology = fetch_topology(url).await?;
    TOPOLOGIES.with_borrow_mut(|cache| cache.push((url, topology.clone())));
    Ok(topology)
}

/// The features to colour: all but those without an ISO code (the Siachen glacier, disputed),
/// which stay uncoloured.
fn drawn_features(collection: &JsValue) -> Array {
    let features = Reflect::get(collection, &"features".into())
        .map(|features| Array::from(&features))
        .unwrap_or_else(|_| Array::new());
    features
        .iter()
        .filter(|feature| {
            let iso2 = Reflect::get(feature, &"properties".into())
                .and_then(|properties| Reflect::get(&properties, &"iso2".into()));
            // Features without an `iso2` property at all (France's layers) are drawn.
            match iso2 {
                Ok(code) if code.is_string() => code.as_string().is_some_and(|c| !c.is_empty()),
                _ => true,
            }
        })
        .collect()
}

/// `L.geoJSON` options: grey land, thin white borders, not interactive, in [`PANE`].
fn style() -> JsValue {
    let style = Object::new();
    for (key, value) in [
        ("color", JsValue::from_str("#ffffff")),
        ("weight", JsValue::from_f64(0.8)),
        ("opacity", JsValue::from_f64(1.0)),
        ("fillColor", JsValue::from_str("#d5d5d5")),
        ("fillOpacity", JsValue::from_f64(1.0)),
    ] {
        let _ = Reflect::set(&style, &key.into(), &value);
    }
    let options = Object::new();
    let _ = Reflect::set(&options, &"style".into(), &style);
    let _ = Reflect::set(&options, &"interactive".into(), &JsValue::FALSE);
    let _ = Reflect::set(&options, &"pane".into(), &PANE.into());
    // Given to every country's path when it is created (a `style` class name would not be).
    let _ = Reflect::set(&options, &"className".into(), &"atlas-land".into());
    options.into()
}
