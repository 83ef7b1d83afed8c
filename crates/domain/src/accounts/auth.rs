//! Roles, account requests, tokens and the signed-in user (`/account-requests`, `/auth/*`,
//! `/me`).

use serde::{Deserialize, Serialize};

use super::check::{Checks, SHORT_TEXT};
use crate::FieldError;

wire_enum! {
    /// What a user is; with its scope (collectivités, country, région) it decides what the
    /// user may do. Stored in the database, checked on every request.
    Role {
        Collectivite = "collectivite": "Agent de collectivité",
        Ambassade = "ambassade": "Ambassade",
        Prefecture = "prefecture": "Préfecture (SGAR)",
        Operateur = "operateur": "Opérateur",
        Admin = "admin": "Administrateur (DAECT)",
    }
}

wire_enum! {
    /// The groups one may request an account for (administrators are created by
    /// `atlas create-admin` or promoted, never requested).
    AccountGroup {
        Collectivite = "collectivite": "Collectivité territoriale",
        Ambassade = "ambassade": "Ambassade",
        Prefecture = "prefecture": "Préfecture (SGAR)",
        Operateur = "operateur": "Opérateur",
    }
}

impl AccountGroup {
    pub fn role(self) -> Role {
        match self {
            AccountGroup::Collectivite => Role::Collectivite,
            AccountGroup::Ambassade => Role::Ambassade,
            AccountGroup::Prefecture => Role::Prefecture,
            AccountGroup::Operateur => Role::Operateur,
        }
    }

    /// The entity kinds a request of this group must name (`[]`: none).
    pub fn entity_kinds(self) -> &'static [EntityKind] {
        match self {
            AccountGroup::Collectivite => &[
                EntityKind::Commune,
                EntityKind::Epci,
                EntityKind::Departement,
                EntityKind::Region,
            ],
            AccountGroup::Ambassade => &[EntityKind::Country],
            AccountGroup::Prefecture => &[EntityKind::Region],
            AccountGroup::Operateur => &[],
        }
    }
}

wire_enum! {
    /// Where an account is in its life: requested (e-mail to confirm, then validation by an
    /// admin), active, refused or disabled.
    AccountStatus {
        PendingEmail = "pending_email": "Adresse à confirmer",
        PendingValidation = "pending_validation": "En attente de validation",
        Active = "active": "Actif",
        Refused = "refused": "Refusé",
        Disabled = "disabled": "Désactivé",
    }
}

wire_enum! {
    /// Kinds of reference entities an account acts for.
    EntityKind {
        Commune = "commune": "Commune",
        Epci = "epci": "Intercommunalité (EPCI)",
        Departement = "departement": "Département",
        Region = "region": "Région",
        Country = "country": "Pays",
    }
}

/// A reference entity (COG commune, EPCI, département, région, or a country), as offered by
/// the account-request form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Entity {
    pub kind: EntityKind,
    /// INSEE code (commune, département, région), SIREN (EPCI) or ISO 3166 alpha-2 (country).
    pub code: String,
    pub name: String,
    /// What tells homonyms apart, e.g. « Ardèche (07) ».
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Whether the collectivité already has a page in the Atlas (always false for countries).
    pub in_atlas: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collectivite_id: Option<i32>,
}

/// A reference entity named by kind and code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct EntityRef {
    pub kind: EntityKind,
    pub code: String,
}

/// `GET /reference/entities`: look-up of the entities an account may act for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "server", into_params(parameter_in = Query))]
pub struct EntityQuery {
    /// Start of a name or a code, at least 2 characters (accents and case ignored).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// Only this kind: `commune`, `epci`, `departement`, `region` or `country`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// At most this many entities, 1 to 50 (default 20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
}

/// A validated entity look-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntitySearch {
    pub q: String,
    pub kind: Option<EntityKind>,
    pub limit: i64,
}

impl EntityQuery {
    pub fn parse(&self) -> Result<EntitySearch, Vec<FieldError>> {
        let mut c = Checks::default();
        let q = self.q.as_deref().unwrap_or_default().trim().to_owned();
        if q.chars().count() < 2 {
            c.fail("q", "length", "Au moins 2 caractères.");
        } else if q.chars().count() > 100 {
            c.fail("q", "length", "Au plus 100 caractères.");
        }
        let kind = match self.kind.as_deref().filter(|k| !k.is_empty()) {
            None => None,
            Some(k) => match k.parse() {
                Ok(k) => Some(k),
                Err(_) => {
                    c.fail("kind", "unknown", format!("Type inconnu : {k}"));
                    None
                }
            },
        };
        let limit = match self.limit.as_deref() {
            None => 20,
            Some(l) => match l.parse::<i64>() {
                Ok(n) if (1..=50).contains(&n) => n,
                _ => {
                    c.fail("limit", "range", "Un entier de 1 à 50.");
                    20
                }
            },
        };
        c.done().map(|()| EntitySearch { q, kind, limit })
    }
}

/// A list without paging.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Items<T> {
    pub items: Vec<T>,
}

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

/// `POST /auth/login`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct LoginForm {
    pub email: String,
    pub password: String,
}

/// `POST /auth/refresh` and `/auth/logout`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct RefreshForm {
    pub refresh_token: String,
}

/// `POST /auth/password-reset-requests`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct PasswordResetRequestForm {
    pub email: String,
}

/// `POST /auth/password-resets`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct PasswordResetForm {
    pub token: String,
    /// At least 12 characters.
    pub password: String,
}

/// `PUT /me/password`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct PasswordChangeForm {
    pub current_password: String,
    /// At least 12 characters.
    pub new_password: String,
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

/// An id and a name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct IdName {
    pub id: i32,
    pub name: String,
}

/// A code and a name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct CodeName {
    pub code: String,
    pub name: String,
}

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
