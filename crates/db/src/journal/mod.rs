//! The journal of writes: the audit log (who changed what, when, from where), the e-mail
//! outbox (messages written in the transaction of the change they announce) and the one-time
//! and refresh tokens.

pub mod audit;
pub mod outbox;
pub mod tokens;
