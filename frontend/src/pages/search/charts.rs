//! Charts of the result set, drawn from the search's facet counts with the shared chart
//! component (picture, table, CSV): by kind, theme, continent, type of collectivité, and
//! projects active per year.
//!
//! A facet counts its values with every OTHER criterion applied. With nothing chosen in it,
//! that is the result set's breakdown; with values chosen, only those values are in the
//! result set, and each one's count is exactly its share of it — so a chart keeps only them.

use atlas_domain::{Facet, MarkerKind, SearchHit, SearchResults};
use leptos::prelude::*;

use crate::components::chart::{Chart, ChartKind, Datum};

/// The result set's breakdown along one facet (see the module's note).
pub fn breakdown(facet: &Facet) -> Vec<Datum> {
    let any_chosen = facet.values.iter().any(|v| v.selected);
    facet
        .values
        .iter()
        .filter(|v| !any_chosen || v.selected)
        .filter(|v| v.count > 0)
        .map(|v| {
            let datum = Datum::new(v.value.clone(), v.label.clone(), v.count);
            match MarkerKind::ALL.iter().find(|k| k.as_str() == v.value) {
                Some(kind) if facet.name == "kind" => datum.with_colour(kind.colour()),
                _ => datum,
            }
        })
        .collect()
}

/// The charts of the current results.
#[component]
pub fn SearchCharts(results: Memo<Option<SearchResults<SearchHit>>>) -> impl IntoView {
    move || {
        let Some(r) = results.get() else {
            return view! { <p class="atlas-unavailable">"Chargement des graphiques…"</p> }
                .into_any();
        };
        if r.total == 0 {
            return view! { <p class="atlas-unavailable">"Aucun résultat à représenter."</p> }
                .into_any();
        }
        let data = |name: &str| r.facet(name).map(breakdown).unwrap_or_default();
        let chart = |id: &'static str, title: &'static str, category: &'static str, name: &str| {
            let data = data(name);
            let whole = r
                .facet(name)
                .is_some_and(|f| !f.exclusive)
                .then_some(r.total);
            // A project with several themes counts in each: shares are of the projects found.
            let chart = match whole {
                Some(whole) => view! {
                    <Chart id=id title=title category=category data=data whole=whole />
                }
                .into_any(),
                None => {
                    view! { <Chart id=id title=title category=category data=data /> }.into_any()
                }
            };
            view! { <div class="fr-col-12 fr-col-lg-6">{chart}</div> }
        };
        view! {
            <div class="fr-grid-row fr-grid-row--gutters atlas-charts" id="graphiques">
                {chart("recherche-types", "Projets trouvés par type", "Type", "kind")}
                {chart("recherche-thematiques", "Projets trouvés par thématique", "Thématique", "theme")}
                {chart("recherche-continents", "Projets trouvés par continent", "Continent", "continent")}
                {chart(
                    "recherche-collectivites",
                    "Projets trouvés par type de collectivité",
                    "Type de collectivité",
                    "collectivite_kind",
                )}
                <div class="fr-col-12">
                    <Chart
                        id="recherche-annees"
                        title="Projets trouvés actifs par année"
                        category="Année"
                        data=data("year")
                        kind=ChartKind::Line
                        note="Un projet compte chaque année de son activité."
                    />
                </div>
            </div>
        }
        .into_any()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_domain::FacetValue;

    fn value(value: &str, count: i64, selected: bool) -> FacetValue {
        FacetValue {
            value: value.into(),
            label: value.to_uppercase(),
            count,
            selected,
        }
    }

    #[test]
    fn a_facet_with_choices_keeps_only_them() {
        let mut facet = Facet {
            name: "theme".into(),
            param: "theme".into(),
            label: "Thématiques".into(),
            exclusive: false,
            values: vec![value("culture", 40, false), value("patrimoine", 12, false)],
        };
        let all: Vec<i64> = breakdown(&facet).iter().map(|d| d.value).collect();
        assert_eq!(all, [40, 12]);
        facet.values[1].selected = true;
        let chosen: Vec<String> = breakdown(&facet).into_iter().map(|d| d.code).collect();
        assert_eq!(chosen, ["patrimoine"]);
    }
}
