//! Delivery of the outbox by SMTP (`lettre`), on a background thread: every few seconds the
//! due messages are sent; a failure is retried with exponential backoff (1, 2, 4… minutes, at
//! most [`MAX_ATTEMPTS`] tries), its error kept for admins to see. Without `ATLAS_SMTP_URL`
//! nothing runs and messages stay in the outbox.

use std::time::Duration;

use atlas_db::Db;
use atlas_db::journal::outbox;
use atlas_domain::Email;
use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};

/// Tries per message before it is left for an admin to look at.
pub const MAX_ATTEMPTS: i32 = 8;

/// Where and as whom to send.
#[derive(Debug, Clone)]
pub struct SmtpSettings {
    /// `smtp://host:port` (plain or STARTTLS-less relay, e.g. a local MTA).
    pub url: String,
    /// The `From` address.
    pub from: String,
    /// Pause between two passes over the outbox.
    pub poll: Duration,
}

/// Starts the delivery thread; fails at once when the URL or sender is unusable.
pub fn spawn(db: Db, settings: SmtpSettings) -> Result<std::thread::JoinHandle<()>, String> {
    let transport = transport(&settings.url)?;
    let from: Mailbox = settings
        .from
        .parse()
        .map_err(|e| format!("ATLAS_SMTP_FROM: {e}"))?;
    std::thread::Builder::new()
        .name("atlas-mail".into())
        .spawn(move || {
            loop {
                if let Err(e) = pass(&db, &transport, &from) {
                    tracing::warn!(error = %e, "outbox delivery pass failed");
                }
                std::thread::sleep(settings.poll);
            }
        })
        .map_err(|e| e.to_string())
}

/// A plain SMTP transport to `smtp://[user:password@]host[:port]` (default port 25). TLS is
/// the relay's business: point the Atlas at a local or internal MTA.
fn transport(url: &str) -> Result<SmtpTransport, String> {
    let rest = url
        .strip_prefix("smtp://")
        .ok_or_else(|| format!("ATLAS_SMTP_URL must start with smtp:// (got {url})"))?;
    let rest = rest.trim_end_matches('/');
    let (credentials, address) = match rest.rsplit_once('@') {
        Some((creds, address)) => (Some(creds), address),
        None => (None, rest),
    };
    let (host, port) = match address.rsplit_once(':') {
        Some((host, port)) => (
            host,
            port.parse::<u16>()
                .map_err(|_| format!("ATLAS_SMTP_URL: bad port {port}"))?,
        ),
        None => (address, 25),
    };
    if host.is_empty() {
        return Err("ATLAS_SMTP_URL: no host".to_owned());
    }
    let mut builder = SmtpTransport::builder_dangerous(host)
        .port(port)
        .timeout(Some(Duration::from_secs(20)));
    if let Some((user, password)) = credentials.and_then(|c| c.split_once(':')) {
        builder = builder.credentials(Credentials::new(user.to_owned(), password.to_owned()));
    }
    Ok(builder.build())
}

/// One pass: sends every due message once.
fn pass(db: &Db, transport: &SmtpTransport, from: &Mailbox) -> Result<(), atlas_db::DbError> {
    let mut conn = db.conn()?;
    for email in outbox::due(&mut conn, MAX_ATTEMPTS, 50)? {
        let outcome = send(transport, from, &email).map_err(|error| {
            tracing::warn!(id = email.id, %error, "e-mail not delivered");
            (error, next_try(email.attempts))
        });
        outbox::attempted(&mut conn, email.id, outcome)?;
    }
    Ok(())
}

fn send(transport: &SmtpTransport, from: &Mailbox, email: &Email) -> Result<(), String> {
    let message = Message::builder()
        .from(from.clone())
        .to(email
            .to
            .parse()
            .map_err(|e| format!("destinataire : {e}"))?)
        .subject(email.subject.clone())
        .body(email.body_text.clone())
        .map_err(|e| e.to_string())?;
    transport
        .send(&message)
        .map(drop)
        .map_err(|e| e.to_string())
}

/// When to retry after `attempts` earlier tries: 1, 2, 4… minutes, at most a day.
fn next_try(attempts: i32) -> chrono::NaiveDateTime {
    let minutes = 1i64 << attempts.clamp(0, 10);
    chrono::Utc::now().naive_utc() + chrono::Duration::minutes(minutes.min(24 * 60))
}
