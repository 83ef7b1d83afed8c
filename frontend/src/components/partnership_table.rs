//! Partnerships as a table: who works with whom, twinning, convention date, projects and
//! themes — from the collectivité's side or the partner's.

use atlas_domain::{PartnershipSummary, links};
use leptos::prelude::*;
use leptos_router::components::A;

use crate::format;

/// Which side the table names (the other one is the page's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counterpart {
    /// Rows name the foreign partner (a collectivité's page).
    Partner,
    /// Rows name the French collectivité (a partner's page, a country's list).
    Collectivite,
}

/// The pairs of `rows`.
#[component]
pub fn PartnershipTable(
    #[prop(into)] caption: String,
    rows: Vec<PartnershipSummary>,
    counterpart: Counterpart,
) -> impl IntoView {
    let body = rows
        .into_iter()
        .map(|p| {
            let name = match counterpart {
                Counterpart::Partner => view! {
                    <A href=links::partner(p.partner.id)>{p.partner.name.clone()}</A>
                }
                .into_any(),
                Counterpart::Collectivite => view! {
                    <A href=links::collectivite(p.collectivite.id)>
                        {p.collectivite.name.clone()}
                    </A>
                    <span class="atlas-kind">{format!(" ({})", p.collectivite.kind.label())}</span>
                }
                .into_any(),
            };
            let convention = match (p.convention_date, p.since_year) {
                (Some(date), _) => crate::format::date(date),
                (None, Some(year)) => format!("depuis {year}"),
                (None, None) => "–".to_owned(),
            };
            let themes = p
                .themes
                .iter()
                .map(|t| t.label.clone())
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td>
                        {p.is_jumelage
                            .then(|| view! { <p class="fr-badge fr-badge--sm fr-badge--info fr-mb-0">"Jumelage"</p> })}
                    </td>
                    <td>{convention}</td>
                    <td class="atlas-num">{format::integer(p.cooperation_projects)}</td>
                    <td class="atlas-num">{format::integer(p.other_actions)}</td>
                    <td class="atlas-themes">{themes}</td>
                </tr>
            }
        })
        .collect_view();
    let first = match counterpart {
        Counterpart::Partner => "Autorité partenaire",
        Counterpart::Collectivite => "Collectivité française",
    };
    view! {
        <div class="fr-table fr-table--sm atlas-partnerships">
            <div class="fr-table__wrapper">
                <div class="fr-table__container">
                    <div class="fr-table__content">
                        <table>
                            <caption>{caption}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{first}</th>
                                    <th scope="col">"Jumelage"</th>
                                    <th scope="col">"Convention"</th>
                                    <th scope="col" class="atlas-num">"Coopérations"</th>
                                    <th scope="col" class="atlas-num">"Autres actions"</th>
                                    <th scope="col">"Thématiques"</th>
                                </tr>
                            </thead>
                            <tbody>{body}</tbody>
                        </table>
                    </div>
                </div>
            </div>
        </div>
    }
}
