//! `/admin/demandes`: the validation queue of account requests — approve, or refuse with a
//! reason (the requester is e-mailed either way).

use atlas_domain::{AccountRequest, AccountStatus};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::frame::AdminFrame;
use super::list::AdminList;
use super::moment;
use crate::api::{self, ApiError};
use crate::components::ApiErrorAlert;

/// The account requests screen.
#[component]
pub fn AccountRequestsPage() -> impl IntoView {
    let status = RwSignal::new(AccountStatus::PendingValidation.as_str().to_owned());
    let list = AdminList::new(vec![("status", status)], api::fetch_account_requests);
    let notice = RwSignal::new(None::<String>);
    let failed = RwSignal::new(None::<ApiError>);
    view! {
        <AdminFrame title="Demandes de compte" page="admin-demandes">
            <p>"Les demandes dont l'adresse e-mail est confirmée attendent votre validation. Une collectivité pas encore dans l'Atlas y est créée à la validation."</p>
            <div class="fr-select-group atlas-filter">
                <label class="fr-label" for="filtre-statut">"Statut"</label>
                <select class="fr-select" id="filtre-statut" on:change=move |ev| status.set(event_target_value(&ev))>
                    {AccountStatus::ALL.iter().map(|s| view! {
                        <option value=s.as_str() selected=move || status.get() == s.as_str()>{s.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            {move || notice.get().map(|n| view! {
                <div class="fr-alert fr-alert--success fr-alert--sm fr-mb-2w" role="status" data-notice=""><p>{n}</p></div>
            })}
            {move || failed.get().map(|error| view! { <ApiErrorAlert title="L'opération a échoué" error=error /> })}
            {list.view("demandes de compte", "Aucune demande dans cet état.", move |items| view! {
                <div class="atlas-request-list">
                    {items.into_iter().map(|request| view! { <RequestCard request=request list=list notice=notice failed=failed /> }).collect_view()}
                </div>
            })}
        </AdminFrame>
    }
}

/// One request, with its actions when it awaits validation.
#[component]
fn RequestCard(
    request: AccountRequest,
    list: AdminList<AccountRequest>,
    notice: RwSignal<Option<String>>,
    failed: RwSignal<Option<ApiError>>,
) -> impl IntoView {
    let id = request.id;
    let who = format!("{} {}", request.first_name, request.last_name);
    let refusing = RwSignal::new(false);
    let reason = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let done = move |result: Result<AccountRequest, ApiError>, message: String| {
        busy.try_set(false);
        match result {
            Ok(_) => {
                failed.try_set(None);
                notice.try_set(Some(message));
                list.answer.refetch();
            }
            Err(error) => {
                failed.try_set(Some(error));
            }
        }
    };
    let approve = {
        let who = who.clone();
        move |_| {
            busy.set(true);
            let message = format!("Le compte de {who} est validé ; un e-mail l'en informe.");
            spawn_local(async move { done(api::approve_account_request(id).await, message) });
        }
    };
    let refuse = {
        let who = who.clone();
        move |_| {
            let why = reason.get_untracked().trim().to_owned();
            if why.is_empty() {
                return;
            }
            busy.set(true);
            let message = format!("La demande de {who} est refusée ; le motif lui est envoyé.");
            spawn_local(async move { done(api::refuse_account_request(id, why).await, message) });
        }
    };
    let pending = request.status == AccountStatus::PendingValidation;
    let reason_id = format!("motif-{id}");
    view! {
        <article class="fr-card fr-card--no-arrow fr-mb-3w atlas-plain-card" data-account-request=id.to_string() data-email=request.email.clone()>
            <div class="fr-card__body">
                <div class="fr-card__content">
                    <h2 class="fr-card__title fr-h5">{who.clone()}</h2>
                    <p class="fr-card__desc">
                        {request.email.clone()}
                        {request.job_title.clone().map(|j| format!(" · {j}"))}
                    </p>
                    <ul class="atlas-request-facts fr-text--sm">
                        <li><strong>"Groupe : "</strong>{request.group.label()}</li>
                        {request.entity.clone().map(|e| view! {
                            <li>
                                <strong>"Pour : "</strong>{e.name.clone()}
                                {e.detail.clone().map(|d| format!(" ({d})"))}
                                " — " {e.kind.label()} " "
                                {if e.in_atlas {
                                    view! { <span class="fr-badge fr-badge--sm fr-badge--success">"dans l'Atlas"</span> }.into_any()
                                } else {
                                    view! { <span class="fr-badge fr-badge--sm fr-badge--new">"pas encore dans l'Atlas"</span> }.into_any()
                                }}
                            </li>
                        })}
                        <li><strong>"Reçue le : "</strong>{moment(request.created_at)}</li>
                        <li>
                            <strong>"Adresse e-mail : "</strong>
                            {request.email_confirmed_at.map_or("non confirmée".to_owned(), |at| format!("confirmée le {}", moment(at)))}
                        </li>
                        <li><strong>"Statut : "</strong>{request.status.label()}</li>
                    </ul>
                </div>
                {pending.then(|| view! {
                    <div class="fr-card__footer">
                        <Show
                            when=move || refusing.get()
                            fallback=move || view! {
                                <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
                                    <li><button class="fr-btn fr-btn--sm" type="button" data-action="approve" disabled=move || busy.get() on:click=approve.clone()>"Valider"</button></li>
                                    <li><button class="fr-btn fr-btn--secondary fr-btn--sm" type="button" data-action="refuse" on:click=move |_| refusing.set(true)>"Refuser"</button></li>
                                </ul>
                            }
                        >
                            <div class="fr-input-group">
                                <label class="fr-label" for=reason_id.clone()>"Motif du refus" <span class="fr-hint-text">"Envoyé au demandeur."</span></label>
                                <textarea class="fr-input" id=reason_id.clone() rows="3" prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))></textarea>
                            </div>
                            <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
                                <li><button class="fr-btn fr-btn--sm atlas-btn--danger" type="button" data-action="confirm-refusal" disabled=move || busy.get() || reason.with(|r| r.trim().is_empty()) on:click=refuse.clone()>"Confirmer le refus"</button></li>
                                <li><button class="fr-btn fr-btn--secondary fr-btn--sm" type="button" on:click=move |_| refusing.set(false)>"Annuler"</button></li>
                            </ul>
                        </Show>
                    </div>
                })}
            </div>
        </article>
    }
}
