//! The results of the search page: the total (announced to screen readers), the sort menu,
//! one page of projects with the API's highlighted title and snippet, and the pages.

use atlas_domain::{SearchHit, SearchResults, SearchSort, TextPart, links};
use leptos::prelude::*;
use leptos_router::components::A;

use super::Search;
use crate::components::Loading;
use crate::components::pager::Pager;
use crate::components::project_list::{KindBadge, years_span};
use crate::format;

/// « 1 234 projets trouvés », kept up to date in a polite live region.
#[component]
pub fn ResultCount(
    results: Memo<Option<SearchResults<SearchHit>>>,
    loading: RwSignal<bool>,
) -> impl IntoView {
    let total = move || results.with(|r| r.as_ref().map(|r| r.total));
    view! {
        <p
            id="nombre-resultats"
            class="fr-text--lg fr-text--bold fr-mb-2w atlas-result-count"
            role="status"
            aria-live="polite"
            aria-busy=move || loading.get().to_string()
            data-total=move || total().map(|t| t.to_string())
        >
            {move || match results.get() {
                None => "Recherche en cours…".to_owned(),
                Some(r) => {
                    let pages = (r.total + r.per_page - 1) / r.per_page;
                    let found = match r.total {
                        0 => "Aucun projet trouvé".to_owned(),
                        1 => "1 projet trouvé".to_owned(),
                        n => format!("{} projets trouvés", format::integer(n)),
                    };
                    if pages > 1 {
                        format!("{found} · page {} sur {}", r.page, format::integer(pages))
                    } else {
                        found
                    }
                }
            }}
        </p>
    }
}

/// The sort menu (relevance, date, name).
#[component]
pub fn SortSelect(search: Search) -> impl IntoView {
    view! {
        <div class="fr-select-group atlas-search-sort">
            <label class="fr-label" for="recherche-tri">"Trier par"</label>
            <select
                class="fr-select"
                id="recherche-tri"
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    let value = (value != SearchSort::default().as_str()).then_some(value);
                    search.go(search.state.with_untracked(|s| s.with("sort", value)));
                }
            >
                {SearchSort::ALL
                    .iter()
                    .map(|sort| {
                        let sort = *sort;
                        view! {
                            <option
                                value=sort.as_str()
                                prop:selected=move || search.state.with(|s| s.sort() == sort)
                            >
                                {sort.label()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// One page of results and the pagination.
#[component]
pub fn ResultList(
    search: Search,
    results: Memo<Option<SearchResults<SearchHit>>>,
    loading: RwSignal<bool>,
) -> impl IntoView {
    // The pager drives a signal; the URL stays the source of truth both ways.
    let page = RwSignal::new(search.state.with_untracked(|s| s.page()));
    Effect::new(move |_| {
        let wanted = search.state.with(|s| s.page());
        if page.get_untracked() != wanted {
            page.set(wanted);
        }
    });
    Effect::new(move |_| {
        let chosen = page.get();
        if search.state.with_untracked(|s| s.page()) != chosen {
            search.go(search.state.with_untracked(|s| s.with_page(chosen)));
        }
    });
    let last = Signal::derive(move || {
        results.with(|r| {
            r.as_ref()
                .map_or(1, |r| ((r.total + r.per_page - 1) / r.per_page).max(1))
        })
    });
    view! {
        <div id="liste-resultats" class="atlas-results" aria-busy=move || loading.get().to_string()>
            {move || match results.get() {
                None => view! { <Loading label="Recherche en cours…" /> }.into_any(),
                Some(r) if r.items.is_empty() => view! {
                    <p class="atlas-unavailable">
                        "Aucun projet ne répond à tous ces critères. Retirez-en un, ou cochez d'autres "
                        "valeurs d'un même critère."
                    </p>
                }
                .into_any(),
                Some(r) => view! {
                    <ol class="atlas-projects atlas-hits" start=((r.page - 1) * r.per_page + 1).to_string()>
                        {r.items.into_iter().map(|hit| view! { <Hit hit=hit /> }).collect_view()}
                    </ol>
                }
                .into_any(),
            }}
            <Pager page=page last=last label="Pagination des résultats" />
        </div>
    }
}

/// Text pieces, the matching ones in `<mark>`.
fn marked(parts: Vec<TextPart>) -> impl IntoView {
    parts
        .into_iter()
        .map(|part| {
            if part.mark {
                view! { <mark>{part.text}</mark> }.into_any()
            } else {
                part.text.into_any()
            }
        })
        .collect_view()
}

/// One project found.
#[component]
fn Hit(hit: SearchHit) -> impl IntoView {
    let years = years_span(hit.start_year, hit.end_year);
    let snippet = (!hit.snippet.is_empty()).then(|| {
        view! { <p class="atlas-hit__snippet">{marked(hit.snippet)}</p> }
    });
    view! {
        <li class="atlas-project atlas-hit" data-project=hit.id>
            <p class="atlas-project__title">
                <A href=hit.href.clone()>{marked(hit.title_parts)}</A>
            </p>
            <p class="atlas-project__meta">
                <KindBadge kind=hit.kind />
                " "
                <span>{years}</span>
                " · "
                <A href=links::collectivite(&hit.collectivite.code)>{hit.collectivite.name}</A>
                {hit.partner.map(|p| view! {
                    " avec "
                    <A href=links::partner(&p.code)>{p.name}</A>
                })}
                " ("
                <A href=links::country(&hit.country.code)>{hit.country.name}</A>
                ")"
            </p>
            {snippet}
            <p class="atlas-project__themes">
                {hit.themes.into_iter().map(|t| t.name).collect::<Vec<_>>().join(" · ")}
            </p>
        </li>
    }
}
