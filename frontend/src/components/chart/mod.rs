//! THE chart of the Atlas: an accessible SVG picture (bars by category, or a line over years),
//! the same data as a table, and a CSV download of it — « les données ayant servi à la
//! restitution de ces graphiques sont également disponibles ». Every page with figures and the
//! search page use [`Chart`].
//!
//! The picture is named by its `<title>` and summarised by its `<desc>`; the table below it
//! (in a `<details>`, open on demand) gives every value and its share; the CSV link downloads
//! them. No canvas: everything is text a screen reader can reach.

mod axis;
mod bars;
mod csv;
mod data;
mod line;
mod table;

use leptos::prelude::*;

pub use data::{Datum, Unit, euros};

use bars::Bars;
use data::percent;
use line::Line;
use table::DataTable;

/// How a chart draws its data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ChartKind {
    /// Horizontal bars, one per category, with their share.
    #[default]
    Bars,
    /// A line over ordered labels (years).
    Line,
}

/// A chart with its data table and CSV download.
#[component]
pub fn Chart(
    /// Unique in the page: prefixes the ids of the picture's title, summary and table.
    #[prop(into)]
    id: String,
    /// What the chart shows (« Projets par thématique »): caption, table caption, file name.
    #[prop(into)]
    title: String,
    /// The values, in display order.
    data: Vec<Datum>,
    #[prop(optional)] kind: ChartKind,
    #[prop(optional)] unit: Unit,
    /// Base of the percentages when it is not the sum of the values (a project with several
    /// themes counts in each: shares are of the number of projects). Shares then do not add
    /// up to 100 % and the table has no total row.
    #[prop(optional)]
    whole: Option<i64>,
    /// Header of the category column of the table.
    #[prop(default = "Catégorie")]
    category: &'static str,
    /// A sentence under the chart: how to read it, where the data come from.
    #[prop(optional, into)]
    note: Option<String>,
) -> impl IntoView {
    let sum: i64 = data.iter().map(|d| d.value).sum();
    let additive = whole.is_none() || whole == Some(sum);
    let whole = whole.unwrap_or(sum);
    let title_id = format!("{id}-titre");
    let summary_id = format!("{id}-resume");
    let labelled_by = format!("{title_id} {summary_id}");
    let summary = summary(&data, kind, unit, whole);

    let picture = if data.is_empty() {
        view! { <p class="atlas-unavailable">"Aucune donnée pour ce graphique."</p> }.into_any()
    } else {
        match kind {
            ChartKind::Bars => view! {
                <Bars
                    data=data.clone()
                    unit=unit
                    whole=whole
                    labelled_by=labelled_by
                    title=title.clone()
                    summary=summary
                    title_id=title_id
                    summary_id=summary_id
                />
            }
            .into_any(),
            ChartKind::Line => view! {
                <Line
                    data=data.clone()
                    unit=unit
                    labelled_by=labelled_by
                    title=title.clone()
                    summary=summary
                    title_id=title_id
                    summary_id=summary_id
                />
            }
            .into_any(),
        }
    };
    let csv_href = format!(
        "data:text/csv;charset=utf-8,{}",
        js_sys::encode_uri_component(&csv::csv(&data, unit, whole))
    );
    let file = csv::file_name(&title);
    let has_data = !data.is_empty();
    let share_note = (!additive).then(|| {
        view! {
            <p class="fr-text--xs atlas-note">
                "Un projet peut compter dans plusieurs catégories : les parts sont calculées sur le nombre "
                "de projets et ne totalisent pas 100 %."
            </p>
        }
    });

    view! {
        <figure class="atlas-chart" id=id.clone() data-chart=id.clone()>
            <figcaption class="atlas-chart__caption">{title.clone()}</figcaption>
            {picture}
            {note.map(|note| view! { <p class="fr-text--xs atlas-note">{note}</p> })}
            {share_note}
            <Show when=move || has_data>
                <details class="atlas-chart__details">
                    <summary>"Voir les données du graphique"</summary>
                    <DataTable
                        caption=title.clone()
                        data=data.clone()
                        unit=unit
                        whole=whole
                        category=category
                        additive=additive
                    />
                </details>
                <p class="fr-mb-0">
                    <a
                        class="fr-link fr-link--sm"
                        href=csv_href.clone()
                        download=file.clone()
                        data-chart-csv=""
                    >
                        "Télécharger les données (CSV)"
                    </a>
                </p>
            </Show>
        </figure>
    }
}

/// One sentence a screen reader says for the picture: its extent and its largest value.
fn summary(data: &[Datum], kind: ChartKind, unit: Unit, whole: i64) -> String {
    let Some(top) = data.iter().max_by_key(|d| d.value) else {
        return "Aucune donnée.".to_owned();
    };
    match kind {
        ChartKind::Bars => format!(
            "{} catégories ; la plus grande : {}, {} ({}).",
            data.len(),
            top.label,
            unit.format(top.value),
            percent(top.value, whole)
        ),
        ChartKind::Line => format!(
            "De {} à {} ; maximum en {} : {}.",
            data.first().map_or("", |d| d.label.as_str()),
            data.last().map_or("", |d| d.label.as_str()),
            top.label,
            unit.format(top.value)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_names_the_largest_value_and_its_share() {
        let data = [Datum::new("a", "Culture", 30), Datum::new("b", "Eau", 10)];
        assert_eq!(
            summary(&data, ChartKind::Bars, Unit::Count, 40),
            "2 catégories ; la plus grande : Culture, 30 (75,0\u{a0}%)."
        );
        let years = [
            Datum::new("2003", "2003", 100),
            Datum::new("2004", "2004", 300),
        ];
        assert_eq!(
            summary(&years, ChartKind::Line, Unit::Count, 0),
            "De 2003 à 2004 ; maximum en 2004 : 300."
        );
    }
}
