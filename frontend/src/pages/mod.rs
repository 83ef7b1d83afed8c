//! The app's pages, one folder per resource (the same names as in `domain`, `db` and the
//! API's handlers); `app.rs` maps them to routes. Home, accessibility and 404 are not
//! resources and stay at the top.

mod accessibility;
mod admin;
mod auth;
mod bourse;
mod collectivites;
mod home;
mod journal;
mod me;
mod not_found;
mod partners;
mod places;
mod projects;
mod reference;
mod search;

pub use accessibility::AccessibilityPage;
pub use admin::{AccountRequestsPage, UsersPage};
pub use auth::{AccountRequestPage, ConfirmPage, LoginPage, PasswordForgotPage, PasswordResetPage};
pub use collectivites::CollectivitePage;
pub use home::HomePage;
pub use journal::{AuditLogPage, OutboxPage};
pub use me::MySpacePage;
pub use not_found::NotFoundPage;
pub use partners::PartnerPage;
pub use places::{
    ContinentPage, CountryPage, DepartementPage, FrancePage, RegionPage, SubcontinentPage,
    WorldPage,
};
pub use projects::ProjectPage;
pub use reference::SourcesPage;
pub use search::{SearchPage, SearchState, saved_url};
