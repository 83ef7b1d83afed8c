//! The cells of the tabular exports meant for people (CSV, XLSX, PDF): French labels, lists
//! joined, euros rather than cents. Cells borrow from their row where they can: an export of
//! the whole Atlas writes hundreds of thousands of them.

use std::borrow::Cow;
use std::fmt::Write as _;

use atlas_domain::{ExportColumn, ExportRow};

/// One cell: numbers stay numbers (XLSX sums them), the rest is text.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell<'a> {
    Empty,
    Int(i64),
    /// An amount in euro cents.
    Euros(i64),
    Text(Cow<'a, str>),
}

impl Cell<'_> {
    /// The cell as text: integers plain, euros without cents when whole (`12500`, `12500.50`).
    pub fn text(&self) -> Cow<'_, str> {
        match self {
            Cell::Text(s) => Cow::Borrowed(s),
            Cell::Empty => Cow::Borrowed(""),
            other => {
                let mut out = String::new();
                other.push_text(&mut out);
                Cow::Owned(out)
            }
        }
    }

    /// Appends the cell as [`Cell::text`] gives it to `out`.
    pub fn push_text(&self, out: &mut String) {
        // Writing to a String cannot fail.
        let _ = match self {
            Cell::Empty => Ok(()),
            Cell::Int(n) => write!(out, "{n}"),
            Cell::Euros(cents) if cents % 100 == 0 => write!(out, "{}", cents / 100),
            Cell::Euros(cents) => write!(out, "{}.{:02}", cents / 100, (cents % 100).abs()),
            Cell::Text(s) => {
                out.push_str(s);
                Ok(())
            }
        };
    }
}

fn text(value: &Option<String>) -> Cell<'_> {
    value
        .as_deref()
        .map_or(Cell::Empty, |s| Cell::Text(s.into()))
}

fn label(value: &'static str) -> Cell<'static> {
    Cell::Text(Cow::Borrowed(value))
}

/// The `column` of `row`; `site` starts the sheet URLs.
pub fn cell<'a>(row: &'a ExportRow, column: ExportColumn, site: &str) -> Cell<'a> {
    match column {
        ExportColumn::Id => Cell::Int(row.id.into()),
        ExportColumn::Title => Cell::Text(row.title.as_str().into()),
        ExportColumn::Kind => label(row.kind.label()),
        ExportColumn::Status => label(row.status.label()),
        ExportColumn::Collectivite => Cell::Text(row.collectivite.as_str().into()),
        ExportColumn::CollectiviteKind => label(row.collectivite_kind.label()),
        ExportColumn::Region => text(&row.region),
        ExportColumn::Departement => text(&row.departement),
        ExportColumn::Partner => text(&row.partner),
        ExportColumn::Country => Cell::Text(row.country.as_str().into()),
        ExportColumn::Continent => Cell::Text(row.continent.as_str().into()),
        ExportColumn::Themes => joined(&row.themes),
        ExportColumn::StartYear => row.start_year.map_or(Cell::Empty, |y| Cell::Int(y.into())),
        ExportColumn::EndYear => row.end_year.map_or(Cell::Empty, |y| Cell::Int(y.into())),
        ExportColumn::Financings => joined(&row.financings),
        ExportColumn::Budget => row.budget_cents.map_or(Cell::Empty, Cell::Euros),
        ExportColumn::Jumelage => label(if row.jumelage { "Oui" } else { "Non" }),
        ExportColumn::Volunteers => Cell::Int(row.volunteers),
        ExportColumn::Objectives => text(&row.objectives),
        ExportColumn::Description => text(&row.description),
        ExportColumn::Url => Cell::Text(format!("{site}{}", row.href()).into()),
    }
}

/// A list as one cell, `a ; b`: borrowed when it has one item.
fn joined(items: &[String]) -> Cell<'_> {
    match items {
        [] => Cell::Text(Cow::Borrowed("")),
        [one] => Cell::Text(one.as_str().into()),
        many => Cell::Text(many.join(" ; ").into()),
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
