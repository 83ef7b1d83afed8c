//! The one vocabulary the server and the browser share: DTOs, enums and their French labels.
//!
//! Compiles to wasm. With the `server` feature the types also derive their OpenAPI schema
//! (utoipa) and request validation (validator); the browser builds without either.

// `kinds` first: its `wire_enum!` macro serves the modules after it.
#[macro_use]
pub mod kinds;
pub mod bourse;
pub mod export;
pub mod geo;
pub mod map;
pub mod page;
pub mod problem;
pub mod query;
pub mod search;
pub mod stats;
pub mod suggest;

pub use bourse::{BourseFilter, BourseHit, BourseQuery};
pub use export::{ExportColumn, ExportFormat, ExportOptions, ExportSpec};
pub use geo::*;
pub use kinds::*;
pub use map::{MapLevel, MapQuery, MapRequest};
pub use page::Page;
pub use problem::{FieldError, Problem};
pub use query::{FinancingCriterion, ProjectFilter, ProjectQuery};
pub use search::{
    Facet, FacetValue, Named, Paging, SearchHit, SearchOptions, SearchResults, SearchSort, TextPart,
};
pub use stats::*;
pub use suggest::{SuggestQuery, SuggestRequest, Suggestion, SuggestionKind};
