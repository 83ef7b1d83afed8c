//! The whole state of the search page as its URL holds it: the API's own query string
//! (`ProjectQuery` criteria + `SearchOptions` sort and page), so `/recherche?<q>` and
//! `/api/v1/search?<q>` always mean the same search, and every change is a navigation
//! (shareable, bookmarkable, back and forward work).
//!
//! Pure functions of strings: unit-tested natively (`cargo test -p frontend`).

use atlas_domain::query_string;
use atlas_domain::{ProjectQuery, SearchOptions, SearchSort, links};
use serde_json::{Map, Value};

/// Criteria that take one value (`true` / `false`), not a comma-separated list.
const SINGLE_VALUED: &[&str] = &[
    "q",
    "jumelage",
    "volunteers",
    "year_from",
    "year_to",
    "sort",
];

/// Criteria, sort and page of one search.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchState {
    pub criteria: ProjectQuery,
    pub options: SearchOptions,
}

impl SearchState {
    /// The state a URL's query parameters describe (`get` reads one parameter). Parameters
    /// the API does not know are dropped, so they never reach it.
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> Self {
        let read = |names: &[&str]| -> Value {
            Value::Object(
                names
                    .iter()
                    .filter_map(|name| {
                        get(name)
                            .map(|v| v.trim().to_owned())
                            .filter(|v| !v.is_empty())
                            .map(|v| ((*name).to_owned(), Value::String(v)))
                    })
                    .collect(),
            )
        };
        SearchState {
            criteria: serde_json::from_value(read(ProjectQuery::PARAMS)).unwrap_or_default(),
            options: serde_json::from_value(read(SearchOptions::PARAMS)).unwrap_or_default(),
        }
    }

    /// The query string of the whole search (criteria, sort, page), without `?`: the same
    /// for the app's URL and for `GET /api/v1/search`.
    pub fn query(&self) -> String {
        join(&[self.criteria.to_query_string(), query_string(&self.options)])
    }

    /// The criteria alone (map markers take no sort nor page).
    pub fn criteria_query(&self) -> String {
        self.criteria.to_query_string()
    }

    /// The criteria and the sort: what an export takes.
    pub fn export_query(&self) -> String {
        let sort = self
            .options
            .sort
            .as_deref()
            .map(|s| format!("sort={}", atlas_domain::percent_encode(s)))
            .unwrap_or_default();
        join(&[self.criteria_query(), sort])
    }

    /// `?query`, or nothing when the query is empty.
    pub fn question(query: &str) -> String {
        if query.is_empty() {
            String::new()
        } else {
            format!("?{query}")
        }
    }

    /// The app URL of this search.
    pub fn url(&self) -> String {
        links::search_with(&self.query())
    }

    /// The raw value of a parameter (criterion or option).
    pub fn get(&self, param: &str) -> Option<String> {
        let (criteria, options) = (fields(&self.criteria), fields(&self.options));
        criteria
            .get(param)
            .or_else(|| options.get(param))
            .and_then(Value::as_str)
            .map(str::to_owned)
    }

    /// The values of a list criterion (`theme=a,b` → `[a, b]`).
    pub fn values(&self, param: &str) -> Vec<String> {
        self.get(param)
            .map(|v| {
                v.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Whether `param` selects `value`.
    pub fn has(&self, param: &str, value: &str) -> bool {
        if SINGLE_VALUED.contains(&param) {
            self.get(param).as_deref() == Some(value)
        } else {
            self.values(param).iter().any(|v| v == value)
        }
    }

    /// This search with `param` set to `value` (`None` or empty clears it), back on page 1
    /// unless the page itself is what changes.
    pub fn with(&self, param: &str, value: Option<String>) -> Self {
        let value = value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
        let mut criteria = fields(&self.criteria);
        let mut options = fields(&self.options);
        let target = if ProjectQuery::PARAMS.contains(&param) {
            &mut criteria
        } else {
            &mut options
        };
        match value {
            Some(v) => target.insert(param.to_owned(), Value::String(v)),
            None => target.remove(param),
        };
        if param != "page" {
            options.remove("page");
        }
        SearchState {
            criteria: serde_json::from_value(Value::Object(criteria)).unwrap_or_default(),
            options: serde_json::from_value(Value::Object(options)).unwrap_or_default(),
        }
    }

    /// This search with `value` ticked in `param` if it was not, unticked if it was (OR
    /// within a criterion). A one-value criterion takes `value` or loses it.
    pub fn toggled(&self, param: &str, value: &str) -> Self {
        if SINGLE_VALUED.contains(&param) {
            let next = (!self.has(param, value)).then(|| value.to_owned());
            return self.with(param, next);
        }
        let mut values = self.values(param);
        if let Some(at) = values.iter().position(|v| v == value) {
            values.remove(at);
        } else {
            values.push(value.to_owned());
        }
        self.with(param, Some(values.join(",")))
    }

    /// This search with `value` added to `param` (a suggestion chosen), unless already there.
    pub fn added(&self, param: &str, value: &str) -> Self {
        if self.has(param, value) {
            self.clone()
        } else {
            self.toggled(param, value)
        }
    }

    /// The page shown (from 1).
    pub fn page(&self) -> i64 {
        self.options
            .page
            .as_deref()
            .and_then(|p| p.parse().ok())
            .filter(|p| *p >= 1)
            .unwrap_or(1)
    }

    /// This search on page `page` (page 1 is left out of the URL).
    pub fn with_page(&self, page: i64) -> Self {
        self.with("page", (page > 1).then(|| page.to_string()))
    }

    /// The order of the results.
    pub fn sort(&self) -> SearchSort {
        atlas_domain::search::parse_sort(self.options.sort.as_deref()).unwrap_or_default()
    }
}

fn fields<T: serde::Serialize>(form: &T) -> Map<String, Value> {
    match serde_json::to_value(form) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

fn join(parts: &[String]) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(pairs: &[(&str, &str)]) -> SearchState {
        SearchState::from_params(|name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        })
    }

    #[test]
    fn the_url_is_the_api_query_string_and_round_trips() {
        let s = state(&[
            ("q", "patrimoine bâti"),
            ("theme", "patrimoine,culture"),
            ("financing", "mae-daect:2009,afd"),
            ("page", "2"),
            ("vue", "carte"),
        ]);
        assert_eq!(
            s.query(),
            "financing=mae-daect:2009,afd&q=patrimoine%20b%C3%A2ti&theme=patrimoine,culture&page=2"
        );
        assert_eq!(
            s.url().strip_prefix("/recherche?"),
            Some(s.query().as_str())
        );
        assert_eq!(
            s.criteria_query(),
            "financing=mae-daect:2009,afd&q=patrimoine%20b%C3%A2ti&theme=patrimoine,culture"
        );
        let again = state(&[
            ("financing", "mae-daect:2009,afd"),
            ("q", "patrimoine bâti"),
            ("theme", "patrimoine,culture"),
            ("page", "2"),
        ]);
        assert_eq!(again, s);
        assert_eq!(SearchState::default().url(), "/recherche");
    }

    #[test]
    fn ticking_adds_or_removes_a_value_and_goes_back_to_page_one() {
        let s = state(&[("theme", "culture"), ("page", "3")]);
        assert_eq!(s.page(), 3);
        let more = s.toggled("theme", "patrimoine");
        assert_eq!(more.values("theme"), ["culture", "patrimoine"]);
        assert_eq!(more.page(), 1);
        assert!(more.has("theme", "patrimoine"));
        let less = more
            .toggled("theme", "culture")
            .toggled("theme", "patrimoine");
        assert_eq!(less.get("theme"), None);
        assert_eq!(less.query(), "");
    }

    #[test]
    fn one_value_criteria_are_replaced_not_listed() {
        let s = state(&[("jumelage", "true")]);
        assert!(s.has("jumelage", "true"));
        assert_eq!(
            s.toggled("jumelage", "false").get("jumelage").as_deref(),
            Some("false")
        );
        assert_eq!(s.toggled("jumelage", "true").get("jumelage"), None);
        assert_eq!(
            s.with("year_from", Some("2009".into())).query(),
            "jumelage=true&year_from=2009"
        );
    }

    #[test]
    fn pages_sort_and_exports() {
        let s = state(&[("country", "IN"), ("sort", "date")]);
        assert_eq!(s.sort(), SearchSort::Date);
        assert_eq!(s.with_page(2).query(), "country=IN&page=2&sort=date");
        assert_eq!(s.with_page(2).with_page(1).query(), "country=IN&sort=date");
        assert_eq!(s.with_page(4).export_query(), "country=IN&sort=date");
        assert_eq!(s.added("country", "IN"), s);
        assert_eq!(s.added("country", "VN").values("country"), ["IN", "VN"]);
        assert_eq!(state(&[("page", "x")]).page(), 1);
    }
}
