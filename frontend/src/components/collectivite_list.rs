//! A paginated list of French collectivités with their figures (`GET /api/v1/collectivites`):
//! the collectivités of a région or a département.

use atlas_domain::{CollectiviteSummary, Page, links};
use leptos::prelude::*;
use leptos_router::components::A;

use super::fetched::fetched;
use super::pager::Pager;
use crate::api::{self, query_string};
use crate::format;

const PER_PAGE: i64 = 25;

/// The collectivités of `criteria`, most active first (or by name), 25 per page.
#[component]
pub fn CollectiviteList(criteria: Vec<(&'static str, String)>, id: &'static str) -> impl IntoView {
    let page = RwSignal::new(1_i64);
    let sort = RwSignal::new("-projects".to_owned());
    let criteria = StoredValue::new(criteria);
    let list = LocalResource::new(move || {
        let mut pairs = criteria.get_value();
        pairs.push(("page", page.get().to_string()));
        pairs.push(("per_page", PER_PAGE.to_string()));
        pairs.push(("sort", sort.get()));
        api::fetch_collectivites(query_string(&pairs))
    });
    let last = Signal::derive(move || {
        list.get()
            .and_then(Result::ok)
            .map_or(1, |p| (p.total + PER_PAGE - 1) / PER_PAGE)
    });
    let select_id = format!("{id}-tri");
    view! {
        <div class="atlas-list" id=id>
            <div class="fr-select-group atlas-list__sort">
                <label class="fr-label" for=select_id.clone()>"Trier par"</label>
                <select class="fr-select" id=select_id on:change=move |ev| {
                    sort.set(event_target_value(&ev));
                    page.set(1);
                }>
                    <option value="-projects" selected=true>"Nombre de projets"</option>
                    <option value="name">"Nom (A → Z)"</option>
                </select>
            </div>
            {fetched(list, "Chargement des collectivités…", "Les collectivités n'ont pas pu être chargées", |p: Page<CollectiviteSummary>| {
                view! {
                    <p class="fr-text--sm atlas-list__count" role="status">
                        {format::count_with_noun(p.total, "collectivité", "collectivités")}
                    </p>
                    <div class="fr-table fr-table--sm"><div class="fr-table__wrapper"><div class="fr-table__container"><div class="fr-table__content">
                        <table>
                            <caption>"Collectivités engagées à l'international"</caption>
                            <thead><tr>
                                <th scope="col">"Collectivité"</th>
                                <th scope="col">"Type"</th>
                                <th scope="col" class="atlas-num">"Coopérations"</th>
                                <th scope="col" class="atlas-num">"Autres actions"</th>
                                <th scope="col" class="atlas-num">"Partenaires"</th>
                                <th scope="col" class="atlas-num">"Pays"</th>
                            </tr></thead>
                            <tbody>
                                {p.items.into_iter().map(|c| view! {
                                    <tr data-collectivite=c.id>
                                        <th scope="row"><A href=links::collectivite(c.id)>{c.name}</A></th>
                                        <td>{c.kind.label()}</td>
                                        <td class="atlas-num">{format::integer(c.cooperation_projects)}</td>
                                        <td class="atlas-num">{format::integer(c.other_actions)}</td>
                                        <td class="atlas-num">{format::integer(c.partners)}</td>
                                        <td class="atlas-num">{format::integer(c.countries)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div></div></div></div>
                }
            })}
            <Pager page=page last=last label="Pagination des collectivités" />
        </div>
    }
}
