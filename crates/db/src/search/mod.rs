//! Project search: one page of hits in the chosen order with highlighted text, the total,
//! and the facet counts of every criterion, all computed in SQL over the shared project filter
//! ([`crate::search::filter`]). Searches go through the in-memory facet index ([`index`]);
//! [`sql_search`] is the all-SQL reference it is tested against.

pub mod facets;
pub mod filter;
pub mod index;
pub mod page;
pub mod snippet;
pub mod suggest;

use atlas_domain::{SearchHit, SearchPaging, SearchResults};

use crate::{DbConn, DbError};
use filter::Resolved;

pub use index::{SearchIndex, search};
pub use page::OrderProjects;

/// The search `r` computed entirely in SQL: the page of `paging`, the total and every facet.
/// The reference implementation the facet index ([`index`]) is tested against.
pub fn sql_search(
    conn: &mut DbConn,
    r: &Resolved,
    paging: SearchPaging,
) -> Result<SearchResults<SearchHit>, DbError> {
    let total = filter::count(conn, r)?;
    let ids = page::page_ids(conn, r, paging.sort, paging.page, paging.per_page)?;
    let items = page::hits(conn, &ids, &r.filter.words)?;
    let facets = facets::facets(conn, r)?;
    Ok(SearchResults {
        items,
        total,
        page: paging.page,
        per_page: paging.per_page,
        sort: paging.sort,
        facets,
    })
}
