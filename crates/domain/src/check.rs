//! Field checks of request bodies, shared by the server (which enforces them) and the app
//! (which shows them before sending). Each check pushes a [`FieldError`] naming the field.

use crate::{FieldError, MAX_PASSWORD, MIN_PASSWORD};

/// Collects the field errors of one request body.
#[derive(Debug, Default)]
pub struct Checks {
    pub errors: Vec<FieldError>,
}

impl Checks {
    pub fn fail(&mut self, field: &str, code: &str, message: impl Into<String>) {
        self.errors.push(FieldError {
            field: field.to_owned(),
            code: code.to_owned(),
            message: message.into(),
        });
    }

    /// A required text: not blank, at most `max` characters.
    pub fn text(&mut self, field: &str, value: &str, max: usize) {
        if value.trim().is_empty() {
            self.fail(field, "required", "Ce champ est obligatoire.");
        } else {
            self.max(field, value, max);
        }
    }

    /// An optional text of at most `max` characters.
    pub fn optional(&mut self, field: &str, value: Option<&str>, max: usize) {
        if let Some(v) = value {
            self.max(field, v, max);
        }
    }

    fn max(&mut self, field: &str, value: &str, max: usize) {
        if value.chars().count() > max {
            self.fail(field, "length", format!("Au plus {max} caractères."));
        }
    }

    /// An e-mail address: one `@`, a dot in the domain, no spaces, at most 254 characters.
    pub fn email(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            return self.fail(field, "required", "Ce champ est obligatoire.");
        }
        let ok = value.len() <= 254
            && !value.chars().any(char::is_whitespace)
            && value.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
            });
        if !ok {
            self.fail(field, "email", "Adresse électronique invalide.");
        }
    }

    /// A new password: 12 to 128 characters.
    pub fn password(&mut self, field: &str, value: &str) {
        let n = value.chars().count();
        if n < MIN_PASSWORD {
            self.fail(
                field,
                "length",
                format!("Au moins {MIN_PASSWORD} caractères."),
            );
        } else if n > MAX_PASSWORD {
            self.fail(
                field,
                "length",
                format!("Au plus {MAX_PASSWORD} caractères."),
            );
        }
    }

    /// `Ok` when no check failed.
    pub fn done(self) -> Result<(), Vec<FieldError>> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(self.errors)
        }
    }
}

/// Names, titles, reasons.
pub const SHORT_TEXT: usize = 200;
/// Free text (refusal reasons, rejection reasons).
pub const LONG_TEXT: usize = 2000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_name_their_fields() {
        let mut c = Checks::default();
        c.email("email", "not-an-address");
        c.text("first_name", "  ", 10);
        c.password("password", "short");
        c.optional("job_title", Some(&"x".repeat(11)), 10);
        let fields: Vec<String> = c.done().unwrap_err().into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["email", "first_name", "password", "job_title"]);
        let mut ok = Checks::default();
        ok.email("email", "agent@mairie-exemple.fr");
        ok.password("password", "correct horse battery");
        assert!(ok.done().is_ok());
    }
}
