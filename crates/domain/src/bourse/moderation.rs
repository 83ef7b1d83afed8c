//! The embassy's moderation queue: the Bourse requests of its country, to publish or reject
//! (`/embassy/bourse-requests`).

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::BourseStatus;

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
