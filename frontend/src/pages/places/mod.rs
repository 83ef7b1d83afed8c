//! Places: the world access (continents, sub-continents, countries) and the France access
//! (régions, départements).

mod france;
mod world;

pub use france::{DepartementPage, FrancePage, RegionPage};
pub use world::{ContinentPage, CountryPage, SubcontinentPage, WorldPage};
