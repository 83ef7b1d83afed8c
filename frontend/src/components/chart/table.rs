//! The data of a chart as a DSFR table: what screen readers and keyboard users read, and what
//! anyone can copy.

use leptos::prelude::*;

use super::data::{Datum, Unit, percent};

/// Category, value and share of each datum, with a total row when shares add up.
#[component]
pub fn DataTable(
    caption: String,
    data: Vec<Datum>,
    unit: Unit,
    whole: i64,
    /// Header of the first column (« Thématique », « Année »).
    category: &'static str,
    /// Whether the values add up to `whole` (no total row when a project counts in several).
    additive: bool,
) -> impl IntoView {
    let sum: i64 = data.iter().map(|d| d.value).sum();
    let rows = data
        .into_iter()
        .map(|d| {
            view! {
                <tr data-code=d.code.clone()>
                    <th scope="row">{d.label}</th>
                    <td class="atlas-num">{unit.format(d.value)}</td>
                    <td class="atlas-num">{percent(d.value, whole)}</td>
                </tr>
            }
        })
        .collect_view();
    let total = additive.then(|| {
        view! {
            <tr class="atlas-chart__total">
                <th scope="row">"Total"</th>
                <td class="atlas-num">{unit.format(sum)}</td>
                <td class="atlas-num">{percent(sum, whole)}</td>
            </tr>
        }
    });
    view! {
        <div class="fr-table fr-table--sm atlas-chart__table">
            <div class="fr-table__wrapper">
                <div class="fr-table__container">
                    <div class="fr-table__content">
                        <table>
                            <caption>{caption}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{category}</th>
                                    <th scope="col" class="atlas-num">{unit.header()}</th>
                                    <th scope="col" class="atlas-num">"Part"</th>
                                </tr>
                            </thead>
                            <tbody>{rows} {total}</tbody>
                        </table>
                    </div>
                </div>
            </div>
        </div>
    }
}
