//! Cluster icons of dense maps: one cluster layer per kind, each drawn in its kind's colour
//! with the total it stands for (projects or requests, not markers), and a name for screen
//! readers. Leaflet markers, so focusable; Enter zooms in like a click.

use atlas_domain::MarkerKind;
use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::bindings::div_icon;
use crate::format;

/// The option a marker carries its count in.
pub const COUNT_OPTION: &str = "atlasCount";

/// Options of a cluster layer drawing its icons with `icon`.
pub fn options(icon: &Closure<dyn Fn(JsValue) -> JsValue>) -> JsValue {
    let options = Object::new();
    let _ = Reflect::set(&options, &"showCoverageOnHover".into(), &JsValue::FALSE);
    let _ = Reflect::set(
        &options,
        &"maxClusterRadius".into(),
        &JsValue::from_f64(40.0),
    );
    let _ = Reflect::set(&options, &"iconCreateFunction".into(), icon.as_ref());
    options.into()
}

/// The sum of the counts of a cluster's markers.
fn total(cluster: &JsValue) -> (u32, i64) {
    let markers = Reflect::get(cluster, &"getAllChildMarkers".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .and_then(|f| f.call0(cluster).ok())
        .map(|a| Array::from(&a))
        .unwrap_or_default();
    let sum = markers
        .iter()
        .filter_map(|m| {
            Reflect::get(&m, &"options".into())
                .and_then(|o| Reflect::get(&o, &COUNT_OPTION.into()))
                .ok()
                .and_then(|c| c.as_f64())
        })
        .sum::<f64>();
    (markers.length(), sum as i64)
}

/// The `iconCreateFunction` of the cluster layer of `kind`.
pub fn icon_function(kind: MarkerKind) -> Closure<dyn Fn(JsValue) -> JsValue> {
    Closure::new(move |cluster: JsValue| {
        let (places, count) = total(&cluster);
        let size = (28.0 + 6.0 * (count.max(1) as f64).log10()).min(48.0);
        let noun = match kind {
            MarkerKind::DemandeCooperation => ("demande", "demandes"),
            _ => ("projet", "projets"),
        };
        let html = format!(
            "<span aria-hidden=\"true\">{}</span><span class=\"fr-sr-only\">{} lieux regroupés : {} \
             ({}). Entrée pour zoomer.</span>",
            format::integer(count),
            places,
            format::count_with_noun(count, noun.0, noun.1),
            kind.label()
        );
        let options = Object::new();
        let _ = Reflect::set(&options, &"html".into(), &html.into());
        let _ = Reflect::set(
            &options,
            &"className".into(),
            &format!("atlas-cluster atlas-cluster--{}", kind.as_str()).into(),
        );
        let dimension = Array::of2(&size.into(), &size.into());
        let _ = Reflect::set(&options, &"iconSize".into(), &dimension);
        div_icon(&options.into())
    })
}
