//! Signing in and out, tokens, password reset, and account requests with their e-mail
//! confirmation.

pub mod account_requests;
pub mod login;
