//! `/compte/demande`: the account request (étape 1 of the update procedure), then a message
//! telling to confirm the e-mail address.

use atlas_domain::links;
use leptos::prelude::*;
use leptos_router::components::A;

use super::request_form::RequestForm;
use crate::layout::set_page_title;

/// The account-request page.
#[component]
pub fn AccountRequestPage() -> impl IntoView {
    set_page_title("Demande de compte");
    let sent = RwSignal::new(None::<String>);
    view! {
        <div class="fr-container fr-py-6w" data-page="demande-compte">
            <div class="fr-grid-row fr-grid-row--center">
                <div class="fr-col-12 fr-col-md-10 fr-col-lg-8">
                    <h1>"Demander un compte"</h1>
                    {move || match sent.get() {
                        None => view! {
                            <p class="fr-text--lead">
                                "Un compte permet de mettre à jour la fiche de votre collectivité et ses projets dans l'Atlas, d'enregistrer vos recherches et vos cartes."
                            </p>
                            <ol class="atlas-steps fr-mb-4w">
                                <li>"Vous remplissez ce formulaire."</li>
                                <li>"Vous confirmez votre adresse e-mail par le lien reçu."</li>
                                <li>"L'administration de l'Atlas (DAECT) valide votre demande ; un e-mail vous le confirme."</li>
                            </ol>
                            <RequestForm sent=sent />
                            <p class="fr-mt-4w">
                                "Vous avez déjà un compte ? "
                                <A href=links::LOGIN attr:class="fr-link">"Se connecter"</A>
                            </p>
                        }.into_any(),
                        Some(address) => view! {
                            <div class="fr-alert fr-alert--success" role="status" data-request-sent="">
                                <h2 class="fr-alert__title">"Demande enregistrée : consultez votre messagerie"</h2>
                                <p>
                                    "Un e-mail vient d'être envoyé à " <strong>{address}</strong>
                                    ". Cliquez sur le lien qu'il contient pour confirmer votre adresse ; votre demande sera ensuite transmise à l'administration de l'Atlas pour validation."
                                </p>
                            </div>
                            <p class="fr-mt-3w fr-text--sm">
                                "Rien reçu après quelques minutes ? Vérifiez le dossier des indésirables."
                            </p>
                        }.into_any(),
                    }}
                </div>
            </div>
        </div>
    }
}
