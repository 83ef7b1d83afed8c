//! « Mes recherches et cartes »: open one (the search page with its criteria, and for a map its
//! view and layers), rename it in place, delete it after confirmation.

use atlas_domain::{SavedSearch, SavedSearchKind, SavedSearchPatch, links};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use super::confirm_delete::ConfirmDelete;
use crate::api::{self, ApiError};
use crate::components::{ApiErrorAlert, Loading};
use crate::format;
use crate::pages::saved_url;

/// The list of saved searches and maps.
#[component]
pub fn SavedSearches() -> impl IntoView {
    let list = LocalResource::new(api::fetch_saved_searches);
    let failed = RwSignal::new(None::<ApiError>);
    let reload = Callback::new(move |()| list.refetch());

    view! {
        <section class="fr-mb-6w" aria-labelledby="titre-recherches">
            <h2 id="titre-recherches" class="fr-h3">"Mes recherches et cartes"</h2>
            {move || failed.get().map(|error| view! { <ApiErrorAlert title="La modification n'a pas pu être enregistrée" error=error /> })}
            {move || match list.get() {
                None => view! { <Loading label="Chargement de vos recherches…" /> }.into_any(),
                Some(Err(error)) => view! {
                    <ApiErrorAlert title="Vos recherches n'ont pas pu être chargées" error=error on_retry=reload />
                }.into_any(),
                Some(Ok(items)) if items.is_empty() => view! {
                    <p class="atlas-empty">
                        "Aucune recherche enregistrée. Sur la "
                        <A href=links::SEARCH attr:class="fr-link">"recherche avancée"</A>
                        ", connecté, utilisez « Enregistrer la recherche » ou « Enregistrer la carte »."
                    </p>
                }.into_any(),
                Some(Ok(items)) => view! {
                    <div class="fr-table fr-table--no-caption atlas-table-wide">
                        <table data-saved-searches="">
                            <caption>"Mes recherches et cartes"</caption>
                            <thead>
                                <tr>
                                    <th scope="col">"Nom"</th>
                                    <th scope="col">"Type"</th>
                                    <th scope="col">"Modifiée le"</th>
                                    <th scope="col">"Actions"</th>
                                </tr>
                            </thead>
                            <tbody>
                                {items.into_iter().map(|saved| view! { <SavedRow saved=saved failed=failed reload=reload /> }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any(),
            }}
        </section>
    }
}

/// One saved search: its name (a link that opens it, or the rename field), kind, date, actions.
#[component]
fn SavedRow(
    saved: SavedSearch,
    failed: RwSignal<Option<ApiError>>,
    reload: Callback<()>,
) -> impl IntoView {
    let id = saved.id;
    let renaming = RwSignal::new(false);
    let name = RwSignal::new(saved.name.clone());
    let href = saved_url(&saved);
    let kind_label = match saved.kind {
        SavedSearchKind::Search => "fr-badge fr-badge--sm fr-badge--info fr-badge--no-icon",
        SavedSearchKind::Map => "fr-badge fr-badge--sm fr-badge--purple-glycine",
    };
    let what = format!("« {} »", saved.name);
    let rename = move || {
        let new_name = name.get_untracked().trim().to_owned();
        if new_name.is_empty() {
            return;
        }
        spawn_local(async move {
            let changes = SavedSearchPatch {
                name: Some(new_name),
                ..SavedSearchPatch::default()
            };
            match api::change_saved_search(id, changes).await {
                Ok(_) => {
                    failed.try_set(None);
                    renaming.try_set(false);
                    reload.run(());
                }
                Err(error) => {
                    failed.try_set(Some(error));
                }
            }
        });
    };
    let delete = Callback::new(move |()| {
        spawn_local(async move {
            match api::delete_saved_search(id).await {
                Ok(()) => reload.run(()),
                Err(error) => {
                    failed.try_set(Some(error));
                }
            }
        });
    });
    let input_id = format!("renommer-{id}");
    view! {
        <tr data-saved-search=id.to_string() data-kind=saved.kind.as_str()>
            <td>
                <Show
                    when=move || renaming.get()
                    fallback={
                        let href = href.clone();
                        move || view! { <A href=href.clone() attr:class="fr-link" attr:data-action="open">{move || name.get()}</A> }
                    }
                >
                    <form class="atlas-rename" on:submit=move |ev| { ev.prevent_default(); rename(); }>
                        <label class="fr-label fr-sr-only" for=input_id.clone()>"Nouveau nom"</label>
                        <input class="fr-input" id=input_id.clone() prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                        <button class="fr-btn fr-btn--sm" type="submit" data-action="save-name">"Enregistrer"</button>
                        <button class="fr-btn fr-btn--secondary fr-btn--sm" type="button" on:click=move |_| renaming.set(false)>"Annuler"</button>
                    </form>
                </Show>
            </td>
            <td><span class=kind_label>{saved.kind.label()}</span></td>
            <td>{format::day_of(saved.updated_at.and_utc())}</td>
            <td class="atlas-actions">
                <A href=href.clone() attr:class="fr-btn fr-btn--secondary fr-btn--sm" attr:title=format!("Ouvrir {what}")>"Ouvrir"</A>
                <button type="button" class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm"
                    data-action="rename" title=format!("Renommer {what}") on:click=move |_| renaming.set(true)>
                    "Renommer"
                </button>
                <ConfirmDelete what=what.clone() on_confirm=delete />
            </td>
        </tr>
    }
}
