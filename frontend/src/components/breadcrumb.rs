//! The DSFR breadcrumb (« fil d'Ariane »): where a page sits in the world or France access.

use leptos::prelude::*;
use leptos_router::components::A;

/// Links from the home page down to the current page (the last item, not a link).
#[component]
pub fn Breadcrumb(
    /// `(label, path)` of each ancestor, from the top.
    links: Vec<(String, String)>,
    /// The current page.
    #[prop(into)]
    current: String,
) -> impl IntoView {
    view! {
        <nav role="navigation" class="fr-breadcrumb fr-mt-0 fr-mb-3w" aria-label="vous êtes ici :">
            <button class="fr-breadcrumb__button" aria-expanded="false" aria-controls="fil-ariane">
                "Voir le fil d'Ariane"
            </button>
            <div class="fr-collapse" id="fil-ariane">
                <ol class="fr-breadcrumb__list">
                    <li>
                        <A href=atlas_domain::links::HOME attr:class="fr-breadcrumb__link">
                            "Accueil"
                        </A>
                    </li>
                    {links
                        .into_iter()
                        .map(|(label, href)| {
                            view! {
                                <li>
                                    <A href=href attr:class="fr-breadcrumb__link">
                                        {label}
                                    </A>
                                </li>
                            }
                        })
                        .collect_view()}
                    <li>
                        <a class="fr-breadcrumb__link" aria-current="page">
                            {current}
                        </a>
                    </li>
                </ol>
            </div>
        </nav>
    }
}
