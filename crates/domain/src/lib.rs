//! The one vocabulary the server and the browser share: DTOs, enums and their French labels.
//!
//! Compiles to wasm. With the `server` feature the types also derive their OpenAPI schema
//! (utoipa) and request validation (validator); the browser builds without either.

// `kinds` first: its `wire_enum!` macro serves the modules after it.
#[macro_use]
pub mod kinds;
pub mod accounts;
pub mod bourse;
pub mod collectivite;
pub mod export;
pub mod export_row;
pub mod figures;
pub mod france;
pub mod geo;
pub mod links;
pub mod map;
pub mod page;
pub mod partner;
pub mod problem;
pub mod project;
pub mod query;
pub mod search;
pub mod stats;
pub mod suggest;
pub mod world;

pub use accounts::*;
pub use bourse::{BourseFilter, BourseHit, BourseQuery};
pub use collectivite::*;
pub use export::{ExportColumn, ExportFormat, ExportOptions, ExportSpec};
pub use export_row::{ExportFeature, ExportFeatureCollection, ExportRecord, ExportRow};
pub use figures::*;
pub use france::*;
pub use geo::*;
pub use kinds::*;
pub use map::{MapLevel, MapQuery, MapRequest};
pub use page::{Page, PageQuery, Paging};
pub use partner::*;
pub use problem::{FieldError, Problem};
pub use project::*;
pub use query::{FinancingCriterion, ProjectFilter, ProjectQuery};
pub use search::{
    Facet, FacetValue, Named, SearchHit, SearchOptions, SearchPaging, SearchResults, SearchSort,
    TextPart,
};
pub use stats::*;
pub use suggest::{SuggestQuery, SuggestRequest, Suggestion, SuggestionKind};
pub use world::*;
