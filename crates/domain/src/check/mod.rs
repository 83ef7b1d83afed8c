//! Field rules of request bodies, shared by the server (which enforces them) and the app
//! (which shows them before sending).
//!
//! On the server (`server` feature) every request body derives `validator::Validate`, and its
//! `check()` maps validator's errors to [`FieldError`]s (`by_validator.rs`). The browser is
//! built without validator: there each body runs the same rules by hand ([`ByHand`], written
//! with [`Checks`]). Both read the limits below, and a test runs both on the same inputs, so
//! they cannot drift. Rules validator cannot state (a blank text, an e-mail domain without a
//! dot, a choice that depends on another field) are written once, here or beside their body,
//! and both paths call them.

#[cfg(feature = "server")]
mod by_validator;
mod email;
mod fields;

#[cfg(feature = "server")]
pub(crate) use by_validator::{dotted_domain, not_blank, not_empty};
pub(crate) use email::is_email;

use serde::de::DeserializeOwned;

use crate::{FieldError, MAX_PASSWORD, MIN_PASSWORD};

/// Names, titles, reasons.
pub const SHORT_TEXT: usize = 200;
/// Free text (refusal reasons, rejection reasons).
pub const LONG_TEXT: usize = 2000;
/// Longest e-mail address (RFC 5321: a 254-character path).
pub const MAX_EMAIL: usize = 254;
/// Longest one-time or refresh token accepted (ours are 43 characters): a bound on the work,
/// not a format.
pub const MAX_TOKEN: usize = 128;

/// A limit in characters as validator's `length` takes it:
/// `length(max = check::chars(SHORT_TEXT))`.
#[cfg(feature = "server")]
pub(crate) const fn chars(limit: usize) -> u64 {
    limit as u64
}

const REQUIRED: &str = "Ce champ est obligatoire.";
const INVALID_EMAIL: &str = "Adresse électronique invalide.";

fn at_most(max: impl std::fmt::Display) -> String {
    format!("Au plus {max} caractères.")
}

fn at_least(min: impl std::fmt::Display) -> String {
    format!("Au moins {min} caractères.")
}

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
        if is_blank(value) {
            self.fail(field, "required", REQUIRED);
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

    /// A required secret (a password to compare, a token): not empty (spaces count), at most
    /// `max` characters.
    pub fn secret(&mut self, field: &str, value: &str, max: usize) {
        if value.is_empty() {
            self.fail(field, "required", REQUIRED);
        } else {
            self.max(field, value, max);
        }
    }

    fn max(&mut self, field: &str, value: &str, max: usize) {
        if value.chars().count() > max {
            self.fail(field, "length", at_most(max));
        }
    }

    /// An e-mail address (see [`is_email`]), at most [`MAX_EMAIL`] characters.
    pub fn email(&mut self, field: &str, value: &str) {
        if is_blank(value) {
            self.fail(field, "required", REQUIRED);
        } else if value.chars().count() > MAX_EMAIL || !is_email(value) {
            self.fail(field, "email", INVALID_EMAIL);
        }
    }

    /// A new password: 12 to 128 characters.
    pub fn password(&mut self, field: &str, value: &str) {
        let n = value.chars().count();
        if n < MIN_PASSWORD {
            self.fail(field, "length", at_least(MIN_PASSWORD));
        } else if n > MAX_PASSWORD {
            self.fail(field, "length", at_most(MAX_PASSWORD));
        }
    }

    /// The checks of a nested body, its errors named `field.…`.
    pub fn nested(&mut self, field: &str, check: impl FnOnce(&mut Checks)) {
        let mut inner = Checks::default();
        check(&mut inner);
        for mut e in inner.errors {
            e.field = format!("{field}.{}", e.field);
            self.errors.push(e);
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

/// Whether a text holds nothing but white space. Validator's `length(min = 1)` would accept
/// `"   "`: this rule is written by hand, for both paths.
pub(crate) fn is_blank(value: &str) -> bool {
    value.trim().is_empty()
}

/// A request body's field rules written by hand with [`Checks`]: what the browser runs, since
/// it is built without validator. They state the same rules as the body's `validate`
/// attributes, from the same constants; tests run both and compare (see `field_rules`).
#[cfg(any(test, not(feature = "server")))]
pub(crate) trait ByHand {
    fn by_hand(&self, c: &mut Checks);
}

/// The field errors of a request body, in the order of its fields: its field rules (validator
/// on the server, [`ByHand`] in the browser), then `across`, the rules that involve several
/// fields, which neither can state one field at a time.
#[cfg(feature = "server")]
pub(crate) fn check_body<T>(
    body: &T,
    across: impl FnOnce(&mut Checks),
) -> Result<(), Vec<FieldError>>
where
    T: validator::Validate + DeserializeOwned,
{
    let mut c = Checks {
        errors: by_validator::field_errors(body.validate()),
    };
    across(&mut c);
    in_field_order::<T>(c).done()
}

/// The field errors of a request body, in the order of its fields: its field rules (validator
/// on the server, [`ByHand`] in the browser), then `across`, the rules that involve several
/// fields, which neither can state one field at a time.
#[cfg(not(feature = "server"))]
pub(crate) fn check_body<T>(
    body: &T,
    across: impl FnOnce(&mut Checks),
) -> Result<(), Vec<FieldError>>
where
    T: ByHand + DeserializeOwned,
{
    let mut c = Checks::default();
    body.by_hand(&mut c);
    across(&mut c);
    in_field_order::<T>(c).done()
}

/// Sorts the errors by the body's fields as declared (their JSON names), then by path: the
/// same order whichever path found them (validator reports in no particular order).
fn in_field_order<T: DeserializeOwned>(mut c: Checks) -> Checks {
    let names = fields::names::<T>();
    c.errors.sort_by_cached_key(|e| {
        let head = e.field.split(['.', '[']).next().unwrap_or_default();
        let position = names.iter().position(|n| *n == head);
        (position.unwrap_or(names.len()), e.field.clone())
    });
    c
}

/// The field rules' errors of `body`, as [`check_body`] sorts them. With the `server` feature,
/// also runs the rules by hand and asserts both paths agree, and that every error names a
/// JSON field of the body.
#[cfg(all(test, feature = "server"))]
pub(crate) fn field_rules<T>(body: &T) -> Vec<FieldError>
where
    T: validator::Validate + ByHand + DeserializeOwned,
{
    let by_validator = in_field_order::<T>(Checks {
        errors: by_validator::field_errors(body.validate()),
    });
    let mut by_hand = Checks::default();
    body.by_hand(&mut by_hand);
    let by_hand = in_field_order::<T>(by_hand);
    assert_eq!(by_validator.errors, by_hand.errors, "validator and by hand");
    let names = fields::names::<T>();
    for e in &by_validator.errors {
        let head = e.field.split(['.', '[']).next().unwrap_or_default();
        assert!(
            names.contains(&head),
            "{} is no JSON field of the body",
            e.field
        );
    }
    by_validator.errors
}

/// The field rules' errors of `body`, as [`check_body`] sorts them.
#[cfg(all(test, not(feature = "server")))]
pub(crate) fn field_rules<T: ByHand + DeserializeOwned>(body: &T) -> Vec<FieldError> {
    let mut c = Checks::default();
    body.by_hand(&mut c);
    in_field_order::<T>(c).errors
}

/// The `(field, code)` pairs of some errors, to compare in tests.
#[cfg(test)]
pub(crate) fn codes(errors: &[FieldError]) -> Vec<(&str, &str)> {
    errors
        .iter()
        .map(|e| (e.field.as_str(), e.code.as_str()))
        .collect()
}

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
        c.secret("token", "", 10);
        c.nested("map_view", |c| {
            c.fail("lat", "range", "Latitude de -90 à 90.")
        });
        let fields: Vec<String> = c.done().unwrap_err().into_iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                "email",
                "first_name",
                "password",
                "job_title",
                "token",
                "map_view.lat"
            ]
        );
        let mut ok = Checks::default();
        ok.email("email", "agent@mairie-exemple.fr");
        ok.password("password", "correct horse battery");
        ok.secret("current_password", "   ", 10);
        assert!(ok.done().is_ok());
    }

    #[test]
    fn messages_say_the_limit() {
        let mut c = Checks::default();
        c.password("a", &"x".repeat(MIN_PASSWORD - 1));
        c.password("b", &"x".repeat(MAX_PASSWORD + 1));
        c.text("c", "", 5);
        c.email("d", "a@b");
        let messages: Vec<String> = c.errors.into_iter().map(|e| e.message).collect();
        assert_eq!(
            messages,
            [
                "Au moins 12 caractères.",
                "Au plus 128 caractères.",
                "Ce champ est obligatoire.",
                "Adresse électronique invalide."
            ]
        );
    }
}
