//! The facet index: a compact, read-only copy of what the search criteria and facets look at
//! (one small row per project plus its themes, financings, co-participants), so that the total,
//! the page order and the sixteen disjunctive facet counts of a search come from one pass over
//! memory instead of some twenty SQL re-evaluations of the filter.
//!
//! The database stays the source of truth: keywords are matched by its full-text index (one
//! query giving the matching ids and their relevance), the page's hits are read from it, and the
//! index is rebuilt whenever the `data_generation` key of `dataset_meta` changes (every
//! writer of public data stores a [`crate::meta::new_generation`] there), so several API
//! processes on one PostgreSQL stay consistent. The SQL implementation
//! ([`crate::search::sql_search`]) is kept as the reference the index is tested against.

mod count;
mod criteria;
mod facet_index;
mod load;
mod order;

use std::sync::{Arc, Mutex};

use atlas_domain::{SearchHit, SearchPaging, SearchResults};

use crate::search::facets::{self, Dimension};
use crate::search::filter::Resolved;
use crate::search::page;
use crate::{DbConn, DbError, meta};

pub use load::FacetIndex;

/// The process's facet index, built on first use and rebuilt when the projects change.
#[derive(Default)]
pub struct SearchIndex {
    current: Mutex<Option<Arc<FacetIndex>>>,
    /// Held while building, so concurrent searches after a change build the index once.
    building: Mutex<()>,
}

impl SearchIndex {
    pub fn new() -> Self {
        SearchIndex::default()
    }

    /// The index for the projects as they are now in the database.
    pub fn current(&self, conn: &mut DbConn) -> Result<Arc<FacetIndex>, DbError> {
        let generation = meta::data_generation(conn)?;
        if let Some(index) = self.fresh(&generation) {
            return Ok(index);
        }
        let _building = self.building.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(index) = self.fresh(&generation) {
            return Ok(index);
        }
        let index = Arc::new(FacetIndex::load(conn, generation)?);
        *self.current.lock().unwrap_or_else(|e| e.into_inner()) = Some(index.clone());
        Ok(index)
    }

    fn fresh(&self, generation: &str) -> Option<Arc<FacetIndex>> {
        let current = self.current.lock().unwrap_or_else(|e| e.into_inner());
        current
            .as_ref()
            .filter(|index| index.generation == generation)
            .cloned()
    }
}

/// The search `r` answered from `index`: total, page order and facets in memory, keywords and
/// the page's hits from the database.
pub fn search(
    conn: &mut DbConn,
    index: &SearchIndex,
    r: &Resolved,
    paging: SearchPaging,
) -> Result<SearchResults<SearchHit>, DbError> {
    let index = index.current(conn)?;
    let words = order::keyword_matches(conn, &index, &r.filter.words)?;
    let compiled = criteria::Criteria::compile(&index, r, words.as_ref());
    let tally = count::tally(&index, &compiled);
    let ids = order::page(
        &index,
        &tally.matching,
        words.as_ref(),
        paging.sort,
        paging.page,
        paging.per_page,
    );
    let items = page::hits(conn, &ids, &r.filter.words)?;
    let facets = Dimension::ALL
        .iter()
        .map(|dim| Ok(facets::assemble(r, *dim, tally.counts(&index, *dim)?)))
        .collect::<Result<_, DbError>>()?;
    Ok(SearchResults {
        items,
        total: tally.matching.len() as i64,
        page: paging.page,
        per_page: paging.per_page,
        sort: paging.sort,
        facets,
    })
}
