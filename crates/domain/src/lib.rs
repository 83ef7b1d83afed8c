//! The one vocabulary the server and the browser share: DTOs, enums and their French labels.
//!
//! Compiles to wasm. With the `server` feature the types also derive their OpenAPI schema
//! (utoipa) and request validation (validator); the browser builds without either.

// `kinds` first: its `wire_enum!` macro serves the modules after it.
#[macro_use]
pub mod kinds;
pub mod accounts;
pub mod bourse;
pub mod collectivites;
pub mod exports;
pub mod figures;
pub mod links;
pub mod map;
pub mod page;
pub mod partners;
pub mod places;
pub mod problem;
pub mod projects;
pub mod search;

pub use accounts::*;
pub use bourse::*;
pub use collectivites::*;
pub use exports::*;
pub use figures::*;
pub use kinds::*;
pub use map::*;
pub use page::{Page, PageQuery, Paging};
pub use partners::*;
pub use places::*;
pub use problem::{FieldError, Problem};
pub use projects::*;
pub use search::*;

/// The project criteria's old module path.
// TODO(reshape): remove when consumers import from the root
pub mod query {
    pub use crate::search::{
        FinancingCriterion, ProjectFilter, ProjectQuery, keywords, percent_encode, query_string,
    };
}

/// The suggestions' old module path.
// TODO(reshape): remove when consumers import from the root
pub mod suggest {
    pub use crate::search::{
        SUGGEST_LIMIT, SUGGEST_MIN_CHARS, SuggestQuery, SuggestRequest, Suggestion, SuggestionKind,
    };
}
