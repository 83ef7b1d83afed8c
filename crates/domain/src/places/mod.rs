//! Places: the world access (continents, sub-continents, countries) and the France access
//! (régions, départements), each with its figures.

mod france;
mod world;

pub use france::*;
pub use world::*;
