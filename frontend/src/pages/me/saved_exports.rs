//! « Mes extractions PDF »: the PDF reports kept in the space — download, delete.

use atlas_domain::SavedExport;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::confirm_delete::ConfirmDelete;
use super::download::{file_name, save_as, size};
use crate::api::{self, ApiError};
use crate::components::{ApiErrorAlert, Loading};
use crate::format;

/// The list of saved PDF extractions.
#[component]
pub fn SavedExports() -> impl IntoView {
    let list = LocalResource::new(api::fetch_saved_exports);
    let failed = RwSignal::new(None::<ApiError>);
    let reload = Callback::new(move |()| list.refetch());
    view! {
        <section class="fr-mb-6w" aria-labelledby="titre-extractions">
            <h2 id="titre-extractions" class="fr-h3">"Mes extractions PDF"</h2>
            {move || failed.get().map(|error| view! { <ApiErrorAlert title="L'opération a échoué" error=error /> })}
            {move || match list.get() {
                None => view! { <Loading label="Chargement de vos extractions…" /> }.into_any(),
                Some(Err(error)) => view! {
                    <ApiErrorAlert title="Vos extractions n'ont pas pu être chargées" error=error on_retry=reload />
                }.into_any(),
                Some(Ok(items)) if items.is_empty() => view! {
                    <p class="atlas-empty">"Aucune extraction enregistrée. Sur la recherche avancée, utilisez « Enregistrer le PDF dans mon espace »."</p>
                }.into_any(),
                Some(Ok(items)) => view! {
                    <div class="fr-table fr-table--no-caption atlas-table-wide">
                        <table data-saved-exports="">
                            <caption>"Mes extractions PDF"</caption>
                            <thead>
                                <tr>
                                    <th scope="col">"Nom"</th>
                                    <th scope="col">"Taille"</th>
                                    <th scope="col">"Créée le"</th>
                                    <th scope="col">"Actions"</th>
                                </tr>
                            </thead>
                            <tbody>
                                {items.into_iter().map(|export| row(export, failed, reload)).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any(),
            }}
        </section>
    }
}

fn row(
    export: SavedExport,
    failed: RwSignal<Option<ApiError>>,
    reload: Callback<()>,
) -> impl IntoView {
    let id = export.id;
    let filename = file_name(&export.name, "pdf");
    let what = format!("« {} »", export.name);
    let download = move |_| {
        let filename = filename.clone();
        spawn_local(async move {
            match api::fetch_saved_export_file(id).await {
                Ok(bytes) => {
                    if save_as(&bytes, &filename, "application/pdf").is_err() {
                        failed.try_set(Some(ApiError::Decode("téléchargement".to_owned())));
                    }
                }
                Err(error) => {
                    failed.try_set(Some(error));
                }
            }
        });
    };
    let delete = Callback::new(move |()| {
        spawn_local(async move {
            match api::delete_saved_export(id).await {
                Ok(()) => reload.run(()),
                Err(error) => {
                    failed.try_set(Some(error));
                }
            }
        });
    });
    view! {
        <tr data-saved-export=id.to_string()>
            <td>{export.name.clone()}</td>
            <td>{size(export.byte_size)}</td>
            <td>{format::day_of(export.created_at.and_utc())}</td>
            <td class="atlas-actions">
                <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm"
                    data-action="download" title=format!("Télécharger {what} (PDF)") on:click=download>
                    "Télécharger"
                </button>
                <ConfirmDelete what=what.clone() on_confirm=delete />
            </td>
        </tr>
    }
}
