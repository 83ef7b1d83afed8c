//! `/pays/:code`: a country — figures, the map of its partner authorities and open requests
//! (with a downloadable map), the partnerships, the open Bourse requests, its projects and
//! the charts, with APD received by year.

use atlas_domain::{CountryDetail, links};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map};

use crate::api::{self, layer_query};
use crate::components::map::{AtlasMap, Fit};
use crate::components::{
    Breadcrumb, FigureCharts, KeyFigures, PartnerList, ProjectList, Side, fetched,
};
use crate::layout::set_page_title;
use crate::pages::bourse::{RequestList, scroll_to_fragment};

/// A country's page.
#[component]
pub fn CountryPage() -> impl IntoView {
    let params = use_params_map();
    let code = Memo::new(move |_| {
        params
            .read()
            .get("code")
            .unwrap_or_default()
            .to_ascii_uppercase()
    });
    let detail = LocalResource::new(move || api::fetch_country(code.get()));
    let markers = LocalResource::new(move || {
        api::fetch_markers(layer_query("partner", "country", code.get()))
    });
    // Follow `#demande-…` links (the red markers' popups) once the requests are drawn.
    let hash = use_location().hash;
    Effect::new(move |_| {
        hash.track();
        if matches!(detail.get(), Some(Ok(_))) {
            scroll_to_fragment();
        }
    });
    let render = move |c: CountryDetail| {
        set_page_title(&c.name_fr);
        let trail = vec![
            ("Accès monde".to_owned(), links::WORLD.to_owned()),
            (
                c.continent.name.clone(),
                links::continent(&c.continent.code),
            ),
            (
                c.subcontinent.name.clone(),
                links::subcontinent(&c.subcontinent.code),
            ),
        ];
        let code = c.code.clone();
        view! {
            <Breadcrumb links=trail current=c.name_fr.clone() />
            <h1>{c.name_fr.clone()}</h1>
            <section class="fr-mb-6w" aria-labelledby="chiffres">
                <h2 id="chiffres">"Chiffres clés"</h2>
                <KeyFigures figures=c.figures.clone() side=Side::World />
            </section>
            <section class="fr-mb-6w" aria-labelledby="carte">
                <h2 id="carte">"Carte des autorités partenaires"</h2>
                <p class="fr-text--sm atlas-map-intro">
                    "Chaque disque est une autorité locale partenaire ; sa surface est proportionnelle au "
                    "nombre de projets. En rouge, les autorités qui cherchent un partenaire français."
                </p>
                <AtlasMap
                    label=format!("Carte des autorités partenaires – {}", c.name_fr)
                    markers=Signal::derive(move || markers.get().and_then(Result::ok))
                    loading=Signal::derive(move || markers.get().is_none())
                    fit=Fit::Country(code.clone())
                />
                <p class="fr-mt-2w">
                    <a
                        class="fr-link"
                        href=format!("/api/v1/countries/{code}/map.svg")
                        download=format!("atlas-{}.svg", code.to_ascii_lowercase())
                        rel="external"
                    >
                        "Télécharger la carte (SVG)"
                    </a>
                </p>
            </section>
            <section class="fr-mb-6w" aria-labelledby="partenaires">
                <h2 id="partenaires">"Autorités partenaires et partenariats"</h2>
                <PartnerList criteria=vec![("country", c.code.clone())] id="liste-partenaires" />
            </section>
            <section class="fr-mb-6w" aria-labelledby="demandes">
                <h2 id="demandes">"Demandes de coopération ouvertes (Bourse projets)"</h2>
                <RequestList requests=c.bourse_requests.clone() />
            </section>
            <section class="fr-mb-6w" aria-labelledby="projets">
                <h2 id="projets">"Projets"</h2>
                <ProjectList criteria=vec![("country", c.code.clone())] id="liste-projets" />
            </section>
            <section aria-labelledby="graphiques">
                <h2 id="graphiques">"Graphiques"</h2>
                <FigureCharts figures=c.figures place=c.name_fr id="pays" apd_verb="reçue" />
            </section>
        }
    };
    view! {
        <div class="fr-container fr-pt-4w fr-pb-8w" data-page="pays">
            {fetched(detail, "Chargement du pays…", "Le pays n'a pas pu être chargé", render)}
        </div>
    }
}
