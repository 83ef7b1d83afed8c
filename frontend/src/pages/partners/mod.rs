//! Partners: a foreign partner authority's page (`/partenaires/:id`).

mod detail;

pub use detail::PartnerPage;
