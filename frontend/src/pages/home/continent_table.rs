//! The per-continent table of the home page: an accessible DSFR table with a caption.

use atlas_domain::ContinentFigures;
use leptos::prelude::*;

use crate::format;

/// Collectivités, partners, countries and projects per continent.
#[component]
pub fn ContinentTable(
    /// The `by_continent` rows of `GET /api/v1/stats`, in display order.
    rows: Vec<ContinentFigures>,
) -> impl IntoView {
    view! {
        <div class="fr-table fr-table--no-caption atlas-continent-table" id="tableau-continents">
            <div class="fr-table__wrapper">
                <div class="fr-table__container">
                    <div class="fr-table__content">
                        <table>
                            <caption>"Activité des collectivités françaises par continent"</caption>
                            <thead>
                                <tr>
                                    <th scope="col">"Continent"</th>
                                    <th scope="col" class="atlas-num">"Collectivités françaises"</th>
                                    <th scope="col" class="atlas-num">"Autorités partenaires"</th>
                                    <th scope="col" class="atlas-num">"Pays"</th>
                                    <th scope="col" class="atlas-num">"Projets"</th>
                                </tr>
                            </thead>
                            <tbody>
                                {rows
                                    .into_iter()
                                    .map(|row| {
                                        view! {
                                            <tr data-continent=row.code>
                                                <th scope="row">{row.name_fr}</th>
                                                <td class="atlas-num">{format::integer(row.collectivites)}</td>
                                                <td class="atlas-num">{format::integer(row.partners)}</td>
                                                <td class="atlas-num">{format::integer(row.countries)}</td>
                                                <td class="atlas-num">{format::integer(row.projects)}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    </div>
                </div>
            </div>
        </div>
        <p class="fr-text--sm atlas-note">
            "Une collectivité ou un partenaire actif sur plusieurs continents est compté dans chacun : "
            "les lignes ne s'additionnent pas pour donner les totaux de l'Atlas."
        </p>
    }
}
