//! `atlas serve` options of accounts: signing key, production mode, public URL of e-mailed
//! links, SMTP delivery and the rate limit of public writes.

use std::time::Duration;

use atlas_accounts::mail::PublicUrl;
use atlas_accounts::mail::delivery::SmtpSettings;
use atlas_api::auth::{self, AuthSettings};
use atlas_api::limits::RateLimit;
use clap::Args;

#[derive(Args)]
pub struct AccountArgs {
    /// Production mode (also `ATLAS_ENV=production`): refuses the default signing key.
    #[arg(long)]
    production: bool,
    /// HS256 key of the access tokens (required in production, 32 bytes or more).
    #[arg(long, env = "ATLAS_JWT_SECRET", hide_env_values = true)]
    jwt_secret: Option<String>,
    /// Base URL of the links in e-mails (default: `http://` + the bind address).
    #[arg(long, env = "ATLAS_PUBLIC_URL")]
    public_url: Option<String>,
    /// SMTP server of the outbox, e.g. `smtp://localhost:25`; without it e-mails stay in the
    /// outbox (admins see them at /admin/courriels).
    #[arg(long, env = "ATLAS_SMTP_URL")]
    smtp_url: Option<String>,
    /// Sender of the e-mails.
    #[arg(
        long,
        env = "ATLAS_SMTP_FROM",
        default_value = "Atlas DAECT <no-reply@localhost>"
    )]
    smtp_from: String,
    /// Public writes (log in, password reset, account requests) allowed at once per client IP…
    #[arg(long, env = "ATLAS_RATE_LIMIT_BURST", default_value_t = 10)]
    rate_limit_burst: u32,
    /// …then one more every this many milliseconds.
    #[arg(long, env = "ATLAS_RATE_LIMIT_PERIOD_MS", default_value_t = 6000)]
    rate_limit_period_ms: u64,
}

impl AccountArgs {
    fn production(&self) -> bool {
        self.production || std::env::var("ATLAS_ENV").is_ok_and(|e| e == "production")
    }

    /// The settings of accounts; an error in production mode with the default key.
    pub fn auth_settings(&self, bind: &str) -> anyhow::Result<AuthSettings> {
        let mut settings = AuthSettings::default();
        if let Some(secret) = self.jwt_secret.clone().filter(|s| !s.is_empty()) {
            settings.jwt_secret = secret;
        }
        settings.public_url = match &self.public_url {
            Some(url) => PublicUrl::new(url),
            None => PublicUrl::new(&format!("http://{bind}")),
        };
        if self.production() {
            auth::check_production(&settings).map_err(|e| anyhow::anyhow!(e))?;
        } else if settings.uses_default_secret() {
            tracing::warn!("development signing key in use: set ATLAS_JWT_SECRET in production");
        }
        Ok(settings)
    }

    pub fn smtp(&self) -> Option<SmtpSettings> {
        self.smtp_url
            .clone()
            .filter(|u| !u.is_empty())
            .map(|url| SmtpSettings {
                url,
                from: self.smtp_from.clone(),
                poll: Duration::from_secs(5),
            })
    }

    pub fn rate_limit(&self) -> RateLimit {
        RateLimit {
            burst: self.rate_limit_burst.max(1),
            period: Duration::from_millis(self.rate_limit_period_ms.max(1)),
        }
    }
}
