//! Lists that lead down a level: the projects of the shared filter counted per country,
//! sub-continent, région or département in SQL, with the published Bourse requests per
//! country or sub-continent, as `PlaceFigures` rows.

use std::collections::BTreeMap;

use atlas_domain::{PlaceFigures, ProjectKind};
use diesel::dsl::{count, count_star};
use diesel::prelude::*;

use crate::bourse::criteria::FilterRequests;
use crate::schema::{bourse_requests, collectivites, countries, projects};
use crate::search::filter::{FilterProjects, Resolved};
use crate::stored::Stored;
use crate::{DbConn, DbError};

/// How projects are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    Country,
    Subcontinent,
    /// Région of the lead collectivité.
    Region,
    /// Département of the lead collectivité (`None` key: attached to no département).
    Departement,
}

/// Figures per place key, before names are attached.
#[derive(Debug, Default, Clone)]
pub struct Counted {
    pub collectivites: i64,
    pub partners: i64,
    pub cooperation_projects: i64,
    pub other_actions: i64,
    pub bourse_requests: i64,
}

impl Counted {
    /// The row of a list, named.
    pub fn named(&self, code: String, name: String) -> PlaceFigures {
        PlaceFigures {
            code,
            name,
            collectivites: self.collectivites,
            partners: self.partners,
            projects: self.cooperation_projects + self.other_actions,
            cooperation_projects: self.cooperation_projects,
            other_actions: self.other_actions,
            bourse_requests: self.bourse_requests,
        }
    }
}

/// Counts the matching projects per key: (key, distinct collectivités, distinct partners) and
/// (key, kind, projects).
macro_rules! per_key {
    ($c:expr, $r:expr, $from:expr, $key:expr, $key_ty:ty) => {{
        let people: Vec<($key_ty, i64, i64)> = $from
            .filter(projects::id.eq_any($c.filtered_projects($r).select(projects::id)))
            .group_by($key)
            .select((
                $key,
                count(projects::collectivite_id).aggregate_distinct(),
                count(projects::partner_id).aggregate_distinct(),
            ))
            .load($c)?;
        let kinds: Vec<($key_ty, Stored<ProjectKind>, i64)> = $from
            .filter(projects::id.eq_any($c.filtered_projects($r).select(projects::id)))
            .group_by(($key, projects::kind))
            .select(($key, projects::kind, count_star()))
            .load($c)?;
        (people, kinds)
    }};
}

fn merge(
    people: Vec<(Option<String>, i64, i64)>,
    kinds: Vec<(Option<String>, Stored<ProjectKind>, i64)>,
) -> BTreeMap<Option<String>, Counted> {
    let mut out: BTreeMap<Option<String>, Counted> = BTreeMap::new();
    for (key, collectivites, partners) in people {
        let entry = out.entry(key).or_default();
        entry.collectivites = collectivites;
        entry.partners = partners;
    }
    for (key, Stored(kind), n) in kinds {
        let entry = out.entry(key).or_default();
        match kind {
            ProjectKind::CooperationDecentralisee => entry.cooperation_projects = n,
            ProjectKind::AutreActionExterieure => entry.other_actions = n,
        }
    }
    out
}

fn some<T>(rows: Vec<(String, T, T)>) -> Vec<(Option<String>, T, T)> {
    rows.into_iter().map(|(k, a, b)| (Some(k), a, b)).collect()
}

fn some_kind(
    rows: Vec<(String, Stored<ProjectKind>, i64)>,
) -> Vec<(Option<String>, Stored<ProjectKind>, i64)> {
    rows.into_iter().map(|(k, a, b)| (Some(k), a, b)).collect()
}

/// Figures of the projects (and, on the foreign side, Bourse requests) matching `r`, per key
/// of `grouping`. Keys with neither projects nor requests are absent.
pub fn counted(
    conn: &mut DbConn,
    r: &Resolved,
    grouping: Grouping,
) -> Result<BTreeMap<Option<String>, Counted>, DbError> {
    let (people, kinds, requests) = with_conn!(conn, |c| {
        let ((people, kinds), requests): (_, Vec<(String, i64)>) = match grouping {
            Grouping::Country => {
                let (p, k) = per_key!(c, r, projects::table, projects::country_code, String);
                let requests = match c.filtered_requests(r) {
                    Some(q) => bourse_requests::table
                        .filter(bourse_requests::id.eq_any(q.select(bourse_requests::id)))
                        .group_by(bourse_requests::country_code)
                        .select((bourse_requests::country_code, count_star()))
                        .load(c)?,
                    None => Vec::new(),
                };
                ((some(p), some_kind(k)), requests)
            }
            Grouping::Subcontinent => {
                let (p, k) = per_key!(
                    c,
                    r,
                    projects::table.inner_join(countries::table),
                    countries::subcontinent_code,
                    String
                );
                let requests = match c.filtered_requests(r) {
                    Some(q) => bourse_requests::table
                        .inner_join(countries::table)
                        .filter(bourse_requests::id.eq_any(q.select(bourse_requests::id)))
                        .group_by(countries::subcontinent_code)
                        .select((countries::subcontinent_code, count_star()))
                        .load(c)?,
                    None => Vec::new(),
                };
                ((some(p), some_kind(k)), requests)
            }
            Grouping::Region => (
                per_key!(
                    c,
                    r,
                    projects::table.inner_join(collectivites::table),
                    collectivites::region_code,
                    Option<String>
                ),
                Vec::new(),
            ),
            Grouping::Departement => (
                per_key!(
                    c,
                    r,
                    projects::table.inner_join(collectivites::table),
                    collectivites::departement_code,
                    Option<String>
                ),
                Vec::new(),
            ),
        };
        Ok::<_, diesel::result::Error>((people, kinds, requests))
    })?;
    let mut out = merge(people, kinds);
    for (key, n) in requests {
        out.entry(Some(key)).or_default().bourse_requests = n;
    }
    Ok(out)
}
