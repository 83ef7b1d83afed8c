//! The entity picker of the account request: type two letters of a commune, an
//! intercommunality, a département, a région or a country, pick it from the list. Each
//! proposal shows its name, where it is, and whether the Atlas has it yet.

use atlas_domain::{AccountGroup, Entity, EntityKind};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;

/// The picker's label for a group.
pub fn entity_label(group: AccountGroup) -> &'static str {
    match group {
        AccountGroup::Collectivite => "Votre collectivité territoriale",
        AccountGroup::Ambassade => "Le pays de votre ambassade",
        AccountGroup::Prefecture => "La région de votre préfecture",
        AccountGroup::Operateur => "",
    }
}

/// The `kind` parameter of the lookup: the API filters on one kind; for several, none is
/// sent and the answer is filtered here ([`keep_kinds`]).
fn kind_param(kinds: &[EntityKind]) -> String {
    match kinds {
        [one] => one.as_str().to_owned(),
        _ => String::new(),
    }
}

/// The proposals of `kinds`, at most `PROPOSALS`.
fn keep_kinds(found: Vec<Entity>, kinds: &[EntityKind]) -> Vec<Entity> {
    found
        .into_iter()
        .filter(|e| kinds.contains(&e.kind))
        .take(PROPOSALS)
        .collect()
}

/// Most proposals shown at once.
const PROPOSALS: usize = 12;

/// A type-ahead over the reference entities of `group`; sets `chosen`.
#[component]
pub fn EntityPicker(
    group: Signal<AccountGroup>,
    chosen: RwSignal<Option<Entity>>,
    /// The error about the entity, from the form.
    error: Signal<Option<String>>,
) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let found = RwSignal::new(Vec::<Entity>::new());
    let searching = RwSignal::new(false);
    let generation = StoredValue::new(0_u32);

    // A new group empties the picker.
    Effect::new(move |previous: Option<AccountGroup>| {
        let now = group.get();
        if previous.is_some_and(|p| p != now) {
            chosen.set(None);
            text.set(String::new());
        }
        now
    });
    // Look up as the user types; only the latest answer counts.
    Effect::new(move |_| {
        let typed = text.get().trim().to_owned();
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        if typed.chars().count() < 2 {
            found.set(Vec::new());
            return;
        }
        let kinds = group.get_untracked().entity_kinds();
        searching.set(true);
        spawn_local(async move {
            let answer = api::fetch_entities(typed, kind_param(kinds)).await;
            if generation.try_get_value() == Some(mine) {
                found.try_set(keep_kinds(answer.unwrap_or_default(), kinds));
                searching.try_set(false);
            }
        });
    });

    let has_error = move || error.with(Option::is_some);
    let proposal = move |entity: Entity| {
        let pick = entity.clone();
        view! {
            <li role="none">
                <button
                    type="button"
                    role="option"
                    class="atlas-entity-option"
                    data-entity-code=entity.code.clone()
                    data-entity-kind=entity.kind.as_str()
                    on:click=move |_| {
                        chosen.set(Some(pick.clone()));
                        text.set(String::new());
                    }
                >
                    <span class="atlas-entity-option__name">{entity.name.clone()}</span>
                    <span class="fr-text--xs fr-mb-0 atlas-entity-option__detail">
                        {entity.kind.label()}
                        {entity.detail.clone().map(|d| format!(" · {d}"))}
                    </span>
                    {(!entity.in_atlas).then(|| view! {
                        <span class="fr-badge fr-badge--sm fr-badge--new atlas-entity-option__badge">"pas encore dans l'Atlas"</span>
                    })}
                </button>
            </li>
        }
    };

    view! {
        <div class="fr-input-group atlas-entity-picker" class:fr-input-group--error=has_error>
            <label class="fr-label" for="entity">
                {move || entity_label(group.get())}
                <span class="fr-hint-text">
                    "Tapez au moins deux lettres du nom, puis choisissez dans la liste. Si la vôtre n'y est pas, écrivez à l'administrateur de l'Atlas."
                </span>
            </label>
            {move || chosen.get().map(|entity| view! {
                <div class="atlas-entity-chosen" data-chosen-entity=entity.code.clone()>
                    <p class="fr-mb-0">
                        <strong>{entity.name.clone()}</strong>
                        " — " {entity.kind.label()}
                        {entity.detail.clone().map(|d| format!(" · {d}"))}
                        {(!entity.in_atlas).then(|| view! {
                            " " <span class="fr-badge fr-badge--sm fr-badge--new">"pas encore dans l'Atlas"</span>
                        })}
                    </p>
                    <button type="button" class="fr-btn fr-btn--tertiary fr-btn--sm" on:click=move |_| chosen.set(None)>
                        "Changer"
                    </button>
                </div>
            })}
            <Show when=move || chosen.with(Option::is_none)>
                <input
                    class="fr-input"
                    class:fr-input--error=has_error
                    id="entity"
                    type="search"
                    role="combobox"
                    autocomplete="off"
                    aria-autocomplete="list"
                    aria-controls="entity-list"
                    aria-expanded=move || (!found.with(Vec::is_empty)).to_string()
                    aria-describedby="entity-messages"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                />
                <ul id="entity-list" role="listbox" class="atlas-entity-list" aria-label="Propositions" hidden=move || found.with(Vec::is_empty)>
                    {move || found.get().into_iter().map(proposal).collect_view()}
                </ul>
                <p class="fr-text--sm fr-mt-1w" role="status">
                    {move || {
                        let typed = text.get().trim().chars().count();
                        if typed < 2 {
                            String::new()
                        } else if searching.get() {
                            "Recherche…".to_owned()
                        } else if found.with(Vec::is_empty) {
                            "Aucune proposition pour ce nom.".to_owned()
                        } else {
                            format!("{} proposition(s).", found.with(Vec::len))
                        }
                    }}
                </p>
            </Show>
            <div class="fr-messages-group" id="entity-messages" aria-live="polite">
                {move || error.get().map(|m| view! { <p class="fr-message fr-message--error">{m}</p> })}
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(kind: EntityKind) -> Entity {
        Entity {
            kind,
            code: "07".into(),
            name: "Ardèche".into(),
            detail: None,
            in_atlas: true,
            collectivite_id: Some(1),
        }
    }

    #[test]
    fn each_group_looks_up_its_own_kinds() {
        assert_eq!(kind_param(AccountGroup::Collectivite.entity_kinds()), "");
        assert_eq!(
            kind_param(AccountGroup::Ambassade.entity_kinds()),
            "country"
        );
        let found = vec![entity(EntityKind::Country), entity(EntityKind::Departement)];
        let kept = keep_kinds(found, AccountGroup::Collectivite.entity_kinds());
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].kind, EntityKind::Departement);
    }
}
