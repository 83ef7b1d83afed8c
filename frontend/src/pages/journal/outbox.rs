//! `/admin/courriels`: the e-mails the Atlas sent or is sending (confirmation links, validation
//! and refusal notices, password resets), by recipient and kind.

use atlas_domain::Email;
use leptos::prelude::*;

use crate::api;
use crate::pages::admin::{AdminFrame, AdminList, moment};

/// The kinds of e-mail, with their labels.
const KINDS: &[(&str, &str)] = &[
    ("", "Tous"),
    ("confirm_email", "Confirmation d'adresse"),
    ("account_approved", "Compte validé"),
    ("account_refused", "Demande refusée"),
    ("reset_password", "Nouveau mot de passe"),
];

fn kind_label(kind: &str) -> &str {
    KINDS
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or(kind, |(_, label)| label)
}

/// The outbox screen.
#[component]
pub fn OutboxPage() -> impl IntoView {
    let to = RwSignal::new(String::new());
    let kind = RwSignal::new(String::new());
    let list = AdminList::new(vec![("to", to), ("kind", kind)], api::fetch_outbox);
    view! {
        <AdminFrame title="Courriels envoyés" page="admin-courriels">
            <div class="fr-grid-row fr-grid-row--gutters atlas-filters">
                <div class="fr-col-12 fr-col-md-6">
                    <div class="fr-input-group">
                        <label class="fr-label" for="filtre-destinataire">"Destinataire"</label>
                        <input class="fr-input" id="filtre-destinataire" type="search" on:change=move |ev| to.set(event_target_value(&ev)) />
                    </div>
                </div>
                <div class="fr-col-12 fr-col-md-6">
                    <div class="fr-select-group">
                        <label class="fr-label" for="filtre-type">"Type"</label>
                        <select class="fr-select" id="filtre-type" on:change=move |ev| kind.set(event_target_value(&ev))>
                            {KINDS.iter().map(|(value, label)| view! { <option value=*value>{*label}</option> }).collect_view()}
                        </select>
                    </div>
                </div>
            </div>
            {list.view("courriels", "Aucun courriel ne correspond.", |items| view! {
                <div class="fr-table fr-table--no-caption atlas-table-wide">
                    <table>
                        <caption>"Courriels"</caption>
                        <thead><tr>
                            <th scope="col">"Date"</th><th scope="col">"Destinataire"</th><th scope="col">"Type"</th>
                            <th scope="col">"Objet et texte"</th><th scope="col">"Envoi"</th>
                        </tr></thead>
                        <tbody>{items.into_iter().map(row).collect_view()}</tbody>
                    </table>
                </div>
            })}
        </AdminFrame>
    }
}

fn row(email: Email) -> impl IntoView {
    let sent = match (&email.sent_at, &email.last_error) {
        (Some(at), _) => view! { <span class="fr-badge fr-badge--sm fr-badge--success">{format!("envoyé le {}", moment(*at))}</span> }.into_any(),
        (None, Some(error)) => view! {
            <span class="fr-badge fr-badge--sm fr-badge--error">{format!("échec ({} essais)", email.attempts)}</span>
            <p class="fr-text--xs fr-mb-0">{error.clone()}</p>
        }.into_any(),
        (None, None) => view! { <span class="fr-badge fr-badge--sm fr-badge--info">"en attente"</span> }.into_any(),
    };
    view! {
        <tr data-email=email.id.to_string() data-kind=email.kind.clone()>
            <td>{moment(email.created_at)}</td>
            <td>{email.to.clone()}</td>
            <td>{kind_label(&email.kind).to_owned()}</td>
            <td>
                <details>
                    <summary>{email.subject.clone()}</summary>
                    <pre class="atlas-mail">{email.body_text.clone()}</pre>
                </details>
            </td>
            <td>{sent}</td>
        </tr>
    }
}
