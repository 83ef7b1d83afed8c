//! APD (public development aid) by year for any level: received by a country, a
//! sub-continent, a continent; paid by a collectivité or the collectivités of a département or
//! région. Submitted declarations only; sums computed in SQL.

use atlas_domain::{ApdYear, ProjectFilter};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Integer, Text};

use crate::{DbConn, DbError};

/// Whose APD: where it went, or who paid it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApdScope {
    /// Every declaration.
    All,
    Continent(String),
    Subcontinent(String),
    Country(String),
    Region(String),
    Departement(String),
    Collectivite(i32),
    /// A level APD is not declared for (a partner authority).
    None,
}

#[derive(QueryableByName)]
struct Row {
    #[diesel(sql_type = Integer)]
    year: i32,
    #[diesel(sql_type = BigInt)]
    cents: i64,
}

const SELECT: &str = "SELECT d.year AS year, CAST(SUM(l.amount_cents) AS BIGINT) AS cents \
     FROM apd_lines l JOIN apd_declarations d ON d.id = l.declaration_id ";
const GROUP: &str = " GROUP BY d.year ORDER BY d.year";

/// The join and condition of each scope, with the bind placeholder `{}`.
fn condition(scope: &ApdScope) -> Option<(&'static str, &'static str)> {
    Some(match scope {
        ApdScope::All => ("", ""),
        ApdScope::Continent(_) => (
            "JOIN countries c ON c.code = l.country_code ",
            "AND c.continent_code = {}",
        ),
        ApdScope::Subcontinent(_) => (
            "JOIN countries c ON c.code = l.country_code ",
            "AND c.subcontinent_code = {}",
        ),
        ApdScope::Country(_) => ("", "AND l.country_code = {}"),
        ApdScope::Region(_) => (
            "JOIN collectivites k ON k.id = d.collectivite_id ",
            "AND k.region_code = {}",
        ),
        ApdScope::Departement(_) => (
            "JOIN collectivites k ON k.id = d.collectivite_id ",
            "AND k.departement_code = {}",
        ),
        ApdScope::Collectivite(_) => ("", "AND d.collectivite_id = {}"),
        ApdScope::None => return None,
    })
}

/// The bind placeholder of each backend.
trait Placeholder {
    const FIRST: &'static str;
}
impl Placeholder for diesel::SqliteConnection {
    const FIRST: &'static str = "?";
}
impl Placeholder for diesel::PgConnection {
    const FIRST: &'static str = "$1";
}

/// The query text for the connection `_c`'s backend.
fn sql<C: Placeholder>(_c: &C, join: &str, condition: &str) -> String {
    format!(
        "{SELECT}{join}WHERE d.status = 'submitted' {}{GROUP}",
        condition.replace("{}", C::FIRST)
    )
}

/// APD of `scope` by year, oldest first.
pub fn by_year(conn: &mut DbConn, scope: &ApdScope) -> Result<Vec<ApdYear>, DbError> {
    let Some((join, cond)) = condition(scope) else {
        return Ok(Vec::new());
    };
    let rows: Vec<Row> = with_conn!(conn, |c| {
        let query = diesel::sql_query(sql(&*c, join, cond));
        match scope {
            ApdScope::Continent(code)
            | ApdScope::Subcontinent(code)
            | ApdScope::Country(code)
            | ApdScope::Region(code)
            | ApdScope::Departement(code) => query.bind::<Text, _>(code).load(c),
            ApdScope::Collectivite(id) => query.bind::<Integer, _>(*id).load(c),
            ApdScope::All | ApdScope::None => query.load(c),
        }
    })?;
    Ok(rows
        .into_iter()
        .map(|r| ApdYear {
            year: r.year,
            amount_cents: r.cents,
        })
        .collect())
}

impl ApdScope {
    /// The APD a project filter stands for: every declaration when nothing restricts it, one
    /// place's when the filter is exactly that place, none otherwise (APD is declared per
    /// collectivité and country, not per project, so it cannot follow other criteria).
    pub fn of(filter: &ProjectFilter) -> ApdScope {
        use std::mem::take;
        let mut rest = filter.clone();
        let continents = take(&mut rest.continents);
        let subcontinents = take(&mut rest.subcontinents);
        let countries = take(&mut rest.countries);
        let regions = take(&mut rest.regions);
        let departements = take(&mut rest.departements);
        let collectivites = take(&mut rest.collectivites);
        if rest != ProjectFilter::default() {
            return ApdScope::None;
        }
        match (
            &continents[..],
            &subcontinents[..],
            &countries[..],
            &regions[..],
            &departements[..],
            &collectivites[..],
        ) {
            ([], [], [], [], [], []) => ApdScope::All,
            ([code], [], [], [], [], []) => ApdScope::Continent(code.clone()),
            ([], [code], [], [], [], []) => ApdScope::Subcontinent(code.clone()),
            ([], [], [code], [], [], []) => ApdScope::Country(code.clone()),
            ([], [], [], [code], [], []) => ApdScope::Region(code.clone()),
            ([], [], [], [], [code], []) => ApdScope::Departement(code.clone()),
            ([], [], [], [], [], [id]) => ApdScope::Collectivite(*id),
            _ => ApdScope::None,
        }
    }
}

#[cfg(test)]
mod scope_tests {
    use super::*;

    #[test]
    fn a_filter_maps_to_the_apd_of_its_single_place_or_to_none() {
        assert_eq!(ApdScope::of(&ProjectFilter::default()), ApdScope::All);
        let country = ProjectFilter {
            countries: vec!["SN".to_owned()],
            ..ProjectFilter::default()
        };
        assert_eq!(ApdScope::of(&country), ApdScope::Country("SN".to_owned()));
        let two = ProjectFilter {
            countries: vec!["SN".to_owned(), "ML".to_owned()],
            ..ProjectFilter::default()
        };
        assert_eq!(ApdScope::of(&two), ApdScope::None);
        let crossed = ProjectFilter {
            countries: vec!["SN".to_owned()],
            themes: vec!["eau-assainissement".to_owned()],
            ..ProjectFilter::default()
        };
        assert_eq!(ApdScope::of(&crossed), ApdScope::None);
        let collectivite = ProjectFilter {
            collectivites: vec![7],
            ..ProjectFilter::default()
        };
        assert_eq!(ApdScope::of(&collectivite), ApdScope::Collectivite(7));
    }
}
