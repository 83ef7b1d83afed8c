//! The account use-cases that are not HTTP, shared by the API, the `atlas` command and the
//! tests, so that none of them imports the web server to hash a password:
//!
//! - [`password`]: password hashing with argon2id, and the decoy hash that makes a login for an
//!   unknown address cost as much as one for a known address;
//! - [`secret`]: minting the opaque one-time and refresh tokens, and the digests the database
//!   keeps of them;
//! - [`mail`]: the composition of every e-mail the Atlas sends, and their delivery by SMTP on
//!   a background thread ([`mail::delivery`]).
//!
//! Layering: `atlas-api` → `atlas-accounts` → `atlas-db` → `atlas-domain`; nothing here knows
//! actix-web. Access tokens (JWT) are the API's bearer authentication and stay there.

pub mod mail;
pub mod password;
pub mod secret;
