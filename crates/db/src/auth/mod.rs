//! Accounts and sign-in: account requests and their e-mail confirmation, sign-in bookkeeping
//! (failed attempts, lockout), the principal every authenticated request loads, passwords and
//! their reset.

pub mod account_requests;
pub mod login;
pub mod password;
pub mod principal;
