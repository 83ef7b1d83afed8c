//! Keyboard access to the markers (RGAA 7.3): every marker is a focusable button named by its
//! place, kind and count; Enter or Space opens its popup and moves the focus to the popup's
//! link; Escape closes it (Leaflet's own keyboard handler). Cluster icons are Leaflet markers,
//! focusable and operable already.

use js_sys::Reflect;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, KeyboardEvent, MouseEvent, MouseEventInit};

/// The option a marker carries its accessible name in.
pub const LABEL_OPTION: &str = "atlasLabel";

/// `layeradd` listener: gives each marker's SVG path a tab stop, a role and a name. Leaflet
/// creates the path anew each time a marker is added (layer toggles, clusters opening), so
/// this runs on every addition.
pub fn on_layer_add() -> Closure<dyn Fn(JsValue)> {
    Closure::new(|event: JsValue| {
        let Ok(layer) = Reflect::get(&event, &"layer".into()) else {
            return;
        };
        let label = Reflect::get(&layer, &"options".into())
            .and_then(|o| Reflect::get(&o, &LABEL_OPTION.into()))
            .ok()
            .and_then(|l| l.as_string());
        let path = Reflect::get(&layer, &"_path".into())
            .ok()
            .and_then(|p| p.dyn_into::<Element>().ok());
        if let (Some(label), Some(path)) = (label, path) {
            let _ = path.set_attribute("tabindex", "0");
            let _ = path.set_attribute("role", "button");
            let _ = path.set_attribute("aria-label", &label);
        }
    })
}

/// `keydown` listener of the map container: Enter or Space on a marker clicks it.
pub fn on_key_down() -> Closure<dyn Fn(KeyboardEvent)> {
    Closure::new(|event: KeyboardEvent| {
        if event.key() != "Enter" && event.key() != " " {
            return;
        }
        let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        if !target.class_list().contains("atlas-marker") {
            return;
        }
        event.prevent_default();
        let init = MouseEventInit::new();
        init.set_bubbles(true);
        init.set_cancelable(true);
        if let Ok(click) = MouseEvent::new_with_mouse_event_init_dict("click", &init) {
            let _ = target.dispatch_event(&click);
        }
    })
}

/// After a popup opened from a focused marker, moves the focus into it (to its link, or its
/// close button), so that keyboard users land where the content is.
pub fn focus_into_popup(popup: &Element) {
    let from_marker = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_some_and(|e| e.class_list().contains("atlas-marker"));
    if !from_marker {
        return;
    }
    let target = popup
        .query_selector(".atlas-popup__link")
        .ok()
        .flatten()
        .or_else(|| {
            popup
                .query_selector(".leaflet-popup-close-button")
                .ok()
                .flatten()
        });
    if let Some(target) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = target.focus();
    }
}
