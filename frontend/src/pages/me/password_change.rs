//! « Changer mon mot de passe » in « Mon espace »: the current password, the new one twice.
//! The server then ends the other sessions of the account.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::components::{Field, FormAlert, FormState};
use crate::pages::auth::password_rule::{PASSWORD_RULE, password_problems};

/// The password change form, folded in a DSFR accordion.
#[component]
pub fn PasswordChange() -> impl IntoView {
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let form = FormState::new();
    let done = RwSignal::new(false);
    let open = RwSignal::new(false);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let (old, chosen) = (current.get_untracked(), new.get_untracked());
        let mut problems = password_problems(&chosen, &again.get_untracked());
        if old.is_empty() {
            problems.push(("current_password", "Saisissez votre mot de passe actuel."));
        }
        if !problems.is_empty() {
            // The rule speaks of `password`; this form names it `new_password`.
            let renamed = problems
                .into_iter()
                .map(|(field, message)| {
                    (
                        if field == "password" {
                            "new_password"
                        } else {
                            field
                        },
                        message,
                    )
                })
                .collect();
            form.reject(renamed);
            return;
        }
        if form.start() {
            done.set(false);
            spawn_local(async move {
                if form
                    .finish(api::change_password(old, chosen).await)
                    .is_some()
                {
                    done.try_set(true);
                    current.try_set(String::new());
                    new.try_set(String::new());
                    again.try_set(String::new());
                }
            });
        }
    };
    view! {
        <section class="fr-accordion fr-mb-6w">
            <h2 class="fr-accordion__title">
                <button type="button" class="fr-accordion__btn" aria-expanded=move || open.get().to_string()
                    aria-controls="changer-mot-de-passe" on:click=move |_| open.update(|o| *o = !*o)>
                    "Changer mon mot de passe"
                </button>
            </h2>
            <div class="fr-collapse" class:fr-collapse--expanded=move || open.get() id="changer-mot-de-passe">
                {move || done.get().then(|| view! {
                    <div class="fr-alert fr-alert--success fr-alert--sm fr-mb-2w" role="status">
                        <p>"Mot de passe changé. Vos autres sessions ont été fermées."</p>
                    </div>
                })}
                <FormAlert form=form title="Le mot de passe n'a pas pu être changé" />
                <form on:submit=submit novalidate=true class="atlas-narrow-form">
                    <Field id="current_password" label="Mot de passe actuel" kind="password" autocomplete="current-password" required=true value=current error=form.field("current_password") />
                    <Field id="new_password" label="Nouveau mot de passe" hint=PASSWORD_RULE kind="password" autocomplete="new-password" required=true value=new error=form.field("new_password") />
                    <Field id="password_confirmation" label="Confirmation du nouveau mot de passe" kind="password" autocomplete="new-password" required=true value=again error=form.field("password_confirmation") />
                    <button class="fr-btn" type="submit" disabled=move || form.busy.get()>"Changer le mot de passe"</button>
                </form>
            </div>
        </section>
    }
}
