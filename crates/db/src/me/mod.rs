//! The personal space: the user's profile, saved searches and maps, saved PDF extractions.
//! Every read and write is scoped to its owner.

pub mod profile;
pub mod saved_exports;
pub mod saved_searches;
