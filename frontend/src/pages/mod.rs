//! The app's pages, one module each; `app.rs` maps them to routes.

mod accessibility;
mod france;
mod home;
mod not_found;
mod project;
mod search;
mod sources;
mod world;

pub use accessibility::AccessibilityPage;
pub use france::{CollectivitePage, DepartementPage, FrancePage, RegionPage};
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use project::ProjectPage;
pub use search::{SearchPage, SearchState};
pub use sources::SourcesPage;
pub use world::{ContinentPage, CountryPage, PartnerPage, SubcontinentPage, WorldPage};
