//! The one vocabulary the server and the browser share: DTOs, enums and their French labels.
//!
//! Compiles to wasm. With the `server` feature the types also derive their OpenAPI schema
//! (utoipa) and request validation (validator); the browser builds without either.
//!
//! One folder per resource, named as in every layer of the workspace; every public item is
//! re-exported here, so other crates import from the crate root (`atlas_domain::Foo`).

// `kinds` first: its `wire_enum!` macro serves the modules after it.
#[macro_use]
pub mod kinds;
pub mod check;
pub mod links;
pub mod page;
pub mod problem;

pub mod admin;
pub mod auth;
pub mod bourse;
pub mod collectivites;
pub mod exports;
pub mod extranet;
pub mod figures;
pub mod journal;
pub mod map;
pub mod me;
pub mod partners;
pub mod places;
pub mod projects;
pub mod reference;
pub mod search;

pub use admin::*;
pub use auth::*;
pub use bourse::*;
pub use check::*;
pub use collectivites::*;
pub use exports::*;
pub use extranet::*;
pub use figures::*;
pub use journal::*;
pub use kinds::*;
pub use map::*;
pub use me::*;
pub use page::*;
pub use partners::*;
pub use places::*;
pub use problem::*;
pub use projects::*;
pub use reference::*;
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

/// The accounts' old module path (the password rule).
// TODO(reshape): remove when consumers import from the root
pub mod accounts {
    /// The field checks' old module path.
    pub mod check {
        pub use crate::check::{Checks, LONG_TEXT, SHORT_TEXT};
        pub use crate::{MAX_PASSWORD, MIN_PASSWORD, normalise_email};
    }
}
