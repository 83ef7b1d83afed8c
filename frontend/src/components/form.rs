//! Forms in the DSFR markup: a field with its label, hint and error message, the state of a
//! form being sent (busy, the API's error), and the alert summing up what went wrong.
//!
//! Errors come from the API's problem+json (`errors: [{field, message}]`) or from the checks
//! the page makes before sending, which take the same shape ([`FormState::reject`]).

use atlas_domain::{FieldError, Problem};
use leptos::prelude::*;

use crate::api::{ApiError, field_message};

/// A form being filled and sent: whether it is on its way, and why it was refused.
#[derive(Clone, Copy)]
pub struct FormState {
    pub error: RwSignal<Option<ApiError>>,
    pub busy: RwSignal<bool>,
}

impl FormState {
    pub fn new() -> Self {
        FormState {
            error: RwSignal::new(None),
            busy: RwSignal::new(false),
        }
    }

    /// The message about `field`, if any.
    pub fn field(&self, field: &'static str) -> Signal<Option<String>> {
        let error = self.error;
        Signal::derive(move || error.with(|e| e.as_ref().and_then(|e| field_message(e, field))))
    }

    /// Refuses the form before sending it, with messages per field.
    pub fn reject(&self, errors: Vec<(&str, &str)>) {
        self.error.set(Some(local_problem(errors)));
    }

    /// Refuses the form before sending it, with the domain's field errors.
    pub fn reject_fields(&self, errors: Vec<FieldError>) {
        self.error.set(Some(ApiError::Problem(Problem {
            kind: "about:blank".to_owned(),
            title: "Formulaire incomplet".to_owned(),
            status: 400,
            detail: None,
            errors,
        })));
    }

    /// Starts sending: clears the last error. False when already busy.
    pub fn start(&self) -> bool {
        if self.busy.get_untracked() {
            return false;
        }
        self.error.set(None);
        self.busy.set(true);
        true
    }

    /// The answer came back.
    pub fn finish<T>(&self, result: Result<T, ApiError>) -> Option<T> {
        self.busy.try_set(false);
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.error.try_set(Some(error));
                None
            }
        }
    }
}

impl Default for FormState {
    fn default() -> Self {
        Self::new()
    }
}

/// A « 400 » made in the browser, for the checks made before sending.
pub fn local_problem(errors: Vec<(&str, &str)>) -> ApiError {
    ApiError::Problem(Problem {
        kind: "about:blank".to_owned(),
        title: "Formulaire incomplet".to_owned(),
        status: 400,
        detail: None,
        errors: errors
            .into_iter()
            .map(|(field, message)| FieldError {
                field: field.to_owned(),
                code: "invalid".to_owned(),
                message: message.to_owned(),
            })
            .collect(),
    })
}

/// A refusal explained in one sentence (shown as is, without the status).
pub fn refused(status: u16, sentence: &str) -> ApiError {
    ApiError::Problem(Problem {
        kind: "about:blank".to_owned(),
        title: crate::api::status_title(status).to_owned(),
        status,
        detail: Some(sentence.to_owned()),
        errors: Vec::new(),
    })
}

/// What the alert says of an error that names no field: the server's own sentence when it
/// gave one, else the generic message.
fn sentence(error: &ApiError) -> String {
    match error {
        ApiError::Problem(Problem {
            detail: Some(detail),
            ..
        }) => detail.clone(),
        other => other.message(),
    }
}

/// A labelled input bound to `value`, with its hint and its error message.
#[component]
pub fn Field(
    /// `id` of the input (and `name`).
    id: &'static str,
    #[prop(into)] label: String,
    /// A hint under the label (format, rule).
    #[prop(optional, into)]
    hint: Option<String>,
    /// The input type: `text`, `email`, `password`, `tel`…
    #[prop(default = "text")]
    kind: &'static str,
    /// The `autocomplete` token (`email`, `current-password`, `new-password`…).
    #[prop(default = "off")]
    autocomplete: &'static str,
    #[prop(optional)] required: bool,
    value: RwSignal<String>,
    /// The error shown under the field.
    #[prop(into)]
    error: Signal<Option<String>>,
) -> impl IntoView {
    let messages_id = format!("{id}-messages");
    let has_error = move || error.with(Option::is_some);
    view! {
        <div class="fr-input-group" class:fr-input-group--error=has_error>
            <label class="fr-label" for=id>
                {label}
                {required.then(|| view! { <span class="atlas-required" aria-hidden="true">" *"</span> })}
                {hint.map(|hint| view! { <span class="fr-hint-text">{hint}</span> })}
            </label>
            <input
                class="fr-input"
                class:fr-input--error=has_error
                id=id
                name=id
                type=kind
                autocomplete=autocomplete
                required=required
                aria-invalid=move || has_error().then_some("true")
                aria-describedby=messages_id.clone()
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
            <div class="fr-messages-group" id=messages_id aria-live="polite">
                {move || {
                    error.get().map(|message| view! { <p class="fr-message fr-message--error">{message}</p> })
                }}
            </div>
        </div>
    }
}

/// The alert above a refused form: the list of field errors, or the API's message.
#[component]
pub fn FormAlert(
    form: FormState,
    /// Title when the form was refused as a whole (« La connexion a échoué »).
    #[prop(into)]
    title: String,
) -> impl IntoView {
    move || {
        form.error.get().map(|error| {
            let body = match &error {
                ApiError::Problem(problem) if !problem.errors.is_empty() => view! {
                    <ul class="fr-mb-0">
                        {problem.errors.iter().map(|e| view! { <li>{e.message.clone()}</li> }).collect_view()}
                    </ul>
                }
                .into_any(),
                other => view! { <p>{sentence(other)}</p> }.into_any(),
            };
            let heading = if error.has_field_errors() {
                "Le formulaire contient des erreurs".to_owned()
            } else {
                title.clone()
            };
            view! {
                <div class="fr-alert fr-alert--error fr-mb-3w" role="alert" data-form-error="">
                    <h2 class="fr-alert__title">{heading}</h2>
                    {body}
                </div>
            }
        })
    }
}
