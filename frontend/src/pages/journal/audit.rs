//! `/admin/journal`: the audit log — who did what to which object, when, with the changes —
//! filtered by action, object type, user and dates, paginated.

use atlas_domain::AuditEntry;
use leptos::prelude::*;

use crate::api;
use crate::pages::admin::{AdminFrame, AdminList, moment};

/// A text filter input bound to `value` (applied when the user leaves the field or presses Enter).
fn filter(
    id: &'static str,
    label: &'static str,
    kind: &'static str,
    value: RwSignal<String>,
) -> impl IntoView {
    view! {
        <div class="fr-col-6 fr-col-md-4">
            <div class="fr-input-group">
                <label class="fr-label" for=id>{label}</label>
                <input class="fr-input" id=id type=kind on:change=move |ev| value.set(event_target_value(&ev)) />
            </div>
        </div>
    }
}

/// The audit log screen.
#[component]
pub fn AuditLogPage() -> impl IntoView {
    let [action, entity_type, entity_id, user_id, from, to] =
        std::array::from_fn(|_| RwSignal::new(String::new()));
    let list = AdminList::new(
        vec![
            ("action", action),
            ("entity_type", entity_type),
            ("entity_id", entity_id),
            ("user_id", user_id),
            ("from", from),
            ("to", to),
        ],
        api::fetch_audit_log,
    );
    view! {
        <AdminFrame title="Journal d'audit" page="admin-journal">
            <div class="fr-grid-row fr-grid-row--gutters atlas-filters">
                {filter("filtre-action", "Action", "text", action)}
                {filter("filtre-objet", "Type d'objet", "text", entity_type)}
                {filter("filtre-objet-id", "Identifiant de l'objet", "text", entity_id)}
                {filter("filtre-utilisateur", "Identifiant de l'utilisateur", "text", user_id)}
                {filter("filtre-du", "Du", "date", from)}
                {filter("filtre-au", "Au", "date", to)}
            </div>
            {list.view("journal d'audit", "Aucune entrée ne correspond.", |items| view! {
                <div class="fr-table fr-table--no-caption atlas-table-wide">
                    <table>
                        <caption>"Journal d'audit"</caption>
                        <thead><tr>
                            <th scope="col">"Date"</th><th scope="col">"Utilisateur"</th><th scope="col">"Action"</th>
                            <th scope="col">"Objet"</th><th scope="col">"Modifications"</th><th scope="col">"Adresse IP"</th>
                        </tr></thead>
                        <tbody>{items.into_iter().map(row).collect_view()}</tbody>
                    </table>
                </div>
            })}
        </AdminFrame>
    }
}

fn row(entry: AuditEntry) -> impl IntoView {
    let object = match &entry.entity_id {
        Some(id) => format!("{} n° {id}", entry.entity_type),
        None => entry.entity_type.clone(),
    };
    let who = entry
        .user_email
        .clone()
        .or_else(|| entry.user_id.map(|id| format!("utilisateur n° {id}")))
        .unwrap_or_else(|| "—".to_owned());
    view! {
        <tr data-audit=entry.id.to_string()>
            <td>{moment(entry.at)}</td>
            <td>{who}</td>
            <td><code>{entry.action.clone()}</code></td>
            <td>{object}</td>
            <td>
                {entry.changes.as_ref().map(|changes| view! {
                    <details><summary>"Voir"</summary><pre class="atlas-json">{serde_json::to_string_pretty(changes).unwrap_or_default()}</pre></details>
                })}
            </td>
            <td>{entry.ip.clone().unwrap_or_default()}</td>
        </tr>
    }
}
