//! The figures of one level (`atlas_domain::Figures`): the projects of the shared project
//! filter counted in SQL — distinct collectivités, partners and countries, kinds, twinnings,
//! themes, continents, collectivité types — plus its Bourse requests and APD by year.
//!
//! A level is a resolved filter (`continent=afrique`, `region=84`, `partner=12`…), so every
//! page counts exactly what search and the map layers would show for the same criteria.

use atlas_domain::{CollectiviteKind, Figures, ProjectKind, Share};
use diesel::dsl::{count, count_star};
use diesel::prelude::*;

use crate::bourse::criteria::FilterRequests;
use crate::figures::apd::{self, ApdScope};
use crate::schema::{
    collectivites, continents, countries, partnerships, project_themes, projects, themes,
};
use crate::search::filter::{FilterProjects, Resolved};
use crate::stored::Stored;
use crate::{DbConn, DbError};

/// What the matching projects involve, each counted once.
#[derive(Queryable)]
struct Counts {
    collectivites: i64,
    partners: i64,
    countries: i64,
    projects: i64,
}

/// Figures of the projects matching `r`, with the APD of `apd`.
pub fn figures(conn: &mut DbConn, r: &Resolved, apd: &ApdScope) -> Result<Figures, DbError> {
    let (counts, kinds, themes, continents, collectivite_kinds, jumelages, requests) =
        with_conn!(conn, |c| {
            // The ids of the matching projects, as a subquery (a macro: each use borrows `c`
            // only while the query is built).
            macro_rules! ids {
                () => {
                    c.filtered_projects(r).select(projects::id)
                };
            }
            let counts: Counts = c
                .filtered_projects(r)
                .select((
                    count(projects::collectivite_id).aggregate_distinct(),
                    count(projects::partner_id).aggregate_distinct(),
                    count(projects::country_code).aggregate_distinct(),
                    count_star(),
                ))
                .first(c)?;
            let kinds: Vec<(Stored<ProjectKind>, i64)> = projects::table
                .filter(projects::id.eq_any(ids!()))
                .group_by(projects::kind)
                .select((projects::kind, count_star()))
                .load(c)?;
            let themes: Vec<(String, String, i64)> = project_themes::table
                .inner_join(themes::table)
                .filter(project_themes::project_id.eq_any(ids!()))
                .group_by((themes::code, themes::name_fr))
                .select((themes::code, themes::name_fr, count_star()))
                .load(c)?;
            let continents: Vec<(String, String, i64)> = projects::table
                .inner_join(countries::table)
                .inner_join(continents::table.on(continents::code.eq(countries::continent_code)))
                .filter(projects::id.eq_any(ids!()))
                .group_by((continents::code, continents::name_fr))
                .select((continents::code, continents::name_fr, count_star()))
                .load(c)?;
            let collectivite_kinds: Vec<(Stored<CollectiviteKind>, i64)> = projects::table
                .inner_join(collectivites::table)
                .filter(projects::id.eq_any(ids!()))
                .group_by(collectivites::kind)
                .select((collectivites::kind, count_star()))
                .load(c)?;
            // Twinned pairs among the pairs of these projects (a join, not a correlated
            // EXISTS: SQLite 3.53 re-runs the filter's subquery for each partnership then).
            let jumelages: i64 = projects::table
                .inner_join(
                    partnerships::table.on(partnerships::collectivite_id
                        .eq(projects::collectivite_id)
                        .and(partnerships::partner_id.nullable().eq(projects::partner_id))),
                )
                .filter(partnerships::is_jumelage.eq(true))
                .filter(projects::id.eq_any(ids!()))
                .select(count(partnerships::id).aggregate_distinct())
                .first(c)?;
            let requests: i64 = match c.filtered_requests(r) {
                Some(q) => q.count().get_result(c)?,
                None => 0,
            };
            Ok::<_, diesel::result::Error>((
                counts,
                kinds,
                themes,
                continents,
                collectivite_kinds,
                jumelages,
                requests,
            ))
        })?;
    let kind = |k: ProjectKind| {
        kinds
            .iter()
            .find(|(Stored(kind), _)| *kind == k)
            .map_or(0, |(_, n)| *n)
    };
    let shares = |rows: Vec<(String, String, i64)>| {
        let mut shares: Vec<Share> = rows
            .into_iter()
            .map(|(code, label, count)| Share { code, label, count })
            .collect();
        shares.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
        shares
    };
    let collectivite_kinds = collectivite_kinds
        .into_iter()
        .map(|(Stored(kind), n)| (kind.as_str().to_owned(), kind.label().to_owned(), n))
        .collect();
    Ok(Figures {
        collectivites: counts.collectivites,
        partners: counts.partners,
        countries: counts.countries,
        projects: counts.projects,
        cooperation_projects: kind(ProjectKind::CooperationDecentralisee),
        other_actions: kind(ProjectKind::AutreActionExterieure),
        jumelages,
        bourse_requests: requests,
        by_theme: shares(themes),
        by_continent: shares(continents),
        by_collectivite_kind: shares(collectivite_kinds),
        apd_by_year: apd::by_year(conn, apd)?,
    })
}
