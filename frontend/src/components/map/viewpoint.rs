//! Where a map looks — its centre and zoom: read as the user moves it (saved maps keep it),
//! set when a saved map is reopened, and written on the map's element as `data-view` for
//! browser tests.

use leaflet::{LatLng, Map};
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;

/// A map's centre and zoom.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewpoint {
    pub lat: f64,
    pub lng: f64,
    pub zoom: f64,
}

impl Viewpoint {
    /// `lat,lng,zoom`, to five decimals (about a metre): the form URLs and `data-view` use.
    pub fn to_param(self) -> String {
        format!(
            "{},{},{}",
            round(self.lat, 5),
            round(self.lng, 5),
            round(self.zoom, 2)
        )
    }

    /// Reads `lat,lng,zoom`; `None` when it is not three numbers in range.
    pub fn from_param(text: &str) -> Option<Viewpoint> {
        let mut parts = text.split(',').map(|p| p.trim().parse::<f64>().ok());
        let (lat, lng, zoom) = (parts.next()??, parts.next()??, parts.next()??);
        let valid = parts.next().is_none()
            && (-90.0..=90.0).contains(&lat)
            && (-360.0..=360.0).contains(&lng)
            && (0.0..=20.0).contains(&zoom);
        valid.then_some(Viewpoint { lat, lng, zoom })
    }

    /// The view of `map` now.
    pub fn of(map: &Map) -> Viewpoint {
        let centre = map.get_center();
        Viewpoint {
            lat: centre.lat(),
            lng: centre.lng(),
            zoom: map.get_zoom(),
        }
    }

    /// Moves `map` to this view, without animation.
    pub fn apply(self, map: &Map) {
        map.set_view(&LatLng::new(self.lat, self.lng), self.zoom);
    }
}

/// `value` rounded to `decimals` decimals (shortest text: `2.5`, not `2.50000`).
fn round(value: f64, decimals: i32) -> f64 {
    let factor = 10f64.powi(decimals);
    (value * factor).round() / factor
}

/// A `moveend` listener calling `tell` with the new view.
pub fn on_move_end(map: &Map, tell: impl Fn(Viewpoint) + 'static) -> Closure<dyn Fn(JsValue)> {
    let map = map.clone();
    Closure::new(move |_| tell(Viewpoint::of(&map)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_survives_its_text_form() {
        let view = Viewpoint {
            lat: 14.692_345_6,
            lng: -17.446_789,
            zoom: 4.25,
        };
        assert_eq!(view.to_param(), "14.69235,-17.44679,4.25");
        let back = Viewpoint::from_param(&view.to_param()).unwrap();
        assert_eq!(back.to_param(), view.to_param());
    }

    #[test]
    fn malformed_views_are_ignored() {
        assert_eq!(Viewpoint::from_param("1,2"), None);
        assert_eq!(Viewpoint::from_param("1,2,3,4"), None);
        assert_eq!(Viewpoint::from_param("95,2,3"), None);
        assert_eq!(Viewpoint::from_param("a,b,c"), None);
    }
}
