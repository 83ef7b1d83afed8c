//! The cells of the tabular exports meant for people (CSV, XLSX, PDF): French labels, lists
//! joined, euros rather than cents.

use atlas_domain::{ExportColumn, ExportRow};

/// One cell: numbers stay numbers (XLSX sums them), the rest is text.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Int(i64),
    /// An amount in euro cents.
    Euros(i64),
    Text(String),
}

impl Cell {
    /// The cell as text: integers plain, euros without cents when whole (`12500`, `12500.50`).
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Int(n) => n.to_string(),
            Cell::Euros(cents) if cents % 100 == 0 => (cents / 100).to_string(),
            Cell::Euros(cents) => format!("{}.{:02}", cents / 100, (cents % 100).abs()),
            Cell::Text(s) => s.clone(),
        }
    }
}

fn text(value: &Option<String>) -> Cell {
    value.clone().map_or(Cell::Empty, Cell::Text)
}

fn yes_no(value: bool) -> Cell {
    Cell::Text(if value { "Oui" } else { "Non" }.to_owned())
}

/// The `column` of `row`; `site` starts the sheet URLs.
pub fn cell(row: &ExportRow, column: ExportColumn, site: &str) -> Cell {
    match column {
        ExportColumn::Id => Cell::Int(row.id.into()),
        ExportColumn::Title => Cell::Text(row.title.clone()),
        ExportColumn::Kind => Cell::Text(row.kind.label().to_owned()),
        ExportColumn::Status => Cell::Text(row.status.label().to_owned()),
        ExportColumn::Collectivite => Cell::Text(row.collectivite.clone()),
        ExportColumn::CollectiviteKind => Cell::Text(row.collectivite_kind.label().to_owned()),
        ExportColumn::Region => text(&row.region),
        ExportColumn::Departement => text(&row.departement),
        ExportColumn::Partner => text(&row.partner),
        ExportColumn::Country => Cell::Text(row.country.clone()),
        ExportColumn::Continent => Cell::Text(row.continent.clone()),
        ExportColumn::Themes => Cell::Text(row.themes.join(" ; ")),
        ExportColumn::StartYear => row.start_year.map_or(Cell::Empty, |y| Cell::Int(y.into())),
        ExportColumn::EndYear => row.end_year.map_or(Cell::Empty, |y| Cell::Int(y.into())),
        ExportColumn::Financings => Cell::Text(row.financings.join(" ; ")),
        ExportColumn::Budget => row.budget_cents.map_or(Cell::Empty, Cell::Euros),
        ExportColumn::Jumelage => yes_no(row.jumelage),
        ExportColumn::Volunteers => Cell::Int(row.volunteers),
        ExportColumn::Objectives => text(&row.objectives),
        ExportColumn::Description => text(&row.description),
        ExportColumn::Url => Cell::Text(format!("{site}{}", row.href())),
    }
}

/// A sensible width of `column`, in characters (XLSX column widths, PDF column weights).
pub fn width(column: ExportColumn) -> u16 {
    match column {
        ExportColumn::Id
        | ExportColumn::Status
        | ExportColumn::StartYear
        | ExportColumn::EndYear
        | ExportColumn::Jumelage => 10,
        ExportColumn::Volunteers | ExportColumn::Budget => 12,
        ExportColumn::Country | ExportColumn::Continent => 18,
        ExportColumn::Kind
        | ExportColumn::CollectiviteKind
        | ExportColumn::Region
        | ExportColumn::Departement => 22,
        ExportColumn::Collectivite | ExportColumn::Partner | ExportColumn::Financings => 30,
        ExportColumn::Url => 34,
        ExportColumn::Themes => 40,
        ExportColumn::Title => 50,
        ExportColumn::Objectives => 60,
        ExportColumn::Description => 80,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn euros_keep_their_cents_only_when_there_are_some() {
        assert_eq!(Cell::Euros(1_250_000).text(), "12500");
        assert_eq!(Cell::Euros(1_250_050).text(), "12500.50");
        assert_eq!(Cell::Euros(7).text(), "0.07");
        assert_eq!(Cell::Empty.text(), "");
    }
}
