//! Read queries that answer the API, one module per resource. Each takes a [`crate::DbConn`]
//! and returns domain DTOs; aggregation happens in SQL, never by loading tables per request.
//!
//! Public figures count active projects only: archived projects keep their history but are
//! not part of the Atlas's current picture.

pub mod apd;
pub mod bourse;
pub mod collectivites;
pub mod continents;
pub mod exports;
pub mod figures;
pub mod filter;
pub mod france;
pub mod map;
pub mod partners;
pub mod partnerships;
pub mod places;
pub mod projects;
pub mod request_filter;
pub mod search;
pub mod stats;
pub mod suggest;
pub mod world;

/// The project status excluded from public figures.
pub(crate) const ARCHIVED: &str = "archive";
/// The Bourse status that makes a request public.
pub(crate) const PUBLISHED: &str = "published";
