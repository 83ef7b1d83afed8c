//! The one vocabulary the server and the browser share: DTOs, enums and their French labels.
//!
//! Compiles to wasm. With the `server` feature the types also derive their OpenAPI schema
//! (utoipa) and request validation (validator); the browser builds without either.

#[macro_use]
pub mod kinds;
pub mod geo;
pub mod map;
pub mod page;
pub mod problem;
pub mod query;
pub mod stats;

pub use geo::*;
pub use kinds::*;
pub use map::{MapLevel, MapQuery, MapRequest};
pub use page::Page;
pub use problem::{FieldError, Problem};
pub use query::{FinancingCriterion, ProjectFilter, ProjectQuery};
pub use stats::*;
