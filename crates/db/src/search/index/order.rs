//! Keywords through the database's full-text index (the ids it matches, with their relevance),
//! and the page of matching projects in the chosen order, as
//! [`crate::search::page::OrderProjects`] orders them in SQL.

use std::cmp::Ordering;

use atlas_domain::SearchSort;
use diesel::prelude::*;
use diesel::sql_types::{Double, Integer, Text};

use crate::search::filter::Fulltext;
use crate::search::index::load::FacetIndex;
use crate::{DbConn, DbError};

/// The projects the keywords match, by index position, with their relevance (lower is better):
/// only the matches are kept (a few hundred of thousands of projects), in position order.
pub struct KeywordMatches {
    hits: Vec<(usize, f64)>,
}

impl KeywordMatches {
    /// The positions of the matching projects, in index order.
    pub fn positions(&self) -> impl Iterator<Item = usize> + '_ {
        self.hits.iter().map(|(p, _)| *p)
    }

    /// The relevance of the project at `position`, if the keywords match it.
    fn rank(&self, position: usize) -> Option<f64> {
        self.hits
            .binary_search_by_key(&position, |(p, _)| *p)
            .ok()
            .map(|i| self.hits[i].1)
    }
}

#[derive(QueryableByName)]
struct Ranked {
    #[diesel(sql_type = Integer)]
    id: i32,
    #[diesel(sql_type = Double)]
    rank: f64,
}

const SQLITE_RANKED: &str = "SELECT rowid AS id, bm25(project_fts, 8.0, 2.0, 1.0) AS rank \
     FROM project_fts WHERE project_fts MATCH ?";
const PG_RANKED: &str = "SELECT project_id AS id, \
     CAST(-ts_rank(document, to_tsquery('french', atlas_unaccent($1))) AS DOUBLE PRECISION) AS rank \
     FROM project_texts WHERE document @@ to_tsquery('french', atlas_unaccent($1))";

/// The full-text matches of `words` (`None` without keywords).
pub fn keyword_matches(
    conn: &mut DbConn,
    index: &FacetIndex,
    words: &[String],
) -> Result<Option<KeywordMatches>, DbError> {
    if words.is_empty() {
        return Ok(None);
    }
    let ranked = match conn {
        DbConn::Sqlite(c) => diesel::sql_query(SQLITE_RANKED)
            .bind::<Text, _>(<diesel::SqliteConnection as Fulltext>::match_query(words))
            .load::<Ranked>(&mut **c)?,
        DbConn::Pg(c) => diesel::sql_query(PG_RANKED)
            .bind::<Text, _>(<diesel::PgConnection as Fulltext>::match_query(words))
            .load::<Ranked>(&mut **c)?,
    };
    let mut hits: Vec<(usize, f64)> = ranked
        .into_iter()
        .filter_map(|r| {
            let p = index
                .projects
                .binary_search_by_key(&r.id, |row| row.id)
                .ok()?;
            Some((p, r.rank))
        })
        .collect();
    hits.sort_unstable_by_key(|(p, _)| *p);
    Ok(Some(KeywordMatches { hits }))
}

/// Most recent first, undated last, then by id descending.
fn by_date(index: &FacetIndex, a: usize, b: usize) -> Ordering {
    let (a, b) = (&index.projects[a], &index.projects[b]);
    let desc_nulls_last = |x: Option<i32>, y: Option<i32>| match (x, y) {
        (Some(x), Some(y)) => y.cmp(&x),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    desc_nulls_last(a.start_year, b.start_year)
        .then_with(|| desc_nulls_last(a.end_year, b.end_year))
        .then_with(|| b.id.cmp(&a.id))
}

/// Ids of the `page`-th page of `per_page` among `matching`, in the order of `sort`.
pub fn page(
    index: &FacetIndex,
    matching: &[usize],
    words: Option<&KeywordMatches>,
    sort: SearchSort,
    page: i64,
    per_page: i64,
) -> Vec<i32> {
    let offset = usize::try_from((page - 1).saturating_mul(per_page)).unwrap_or(usize::MAX);
    let per_page = usize::try_from(per_page).unwrap_or(0);
    if offset >= matching.len() || per_page == 0 {
        return Vec::new();
    }
    let end = offset.saturating_add(per_page).min(matching.len());
    // Each candidate with its relevance, looked up once.
    let mut ordered: Vec<(f64, usize)> = matching
        .iter()
        .map(|p| {
            let rank = match (sort, words) {
                (SearchSort::Relevance, Some(w)) => w.rank(*p).unwrap_or(0.0),
                _ => 0.0,
            };
            (rank, *p)
        })
        .collect();
    let order = |(ra, a): &(f64, usize), (rb, b): &(f64, usize)| -> Ordering {
        match (sort, words) {
            (SearchSort::Name, _) => index.projects[*a]
                .name_rank
                .cmp(&index.projects[*b].name_rank),
            (SearchSort::Relevance, Some(_)) => {
                ra.total_cmp(rb).then_with(|| by_date(index, *a, *b))
            }
            _ => by_date(index, *a, *b),
        }
    };
    // Only the first `end` need to be in order.
    if end < ordered.len() {
        ordered.select_nth_unstable_by(end - 1, order);
        ordered.truncate(end);
    }
    ordered.sort_unstable_by(order);
    ordered[offset..end]
        .iter()
        .map(|(_, p)| index.projects[*p].id)
        .collect()
}
