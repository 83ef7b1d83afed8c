//! The app's pages, one module each; `app.rs` maps them to routes.

mod home;
mod not_found;
mod sources;

pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use sources::SourcesPage;
