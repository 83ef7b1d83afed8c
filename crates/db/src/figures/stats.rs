//! Headline figures and the per-continent table.

use atlas_domain::{ContinentFigures, DEMO_LABEL, DatasetInfo, ProjectKind, Stats, Totals};
use diesel::dsl::{count, count_star};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Integer};

use crate::bourse::PUBLISHED;
use crate::meta::{self, DEMO, DEMO_GENERATED, DEMO_SCALE, DEMO_SEED};
use crate::models::ContinentRow;
use crate::projects::ARCHIVED;
use crate::schema::{bourse_requests, continents, countries, partnerships, projects};
use crate::stored::Stored;
use crate::{DbConn, DbError};

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// What the active projects involve, each counted once.
#[derive(Queryable)]
struct Activity {
    collectivites: i64,
    partners: i64,
    countries: i64,
    projects: i64,
}

/// The same per continent.
#[derive(Queryable)]
struct ContinentActivity {
    continent_code: String,
    #[diesel(embed)]
    activity: Activity,
}

#[derive(QueryableByName)]
struct YearAmount {
    #[diesel(sql_type = Integer)]
    year: i32,
    #[diesel(sql_type = BigInt)]
    cents: i64,
}

/// Which dataset the figures come from, read from `dataset_meta`.
pub fn dataset_info(conn: &mut DbConn) -> Result<DatasetInfo, DbError> {
    let demo = meta::get(conn, DEMO)?.is_some_and(|v| v == "true");
    Ok(DatasetInfo {
        demo,
        label: demo.then(|| DEMO_LABEL.to_owned()),
        seed: number(conn, DEMO_SEED)?,
        scale: number(conn, DEMO_SCALE)?,
        generated_at: meta::get(conn, DEMO_GENERATED)?,
    })
}

/// A number stored under `key` of `dataset_meta`, if set; a value that is no number fails.
fn number<T: std::str::FromStr>(
    conn: &mut DbConn,
    key: &'static str,
) -> Result<Option<T>, DbError> {
    meta::get(conn, key)?
        .map(|text| text.parse().map_err(|_| DbError::stored(key, text)))
        .transpose()
}

pub fn stats(conn: &mut DbConn) -> Result<Stats, DbError> {
    let dataset = dataset_info(conn)?;
    let by_continent = by_continent(conn)?;
    let (totals_row, kinds, jumelages, bourse, apd) = with_conn!(conn, |c| {
        let totals_row = projects::table
            .filter(projects::status.ne(ARCHIVED))
            .select((
                count(projects::collectivite_id).aggregate_distinct(),
                count(projects::partner_id).aggregate_distinct(),
                count(projects::country_code).aggregate_distinct(),
                count_star(),
            ))
            .first::<Activity>(c)?;
        let kinds = projects::table
            .filter(projects::status.ne(ARCHIVED))
            .group_by(projects::kind)
            .select((projects::kind, count_star()))
            .load::<(Stored<ProjectKind>, i64)>(c)?;
        let jumelages = partnerships::table
            .filter(partnerships::is_jumelage.eq(true))
            .count()
            .get_result::<i64>(c)?;
        let requests = bourse_requests::table
            .filter(bourse_requests::status.eq(PUBLISHED))
            .select((
                count_star(),
                count(bourse_requests::country_code).aggregate_distinct(),
            ))
            .first::<(i64, i64)>(c)?;
        let authorities = diesel::sql_query(
            "SELECT COUNT(*) AS n FROM (SELECT DISTINCT authority_name, country_code \
             FROM bourse_requests WHERE status = 'published') AS a",
        )
        .get_result::<Count>(c)?
        .n;
        let apd = diesel::sql_query(
            "SELECT d.year AS year, CAST(COALESCE(SUM(l.amount_cents), 0) AS BIGINT) AS cents \
             FROM apd_declarations d JOIN apd_lines l ON l.declaration_id = d.id \
             WHERE d.status = 'submitted' GROUP BY d.year ORDER BY d.year DESC LIMIT 1",
        )
        .get_result::<YearAmount>(c)
        .optional()?;
        Ok::<_, diesel::result::Error>((totals_row, kinds, jumelages, (requests, authorities), apd))
    })?;

    let kind_count = |kind: ProjectKind| {
        kinds
            .iter()
            .find(|(Stored(k), _)| *k == kind)
            .map_or(0, |(_, n)| *n)
    };
    let ((bourse_requests, bourse_countries), bourse_authorities) = bourse;
    let totals = Totals {
        collectivites: totals_row.collectivites,
        partners: totals_row.partners,
        countries: totals_row.countries,
        projects: totals_row.projects,
        cooperation_projects: kind_count(ProjectKind::CooperationDecentralisee),
        other_actions: kind_count(ProjectKind::AutreActionExterieure),
        jumelages,
        bourse_requests,
        bourse_authorities,
        bourse_countries,
        apd_year: apd.as_ref().map(|a| a.year),
        apd_amount_cents: apd.map(|a| a.cents),
    };
    Ok(Stats {
        dataset,
        totals,
        by_continent,
    })
}

/// The per-continent table: continents with active projects, in the Atlas's order, with their
/// distinct collectivités, partners and countries and their project count. A collectivité
/// active on several continents counts in each.
pub fn by_continent(conn: &mut DbConn) -> Result<Vec<ContinentFigures>, DbError> {
    let (continent_rows, activity) = with_conn!(conn, |c| {
        let continent_rows = continents::table
            .order(continents::position)
            .select(ContinentRow::as_select())
            .load(c)?;
        let activity = projects::table
            .inner_join(countries::table)
            .filter(projects::status.ne(ARCHIVED))
            .group_by(countries::continent_code)
            .select((
                countries::continent_code,
                (
                    count(projects::collectivite_id).aggregate_distinct(),
                    count(projects::partner_id).aggregate_distinct(),
                    count(projects::country_code).aggregate_distinct(),
                    count_star(),
                ),
            ))
            .load::<ContinentActivity>(c)?;
        Ok::<_, diesel::result::Error>((continent_rows, activity))
    })?;
    Ok(continent_rows
        .into_iter()
        .filter_map(|continent| {
            let active = &activity
                .iter()
                .find(|row| row.continent_code == continent.code)?
                .activity;
            Some(ContinentFigures {
                code: continent.code,
                name_fr: continent.name_fr,
                name_en: continent.name_en,
                collectivites: active.collectivites,
                partners: active.partners,
                countries: active.countries,
                projects: active.projects,
            })
        })
        .collect())
}
