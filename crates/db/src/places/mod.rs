//! Places: world access (continents, sub-continents, countries) and France access (régions,
//! départements), and the look-up of places by code that the filters share.

pub mod continents;
pub mod france;
pub mod lookup;
pub mod world;
