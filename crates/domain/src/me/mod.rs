//! The personal space: the signed-in user's profile and password, saved searches and maps,
//! saved PDF extractions (`/me`, `/me/saved-*`).

mod profile;
mod saved;

pub use profile::*;
pub use saved::*;
