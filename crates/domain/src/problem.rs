//! RFC 9457 problem details, the body of every error response (`application/problem+json`).

use serde::{Deserialize, Serialize};

/// An error response. `errors` lists field-level problems of a rejected request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Problem {
    /// A URI reference identifying the problem type (`about:blank` when only the status matters).
    #[serde(rename = "type")]
    pub kind: String,
    /// Short, human-readable summary of the problem type.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// Explanation specific to this occurrence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Field errors, when the request body or query was invalid.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

/// One invalid field: where, what rule, and a message in French.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// Field name (dotted path for nested fields, e.g. `contacts.0.email`).
    pub field: String,
    /// Machine-readable rule that failed (`required`, `length`, `email`, `unknown`…).
    pub code: String,
    pub message: String,
}

impl FieldError {
    /// `value` is not a code of the reference list behind `field` (an unknown theme, country…).
    pub fn unknown_code(field: &str, value: &str) -> FieldError {
        FieldError {
            field: field.to_owned(),
            code: "unknown".to_owned(),
            message: format!("Code inconnu : {value}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_code_names_its_field_and_value() {
        let e = FieldError::unknown_code("theme", "astrologie");
        assert_eq!(e.field, "theme");
        assert_eq!(e.code, "unknown");
        assert_eq!(e.message, "Code inconnu : astrologie");
    }
}
