//! `/regions/:code`: a région — its départements coloured by number of projects with the
//! collectivité markers (and a downloadable map), where its projects go in the world, its
//! départements and collectivités, and the charts with the APD its collectivités paid.

use atlas_domain::{RegionDetail, links};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::kind_switch::{self, KindSwitch};
use crate::api::{self, query_string};
use crate::components::map::{AtlasMap, Basemap, Fit, MarkerGrouping};
use crate::components::{
    Breadcrumb, CollectiviteList, FigureCharts, KeyFigures, PlaceTable, Side, fetched,
};
use crate::layout::set_page_title;

/// A région's page.
#[component]
pub fn RegionPage() -> impl IntoView {
    let params = use_params_map();
    let code = Memo::new(move |_| params.read().get("code").unwrap_or_default());
    let detail = LocalResource::new(move || api::fetch_region(code.get()));
    let kind = RwSignal::new(String::new());
    let departements = LocalResource::new(move || {
        api::fetch_departements(query_string(&[
            ("region", code.get()),
            ("kind", kind.get()),
        ]))
    });
    let choropleth = Signal::derive(move || {
        departements
            .get()
            .and_then(Result::ok)
            .map(|page| kind_switch::of(&page.items, &kind.get_untracked()))
    });
    let collectivites = LocalResource::new(move || {
        api::fetch_markers(query_string(&[
            ("level", "collectivite".to_owned()),
            ("region", code.get()),
        ]))
    });
    let world = LocalResource::new(move || {
        api::fetch_markers(query_string(&[
            ("level", "country".to_owned()),
            ("region", code.get()),
        ]))
    });
    let render = move |r: RegionDetail| {
        set_page_title(&r.name);
        let code = r.code.clone();
        let mut rows = r.departements.clone();
        if r.without_departement.projects > 0 {
            rows.push(r.without_departement.clone());
        }
        view! {
            <Breadcrumb links=vec![("Accès France".to_owned(), links::FRANCE.to_owned())] current=r.name.clone() />
            <h1>{r.name.clone()}</h1>
            <section class="fr-mb-6w" aria-labelledby="chiffres">
                <h2 id="chiffres">"Chiffres clés"</h2>
                <KeyFigures figures=r.figures.clone() side=Side::France />
            </section>
            <section class="fr-mb-6w" aria-labelledby="carte">
                <h2 id="carte">"Carte de la région"</h2>
                <KindSwitch id="aplat-departements" kind=kind />
                <AtlasMap
                    label=format!("Carte des collectivités de la région {}", r.name)
                    basemap=Basemap::FranceDepartements
                    grouping=MarkerGrouping::Clustered
                    fit=Fit::Region(code.clone())
                    choropleth=choropleth
                    markers=Signal::derive(move || collectivites.get().and_then(Result::ok))
                    loading=Signal::derive(move || collectivites.get().is_none())
                />
                <p class="fr-mt-2w">
                    <a
                        class="fr-link"
                        href=format!("/api/v1/regions/{code}/map.svg")
                        download=format!("atlas-region-{code}.svg")
                        rel="external"
                    >
                        "Télécharger la carte (SVG)"
                    </a>
                </p>
            </section>
            <section class="fr-mb-6w" aria-labelledby="monde">
                <h2 id="monde">"Dans le monde"</h2>
                <AtlasMap
                    id="carte-monde"
                    label=format!("Pays des projets des collectivités de la région {}", r.name)
                    fit=Fit::Markers
                    markers=Signal::derive(move || world.get().and_then(Result::ok))
                    loading=Signal::derive(move || world.get().is_none())
                />
            </section>
            <section class="fr-mb-6w" aria-labelledby="departements">
                <h2 id="departements">"Départements"</h2>
                <PlaceTable
                    id="liste-departements"
                    caption=format!("Projets des collectivités par département – {}", r.name)
                    place="Département"
                    rows=rows
                    href=|code| if code.is_empty() { "#collectivites".to_owned() } else { links::departement(code) }
                />
            </section>
            <section class="fr-mb-6w" aria-labelledby="collectivites">
                <h2 id="collectivites">"Collectivités"</h2>
                <CollectiviteList criteria=vec![("region", r.code.clone())] id="liste-collectivites" />
            </section>
            <section aria-labelledby="graphiques">
                <h2 id="graphiques">"Graphiques"</h2>
                <FigureCharts figures=r.figures place=r.name id="region" apd_verb="versée" />
            </section>
        }
    };
    view! {
        <div class="fr-container fr-pt-4w fr-pb-8w" data-page="region">
            {fetched(detail, "Chargement de la région…", "La région n'a pas pu être chargée", render)}
        </div>
    }
}
