//! Row structs mapped to the tables of [`crate::schema`]: one file per group of tables.
//! The same struct serves insertion and selection where the columns coincide.
//!
//! Enum columns are the stored text here (bulk loads write them as wire names); a read that
//! selects one of these rows parses them with [`crate::stored::Stored::parse`]. Reads that
//! select only some columns declare their own `Queryable` row next to the query, with enum
//! fields typed through `#[diesel(deserialize_as = Stored<…>)]`.

mod accounts;
mod activity;
mod apd;
mod bourse;
mod collectivite;
mod project;
mod reference;

pub use accounts::*;
pub use activity::*;
pub use apd::*;
pub use bourse::*;
pub use collectivite::*;
pub use project::*;
pub use reference::*;
