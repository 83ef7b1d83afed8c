//! Projects: the fiche-projet (`/projets/:id`).

mod sheet;

pub use sheet::ProjectPage;
