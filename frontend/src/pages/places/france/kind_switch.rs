//! The switch of the France maps' choropleth: all projects, decentralised cooperations only,
//! or other external actions only (a DSFR radio group, keyboard operable).

use atlas_domain::ProjectKind;
use leptos::prelude::*;

use crate::components::map::Choropleth;

/// Radio buttons setting `kind` (`""` for every kind).
#[component]
pub fn KindSwitch(id: &'static str, kind: RwSignal<String>) -> impl IntoView {
    let options = [
        ("", "Tous les projets"),
        (
            ProjectKind::CooperationDecentralisee.as_str(),
            "Coopérations décentralisées",
        ),
        (
            ProjectKind::AutreActionExterieure.as_str(),
            "Autres actions extérieures",
        ),
    ];
    view! {
        <fieldset class="fr-fieldset atlas-kind-switch" id=id aria-labelledby=format!("{id}-titre")>
            <legend class="fr-fieldset__legend--regular fr-fieldset__legend" id=format!("{id}-titre")>
                "Couleur des territoires : nombre de"
            </legend>
            {options
                .into_iter()
                .map(|(value, label)| {
                    let input = format!("{id}-{}", if value.is_empty() { "tous" } else { value });
                    view! {
                        <div class="fr-fieldset__element fr-fieldset__element--inline">
                            <div class="fr-radio-group fr-radio-group--sm">
                                <input
                                    type="radio"
                                    id=input.clone()
                                    name=id
                                    data-kind=value
                                    prop:checked=move || kind.get() == value
                                    on:change=move |_| kind.set(value.to_owned())
                                />
                                <label class="fr-label" for=input>{label}</label>
                            </div>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// The legend title of the choropleth for `kind`.
pub fn title(kind: &str) -> String {
    match kind.parse::<ProjectKind>() {
        Ok(ProjectKind::CooperationDecentralisee) => "Coopérations décentralisées".to_owned(),
        Ok(ProjectKind::AutreActionExterieure) => "Autres actions extérieures".to_owned(),
        Err(_) => "Projets (tous types)".to_owned(),
    }
}

/// A choropleth of the projects of places.
pub fn of(rows: &[atlas_domain::PlaceFigures], kind: &str) -> Choropleth {
    Choropleth {
        values: rows.iter().map(|r| (r.code.clone(), r.projects)).collect(),
        title: title(kind),
    }
}
