//! Type-ahead suggestions: places, collectivités, partner authorities and themes whose name
//! matches what the user is typing, each naming the search criterion it stands for.

use serde::{Deserialize, Serialize};

use crate::FieldError;

/// Shortest text worth suggesting for, and the longest accepted.
pub const SUGGEST_MIN_CHARS: usize = 2;
const SUGGEST_MAX_CHARS: usize = 100;
/// Suggestions per kind, at most.
pub const SUGGEST_LIMIT: usize = 6;

/// What a suggestion designates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum SuggestionKind {
    /// A continent, sub-continent, country, région or département.
    Place,
    Collectivite,
    Partner,
    Theme,
}

impl SuggestionKind {
    pub const ALL: &'static [SuggestionKind] = &[
        SuggestionKind::Place,
        SuggestionKind::Collectivite,
        SuggestionKind::Partner,
        SuggestionKind::Theme,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SuggestionKind::Place => "place",
            SuggestionKind::Collectivite => "collectivite",
            SuggestionKind::Partner => "partner",
            SuggestionKind::Theme => "theme",
        }
    }
}

/// `GET /api/v1/suggest` parameters.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "server", into_params(parameter_in = Query))]
pub struct SuggestQuery {
    /// What the user typed so far (accents, case and ligatures ignored; 2 characters at least).
    pub q: Option<String>,
    /// Kinds to suggest (comma-separated): `place`, `collectivite`, `partner`, `theme`.
    /// Default: all.
    pub kind: Option<String>,
}

/// Validated suggestion request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuggestRequest {
    /// Lower-case words, ligatures folded (accents are folded by the database side).
    pub text: String,
    pub kinds: Vec<SuggestionKind>,
}

impl SuggestQuery {
    pub fn parse(&self) -> Result<SuggestRequest, Vec<FieldError>> {
        let mut errors = Vec::new();
        let q = self.q.as_deref().unwrap_or("").trim();
        let len = q.chars().count();
        if !(SUGGEST_MIN_CHARS..=SUGGEST_MAX_CHARS).contains(&len) {
            errors.push(FieldError {
                field: "q".to_owned(),
                code: "length".to_owned(),
                message: format!(
                    "Entre {SUGGEST_MIN_CHARS} et {SUGGEST_MAX_CHARS} caractères attendus."
                ),
            });
        }
        let mut kinds = Vec::new();
        for item in self
            .kind
            .as_deref()
            .unwrap_or("")
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            match SuggestionKind::ALL.iter().find(|k| k.as_str() == item) {
                Some(k) if !kinds.contains(k) => kinds.push(*k),
                Some(_) => {}
                None => errors.push(FieldError {
                    field: "kind".to_owned(),
                    code: "unknown".to_owned(),
                    message: format!("Valeur inconnue : {item}"),
                }),
            }
        }
        if kinds.is_empty() {
            kinds = SuggestionKind::ALL.to_vec();
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(SuggestRequest {
            text: super::keywords(q).join(" "),
            kinds,
        })
    }
}

/// One suggestion: choosing it adds `param=value` to the search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Suggestion {
    pub kind: SuggestionKind,
    /// The search parameter it sets: `continent`, `subcontinent`, `country`, `region`,
    /// `departement`, `collectivite`, `partner` or `theme`.
    pub param: String,
    /// The value of that parameter (code or id).
    pub value: String,
    pub label: String,
    /// What it is, in French (« Pays · Asie », « Commune · Rhône »).
    pub detail: String,
    /// Active projects it has (for places and themes: projects there or on it).
    pub count: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects() {
        let ok = SuggestQuery {
            q: Some("  Cœur ".into()),
            kind: Some("place,theme".into()),
        }
        .parse()
        .unwrap();
        assert_eq!(ok.text, "coeur");
        assert_eq!(ok.kinds, [SuggestionKind::Place, SuggestionKind::Theme]);
        let err = SuggestQuery {
            q: Some("a".into()),
            kind: Some("planet".into()),
        }
        .parse()
        .unwrap_err();
        let fields: Vec<&str> = err.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["q", "kind"]);
    }
}
