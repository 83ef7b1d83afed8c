//! `/compte/mot-de-passe-oublie` (ask for a reset link) and `/compte/nouveau-mot-de-passe?jeton=`
//! (choose a new password with that link).

use atlas_domain::links;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use super::password_rule::{PASSWORD_RULE, password_problems};
use crate::api;
use crate::components::{Field, FormAlert, FormState};
use crate::layout::set_page_title;

/// Asks for a reset link by e-mail. The answer is the same whether the account exists or not.
#[component]
pub fn PasswordForgotPage() -> impl IntoView {
    set_page_title("Mot de passe oublié");
    let email = RwSignal::new(String::new());
    let form = FormState::new();
    let sent = RwSignal::new(false);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let address = email.get_untracked().trim().to_owned();
        if !address.contains('@') {
            form.reject(vec![(
                "email",
                "Saisissez une adresse e-mail valide, par exemple nom@domaine.fr.",
            )]);
            return;
        }
        if form.start() {
            spawn_local(async move {
                if form
                    .finish(api::request_password_reset(address).await)
                    .is_some()
                {
                    sent.try_set(true);
                }
            });
        }
    };
    view! {
        <div class="fr-container fr-py-6w" data-page="mot-de-passe-oublie">
            <div class="fr-grid-row fr-grid-row--center">
                <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
                    <h1>"Mot de passe oublié"</h1>
                    <Show
                        when=move || sent.get()
                        fallback=move || view! {
                            <p>"Saisissez l'adresse e-mail de votre compte : vous recevrez un lien pour choisir un nouveau mot de passe."</p>
                            <FormAlert form=form title="La demande n'a pas pu être envoyée" />
                            <form on:submit=submit novalidate=true>
                                <Field id="email" label="Adresse e-mail" hint="Format attendu : nom@domaine.fr" kind="email" autocomplete="email" required=true value=email error=form.field("email") />
                                <button class="fr-btn" type="submit" disabled=move || form.busy.get()>"Recevoir un lien"</button>
                            </form>
                        }
                    >
                        <div class="fr-alert fr-alert--success" role="status">
                            <h2 class="fr-alert__title">"Consultez votre messagerie"</h2>
                            <p>"Si un compte actif correspond à cette adresse, un e-mail vient de lui être envoyé avec un lien pour choisir un nouveau mot de passe."</p>
                        </div>
                    </Show>
                    <p class="fr-mt-4w"><A href=links::LOGIN attr:class="fr-link">"Retour à la connexion"</A></p>
                </div>
            </div>
        </div>
    }
}

/// Chooses a new password with the e-mailed link (every session of the account ends).
#[component]
pub fn PasswordResetPage() -> impl IntoView {
    set_page_title("Nouveau mot de passe");
    let token = use_query_map()
        .get_untracked()
        .get("jeton")
        .unwrap_or_default();
    let password = RwSignal::new(String::new());
    let confirmation = RwSignal::new(String::new());
    let form = FormState::new();
    let done = RwSignal::new(false);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let (new, again) = (password.get_untracked(), confirmation.get_untracked());
        let problems = password_problems(&new, &again);
        if !problems.is_empty() {
            form.reject(problems);
            return;
        }
        let token = token.clone();
        if form.start() {
            spawn_local(async move {
                if form.finish(api::reset_password(token, new).await).is_some() {
                    done.try_set(true);
                }
            });
        }
    };
    view! {
        <div class="fr-container fr-py-6w" data-page="nouveau-mot-de-passe">
            <div class="fr-grid-row fr-grid-row--center">
                <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
                    <h1>"Choisir un nouveau mot de passe"</h1>
                    <Show
                        when=move || done.get()
                        fallback=move || view! {
                            <FormAlert form=form title="Le mot de passe n'a pas pu être changé" />
                            <form on:submit=submit.clone() novalidate=true>
                                <Field id="password" label="Nouveau mot de passe" hint=PASSWORD_RULE kind="password" autocomplete="new-password" required=true value=password error=form.field("password") />
                                <Field id="password_confirmation" label="Confirmation du mot de passe" kind="password" autocomplete="new-password" required=true value=confirmation error=form.field("password_confirmation") />
                                <button class="fr-btn" type="submit" disabled=move || form.busy.get()>"Enregistrer le mot de passe"</button>
                            </form>
                        }
                    >
                        <div class="fr-alert fr-alert--success" role="status">
                            <h2 class="fr-alert__title">"Mot de passe enregistré"</h2>
                            <p>"Vous pouvez vous connecter avec votre nouveau mot de passe. Par sécurité, vos autres sessions ont été fermées."</p>
                        </div>
                        <A href=links::LOGIN attr:class="fr-btn fr-mt-3w">"Se connecter"</A>
                    </Show>
                </div>
            </div>
        </div>
    }
}
