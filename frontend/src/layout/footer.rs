//! The DSFR footer: bloc-marque, what the Atlas is, the official websites, and the links to
//! the sources page and the open API.

use atlas_domain::links;
use leptos::prelude::*;
use leptos_router::components::A;

use super::SERVICE_NAME;

/// Government websites every DSFR footer links to.
const OFFICIAL_SITES: [(&str, &str); 4] = [
    ("info.gouv.fr", "https://www.info.gouv.fr"),
    (
        "service-public.gouv.fr",
        "https://www.service-public.gouv.fr",
    ),
    ("legifrance.gouv.fr", "https://www.legifrance.gouv.fr"),
    ("data.gouv.fr", "https://www.data.gouv.fr"),
];

/// The page footer.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="fr-footer" role="contentinfo" id="pied-de-page">
            <div class="fr-container">
                <div class="fr-footer__body">
                    <div class="fr-footer__brand fr-enlarge-link">
                        <a href=links::HOME title=format!("Retour à l'accueil du site – {SERVICE_NAME}")>
                            <p class="fr-logo">"République" <br /> "française"</p>
                        </a>
                    </div>
                    <div class="fr-footer__content">
                        <p class="fr-footer__content-desc">
                            "L'Atlas recense ce que les collectivités territoriales françaises font à l'étranger "
                            "avec des autorités locales partenaires : coopérations décentralisées, autres actions "
                            "extérieures et demandes de coopération de la Bourse projets."
                        </p>
                        <ul class="fr-footer__content-list">
                            {OFFICIAL_SITES
                                .iter()
                                .map(|(name, url)| {
                                    view! {
                                        <li class="fr-footer__content-item">
                                            <a
                                                class="fr-footer__content-link"
                                                href=*url
                                                target="_blank"
                                                rel="noopener external"
                                                title=format!("{name} – nouvelle fenêtre")
                                            >
                                                {*name}
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </div>
                </div>
                <div class="fr-footer__bottom">
                    <ul class="fr-footer__bottom-list">
                        <li class="fr-footer__bottom-item">
                            <A href=links::SOURCES attr:class="fr-footer__bottom-link">
                                "Sources et mentions légales"
                            </A>
                        </li>
                        <li class="fr-footer__bottom-item">
                            <A href=links::ACCESSIBILITY attr:class="fr-footer__bottom-link">
                                "Accessibilité : non conforme"
                            </A>
                        </li>
                        <li class="fr-footer__bottom-item">
                            <a class="fr-footer__bottom-link" href="/api/docs" rel="external">
                                "API ouverte"
                            </a>
                        </li>
                    </ul>
                    <div class="fr-footer__bottom-copy">
                        <p>
                            "Sauf mention explicite de propriété intellectuelle détenue par des tiers, les contenus "
                            "de ce site sont proposés sous "
                            <a
                                href="https://www.etalab.gouv.fr/licence-ouverte-open-licence"
                                target="_blank"
                                rel="noopener external"
                                title="Licence Ouverte – nouvelle fenêtre"
                            >
                                "Licence Ouverte 2.0"
                            </a>
                            "."
                        </p>
                    </div>
                </div>
            </div>
        </footer>
    }
}
