//! `/continents/:code`: a continent's figures, map, sub-continents, countries and charts.

use atlas_domain::{ContinentDetail, links};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::{self, layer_query};
use crate::components::map::{AtlasMap, Fit};
use crate::components::{Breadcrumb, FigureCharts, KeyFigures, PlaceTable, Side, fetched};
use crate::layout::set_page_title;

/// A continent's page.
#[component]
pub fn ContinentPage() -> impl IntoView {
    let params = use_params_map();
    let code = Memo::new(move |_| params.read().get("code").unwrap_or_default());
    let detail = LocalResource::new(move || api::fetch_continent(code.get()));
    let markers = LocalResource::new(move || {
        api::fetch_markers(layer_query("country", "continent", code.get()))
    });
    let render = move |c: ContinentDetail| {
        set_page_title(&c.name_fr);
        view! {
            <Breadcrumb links=vec![("Accès monde".to_owned(), links::WORLD.to_owned())] current=c.name_fr.clone() />
            <h1>{c.name_fr.clone()}</h1>
            <section class="fr-mb-6w" aria-labelledby="chiffres">
                <h2 id="chiffres">"Chiffres clés"</h2>
                <KeyFigures figures=c.figures.clone() side=Side::World />
            </section>
            <section class="fr-mb-6w" aria-labelledby="carte">
                <h2 id="carte">"Carte"</h2>
                <AtlasMap
                    label=format!("Carte des actions extérieures – {}", c.name_fr)
                    markers=Signal::derive(move || markers.get().and_then(Result::ok))
                    loading=Signal::derive(move || markers.get().is_none())
                    fit=Fit::Markers
                />
            </section>
            <section class="fr-mb-6w" aria-labelledby="sous-continents">
                <h2 id="sous-continents">"Sous-continents"</h2>
                <PlaceTable
                    id="liste-sous-continents"
                    caption=format!("Sous-continents – {}", c.name_fr)
                    place="Sous-continent"
                    rows=c.subcontinents.clone()
                    href=|code| links::subcontinent(code)
                    requests=true
                />
            </section>
            <section class="fr-mb-6w" aria-labelledby="pays">
                <h2 id="pays">"Pays"</h2>
                <PlaceTable
                    id="liste-pays"
                    caption=format!("Pays – {}", c.name_fr)
                    place="Pays"
                    rows=c.countries.clone()
                    href=|code| links::country(code)
                    requests=true
                />
            </section>
            <section aria-labelledby="graphiques">
                <h2 id="graphiques">"Graphiques"</h2>
                <FigureCharts figures=c.figures place=c.name_fr id="continent" apd_verb="reçue" />
            </section>
        }
    };
    view! {
        <div class="fr-container fr-pt-4w fr-pb-8w" data-page="continent">
            {fetched(detail, "Chargement du continent…", "Le continent n'a pas pu être chargé", render)}
        </div>
    }
}
