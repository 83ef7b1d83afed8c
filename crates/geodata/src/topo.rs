//! A small TopoJSON decoder: quantized arcs → polygons in longitude/latitude.
//!
//! Only what the Atlas files use: a `transform`, `Polygon` and `MultiPolygon` geometries inside
//! `GeometryCollection` objects. Used on the server for point-in-polygon tests and for rendering
//! map images from the same geometries the browser draws.

use serde::Deserialize;
use serde_json::{Map, Value};

/// A linear ring as `[lon, lat]` pairs (closed: first point = last point).
pub type Ring = Vec<[f64; 2]>;
/// An outer ring followed by its holes.
pub type Polygon = Vec<Ring>;

/// One decoded geometry with its properties.
#[derive(Debug, Clone)]
pub struct Feature {
    pub properties: Map<String, Value>,
    pub polygons: Vec<Polygon>,
}

impl Feature {
    /// A string property, or `""` when absent.
    pub fn prop(&self, key: &str) -> &str {
        self.properties
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or("")
    }

    /// Whether the point lies inside the feature (even-odd rule over all its rings).
    pub fn contains(&self, lon: f64, lat: f64) -> bool {
        self.polygons.iter().any(|polygon| {
            polygon
                .iter()
                .filter(|ring| ring_contains(ring, lon, lat))
                .count()
                % 2
                == 1
        })
    }

    /// Bounding box `[min_lon, min_lat, max_lon, max_lat]` of the outer rings.
    pub fn bbox(&self) -> [f64; 4] {
        let mut b = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
        for p in self
            .polygons
            .iter()
            .filter_map(|poly| poly.first())
            .flatten()
        {
            b[0] = b[0].min(p[0]);
            b[1] = b[1].min(p[1]);
            b[2] = b[2].max(p[0]);
            b[3] = b[3].max(p[1]);
        }
        b
    }
}

fn ring_contains(ring: &[[f64; 2]], x: f64, y: f64) -> bool {
    let mut inside = false;
    let mut j = ring.len().wrapping_sub(1);
    for i in 0..ring.len() {
        let (xi, yi) = (ring[i][0], ring[i][1]);
        let (xj, yj) = (ring[j][0], ring[j][1]);
        if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
            inside = !inside;
        }
        j = i;
    }
    inside
}

#[derive(Deserialize)]
struct Topology {
    arcs: Vec<Vec<[f64; 2]>>,
    transform: Option<Transform>,
    objects: Map<String, Value>,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Geometry {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    arcs: Value,
    #[serde(default)]
    properties: Map<String, Value>,
}

/// Errors of a malformed TopoJSON document.
#[derive(Debug, thiserror::Error)]
pub enum TopoError {
    #[error("invalid TopoJSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("TopoJSON object `{0}` is missing")]
    MissingObject(String),
    #[error("TopoJSON arc index {0} is out of range")]
    BadArc(i64),
}

/// Decodes every geometry of object `object` of a TopoJSON document.
pub fn decode(document: &str, object: &str) -> Result<Vec<Feature>, TopoError> {
    let topo: Topology = serde_json::from_str(document)?;
    let arcs = absolute_arcs(&topo);
    let collection = topo
        .objects
        .get(object)
        .ok_or_else(|| TopoError::MissingObject(object.to_owned()))?;
    let geometries: Vec<Geometry> =
        serde_json::from_value(collection.get("geometries").cloned().unwrap_or(Value::Null))?;
    geometries
        .into_iter()
        .map(|g| {
            let polygons = match g.kind.as_str() {
                "Polygon" => vec![polygon(&arcs, &g.arcs)?],
                "MultiPolygon" => g
                    .arcs
                    .as_array()
                    .map(|ps| ps.iter().map(|p| polygon(&arcs, p)).collect())
                    .transpose()?
                    .unwrap_or_default(),
                _ => Vec::new(),
            };
            Ok(Feature {
                properties: g.properties,
                polygons,
            })
        })
        .collect()
}

/// Delta-decodes and un-quantizes every arc once.
fn absolute_arcs(topo: &Topology) -> Vec<Vec<[f64; 2]>> {
    topo.arcs
        .iter()
        .map(|arc| match &topo.transform {
            Some(t) => {
                let (mut x, mut y) = (0.0, 0.0);
                arc.iter()
                    .map(|d| {
                        x += d[0];
                        y += d[1];
                        [
                            x * t.scale[0] + t.translate[0],
                            y * t.scale[1] + t.translate[1],
                        ]
                    })
                    .collect()
            }
            None => arc.clone(),
        })
        .collect()
}

fn polygon(arcs: &[Vec<[f64; 2]>], rings: &Value) -> Result<Polygon, TopoError> {
    rings
        .as_array()
        .map(|rs| rs.iter().map(|r| ring(arcs, r)).collect())
        .unwrap_or_else(|| Ok(Vec::new()))
}

fn ring(arcs: &[Vec<[f64; 2]>], indexes: &Value) -> Result<Ring, TopoError> {
    let mut out: Ring = Vec::new();
    for index in indexes.as_array().into_iter().flatten() {
        let i = index.as_i64().unwrap_or(i64::MAX);
        // A negative index `~i` means arc `i` reversed.
        let (k, reversed) = if i < 0 { (!i, true) } else { (i, false) };
        let arc = usize::try_from(k)
            .ok()
            .and_then(|k| arcs.get(k))
            .ok_or(TopoError::BadArc(i))?;
        let points: Box<dyn Iterator<Item = &[f64; 2]>> = if reversed {
            Box::new(arc.iter().rev())
        } else {
            Box::new(arc.iter())
        };
        // Consecutive arcs share their junction point: skip it.
        let skip = usize::from(!out.is_empty());
        out.extend(points.skip(skip).copied());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn france_departements_decode_and_contain_their_chef_lieu() {
        let deps = decode(crate::FRANCE_TOPOJSON, "departements").unwrap();
        assert_eq!(deps.len(), 101);
        let rhone = deps.iter().find(|d| d.prop("code") == "69").unwrap();
        // Lyon, Hôtel de ville.
        assert!(rhone.contains(4.8357, 45.7676));
        assert!(!rhone.contains(2.3522, 48.8566));
    }

    #[test]
    fn world_countries_decode_with_iso_codes() {
        let countries = decode(crate::WORLD_TOPOJSON, "countries").unwrap();
        assert_eq!(countries.len(), 239);
        let india = countries.iter().find(|c| c.prop("iso2") == "IN").unwrap();
        assert!(india.contains(79.8083, 11.9416)); // Puducherry
    }
}
