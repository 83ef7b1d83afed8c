//! The rows of a project export, read in batches so that an export of the whole Atlas never
//! holds more than one batch of rows: first the ids of the matching projects in the order of
//! search ([`ordered_ids`], 4 bytes a project, ordered on indexes), then the rows of each slice
//! of [`BATCH`] ids ([`RowReader`]), names read once per export ([`names`]).

mod names;

use names::Names;

use std::collections::HashMap;

use atlas_domain::{ExportRow, ProjectKind, ProjectStatus, SearchSort};
use diesel::dsl::sum;
use diesel::prelude::*;

use crate::schema::*;
use crate::search::OrderProjects;
use crate::search::filter::{FilterProjects, Resolved};
use crate::stored::Stored;
use crate::{DbConn, DbError};

/// Rows read per query.
pub const BATCH: usize = 1000;

/// Ids of every project matching `r`, in the order of `sort` (the order of search).
pub fn ordered_ids(conn: &mut DbConn, r: &Resolved, sort: SearchSort) -> Result<Vec<i32>, DbError> {
    Ok(with_conn!(conn, |c| {
        c.ordered(c.filtered_projects(r), r, sort)
            .select(projects::id)
            .load::<i32>(c)
    })?)
}

/// A project as its export row shows it, before names are attached.
#[derive(Queryable)]
struct ExportProjectRow {
    id: i32,
    title: String,
    #[diesel(deserialize_as = Stored<ProjectKind>)]
    kind: ProjectKind,
    #[diesel(deserialize_as = Stored<ProjectStatus>)]
    status: ProjectStatus,
    budget_cents: Option<i64>,
    start_year: Option<i32>,
    end_year: Option<i32>,
    objectives: Option<String>,
    description: Option<String>,
    collectivite_id: i32,
    partner_id: Option<i32>,
    country_code: String,
}

/// Reads the rows of an export batch after batch. The names the rows show are read once per
/// export ([`Names`]), so a batch costs one read of its projects and of their themes,
/// co-financings and volunteers, each by primary key or index.
#[derive(Default)]
pub struct RowReader {
    names: Names,
}

impl RowReader {
    pub fn new() -> Self {
        RowReader::default()
    }

    /// The export rows of `ids`, in that order (ids that no longer exist are skipped).
    pub fn rows(&mut self, conn: &mut DbConn, ids: &[i32]) -> Result<Vec<ExportRow>, DbError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let (projects, themes, financings, volunteers) = with_conn!(conn, |c| {
            let projects = projects::table
                .filter(projects::id.eq_any(ids))
                .select((
                    projects::id,
                    projects::title,
                    projects::kind,
                    projects::status,
                    projects::budget_cents,
                    projects::start_year,
                    projects::end_year,
                    projects::objectives,
                    projects::description,
                    projects::collectivite_id,
                    projects::partner_id,
                    projects::country_code,
                ))
                .load::<ExportProjectRow>(c)?;
            let themes = project_themes::table
                .filter(project_themes::project_id.eq_any(ids))
                .select((project_themes::project_id, project_themes::theme_id))
                .load::<(i32, i32)>(c)?;
            let financings = project_financings::table
                .filter(project_financings::project_id.eq_any(ids))
                .select((
                    project_financings::project_id,
                    project_financings::source_id,
                    project_financings::year,
                ))
                .load::<(i32, i32, i32)>(c)?;
            let volunteers = project_volunteers::table
                .filter(project_volunteers::project_id.eq_any(ids))
                .group_by(project_volunteers::project_id)
                .select((
                    project_volunteers::project_id,
                    sum(project_volunteers::count),
                ))
                .load::<(i32, Option<i64>)>(c)?;
            Ok::<_, diesel::result::Error>((projects, themes, financings, volunteers))
        })?;
        self.names.load(
            conn,
            projects.iter().map(|p| p.collectivite_id),
            projects.iter().filter_map(|p| p.partner_id),
        )?;
        let names = &self.names;

        // Themes in the reference list's order.
        let mut themes_of: HashMap<i32, Vec<(i32, &str)>> = HashMap::new();
        for (id, theme) in themes {
            if let Some((position, name)) = names.theme(theme) {
                themes_of.entry(id).or_default().push((*position, name));
            }
        }
        // Co-financings by year then source; several payments of one source in one year are
        // one co-financing.
        let mut financings_of: HashMap<i32, Vec<(i32, i32, &str)>> = HashMap::new();
        for (id, source, year) in financings {
            if let Some((position, name)) = names.source(source) {
                financings_of
                    .entry(id)
                    .or_default()
                    .push((year, *position, name));
            }
        }
        let volunteers_of: HashMap<i32, i64> = volunteers
            .into_iter()
            .map(|(id, n)| (id, n.unwrap_or(0)))
            .collect();

        let mut by_id: HashMap<i32, ExportRow> = HashMap::with_capacity(projects.len());
        for p in projects {
            let (Some(lead), Some((country, continent))) = (
                names.lead(p.collectivite_id),
                names.country(&p.country_code),
            ) else {
                continue;
            };
            let id = p.id;
            let partner = p.partner_id.and_then(|partner| names.partner(partner));
            let mut themes = themes_of.remove(&id).unwrap_or_default();
            themes.sort_unstable();
            let mut financings = financings_of.remove(&id).unwrap_or_default();
            financings.sort_unstable();
            let mut financings: Vec<String> = financings
                .into_iter()
                .map(|(year, _, source)| format!("{source} {year}"))
                .collect();
            financings.dedup();
            let row = ExportRow {
                id,
                title: p.title,
                kind: p.kind,
                status: p.status,
                collectivite: lead.name.clone(),
                collectivite_kind: lead.kind,
                region: lead.region.clone(),
                departement: lead.departement.clone(),
                partner: partner.map(|p| p.name.clone()),
                country: country.clone(),
                continent: continent.clone(),
                themes: themes
                    .into_iter()
                    .map(|(_, name)| name.to_owned())
                    .collect(),
                start_year: p.start_year,
                end_year: p.end_year,
                financings,
                budget_cents: p.budget_cents,
                jumelage: p
                    .partner_id
                    .is_some_and(|partner| names.twinned(p.collectivite_id, partner)),
                volunteers: volunteers_of.get(&id).copied().unwrap_or(0),
                objectives: p.objectives,
                description: p.description,
                point: partner.and_then(|p| p.point).or(lead.point),
            };
            by_id.insert(id, row);
        }
        Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
    }
}

/// The export rows of `ids`, in that order: one batch read on its own (see [`RowReader`]).
pub fn rows(conn: &mut DbConn, ids: &[i32]) -> Result<Vec<ExportRow>, DbError> {
    RowReader::new().rows(conn, ids)
}
