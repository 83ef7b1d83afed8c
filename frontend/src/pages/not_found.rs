//! The page for unknown addresses (DSFR « page d'erreur 404 » pattern).

use atlas_domain::links;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::layout::set_page_title;

/// « Page non trouvée », with a way back home.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_page_title("Page non trouvée");
    view! {
        <div class="fr-container fr-py-8w atlas-not-found" data-page="not-found">
            <div class="fr-grid-row fr-grid-row--middle">
                <div class="fr-col-12 fr-col-md-8">
                    <h1>"Page non trouvée"</h1>
                    <p class="fr-text--sm fr-mb-3w">"Erreur 404"</p>
                    <p class="fr-text--lead fr-mb-3w">
                        "La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée."
                    </p>
                    <p class="fr-text--sm fr-mb-5w">
                        "Si vous avez tapé l'adresse web dans le navigateur, vérifiez qu'elle est correcte. "
                        "La page n'est peut-être plus disponible, ou elle n'existe pas encore : de nouvelles "
                        "rubriques de l'Atlas arrivent progressivement."
                    </p>
                    <ul class="fr-btns-group fr-btns-group--inline-md">
                        <li>
                            <A href=links::HOME attr:class="fr-btn">
                                "Page d'accueil"
                            </A>
                        </li>
                    </ul>
                </div>
            </div>
        </div>
    }
}
