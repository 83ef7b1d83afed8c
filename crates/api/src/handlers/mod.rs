//! HTTP handlers, one module per resource; handlers are named `<verb>_<resource>`.

pub mod bourse_search;
pub mod continents;
pub mod criteria;
pub mod health;
pub mod map;
pub mod search;
pub mod stats;
pub mod suggest;

/// OpenAPI tags, one per resource family.
pub mod tags {
    pub const FIGURES: &str = "Chiffres";
    pub const WORLD: &str = "Accès monde";
    pub const MAPS: &str = "Cartes";
    pub const SEARCH: &str = "Recherche";
    pub const EXPORTS: &str = "Exports";
}
