//! `/recherche`: the advanced, crossed search over projects — keywords with type-ahead
//! suggestions, facets with counts (AND across criteria, OR within one), sort, pages, the
//! results as a list, a map and charts, and exports of the same query.
//!
//! The URL is the only state: its query string is exactly the API's (`query_state`), every
//! choice navigates to a new URL, and everything on the page follows the URL.

mod charts;
mod criteria;
mod exports;
mod facets;
mod keywords;
mod latest;
mod map;
mod query_state;
mod results;
mod save;
mod saved_map;

use atlas_domain::{Facet, SearchHit, SearchResults};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

pub use query_state::SearchState;
pub use saved_map::saved_url;

use crate::api;
use crate::components::ApiErrorAlert;
use crate::layout::set_page_title;
use charts::SearchCharts;
use criteria::ActiveCriteria;
use exports::ExportLinks;
use facets::FacetGroups;
use keywords::KeywordsForm;
use latest::latest;
use map::SearchMap;
use results::{ResultCount, ResultList, SortSelect};
use save::SaveTools;
use saved_map::MapState;

/// The search the URL describes, and the way to move to another one. Every part of the page
/// takes this.
#[derive(Clone, Copy)]
pub struct Search {
    pub state: Memo<SearchState>,
    go: Callback<SearchState>,
}

impl Search {
    /// Navigates to `next` (a new history entry: back returns to this search).
    pub fn go(&self, next: SearchState) {
        self.go.run(next);
    }
}

/// The search page.
#[component]
pub fn SearchPage() -> impl IntoView {
    set_page_title("Recherche avancée");
    let params = use_query_map();
    let state = Memo::new(move |_| params.with(|p| SearchState::from_params(|name| p.get(name))));
    let map_state =
        params.with_untracked(|p| MapState::from_params(|name| p.get(name), map::KINDS));
    let navigate = use_navigate();
    let search = Search {
        state,
        go: Callback::new(move |next: SearchState| {
            navigate(
                &next.url(),
                NavigateOptions {
                    scroll: false,
                    ..NavigateOptions::default()
                },
            );
        }),
    };

    let found = latest(
        move || SearchState::question(&state.with(SearchState::query)),
        api::fetch_search,
    );
    let results: Memo<Option<SearchResults<SearchHit>>> =
        Memo::new(move |_| found.answer.get().and_then(Result::ok));
    let facets: Memo<Vec<Facet>> = Memo::new(move |_| {
        results.with(|r| r.as_ref().map(|r| r.facets.clone()).unwrap_or_default())
    });
    let error = move || {
        found.answer.get().and_then(Result::err).map(|error| {
            view! {
                <ApiErrorAlert
                    title="La recherche n'a pas pu aboutir"
                    error=error
                    on_retry=move |()| found.retry.run(())
                />
            }
        })
    };

    view! {
        <div class="fr-container fr-pt-4w fr-pb-8w" data-page="recherche">
            <h1 class="fr-mb-2w">"Recherche avancée"</h1>
            <p class="fr-text--lead fr-mb-4w">
                "Croisez les critères : mots-clés, lieux, collectivités, thématiques, cofinancements, "
                "années… Chaque critère restreint la recherche ; plusieurs valeurs d'un même critère "
                "s'additionnent. L'adresse de la page garde la recherche : partagez-la ou ajoutez-la "
                "à vos favoris."
            </p>
            <KeywordsForm search=search />
            <div class="fr-grid-row fr-grid-row--gutters fr-mt-2w">
                <div class="fr-col-12 fr-col-md-4">
                    <section class="atlas-facets" aria-labelledby="titre-facettes">
                        <h2 id="titre-facettes" class="fr-h4">"Affiner la recherche"</h2>
                        <FacetGroups search=search facets=facets />
                    </section>
                </div>
                <div class="fr-col-12 fr-col-md-8">
                    <section aria-labelledby="titre-resultats">
                        <h2 id="titre-resultats" class="fr-h4">"Résultats"</h2>
                        <ResultCount results=results loading=found.loading />
                        <ActiveCriteria search=search facets=facets />
                        {error}
                        <div class="atlas-search-tools">
                            <SortSelect search=search />
                            <ExportLinks search=search />
                        </div>
                        <SaveTools search=search map=map_state />
                        <nav class="atlas-search-jump" aria-label="Dans la page">
                            <a class="fr-link fr-link--sm" href="#liste-resultats">"Liste"</a>
                            <a class="fr-link fr-link--sm" href="#carte-resultats">"Carte"</a>
                            <a class="fr-link fr-link--sm" href="#graphiques-resultats">"Graphiques"</a>
                        </nav>
                        <ResultList search=search results=results loading=found.loading />
                    </section>
                    <section class="fr-mt-6w" aria-labelledby="carte-resultats">
                        <h2 id="carte-resultats" class="fr-h4">"Carte des résultats"</h2>
                        <SearchMap search=search map=map_state total=Signal::derive(move || results.with(|r| r.as_ref().map(|r| r.total))) />
                    </section>
                    <section class="fr-mt-6w" aria-labelledby="graphiques-resultats">
                        <h2 id="graphiques-resultats" class="fr-h4">"Graphiques des résultats"</h2>
                        <SearchCharts results=results />
                    </section>
                </div>
            </div>
        </div>
    }
}
