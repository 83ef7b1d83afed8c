//! Facet counts of a project search, every one in SQL: each criterion's values counted over
//! the projects matching every OTHER criterion (disjunctive faceting), so a user sees what
//! ticking one more value of the same criterion would add.

use atlas_domain::{CollectiviteKind, Facet, FacetValue, ProjectKind, ProjectStatus};
use diesel::dsl::{count, count_star};
use diesel::prelude::*;

use crate::schema::*;
use crate::search::filter::{self, FilterProjects, Resolved};
use crate::{DbConn, DbError};

/// Collectivités and partners shown in their facets, at most (most projects first).
pub(crate) const TOP_NAMES: i64 = 20;

/// The criteria that have a facet, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dimension {
    Kind,
    Theme,
    Continent,
    Subcontinent,
    Country,
    Region,
    Departement,
    CollectiviteKind,
    Collectivite,
    Partner,
    Financing,
    FinancingYear,
    Year,
    Jumelage,
    Volunteers,
    Status,
}

impl Dimension {
    pub const ALL: [Dimension; 16] = [
        Dimension::Kind,
        Dimension::Theme,
        Dimension::Continent,
        Dimension::Subcontinent,
        Dimension::Country,
        Dimension::Region,
        Dimension::Departement,
        Dimension::CollectiviteKind,
        Dimension::Collectivite,
        Dimension::Partner,
        Dimension::Financing,
        Dimension::FinancingYear,
        Dimension::Year,
        Dimension::Jumelage,
        Dimension::Volunteers,
        Dimension::Status,
    ];

    /// (facet name, query parameter, French label, one value per project).
    fn describe(self) -> (&'static str, &'static str, &'static str, bool) {
        match self {
            Dimension::Kind => ("kind", "kind", "Type d'action", true),
            Dimension::Theme => ("theme", "theme", "Thématiques", false),
            Dimension::Continent => ("continent", "continent", "Continent", true),
            Dimension::Subcontinent => ("subcontinent", "subcontinent", "Sous-continent", true),
            Dimension::Country => ("country", "country", "Pays", true),
            Dimension::Region => ("region", "region", "Région (collectivité)", true),
            Dimension::Departement => (
                "departement",
                "departement",
                "Département (collectivité)",
                true,
            ),
            Dimension::CollectiviteKind => (
                "collectivite_kind",
                "collectivite_kind",
                "Type de collectivité",
                true,
            ),
            Dimension::Collectivite => ("collectivite", "collectivite", "Collectivité", false),
            Dimension::Partner => ("partner", "partner", "Autorité partenaire", false),
            Dimension::Financing => ("financing", "financing", "Cofinancement", false),
            Dimension::FinancingYear => (
                "financing_year",
                "financing",
                "Cofinancement par année",
                false,
            ),
            Dimension::Year => ("year", "year", "Années d'activité", false),
            Dimension::Jumelage => ("jumelage", "jumelage", "Jumelage", true),
            Dimension::Volunteers => ("volunteers", "volunteers", "Volontaires", true),
            Dimension::Status => ("status", "status", "Statut", true),
        }
    }

    /// `r` without this dimension's criterion.
    fn without(self, r: &Resolved) -> Resolved {
        let mut r = r.clone();
        let f = &mut r.filter;
        match self {
            Dimension::Kind => f.kinds.clear(),
            Dimension::Theme => {
                f.themes.clear();
                r.theme_ids.clear();
            }
            Dimension::Continent => f.continents.clear(),
            Dimension::Subcontinent => f.subcontinents.clear(),
            Dimension::Country => f.countries.clear(),
            Dimension::Region => f.regions.clear(),
            Dimension::Departement => f.departements.clear(),
            Dimension::CollectiviteKind => f.collectivite_kinds.clear(),
            Dimension::Collectivite => f.collectivites.clear(),
            Dimension::Partner => f.partners.clear(),
            Dimension::Financing | Dimension::FinancingYear => {
                f.financings.clear();
                r.financings.clear();
            }
            Dimension::Year => {
                f.year_from = None;
                f.year_to = None;
            }
            Dimension::Jumelage => f.jumelage = None,
            Dimension::Volunteers => f.volunteers = None,
            // Every status, archived ones included, so users can find them.
            Dimension::Status => f.statuses = ProjectStatus::ALL.to_vec(),
        }
        r
    }

    /// The values the query selects in this dimension.
    fn selected(self, r: &Resolved) -> Vec<String> {
        let f = &r.filter;
        let strings = |v: &[String]| v.to_vec();
        let ids = |v: &[i32]| v.iter().map(i32::to_string).collect();
        match self {
            Dimension::Kind => f.kinds.iter().map(|k| k.as_str().to_owned()).collect(),
            Dimension::Theme => strings(&f.themes),
            Dimension::Continent => strings(&f.continents),
            Dimension::Subcontinent => strings(&f.subcontinents),
            Dimension::Country => strings(&f.countries),
            Dimension::Region => strings(&f.regions),
            Dimension::Departement => strings(&f.departements),
            Dimension::CollectiviteKind => f
                .collectivite_kinds
                .iter()
                .map(|k| k.as_str().to_owned())
                .collect(),
            Dimension::Collectivite => ids(&f.collectivites),
            Dimension::Partner => ids(&f.partners),
            Dimension::Financing => f
                .financings
                .iter()
                .filter(|c| c.year.is_none())
                .map(|c| c.source.clone())
                .collect(),
            Dimension::FinancingYear => f
                .financings
                .iter()
                .filter_map(|c| c.year.map(|y| format!("{}:{y}", c.source)))
                .collect(),
            Dimension::Year => match (f.year_from, f.year_to) {
                (None, None) => Vec::new(),
                (from, to) => (from.unwrap_or(1900)..=to.unwrap_or(2100))
                    .map(|y| y.to_string())
                    .collect(),
            },
            Dimension::Jumelage => f.jumelage.map(|b| b.to_string()).into_iter().collect(),
            Dimension::Volunteers => f.volunteers.map(|b| b.to_string()).into_iter().collect(),
            Dimension::Status => f.statuses.iter().map(|s| s.as_str().to_owned()).collect(),
        }
    }
}

/// (value, label, count) rows of one facet.
pub(crate) type Counts = Vec<(String, String, i64)>;

pub(crate) fn yes_no(yes: &str, no: &str, counts: (i64, i64)) -> Counts {
    vec![
        ("true".to_owned(), yes.to_owned(), counts.0),
        ("false".to_owned(), no.to_owned(), counts.1),
    ]
}

/// Counts of `dim`'s values over the projects matching `r` (already without `dim`'s own
/// criterion).
fn counts(conn: &mut DbConn, r: &Resolved, dim: Dimension) -> Result<Counts, DbError> {
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
            Dimension::Kind | Dimension::Status => {
                let column_rows = if dim == Dimension::Kind {
                    projects::table
                        .filter(projects::id.eq_any(ids!()))
                        .group_by(projects::kind)
                        .select((projects::kind, count_star()))
                        .load::<(String, i64)>(c)?
                } else {
                    projects::table
                        .filter(projects::id.eq_any(ids!()))
                        .group_by(projects::status)
                        .select((projects::status, count_star()))
                        .load::<(String, i64)>(c)?
                };
                column_rows
                    .into_iter()
                    .map(|(v, n)| {
                        let label = v
                            .parse::<ProjectKind>()
                            .map(|k| k.label())
                            .or_else(|_| v.parse::<ProjectStatus>().map(|s| s.label()))
                            .unwrap_or("")
                            .to_owned();
                        (v, label, n)
                    })
                    .collect()
            }
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
            Dimension::CollectiviteKind => projects::table
                .inner_join(collectivites::table)
                .filter(projects::id.eq_any(ids!()))
                .group_by(collectivites::kind)
                .select((collectivites::kind, count_star()))
                .load::<(String, i64)>(c)?
                .into_iter()
                .map(|(v, n)| {
                    let label = v
                        .parse::<CollectiviteKind>()
                        .map(|k| k.label())
                        .unwrap_or("");
                    (v, label.to_owned(), n)
                })
                .collect(),
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
                    .load::<(i32, String, i64)>(c)?;
                let top: Vec<i32> = lead.iter().map(|l| l.0).collect();
                let co = project_collectivites::table
                    .filter(project_collectivites::collectivite_id.eq_any(&top))
                    .filter(project_collectivites::project_id.eq_any(ids!()))
                    .group_by(project_collectivites::collectivite_id)
                    .select((project_collectivites::collectivite_id, count_star()))
                    .load::<(i32, i64)>(c)?;
                lead.into_iter()
                    .map(|(id, name, n)| {
                        let extra = co.iter().find(|x| x.0 == id).map_or(0, |x| x.1);
                        (id.to_string(), name, n + extra)
                    })
                    .collect()
            }
            Dimension::Partner => {
                let lead = projects::table
                    .inner_join(partners::table)
                    .filter(projects::id.eq_any(ids!()))
                    .group_by((partners::id, partners::name))
                    .select((partners::id, partners::name, count_star()))
                    .order((count_star().desc(), partners::id))
                    .limit(TOP_NAMES)
                    .load::<(i32, String, i64)>(c)?;
                let top: Vec<i32> = lead.iter().map(|l| l.0).collect();
                let co = project_partners::table
                    .filter(project_partners::partner_id.eq_any(&top))
                    .filter(project_partners::project_id.eq_any(ids!()))
                    .group_by(project_partners::partner_id)
                    .select((project_partners::partner_id, count_star()))
                    .load::<(i32, i64)>(c)?;
                lead.into_iter()
                    .map(|(id, name, n)| {
                        let extra = co.iter().find(|x| x.0 == id).map_or(0, |x| x.1);
                        (id.to_string(), name, n + extra)
                    })
                    .collect()
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
                .load::<(String, String, i32, i64)>(c)?
                .into_iter()
                .map(|(code, name, year, n)| {
                    (format!("{code}:{year}"), format!("{name} {year}"), n)
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
        Ok::<_, diesel::result::Error>(rows)
    })?;
    Ok(rows)
}

/// Active projects per year from (start, end, count) spans; an open end runs to the latest
/// year any span mentions.
pub(crate) fn years(spans: &[(Option<i32>, Option<i32>, i64)]) -> Counts {
    let last = spans.iter().flat_map(|(s, e, _)| [*s, *e]).flatten().max();
    let first = spans.iter().filter_map(|(s, _, _)| *s).min();
    let (Some(first), Some(last)) = (first, last) else {
        return Vec::new();
    };
    (first..=last)
        .map(|y| {
            let n = spans
                .iter()
                .filter(|(s, e, _)| s.is_some_and(|s| s <= y) && e.is_none_or(|e| e >= y))
                .map(|(_, _, n)| n)
                .sum();
            (y.to_string(), y.to_string(), n)
        })
        .filter(|(_, _, n)| *n > 0)
        .collect()
}

/// Every facet of the search `r`.
pub fn facets(conn: &mut DbConn, r: &Resolved) -> Result<Vec<Facet>, DbError> {
    Dimension::ALL
        .iter()
        .map(|dim| facet(conn, r, *dim))
        .collect()
}

/// One facet of the search `r`.
pub fn facet(conn: &mut DbConn, r: &Resolved, dim: Dimension) -> Result<Facet, DbError> {
    let rows = counts(conn, &dim.without(r), dim)?;
    Ok(assemble(r, dim, rows))
}

/// The facet of `dim` for the search `r` from its (value, label, count) rows: selected values
/// marked (and kept when nothing matches them any more), in the facet's display order.
pub(crate) fn assemble(r: &Resolved, dim: Dimension, rows: Counts) -> Facet {
    let (name, param, label, exclusive) = dim.describe();
    let selected = dim.selected(r);
    let mut values: Vec<FacetValue> = rows
        .into_iter()
        .filter(|(value, _, n)| *n > 0 || selected.contains(value))
        .map(|(value, label, count)| FacetValue {
            selected: selected.contains(&value),
            value,
            label,
            count,
        })
        .collect();
    // Selected values nothing matches any more stay visible (so they can be unticked).
    for value in &selected {
        if dim != Dimension::Year && !values.iter().any(|v| &v.value == value) {
            values.push(FacetValue {
                value: value.clone(),
                label: value.clone(),
                count: 0,
                selected: true,
            });
        }
    }
    match dim {
        Dimension::Kind | Dimension::Status | Dimension::Jumelage | Dimension::Volunteers => {
            let order = |v: &str| -> usize {
                ProjectKind::ALL
                    .iter()
                    .position(|k| k.as_str() == v)
                    .or_else(|| ProjectStatus::ALL.iter().position(|s| s.as_str() == v))
                    .unwrap_or(usize::from(v == "false"))
            };
            values.sort_by_key(|v| order(&v.value));
        }
        Dimension::Year => values.sort_by_key(|v| v.value.parse::<i32>().unwrap_or(0)),
        Dimension::FinancingYear => values.sort_by(|a, b| a.value.cmp(&b.value)),
        _ => values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label))),
    }
    Facet {
        name: name.to_owned(),
        param: param.to_owned(),
        label: label.to_owned(),
        exclusive,
        values,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_spread_over_their_years() {
        let counts = years(&[(Some(2010), Some(2012), 2), (Some(2011), None, 1)]);
        let n: Vec<(String, i64)> = counts.into_iter().map(|(v, _, n)| (v, n)).collect();
        assert_eq!(
            n,
            [("2010".into(), 2), ("2011".into(), 3), ("2012".into(), 3)]
        );
    }
}
