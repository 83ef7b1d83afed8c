//! The rows of a project export, read in batches so that an export of the whole Atlas never
//! holds more than one batch of rows: first the ids of the matching projects in the order of
//! search ([`ordered_ids`], 4 bytes a project, ordered on indexes), then the rows of each slice
//! of [`BATCH`] ids ([`rows`]), names resolved by joins.

use std::collections::{BTreeMap, BTreeSet};

use atlas_domain::{CollectiviteKind, ExportRow, ProjectKind, ProjectStatus, SearchSort};
use diesel::dsl::sum;
use diesel::prelude::*;

use super::filter::{FilterProjects, Resolved};
use super::search::OrderProjects;
use crate::schema::*;
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

type Main = (
    (i32, String, String, String, Option<i64>),
    (Option<i32>, Option<i32>, Option<String>, Option<String>),
    (i32, String, String, Option<f64>, Option<f64>),
    (Option<String>, Option<String>),
    (Option<i32>, Option<String>, Option<f64>, Option<f64>),
    (String, String),
);

/// The export rows of `ids`, in that order (ids that no longer exist are skipped).
pub fn rows(conn: &mut DbConn, ids: &[i32]) -> Result<Vec<ExportRow>, DbError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let (main, themes, financings, volunteers, twinned) = with_conn!(conn, |c| {
        let main = projects::table
            .inner_join(collectivites::table)
            .inner_join(countries::table)
            .inner_join(continents::table.on(continents::code.eq(countries::continent_code)))
            .left_join(partners::table)
            .left_join(regions::table.on(collectivites::region_code.eq(regions::code.nullable())))
            .left_join(
                departements::table
                    .on(collectivites::departement_code.eq(departements::code.nullable())),
            )
            .filter(projects::id.eq_any(ids))
            .select((
                (
                    projects::id,
                    projects::title,
                    projects::kind,
                    projects::status,
                    projects::budget_cents,
                ),
                (
                    projects::start_year,
                    projects::end_year,
                    projects::objectives,
                    projects::description,
                ),
                (
                    collectivites::id,
                    collectivites::name,
                    collectivites::kind,
                    collectivites::lat,
                    collectivites::lon,
                ),
                (regions::name.nullable(), departements::name.nullable()),
                (
                    partners::id.nullable(),
                    partners::name.nullable(),
                    partners::lat.nullable(),
                    partners::lon.nullable(),
                ),
                (countries::name_fr, continents::name_fr),
            ))
            .load::<Main>(c)?;
        let themes = project_themes::table
            .inner_join(themes::table)
            .filter(project_themes::project_id.eq_any(ids))
            .order((project_themes::project_id, themes::position))
            .select((project_themes::project_id, themes::name_fr))
            .load::<(i32, String)>(c)?;
        let financings = project_financings::table
            .inner_join(financing_sources::table)
            .filter(project_financings::project_id.eq_any(ids))
            .order((
                project_financings::project_id,
                project_financings::year,
                financing_sources::position,
            ))
            .select((
                project_financings::project_id,
                financing_sources::short_name,
                project_financings::year,
            ))
            .load::<(i32, String, i32)>(c)?;
        let volunteers = project_volunteers::table
            .filter(project_volunteers::project_id.eq_any(ids))
            .group_by(project_volunteers::project_id)
            .select((
                project_volunteers::project_id,
                sum(project_volunteers::count),
            ))
            .load::<(i32, Option<i64>)>(c)?;
        let collectivite_ids: BTreeSet<i32> = main.iter().map(|m| m.2.0).collect();
        let twinned = partnerships::table
            .filter(partnerships::collectivite_id.eq_any(collectivite_ids))
            .filter(partnerships::is_jumelage.eq(true))
            .select((partnerships::collectivite_id, partnerships::partner_id))
            .load::<(i32, i32)>(c)?;
        Ok::<_, diesel::result::Error>((main, themes, financings, volunteers, twinned))
    })?;

    let mut themes_of: BTreeMap<i32, Vec<String>> = BTreeMap::new();
    for (id, name) in themes {
        themes_of.entry(id).or_default().push(name);
    }
    let mut financings_of: BTreeMap<i32, Vec<String>> = BTreeMap::new();
    for (id, source, year) in financings {
        let listed = financings_of.entry(id).or_default();
        let item = format!("{source} {year}");
        // Several payments of one source in one year are one co-financing (rows are ordered).
        if listed.last() != Some(&item) {
            listed.push(item);
        }
    }
    let volunteers_of: BTreeMap<i32, i64> = volunteers
        .into_iter()
        .map(|(id, n)| (id, n.unwrap_or(0)))
        .collect();
    let twinned: BTreeSet<(i32, i32)> = twinned.into_iter().collect();

    let mut by_id: BTreeMap<i32, ExportRow> = main
        .into_iter()
        .map(
            |(p, dates, coll, (region, departement), partner, (country, continent))| {
                let (id, title, kind, status, budget_cents) = p;
                let (start_year, end_year, objectives, description) = dates;
                let (coll_id, collectivite, coll_kind, coll_lat, coll_lon) = coll;
                let (partner_id, partner, partner_lat, partner_lon) = partner;
                let point = match (partner_lon, partner_lat, coll_lon, coll_lat) {
                    (Some(lon), Some(lat), _, _) | (_, _, Some(lon), Some(lat)) => Some([lon, lat]),
                    _ => None,
                };
                let row = ExportRow {
                    id,
                    title,
                    kind: kind
                        .parse()
                        .unwrap_or(ProjectKind::CooperationDecentralisee),
                    status: status.parse().unwrap_or(ProjectStatus::EnCours),
                    collectivite,
                    collectivite_kind: coll_kind.parse().unwrap_or(CollectiviteKind::Commune),
                    region,
                    departement,
                    partner,
                    country,
                    continent,
                    themes: themes_of.remove(&id).unwrap_or_default(),
                    start_year,
                    end_year,
                    financings: financings_of.remove(&id).unwrap_or_default(),
                    budget_cents,
                    jumelage: partner_id.is_some_and(|p| twinned.contains(&(coll_id, p))),
                    volunteers: volunteers_of.get(&id).copied().unwrap_or(0),
                    objectives,
                    description,
                    point,
                };
                (id, row)
            },
        )
        .collect();
    Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
}
