//! The world access: `/monde` (continents), `/continents/:code`, `/sous-continents/:code` and
//! `/pays/:code`.

mod continent;
mod country;
mod subcontinent;

use atlas_domain::{Continent, Figures, Page, PlaceFigures, links};
use leptos::prelude::*;

use crate::api;
use crate::components::map::{AtlasMap, Fit};
use crate::components::{Breadcrumb, FigureCharts, KeyFigures, PlaceTable, Side, fetched};
use crate::layout::set_page_title;

pub use continent::ContinentPage;
pub use country::CountryPage;
pub use subcontinent::SubcontinentPage;

/// A continent as a row of a list.
fn continent_row(c: &Continent) -> PlaceFigures {
    PlaceFigures {
        code: c.code.clone(),
        name: c.name_fr.clone(),
        collectivites: c.collectivites,
        partners: c.partners,
        projects: c.cooperation_projects + c.other_actions,
        cooperation_projects: c.cooperation_projects,
        other_actions: c.other_actions,
        bourse_requests: c.bourse_requests,
    }
}

/// `/monde`: the continents with their figures, the world map and the charts.
#[component]
pub fn WorldPage() -> impl IntoView {
    set_page_title("Accès monde");
    let continents = LocalResource::new(api::fetch_continents);
    let figures = LocalResource::new(|| api::fetch_figures(String::new()));
    let markers = LocalResource::new(|| api::fetch_markers(String::new()));
    view! {
        <div class="fr-container fr-pt-4w fr-pb-8w" data-page="monde">
            <Breadcrumb links=vec![] current="Accès monde" />
            <h1>"Accès monde"</h1>
            <p class="fr-text--lead">
                "Les projets des collectivités françaises par continent, sous-continent et pays, "
                "et les demandes de coopération des autorités locales étrangères."
            </p>
            <section class="fr-mb-6w" aria-labelledby="chiffres">
                <h2 id="chiffres">"Chiffres clés"</h2>
                {fetched(figures, "Chargement des chiffres…", "Les chiffres n'ont pas pu être chargés", |f: Figures| view! { <KeyFigures figures=f side=Side::World /> })}
            </section>
            <section class="fr-mb-6w" aria-labelledby="carte">
                <h2 id="carte">"Carte du monde"</h2>
                <AtlasMap
                    label="Carte du monde des actions extérieures"
                    markers=Signal::derive(move || markers.get().and_then(Result::ok))
                    loading=Signal::derive(move || markers.get().is_none())
                    fit=Fit::Initial
                />
            </section>
            <section class="fr-mb-6w" aria-labelledby="continents">
                <h2 id="continents">"Continents"</h2>
                {fetched(continents, "Chargement des continents…", "Les continents n'ont pas pu être chargés", |page: Page<Continent>| {
                    let rows = page.items.iter().filter(|c| c.country_count > 0 && c.code != "antarctique").map(continent_row).collect();
                    view! {
                        <PlaceTable
                            id="liste-continents"
                            caption="Projets et partenaires par continent"
                            place="Continent"
                            rows=rows
                            href=|code| links::continent(code)
                            requests=true
                        />
                    }
                })}
            </section>
            <section aria-labelledby="graphiques">
                <h2 id="graphiques">"Graphiques"</h2>
                {fetched(figures, "Chargement des graphiques…", "Les graphiques n'ont pas pu être chargés", |f: Figures| view! {
                    <FigureCharts figures=f place="monde" id="monde" apd_verb="déclarée" />
                })}
            </section>
        </div>
    }
}
