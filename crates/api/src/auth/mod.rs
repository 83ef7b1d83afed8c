//! Authentication over HTTP: settings, access tokens (JWT carrying the user id only), and the
//! guard extractors that load the user's role and scope from the database on every request.
//! Passwords, opaque tokens and e-mails are `atlas_accounts`'.

pub mod guards;
pub mod jwt;

use std::time::Duration;

use atlas_accounts::mail::PublicUrl;

/// The signing key used when none is configured. Fine for a laptop; the server refuses to
/// start in production mode with it.
pub const DEFAULT_JWT_SECRET: &str = "atlas-dev-secret-change-me-in-production";

/// How accounts and tokens behave.
#[derive(Debug, Clone)]
pub struct AuthSettings {
    /// HS256 key of the access tokens (`ATLAS_JWT_SECRET`).
    pub jwt_secret: String,
    pub access_ttl: Duration,
    pub refresh_ttl: Duration,
    /// Lifetime of an e-mailed confirmation link.
    pub confirm_ttl: Duration,
    /// Lifetime of an e-mailed password-reset link.
    pub reset_ttl: Duration,
    /// Failed logins in a row that lock an account…
    pub max_failed_logins: i32,
    /// …for this long.
    pub lockout: Duration,
    /// Base of the links in e-mails (`ATLAS_PUBLIC_URL`).
    pub public_url: PublicUrl,
}

impl Default for AuthSettings {
    fn default() -> Self {
        AuthSettings {
            jwt_secret: DEFAULT_JWT_SECRET.to_owned(),
            access_ttl: Duration::from_secs(15 * 60),
            refresh_ttl: Duration::from_secs(30 * 24 * 3600),
            confirm_ttl: Duration::from_secs(48 * 3600),
            reset_ttl: Duration::from_secs(3600),
            max_failed_logins: 5,
            lockout: Duration::from_secs(15 * 60),
            public_url: PublicUrl::default(),
        }
    }
}

impl AuthSettings {
    /// Whether the signing key is the built-in development one.
    pub fn uses_default_secret(&self) -> bool {
        self.jwt_secret == DEFAULT_JWT_SECRET
    }
}

/// `now + d` as a database timestamp.
pub fn after(d: Duration) -> chrono::NaiveDateTime {
    let d = chrono::Duration::from_std(d).unwrap_or(chrono::Duration::zero());
    chrono::Utc::now().naive_utc() + d
}

/// Refuses settings unfit for production: the built-in signing key, or a key shorter than 32
/// bytes.
pub fn check_production(settings: &AuthSettings) -> Result<(), String> {
    if settings.uses_default_secret() {
        return Err(
            "production mode with the default signing key: set ATLAS_JWT_SECRET to a long random \
             value (e.g. `openssl rand -base64 48`)"
                .to_owned(),
        );
    }
    if settings.jwt_secret.len() < 32 {
        return Err("ATLAS_JWT_SECRET must be at least 32 bytes long in production".to_owned());
    }
    Ok(())
}
