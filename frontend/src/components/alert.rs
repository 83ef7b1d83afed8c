//! The DSFR error alert shown when an API call failed.

use leptos::prelude::*;

use crate::api::ApiError;

/// An error alert naming what could not be shown and why, with an optional retry button.
#[component]
pub fn ApiErrorAlert(
    /// What could not be shown, e.g. « Les chiffres clés n'ont pas pu être chargés ».
    #[prop(into)]
    title: String,
    /// The failed call.
    error: ApiError,
    /// Called by the « Réessayer » button; without it, no button is shown.
    #[prop(optional, into)]
    on_retry: Option<Callback<()>>,
) -> impl IntoView {
    view! {
        <div class="fr-alert fr-alert--error atlas-alert" role="alert">
            <p class="fr-alert__title">{title}</p>
            <p>{error.message()}</p>
            {on_retry
                .map(|retry| {
                    view! {
                        <button
                            class="fr-btn fr-btn--secondary fr-btn--sm fr-mt-2w"
                            type="button"
                            on:click=move |_| retry.run(())
                        >
                            "Réessayer"
                        </button>
                    }
                })}
        </div>
    }
}
