//! A paginated list of partner authorities with their French partners
//! (`GET /api/v1/partners`): the authority-to-authority view of a country.

use atlas_domain::{Page, PartnerSummary, links};
use leptos::prelude::*;
use leptos_router::components::A;

use super::fetched::fetched;
use super::pager::Pager;
use crate::api::{self, query_string};
use crate::format;

const PER_PAGE: i64 = 25;

/// The partner authorities of `criteria`, 25 per page, by name.
#[component]
pub fn PartnerList(criteria: Vec<(&'static str, String)>, id: &'static str) -> impl IntoView {
    let page = RwSignal::new(1_i64);
    let criteria = StoredValue::new(criteria);
    let partners = LocalResource::new(move || {
        let mut pairs = criteria.get_value();
        pairs.push(("page", page.get().to_string()));
        pairs.push(("per_page", PER_PAGE.to_string()));
        api::fetch_partners(query_string(&pairs))
    });
    let last = Signal::derive(move || {
        partners
            .get()
            .and_then(Result::ok)
            .map_or(1, |p| (p.total + PER_PAGE - 1) / PER_PAGE)
    });
    view! {
        <div class="atlas-list" id=id>
            {fetched(partners, "Chargement des autorités partenaires…", "Les autorités partenaires n'ont pas pu être chargées", |p: Page<PartnerSummary>| {
                view! {
                    <p class="fr-text--sm atlas-list__count" role="status">
                        {format::count_with_noun(p.total, "autorité partenaire", "autorités partenaires")}
                    </p>
                    <div class="fr-table fr-table--sm atlas-partner-list">
                        <div class="fr-table__wrapper"><div class="fr-table__container"><div class="fr-table__content">
                            <table>
                                <caption>"Autorités partenaires et leurs partenaires français"</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">"Autorité partenaire"</th>
                                        <th scope="col">"Partenaires français (jumelage, convention, projets, thématiques)"</th>
                                        <th scope="col" class="atlas-num">"Projets"</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {p.items.into_iter().map(|partner| view! { <PartnerRow partner=partner /> }).collect_view()}
                                </tbody>
                            </table>
                        </div></div></div>
                    </div>
                }
            })}
            <Pager page=page last=last label="Pagination des autorités partenaires" />
        </div>
    }
}

#[component]
fn PartnerRow(partner: PartnerSummary) -> impl IntoView {
    let french = partner
        .partnerships
        .into_iter()
        .map(|s| {
            let convention = s
                .convention_date
                .map(|d| format!(", convention du {}", crate::format::date(d)))
                .unwrap_or_default();
            let themes = s.themes.iter().map(|t| t.label.clone()).collect::<Vec<_>>().join(", ");
            view! {
                <li>
                    <A href=links::collectivite(s.collectivite.id)>{s.collectivite.name}</A>
                    {s.is_jumelage.then(|| view! { " " <span class="fr-badge fr-badge--sm fr-badge--info">"Jumelage"</span> })}
                    <span class="atlas-partnership__detail">
                        {format!(
                            "{convention} — {}{}",
                            format::count_with_noun(s.cooperation_projects + s.other_actions, "projet", "projets"),
                            if themes.is_empty() { String::new() } else { format!(" : {themes}") }
                        )}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <tr data-partner=partner.id>
            <th scope="row">
                <A href=links::partner(partner.id)>{partner.name}</A>
                <span class="atlas-kind">
                    {format!(" – {}", partner.kind.label())}
                    {partner.admin_area.map(|a| format!(", {a}"))}
                </span>
            </th>
            <td><ul class="atlas-partnership-list">{french}</ul></td>
            <td class="atlas-num">{format::integer(partner.cooperation_projects + partner.other_actions)}</td>
        </tr>
    }
}
