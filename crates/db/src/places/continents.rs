//! Continents with their figures (the first level of the world access).

use std::collections::BTreeMap;

use atlas_domain::{Continent, ProjectKind};
use diesel::dsl::count_star;
use diesel::prelude::*;

use crate::bourse::PUBLISHED;
use crate::models::ContinentRow;
use crate::projects::ARCHIVED;
use crate::schema::{bourse_requests, continents, countries, projects, subcontinents};
use crate::stored::Stored;
use crate::{DbConn, DbError};

pub fn list(conn: &mut DbConn) -> Result<Vec<Continent>, DbError> {
    let activity = crate::figures::stats::by_continent(conn)?;
    let (rows, reference, subs, kinds, bourse) = with_conn!(conn, |c| {
        let rows = continents::table
            .order(continents::position)
            .select(ContinentRow::as_select())
            .load(c)?;
        let reference = countries::table
            .group_by(countries::continent_code)
            .select((countries::continent_code, count_star()))
            .load::<(String, i64)>(c)?;
        let subs = subcontinents::table
            .group_by(subcontinents::continent_code)
            .select((subcontinents::continent_code, count_star()))
            .load::<(String, i64)>(c)?;
        let kinds = projects::table
            .inner_join(countries::table)
            .filter(projects::status.ne(ARCHIVED))
            .group_by((countries::continent_code, projects::kind))
            .select((countries::continent_code, projects::kind, count_star()))
            .load::<(String, Stored<ProjectKind>, i64)>(c)?;
        let bourse = bourse_requests::table
            .inner_join(countries::table)
            .filter(bourse_requests::status.eq(PUBLISHED))
            .group_by(countries::continent_code)
            .select((countries::continent_code, count_star()))
            .load::<(String, i64)>(c)?;
        Ok::<_, diesel::result::Error>((rows, reference, subs, kinds, bourse))
    })?;
    let reference: BTreeMap<_, _> = reference.into_iter().collect();
    let subs: BTreeMap<_, _> = subs.into_iter().collect();
    let bourse: BTreeMap<_, _> = bourse.into_iter().collect();
    let kind = |code: &str, kind: ProjectKind| {
        kinds
            .iter()
            .find(|(c, Stored(k), _)| c == code && *k == kind)
            .map_or(0, |(_, _, n)| *n)
    };
    Ok(rows
        .into_iter()
        .map(|row| {
            let (collectivites, partners, active_countries) = activity
                .iter()
                .find(|a| a.code == row.code)
                .map_or((0, 0, 0), |a| (a.collectivites, a.partners, a.countries));
            Continent {
                country_count: reference.get(&row.code).copied().unwrap_or(0),
                subcontinent_count: subs.get(&row.code).copied().unwrap_or(0),
                collectivites,
                partners,
                active_countries,
                cooperation_projects: kind(&row.code, ProjectKind::CooperationDecentralisee),
                other_actions: kind(&row.code, ProjectKind::AutreActionExterieure),
                bourse_requests: bourse.get(&row.code).copied().unwrap_or(0),
                code: row.code,
                name_fr: row.name_fr,
                name_en: row.name_en,
            }
        })
        .collect())
}
