//! The Bourse projets: cooperation requests of foreign authorities looking for a French
//! partner, as the public sees them and as the search finds them.

mod requests;
mod search;

pub use requests::*;
pub use search::*;
