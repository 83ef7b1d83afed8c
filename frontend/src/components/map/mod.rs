//! THE map of the Atlas: a Leaflet map with no tile server (vector basemap from the server's
//! TopoJSON), blue / yellow / red circle markers from a [`MarkerLayer`], and a legend that
//! toggles each kind. Every page with a map (home, country, région, collectivité, search) uses
//! [`AtlasMap`].

mod basemap;
mod bindings;
mod choropleth;
mod cluster;
mod fit;
mod keyboard;
mod leaflet_map;
mod legend;
mod markers;
mod popup;
mod scale;
mod viewpoint;

use std::cell::RefCell;
use std::rc::Rc;

use atlas_domain::{MarkerKind, MarkerLayer};
use leaflet::Map;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

pub use basemap::Basemap;
pub use choropleth::Choropleth;
pub use fit::Fit;
pub use markers::MarkerGrouping;
pub use viewpoint::Viewpoint;

use crate::api::ApiError;
use crate::components::ApiErrorAlert;
use basemap::{Drawn, Paint};
use choropleth::ChoroplethLegend;
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
    /// What the map frames once loaded: a country, a région, a département, its markers.
    #[prop(optional, into)]
    fit: Signal<Fit>,
    /// Areas coloured by value (régions or départements by number of projects).
    #[prop(optional, into)]
    choropleth: Signal<Option<Choropleth>>,
    /// The kinds its markers can be (the legend offers a toggle for each).
    #[prop(default = MarkerKind::ALL)]
    kinds: &'static [MarkerKind],
    /// Opens the map on this view instead of framing `fit` (a saved map reopened).
    #[prop(default = None)]
    start_view: Option<Viewpoint>,
    /// Follows the map's centre and zoom as the user moves it.
    #[prop(optional)]
    view: Option<RwSignal<Option<Viewpoint>>>,
    /// The hidden kinds, when the page needs to read or set them (saved maps); else the map
    /// keeps its own.
    #[prop(optional)]
    hidden: Option<RwSignal<Vec<MarkerKind>>>,
) -> impl IntoView {
    let container = NodeRef::<Div>::new();
    let hidden = hidden.unwrap_or_else(|| RwSignal::new(Vec::<MarkerKind>::new()));
    let basemap_error = RwSignal::new(None::<ApiError>);
    let ready = RwSignal::new(false);
    let basemap_ready = RwSignal::new(false);
    let handle = StoredValue::new_local(None::<MapHandle>);

    // Create the map once the container exists, then fetch the basemap.
    Effect::new(move |_| {
        let Some(element) = container.get() else {
            return;
        };
        if handle.with_value(Option::is_some) {
            return;
        }
        match MapHandle::create(&element, basemap, grouping, view) {
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
            match basemap::features(basemap).await {
                Ok(features) => {
                    let paint =
                        Paint::new(choropleth.get_untracked().as_ref(), fit.get_untracked());
                    let drawn = Drawn::new(features, paint);
                    let _ = handle.try_with_value(|map| {
                        if let Some(map) = map {
                            map.map.add_layer(&drawn.layer);
                            map.drawn.replace(Some(drawn));
                        }
                    });
                    basemap_ready.set(true);
                }
                Err(err) => basemap_error.set(Some(err)),
            }
        });
    });

    // Repaint the areas when the choropleth or the framed area changes.
    Effect::new(move |_| {
        let paint = Paint::new(choropleth.get().as_ref(), fit.get());
        if !basemap_ready.get() {
            return;
        }
        handle.with_value(|map| {
            if let Some(drawn) = map.as_ref().and_then(|m| m.drawn.try_borrow().ok())
                && let Some(drawn) = drawn.as_ref()
            {
                drawn.repaint(paint);
            }
        });
    });

    // Frame the asked area once what it needs is there (and again when it changes).
    let fitted = StoredValue::new_local(None::<Fit>);
    Effect::new(move |_| {
        let wanted = fit.get();
        let has_markers = markers.with(Option::is_some);
        if !ready.get() || fitted.with_value(|f| f.as_ref() == Some(&wanted)) {
            return;
        }
        let done = handle.with_value(|map| {
            let Some(map) = map else { return false };
            if let Some(start) = start_view {
                start.apply(&map.map);
                return true;
            }
            match &wanted {
                Fit::Initial => true,
                Fit::Markers => {
                    has_markers
                        && markers.with_untracked(|layer| {
                            layer.as_ref().is_some_and(|l| fit::to_markers(&map.map, l))
                        })
                }
                area => {
                    basemap_ready.get()
                        && map.drawn.try_borrow().ok().is_some_and(|drawn| {
                            drawn
                                .as_ref()
                                .is_some_and(|d| fit::to_features(&map.map, &d.features, area))
                        })
                }
            }
        });
        if done {
            fitted.set_value(Some(wanted));
        }
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
            <ChoroplethLegend map_id=id choropleth=choropleth />
            <MapLegend map_id=id hidden=hidden kinds=kinds />
        </div>
    }
}

/// A Leaflet event name and the callback listening to it.
type Listener = (&'static str, Closure<dyn Fn(JsValue)>);

/// The Leaflet objects of one mounted map, and the JavaScript callbacks they hold.
struct MapHandle {
    map: Map,
    markers: Rc<RefCell<MarkerLayers>>,
    drawn: RefCell<Option<Drawn>>,
    listeners: Vec<Listener>,
    container: web_sys::HtmlDivElement,
    on_key: Closure<dyn Fn(web_sys::KeyboardEvent)>,
}

impl MapHandle {
    fn create(
        container: &web_sys::HtmlDivElement,
        basemap: Basemap,
        grouping: MarkerGrouping,
        view: Option<RwSignal<Option<Viewpoint>>>,
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
        let on_popup = leaflet_map::on_popup_open();
        let on_move = {
            let element = container.clone();
            viewpoint::on_move_end(&map, move |now| {
                let _ = element.set_attribute("data-view", &now.to_param());
                if let Some(view) = view {
                    view.try_set(Some(now));
                }
            })
        };
        let listeners = vec![
            ("zoomend", on_zoom),
            ("popupopen", on_popup),
            ("layeradd", keyboard::on_layer_add()),
            ("moveend", on_move),
        ];
        for (event, listener) in &listeners {
            map.on(event, listener.as_ref());
        }
        let on_key = keyboard::on_key_down();
        container.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref())?;
        Ok(MapHandle {
            map,
            markers,
            drawn: RefCell::new(None),
            listeners,
            container: container.clone(),
            on_key,
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
        let _ = self
            .container
            .remove_event_listener_with_callback("keydown", self.on_key.as_ref().unchecked_ref());
        self.map.remove();
    }
}
