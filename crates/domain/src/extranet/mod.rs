//! Scoped extranet views: a collectivité as its agents, its préfecture, operators and admins
//! see it; the préfecture's follow-up of its région.

use serde::{Deserialize, Serialize};

use crate::CollectiviteDetail;

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
