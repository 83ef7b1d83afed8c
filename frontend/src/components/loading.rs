//! The placeholder shown while data load.

use leptos::prelude::*;

/// A polite status message with a pulsing bar, announced once by screen readers.
#[component]
pub fn Loading(
    /// What is loading, e.g. « Chargement des chiffres clés… ».
    #[prop(into)]
    label: String,
) -> impl IntoView {
    view! {
        <div class="atlas-loading" role="status" aria-live="polite">
            <span class="atlas-loading__bar" aria-hidden="true"></span>
            <p class="fr-text--sm fr-mb-0">{label}</p>
        </div>
    }
}
