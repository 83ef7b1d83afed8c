//! The home page (`/`): headline figures, the world map and the per-continent table.

mod continent_table;
mod figures;
mod world_map;

use leptos::prelude::*;

use crate::components::chart::{Chart, Datum};
use crate::components::{ApiErrorAlert, Loading};
use crate::layout::set_page_title;
use crate::stats::use_stats;
use continent_table::ContinentTable;
use figures::{FiguresPlaceholder, HeadlineFigures};
use world_map::WorldMap;

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    set_page_title("Accueil");
    let stats = use_stats().0;

    let figures = move || match stats.get() {
        None => view! { <FiguresPlaceholder /> }.into_any(),
        Some(Ok(stats)) => view! { <HeadlineFigures totals=stats.totals /> }.into_any(),
        Some(Err(error)) => view! {
            <ApiErrorAlert
                title="Les chiffres clés n'ont pas pu être chargés"
                error=error
                on_retry=move |()| stats.refetch()
            />
        }
        .into_any(),
    };

    let table = move || {
        match stats.get() {
        None => view! { <Loading label="Chargement du tableau par continent…" /> }.into_any(),
        Some(Ok(stats)) => view! {
            <Chart
                id="graphique-continents"
                title="Projets par continent"
                category="Continent"
                data=stats
                    .by_continent
                    .iter()
                    .map(|row| Datum::new(row.code.clone(), row.name_fr.clone(), row.projects))
                    .collect()
                note="Chaque projet est compté dans le continent du pays de son partenaire."
            />
            <ContinentTable rows=stats.by_continent />
        }
        .into_any(),
        Some(Err(_)) => view! {
            <p class="atlas-unavailable">
                "Le tableau par continent n'est pas disponible pour le moment (voir le message ci-dessus)."
            </p>
        }
        .into_any(),
    }
    };

    view! {
        <div class="fr-container fr-pt-6w fr-pb-8w">
            <h1 class="fr-mb-2w">"L'action extérieure des collectivités françaises dans le monde"</h1>
            <p class="fr-text--lead fr-mb-6w">
                "Régions, départements, communes et intercommunalités coopèrent avec des autorités locales "
                "du monde entier. L'Atlas recense ces coopérations décentralisées, les autres actions "
                "extérieures et les demandes de coopération déposées dans la Bourse projets."
            </p>
            <section class="fr-mb-8w" aria-labelledby="chiffres-cles">
                <h2 id="chiffres-cles">"Chiffres clés"</h2>
                {figures}
            </section>
            <section class="fr-mb-8w" aria-labelledby="carte-du-monde">
                <h2 id="carte-du-monde">"Carte du monde"</h2>
                <WorldMap />
            </section>
            <section aria-labelledby="par-continent">
                <h2 id="par-continent">"Activité par continent"</h2>
                {table}
            </section>
        </div>
    }
}
