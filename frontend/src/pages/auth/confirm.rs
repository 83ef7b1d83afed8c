//! `/compte/confirmer?jeton=`: the link of the confirmation e-mail. Confirms the address; the
//! request then awaits the administration's validation.

use atlas_domain::links;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use crate::api;
use crate::components::Loading;
use crate::layout::set_page_title;

/// The confirmation page.
#[component]
pub fn ConfirmPage() -> impl IntoView {
    set_page_title("Confirmation de l'adresse e-mail");
    let token = use_query_map()
        .get_untracked()
        .get("jeton")
        .unwrap_or_default();
    let answer = LocalResource::new(move || api::confirm_account_request(token.clone()));
    view! {
        <div class="fr-container fr-py-6w" data-page="confirmation-compte">
            <div class="fr-grid-row fr-grid-row--center">
                <div class="fr-col-12 fr-col-md-8">
                    <h1>"Confirmation de votre adresse e-mail"</h1>
                    {move || match answer.get() {
                        None => view! { <Loading label="Confirmation en cours…" /> }.into_any(),
                        Some(Ok(_)) => view! {
                            <div class="fr-alert fr-alert--success" role="status" data-confirmed="">
                                <h2 class="fr-alert__title">"Adresse e-mail confirmée"</h2>
                                <p>
                                    "Votre demande de compte attend maintenant sa validation par l'administration de l'Atlas. Vous recevrez un e-mail dès qu'elle sera validée ; vous pourrez alors vous connecter."
                                </p>
                            </div>
                        }.into_any(),
                        Some(Err(_)) => view! {
                            <div class="fr-alert fr-alert--error" role="alert" data-confirmed="false">
                                <h2 class="fr-alert__title">"Ce lien n'est plus valable"</h2>
                                <p>
                                    "Le lien de confirmation est invalide, a déjà servi ou a expiré. Si votre adresse est déjà confirmée, votre demande est en cours de validation ; sinon, faites une nouvelle demande."
                                </p>
                            </div>
                            <A href=links::ACCOUNT_REQUEST attr:class="fr-btn fr-btn--secondary fr-mt-3w">"Nouvelle demande de compte"</A>
                        }.into_any(),
                    }}
                </div>
            </div>
        </div>
    }
}
