//! A saved map in the search page's URL: the search's own query string plus
//! `carte=lat,lng,zoom` and `calques=cooperation,action` (the API ignores both). Reopening a
//! saved map from « Mon espace » opens that URL: the map starts on the saved view with the
//! saved layers.
//!
//! Pure functions of strings, unit-tested natively; [`MapState`] holds them for the page.

use atlas_domain::{MapLayer, MapView, MarkerKind, SavedSearch, SavedSearchKind, links};
use leptos::prelude::*;

use crate::components::map::Viewpoint;

/// The URL parameter of the saved view.
pub const VIEW_PARAM: &str = "carte";
/// The URL parameter of the saved layers.
pub const LAYERS_PARAM: &str = "calques";

/// The saved-map layer of a marker kind.
pub fn layer_of(kind: MarkerKind) -> MapLayer {
    match kind {
        MarkerKind::CooperationDecentralisee => MapLayer::Cooperation,
        MarkerKind::AutreActionExterieure => MapLayer::Action,
        MarkerKind::DemandeCooperation => MapLayer::Bourse,
    }
}

/// The layers of `kinds` that `hidden` leaves visible.
pub fn shown_layers(kinds: &[MarkerKind], hidden: &[MarkerKind]) -> Vec<MapLayer> {
    kinds
        .iter()
        .filter(|k| !hidden.contains(k))
        .map(|k| layer_of(*k))
        .collect()
}

/// The kinds of `kinds` a saved map did not show.
pub fn hidden_kinds(kinds: &[MarkerKind], shown: &[MapLayer]) -> Vec<MarkerKind> {
    kinds
        .iter()
        .filter(|k| !shown.contains(&layer_of(**k)))
        .copied()
        .collect()
}

/// The app URL that reopens a saved search or map.
pub fn saved_url(saved: &SavedSearch) -> String {
    let mut parts: Vec<String> = Vec::new();
    if !saved.query.is_empty() {
        parts.push(saved.query.clone());
    }
    if let (SavedSearchKind::Map, Some(view)) = (saved.kind, &saved.map_view) {
        let at = Viewpoint {
            lat: view.lat,
            lng: view.lng,
            zoom: view.zoom,
        };
        parts.push(format!("{VIEW_PARAM}={}", at.to_param()));
        let layers: Vec<&str> = view.layers.iter().map(|l| l.as_str()).collect();
        parts.push(format!("{LAYERS_PARAM}={}", layers.join(",")));
    }
    links::search_with(&parts.join("&"))
}

/// The layers a URL names (unknown names dropped); `None` when it names none.
pub fn layers_param(text: &str) -> Option<Vec<MapLayer>> {
    let layers: Vec<MapLayer> = text
        .split(',')
        .filter_map(|name| name.trim().parse().ok())
        .collect();
    (!layers.is_empty()).then_some(layers)
}

/// The results map's view and layers: what « Enregistrer la carte » saves, and what a reopened
/// saved map starts with.
#[derive(Clone, Copy)]
pub struct MapState {
    /// The map's centre and zoom, as the user left them.
    pub view: RwSignal<Option<Viewpoint>>,
    /// The kinds the legend hides.
    pub hidden: RwSignal<Vec<MarkerKind>>,
    /// The view to open on (a saved map), instead of framing the markers.
    pub start: Option<Viewpoint>,
}

impl MapState {
    /// The state a URL describes (`get` reads one parameter), for a map of `kinds`.
    pub fn from_params(get: impl Fn(&str) -> Option<String>, kinds: &[MarkerKind]) -> MapState {
        let start = get(VIEW_PARAM).and_then(|v| Viewpoint::from_param(&v));
        let hidden = get(LAYERS_PARAM)
            .and_then(|l| layers_param(&l))
            .map(|shown| hidden_kinds(kinds, &shown))
            .unwrap_or_default();
        MapState {
            view: RwSignal::new(start),
            hidden: RwSignal::new(hidden),
            start,
        }
    }

    /// What a saved map keeps of the map now (`None` before the map has a view).
    pub fn map_view(&self, kinds: &[MarkerKind]) -> Option<MapView> {
        let view = self.view.get_untracked()?;
        Some(MapView {
            lat: view.lat,
            lng: view.lng,
            zoom: view.zoom,
            layers: self.hidden.with_untracked(|h| shown_layers(kinds, h)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KINDS: &[MarkerKind] = &[
        MarkerKind::CooperationDecentralisee,
        MarkerKind::AutreActionExterieure,
    ];

    fn saved(kind: SavedSearchKind, map_view: Option<MapView>) -> SavedSearch {
        let at = chrono::NaiveDateTime::default();
        SavedSearch {
            id: 1,
            kind,
            name: "Eau au Sénégal".into(),
            query: "country=SN&q=eau".into(),
            map_view,
            created_at: at,
            updated_at: at,
        }
    }

    #[test]
    fn a_saved_search_reopens_its_query() {
        assert_eq!(
            saved_url(&saved(SavedSearchKind::Search, None)),
            "/recherche?country=SN&q=eau"
        );
    }

    #[test]
    fn a_saved_map_reopens_its_query_view_and_layers() {
        let view = MapView {
            lat: 14.5,
            lng: -14.25,
            zoom: 6.0,
            layers: vec![MapLayer::Cooperation],
        };
        assert_eq!(
            saved_url(&saved(SavedSearchKind::Map, Some(view))),
            "/recherche?country=SN&q=eau&carte=14.5,-14.25,6&calques=cooperation"
        );
    }

    #[test]
    fn layers_and_hidden_kinds_are_complements() {
        let hidden = hidden_kinds(KINDS, &[MapLayer::Action]);
        assert_eq!(hidden, vec![MarkerKind::CooperationDecentralisee]);
        assert_eq!(shown_layers(KINDS, &hidden), vec![MapLayer::Action]);
        assert_eq!(
            layers_param("action, inconnu"),
            Some(vec![MapLayer::Action])
        );
        assert_eq!(layers_param("inconnu"), None);
    }
}
