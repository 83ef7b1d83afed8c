//! `/admin/utilisateurs`: the accounts, filtered by name or e-mail, status and role; disable
//! (its sessions stop at once) or enable again.

use atlas_domain::{AccountStatus, Role, UserSummary};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::frame::AdminFrame;
use super::list::AdminList;
use super::moment;
use crate::api::{self, ApiError};
use crate::components::ApiErrorAlert;

/// The users screen.
#[component]
pub fn UsersPage() -> impl IntoView {
    let text = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let role = RwSignal::new(String::new());
    let list = AdminList::new(
        vec![("q", text), ("status", status), ("role", role)],
        api::fetch_users,
    );
    let failed = RwSignal::new(None::<ApiError>);
    view! {
        <AdminFrame title="Utilisateurs" page="admin-utilisateurs">
            <div class="fr-grid-row fr-grid-row--gutters atlas-filters">
                <div class="fr-col-12 fr-col-md-5">
                    <div class="fr-input-group">
                        <label class="fr-label" for="filtre-texte">"Nom ou adresse e-mail"</label>
                        <input class="fr-input" id="filtre-texte" type="search" on:change=move |ev| text.set(event_target_value(&ev)) />
                    </div>
                </div>
                <div class="fr-col-6 fr-col-md-3">
                    <div class="fr-select-group">
                        <label class="fr-label" for="filtre-statut">"Statut"</label>
                        <select class="fr-select" id="filtre-statut" on:change=move |ev| status.set(event_target_value(&ev))>
                            <option value="">"Tous"</option>
                            {AccountStatus::ALL.iter().map(|s| view! { <option value=s.as_str()>{s.label()}</option> }).collect_view()}
                        </select>
                    </div>
                </div>
                <div class="fr-col-6 fr-col-md-4">
                    <div class="fr-select-group">
                        <label class="fr-label" for="filtre-role">"Rôle"</label>
                        <select class="fr-select" id="filtre-role" on:change=move |ev| role.set(event_target_value(&ev))>
                            <option value="">"Tous"</option>
                            {Role::ALL.iter().map(|r| view! { <option value=r.as_str()>{r.label()}</option> }).collect_view()}
                        </select>
                    </div>
                </div>
            </div>
            {move || failed.get().map(|error| view! { <ApiErrorAlert title="L'opération a échoué" error=error /> })}
            {list.view("utilisateurs", "Aucun utilisateur ne correspond.", move |items| view! {
                <div class="fr-table fr-table--no-caption atlas-table-wide">
                    <table>
                        <caption>"Utilisateurs"</caption>
                        <thead><tr>
                            <th scope="col">"Nom"</th><th scope="col">"Adresse e-mail"</th><th scope="col">"Rôle"</th>
                            <th scope="col">"Collectivités"</th><th scope="col">"Statut"</th><th scope="col">"Créé le"</th><th scope="col">"Action"</th>
                        </tr></thead>
                        <tbody>{items.into_iter().map(|user| row(user, list, failed)).collect_view()}</tbody>
                    </table>
                </div>
            })}
        </AdminFrame>
    }
}

fn row(
    user: UserSummary,
    list: AdminList<UserSummary>,
    failed: RwSignal<Option<ApiError>>,
) -> impl IntoView {
    let id = user.id;
    let active = user.status == AccountStatus::Active;
    let disabled = user.status == AccountStatus::Disabled;
    let toggle = move |_| {
        spawn_local(async move {
            match api::set_user_enabled(id, !active).await {
                Ok(_) => {
                    failed.try_set(None);
                    list.answer.refetch();
                }
                Err(error) => {
                    failed.try_set(Some(error));
                }
            }
        });
    };
    let badge = if active {
        "fr-badge fr-badge--sm fr-badge--success"
    } else if disabled {
        "fr-badge fr-badge--sm fr-badge--error"
    } else {
        "fr-badge fr-badge--sm fr-badge--info"
    };
    let who = format!("{} {}", user.first_name, user.last_name);
    let (action, verb) = if active {
        ("disable", "Désactiver")
    } else {
        ("enable", "Réactiver")
    };
    view! {
        <tr data-user=id.to_string() data-status=user.status.as_str()>
            <td>{who.clone()}</td>
            <td>{user.email.clone()}</td>
            <td>{user.role.label()}</td>
            <td>{user.collectivites.iter().map(|c| c.name.clone()).collect::<Vec<_>>().join(", ")}</td>
            <td><span class=badge>{user.status.label()}</span></td>
            <td>{moment(user.created_at)}</td>
            <td>
                {(active || disabled).then(|| view! {
                    <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm" data-action=action
                        title=format!("{verb} le compte de {who}") on:click=toggle>
                        {verb}
                    </button>
                })}
            </td>
        </tr>
    }
}
