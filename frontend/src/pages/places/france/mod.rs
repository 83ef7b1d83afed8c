//! The France access: `/france` (régions), `/regions/:code` and `/departements/:code`.

mod departement;
mod kind_switch;
mod region;

use atlas_domain::{Figures, Page, PlaceFigures, links};
use leptos::prelude::*;

use crate::api::{self, query_string};
use crate::components::map::{AtlasMap, Basemap, MarkerGrouping};
use crate::components::{Breadcrumb, FigureCharts, KeyFigures, PlaceTable, Side, fetched};
use crate::layout::set_page_title;
use kind_switch::KindSwitch;

pub use departement::DepartementPage;
pub use region::RegionPage;

/// `/france`: the map of France (régions coloured by number of projects, collectivité
/// markers), the régions with their figures and the charts.
#[component]
pub fn FrancePage() -> impl IntoView {
    set_page_title("Accès France");
    let kind = RwSignal::new(String::new());
    let regions =
        LocalResource::new(move || api::fetch_regions(query_string(&[("kind", kind.get())])));
    let all_regions = LocalResource::new(|| api::fetch_regions(String::new()));
    let figures = LocalResource::new(|| api::fetch_figures(String::new()));
    let markers = LocalResource::new(|| {
        api::fetch_markers(query_string(&[("level", "collectivite".to_owned())]))
    });
    let choropleth = Signal::derive(move || {
        regions
            .get()
            .and_then(Result::ok)
            .map(|page| kind_switch::of(&page.items, &kind.get_untracked()))
    });
    view! {
        <div class="fr-container fr-pt-4w fr-pb-8w" data-page="france">
            <Breadcrumb links=vec![] current="Accès France" />
            <h1>"Accès France"</h1>
            <p class="fr-text--lead">
                "Les actions extérieures des collectivités françaises par région, département et collectivité."
            </p>
            <section class="fr-mb-6w" aria-labelledby="chiffres">
                <h2 id="chiffres">"Chiffres clés"</h2>
                {fetched(figures, "Chargement des chiffres…", "Les chiffres n'ont pas pu être chargés", |f: Figures| view! { <KeyFigures figures=f side=Side::France /> })}
            </section>
            <section class="fr-mb-6w" aria-labelledby="carte">
                <h2 id="carte">"Carte de France"</h2>
                <KindSwitch id="aplat-regions" kind=kind />
                <AtlasMap
                    id="atlas-map"
                    label="Carte de France des collectivités engagées à l'international"
                    basemap=Basemap::FranceRegions
                    grouping=MarkerGrouping::Clustered
                    choropleth=choropleth
                    markers=Signal::derive(move || markers.get().and_then(Result::ok))
                    loading=Signal::derive(move || markers.get().is_none())
                />
                <p class="fr-text--sm fr-mt-1w atlas-note">
                    "Les régions d'outre-mer figurent dans le tableau ci-dessous."
                </p>
            </section>
            <section class="fr-mb-6w" aria-labelledby="regions">
                <h2 id="regions">"Régions"</h2>
                {fetched(all_regions, "Chargement des régions…", "Les régions n'ont pas pu être chargées", |page: Page<PlaceFigures>| view! {
                    <PlaceTable
                        id="liste-regions"
                        caption="Projets des collectivités par région"
                        place="Région"
                        rows=page.items
                        href=|code| links::region(code)
                    />
                })}
            </section>
            <section aria-labelledby="graphiques">
                <h2 id="graphiques">"Graphiques"</h2>
                {fetched(figures, "Chargement des graphiques…", "Les graphiques n'ont pas pu être chargés", |f: Figures| view! {
                    <FigureCharts figures=f place="France" id="france" apd_verb="versée" />
                })}
            </section>
        </div>
    }
}
