//! The facet groups of the search page, one fieldset per criterion the API counts: values as
//! checkboxes with their counts (OR within a group), yes/no criteria as radios, active years
//! as a « from / to » pair. Each choice navigates to the new URL; counts follow the answer.
//!
//! Rows are keyed by value and count, never by « ticked »: the box just ticked stays the same
//! element (and keeps the focus) while the search reloads.

use atlas_domain::{Facet, FacetValue};
use leptos::prelude::*;

use super::Search;
use crate::format;

/// Values shown before « Afficher plus ».
const SHORT_LIST: usize = 6;
/// Groups open on arrival (the others open on demand or when they hold a choice).
const OPEN_BY_DEFAULT: &[&str] = &["kind", "theme", "continent", "financing"];

/// Every facet of the current answer.
#[component]
pub fn FacetGroups(search: Search, facets: Memo<Vec<Facet>>) -> impl IntoView {
    view! {
        <div class="atlas-facet-groups" id="facettes">
            <Show when=move || facets.with(Vec::is_empty)>
                <p class="fr-text--sm atlas-unavailable">"Chargement des critères…"</p>
            </Show>
            <For each=move || facets.get() key=|f| f.name.clone() let:facet>
                <FacetGroup search=search facets=facets facet=facet />
            </For>
        </div>
    }
}

/// One criterion: its title, and its values in the form that fits it.
#[component]
fn FacetGroup(search: Search, facets: Memo<Vec<Facet>>, facet: Facet) -> impl IntoView {
    let name = facet.name.clone();
    let values = {
        let name = name.clone();
        Memo::new(move |_| {
            facets.with(|all| {
                all.iter()
                    .find(|f| f.name == name)
                    .map(|f| f.values.clone())
                    .unwrap_or_default()
            })
        })
    };
    let open = OPEN_BY_DEFAULT.contains(&name.as_str()) || facet.values.iter().any(|v| v.selected);
    let chosen = move || values.with(|v| v.iter().filter(|v| v.selected).count());
    let is_year = name == "year";
    let body = match name.as_str() {
        "year" => view! { <YearRange search=search values=values /> }.into_any(),
        "jumelage" | "volunteers" => {
            view! { <YesNo search=search param=facet.param.clone() name=name.clone() values=values /> }
                .into_any()
        }
        _ => view! {
            <Checkboxes search=search param=facet.param.clone() name=name.clone() values=values />
        }
        .into_any(),
    };
    let hint = (name == "status").then(|| {
        view! {
            <p class="fr-hint-text fr-mb-1w">
                "Sans choix : projets en cours et terminés (les projets archivés sont exclus)."
            </p>
        }
    });
    view! {
        <details class="atlas-facet" open=open data-facet-group=name.clone()>
            <summary class="atlas-facet__summary">
                {facet.label.clone()}
                {move || {
                    let n = chosen();
                    (n > 0 && !is_year)
                        .then(|| {
                            view! {
                                <span class="fr-badge fr-badge--sm fr-badge--info fr-ml-1w">
                                    {format::count_with_noun(n as i64, "choix", "choix")}
                                </span>
                            }
                        })
                }}
            </summary>
            <fieldset class="fr-fieldset atlas-facet__fieldset">
                <legend class="fr-fieldset__legend fr-sr-only">{facet.label.clone()}</legend>
                {hint}
                {body}
            </fieldset>
        </details>
    }
}

/// A value's element id: the facet and the value, reduced to id-safe characters.
fn value_id(name: &str, value: &str) -> String {
    let safe: String = value
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("facette-{name}-{safe}")
}

/// The label of a value with its count.
fn value_label(id: String, label: String, count: i64) -> impl IntoView {
    view! {
        <label class="fr-label atlas-facet__label" for=id>
            <span>{label}</span>
            <span class="atlas-facet__count" data-count=count.to_string()>{format::integer(count)}</span>
        </label>
    }
}

/// One value: a checkbox (OR with the others) or a radio (one of them), its label and count.
/// Ticking it toggles the value in the URL (a radio is only ever ticked, never unticked).
#[component]
fn ValueInput(
    search: Search,
    param: StoredValue<String>,
    /// The facet's name (ids and test hooks).
    facet: String,
    /// The `name` of the input (radios of one group share it).
    group: String,
    radio: bool,
    value: FacetValue,
) -> impl IntoView {
    let id = value_id(&facet, &value.value);
    let v = value.value.clone();
    let checked = {
        let v = v.clone();
        move || search.state.with(|s| s.has(&param.get_value(), &v))
    };
    let (kind, class) = if radio {
        ("radio", "fr-radio-group fr-radio-group--sm")
    } else {
        ("checkbox", "fr-checkbox-group fr-checkbox-group--sm")
    };
    view! {
        <div class="fr-fieldset__element atlas-facet__value">
            <div class=class>
                <input
                    type=kind
                    id=id.clone()
                    name=group
                    value=v.clone()
                    data-facet=facet
                    data-value=v.clone()
                    prop:checked=checked
                    on:change=move |_| {
                        let next = search.state.with_untracked(|s| s.toggled(&param.get_value(), &v));
                        search.go(next);
                    }
                />
                {value_label(id, value.label, value.count)}
            </div>
        </div>
    }
}

/// Checkboxes, the most frequent first; « Afficher plus » reveals the rest.
#[component]
fn Checkboxes(
    search: Search,
    param: String,
    name: String,
    values: Memo<Vec<FacetValue>>,
) -> impl IntoView {
    let expanded = RwSignal::new(false);
    let param = StoredValue::new(param);
    let name = StoredValue::new(name);
    let shown = move || {
        let all = values.get();
        if expanded.get() {
            all
        } else {
            all.into_iter()
                .enumerate()
                .filter(|(i, v)| *i < SHORT_LIST || v.selected)
                .map(|(_, v)| v)
                .collect()
        }
    };
    let hidden = move || values.with(|v| v.len().saturating_sub(SHORT_LIST));
    view! {
        <For each=shown key=|v| (v.value.clone(), v.label.clone(), v.count) let:value>
            <ValueInput
                search=search
                param=param
                facet=name.get_value()
                group=name.get_value()
                radio=false
                value=value
            />
        </For>
        <Show when=move || { hidden() > 0 }>
            <button
                type="button"
                class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm atlas-facet__more"
                aria-expanded=move || expanded.get().to_string()
                on:click=move |_| expanded.update(|e| *e = !*e)
            >
                {move || {
                    if expanded.get() {
                        "Afficher moins".to_owned()
                    } else {
                        match hidden() {
                            1 => "Afficher 1 autre valeur".to_owned(),
                            n => format!("Afficher les {n} autres valeurs"),
                        }
                    }
                }}
            </button>
        </Show>
    }
}

/// A yes/no criterion as three radios: either, yes, no.
#[component]
fn YesNo(
    search: Search,
    param: String,
    name: String,
    values: Memo<Vec<FacetValue>>,
) -> impl IntoView {
    let param = StoredValue::new(param);
    let any_id = value_id(&name, "tous");
    let group = format!("facette-{name}");
    let none_chosen = move || search.state.with(|s| s.get(&param.get_value()).is_none());
    view! {
        <div class="fr-fieldset__element atlas-facet__value">
            <div class="fr-radio-group fr-radio-group--sm">
                <input
                    type="radio"
                    id=any_id.clone()
                    name=group.clone()
                    data-facet=name.clone()
                    data-value=""
                    prop:checked=none_chosen
                    on:change=move |_| {
                        search.go(search.state.with_untracked(|s| s.with(&param.get_value(), None)));
                    }
                />
                <label class="fr-label" for=any_id>"Indifférent"</label>
            </div>
        </div>
        <For each=move || values.get() key=|v| (v.value.clone(), v.label.clone(), v.count) let:value>
            <ValueInput
                search=search
                param=param
                facet=name.clone()
                group=group.clone()
                radio=true
                value=value
            />
        </For>
    }
}

/// Years of activity as a range: projects active in at least one year from « De » to « À ».
#[component]
fn YearRange(search: Search, values: Memo<Vec<FacetValue>>) -> impl IntoView {
    let select = move |param: &'static str, label: &'static str| {
        let id = format!("facette-{param}");
        view! {
            <div class="fr-fieldset__element fr-fieldset__element--inline atlas-facet__year">
                <div class="fr-select-group">
                    <label class="fr-label" for=id.clone()>{label}</label>
                    <select
                        class="fr-select"
                        id=id
                        data-facet=param
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            search.go(search.state.with_untracked(|s| s.with(param, Some(value))));
                        }
                    >
                        <option value="" prop:selected=move || search.state.with(|s| s.get(param).is_none())>
                            "Toutes"
                        </option>
                        {move || {
                            values
                                .get()
                                .into_iter()
                                .map(|v| {
                                    let year = v.value.clone();
                                    let selected = move || search.state.with(|s| s.get(param).as_deref() == Some(year.as_str()));
                                    view! {
                                        <option value=v.value.clone() prop:selected=selected>
                                            {format!("{} ({})", v.label, format::integer(v.count))}
                                        </option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                </div>
            </div>
        }
    };
    view! {
        <p class="fr-hint-text fr-mb-1w">
            "Projets actifs au moins une année de la période. Entre parenthèses : projets actifs cette année-là."
        </p>
        {select("year_from", "De")}
        {select("year_to", "À")}
    }
}
