//! The password rule, and resetting a forgotten password by e-mail
//! (`/auth/password-reset-requests`, `/auth/password-resets`).

use serde::{Deserialize, Serialize};

use crate::check;
use crate::{FieldError, MAX_TOKEN};

/// Shortest accepted password.
pub const MIN_PASSWORD: usize = 12;
/// Longest accepted password (argon2 hashes any length; this bounds the work per request).
pub const MAX_PASSWORD: usize = 128;

/// `POST /auth/password-reset-requests`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(validator::Validate))]
pub struct PasswordResetRequestForm {
    #[cfg_attr(feature = "server", validate(
        custom(function = check::not_blank),
        email,
        custom(function = check::dotted_domain),
        length(max = check::chars(crate::MAX_EMAIL), code = "email"),
    ))]
    pub email: String,
}

impl PasswordResetRequestForm {
    /// Checks the fields (what needs no database): with validator on the server, by hand in
    /// the browser, same fields, codes and messages.
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        check::check_body(self, |_| {})
    }
}

/// The same field rules by hand, for the browser.
#[cfg(any(test, not(feature = "server")))]
impl check::ByHand for PasswordResetRequestForm {
    fn by_hand(&self, c: &mut check::Checks) {
        c.email("email", &self.email);
    }
}

/// `POST /auth/password-resets`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(validator::Validate))]
pub struct PasswordResetForm {
    #[cfg_attr(feature = "server", validate(
        custom(function = check::not_blank),
        length(max = check::chars(MAX_TOKEN)),
    ))]
    pub token: String,
    /// At least 12 characters.
    #[cfg_attr(feature = "server", validate(
        length(min = check::chars(MIN_PASSWORD), max = check::chars(MAX_PASSWORD))
    ))]
    pub password: String,
}

impl PasswordResetForm {
    /// Checks the fields (what needs no database): with validator on the server, by hand in
    /// the browser, same fields, codes and messages.
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        check::check_body(self, |_| {})
    }
}

/// The same field rules by hand, for the browser.
#[cfg(any(test, not(feature = "server")))]
impl check::ByHand for PasswordResetForm {
    fn by_hand(&self, c: &mut check::Checks) {
        c.text("token", &self.token, MAX_TOKEN);
        c.password("password", &self.password);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{codes, field_rules};

    #[test]
    fn a_reset_request_needs_an_address() {
        let request = |email: &str| {
            let f = PasswordResetRequestForm {
                email: email.into(),
            };
            field_rules(&f);
            f.check().err().unwrap_or_default()
        };
        assert!(request("agent@mairie.fr").is_empty());
        assert_eq!(codes(&request("")), [("email", "required")]);
        assert_eq!(codes(&request("agent@mairie")), [("email", "email")]);
    }

    #[test]
    fn a_new_password_has_12_to_128_characters() {
        let reset = |token: &str, password: String| {
            let f = PasswordResetForm {
                token: token.into(),
                password,
            };
            field_rules(&f);
            f.check().err().unwrap_or_default()
        };
        assert!(reset("x", "é".repeat(MIN_PASSWORD)).is_empty());
        assert!(reset("x", "p".repeat(MAX_PASSWORD)).is_empty());
        let short = reset("x", "p".repeat(MIN_PASSWORD - 1));
        assert_eq!(codes(&short), [("password", "length")]);
        assert_eq!(short[0].message, "Au moins 12 caractères.");
        let long = reset("x", "p".repeat(MAX_PASSWORD + 1));
        assert_eq!(long[0].message, "Au plus 128 caractères.");
        assert_eq!(
            codes(&reset(" ", "p".repeat(MIN_PASSWORD))),
            [("token", "required")]
        );
    }
}
