//! Scoped extranet views: a collectivité as its agents, its préfecture, operators and admins
//! see it; the préfecture's follow-up of its région; the embassy's Bourse queue.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::{BourseStatus, CollectiviteDetail};

/// A yearly procedure's state (update campaign, e-APD declaration).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct YearStatus {
    pub year: i32,
    /// Campaign: `not_started`, `in_progress`, `validated`; e-APD: `draft`, `submitted`.
    pub status: String,
}

/// A user attached to a collectivité.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct UserRef {
    pub id: i32,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
}

/// `GET /extranet/collectivites/{id}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct ExtranetCollectivite {
    /// The public page.
    pub page: CollectiviteDetail,
    /// Active users acting for it.
    pub users: Vec<UserRef>,
    /// The latest update campaign's state, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign: Option<YearStatus>,
    /// The latest e-APD declaration's state, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apd: Option<YearStatus>,
}

/// A collectivité of the préfecture's région, with its yearly procedures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct FollowedCollectivite {
    pub id: i32,
    pub name: String,
    /// Collectivité type (wire name of `CollectiviteKind`).
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub departement_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign: Option<YearStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apd: Option<YearStatus>,
}

/// `GET /prefecture/collectivites`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "server", into_params(parameter_in = Query))]
pub struct PrefectureQuery {
    /// Région code (INSEE): required for admins and operators, ignored for a préfecture
    /// (which sees its own région).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}

/// A Bourse request in the embassy's moderation queue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct ModeratedRequest {
    pub id: i32,
    pub title: String,
    pub authority_name: String,
    pub country_code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    pub contact_name: String,
    pub status: BourseStatus,
    pub created_at: NaiveDateTime,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_confirmed_at: Option<NaiveDateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moderated_at: Option<NaiveDateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejection_reason: Option<String>,
}

/// `GET /embassy/bourse-requests`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "server", into_params(parameter_in = Query))]
pub struct EmbassyQuery {
    /// `submitted`, `published`, `rejected` or `closed` (default: all).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Country (ISO alpha-2): admins only; an embassy always sees its own country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}
