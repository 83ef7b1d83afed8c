//! The list envelope every collection endpoint returns.

use serde::{Deserialize, Serialize};

/// One page of a list: `{items, total, page, per_page}` (pages count from 1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Number of items matching, across all pages.
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
}

impl<T> Page<T> {
    /// A list that fits on one page.
    pub fn whole(items: Vec<T>) -> Self {
        let total = i64::try_from(items.len()).unwrap_or(i64::MAX);
        Page {
            items,
            total,
            page: 1,
            per_page: total.max(1),
        }
    }
}
