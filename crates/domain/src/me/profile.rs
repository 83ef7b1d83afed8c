//! The signed-in user (`GET /me`) and the change of their password (`PUT /me/password`).

use serde::{Deserialize, Serialize};

use crate::{CodeName, IdName, Role};

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
pub struct PasswordChangeForm {
    pub current_password: String,
    /// At least 12 characters.
    pub new_password: String,
}
