//! The banner saying the figures are generated demonstration data, on every page.

use atlas_domain::DEMO_LABEL;
use leptos::prelude::*;

use crate::stats::use_stats;

/// A DSFR information notice shown while the API serves the demonstration dataset. Nothing is shown
/// while the statistics load or when they failed (the page says so itself).
#[component]
pub fn DemoBanner() -> impl IntoView {
    let stats = use_stats();
    let demo_label = move || {
        stats.0.get().and_then(Result::ok).and_then(|stats| {
            stats
                .dataset
                .demo
                .then(|| stats.dataset.label.unwrap_or_else(|| DEMO_LABEL.to_owned()))
        })
    };

    move || {
        demo_label().map(|label| {
            view! {
                <div class="fr-notice fr-notice--info atlas-demo-banner" data-demo-banner="">
                    <div class="fr-container">
                        <div class="fr-notice__body">
                            <p>
                                <span class="fr-notice__title">{label}</span>
                                <span class="fr-notice__desc">
                                    "Les chiffres, projets et partenariats affichés sont générés automatiquement "
                                    "à partir de collectivités et de villes réelles ; les personnes sont fictives. "
                                    "Ils ne reflètent pas les déclarations des collectivités."
                                </span>
                            </p>
                        </div>
                    </div>
                </div>
            }
        })
    }
}
