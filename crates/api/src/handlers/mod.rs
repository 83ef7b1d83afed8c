//! HTTP handlers, one module per resource; handlers are named `<verb>_<resource>`.

pub mod accounts;
pub mod bourse_search;
pub mod collectivites;
pub mod continents;
pub mod countries;
pub mod criteria;
pub mod departements;
pub mod exports;
pub mod figures;
pub mod health;
pub mod map;
pub mod map_images;
pub mod partners;
pub mod projects;
pub mod regions;
pub mod search;
pub mod stats;
pub mod subcontinents;
pub mod suggest;

/// OpenAPI tags, one per resource family.
pub mod tags {
    pub const FIGURES: &str = "Chiffres";
    pub const WORLD: &str = "Accès monde";
    pub const FRANCE: &str = "Accès France";
    pub const ACTORS: &str = "Collectivités et partenaires";
    pub const PROJECTS: &str = "Projets";
    pub const MAPS: &str = "Cartes";
    pub const SEARCH: &str = "Recherche";
    pub const EXPORTS: &str = "Exports";
    pub const ACCOUNTS: &str = "Comptes";
    pub const ME: &str = "Espace personnel";
    pub const ADMIN: &str = "Administration";
    pub const EXTRANET: &str = "Extranet";
}
