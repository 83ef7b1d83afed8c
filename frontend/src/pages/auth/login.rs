//! `/connexion`: sign in with e-mail and password, then back to the page that asked for it
//! (`?retour=`); links to the forgotten-password page and to the account request.

use atlas_domain::links;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::api::ApiError;
use crate::components::form::refused;
use crate::components::{Field, FormAlert, FormState, safe_return};
use crate::layout::set_page_title;
use crate::session::use_session;

/// What a refused login says: the same for a wrong e-mail, a wrong password or an account
/// not active yet (the server does not tell them apart either).
fn refusal(error: ApiError) -> ApiError {
    match error.status() {
        Some(401) => refused(
            401,
            "Adresse e-mail ou mot de passe incorrect, ou compte pas encore validé.",
        ),
        Some(429) => refused(
            429,
            "Trop de tentatives de connexion. Patientez quelques minutes puis réessayez.",
        ),
        _ => error,
    }
}

/// The login page.
#[component]
pub fn LoginPage() -> impl IntoView {
    set_page_title("Connexion");
    let session = use_session();
    let query = use_query_map();
    let navigate = use_navigate();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let form = FormState::new();

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let (email, password) = (
            email.get_untracked().trim().to_owned(),
            password.get_untracked(),
        );
        let mut missing = Vec::new();
        if email.is_empty() {
            missing.push(("email", "Saisissez votre adresse e-mail."));
        }
        if password.is_empty() {
            missing.push(("password", "Saisissez votre mot de passe."));
        }
        if !missing.is_empty() {
            form.reject(missing);
            return;
        }
        if !form.start() {
            return;
        }
        let back = safe_return(query.get_untracked().get("retour").as_deref());
        let navigate = navigate.clone();
        spawn_local(async move {
            let result = session.login(email, password).await.map_err(refusal);
            if form.finish(result).is_some() {
                navigate(&back, NavigateOptions::default());
            }
        });
    };

    view! {
        <div class="fr-container fr-py-6w" data-page="connexion">
            <div class="fr-grid-row fr-grid-row--center">
                <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
                    <h1>"Connexion à l'Atlas"</h1>
                    <p class="fr-text--lead">
                        "Les collectivités, ambassades, préfectures et opérateurs mettent à jour l'Atlas depuis leur espace."
                    </p>
                    <FormAlert form=form title="La connexion a échoué" />
                    <form id="form-connexion" on:submit=submit novalidate=true>
                        <fieldset class="fr-fieldset" aria-labelledby="connexion-legende">
                            <legend class="fr-fieldset__legend" id="connexion-legende">
                                <h2 class="fr-h5 fr-mb-0">"Vous avez déjà un compte"</h2>
                            </legend>
                            <div class="fr-fieldset__element">
                                <Field id="email" label="Adresse e-mail" hint="Format attendu : nom@domaine.fr" kind="email" autocomplete="email" required=true value=email error=form.field("email") />
                            </div>
                            <div class="fr-fieldset__element">
                                <Field id="password" label="Mot de passe" kind="password" autocomplete="current-password" required=true value=password error=form.field("password") />
                                <p class="fr-mb-0">
                                    <A href=links::PASSWORD_FORGOT attr:class="fr-link fr-link--sm">"Mot de passe oublié ?"</A>
                                </p>
                            </div>
                        </fieldset>
                        <button class="fr-btn" type="submit" disabled=move || form.busy.get()>
                            {move || if form.busy.get() { "Connexion…" } else { "Se connecter" }}
                        </button>
                    </form>
                    <hr class="fr-mt-6w" />
                    <h2 class="fr-h5">"Vous n'avez pas de compte ?"</h2>
                    <p>
                        "Demandez-en un : après confirmation de votre adresse e-mail, l'administration de l'Atlas (DAECT) valide votre demande."
                    </p>
                    <A href=links::ACCOUNT_REQUEST attr:class="fr-btn fr-btn--secondary">"Demander un compte"</A>
                </div>
            </div>
        </div>
    }
}
