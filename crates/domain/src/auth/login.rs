//! Signing in (`/auth/login`), renewing and ending a session (`/auth/refresh`,
//! `/auth/logout`).

use serde::{Deserialize, Serialize};

use crate::Me;

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

/// The e-mail as stored and compared: trimmed, lower case.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}
