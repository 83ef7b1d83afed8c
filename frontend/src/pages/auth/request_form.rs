//! The account-request form: the group (collectivité, ambassade, préfecture, opérateur), the
//! entity the account acts for, the person, the password. Checked here before sending; the
//! server's refusals are shown next to the fields it names.

use atlas_domain::{AccountGroup, AccountRequestForm, Entity, EntityRef, FieldError};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::entity_picker::EntityPicker;
use super::password_rule::PASSWORD_RULE;
use crate::api;
use crate::components::{Field, FormAlert, FormState};

/// What the person typed, trimmed.
struct Typed {
    first_name: String,
    last_name: String,
    job_title: String,
    phone: String,
    email: String,
    password: String,
    confirmation: String,
}

/// The request to send, or what is wrong with it, field by field (the domain's own checks,
/// the ones the server makes, plus the password confirmation).
fn request_of(
    group: AccountGroup,
    entity: Option<&Entity>,
    typed: Typed,
) -> Result<AccountRequestForm, Vec<FieldError>> {
    let optional = |s: String| (!s.is_empty()).then_some(s);
    let confirmed = typed.password == typed.confirmation;
    let request = AccountRequestForm {
        email: typed.email,
        password: typed.password,
        first_name: typed.first_name,
        last_name: typed.last_name,
        job_title: optional(typed.job_title),
        phone: optional(typed.phone),
        group,
        entity: entity
            .filter(|_| !group.entity_kinds().is_empty())
            .map(|e| EntityRef {
                kind: e.kind,
                code: e.code.clone(),
            }),
    };
    let mut problems = request.check().err().unwrap_or_default();
    if !confirmed && !problems.iter().any(|p| p.field == "password") {
        problems.push(FieldError {
            field: "password_confirmation".to_owned(),
            code: "confirmation".to_owned(),
            message: "Les deux mots de passe saisis sont différents.".to_owned(),
        });
    }
    if problems.is_empty() {
        Ok(request)
    } else {
        Err(problems)
    }
}

/// The form; `sent` receives the e-mail address once the server accepted the request.
#[component]
pub fn RequestForm(sent: RwSignal<Option<String>>) -> impl IntoView {
    let group = RwSignal::new(AccountGroup::Collectivite);
    let entity = RwSignal::new(None::<Entity>);
    let [
        first_name,
        last_name,
        job_title,
        phone,
        email,
        password,
        confirmation,
    ] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let form = FormState::new();

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let typed = Typed {
            first_name: first_name.get_untracked().trim().to_owned(),
            last_name: last_name.get_untracked().trim().to_owned(),
            job_title: job_title.get_untracked().trim().to_owned(),
            phone: phone.get_untracked().trim().to_owned(),
            email: email.get_untracked().trim().to_owned(),
            password: password.get_untracked(),
            confirmation: confirmation.get_untracked(),
        };
        let request = match request_of(
            group.get_untracked(),
            entity.get_untracked().as_ref(),
            typed,
        ) {
            Ok(request) => request,
            Err(problems) => {
                form.reject_fields(problems);
                return;
            }
        };
        if !form.start() {
            return;
        }
        spawn_local(async move {
            let address = request.email.clone();
            if form.finish(api::request_account(request).await).is_some() {
                sent.try_set(Some(address));
            }
        });
    };

    view! {
        <FormAlert form=form title="La demande n'a pas pu être enregistrée" />
        <form id="form-demande-compte" on:submit=submit novalidate=true>
            <fieldset class="fr-fieldset" aria-labelledby="groupe-legende">
                <legend class="fr-fieldset__legend" id="groupe-legende">
                    "Groupe"
                    <span class="fr-hint-text">"Pour qui agissez-vous ?"</span>
                </legend>
                {AccountGroup::ALL.iter().map(|g| {
                    let g = *g;
                    let id = format!("groupe-{}", g.as_str());
                    view! {
                        <div class="fr-fieldset__element">
                            <div class="fr-radio-group">
                                <input type="radio" id=id.clone() name="groupe" value=g.as_str()
                                    prop:checked=move || group.get() == g
                                    on:change=move |_| group.set(g) />
                                <label class="fr-label" for=id>{g.label()}</label>
                            </div>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <Show when=move || !group.get().entity_kinds().is_empty()>
                <EntityPicker group=group.into() chosen=entity error=form.field("entity") />
            </Show>
            <fieldset class="fr-fieldset" aria-labelledby="personne-legende">
                <legend class="fr-fieldset__legend" id="personne-legende">"Vous"</legend>
                <div class="fr-fieldset__element fr-fieldset__element--inline fr-col-12 fr-col-md-5">
                    <Field id="first_name" label="Prénom" autocomplete="given-name" required=true value=first_name error=form.field("first_name") />
                </div>
                <div class="fr-fieldset__element fr-fieldset__element--inline fr-col-12 fr-col-md-5">
                    <Field id="last_name" label="Nom" autocomplete="family-name" required=true value=last_name error=form.field("last_name") />
                </div>
                <div class="fr-fieldset__element">
                    <Field id="job_title" label="Fonction" hint="Facultatif. Par exemple : chargée des relations internationales" autocomplete="organization-title" value=job_title error=form.field("job_title") />
                </div>
                <div class="fr-fieldset__element">
                    <Field id="phone" label="Téléphone" hint="Facultatif." kind="tel" autocomplete="tel" value=phone error=form.field("phone") />
                </div>
            </fieldset>
            <fieldset class="fr-fieldset" aria-labelledby="identifiants-legende">
                <legend class="fr-fieldset__legend" id="identifiants-legende">"Vos identifiants"</legend>
                <div class="fr-fieldset__element">
                    <Field id="email" label="Adresse e-mail professionnelle" hint="Format attendu : nom@domaine.fr. Un lien de confirmation y sera envoyé." kind="email" autocomplete="email" required=true value=email error=form.field("email") />
                </div>
                <div class="fr-fieldset__element">
                    <Field id="password" label="Mot de passe" hint=PASSWORD_RULE kind="password" autocomplete="new-password" required=true value=password error=form.field("password") />
                </div>
                <div class="fr-fieldset__element">
                    <Field id="password_confirmation" label="Confirmation du mot de passe" kind="password" autocomplete="new-password" required=true value=confirmation error=form.field("password_confirmation") />
                </div>
            </fieldset>
            <p class="fr-text--sm">"Les champs marqués d'un astérisque (*) sont obligatoires."</p>
            <button class="fr-btn" type="submit" disabled=move || form.busy.get()>
                {move || if form.busy.get() { "Envoi…" } else { "Créer mon compte" }}
            </button>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_domain::EntityKind;

    fn typed() -> Typed {
        Typed {
            first_name: "Camille".into(),
            last_name: "Martin".into(),
            job_title: String::new(),
            phone: String::new(),
            email: "camille@mairie.fr".into(),
            password: "une phrase de passe".into(),
            confirmation: "une phrase de passe".into(),
        }
    }

    fn commune() -> Entity {
        Entity {
            kind: EntityKind::Commune,
            code: "07186".into(),
            name: "Privas".into(),
            detail: Some("Ardèche (07)".into()),
            in_atlas: false,
            collectivite_id: None,
        }
    }

    #[test]
    fn a_collectivite_request_names_its_entity_and_drops_empty_optionals() {
        let request = request_of(AccountGroup::Collectivite, Some(&commune()), typed()).unwrap();
        assert_eq!(request.entity.unwrap().code, "07186");
        assert_eq!(request.job_title, None);
    }

    #[test]
    fn a_different_confirmation_is_refused() {
        let mut typed = typed();
        typed.confirmation = "autre chose encore".into();
        let problems = request_of(AccountGroup::Operateur, None, typed).unwrap_err();
        assert_eq!(problems[0].field, "password_confirmation");
    }

    #[test]
    fn an_entity_is_required_except_for_operators() {
        let problems = request_of(AccountGroup::Collectivite, None, typed()).unwrap_err();
        assert_eq!(problems[0].field, "entity");
        let request = request_of(AccountGroup::Operateur, Some(&commune()), typed()).unwrap();
        assert_eq!(request.entity, None);
    }
}
