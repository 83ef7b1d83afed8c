//! Account requests (`/account-requests`): the form, the confirmation of its e-mail address,
//! where the request stands.

use serde::{Deserialize, Serialize};

use crate::check::{Checks, SHORT_TEXT};
use crate::{AccountGroup, AccountStatus, EntityRef, FieldError};

/// `POST /account-requests`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct AccountRequestForm {
    pub email: String,
    /// At least 12 characters.
    pub password: String,
    pub first_name: String,
    pub last_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    pub group: AccountGroup,
    /// Required for every group but `operateur`: a commune, EPCI, département or région for a
    /// collectivité, a country for an embassy, a région for a préfecture.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<EntityRef>,
}

impl AccountRequestForm {
    /// Field checks that need no database (whether the entity exists is checked there).
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        let mut c = Checks::default();
        c.email("email", &self.email);
        c.password("password", &self.password);
        c.text("first_name", &self.first_name, SHORT_TEXT);
        c.text("last_name", &self.last_name, SHORT_TEXT);
        c.optional("job_title", self.job_title.as_deref(), SHORT_TEXT);
        c.optional("phone", self.phone.as_deref(), 40);
        let kinds = self.group.entity_kinds();
        match &self.entity {
            None if !kinds.is_empty() => c.fail("entity", "required", "Choisissez l'entité."),
            Some(_) if kinds.is_empty() => {
                c.fail("entity", "forbidden", "Aucune entité pour ce groupe.");
            }
            Some(e) if !kinds.contains(&e.kind) => c.fail(
                "entity.kind",
                "unknown",
                format!("{} ne convient pas à ce groupe.", e.kind.label()),
            ),
            Some(e) if e.code.trim().is_empty() || e.code.len() > 20 => {
                c.fail("entity.code", "required", "Code invalide.");
            }
            _ => {}
        }
        c.done()
    }
}

/// Where an account request stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct AccountStatusReply {
    pub status: AccountStatus,
}

/// A one-time token received by e-mail.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct TokenForm {
    pub token: String,
}
