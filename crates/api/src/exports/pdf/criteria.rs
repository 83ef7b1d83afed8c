//! The criteria of an export in words, for the head of the PDF report: keywords, each facet's
//! selected values by their French labels, years, twinning and volunteers.

use atlas_domain::{Facet, ProjectFilter};

/// Facets whose selection is told from the filter itself (their values are not labels).
const TOLD_FROM_FILTER: &[&str] = &["year", "jumelage", "volunteers"];

fn yes_no(value: bool) -> &'static str {
    if value { "oui" } else { "non" }
}

/// One line per criterion (`Pays : Inde, Sénégal`), empty when there is none.
pub fn describe(filter: &ProjectFilter, facets: &[Facet]) -> Vec<String> {
    let mut lines = Vec::new();
    if !filter.words.is_empty() {
        lines.push(format!("Mots-clés : « {} »", filter.words.join(" ")));
    }
    for facet in facets {
        if TOLD_FROM_FILTER.contains(&facet.name.as_str()) {
            continue;
        }
        let selected: Vec<&str> = facet
            .values
            .iter()
            .filter(|v| v.selected)
            .map(|v| v.label.as_str())
            .collect();
        if !selected.is_empty() {
            lines.push(format!("{} : {}", facet.label, selected.join(", ")));
        }
    }
    match (filter.year_from, filter.year_to) {
        (Some(from), Some(to)) => lines.push(format!("Actifs entre {from} et {to}")),
        (Some(from), None) => lines.push(format!("Actifs en {from} ou après")),
        (None, Some(to)) => lines.push(format!("Actifs en {to} ou avant")),
        (None, None) => {}
    }
    if let Some(j) = filter.jumelage {
        lines.push(format!("Jumelage : {}", yes_no(j)));
    }
    if let Some(v) = filter.volunteers {
        lines.push(format!("Avec volontaires : {}", yes_no(v)));
    }
    lines
}

#[cfg(test)]
mod tests {
    use atlas_domain::FacetValue;

    use super::*;

    fn facet(name: &str, label: &str, values: &[(&str, bool)]) -> Facet {
        Facet {
            name: name.into(),
            param: name.into(),
            label: label.into(),
            exclusive: true,
            values: values
                .iter()
                .map(|(l, selected)| FacetValue {
                    value: l.to_lowercase(),
                    label: (*l).into(),
                    count: 3,
                    selected: *selected,
                })
                .collect(),
        }
    }

    #[test]
    fn selected_values_keywords_and_years_are_told() {
        let filter = ProjectFilter {
            words: vec!["eau".into(), "potable".into()],
            year_from: Some(2005),
            jumelage: Some(true),
            ..Default::default()
        };
        let facets = [
            facet(
                "country",
                "Pays",
                &[("Inde", true), ("Mali", false), ("Sénégal", true)],
            ),
            facet("theme", "Thématiques", &[("Culture", false)]),
            facet("jumelage", "Jumelage", &[("true", true)]),
        ];
        assert_eq!(
            describe(&filter, &facets),
            [
                "Mots-clés : « eau potable »",
                "Pays : Inde, Sénégal",
                "Actifs en 2005 ou après",
                "Jumelage : oui",
            ]
        );
        assert!(describe(&ProjectFilter::default(), &facets[1..2]).is_empty());
    }
}
