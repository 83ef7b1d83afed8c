//! Searching the Bourse projets: published cooperation requests, with the project search's
//! engine (full text, criteria, disjunctive facets, highlighted hits).

pub mod filter;
pub mod search;
