//! The app's pages, one module each; `app.rs` maps them to routes.

mod accessibility;
pub mod account;
mod admin;
mod france;
mod home;
mod my_space;
mod not_found;
mod project;
mod search;
mod sources;
mod world;

pub use accessibility::AccessibilityPage;
pub use account::{
    AccountRequestPage, ConfirmPage, LoginPage, PasswordForgotPage, PasswordResetPage,
};
pub use admin::{AccountRequestsPage, AuditLogPage, OutboxPage, UsersPage};
pub use france::{CollectivitePage, DepartementPage, FrancePage, RegionPage};
pub use home::HomePage;
pub use my_space::MySpacePage;
pub use not_found::NotFoundPage;
pub use project::ProjectPage;
pub use search::{SearchPage, SearchState, saved_url};
pub use sources::SourcesPage;
pub use world::{ContinentPage, CountryPage, PartnerPage, SubcontinentPage, WorldPage};
