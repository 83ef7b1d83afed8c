//! Row structs mapped to the tables of [`crate::schema`]: one file per group of tables.
//! The same struct serves insertion and selection where the columns coincide.

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
