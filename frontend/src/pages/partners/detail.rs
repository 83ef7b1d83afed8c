//! `/partenaires/:id`: a foreign partner authority — where it is, its French partners, its
//! projects and their figures: the authority-to-authority view.

use atlas_domain::{PartnerDetail, links};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::{self, layer_query};
use crate::components::map::{AtlasMap, Fit};
use crate::components::{
    Breadcrumb, Counterpart, FigureCharts, KeyFigures, PartnershipTable, ProjectList, Side, fetched,
};
use crate::layout::set_page_title;

/// A partner authority's page.
#[component]
pub fn PartnerPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i32>().ok())
            .unwrap_or(0)
    });
    let detail = LocalResource::new(move || api::fetch_partner(id.get()));
    let markers = LocalResource::new(move || {
        api::fetch_markers(layer_query("partner", "partner", id.get().to_string()))
    });
    let render = move |p: PartnerDetail| {
        set_page_title(&p.name);
        let trail = vec![
            ("Accès monde".to_owned(), links::WORLD.to_owned()),
            (
                p.continent.name.clone(),
                links::continent(&p.continent.code),
            ),
            (p.country.name.clone(), links::country(&p.country.code)),
        ];
        let where_ = [
            Some(p.kind.label().to_owned()),
            p.admin_area.clone(),
            Some(p.country.name.clone()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
        view! {
            <Breadcrumb links=trail current=p.name.clone() />
            <h1>{p.name.clone()}</h1>
            <p class="fr-text--lead">{where_}</p>
            {p.website.clone().map(|w| view! {
                <p><a class="fr-link" href=w.clone() target="_blank" rel="noopener external" title=format!("{w} – nouvelle fenêtre")>{w.clone()}</a></p>
            })}
            <section class="fr-mb-6w" aria-labelledby="chiffres">
                <h2 id="chiffres">"Chiffres clés"</h2>
                <KeyFigures figures=p.figures.clone() side=Side::Actor />
            </section>
            <section class="fr-mb-6w" aria-labelledby="partenaires">
                <h2 id="partenaires">"Partenaires français"</h2>
                <PartnershipTable
                    caption=format!("Collectivités françaises partenaires de {}", p.name)
                    rows=p.partnerships.clone()
                    counterpart=Counterpart::Collectivite
                />
            </section>
            <section class="fr-mb-6w" aria-labelledby="carte">
                <h2 id="carte">"Localisation"</h2>
                <AtlasMap
                    label=format!("Localisation de {}", p.name)
                    markers=Signal::derive(move || markers.get().and_then(Result::ok))
                    loading=Signal::derive(move || markers.get().is_none())
                    fit=Fit::Country(p.country.code.clone())
                />
            </section>
            <section class="fr-mb-6w" aria-labelledby="projets">
                <h2 id="projets">"Projets"</h2>
                <ProjectList criteria=vec![("partner", p.id.to_string())] id="liste-projets" />
            </section>
            <section aria-labelledby="graphiques">
                <h2 id="graphiques">"Graphiques"</h2>
                <FigureCharts figures=p.figures place=p.name id="partenaire" apd_verb="reçue" />
            </section>
        }
    };
    view! {
        <div class="fr-container fr-pt-4w fr-pb-8w" data-page="partenaire">
            {fetched(detail, "Chargement de l'autorité partenaire…", "L'autorité partenaire n'a pas pu être chargée", render)}
        </div>
    }
}
