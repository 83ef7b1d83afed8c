//! The DAECT admin's work on accounts: requests to validate or refuse, users to list, disable,
//! enable and attach to collectivités.

pub mod account_requests;
pub mod users;
