//! Parsing the project criteria (`ProjectQuery::parse`), and the helpers other query forms
//! (the Bourse search) share: code lists, keywords, every invalid field reported at once.

use super::keywords;
use crate::{
    CollectiviteKind, FieldError, FinancingCriterion, ProjectFilter, ProjectKind, ProjectQuery,
    ProjectStatus,
};

/// Longest accepted keyword string and list, to keep queries cheap.
const MAX_QUERY_CHARS: usize = 200;
const MAX_LIST_ITEMS: usize = 50;

fn list(value: &Option<String>) -> Vec<&str> {
    value
        .as_deref()
        .map(|v| {
            v.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

fn field_error(field: &str, code: &str, message: String) -> FieldError {
    FieldError {
        field: field.to_owned(),
        code: code.to_owned(),
        message,
    }
}

/// The keywords of `q` (see [`keywords`]), or a field error when it is too long.
fn parse_keywords(q: Option<&str>, errors: &mut Vec<FieldError>) -> Vec<String> {
    match q {
        Some(q) if q.chars().count() > MAX_QUERY_CHARS => {
            errors.push(field_error(
                "q",
                "length",
                format!("{MAX_QUERY_CHARS} caractères au plus."),
            ));
            Vec::new()
        }
        Some(q) => keywords(q),
        None => Vec::new(),
    }
}

/// A comma-separated list of codes (letters, digits, `-`, `_`), deduplicated, optionally
/// upper-cased; malformed codes and over-long lists are field errors.
fn parse_codes(
    name: &str,
    value: &Option<String>,
    upper: bool,
    errors: &mut Vec<FieldError>,
) -> Vec<String> {
    let items = list(value);
    if items.len() > MAX_LIST_ITEMS {
        errors.push(field_error(
            name,
            "length",
            format!("{MAX_LIST_ITEMS} valeurs au plus."),
        ));
    }
    let mut out: Vec<String> = Vec::new();
    for i in items.into_iter().take(MAX_LIST_ITEMS) {
        let valid = i.len() <= 60
            && i.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !valid {
            errors.push(field_error(name, "format", format!("Code invalide : {i}")));
            continue;
        }
        let v = if upper {
            i.to_ascii_uppercase()
        } else {
            i.to_owned()
        };
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// The parsing helpers of this module for other query forms (Bourse search): collects the
/// field errors of every field, then [`CodeLists::finish`] returns them all at once.
#[derive(Debug, Default)]
pub(crate) struct CodeLists {
    errors: Vec<FieldError>,
}

impl CodeLists {
    pub(crate) fn items<'a>(&self, value: &'a Option<String>) -> Vec<&'a str> {
        list(value)
    }

    pub(crate) fn error(&mut self, field: &str, code: &str, message: String) {
        self.errors.push(field_error(field, code, message));
    }

    pub(crate) fn keywords(&mut self, q: Option<&str>) -> Vec<String> {
        parse_keywords(q, &mut self.errors)
    }

    pub(crate) fn codes(&mut self, name: &str, value: &Option<String>, upper: bool) -> Vec<String> {
        parse_codes(name, value, upper, &mut self.errors)
    }

    pub(crate) fn finish<T>(self, value: T) -> Result<T, Vec<FieldError>> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(self.errors)
        }
    }
}

impl ProjectQuery {
    /// Validates every criterion, reporting all invalid fields at once.
    pub fn parse(&self) -> Result<ProjectFilter, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut f = ProjectFilter {
            words: parse_keywords(self.q.as_deref(), &mut errors),
            ..ProjectFilter::default()
        };
        macro_rules! enum_list {
            ($field:ident, $ty:ty, $target:expr) => {
                for value in list(&self.$field) {
                    match value.parse::<$ty>() {
                        Ok(v) => {
                            if !$target.contains(&v) {
                                $target.push(v)
                            }
                        }
                        Err(_) => errors.push(field_error(
                            stringify!($field),
                            "unknown",
                            format!("Valeur inconnue : {value}"),
                        )),
                    }
                }
            };
        }
        enum_list!(kind, ProjectKind, f.kinds);
        enum_list!(status, ProjectStatus, f.statuses);
        enum_list!(collectivite_kind, CollectiviteKind, f.collectivite_kinds);

        let mut bool_field = |name: &str, value: &Option<String>| match value.as_deref() {
            None | Some("") => None,
            Some("true" | "1" | "oui") => Some(true),
            Some("false" | "0" | "non") => Some(false),
            Some(other) => {
                errors.push(field_error(
                    name,
                    "boolean",
                    format!("true ou false attendu, pas « {other} »"),
                ));
                None
            }
        };
        f.jumelage = bool_field("jumelage", &self.jumelage);
        f.volunteers = bool_field("volunteers", &self.volunteers);

        let mut year_field = |name: &str, value: &Option<String>| match value.as_deref() {
            None | Some("") => None,
            Some(v) => match v.parse::<i32>() {
                Ok(y) if (1900..=2100).contains(&y) => Some(y),
                _ => {
                    errors.push(field_error(name, "year", format!("Année invalide : {v}")));
                    None
                }
            },
        };
        f.year_from = year_field("year_from", &self.year_from);
        f.year_to = year_field("year_to", &self.year_to);
        if let (Some(from), Some(to)) = (f.year_from, f.year_to)
            && from > to
        {
            errors.push(field_error(
                "year_to",
                "range",
                "L'année de fin précède l'année de début.".to_owned(),
            ));
        }

        for item in list(&self.financing) {
            let (source, year) = match item.split_once(':') {
                Some((s, y)) => match y.parse::<i32>() {
                    Ok(y) if (1900..=2100).contains(&y) => (s, Some(y)),
                    _ => {
                        errors.push(field_error(
                            "financing",
                            "year",
                            format!("Année invalide dans « {item} »"),
                        ));
                        continue;
                    }
                },
                None => (item, None),
            };
            f.financings.push(FinancingCriterion {
                source: source.to_owned(),
                year,
            });
        }

        let codes =
            |name: &str, value: &Option<String>, upper: bool, errors: &mut Vec<FieldError>| {
                parse_codes(name, value, upper, errors)
            };
        f.themes = codes("theme", &self.theme, false, &mut errors);
        f.continents = codes("continent", &self.continent, false, &mut errors);
        f.subcontinents = codes("subcontinent", &self.subcontinent, false, &mut errors);
        f.countries = codes("country", &self.country, true, &mut errors);
        f.regions = codes("region", &self.region, true, &mut errors);
        f.departements = codes("departement", &self.departement, true, &mut errors);

        let ids = |name: &str, value: &Option<String>, errors: &mut Vec<FieldError>| -> Vec<i32> {
            let mut out = Vec::new();
            for i in list(value).into_iter().take(MAX_LIST_ITEMS) {
                match i.parse::<i32>() {
                    Ok(id) if id > 0 => out.push(id),
                    _ => errors.push(field_error(
                        name,
                        "id",
                        format!("Identifiant invalide : {i}"),
                    )),
                }
            }
            out
        };
        f.collectivites = ids("collectivite", &self.collectivite, &mut errors);
        f.partners = ids("partner", &self.partner, &mut errors);

        if errors.is_empty() {
            Ok(f)
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_crossed_question_parses() {
        let query = ProjectQuery {
            kind: Some("cooperation_decentralisee".into()),
            region: Some("84".into()),
            theme: Some("patrimoine".into()),
            country: Some("in".into()),
            financing: Some("mae-daect:2009, afd".into()),
            ..Default::default()
        };
        let f = query.parse().unwrap();
        assert_eq!(f.kinds, vec![ProjectKind::CooperationDecentralisee]);
        assert_eq!(f.countries, vec!["IN"]);
        assert_eq!(
            f.financings,
            vec![
                FinancingCriterion {
                    source: "mae-daect".into(),
                    year: Some(2009)
                },
                FinancingCriterion {
                    source: "afd".into(),
                    year: None
                },
            ]
        );
    }

    #[test]
    fn every_invalid_field_is_reported() {
        let query = ProjectQuery {
            kind: Some("nope".into()),
            jumelage: Some("maybe".into()),
            year_from: Some("2010".into()),
            year_to: Some("2001".into()),
            financing: Some("afd:20x9".into()),
            collectivite: Some("-3".into()),
            country: Some("F R".into()),
            ..Default::default()
        };
        let fields: Vec<String> = query
            .parse()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            [
                "kind",
                "jumelage",
                "year_to",
                "financing",
                "country",
                "collectivite"
            ]
        );
    }
}
