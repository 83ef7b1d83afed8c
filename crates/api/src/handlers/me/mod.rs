//! The personal space: profile and password, saved searches and maps, saved PDF extractions.

pub mod profile;
pub mod saved_exports;
pub mod saved_searches;
