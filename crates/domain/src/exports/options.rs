//! Exports of a project search: the formats, the columns a user can choose, and the options
//! an export adds to the project criteria (sort, columns).

use serde::{Deserialize, Serialize};

use crate::FieldError;
use crate::search::{SearchSort, parse_sort};

/// A column of the tabular exports (CSV, XLSX, JSON, PDF table), with its French header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ExportColumn {
    Id,
    Title,
    Kind,
    Status,
    Collectivite,
    CollectiviteKind,
    Region,
    Departement,
    Partner,
    Country,
    Continent,
    Themes,
    StartYear,
    EndYear,
    Financings,
    Budget,
    Jumelage,
    Volunteers,
    Objectives,
    Description,
    Url,
}

impl ExportColumn {
    /// Every column, in the order of a full export.
    pub const ALL: &'static [ExportColumn] = &[
        ExportColumn::Id,
        ExportColumn::Title,
        ExportColumn::Kind,
        ExportColumn::Status,
        ExportColumn::Collectivite,
        ExportColumn::CollectiviteKind,
        ExportColumn::Region,
        ExportColumn::Departement,
        ExportColumn::Partner,
        ExportColumn::Country,
        ExportColumn::Continent,
        ExportColumn::Themes,
        ExportColumn::StartYear,
        ExportColumn::EndYear,
        ExportColumn::Financings,
        ExportColumn::Budget,
        ExportColumn::Jumelage,
        ExportColumn::Volunteers,
        ExportColumn::Objectives,
        ExportColumn::Description,
        ExportColumn::Url,
    ];

    /// The columns of an export when none are chosen (the long texts left out).
    pub const DEFAULT: &'static [ExportColumn] = &[
        ExportColumn::Id,
        ExportColumn::Title,
        ExportColumn::Kind,
        ExportColumn::Status,
        ExportColumn::Collectivite,
        ExportColumn::CollectiviteKind,
        ExportColumn::Region,
        ExportColumn::Departement,
        ExportColumn::Partner,
        ExportColumn::Country,
        ExportColumn::Continent,
        ExportColumn::Themes,
        ExportColumn::StartYear,
        ExportColumn::EndYear,
        ExportColumn::Financings,
        ExportColumn::Budget,
        ExportColumn::Jumelage,
        ExportColumn::Volunteers,
        ExportColumn::Url,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ExportColumn::Id => "id",
            ExportColumn::Title => "title",
            ExportColumn::Kind => "kind",
            ExportColumn::Status => "status",
            ExportColumn::Collectivite => "collectivite",
            ExportColumn::CollectiviteKind => "collectivite_kind",
            ExportColumn::Region => "region",
            ExportColumn::Departement => "departement",
            ExportColumn::Partner => "partner",
            ExportColumn::Country => "country",
            ExportColumn::Continent => "continent",
            ExportColumn::Themes => "themes",
            ExportColumn::StartYear => "start_year",
            ExportColumn::EndYear => "end_year",
            ExportColumn::Financings => "financings",
            ExportColumn::Budget => "budget",
            ExportColumn::Jumelage => "jumelage",
            ExportColumn::Volunteers => "volunteers",
            ExportColumn::Objectives => "objectives",
            ExportColumn::Description => "description",
            ExportColumn::Url => "url",
        }
    }

    /// The header of the column (French).
    pub fn label(self) -> &'static str {
        match self {
            ExportColumn::Id => "Identifiant",
            ExportColumn::Title => "Intitulé du projet",
            ExportColumn::Kind => "Type",
            ExportColumn::Status => "Statut",
            ExportColumn::Collectivite => "Collectivité française",
            ExportColumn::CollectiviteKind => "Type de collectivité",
            ExportColumn::Region => "Région",
            ExportColumn::Departement => "Département",
            ExportColumn::Partner => "Autorité partenaire",
            ExportColumn::Country => "Pays",
            ExportColumn::Continent => "Continent",
            ExportColumn::Themes => "Thématiques",
            ExportColumn::StartYear => "Année de début",
            ExportColumn::EndYear => "Année de fin",
            ExportColumn::Financings => "Cofinancements",
            ExportColumn::Budget => "Budget (€)",
            ExportColumn::Jumelage => "Jumelage",
            ExportColumn::Volunteers => "Volontaires",
            ExportColumn::Objectives => "Objectifs",
            ExportColumn::Description => "Description",
            ExportColumn::Url => "Fiche",
        }
    }
}

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    Csv,
    Xlsx,
    Geojson,
    Json,
    Pdf,
}

impl ExportFormat {
    pub const ALL: &'static [ExportFormat] = &[
        ExportFormat::Csv,
        ExportFormat::Xlsx,
        ExportFormat::Geojson,
        ExportFormat::Json,
        ExportFormat::Pdf,
    ];

    /// File extension (and last path segment of the endpoint: `/exports/projects.csv`).
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Xlsx => "xlsx",
            ExportFormat::Geojson => "geojson",
            ExportFormat::Json => "json",
            ExportFormat::Pdf => "pdf",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            ExportFormat::Csv => "text/csv; charset=utf-8",
            ExportFormat::Xlsx => {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
            ExportFormat::Geojson => "application/geo+json",
            ExportFormat::Json => "application/json",
            ExportFormat::Pdf => "application/pdf",
        }
    }

    /// The button label in the app.
    pub fn label(self) -> &'static str {
        match self {
            ExportFormat::Csv => "CSV",
            ExportFormat::Xlsx => "Excel (XLSX)",
            ExportFormat::Geojson => "GeoJSON",
            ExportFormat::Json => "JSON",
            ExportFormat::Pdf => "Rapport PDF",
        }
    }
}

/// What an export adds to the project criteria, as text in the query string.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::IntoParams, utoipa::ToSchema))]
#[cfg_attr(feature = "server", into_params(parameter_in = Query))]
pub struct ExportOptions {
    /// `relevance` (default), `date` or `name`: the order of the rows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<String>,
    /// Columns, in order (comma-separated): `id`, `title`, `kind`, `status`, `collectivite`,
    /// `collectivite_kind`, `region`, `departement`, `partner`, `country`, `continent`,
    /// `themes`, `start_year`, `end_year`, `financings`, `budget`, `jumelage`, `volunteers`,
    /// `objectives`, `description`, `url`. Default: all but the long texts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub columns: Option<String>,
}

impl ExportOptions {
    /// The query parameters of the form.
    pub const PARAMS: &'static [&'static str] = &["sort", "columns"];
}

/// Validated export options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportSpec {
    pub sort: SearchSort,
    pub columns: Vec<ExportColumn>,
}

impl ExportOptions {
    pub fn parse(&self) -> Result<ExportSpec, Vec<FieldError>> {
        let mut errors = Vec::new();
        let sort = parse_sort(self.sort.as_deref()).unwrap_or_else(|e| {
            errors.push(e);
            SearchSort::default()
        });
        let mut columns = Vec::new();
        for name in self
            .columns
            .as_deref()
            .unwrap_or("")
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            match ExportColumn::ALL.iter().find(|c| c.as_str() == name) {
                Some(c) if !columns.contains(c) => columns.push(*c),
                Some(_) => {}
                None => errors.push(FieldError {
                    field: "columns".to_owned(),
                    code: "unknown".to_owned(),
                    message: format!("Colonne inconnue : {name}"),
                }),
            }
        }
        if columns.is_empty() {
            columns = ExportColumn::DEFAULT.to_vec();
        }
        if errors.is_empty() {
            Ok(ExportSpec { sort, columns })
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_parse_in_order_and_unknown_ones_are_errors() {
        let spec = ExportOptions {
            sort: None,
            columns: Some("title, country,title".into()),
        }
        .parse()
        .unwrap();
        assert_eq!(spec.columns, [ExportColumn::Title, ExportColumn::Country]);
        assert_eq!(
            ExportOptions::default().parse().unwrap().columns,
            ExportColumn::DEFAULT
        );
        let err = ExportOptions {
            sort: Some("x".into()),
            columns: Some("title,horoscope".into()),
        }
        .parse()
        .unwrap_err();
        let fields: Vec<&str> = err.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["sort", "columns"]);
        for c in ExportColumn::ALL {
            assert_eq!(
                serde_json::to_string(c).unwrap(),
                format!("\"{}\"", c.as_str())
            );
        }
    }
}
