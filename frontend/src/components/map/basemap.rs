//! The geometries drawn under the markers, from the TopoJSON files the server publishes:
//! light grey land or a choropleth, white borders, the framed area outlined; no tile server.
//! A topology is fetched once per visit.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use js_sys::{Array, Object, Reflect};
use leaflet::GeoJson;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::bindings::{geo_json, topojson_feature};
use super::choropleth::{self, Choropleth};
use super::fit::Fit;
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
    FranceRegions,
    /// Départements of France (IGN Admin Express 2018).
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

/// The features of `basemap` to draw, from its topology (fetched once per visit).
pub async fn features(basemap: Basemap) -> Result<Array, ApiError> {
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
    Ok(drawn_features(&collection))
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

/// How areas are filled: plain grey land, or a choropleth; the framed area (a country, a
/// région) stands out from its neighbours.
#[derive(Debug, Clone, Default)]
pub struct Paint {
    /// Values per area code, with the class thresholds; empty: plain land.
    pub values: HashMap<String, i64>,
    pub thresholds: Vec<i64>,
    pub fit: Fit,
}

impl Paint {
    pub fn new(choropleth: Option<&Choropleth>, fit: Fit) -> Paint {
        let values: HashMap<String, i64> = choropleth
            .map(|c| c.values.iter().cloned().collect())
            .unwrap_or_default();
        let all: Vec<i64> = values.values().copied().collect();
        Paint {
            thresholds: choropleth::thresholds(&all),
            values,
            fit,
        }
    }

    /// The style of one feature.
    fn style(&self, feature: &JsValue) -> JsValue {
        let properties = Reflect::get(feature, &"properties".into()).unwrap_or(JsValue::NULL);
        let focused = self.fit.focuses(&properties);
        let code = ["iso2", "code"]
            .iter()
            .find_map(|k| {
                Reflect::get(&properties, &(*k).into())
                    .ok()
                    .and_then(|v| v.as_string())
                    .filter(|v| !v.is_empty())
            })
            .unwrap_or_default();
        let fill = if !focused && self.fit.is_area() {
            "#ececec"
        } else if self.values.is_empty() {
            if self.fit.is_area() {
                "#c9cde0"
            } else {
                "#d5d5d5"
            }
        } else {
            choropleth::colour(
                self.values.get(&code).copied().unwrap_or(0),
                &self.thresholds,
            )
        };
        let (border, weight) = if focused && self.fit.is_area() {
            ("#3a3a3a", 1.2)
        } else {
            ("#ffffff", 0.8)
        };
        let style = Object::new();
        for (key, value) in [
            ("color", JsValue::from_str(border)),
            ("weight", JsValue::from_f64(weight)),
            ("opacity", JsValue::from_f64(1.0)),
            ("fillColor", JsValue::from_str(fill)),
            ("fillOpacity", JsValue::from_f64(1.0)),
        ] {
            let _ = Reflect::set(&style, &key.into(), &value);
        }
        style.into()
    }
}

/// The drawn basemap: the Leaflet layer, its features, and the style callback it calls.
pub struct Drawn {
    pub layer: GeoJson,
    pub features: Array,
    paint: Rc<RefCell<Paint>>,
    _style: Closure<dyn Fn(JsValue) -> JsValue>,
}

impl Drawn {
    /// A non-interactive vector layer of `features` in [`PANE`], painted by `paint`.
    pub fn new(features: Array, paint: Paint) -> Drawn {
        let paint = Rc::new(RefCell::new(paint));
        let style = {
            let paint = Rc::clone(&paint);
            Closure::<dyn Fn(JsValue) -> JsValue>::new(move |feature: JsValue| {
                paint
                    .try_borrow()
                    .map(|p| p.style(&feature))
                    .unwrap_or(JsValue::UNDEFINED)
            })
        };
        let options = Object::new();
        let _ = Reflect::set(&options, &"style".into(), style.as_ref());
        let _ = Reflect::set(&options, &"interactive".into(), &JsValue::FALSE);
        let _ = Reflect::set(&options, &"pane".into(), &PANE.into());
        // Given to every area's path when it is created (a `style` class name would not be).
        let _ = Reflect::set(&options, &"className".into(), &"atlas-land".into());
        let layer = geo_json(&features, &options).unchecked_into::<GeoJson>();
        Drawn {
            layer,
            features,
            paint,
            _style: style,
        }
    }

    /// Repaints every area with `paint`.
    pub fn repaint(&self, paint: Paint) {
        if let Ok(mut current) = self.paint.try_borrow_mut() {
            *current = paint;
        }
        if let Ok(style) = Reflect::get(&self.layer, &"options".into())
            .and_then(|o| Reflect::get(&o, &"style".into()))
        {
            self.layer.set_style(&style);
        }
    }
}
