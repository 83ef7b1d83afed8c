//! Applies a [`ProjectFilter`] to projects, on both backends: the one implementation behind
//! search, map layers, lists and exports.
//!
//! [`resolve`] first checks every code against the reference tables (an unknown theme,
//! source or place is a field error, not an empty result) and turns codes into ids; then
//! `conn.filtered_projects(&resolved)` gives a boxed diesel query on `projects` with every
//! criterion applied. Only the full-text clause differs by backend.

use atlas_domain::{FieldError, ProjectFilter};
use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{Bool, Text};

use crate::schema::*;
use crate::stored::Stored;
use crate::{DbConn, DbError};

/// A filter whose codes exist, with theme and financing codes turned into ids.
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    pub filter: ProjectFilter,
    pub theme_ids: Vec<i32>,
    /// (source id, optional year) pairs, OR-ed.
    pub financings: Vec<(i32, Option<i32>)>,
}

/// Checks codes and resolves ids. `Ok(Err(errors))` when some code is unknown.
pub fn resolve(
    conn: &mut DbConn,
    filter: &ProjectFilter,
) -> Result<Result<Resolved, Vec<FieldError>>, DbError> {
    let f = filter;
    let source_codes: Vec<&str> = f.financings.iter().map(|c| c.source.as_str()).collect();
    // Only the criteria that are set are looked up (most requests set one or two).
    let found = with_conn!(conn, |c| {
        let themes = if f.themes.is_empty() {
            Vec::new()
        } else {
            themes::table
                .filter(themes::code.eq_any(&f.themes))
                .select((themes::code, themes::id))
                .load::<(String, i32)>(c)?
        };
        let sources = if source_codes.is_empty() {
            Vec::new()
        } else {
            financing_sources::table
                .filter(financing_sources::code.eq_any(&source_codes))
                .select((financing_sources::code, financing_sources::id))
                .load::<(String, i32)>(c)?
        };
        let continents = if f.continents.is_empty() {
            Vec::new()
        } else {
            continents::table
                .filter(continents::code.eq_any(&f.continents))
                .select(continents::code)
                .load::<String>(c)?
        };
        let subcontinents = if f.subcontinents.is_empty() {
            Vec::new()
        } else {
            subcontinents::table
                .filter(subcontinents::code.eq_any(&f.subcontinents))
                .select(subcontinents::code)
                .load::<String>(c)?
        };
        let countries = if f.countries.is_empty() {
            Vec::new()
        } else {
            countries::table
                .filter(countries::code.eq_any(&f.countries))
                .select(countries::code)
                .load::<String>(c)?
        };
        let regions = if f.regions.is_empty() {
            Vec::new()
        } else {
            regions::table
                .filter(regions::code.eq_any(&f.regions))
                .select(regions::code)
                .load::<String>(c)?
        };
        let departements = if f.departements.is_empty() {
            Vec::new()
        } else {
            departements::table
                .filter(departements::code.eq_any(&f.departements))
                .select(departements::code)
                .load::<String>(c)?
        };
        Ok::<_, diesel::result::Error>((
            themes,
            sources,
            continents,
            subcontinents,
            countries,
            regions,
            departements,
        ))
    })?;
    let (themes, sources, continents, subcontinents, countries, regions, departements) = found;

    let mut errors = Vec::new();
    let mut unknown = |field: &str, asked: &[String], known: &[String]| {
        for code in asked.iter().filter(|c| !known.contains(c)) {
            errors.push(FieldError::unknown_code(field, code));
        }
    };
    let theme_codes: Vec<String> = themes.iter().map(|(c, _)| c.clone()).collect();
    unknown("theme", &f.themes, &theme_codes);
    let asked_sources: Vec<String> = source_codes.iter().map(|s| (*s).to_owned()).collect();
    let known_sources: Vec<String> = sources.iter().map(|(c, _)| c.clone()).collect();
    unknown("financing", &asked_sources, &known_sources);
    unknown("continent", &f.continents, &continents);
    unknown("subcontinent", &f.subcontinents, &subcontinents);
    unknown("country", &f.countries, &countries);
    unknown("region", &f.regions, &regions);
    unknown("departement", &f.departements, &departements);
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let financings = f
        .financings
        .iter()
        .filter_map(|c| {
            sources
                .iter()
                .find(|(code, _)| *code == c.source)
                .map(|(_, id)| (*id, c.year))
        })
        .collect();
    Ok(Ok(Resolved {
        filter: f.clone(),
        theme_ids: themes.into_iter().map(|(_, id)| id).collect(),
        financings,
    }))
}

/// The full-text condition of each backend, over the words of [`atlas_domain::query::keywords`]
/// (letters and digits only, so they cannot break either query syntax).
pub(crate) trait Fulltext {
    /// SQL that keeps projects matching the bound query string, up to the closing parenthesis.
    const MATCH_SQL: &'static str;
    /// SQL of a project's relevance for the bound query string (lower is better), up to the
    /// closing [`Fulltext::RANK_CLOSE`]; title matches weigh most, places least.
    const RANK_SQL: &'static str;
    /// What closes `RANK_SQL` after the bound string.
    const RANK_CLOSE: &'static str;
    /// The query string bound into `MATCH_SQL`: every word required, the last one as a prefix.
    fn match_query(words: &[String]) -> String;
}

impl Fulltext for diesel::SqliteConnection {
    const MATCH_SQL: &'static str =
        "projects.id IN (SELECT rowid FROM project_fts WHERE project_fts MATCH ";
    const RANK_SQL: &'static str = "(SELECT bm25(project_fts, 8.0, 2.0, 1.0) FROM project_fts \
         WHERE project_fts.rowid = projects.id AND project_fts MATCH ";
    const RANK_CLOSE: &'static str = ")";
    fn match_query(words: &[String]) -> String {
        let last = words.len().saturating_sub(1);
        words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                if i == last {
                    format!("\"{w}\"*")
                } else {
                    format!("\"{w}\"")
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

impl Fulltext for diesel::PgConnection {
    const MATCH_SQL: &'static str = "projects.id IN (SELECT project_id FROM project_texts \
         WHERE document @@ to_tsquery('french', atlas_unaccent(";
    const RANK_SQL: &'static str = "(SELECT -ts_rank(t.document, to_tsquery('french', \
         atlas_unaccent(";
    const RANK_CLOSE: &'static str = "))) FROM project_texts t WHERE t.project_id = projects.id)";
    fn match_query(words: &[String]) -> String {
        let last = words.len().saturating_sub(1);
        words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                if i == last {
                    format!("{w}:*")
                } else {
                    w.clone()
                }
            })
            .collect::<Vec<_>>()
            .join(" & ")
    }
}

/// Filtered project queries, for both connection types.
pub trait FilterProjects {
    type Db: diesel::backend::Backend;
    /// Projects matching every criterion of `r`, as a boxed query to refine (order, paginate,
    /// count, join, or use as a subquery of ids).
    fn filtered_projects<'a>(&self, r: &'a Resolved) -> projects::BoxedQuery<'a, Self::Db>;
}

macro_rules! impl_filter_projects {
    ($conn:ty, $db:ty, $close:expr) => {
        impl FilterProjects for $conn {
            type Db = $db;

            fn filtered_projects<'a>(&self, r: &'a Resolved) -> projects::BoxedQuery<'a, $db> {
                let f = &r.filter;
                let mut q = projects::table.into_boxed::<$db>();
                if f.statuses.is_empty() {
                    q = q.filter(projects::status.ne(crate::projects::ARCHIVED));
                } else {
                    q = q.filter(projects::status.eq_any(f.statuses.iter().copied().map(Stored).collect::<Vec<_>>()));
                }
                if !f.kinds.is_empty() {
                    q = q.filter(projects::kind.eq_any(f.kinds.iter().copied().map(Stored).collect::<Vec<_>>()));
                }
                if !f.words.is_empty() {
                    let query = <$conn as Fulltext>::match_query(&f.words);
                    q = q.filter(sql::<Bool>(<$conn as Fulltext>::MATCH_SQL).bind::<Text, _>(query).sql($close));
                }
                if !r.theme_ids.is_empty() {
                    q = q.filter(projects::id.eq_any(
                        project_themes::table.select(project_themes::project_id).filter(project_themes::theme_id.eq_any(&r.theme_ids)),
                    ));
                }
                if let Some(jumelage) = f.jumelage {
                    q = q.filter(
                        sql::<Bool>("EXISTS (SELECT 1 FROM partnerships s WHERE s.collectivite_id = projects.collectivite_id \
                                     AND s.partner_id = projects.partner_id AND s.is_jumelage = ")
                            .bind::<Bool, _>(true)
                            .sql(")")
                            .eq(jumelage),
                    );
                }
                if !r.financings.is_empty() {
                    let mut clause = String::from("projects.id IN (SELECT project_id FROM project_financings WHERE ");
                    for (i, (source, year)) in r.financings.iter().enumerate() {
                        if i > 0 {
                            clause.push_str(" OR ");
                        }
                        // Ids and years are integers we resolved or parsed, never user text.
                        match year {
                            Some(y) => clause.push_str(&format!("(source_id = {source} AND year = {y})")),
                            None => clause.push_str(&format!("(source_id = {source})")),
                        }
                    }
                    clause.push(')');
                    q = q.filter(sql::<Bool>(&clause));
                }
                if let Some(to) = f.year_to {
                    q = q.filter(projects::start_year.le(to).or(projects::start_year.is_null()));
                }
                if let Some(from) = f.year_from {
                    q = q.filter(projects::end_year.ge(from).or(projects::end_year.is_null()));
                }
                if !f.continents.is_empty() {
                    q = q.filter(projects::country_code.eq_any(
                        countries::table.select(countries::code).filter(countries::continent_code.eq_any(&f.continents)),
                    ));
                }
                if !f.subcontinents.is_empty() {
                    q = q.filter(projects::country_code.eq_any(
                        countries::table.select(countries::code).filter(countries::subcontinent_code.eq_any(&f.subcontinents)),
                    ));
                }
                if !f.countries.is_empty() {
                    q = q.filter(projects::country_code.eq_any(&f.countries));
                }
                if !f.regions.is_empty() {
                    q = q.filter(projects::collectivite_id.eq_any(
                        collectivites::table.select(collectivites::id).filter(collectivites::region_code.eq_any(&f.regions)),
                    ));
                }
                if !f.departements.is_empty() {
                    q = q.filter(projects::collectivite_id.eq_any(
                        collectivites::table.select(collectivites::id).filter(collectivites::departement_code.eq_any(&f.departements)),
                    ));
                }
                if !f.collectivite_kinds.is_empty() {
                    let kinds: Vec<_> = f.collectivite_kinds.iter().copied().map(Stored).collect();
                    q = q.filter(projects::collectivite_id.eq_any(
                        collectivites::table.select(collectivites::id).filter(collectivites::kind.eq_any(kinds)),
                    ));
                }
                if !f.collectivites.is_empty() {
                    q = q.filter(
                        projects::collectivite_id.eq_any(&f.collectivites).or(projects::id.eq_any(
                            project_collectivites::table
                                .select(project_collectivites::project_id)
                                .filter(project_collectivites::collectivite_id.eq_any(&f.collectivites)),
                        )),
                    );
                }
                if !f.partners.is_empty() {
                    q = q.filter(
                        projects::partner_id.eq_any(&f.partners).or(projects::id.eq_any(
                            project_partners::table
                                .select(project_partners::project_id)
                                .filter(project_partners::partner_id.eq_any(&f.partners)),
                        )),
                    );
                }
                match f.volunteers {
                    Some(true) => q = q.filter(projects::id.eq_any(project_volunteers::table.select(project_volunteers::project_id))),
                    Some(false) => q = q.filter(projects::id.ne_all(project_volunteers::table.select(project_volunteers::project_id))),
                    None => {}
                }
                q
            }
        }
    };
}
impl_filter_projects!(diesel::SqliteConnection, diesel::sqlite::Sqlite, ")");
impl_filter_projects!(diesel::PgConnection, diesel::pg::Pg, ")))");

/// Ids of the projects matching `r`, in id order (for tests and exports).
pub fn project_ids(conn: &mut DbConn, r: &Resolved) -> Result<Vec<i32>, DbError> {
    Ok(with_conn!(conn, |c| c
        .filtered_projects(r)
        .select(projects::id)
        .order(projects::id)
        .load::<i32>(c))?)
}

/// How many projects match `r`.
pub fn count(conn: &mut DbConn, r: &Resolved) -> Result<i64, DbError> {
    Ok(with_conn!(conn, |c| c
        .filtered_projects(r)
        .count()
        .get_result::<i64>(c))?)
}
