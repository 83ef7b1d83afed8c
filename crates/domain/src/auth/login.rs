//! Signing in (`/auth/login`), renewing and ending a session (`/auth/refresh`,
//! `/auth/logout`).

use serde::{Deserialize, Serialize};

use crate::check;
use crate::{FieldError, MAX_EMAIL, MAX_PASSWORD, MAX_TOKEN, Me};

/// `POST /auth/login`.
///
/// Only presence and length are checked: an address stored before today's e-mail rule must
/// still sign in, and a wrong address or password is the same refusal either way.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(validator::Validate))]
pub struct LoginForm {
    #[cfg_attr(feature = "server", validate(
        custom(function = check::not_blank),
        length(max = check::chars(MAX_EMAIL)),
    ))]
    pub email: String,
    #[cfg_attr(feature = "server", validate(
        custom(function = check::not_empty),
        length(max = check::chars(MAX_PASSWORD)),
    ))]
    pub password: String,
}

impl LoginForm {
    /// Checks the fields (what needs no database): with validator on the server, by hand in
    /// the browser, same fields, codes and messages.
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        check::check_body(self, |_| {})
    }
}

/// The same field rules by hand, for the browser.
#[cfg(any(test, not(feature = "server")))]
impl check::ByHand for LoginForm {
    fn by_hand(&self, c: &mut check::Checks) {
        c.text("email", &self.email, MAX_EMAIL);
        c.secret("password", &self.password, MAX_PASSWORD);
    }
}

/// `POST /auth/refresh` and `/auth/logout`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(validator::Validate))]
pub struct RefreshForm {
    #[cfg_attr(feature = "server", validate(
        custom(function = check::not_blank),
        length(max = check::chars(MAX_TOKEN)),
    ))]
    pub refresh_token: String,
}

impl RefreshForm {
    /// Checks the fields (what needs no database): with validator on the server, by hand in
    /// the browser, same fields, codes and messages.
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        check::check_body(self, |_| {})
    }
}

/// The same field rules by hand, for the browser.
#[cfg(any(test, not(feature = "server")))]
impl check::ByHand for RefreshForm {
    fn by_hand(&self, c: &mut check::Checks) {
        c.text("refresh_token", &self.refresh_token, MAX_TOKEN);
    }
}

/// A short-lived access token and the refresh token that renews it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct TokenPair {
    /// A JWT to send as `Authorization: Bearer …`.
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    /// Opaque; single use: `/auth/refresh` returns a new one.
    pub refresh_token: String,
    pub user: Me,
}

/// The e-mail as stored and compared: trimmed, lower case.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{codes, field_rules};

    fn login(email: &str, password: &str) -> Vec<(String, String)> {
        let f = LoginForm {
            email: email.into(),
            password: password.into(),
        };
        field_rules(&f);
        codes(&f.check().err().unwrap_or_default())
            .into_iter()
            .map(|(f, c)| (f.to_owned(), c.to_owned()))
            .collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(f, c)| ((*f).to_owned(), (*c).to_owned()))
            .collect()
    }

    #[test]
    fn login_needs_both_fields_within_bounds() {
        assert_eq!(login("a@b.test", "x"), []);
        // An old address that today's rule would refuse still signs in.
        assert_eq!(login("josé@mairie", "   "), []);
        assert_eq!(
            login(" ", ""),
            pairs(&[("email", "required"), ("password", "required")])
        );
        let email = "e".repeat(MAX_EMAIL);
        assert_eq!(login(&email, &"p".repeat(MAX_PASSWORD)), []);
        assert_eq!(
            login(&format!("{email}e"), &"p".repeat(MAX_PASSWORD + 1)),
            pairs(&[("email", "length"), ("password", "length")])
        );
    }

    #[test]
    fn refresh_tokens_are_required_and_bounded() {
        let refresh = |t: String| {
            let f = RefreshForm { refresh_token: t };
            field_rules(&f);
            f.check().err().unwrap_or_default()
        };
        assert_eq!(
            codes(&refresh(String::new())),
            [("refresh_token", "required")]
        );
        assert_eq!(
            codes(&refresh("t".repeat(MAX_TOKEN + 1))),
            [("refresh_token", "length")]
        );
        assert!(refresh("t".repeat(MAX_TOKEN)).is_empty());
    }
}
