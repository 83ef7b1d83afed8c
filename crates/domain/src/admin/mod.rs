//! What administrators (DAECT) see and do: validate account requests, manage users
//! (`/admin/account-requests`, `/admin/users`).

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::check::{self, LONG_TEXT};
use crate::{AccountGroup, AccountStatus, CodeName, Entity, FieldError, IdName, Role};

/// An account request, as the admin validates it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct AccountRequest {
    pub id: i32,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_title: Option<String>,
    pub group: AccountGroup,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<Entity>,
    pub status: AccountStatus,
    pub created_at: NaiveDateTime,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_confirmed_at: Option<NaiveDateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refusal_reason: Option<String>,
}

/// `GET /admin/account-requests`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "server", into_params(parameter_in = Query))]
pub struct AccountRequestQuery {
    /// `pending_validation` (default), `pending_email`, `active`, `refused` or `disabled`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Page number, from 1 (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
    /// Items per page, 1 to 200 (default 50).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_page: Option<String>,
}

/// `POST /admin/account-requests/{id}/refusal`, `/embassy/bourse-requests/{id}/rejection`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(validator::Validate))]
pub struct ReasonForm {
    #[cfg_attr(feature = "server", validate(
        custom(function = check::not_blank),
        length(max = check::chars(LONG_TEXT)),
    ))]
    pub reason: String,
}

impl ReasonForm {
    /// Checks the fields (what needs no database): with validator on the server, by hand in
    /// the browser, same fields, codes and messages.
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        check::check_body(self, |_| {})
    }
}

/// The same field rules by hand, for the browser.
#[cfg(any(test, not(feature = "server")))]
impl check::ByHand for ReasonForm {
    fn by_hand(&self, c: &mut check::Checks) {
        c.text("reason", &self.reason, LONG_TEXT);
    }
}

/// A user as the admin lists them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct UserSummary {
    pub id: i32,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub role: Role,
    pub status: AccountStatus,
    pub collectivites: Vec<IdName>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CodeName>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<CodeName>,
    pub created_at: NaiveDateTime,
    /// Set while the account is locked after repeated failed logins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked_until: Option<NaiveDateTime>,
}

/// `GET /admin/users`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "server", into_params(parameter_in = Query))]
pub struct UserQuery {
    /// Account status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Part of the e-mail or name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_page: Option<String>,
}

/// `POST /admin/users/{id}/collectivites`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(validator::Validate))]
pub struct CollectiviteLinkForm {
    /// Whether the collectivité exists is checked in the database; here only that it can be
    /// an id.
    #[cfg_attr(
        feature = "server",
        validate(range(min = 1, message = "Identifiant de collectivité invalide."))
    )]
    pub collectivite_id: i32,
}

impl CollectiviteLinkForm {
    /// Checks the fields (what needs no database): with validator on the server, by hand in
    /// the browser, same fields, codes and messages.
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        check::check_body(self, |_| {})
    }
}

/// The same field rules by hand, for the browser.
#[cfg(any(test, not(feature = "server")))]
impl check::ByHand for CollectiviteLinkForm {
    fn by_hand(&self, c: &mut check::Checks) {
        if self.collectivite_id < 1 {
            let message = "Identifiant de collectivité invalide.";
            c.fail("collectivite_id", "range", message);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{codes, field_rules};

    #[test]
    fn a_reason_is_required_and_bounded() {
        let reason = |reason: String| {
            let f = ReasonForm { reason };
            field_rules(&f);
            f.check().err().unwrap_or_default()
        };
        assert!(reason("r".repeat(LONG_TEXT)).is_empty());
        assert_eq!(codes(&reason("\n ".into())), [("reason", "required")]);
        let long = reason("r".repeat(LONG_TEXT + 1));
        assert_eq!(codes(&long), [("reason", "length")]);
        assert_eq!(long[0].message, "Au plus 2000 caractères.");
    }

    #[test]
    fn a_collectivite_id_is_positive() {
        let link = |collectivite_id| {
            let f = CollectiviteLinkForm { collectivite_id };
            field_rules(&f);
            f.check().err().unwrap_or_default()
        };
        assert!(link(1).is_empty());
        assert_eq!(codes(&link(0)), [("collectivite_id", "range")]);
        assert_eq!(codes(&link(-4)), [("collectivite_id", "range")]);
    }
}
