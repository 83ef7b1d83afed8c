//! The map of the search results: the shared [`AtlasMap`] with the projects of the same query
//! (`GET /api/v1/map/markers?<criteria>`), grouped by country, partner authority or French
//! collectivité, and a sentence saying how many projects it places.

use atlas_domain::{MapLevel, MarkerKind, MarkerLayer};
use leptos::prelude::*;

use super::Search;
use super::latest::latest;
use super::saved_map::MapState;
use crate::api::{self, query_string};
use crate::components::ApiErrorAlert;
use crate::components::map::{AtlasMap, Basemap, Fit, MarkerGrouping};
use crate::format;

/// The levels a user can group the markers by.
const LEVELS: &[(MapLevel, &str)] = &[
    (MapLevel::Country, "Pays"),
    (MapLevel::Partner, "Autorités partenaires"),
    (MapLevel::Collectivite, "Collectivités françaises"),
];

/// The kinds drawn: projects only. Bourse requests are not projects (and meet only some
/// criteria), so leaving them out makes the markers add up to the total.
pub const KINDS: &[MarkerKind] = &[
    MarkerKind::CooperationDecentralisee,
    MarkerKind::AutreActionExterieure,
];

/// The markers query: the level, the project layers and the search's criteria.
fn markers_query(level: MapLevel, criteria: &str) -> String {
    let layers = KINDS
        .iter()
        .map(|k| k.as_str())
        .collect::<Vec<_>>()
        .join(",");
    let head = query_string(&[("level", level.as_str().to_owned()), ("layers", layers)]);
    if criteria.is_empty() {
        head
    } else {
        format!("{head}&{criteria}")
    }
}

/// The results map with its level switch.
#[component]
pub fn SearchMap(
    search: Search,
    /// The map's view and layers (saved maps).
    map: MapState,
    /// The search's total, compared with what the map places.
    total: Signal<Option<i64>>,
) -> impl IntoView {
    let level = RwSignal::new(MapLevel::Country);
    let criteria = Memo::new(move |_| search.state.with(|s| s.criteria_query()));
    let found = latest(
        move || markers_query(level.get(), &criteria.get()),
        api::fetch_markers,
    );
    let markers: Memo<Option<MarkerLayer>> =
        Memo::new(move |_| found.answer.get().and_then(Result::ok));
    let placed = move || {
        markers.with(|m| {
            m.as_ref().map(|m| {
                (
                    m.features.iter().map(|f| f.properties.count).sum::<i64>(),
                    m.features.len(),
                )
            })
        })
    };
    let summary = move || {
        let (projects, places) = placed()?;
        let level_name = LEVELS
            .iter()
            .find(|(l, _)| *l == level.get())
            .map_or("", |(_, name)| name);
        let missing = total.get().map_or(0, |t| t - projects);
        Some(view! {
            <p class="fr-text--sm atlas-map-summary" id="resume-carte" data-placed=projects.to_string()>
                {format!(
                    "{} sur la carte ({} ; regroupement : {}).",
                    format::count_with_noun(projects, "projet placé", "projets placés"),
                    format::count_with_noun(places as i64, "repère", "repères"),
                    level_name.to_lowercase()
                )}
                {(missing > 0).then(|| match missing {
                    1 => " 1 projet sans localisation connue n'y figure pas.".to_owned(),
                    n => format!(" {} projets sans localisation connue n'y figurent pas.", format::integer(n)),
                })}
            </p>
        })
    };
    let error = move || {
        found.answer.get().and_then(Result::err).map(|error| {
            view! {
                <ApiErrorAlert
                    title="Les repères de la carte n'ont pas pu être chargés"
                    error=error
                    on_retry=move |()| found.retry.run(())
                />
            }
        })
    };

    view! {
        <fieldset class="fr-fieldset atlas-level-switch" aria-labelledby="niveau-carte-titre">
            <legend class="fr-fieldset__legend--regular fr-fieldset__legend" id="niveau-carte-titre">
                "Regrouper les projets par"
            </legend>
            {LEVELS
                .iter()
                .map(|(value, label)| {
                    let value = *value;
                    let id = format!("niveau-carte-{}", value.as_str());
                    view! {
                        <div class="fr-fieldset__element fr-fieldset__element--inline">
                            <div class="fr-radio-group fr-radio-group--sm">
                                <input
                                    type="radio"
                                    id=id.clone()
                                    name="niveau-carte"
                                    data-level=value.as_str()
                                    prop:checked=move || level.get() == value
                                    on:change=move |_| level.set(value)
                                />
                                <label class="fr-label" for=id>{*label}</label>
                            </div>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
        {error}
        // A new level is a new map: clustering suits dense levels, not countries.
        {move || {
            let grouping = match level.get() {
                MapLevel::Country => MarkerGrouping::Plain,
                _ => MarkerGrouping::Clustered,
            };
            view! {
                <AtlasMap
                    id="carte-resultats-map"
                    label="Carte des projets trouvés"
                    basemap=Basemap::World
                    grouping=grouping
                    fit=Fit::Markers
                    markers=markers
                    loading=found.loading
                    kinds=KINDS
                    start_view=map.start
                    view=map.view
                    hidden=map.hidden
                />
            }
        }}
        {summary}
    }
}
