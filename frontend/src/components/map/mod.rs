//! THE map of the Atlas: a Leaflet map with no tile server (vector basemap from the server's
//! TopoJSON), blue / yellow / red circle markers from a [`MarkerLayer`], and a legend that
//! toggles each kind. Every page with a map (home, country, région, collectivité, search) uses
//! [`AtlasMap`].

mod basemap;
mod bindings;
mod leaflet_map;
mod legend;
mod markers;
mod popup;
mod scale;

use std::cell::RefCell;
use std::rc::Rc;

use atlas_domain::{MarkerKind, MarkerLayer};
use leaflet::Map;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;

pub use basemap::Basemap;
pub use markers::MarkerGrouping;

use crate::api::ApiError;
use crate::components::ApiErrorAlert;
use legend::MapLegend;
use markers::MarkerLayers;

/// A map with its markers and legend.
///
/// The map is created once its container is in the page; markers are (re)drawn whenever
/// `markers` changes; the Leaflet map is removed with the component.
#[component]
pub fn AtlasMap(
    /// Accessible name of the map, e.g. « Carte du monde des actions extérieures ».
    #[prop(into)]
    label: String,
    /// The markers; `None` while they load or when they could not be loaded (the basemap shows
    /// meanwhile; the page says what went wrong).
    #[prop(into)]
    markers: Signal<Option<MarkerLayer>>,
    /// True while the markers load: the map says so over itself.
    #[prop(optional, into)]
    loading: Signal<bool>,
    /// `id` of the map container, unique in the page. Browser tests look for `atlas-map`.
    #[prop(default = "atlas-map")]
    id: &'static str,
    /// The geometries under the markers.
    #[prop(default = Basemap::World)]
    basemap: Basemap,
    /// Whether markers are clustered (dense maps) or drawn one by one.
    #[prop(optional)]
    grouping: MarkerGrouping,
) -> impl IntoView {
    let container = NodeRef::<Div>::new();
    let hidden = RwSignal::new(Vec::<MarkerKind>::new());
    let basemap_error = RwSignal::new(None::<ApiError>);
    let ready = RwSignal::new(false);
    let handle = StoredValue::new_local(None::<MapHandle>);

    // Create the map once the container exists, then fetch the basemap.
    Effect::new(move |_| {
        let Some(element) = container.get() else {
            return;
        };
        if handle.with_value(Option::is_some) {
            return;
        }
        match MapHandle::create(&element, basemap, grouping) {
            Ok(created) => {
                handle.set_value(Some(created));
                ready.set(true);
            }
            Err(err) => {
                leptos::logging::error!("la carte n'a pas pu être créée : {err:?}");
                return;
            }
        }
        spawn_local(async move {
            match basemap::load(basemap).await {
                Ok(layer) => {
                    let _ = handle.try_with_value(|map| {
                        if let Some(map) = map {
                            map.map.add_layer(&layer);
                        }
                    });
                }
                Err(err) => basemap_error.set(Some(err)),
            }
        });
    });

    // Draw the markers whenever they change.
    Effect::new(move |_| {
        let layer = markers.get();
        if !ready.get() {
            return;
        }
        handle.with_value(|map| {
            if let (Some(map), Some(layer)) = (map, layer) {
                map.fill(&layer, &hidden.get_untracked());
            }
        });
    });

    // Follow the legend.
    Effect::new(move |_| {
        let hidden_kinds = hidden.get();
        if !ready.get() {
            return;
        }
        handle.with_value(|map| {
            if let Some(map) = map {
                map.show(&hidden_kinds);
            }
        });
    });

    on_cleanup(move || {
        let _ = handle.try_update_value(|map| {
            if let Some(map) = map.take() {
                map.destroy();
            }
        });
    });

    view! {
        <div class="atlas-map-block">
            {move || {
                basemap_error
                    .get()
                    .map(|error| {
                        view! {
                            <ApiErrorAlert
                                title="Le fond de carte n'a pas pu être chargé"
                                error=error
                            />
                        }
                    })
            }}
            <div class="atlas-map-frame">
                <div
                    id=id
                    class="atlas-map"
                    node_ref=container
                    role="region"
                    aria-label=label
                    aria-busy=move || loading.get().to_string()
                ></div>
                <Show when=move || loading.get()>
                    <p class="atlas-map-status" role="status">
                        "Chargement des données de la carte…"
                    </p>
                </Show>
            </div>
            <MapLegend map_id=id hidden=hidden />
        </div>
    }
}

/// A Leaflet event name and the callback listening to it.
type Listener = (&'static str, Closure<dyn Fn(JsValue)>);

/// The Leaflet objects of one mounted map, and the JavaScript callbacks they hold.
struct MapHandle {
    map: Map,
    markers: Rc<RefCell<MarkerLayers>>,
    listeners: Vec<Listener>,
}

impl MapHandle {
    fn create(
        container: &web_sys::HtmlDivElement,
        basemap: Basemap,
        grouping: MarkerGrouping,
    ) -> Result<Self, JsValue> {
        let map = leaflet_map::create(container, basemap)?;
        let markers = Rc::new(RefCell::new(MarkerLayers::new(grouping)));

        // Offsets are in pixels: recompute them at each zoom level. A zoom fired while the
        // markers are being refilled is skipped (the refill places them itself).
        let on_zoom = {
            let markers = Rc::clone(&markers);
            let map = map.clone();
            Closure::<dyn Fn(JsValue)>::new(move |_| {
                if let Ok(markers) = markers.try_borrow() {
                    markers.place(&map);
                }
            })
        };
        let on_popup = leaflet_map::translate_popup_close_button();
        let listeners = vec![("zoomend", on_zoom), ("popupopen", on_popup)];
        for (event, listener) in &listeners {
            map.on(event, listener.as_ref());
        }
        Ok(MapHandle {
            map,
            markers,
            listeners,
        })
    }

    fn fill(&self, layer: &MarkerLayer, hidden: &[MarkerKind]) {
        if let Ok(mut markers) = self.markers.try_borrow_mut() {
            markers.fill(&self.map, layer);
            markers.show(&self.map, hidden);
        }
    }

    fn show(&self, hidden: &[MarkerKind]) {
        if let Ok(markers) = self.markers.try_borrow() {
            markers.show(&self.map, hidden);
        }
    }

    /// Removes the map from the page, then drops the callbacks it could still call.
    fn destroy(self) {
        for (event, listener) in &self.listeners {
            self.map.off(event, listener.as_ref());
        }
        self.map.remove();
    }
}
