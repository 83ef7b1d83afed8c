//! Search: the project criteria that every list, map and export shares (`ProjectQuery`,
//! parsed into a `ProjectFilter`), the results of a search (hits, facets, sort and pages) and
//! the type-ahead suggestions.

mod criteria;
mod keywords;
mod parse;
mod query_string;
mod results;
mod suggest;

pub use criteria::*;
pub use keywords::*;
pub(crate) use parse::CodeLists;
pub use query_string::*;
pub use results::*;
pub use suggest::*;
