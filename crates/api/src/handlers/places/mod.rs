//! Places: world access (continents, sub-continents, countries) and France access (régions,
//! départements).

pub mod continents;
pub mod countries;
pub mod departements;
pub mod regions;
pub mod subcontinents;
