//! The DSFR header: the « République française » bloc-marque, the service title and tagline,
//! a link to the open API, the account links and the main navigation (a modal menu on small screens, opened by the
//! DSFR script).

use atlas_domain::links;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate};

use super::SERVICE_NAME;
use super::menu::close_modal;
use super::search_box::SearchBox;
use crate::session::use_session;

/// `id` of the modal menu (small screens).
const MENU_ID: &str = "menu-principal";

/// The page header with the main navigation. Only routes that exist are linked.
#[component]
pub fn Header() -> impl IntoView {
    let pathname = use_location().pathname;
    Effect::new(move |_| {
        pathname.track();
        close_modal(MENU_ID);
    });

    view! {
        <header role="banner" class="fr-header">
            <div class="fr-header__body">
                <div class="fr-container">
                    <div class="fr-header__body-row">
                        <div class="fr-header__brand fr-enlarge-link">
                            <div class="fr-header__brand-top">
                                <div class="fr-header__logo">
                                    <p class="fr-logo">"République" <br /> "française"</p>
                                </div>
                                <div class="fr-header__navbar">
                                    <button
                                        class="fr-btn--search fr-btn"
                                        data-fr-opened="false"
                                        aria-controls="recherche-entete"
                                        title="Rechercher"
                                        type="button"
                                    >
                                        "Rechercher"
                                    </button>
                                    <button
                                        class="fr-btn--menu fr-btn"
                                        data-fr-opened="false"
                                        aria-controls=MENU_ID
                                        aria-haspopup="menu"
                                        id="bouton-menu-principal"
                                        title="Menu"
                                        type="button"
                                    >
                                        "Menu"
                                    </button>
                                </div>
                            </div>
                            <div class="fr-header__service">
                                <a href=links::HOME title=format!("Accueil – {SERVICE_NAME}")>
                                    <p class="fr-header__service-title">{SERVICE_NAME}</p>
                                </a>
                                <p class="fr-header__service-tagline">
                                    "Coopérations décentralisées et actions extérieures des collectivités territoriales françaises"
                                </p>
                            </div>
                        </div>
                        <div class="fr-header__tools">
                            <div class="fr-header__tools-links">
                                <ApiLinks />
                            </div>
                            <div class="fr-header__search fr-modal" id="recherche-entete">
                                <div class="fr-container fr-container-lg--fluid">
                                    <button
                                        class="fr-btn--close fr-btn"
                                        aria-controls="recherche-entete"
                                        title="Fermer"
                                        type="button"
                                    >
                                        "Fermer"
                                    </button>
                                    <SearchBox id="recherche-entete-form" />
                                </div>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
            <div
                class="fr-header__menu fr-modal"
                id=MENU_ID
                aria-labelledby="bouton-menu-principal"
            >
                <div class="fr-container">
                    <button
                        class="fr-btn--close fr-btn"
                        aria-controls=MENU_ID
                        title="Fermer"
                        type="button"
                    >
                        "Fermer"
                    </button>
                    <div class="fr-header__menu-links">
                        <ApiLinks />
                    </div>
                    <nav
                        class="fr-nav"
                        id="navigation-principale"
                        role="navigation"
                        aria-label="Menu principal"
                    >
                        <ul class="fr-nav__list">
                            <li class="fr-nav__item">
                                <A href=links::HOME exact=true attr:class="fr-nav__link">
                                    "Accueil"
                                </A>
                            </li>
                            <li class="fr-nav__item">
                                <A href=links::WORLD attr:class="fr-nav__link">
                                    "Accès monde"
                                </A>
                            </li>
                            <li class="fr-nav__item">
                                <A href=links::FRANCE attr:class="fr-nav__link">
                                    "Accès France"
                                </A>
                            </li>
                            <li class="fr-nav__item">
                                <A href=links::SEARCH attr:class="fr-nav__link">
                                    "Recherche avancée"
                                </A>
                            </li>
                            <li class="fr-nav__item">
                                <A href=links::SOURCES attr:class="fr-nav__link">
                                    "Sources des données"
                                </A>
                            </li>
                        </ul>
                    </nav>
                </div>
            </div>
        </header>
    }
}

/// The administration's section: every `links::ADMIN_*` page is under it (checked below).
/// `links` has no constant for the section itself.
const ADMIN_SECTION: &str = "/admin";

/// Whether a page is for signed-in users only.
fn is_personal(path: &str) -> bool {
    path.starts_with(links::MY_SPACE) || path.starts_with(ADMIN_SECTION)
}

/// The header's quick links (shown in the header on large screens, in the menu on small ones):
/// the open API, then « Se connecter », or « Mon espace », « Administration » (administrators)
/// and « Se déconnecter ». The API documentation is a server page: `rel="external"` makes it
/// a full page load.
#[component]
fn ApiLinks() -> impl IntoView {
    let session = use_session();
    let navigate = use_navigate();
    let pathname = use_location().pathname;
    let logout = move |_| {
        // Leave a personal page first: it would otherwise send the user to the login page.
        if is_personal(&pathname.get_untracked()) {
            navigate(links::HOME, NavigateOptions::default());
        }
        spawn_local(async move { session.logout().await });
    };
    view! {
        <ul class="fr-btns-group">
            <li>
                <a class="fr-btn" href="/api/docs" rel="external">
                    "API ouverte"
                </a>
            </li>
            <Show
                when=move || session.signed_in()
                fallback=|| view! {
                    <li>
                        <A href=links::LOGIN attr:class="fr-btn" attr:data-auth="login">
                            "Se connecter"
                        </A>
                    </li>
                }
            >
                <li>
                    <A href=links::MY_SPACE attr:class="fr-btn" attr:data-auth="my-space">
                        "Mon espace"
                    </A>
                </li>
                <Show when=move || session.is_admin()>
                    <li>
                        <A href=links::ADMIN_ACCOUNT_REQUESTS attr:class="fr-btn" attr:data-auth="admin">
                            "Administration"
                        </A>
                    </li>
                </Show>
                <li>
                    <button type="button" class="fr-btn" data-auth="logout" on:click=logout.clone()>
                        "Se déconnecter"
                    </button>
                </li>
            </Show>
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn personal_pages_are_left_on_logout() {
        assert!(is_personal("/mon-espace"));
        assert!(is_personal("/admin/journal"));
        assert!(!is_personal("/recherche"));
        for page in [
            links::MY_SPACE,
            links::ADMIN_ACCOUNT_REQUESTS,
            links::ADMIN_USERS,
            links::ADMIN_AUDIT_LOG,
            links::ADMIN_OUTBOX,
        ] {
            assert!(is_personal(page), "{page}");
        }
    }
}
