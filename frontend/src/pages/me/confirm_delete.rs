//! A delete button that asks for confirmation in place (no browser dialog): « Supprimer »,
//! then « Confirmer la suppression » or « Annuler ».

use leptos::prelude::*;

/// Two-step delete of `what` (for the accessible names, e.g. « la carte Eau au Sénégal »).
#[component]
pub fn ConfirmDelete(#[prop(into)] what: String, on_confirm: Callback<()>) -> impl IntoView {
    let asking = RwSignal::new(false);
    let what_again = what.clone();
    view! {
        <Show
            when=move || asking.get()
            fallback=move || view! {
                <button type="button" class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm"
                    data-action="delete" title=format!("Supprimer {what}") on:click=move |_| asking.set(true)>
                    "Supprimer"
                </button>
            }
        >
            <span class="atlas-confirm-delete" role="group" aria-label=format!("Supprimer {what_again} ?")>
                <button type="button" class="fr-btn fr-btn--sm atlas-btn--danger" data-action="confirm-delete"
                    on:click=move |_| { asking.set(false); on_confirm.run(()); }>
                    "Confirmer la suppression"
                </button>
                <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm" on:click=move |_| asking.set(false)>
                    "Annuler"
                </button>
            </span>
        </Show>
    }
}
