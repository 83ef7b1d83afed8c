//! The server's path: validator's errors turned into the API's field errors (same fields,
//! codes and French messages as the browser's checks), and the rules validator cannot state,
//! as its `custom` functions.

use validator::{ValidationError, ValidationErrors, ValidationErrorsKind};

use super::{INVALID_EMAIL, REQUIRED, at_least, at_most, email, is_blank};
use crate::FieldError;

/// `custom` rule: a text that is not only white space (validator's `length(min = 1)` would
/// take `"   "`).
pub(crate) fn not_blank(value: &str) -> Result<(), ValidationError> {
    if is_blank(value) {
        Err(ValidationError::new("required"))
    } else {
        Ok(())
    }
}

/// `custom` rule: a secret that is not empty; spaces count, a password may be made of them.
/// (`length(min = 1)` would say "at least 1 character" with the code `length`; a missing
/// value is `required` everywhere else.)
pub(crate) fn not_empty(value: &str) -> Result<(), ValidationError> {
    if value.is_empty() {
        Err(ValidationError::new("required"))
    } else {
        Ok(())
    }
}

/// `custom` rule: an e-mail domain with a dot (see `is_email`: validator's `email` accepts
/// `agent@localhost`).
pub(crate) fn dotted_domain(value: &str) -> Result<(), ValidationError> {
    if email::has_dotted_domain(value) {
        Ok(())
    } else {
        Err(ValidationError::new("email"))
    }
}

/// The field errors of a validation, one per field, named by their JSON path (`map_view.lat`,
/// `items[0].name`).
pub(super) fn field_errors(result: Result<(), ValidationErrors>) -> Vec<FieldError> {
    let mut out = Vec::new();
    if let Err(errors) = result {
        push(None, &errors, &mut out);
    }
    out
}

fn push(parent: Option<&str>, errors: &ValidationErrors, out: &mut Vec<FieldError>) {
    for (field, kind) in errors.errors() {
        let path = match parent {
            Some(parent) => format!("{parent}.{field}"),
            None => field.to_string(),
        };
        match kind {
            ValidationErrorsKind::Field(list) => {
                // One message per field, as the browser shows them: a missing value first,
                // else the first rule broken.
                let chosen = list
                    .iter()
                    .find(|e| e.code == "required")
                    .or_else(|| list.first());
                if let Some(e) = chosen {
                    out.push(FieldError {
                        field: path,
                        code: e.code.to_string(),
                        message: message(e),
                    });
                }
            }
            ValidationErrorsKind::Struct(inner) => push(Some(&path), inner, out),
            ValidationErrorsKind::List(items) => {
                for (i, inner) in items {
                    push(Some(&format!("{path}[{i}]")), inner, out);
                }
            }
        }
    }
}

/// The French message of an error: the one its rule states, else the one of its code, the
/// limits read from the error's parameters.
fn message(e: &ValidationError) -> String {
    if let Some(message) = &e.message {
        return message.to_string();
    }
    let number = |name: &str| e.params.get(name).and_then(serde_json::Value::as_u64);
    match e.code.as_ref() {
        "required" => REQUIRED.to_owned(),
        "email" => INVALID_EMAIL.to_owned(),
        "length" => {
            let count = e
                .params
                .get("value")
                .and_then(serde_json::Value::as_str)
                .map(|v| v.chars().count() as u64);
            match (count, number("min"), number("max")) {
                (Some(n), Some(min), _) if n < min => at_least(min),
                (_, _, Some(max)) => at_most(max),
                _ => "Longueur invalide.".to_owned(),
            }
        }
        _ => "Valeur invalide.".to_owned(),
    }
}
