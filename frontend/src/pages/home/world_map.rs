//! The world map of the home page: every country's markers of the three kinds.

use leptos::prelude::*;

use crate::api;
use crate::components::ApiErrorAlert;
use crate::components::map::AtlasMap;

/// The world map, with an error alert above it when the markers could not be loaded.
#[component]
pub fn WorldMap() -> impl IntoView {
    let markers = LocalResource::new(|| api::fetch_markers(String::new()));
    let layer = Signal::derive(move || markers.get().and_then(Result::ok));
    let error = move || {
        markers.get().and_then(Result::err).map(|error| {
            view! {
                <ApiErrorAlert
                    title="Les marqueurs de la carte n'ont pas pu être chargés"
                    error=error
                    on_retry=move |()| markers.refetch()
                />
            }
        })
    };

    view! {
        <p class="fr-text--sm atlas-map-intro">
            "Chaque disque représente le nombre de projets ou de demandes d'un pays ; sa surface "
            "est proportionnelle au nombre. Cliquez sur un disque pour en voir le détail. Les mêmes "
            "chiffres sont donnés "
            <a href="#par-continent" rel="external">"par continent dans le tableau ci-dessous"</a>
            "."
        </p>
        {error}
        <AtlasMap
            label="Carte du monde des actions extérieures des collectivités françaises"
            markers=layer
            loading=Signal::derive(move || markers.get().is_none())
        />
    }
}
