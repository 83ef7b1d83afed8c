//! The skip links (« accès rapide »), first focusable elements of every page.

use leptos::prelude::*;

/// Links to the main content, the main menu and the footer. `rel="external"` lets the browser
/// follow them itself, which moves the keyboard focus (the router would only scroll).
#[component]
pub fn SkipLinks() -> impl IntoView {
    view! {
        <div class="fr-skiplinks">
            <nav class="fr-container" role="navigation" aria-label="Accès rapide">
                <ul class="fr-skiplinks__list">
                    <li>
                        <a class="fr-link" href="#contenu" rel="external">"Contenu"</a>
                    </li>
                    <li>
                        <a class="fr-link" href="#navigation-principale" rel="external">"Menu"</a>
                    </li>
                    <li>
                        <a class="fr-link" href="#pied-de-page" rel="external">"Pied de page"</a>
                    </li>
                </ul>
            </nav>
        </div>
    }
}
