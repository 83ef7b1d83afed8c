//! Reference data: the data sources and their licences (`/sources`).

mod sources;

pub use sources::SourcesPage;
