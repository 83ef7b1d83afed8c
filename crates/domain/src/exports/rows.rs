//! One project as the exports see it (`ExportRow`, read from the database), and the shapes of
//! the machine-readable exports: a JSON record keyed by the chosen columns, a GeoJSON feature.

use serde::{Deserialize, Serialize};

use crate::{CollectiviteKind, ExportColumn, PointGeometry, ProjectKind, ProjectStatus};

/// Everything an export can show of one project, names resolved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportRow {
    pub id: i32,
    pub title: String,
    pub kind: ProjectKind,
    pub status: ProjectStatus,
    /// Name of the lead French collectivité.
    pub collectivite: String,
    pub collectivite_kind: CollectiviteKind,
    /// Région and département of the collectivité (names).
    pub region: Option<String>,
    pub departement: Option<String>,
    /// Name of the lead foreign partner authority.
    pub partner: Option<String>,
    /// Country and continent names (French).
    pub country: String,
    pub continent: String,
    /// Theme names, in the reference list's order.
    pub themes: Vec<String>,
    pub start_year: Option<i32>,
    pub end_year: Option<i32>,
    /// Co-financings as "source year" (`MAE/DAECT 2009`), by year then source.
    pub financings: Vec<String>,
    pub budget_cents: Option<i64>,
    /// Whether the collectivité–partner pair is a twinning.
    pub jumelage: bool,
    /// Number of volunteers sent (0 when none).
    pub volunteers: i64,
    pub objectives: Option<String>,
    pub description: Option<String>,
    /// `[longitude, latitude]` of the partner authority, or of the collectivité without one.
    pub point: Option<[f64; 2]>,
}

impl ExportRow {
    /// Path of the project sheet in the app.
    pub fn href(&self) -> String {
        crate::links::project(self.id)
    }
}

/// One project of a JSON export (and the properties of a GeoJSON feature): the chosen columns
/// only, absent columns left out, values in the API's conventions (wire names for enumerations,
/// euro cents for money).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct ExportRecord {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ProjectKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ProjectStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collectivite: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collectivite_kind: Option<CollectiviteKind>,
    /// `null` when the collectivité has no région (a group spanning several).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>))]
    pub region: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>))]
    pub departement: Option<Option<String>>,
    /// `null` when the project has no lead partner authority.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>))]
    pub partner: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continent: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub themes: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<i32>))]
    pub start_year: Option<Option<i32>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<i32>))]
    pub end_year: Option<Option<i32>>,
    /// Co-financings as "source year" (`MAE/DAECT 2009`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub financings: Option<Vec<String>>,
    /// Budget in euro cents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<i64>))]
    pub budget: Option<Option<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jumelage: Option<bool>,
    /// Number of volunteers sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volunteers: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>))]
    pub objectives: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", schema(value_type = Option<String>))]
    pub description: Option<Option<String>>,
    /// Absolute URL of the project sheet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl ExportRecord {
    /// The `columns` of `row`; `site` is the origin the sheet URLs start with
    /// (`https://atlas.example.org`).
    pub fn new(row: &ExportRow, columns: &[ExportColumn], site: &str) -> Self {
        let mut r = ExportRecord::default();
        for column in columns {
            match column {
                ExportColumn::Id => r.id = Some(row.id),
                ExportColumn::Title => r.title = Some(row.title.clone()),
                ExportColumn::Kind => r.kind = Some(row.kind),
                ExportColumn::Status => r.status = Some(row.status),
                ExportColumn::Collectivite => r.collectivite = Some(row.collectivite.clone()),
                ExportColumn::CollectiviteKind => r.collectivite_kind = Some(row.collectivite_kind),
                ExportColumn::Region => r.region = Some(row.region.clone()),
                ExportColumn::Departement => r.departement = Some(row.departement.clone()),
                ExportColumn::Partner => r.partner = Some(row.partner.clone()),
                ExportColumn::Country => r.country = Some(row.country.clone()),
                ExportColumn::Continent => r.continent = Some(row.continent.clone()),
                ExportColumn::Themes => r.themes = Some(row.themes.clone()),
                ExportColumn::StartYear => r.start_year = Some(row.start_year),
                ExportColumn::EndYear => r.end_year = Some(row.end_year),
                ExportColumn::Financings => r.financings = Some(row.financings.clone()),
                ExportColumn::Budget => r.budget = Some(row.budget_cents),
                ExportColumn::Jumelage => r.jumelage = Some(row.jumelage),
                ExportColumn::Volunteers => r.volunteers = Some(row.volunteers),
                ExportColumn::Objectives => r.objectives = Some(row.objectives.clone()),
                ExportColumn::Description => r.description = Some(row.description.clone()),
                ExportColumn::Url => r.url = Some(format!("{site}{}", row.href())),
            }
        }
        r
    }
}

/// One project of a GeoJSON export: a point at its partner authority (or its collectivité
/// without one), `null` when neither is placed; the chosen columns as properties.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct ExportFeature {
    /// Always `Feature`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The project id.
    pub id: i32,
    pub geometry: Option<PointGeometry>,
    pub properties: ExportRecord,
}

impl ExportFeature {
    pub fn new(row: &ExportRow, columns: &[ExportColumn], site: &str) -> Self {
        ExportFeature {
            kind: "Feature".to_owned(),
            id: row.id,
            geometry: row.point.map(|[lon, lat]| PointGeometry::new(lon, lat)),
            properties: ExportRecord::new(row, columns, site),
        }
    }
}

/// A GeoJSON export (`application/geo+json`, RFC 7946): one feature per project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct ExportFeatureCollection {
    /// Always `FeatureCollection`.
    #[serde(rename = "type")]
    pub kind: String,
    pub features: Vec<ExportFeature>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row() -> ExportRow {
        ExportRow {
            id: 7,
            title: "Cœur de ville".into(),
            kind: ProjectKind::CooperationDecentralisee,
            status: ProjectStatus::EnCours,
            collectivite: "Besançon".into(),
            collectivite_kind: CollectiviteKind::Commune,
            region: Some("Bourgogne-Franche-Comté".into()),
            departement: Some("Doubs".into()),
            partner: None,
            country: "Sénégal".into(),
            continent: "Afrique".into(),
            themes: vec!["Culture".into()],
            start_year: Some(2010),
            end_year: None,
            financings: vec![],
            budget_cents: Some(1_250_000),
            jumelage: false,
            volunteers: 0,
            objectives: None,
            description: None,
            point: Some([-17.4, 14.7]),
        }
    }

    #[test]
    fn a_record_holds_the_chosen_columns_and_their_nulls_only() {
        let cols = [
            ExportColumn::Title,
            ExportColumn::Partner,
            ExportColumn::EndYear,
            ExportColumn::Budget,
            ExportColumn::Url,
        ];
        let json = serde_json::to_value(ExportRecord::new(&row(), &cols, "http://h")).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "title": "Cœur de ville",
                "partner": null,
                "end_year": null,
                "budget": 1_250_000,
                "url": "http://h/projets/7",
            })
        );
        let feature = serde_json::to_value(ExportFeature::new(&row(), &cols[..1], "")).unwrap();
        assert_eq!(
            feature["geometry"]["coordinates"],
            serde_json::json!([-17.4, 14.7])
        );
        assert_eq!(feature["id"], 7);
    }
}
