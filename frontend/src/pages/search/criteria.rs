//! The criteria of the current search as removable tags (« Inde × », « Mots-clés : patrimoine × »),
//! named with the facets' labels, and a button that clears them all.

use atlas_domain::{Facet, ProjectQuery};
use leptos::prelude::*;

use super::{Search, SearchState};

/// One criterion value the search applies.
#[derive(Debug, Clone, PartialEq)]
struct Chosen {
    param: &'static str,
    value: String,
    text: String,
}

/// The tags of the current criteria (nothing when there are none).
#[component]
pub fn ActiveCriteria(search: Search, facets: Memo<Vec<Facet>>) -> impl IntoView {
    let chosen = Memo::new(move |_| search.state.with(|s| facets.with(|f| chosen(s, f))));
    view! {
        <Show when=move || chosen.with(|c| !c.is_empty())>
            <div class="atlas-criteria">
                <p class="fr-text--sm fr-mb-1w" id="criteres-actifs">"Critères appliqués :"</p>
                <ul class="fr-tags-group" aria-labelledby="criteres-actifs">
                    <For each=move || chosen.get() key=|c| (c.param, c.value.clone(), c.text.clone()) let:c>
                        <li>
                            <button
                                type="button"
                                class="fr-tag fr-tag--sm fr-tag--dismiss"
                                aria-label=format!("Retirer le critère {}", c.text)
                                data-criterion=c.param
                                on:click={
                                    let c = c.clone();
                                    move |_| {
                                        let next = search.state.with_untracked(|s| {
                                            if c.param == "q" { s.with("q", None) } else { s.toggled(c.param, &c.value) }
                                        });
                                        search.go(next);
                                    }
                                }
                            >
                                {c.text.clone()}
                            </button>
                        </li>
                    </For>
                    <li>
                        <button
                            type="button"
                            class="fr-btn fr-btn--tertiary fr-btn--sm"
                            on:click=move |_| {
                                let sort = search.state.with_untracked(|s| s.get("sort"));
                                search.go(SearchState::default().with("sort", sort));
                            }
                        >
                            "Tout effacer"
                        </button>
                    </li>
                </ul>
            </div>
        </Show>
    }
}

/// The criteria of `state`, each value named from the facet that lists it.
fn chosen(state: &SearchState, facets: &[Facet]) -> Vec<Chosen> {
    let mut out = Vec::new();
    for param in ProjectQuery::PARAMS {
        let values = match *param {
            "q" | "jumelage" | "volunteers" | "year_from" | "year_to" => {
                state.get(param).into_iter().collect()
            }
            _ => state.values(param),
        };
        for value in values {
            let text = match *param {
                "q" => format!("Mots-clés : {value}"),
                "year_from" => format!("Actifs depuis {value}"),
                "year_to" => format!("Actifs jusqu'en {value}"),
                _ => label_of(facets, param, &value).unwrap_or_else(|| value.clone()),
            };
            out.push(Chosen { param, value, text });
        }
    }
    out
}

/// The label of `value` in the facets that fill `param`.
fn label_of(facets: &[Facet], param: &str, value: &str) -> Option<String> {
    facets
        .iter()
        .filter(|f| f.param == param)
        .flat_map(|f| f.values.iter())
        .find(|v| v.value == value)
        .map(|v| {
            if param == "financing" {
                format!("Cofinancé : {}", v.label)
            } else {
                v.label.clone()
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_domain::FacetValue;

    #[test]
    fn criteria_are_named_from_the_facets() {
        let facets = vec![Facet {
            name: "country".into(),
            param: "country".into(),
            label: "Pays".into(),
            exclusive: true,
            values: vec![FacetValue {
                value: "IN".into(),
                label: "Inde".into(),
                count: 3,
                selected: true,
            }],
        }];
        let state = SearchState::from_params(|name| match name {
            "q" => Some("patrimoine".into()),
            "country" => Some("IN,VN".into()),
            _ => None,
        });
        let texts: Vec<String> = chosen(&state, &facets)
            .into_iter()
            .map(|c| c.text)
            .collect();
        assert_eq!(texts, ["Mots-clés : patrimoine", "Inde", "VN"]);
    }
}
