//! Applies a [`BourseFilter`] to the published Bourse requests, on both backends: codes
//! checked against the reference tables first (unknown ones are field errors), then a boxed
//! diesel query with every criterion. Full text through `bourse_fts` (SQLite) or
//! `bourse_texts.document` (PostgreSQL), with the same query syntax as projects.

use atlas_domain::{BourseFilter, FieldError, SearchSort};
use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{Bool, Double, Text};

use crate::bourse::PUBLISHED;
use crate::pool::atlas_fold;
use crate::schema::*;
use crate::search::filter::Fulltext;
use crate::stored::Stored;
use crate::{DbConn, DbError};

/// A Bourse filter whose codes exist, theme codes turned into ids.
#[derive(Debug, Clone, Default)]
pub struct ResolvedBourse {
    pub filter: BourseFilter,
    pub theme_ids: Vec<i32>,
}

/// Checks codes and resolves theme ids. `Ok(Err(errors))` when some code is unknown.
pub fn resolve(
    conn: &mut DbConn,
    f: &BourseFilter,
) -> Result<Result<ResolvedBourse, Vec<FieldError>>, DbError> {
    let (themes, continents, subcontinents, countries) = with_conn!(conn, |c| {
        let themes = themes::table
            .filter(themes::code.eq_any(&f.themes))
            .select((themes::code, themes::id))
            .load::<(String, i32)>(c)?;
        let continents = continents::table
            .filter(continents::code.eq_any(&f.continents))
            .select(continents::code)
            .load::<String>(c)?;
        let subcontinents = subcontinents::table
            .filter(subcontinents::code.eq_any(&f.subcontinents))
            .select(subcontinents::code)
            .load::<String>(c)?;
        let countries = countries::table
            .filter(countries::code.eq_any(&f.countries))
            .select(countries::code)
            .load::<String>(c)?;
        Ok::<_, diesel::result::Error>((themes, continents, subcontinents, countries))
    })?;
    let mut errors = Vec::new();
    let mut unknown = |field: &str, asked: &[String], known: &[String]| {
        for code in asked.iter().filter(|c| !known.contains(c)) {
            errors.push(FieldError::unknown_code(field, code));
        }
    };
    let theme_codes: Vec<String> = themes.iter().map(|(c, _)| c.clone()).collect();
    unknown("theme", &f.themes, &theme_codes);
    unknown("continent", &f.continents, &continents);
    unknown("subcontinent", &f.subcontinents, &subcontinents);
    unknown("country", &f.countries, &countries);
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    Ok(Ok(ResolvedBourse {
        filter: f.clone(),
        theme_ids: themes.into_iter().map(|(_, id)| id).collect(),
    }))
}

/// The Bourse full-text SQL of each backend (the query string is the projects' one).
trait BourseFulltext: Fulltext {
    const MATCH_SQL: &'static str;
    const MATCH_CLOSE: &'static str;
    const RANK_SQL: &'static str;
    const RANK_CLOSE: &'static str;
}

impl BourseFulltext for diesel::SqliteConnection {
    const MATCH_SQL: &'static str =
        "bourse_requests.id IN (SELECT rowid FROM bourse_fts WHERE bourse_fts MATCH ";
    const MATCH_CLOSE: &'static str = ")";
    const RANK_SQL: &'static str = "(SELECT bm25(bourse_fts, 8.0, 2.0, 1.0) FROM bourse_fts \
         WHERE bourse_fts.rowid = bourse_requests.id AND bourse_fts MATCH ";
    const RANK_CLOSE: &'static str = ")";
}

impl BourseFulltext for diesel::PgConnection {
    const MATCH_SQL: &'static str = "bourse_requests.id IN (SELECT request_id FROM bourse_texts \
         WHERE document @@ to_tsquery('french', atlas_unaccent(";
    const MATCH_CLOSE: &'static str = ")))";
    const RANK_SQL: &'static str =
        "(SELECT -ts_rank(t.document, to_tsquery('french', atlas_unaccent(";
    const RANK_CLOSE: &'static str =
        "))) FROM bourse_texts t WHERE t.request_id = bourse_requests.id)";
}

/// Filtered and ordered Bourse queries, for both connection types.
pub trait FilterBourse {
    type Db: diesel::backend::Backend;
    /// Published requests matching every criterion of `r`.
    fn filtered_requests<'a>(
        &self,
        r: &'a ResolvedBourse,
    ) -> bourse_requests::BoxedQuery<'a, Self::Db>;
    /// `q` in the order of `sort` (relevance with keywords, else most recently published).
    fn ordered_requests<'a>(
        &self,
        q: bourse_requests::BoxedQuery<'a, Self::Db>,
        r: &'a ResolvedBourse,
        sort: SearchSort,
    ) -> bourse_requests::BoxedQuery<'a, Self::Db>;
}

macro_rules! impl_filter_bourse {
    ($conn:ty, $db:ty) => {
        impl FilterBourse for $conn {
            type Db = $db;

            fn filtered_requests<'a>(
                &self,
                r: &'a ResolvedBourse,
            ) -> bourse_requests::BoxedQuery<'a, $db> {
                let f = &r.filter;
                let mut q = bourse_requests::table
                    .into_boxed::<$db>()
                    .filter(bourse_requests::status.eq(PUBLISHED));
                if !f.words.is_empty() {
                    let query = <$conn as Fulltext>::match_query(&f.words);
                    q = q.filter(
                        sql::<Bool>(<$conn as BourseFulltext>::MATCH_SQL)
                            .bind::<Text, _>(query)
                            .sql(<$conn as BourseFulltext>::MATCH_CLOSE),
                    );
                }
                if !r.theme_ids.is_empty() {
                    q = q.filter(
                        bourse_requests::id.eq_any(
                            bourse_request_themes::table
                                .select(bourse_request_themes::request_id)
                                .filter(bourse_request_themes::theme_id.eq_any(&r.theme_ids)),
                        ),
                    );
                }
                if !f.continents.is_empty() {
                    q = q.filter(
                        bourse_requests::country_code.eq_any(
                            countries::table
                                .select(countries::code)
                                .filter(countries::continent_code.eq_any(&f.continents)),
                        ),
                    );
                }
                if !f.subcontinents.is_empty() {
                    q = q.filter(
                        bourse_requests::country_code.eq_any(
                            countries::table
                                .select(countries::code)
                                .filter(countries::subcontinent_code.eq_any(&f.subcontinents)),
                        ),
                    );
                }
                if !f.countries.is_empty() {
                    q = q.filter(bourse_requests::country_code.eq_any(&f.countries));
                }
                if !f.authority_kinds.is_empty() {
                    let kinds: Vec<_> = f.authority_kinds.iter().copied().map(Stored).collect();
                    q = q.filter(bourse_requests::authority_kind.eq_any(kinds));
                }
                q
            }

            fn ordered_requests<'a>(
                &self,
                q: bourse_requests::BoxedQuery<'a, $db>,
                r: &'a ResolvedBourse,
                sort: SearchSort,
            ) -> bourse_requests::BoxedQuery<'a, $db> {
                let words = &r.filter.words;
                let q = match sort {
                    SearchSort::Name => {
                        return q.order((
                            atlas_fold(bourse_requests::title).asc(),
                            bourse_requests::id.asc(),
                        ));
                    }
                    SearchSort::Relevance if !words.is_empty() => q.order(
                        sql::<Double>(<$conn as BourseFulltext>::RANK_SQL)
                            .bind::<Text, _>(<$conn as Fulltext>::match_query(words))
                            .sql(<$conn as BourseFulltext>::RANK_CLOSE)
                            .asc(),
                    ),
                    _ => q,
                };
                q.then_order_by(bourse_requests::published_at.desc())
                    .then_order_by(bourse_requests::id.desc())
            }
        }
    };
}
impl_filter_bourse!(diesel::SqliteConnection, diesel::sqlite::Sqlite);
impl_filter_bourse!(diesel::PgConnection, diesel::pg::Pg);

/// How many published requests match `r`.
pub fn count(conn: &mut DbConn, r: &ResolvedBourse) -> Result<i64, DbError> {
    Ok(with_conn!(conn, |c| c
        .filtered_requests(r)
        .count()
        .get_result::<i64>(c))?)
}
