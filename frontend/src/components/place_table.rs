//! A list that leads down a level (the countries of a continent, the départements of a
//! région…): an accessible DSFR table, one linked row per place with its figures.

use atlas_domain::PlaceFigures;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::format;

/// The rows of `rows`, each place linked to `href(code)`.
#[component]
pub fn PlaceTable(
    /// The table's caption.
    #[prop(into)]
    caption: String,
    /// Header of the first column (« Pays », « Département »).
    place: &'static str,
    rows: Vec<PlaceFigures>,
    /// The app path of a row's page.
    href: fn(&str) -> String,
    /// Whether to show the Bourse requests column (foreign places).
    #[prop(optional)]
    requests: bool,
    /// `id` of the table, for links and tests.
    #[prop(into)]
    id: String,
) -> impl IntoView {
    let body = rows
        .into_iter()
        .map(|row| {
            let link = href(&row.code);
            view! {
                <tr data-code=row.code.clone()>
                    <th scope="row">
                        <A href=link>{row.name}</A>
                    </th>
                    <td class="atlas-num">{format::integer(row.projects)}</td>
                    <td class="atlas-num">{format::integer(row.cooperation_projects)}</td>
                    <td class="atlas-num">{format::integer(row.other_actions)}</td>
                    <td class="atlas-num">{format::integer(row.collectivites)}</td>
                    <td class="atlas-num">{format::integer(row.partners)}</td>
                    {requests.then(|| view! { <td class="atlas-num">{format::integer(row.bourse_requests)}</td> })}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="fr-table fr-table--sm atlas-place-table" id=id>
            <div class="fr-table__wrapper">
                <div class="fr-table__container">
                    <div class="fr-table__content">
                        <table>
                            <caption>{caption}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{place}</th>
                                    <th scope="col" class="atlas-num">"Projets"</th>
                                    <th scope="col" class="atlas-num">"dont coopérations"</th>
                                    <th scope="col" class="atlas-num">"dont autres actions"</th>
                                    <th scope="col" class="atlas-num">"Collectivités"</th>
                                    <th scope="col" class="atlas-num">"Partenaires"</th>
                                    {requests.then(|| view! { <th scope="col" class="atlas-num">"Demandes Bourse"</th> })}
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
