//! `/sous-continents/:code`: a sub-continent's figures, map, countries and charts.

use atlas_domain::{SubcontinentDetail, links};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::{self, layer_query};
use crate::components::map::{AtlasMap, Fit};
use crate::components::{Breadcrumb, FigureCharts, KeyFigures, PlaceTable, Side, fetched};
use crate::layout::set_page_title;

/// A sub-continent's page.
#[component]
pub fn SubcontinentPage() -> impl IntoView {
    let params = use_params_map();
    let code = Memo::new(move |_| params.read().get("code").unwrap_or_default());
    let detail = LocalResource::new(move || api::fetch_subcontinent(code.get()));
    let markers = LocalResource::new(move || {
        api::fetch_markers(layer_query("country", "subcontinent", code.get()))
    });
    let render = move |s: SubcontinentDetail| {
        set_page_title(&s.name_fr);
        let trail = vec![
            ("Accès monde".to_owned(), links::WORLD.to_owned()),
            (
                s.continent.name.clone(),
                links::continent(&s.continent.code),
            ),
        ];
        view! {
            <Breadcrumb links=trail current=s.name_fr.clone() />
            <h1>{s.name_fr.clone()}</h1>
            <section class="fr-mb-6w" aria-labelledby="chiffres">
                <h2 id="chiffres">"Chiffres clés"</h2>
                <KeyFigures figures=s.figures.clone() side=Side::World />
            </section>
            <section class="fr-mb-6w" aria-labelledby="carte">
                <h2 id="carte">"Carte"</h2>
                <AtlasMap
                    label=format!("Carte des actions extérieures – {}", s.name_fr)
                    markers=Signal::derive(move || markers.get().and_then(Result::ok))
                    loading=Signal::derive(move || markers.get().is_none())
                    fit=Fit::Markers
                />
            </section>
            <section class="fr-mb-6w" aria-labelledby="pays">
                <h2 id="pays">"Pays"</h2>
                <PlaceTable
                    id="liste-pays"
                    caption=format!("Pays – {}", s.name_fr)
                    place="Pays"
                    rows=s.countries.clone()
                    href=|code| links::country(code)
                    requests=true
                />
            </section>
            <section aria-labelledby="graphiques">
                <h2 id="graphiques">"Graphiques"</h2>
                <FigureCharts figures=s.figures place=s.name_fr id="sous-continent" apd_verb="reçue" />
            </section>
        }
    };
    view! {
        <div class="fr-container fr-pt-4w fr-pb-8w" data-page="sous-continent">
            {fetched(detail, "Chargement du sous-continent…", "Le sous-continent n'a pas pu être chargé", render)}
        </div>
    }
}
