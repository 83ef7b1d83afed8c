//! The facet counts computed in SQL: for each dimension, one grouped query over the projects
//! the search matches without that dimension's own criterion. The reference the facet index's
//! in-memory counts are tested against.

use atlas_domain::{CollectiviteKind, ProjectKind, ProjectStatus, WireEnum};
use diesel::dsl::{count, count_star};
use diesel::prelude::*;

use super::{Counts, Dimension, TOP_NAMES, years, yes_no};
use crate::schema::*;
use crate::search::filter::{self, FilterProjects, Resolved};
use crate::stored::Stored;
use crate::{DbConn, DbError};

/// A stored wire name (a project's kind or status, a collectivité's kind) and how many matching
/// projects have it.
#[derive(Queryable)]
struct CodeCount {
    code: String,
    projects: i64,
}

/// A collectivité or partner and how many matching projects it leads.
#[derive(Queryable)]
struct LeadCount {
    id: i32,
    name: String,
    projects: i64,
}

/// A collectivité or partner and how many matching projects it co-participates in.
#[derive(Queryable)]
struct CoCount {
    id: i32,
    projects: i64,
}

/// A financing source, a year, and how many matching projects it co-finances that year.
#[derive(Queryable)]
struct SourceYearCount {
    code: String,
    short_name: String,
    year: i32,
    projects: i64,
}

/// The rows of a closed list's facet: each stored wire name of `column` checked (an unknown
/// one is an error, never an unlabelled value) and labelled.
fn labelled<T: WireEnum>(
    column: &'static str,
    rows: Vec<CodeCount>,
    label: fn(T) -> &'static str,
) -> Result<Counts, DbError> {
    rows.into_iter()
        .map(|row| {
            let value = Stored::<T>::parse(column, &row.code)?;
            Ok((row.code, label(value).to_owned(), row.projects))
        })
        .collect()
}

/// The rows of the collectivité or partner facet: the leads' counts plus their
/// co-participations (the criterion matches both).
fn with_co(leads: Vec<LeadCount>, co: &[CoCount]) -> Counts {
    leads
        .into_iter()
        .map(|lead| {
            let extra = co
                .iter()
                .find(|c| c.id == lead.id)
                .map_or(0, |c| c.projects);
            (lead.id.to_string(), lead.name, lead.projects + extra)
        })
        .collect()
}

/// Counts of `dim`'s values over the projects matching `r` (already without `dim`'s own
/// criterion).
pub(super) fn counts(conn: &mut DbConn, r: &Resolved, dim: Dimension) -> Result<Counts, DbError> {
    // Two-valued criteria: count both sides with the criterion set, through the shared filter.
    let mut both = |set: fn(&mut Resolved, bool)| -> Result<(i64, i64), DbError> {
        let mut yes = r.clone();
        set(&mut yes, true);
        let mut no = r.clone();
        set(&mut no, false);
        Ok((filter::count(conn, &yes)?, filter::count(conn, &no)?))
    };
    match dim {
        Dimension::Jumelage => {
            let c = both(|r, v| r.filter.jumelage = Some(v))?;
            return Ok(yes_no("Jumelage", "Hors jumelage", c));
        }
        Dimension::Volunteers => {
            let c = both(|r, v| r.filter.volunteers = Some(v))?;
            return Ok(yes_no("Avec volontaires", "Sans volontaires", c));
        }
        _ => {}
    }
    let rows = with_conn!(conn, |c| {
        // The filtered ids as a subquery (a macro: the query must not borrow `c` while `c`
        // runs another).
        macro_rules! ids {
            () => {
                c.filtered_projects(r).select(projects::id)
            };
        }
        let named = |rows: Vec<(String, String, i64)>| rows;
        let rows: Counts = match dim {
            Dimension::Kind => labelled(
                "projects.kind",
                projects::table
                    .filter(projects::id.eq_any(ids!()))
                    .group_by(projects::kind)
                    .select((projects::kind, count_star()))
                    .load(c)?,
                ProjectKind::label,
            )?,
            Dimension::Status => labelled(
                "projects.status",
                projects::table
                    .filter(projects::id.eq_any(ids!()))
                    .group_by(projects::status)
                    .select((projects::status, count_star()))
                    .load(c)?,
                ProjectStatus::label,
            )?,
            Dimension::Theme => named(
                project_themes::table
                    .inner_join(themes::table)
                    .filter(project_themes::project_id.eq_any(ids!()))
                    .group_by((themes::code, themes::name_fr))
                    .select((themes::code, themes::name_fr, count_star()))
                    .load(c)?,
            ),
            Dimension::Continent => named(
                projects::table
                    .inner_join(countries::table)
                    .inner_join(
                        continents::table.on(continents::code.eq(countries::continent_code)),
                    )
                    .filter(projects::id.eq_any(ids!()))
                    .group_by((continents::code, continents::name_fr))
                    .select((continents::code, continents::name_fr, count_star()))
                    .load(c)?,
            ),
            Dimension::Subcontinent => named(
                projects::table
                    .inner_join(countries::table.inner_join(subcontinents::table))
                    .filter(projects::id.eq_any(ids!()))
                    .group_by((subcontinents::code, subcontinents::name_fr))
                    .select((subcontinents::code, subcontinents::name_fr, count_star()))
                    .load(c)?,
            ),
            Dimension::Country => named(
                projects::table
                    .inner_join(countries::table)
                    .filter(projects::id.eq_any(ids!()))
                    .group_by((countries::code, countries::name_fr))
                    .select((countries::code, countries::name_fr, count_star()))
                    .load(c)?,
            ),
            Dimension::Region => named(
                projects::table
                    .inner_join(collectivites::table)
                    .inner_join(
                        regions::table.on(collectivites::region_code.eq(regions::code.nullable())),
                    )
                    .filter(projects::id.eq_any(ids!()))
                    .group_by((regions::code, regions::name))
                    .select((regions::code, regions::name, count_star()))
                    .load(c)?,
            ),
            Dimension::Departement => named(
                projects::table
                    .inner_join(collectivites::table.inner_join(departements::table))
                    .filter(projects::id.eq_any(ids!()))
                    .group_by((departements::code, departements::name))
                    .select((departements::code, departements::name, count_star()))
                    .load(c)?,
            ),
            Dimension::CollectiviteKind => labelled(
                "collectivites.kind",
                projects::table
                    .inner_join(collectivites::table)
                    .filter(projects::id.eq_any(ids!()))
                    .group_by(collectivites::kind)
                    .select((collectivites::kind, count_star()))
                    .load(c)?,
                CollectiviteKind::label,
            )?,
            Dimension::Collectivite => {
                // Lead collectivités with the most projects, plus their co-participations
                // (the criterion matches both).
                let lead = projects::table
                    .inner_join(collectivites::table)
                    .filter(projects::id.eq_any(ids!()))
                    .group_by((collectivites::id, collectivites::name))
                    .select((collectivites::id, collectivites::name, count_star()))
                    .order((count_star().desc(), collectivites::id))
                    .limit(TOP_NAMES)
                    .load::<LeadCount>(c)?;
                let top: Vec<i32> = lead.iter().map(|l| l.id).collect();
                let co = project_collectivites::table
                    .filter(project_collectivites::collectivite_id.eq_any(&top))
                    .filter(project_collectivites::project_id.eq_any(ids!()))
                    .group_by(project_collectivites::collectivite_id)
                    .select((project_collectivites::collectivite_id, count_star()))
                    .load::<CoCount>(c)?;
                with_co(lead, &co)
            }
            Dimension::Partner => {
                let lead = projects::table
                    .inner_join(partners::table)
                    .filter(projects::id.eq_any(ids!()))
                    .group_by((partners::id, partners::name))
                    .select((partners::id, partners::name, count_star()))
                    .order((count_star().desc(), partners::id))
                    .limit(TOP_NAMES)
                    .load::<LeadCount>(c)?;
                let top: Vec<i32> = lead.iter().map(|l| l.id).collect();
                let co = project_partners::table
                    .filter(project_partners::partner_id.eq_any(&top))
                    .filter(project_partners::project_id.eq_any(ids!()))
                    .group_by(project_partners::partner_id)
                    .select((project_partners::partner_id, count_star()))
                    .load::<CoCount>(c)?;
                with_co(lead, &co)
            }
            Dimension::Financing => project_financings::table
                .inner_join(financing_sources::table)
                .filter(project_financings::project_id.eq_any(ids!()))
                .group_by((financing_sources::code, financing_sources::short_name))
                .select((
                    financing_sources::code,
                    financing_sources::short_name,
                    count(project_financings::project_id).aggregate_distinct(),
                ))
                .load(c)?,
            Dimension::FinancingYear => project_financings::table
                .inner_join(financing_sources::table)
                .filter(project_financings::project_id.eq_any(ids!()))
                .group_by((
                    financing_sources::code,
                    financing_sources::short_name,
                    project_financings::year,
                ))
                .select((
                    financing_sources::code,
                    financing_sources::short_name,
                    project_financings::year,
                    count(project_financings::project_id).aggregate_distinct(),
                ))
                .load::<SourceYearCount>(c)?
                .into_iter()
                .map(|r| {
                    let value = format!("{}:{}", r.code, r.year);
                    (value, format!("{} {}", r.short_name, r.year), r.projects)
                })
                .collect(),
            Dimension::Year => {
                // Projects per (start, end) pair, then spread over the years each is active.
                let spans = projects::table
                    .filter(projects::id.eq_any(ids!()))
                    .filter(projects::start_year.is_not_null())
                    .group_by((projects::start_year, projects::end_year))
                    .select((projects::start_year, projects::end_year, count_star()))
                    .load::<(Option<i32>, Option<i32>, i64)>(c)?;
                years(&spans)
            }
            Dimension::Jumelage | Dimension::Volunteers => Vec::new(),
        };
        Ok::<_, DbError>(rows)
    })?;
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(code: &str) -> CodeCount {
        CodeCount {
            code: code.to_owned(),
            projects: 3,
        }
    }

    #[test]
    fn known_codes_are_labelled_and_an_unknown_one_fails() {
        let rows = labelled(
            "projects.status",
            vec![row("termine")],
            ProjectStatus::label,
        );
        assert!(matches!(rows.as_deref(), Ok([(v, l, 3)]) if v == "termine" && l == "Terminé"));
        let unknown = labelled(
            "projects.status",
            vec![row("suspendu")],
            ProjectStatus::label,
        );
        assert!(matches!(
            unknown,
            Err(DbError::Stored { column: "projects.status", ref value }) if value == "suspendu"
        ));
    }
}
