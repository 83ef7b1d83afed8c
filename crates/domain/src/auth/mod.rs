//! Authentication: account requests, signing in, tokens, the password rule and its reset.

mod account_requests;
mod login;
mod password;
mod roles;

pub use account_requests::*;
pub use login::*;
pub use password::*;
pub use roles::*;
