//! The signed-in user (`GET /me`) and the change of their password (`PUT /me/password`).

use serde::{Deserialize, Serialize};

use crate::check;
use crate::{CodeName, FieldError, IdName, MAX_PASSWORD, Role};

/// The signed-in user, with the scope of their role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Me {
    pub id: i32,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_title: Option<String>,
    pub role: Role,
    /// The collectivités the user acts for (role `collectivite`).
    pub collectivites: Vec<IdName>,
    /// The embassy's country (role `ambassade`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CodeName>,
    /// The préfecture's région (role `prefecture`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<CodeName>,
}

/// `PUT /me/password`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(validator::Validate))]
pub struct PasswordChangeForm {
    /// Compared with the stored hash: only presence and length are checked here.
    #[cfg_attr(feature = "server", validate(
        custom(function = check::not_empty),
        length(max = check::chars(MAX_PASSWORD)),
    ))]
    pub current_password: String,
    /// At least 12 characters.
    #[cfg_attr(feature = "server", validate(
        length(min = check::chars(crate::MIN_PASSWORD), max = check::chars(crate::MAX_PASSWORD))
    ))]
    pub new_password: String,
}

impl PasswordChangeForm {
    /// Checks the fields (what needs no database): with validator on the server, by hand in
    /// the browser, same fields, codes and messages.
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        check::check_body(self, |_| {})
    }
}

/// The same field rules by hand, for the browser.
#[cfg(any(test, not(feature = "server")))]
impl check::ByHand for PasswordChangeForm {
    fn by_hand(&self, c: &mut check::Checks) {
        c.secret("current_password", &self.current_password, MAX_PASSWORD);
        c.password("new_password", &self.new_password);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::MIN_PASSWORD;
    use crate::check::{codes, field_rules};

    #[test]
    fn a_change_needs_the_current_password_and_a_valid_new_one() {
        let change = |current: &str, new: String| {
            let f = PasswordChangeForm {
                current_password: current.into(),
                new_password: new,
            };
            field_rules(&f);
            f.check().err().unwrap_or_default()
        };
        assert!(change("old", "n".repeat(MIN_PASSWORD)).is_empty());
        assert!(change("old", "n".repeat(MAX_PASSWORD)).is_empty());
        assert_eq!(
            codes(&change("", "court".into())),
            [("current_password", "required"), ("new_password", "length")]
        );
        assert_eq!(
            codes(&change(
                &"o".repeat(MAX_PASSWORD + 1),
                "n".repeat(MAX_PASSWORD + 1)
            )),
            [("current_password", "length"), ("new_password", "length")]
        );
    }
}
