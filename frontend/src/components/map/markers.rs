//! The marker layers of a map: one Leaflet layer group per kind (blue, yellow, red), circle
//! markers sized by count, popups, per-kind offsets kept in pixels at every zoom level, and the
//! show/hide switch the legend drives.

use std::collections::HashMap;

use atlas_domain::{MarkerFeature, MarkerKind, MarkerLayer};
use js_sys::{Object, Reflect};
use leaflet::{CircleMarker, CircleOptions, LatLng, Layer, LayerGroup, Map, Point};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::bindings::marker_cluster_group;
use super::{cluster, keyboard, popup, scale};

/// How a map groups its markers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MarkerGrouping {
    /// Every marker drawn on its own: world and country maps (a few hundred markers at most).
    #[default]
    Plain,
    /// Markers clustered by proximity (leaflet.markercluster), one cluster layer per kind:
    /// dense maps such as a région's collectivités or search results.
    Clustered,
}

/// A marker with the place it stands for and its screen offset from that place.
struct PlacedMarker {
    marker: CircleMarker,
    place: LatLng,
    offset: (f64, f64),
    radius: f64,
}

/// The markers of one map, by kind.
pub struct MarkerLayers {
    grouping: MarkerGrouping,
    groups: Vec<(MarkerKind, LayerGroup)>,
    placed: Vec<PlacedMarker>,
    /// The cluster icon callbacks, alive as long as the groups.
    _icons: Vec<Closure<dyn Fn(JsValue) -> JsValue>>,
}

impl MarkerLayers {
    /// Empty groups, one per kind, not yet on a map.
    pub fn new(grouping: MarkerGrouping) -> Self {
        let mut icons = Vec::new();
        let groups = MarkerKind::ALL
            .iter()
            .map(|kind| {
                let group = match grouping {
                    MarkerGrouping::Plain => LayerGroup::new(),
                    MarkerGrouping::Clustered => {
                        let icon = cluster::icon_function(*kind);
                        let group = marker_cluster_group(&cluster::options(&icon));
                        icons.push(icon);
                        group
                    }
                };
                (*kind, group)
            })
            .collect();
        MarkerLayers {
            grouping,
            groups,
            placed: Vec::new(),
            _icons: icons,
        }
    }

    /// Replaces the markers with those of `layer`, placed for the map's current zoom.
    pub fn fill(&mut self, map: &Map, layer: &MarkerLayer) {
        for (_, group) in &self.groups {
            group.clear_layers();
        }
        self.placed.clear();

        let max_count = layer
            .features
            .iter()
            .map(|feature| feature.properties.count)
            .max()
            .unwrap_or(0);
        let kinds_per_place = kinds_per_place(&layer.features);

        // Largest first: each smaller marker is drawn over the larger ones it overlaps.
        let mut features: Vec<&MarkerFeature> = layer.features.iter().collect();
        features.sort_by_key(|feature| std::cmp::Reverse(feature.properties.count));

        for feature in features {
            let radius = scale::radius(feature.properties.count, max_count);
            let shares_place = kinds_per_place
                .get(&place_key(feature))
                .is_some_and(|kinds| *kinds > 1);
            let offset = if shares_place && self.grouping == MarkerGrouping::Plain {
                scale::offset(feature.properties.kind, radius)
            } else {
                (0.0, 0.0)
            };
            let [lon, lat] = feature.geometry.coordinates;
            let place = LatLng::new(lat, lon);
            let marker = CircleMarker::new_with_options(&place, &marker_options(feature, radius));
            marker.bind_popup_with_options(
                &JsValue::from_str(&popup::popup_html(&feature.properties)),
                &popup_options(),
            );
            if let Some(group) = self.group(feature.properties.kind) {
                group.add_layer(marker.unchecked_ref::<Layer>());
            }
            self.placed.push(PlacedMarker {
                marker,
                place,
                offset,
                radius,
            });
        }
        self.place(map);
    }

    /// Moves every offset marker to its offset at the map's current zoom.
    pub fn place(&self, map: &Map) {
        let zoom = map.get_zoom();
        for placed in &self.placed {
            if placed.offset == (0.0, 0.0) {
                continue;
            }
            let origin = map.project_with_zoom(&placed.place, zoom);
            let moved = Point::new(origin.x() + placed.offset.0, origin.y() + placed.offset.1);
            placed
                .marker
                .set_lat_lng(&map.unproject_with_zoom(&moved, zoom));
        }
    }

    /// Shows the groups of the kinds not in `hidden`, hides the others, then restores the
    /// drawing order (largest below) that re-adding a group upsets.
    pub fn show(&self, map: &Map, hidden: &[MarkerKind]) {
        for (kind, group) in &self.groups {
            let layer = group.unchecked_ref::<Layer>();
            let wanted = !hidden.contains(kind);
            match (wanted, map.has_layer(layer)) {
                (true, false) => {
                    map.add_layer(layer);
                }
                (false, true) => {
                    map.remove_layer(layer);
                }
                _ => {}
            }
        }
        if self.grouping == MarkerGrouping::Plain {
            let mut order: Vec<&PlacedMarker> = self.placed.iter().collect();
            order.sort_by(|a, b| b.radius.total_cmp(&a.radius));
            for placed in order {
                if map.has_layer(placed.marker.unchecked_ref::<Layer>()) {
                    placed.marker.bring_to_front();
                }
            }
        }
    }

    fn group(&self, kind: MarkerKind) -> Option<&LayerGroup> {
        self.groups
            .iter()
            .find(|(group_kind, _)| *group_kind == kind)
            .map(|(_, group)| group)
    }
}

/// Where a marker stands: its coordinates (markers of several kinds for one place share them).
fn place_key(feature: &MarkerFeature) -> String {
    let [lon, lat] = feature.geometry.coordinates;
    format!("{lon:.5},{lat:.5}")
}

/// How many kinds of marker each place has.
fn kinds_per_place(features: &[MarkerFeature]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for feature in features {
        *counts.entry(place_key(feature)).or_insert(0) += 1;
    }
    counts
}

/// Colour, outline, size and class names of a marker. Class names let browser tests find the
/// SVG paths: `atlas-marker atlas-marker--<kind>`.
fn marker_options(feature: &MarkerFeature, radius: f64) -> CircleOptions {
    let kind = feature.properties.kind;
    let options = CircleOptions::new();
    options.set_radius(radius);
    options.set_fill(true);
    options.set_fill_color(kind.colour().to_owned());
    options.set_fill_opacity(0.85);
    options.set_stroke(true);
    // Yellow on light grey needs a dark outline to stay visible (contrast 3:1, RGAA 3.3).
    let (outline, weight) = match kind {
        MarkerKind::AutreActionExterieure => ("#3a3a3a", 1.5),
        MarkerKind::CooperationDecentralisee | MarkerKind::DemandeCooperation => ("#ffffff", 1.0),
    };
    options.set_color(outline.to_owned());
    options.set_weight(weight);
    options.set_opacity(1.0);
    options.set_bubbling_mouse_events(false);
    options.set_class_name(format!("atlas-marker atlas-marker--{}", kind.as_str()));
    // For keyboard users (the path's accessible name) and cluster icons (their total).
    let _ = Reflect::set(
        &options,
        &keyboard::LABEL_OPTION.into(),
        &popup::accessible_name(&feature.properties).into(),
    );
    let _ = Reflect::set(
        &options,
        &cluster::COUNT_OPTION.into(),
        &JsValue::from_f64(feature.properties.count as f64),
    );
    options
}

fn popup_options() -> JsValue {
    let options = Object::new();
    let _ = Reflect::set(&options, &"className".into(), &"atlas-popup".into());
    let _ = Reflect::set(&options, &"maxWidth".into(), &JsValue::from_f64(280.0));
    options.into()
}
