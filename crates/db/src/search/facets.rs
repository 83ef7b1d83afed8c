//! Facet counts of a project search, every one in SQL: each criterion's values counted over
//! the projects matching every OTHER criterion (disjunctive faceting), so a user sees what
//! ticking one more value of the same criterion would add.
//!
//! The dimensions are in [`dimension`], their SQL counts in [`sql`], and [`assemble`] turns
//! counted rows into a facet; this file holds what the facet index shares with them (the
//! rows' shape, the two-valued and per-year counts) and the entry points.

mod assemble;
mod dimension;
mod sql;

use atlas_domain::Facet;

pub(crate) use assemble::assemble;
pub use dimension::Dimension;

use crate::search::filter::Resolved;
use crate::{DbConn, DbError};

/// Collectivités and partners shown in their facets, at most (most projects first).
pub(crate) const TOP_NAMES: i64 = 20;

/// (value, label, count) rows of one facet.
pub(crate) type Counts = Vec<(String, String, i64)>;

/// The rows of a two-valued facet: `yes` for "true", `no` for "false".
pub(crate) fn yes_no(yes: &str, no: &str, counts: (i64, i64)) -> Counts {
    vec![
        ("true".to_owned(), yes.to_owned(), counts.0),
        ("false".to_owned(), no.to_owned(), counts.1),
    ]
}

/// Active projects per year from (start, end, count) spans; an open end runs to the latest
/// year any span mentions.
pub(crate) fn years(spans: &[(Option<i32>, Option<i32>, i64)]) -> Counts {
    let last = spans.iter().flat_map(|(s, e, _)| [*s, *e]).flatten().max();
    let first = spans.iter().filter_map(|(s, _, _)| *s).min();
    let (Some(first), Some(last)) = (first, last) else {
        return Vec::new();
    };
    (first..=last)
        .map(|y| {
            let n = spans
                .iter()
                .filter(|(s, e, _)| s.is_some_and(|s| s <= y) && e.is_none_or(|e| e >= y))
                .map(|(_, _, n)| n)
                .sum();
            (y.to_string(), y.to_string(), n)
        })
        .filter(|(_, _, n)| *n > 0)
        .collect()
}

/// Every facet of the search `r`.
pub fn facets(conn: &mut DbConn, r: &Resolved) -> Result<Vec<Facet>, DbError> {
    Dimension::ALL
        .iter()
        .map(|dim| facet(conn, r, *dim))
        .collect()
}

/// One facet of the search `r`.
pub fn facet(conn: &mut DbConn, r: &Resolved, dim: Dimension) -> Result<Facet, DbError> {
    let rows = sql::counts(conn, &dim.without(r), dim)?;
    Ok(assemble(r, dim, rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_spread_over_their_years() {
        let counts = years(&[(Some(2010), Some(2012), 2), (Some(2011), None, 1)]);
        let n: Vec<(String, i64)> = counts.into_iter().map(|(v, _, n)| (v, n)).collect();
        assert_eq!(
            n,
            [("2010".into(), 2), ("2011".into(), 3), ("2012".into(), 3)]
        );
    }
}
