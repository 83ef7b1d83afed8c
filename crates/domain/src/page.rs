//! The list envelopes: one page of a collection, or a short list without paging.

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

/// A list without paging.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Items<T> {
    pub items: Vec<T>,
}

/// Paging and ordering of a list, as text in the query string (combined with the list's
/// criteria in the same query string).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::IntoParams, utoipa::ToSchema))]
#[cfg_attr(feature = "server", into_params(parameter_in = Query))]
pub struct PageQuery {
    /// Page number, from 1 (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
    /// Items per page, 1 to 200 (default 50).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_page: Option<String>,
    /// Order: a field name, `-` in front for descending (`-start_year`). The fields each list
    /// accepts are in its description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<String>,
}

/// Validated paging: which page, how many, in what order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paging {
    pub page: i64,
    pub per_page: i64,
    /// The sort field (one of those the list accepts) and whether it is descending.
    pub sort: Option<(String, bool)>,
}

impl Paging {
    pub const DEFAULT_PER_PAGE: i64 = 50;
    pub const MAX_PER_PAGE: i64 = 200;

    /// Rows to skip.
    pub fn offset(&self) -> i64 {
        (self.page - 1) * self.per_page
    }
}

impl PageQuery {
    /// Validates the numbers and checks `sort` against the fields the list accepts.
    pub fn parse(&self, sorts: &[&str]) -> Result<Paging, Vec<crate::FieldError>> {
        let mut errors = Vec::new();
        let mut number = |field: &str, value: &Option<String>, default: i64, max: i64| match value
            .as_deref()
            .map(str::trim)
        {
            None | Some("") => default,
            Some(v) => match v.parse::<i64>() {
                Ok(n) if (1..=max).contains(&n) => n,
                _ => {
                    errors.push(crate::FieldError {
                        field: field.to_owned(),
                        code: "range".to_owned(),
                        message: format!("Nombre entier de 1 à {max} attendu, pas « {v} »."),
                    });
                    default
                }
            },
        };
        let page = number("page", &self.page, 1, 1_000_000);
        let per_page = number(
            "per_page",
            &self.per_page,
            Paging::DEFAULT_PER_PAGE,
            Paging::MAX_PER_PAGE,
        );
        let sort = match self.sort.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(v) => {
                let (field, descending) = match v.strip_prefix('-') {
                    Some(field) => (field, true),
                    None => (v, false),
                };
                if sorts.contains(&field) {
                    Some((field.to_owned(), descending))
                } else {
                    errors.push(crate::FieldError {
                        field: "sort".to_owned(),
                        code: "unknown".to_owned(),
                        message: format!("Tri inconnu : {v} (possibles : {}).", sorts.join(", ")),
                    });
                    None
                }
            }
        };
        if errors.is_empty() {
            Ok(Paging {
                page,
                per_page,
                sort,
            })
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paging_defaults_and_bounds() {
        let p = PageQuery::default().parse(&["title"]).unwrap();
        assert_eq!((p.page, p.per_page, p.sort), (1, 50, None));
        let p = PageQuery {
            page: Some("3".into()),
            per_page: Some("20".into()),
            sort: Some("-title".into()),
        }
        .parse(&["title"])
        .unwrap();
        assert_eq!(p.offset(), 40);
        assert_eq!(p.sort, Some(("title".to_owned(), true)));
        let errors = PageQuery {
            page: Some("0".into()),
            per_page: Some("500".into()),
            sort: Some("colour".into()),
        }
        .parse(&["title"])
        .unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["page", "per_page", "sort"]);
    }
}
