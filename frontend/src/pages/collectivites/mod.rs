//! Collectivités: a French local authority's page (`/collectivites/:id`).

mod detail;

pub use detail::CollectivitePage;
