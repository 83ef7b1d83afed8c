//! Creation of the Leaflet map itself: options, French controls, the credits the data
//! licences ask for, and the panes.

use js_sys::{Function, Object, Reflect};
use leaflet::{LatLng, LatLngBounds, Map, MapOptions, Zoom, ZoomOptions};
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use web_sys::HtmlElement;

use super::basemap::{self, Basemap};
use super::bindings::attribution_control;
use super::keyboard;

/// The credits PROVENANCE.md §2 asks maps to show.
pub const ATTRIBUTION: &str =
    "© IGN Admin Express 2018 – Licence Ouverte · Natural Earth · GeoNames CC BY 4.0";

/// A Leaflet map in `container`, showing `basemap`'s initial area, with no tile layer.
pub fn create(container: &HtmlElement, basemap: Basemap) -> Result<Map, JsValue> {
    let options = MapOptions::new();
    options.set_zoom_control(false);
    options.set_attribution_control(false);
    options.set_zoom_snap(0.25);
    options.set_zoom_delta(1.0);
    options.set_min_zoom(1.0);
    options.set_max_zoom(10.0);
    // A page scrolls with the wheel; zooming stays on the buttons, double click and keyboard.
    options.set_scroll_wheel_zoom(false);
    options.set_world_copy_jump(false);
    let map = Map::new_with_element(container, &options)?;

    map.create_pane_by_name(basemap::PANE);

    let mut zoom = ZoomOptions::new();
    zoom.set_zoom_in_title("Zoom avant");
    zoom.set_zoom_out_title("Zoom arrière");
    Zoom::new(&zoom).add_to(&map);

    let credits = Object::new();
    let _ = Reflect::set(
        &credits,
        &"prefix".into(),
        &"<a href=\"https://leafletjs.com\" title=\"Leaflet, bibliothèque de cartes\">Leaflet</a>"
            .into(),
    );
    attribution_control(&credits)
        .add_attribution(ATTRIBUTION)
        .add_to(&map);

    let ((south, west), (north, east)) = basemap.initial_bounds();
    map.fit_bounds(&LatLngBounds::new(
        &LatLng::new(south, west),
        &LatLng::new(north, east),
    ));
    Ok(map)
}

/// When a popup opens: gives its close button a French accessible name (Leaflet's is « Close
/// popup »), and moves the keyboard focus into it when it was opened from a focused marker.
/// The closure must live as long as the map.
pub fn on_popup_open() -> Closure<dyn Fn(JsValue)> {
    Closure::new(|event: JsValue| {
        let element = Reflect::get(&event, &"popup".into())
            .and_then(|popup| {
                Reflect::get(&popup, &"getElement".into())?
                    .dyn_into::<Function>()?
                    .call0(&popup)
            })
            .ok()
            .and_then(|container| container.dyn_into::<web_sys::Element>().ok());
        let Some(popup) = element else {
            return;
        };
        if let Some(button) = popup
            .query_selector(".leaflet-popup-close-button")
            .ok()
            .flatten()
        {
            let _ = button.set_attribute("aria-label", "Fermer la bulle");
            let _ = button.set_attribute("title", "Fermer la bulle");
        }
        keyboard::focus_into_popup(&popup);
    })
}
