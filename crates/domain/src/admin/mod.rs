//! What administrators (DAECT) see and do: validate account requests, manage users
//! (`/admin/account-requests`, `/admin/users`).

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::check::{Checks, LONG_TEXT};
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
pub struct ReasonForm {
    pub reason: String,
}

impl ReasonForm {
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        let mut c = Checks::default();
        c.text("reason", &self.reason, LONG_TEXT);
        c.done()
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
pub struct CollectiviteLinkForm {
    pub collectivite_id: i32,
}
