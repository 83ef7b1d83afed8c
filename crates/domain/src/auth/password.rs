//! The password rule, and resetting a forgotten password by e-mail
//! (`/auth/password-reset-requests`, `/auth/password-resets`).

use serde::{Deserialize, Serialize};

/// Shortest accepted password.
pub const MIN_PASSWORD: usize = 12;
/// Longest accepted password (argon2 hashes any length; this bounds the work per request).
pub const MAX_PASSWORD: usize = 128;

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
