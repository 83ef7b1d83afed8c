//! `/departements/:code`: a département — the map of its collectivités, where their projects
//! go, the collectivités list and the charts with the APD they paid.

use atlas_domain::{DepartementDetail, links};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::{self, query_string};
use crate::components::map::{AtlasMap, Basemap, Fit, MarkerGrouping};
use crate::components::{Breadcrumb, CollectiviteList, FigureCharts, KeyFigures, Side, fetched};
use crate::layout::set_page_title;

/// A département's page.
#[component]
pub fn DepartementPage() -> impl IntoView {
    let params = use_params_map();
    let code = Memo::new(move |_| {
        params
            .read()
            .get("code")
            .unwrap_or_default()
            .to_ascii_uppercase()
    });
    let detail = LocalResource::new(move || api::fetch_departement(code.get()));
    let collectivites = LocalResource::new(move || {
        api::fetch_markers(query_string(&[
            ("level", "collectivite".to_owned()),
            ("departement", code.get()),
        ]))
    });
    let world = LocalResource::new(move || {
        api::fetch_markers(query_string(&[
            ("level", "country".to_owned()),
            ("departement", code.get()),
        ]))
    });
    let render = move |d: DepartementDetail| {
        set_page_title(&d.name);
        let trail = vec![
            ("Accès France".to_owned(), links::FRANCE.to_owned()),
            (d.region.name.clone(), links::region(&d.region.code)),
        ];
        view! {
            <Breadcrumb links=trail current=d.name.clone() />
            <h1>{format!("{} ({})", d.name, d.code)}</h1>
            <section class="fr-mb-6w" aria-labelledby="chiffres">
                <h2 id="chiffres">"Chiffres clés"</h2>
                <KeyFigures figures=d.figures.clone() side=Side::France />
            </section>
            <section class="fr-mb-6w" aria-labelledby="carte">
                <h2 id="carte">"Carte du département"</h2>
                <AtlasMap
                    label=format!("Carte des collectivités du département {}", d.name)
                    basemap=Basemap::FranceDepartements
                    grouping=MarkerGrouping::Clustered
                    fit=Fit::Departement(d.code.clone())
                    markers=Signal::derive(move || collectivites.get().and_then(Result::ok))
                    loading=Signal::derive(move || collectivites.get().is_none())
                />
            </section>
            <section class="fr-mb-6w" aria-labelledby="monde">
                <h2 id="monde">"Dans le monde"</h2>
                <AtlasMap
                    id="carte-monde"
                    label=format!("Pays des projets des collectivités du département {}", d.name)
                    fit=Fit::Markers
                    markers=Signal::derive(move || world.get().and_then(Result::ok))
                    loading=Signal::derive(move || world.get().is_none())
                />
            </section>
            <section class="fr-mb-6w" aria-labelledby="collectivites">
                <h2 id="collectivites">"Collectivités"</h2>
                <CollectiviteList criteria=vec![("departement", d.code.clone())] id="liste-collectivites" />
            </section>
            <section aria-labelledby="graphiques">
                <h2 id="graphiques">"Graphiques"</h2>
                <FigureCharts figures=d.figures place=d.name id="departement" apd_verb="versée" />
            </section>
        }
    };
    view! {
        <div class="fr-container fr-pt-4w fr-pb-8w" data-page="departement">
            {fetched(detail, "Chargement du département…", "Le département n'a pas pu être chargé", render)}
        </div>
    }
}
