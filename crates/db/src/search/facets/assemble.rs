//! From counted rows to the facet users see: selected values marked and kept, in the facet's
//! display order. Shared by the SQL counts and the facet index.

use atlas_domain::{Facet, FacetValue, ProjectKind, ProjectStatus};

use super::{Counts, Dimension};
use crate::search::filter::Resolved;

/// The facet of `dim` for the search `r` from its (value, label, count) rows: selected values
/// marked (and kept when nothing matches them any more), in the facet's display order.
pub(crate) fn assemble(r: &Resolved, dim: Dimension, rows: Counts) -> Facet {
    let (name, param, label, exclusive) = dim.describe();
    let selected = dim.selected(r);
    let mut values: Vec<FacetValue> = rows
        .into_iter()
        .filter(|(value, _, n)| *n > 0 || selected.contains(value))
        .map(|(value, label, count)| FacetValue {
            selected: selected.contains(&value),
            value,
            label,
            count,
        })
        .collect();
    // Selected values nothing matches any more stay visible (so they can be unticked).
    for value in &selected {
        if dim != Dimension::Year && !values.iter().any(|v| &v.value == value) {
            values.push(FacetValue {
                value: value.clone(),
                label: value.clone(),
                count: 0,
                selected: true,
            });
        }
    }
    match dim {
        Dimension::Kind | Dimension::Status | Dimension::Jumelage | Dimension::Volunteers => {
            let order = |v: &str| -> usize {
                ProjectKind::ALL
                    .iter()
                    .position(|k| k.as_str() == v)
                    .or_else(|| ProjectStatus::ALL.iter().position(|s| s.as_str() == v))
                    .unwrap_or(usize::from(v == "false"))
            };
            values.sort_by_key(|v| order(&v.value));
        }
        // Year values are the numbers this module formatted; `None` cannot occur.
        Dimension::Year => values.sort_by_key(|v| v.value.parse::<i32>().ok()),
        Dimension::FinancingYear => values.sort_by(|a, b| a.value.cmp(&b.value)),
        _ => values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label))),
    }
    Facet {
        name: name.to_owned(),
        param: param.to_owned(),
        label: label.to_owned(),
        exclusive,
        values,
    }
}
