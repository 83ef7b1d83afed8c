//! The project criteria shared by search, map layers, lists and exports: one query-string
//! form (`ProjectQuery`) parsed into one typed filter (`ProjectFilter`).
//!
//! AND across criteria, OR within one. Lists are comma-separated (`theme=patrimoine,culture`).
//! Financing is a list of `source` or `source:year` (`financing=mae-daect:2009,afd` means
//! "co-financed by the MAE in 2009 or by the AFD").

use serde::{Deserialize, Serialize};

use crate::{CollectiviteKind, FieldError, ProjectKind, ProjectStatus};

/// Project criteria as they appear in a query string. All values are text so the form can be
/// combined with other query structs; [`ProjectQuery::parse`] validates them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::IntoParams, utoipa::ToSchema))]
#[cfg_attr(feature = "server", into_params(parameter_in = Query))]
pub struct ProjectQuery {
    /// Keywords over titles, texts, collectivité and partner names and places (accent-, case-
    /// and ligature-insensitive; the last word matches as a prefix).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// Kinds: `cooperation_decentralisee`, `autre_action_exterieure` (comma-separated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Theme codes (comma-separated), e.g. `patrimoine,culture`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// `true`: twinnings only; `false`: no twinnings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jumelage: Option<String>,
    /// Financing sources, each optionally with a year: `mae-daect:2009,afd`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub financing: Option<String>,
    /// Projects active in or after this year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year_from: Option<String>,
    /// Projects active in or before this year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year_to: Option<String>,
    /// Statuses: `en_cours`, `termine`, `archive` (comma-separated; default: active ones).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Continent codes (comma-separated), e.g. `asie`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continent: Option<String>,
    /// Sub-continent codes (comma-separated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subcontinent: Option<String>,
    /// ISO 3166-1 alpha-2 country codes (comma-separated), e.g. `IN,VN`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Région codes of the lead collectivité (comma-separated), e.g. `84`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Département codes of the lead collectivité (comma-separated), e.g. `69,2A`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub departement: Option<String>,
    /// Collectivité ids, lead or French co-participant (comma-separated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collectivite: Option<String>,
    /// Types of the lead collectivité (comma-separated), e.g. `commune,region`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collectivite_kind: Option<String>,
    /// Partner authority ids, lead or foreign participant (comma-separated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner: Option<String>,
    /// `true`: projects with volunteers; `false`: without.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volunteers: Option<String>,
}

impl ProjectQuery {
    /// The query parameters of the form, as named in query strings.
    pub const PARAMS: &'static [&'static str] = &[
        "q",
        "kind",
        "theme",
        "jumelage",
        "financing",
        "year_from",
        "year_to",
        "status",
        "continent",
        "subcontinent",
        "country",
        "region",
        "departement",
        "collectivite",
        "collectivite_kind",
        "partner",
        "volunteers",
    ];

    /// The form as a query string (`theme=patrimoine&country=IN`), empty fields left out.
    pub fn to_query_string(&self) -> String {
        query_string(self)
    }
}

/// Any flat form of optional strings as a URL query string, empty fields left out, values
/// percent-encoded.
pub fn query_string<T: Serialize>(form: &T) -> String {
    let Ok(serde_json::Value::Object(map)) = serde_json::to_value(form) else {
        return String::new();
    };
    map.iter()
        .filter_map(|(k, v)| v.as_str().filter(|s| !s.is_empty()).map(|s| (k, s)))
        .map(|(k, v)| format!("{k}={}", percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Percent-encodes everything but unreserved characters and the `,` and `:` of lists.
pub fn percent_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' | b':' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// One financing criterion: a source code, in a given year or any year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FinancingCriterion {
    pub source: String,
    pub year: Option<i32>,
}

/// Validated project criteria. Empty lists mean "any".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectFilter {
    /// Normalised keywords (see [`keywords`]).
    pub words: Vec<String>,
    pub kinds: Vec<ProjectKind>,
    pub themes: Vec<String>,
    pub jumelage: Option<bool>,
    pub financings: Vec<FinancingCriterion>,
    pub year_from: Option<i32>,
    pub year_to: Option<i32>,
    /// Empty means the active statuses (`en_cours`, `termine`).
    pub statuses: Vec<ProjectStatus>,
    pub continents: Vec<String>,
    pub subcontinents: Vec<String>,
    pub countries: Vec<String>,
    pub regions: Vec<String>,
    pub departements: Vec<String>,
    pub collectivites: Vec<i32>,
    pub collectivite_kinds: Vec<CollectiviteKind>,
    pub partners: Vec<i32>,
    pub volunteers: Option<bool>,
}

impl ProjectFilter {
    /// Whether a criterion only projects can meet is set: keywords, kinds, the French side
    /// (région, département, collectivité and its type), financing, years, statuses, twinning,
    /// volunteers. Bourse requests (foreign authorities still looking for a French partner)
    /// can only match filters without them: by theme, continent, sub-continent, country or
    /// partner authority.
    pub fn has_project_only_criteria(&self) -> bool {
        !self.words.is_empty()
            || !self.kinds.is_empty()
            || self.jumelage.is_some()
            || !self.financings.is_empty()
            || self.year_from.is_some()
            || self.year_to.is_some()
            || !self.statuses.is_empty()
            || !self.regions.is_empty()
            || !self.departements.is_empty()
            || !self.collectivites.is_empty()
            || !self.collectivite_kinds.is_empty()
            || self.volunteers.is_some()
    }
}

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

/// Splits keywords into words of letters and digits (ligatures folded, lower case).
/// Operators and punctuation are dropped, so no input can break the full-text syntax.
pub fn keywords(q: &str) -> Vec<String> {
    let folded: String = q
        .chars()
        .flat_map(|c| match c {
            'œ' | 'Œ' => vec!['o', 'e'],
            'æ' | 'Æ' => vec!['a', 'e'],
            c => vec![c],
        })
        .collect();
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .take(12)
        .collect()
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

    #[test]
    fn params_name_every_field_and_query_strings_round_trip() {
        let full: serde_json::Map<String, serde_json::Value> = ProjectQuery::PARAMS
            .iter()
            .map(|p| ((*p).to_owned(), serde_json::Value::String("x".into())))
            .collect();
        let query: ProjectQuery = serde_json::from_value(serde_json::Value::Object(full)).unwrap();
        let json = serde_json::to_value(&query).unwrap();
        assert_eq!(json.as_object().unwrap().len(), ProjectQuery::PARAMS.len());
        let q = ProjectQuery {
            q: Some("cœur & âme".into()),
            financing: Some("mae-daect:2009,afd".into()),
            ..Default::default()
        };
        assert_eq!(
            q.to_query_string(),
            "financing=mae-daect:2009,afd&q=c%C5%93ur%20%26%20%C3%A2me"
        );
    }

    #[test]
    fn keywords_fold_ligatures_and_drop_operators() {
        assert_eq!(
            keywords("Cœur  d'Afrique* OR \"NEAR\""),
            ["coeur", "d", "afrique", "or", "near"]
        );
        assert!(keywords("   ").is_empty());
    }
}
