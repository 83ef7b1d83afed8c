//! The frame of every administration screen: the admin guard, a DSFR side menu of the four
//! screens and the screen's title.

use atlas_domain::links;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::components::RequireSignedIn;
use crate::layout::set_page_title;

/// The administration screens, in menu order.
const SCREENS: &[(&str, &str)] = &[
    (links::ADMIN_ACCOUNT_REQUESTS, "Demandes de compte"),
    (links::ADMIN_USERS, "Utilisateurs"),
    (links::ADMIN_AUDIT_LOG, "Journal d'audit"),
    (links::ADMIN_OUTBOX, "Courriels envoyés"),
];

/// An administration screen titled `title`, for administrators only.
#[component]
pub fn AdminFrame(
    #[prop(into)] title: String,
    /// `data-page` of the screen (browser tests).
    page: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    set_page_title(&format!("{title} – Administration"));
    let pathname = use_location().pathname;
    let children = StoredValue::new(children);
    view! {
        <RequireSignedIn admin=true>
            <div class="fr-container fr-pt-4w fr-pb-8w" data-page=page>
                <div class="fr-grid-row fr-grid-row--gutters">
                    <div class="fr-col-12 fr-col-md-3">
                        <nav class="fr-sidemenu" role="navigation" aria-labelledby="menu-admin-titre">
                            <div class="fr-sidemenu__inner">
                                <div class="fr-sidemenu__title" id="menu-admin-titre">"Administration"</div>
                                <ul class="fr-sidemenu__list">
                                    {SCREENS.iter().map(|(href, label)| {
                                        let href = *href;
                                        let active = move || pathname.get() == href;
                                        view! {
                                            <li class="fr-sidemenu__item" class:fr-sidemenu__item--active=active>
                                                <A href=href attr:class="fr-sidemenu__link">{*label}</A>
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            </div>
                        </nav>
                    </div>
                    <div class="fr-col-12 fr-col-md-9">
                        <h1 class="fr-h2">{title.clone()}</h1>
                        {children.with_value(|c| c())}
                    </div>
                </div>
            </div>
        </RequireSignedIn>
    }
}
