//! Writes a generated dataset in one transaction, in foreign-key order.

use diesel::prelude::*;

use super::Dataset;
use crate::schema::*;

/// Batch insertion of a [`Dataset`], implemented for both connection types.
pub trait InsertDataset {
    fn insert_dataset(&mut self, d: &Dataset) -> QueryResult<()>;
}

macro_rules! impl_insert_dataset {
    ($conn:ty) => {
        impl InsertDataset for $conn {
            fn insert_dataset(&mut self, d: &Dataset) -> QueryResult<()> {
                let c = self;
                insert_batches!(c, collectivites::table, &d.collectivites.rows)?;
                insert_batches!(c, contacts::table, &d.collectivites.contacts)?;
                insert_batches!(c, network_memberships::table, &d.collectivites.memberships)?;
                insert_batches!(c, partners::table, &d.partners)?;
                insert_batches!(c, partnerships::table, &d.partnerships)?;
                let p = &d.projects;
                insert_batches!(c, projects::table, &p.projects)?;
                insert_batches!(c, project_themes::table, &p.themes)?;
                insert_batches!(c, project_financings::table, &p.financings)?;
                insert_batches!(c, project_collectivites::table, &p.co_collectivites)?;
                insert_batches!(c, project_partners::table, &p.co_partners)?;
                insert_batches!(c, project_contacts::table, &p.contacts)?;
                insert_batches!(c, project_volunteers::table, &p.volunteers)?;
                insert_batches!(c, project_texts::table, &p.texts)?;
                insert_batches!(c, bourse_requests::table, &d.bourse.requests)?;
                insert_batches!(c, bourse_request_themes::table, &d.bourse.themes)?;
                insert_batches!(c, bourse_texts::table, &d.bourse.texts)?;
                insert_batches!(c, apd_declarations::table, &d.apd.declarations)?;
                insert_batches!(c, apd_lines::table, &d.apd.lines)?;
                Ok(())
            }
        }
    };
}
impl_insert_dataset!(diesel::SqliteConnection);
impl_insert_dataset!(diesel::PgConnection);

/// Tables whose `id` the demo sets explicitly (PostgreSQL sequences must then move past them).
pub const EXPLICIT_ID_TABLES: [&str; 11] = [
    "collectivites",
    "contacts",
    "partners",
    "partnerships",
    "projects",
    "project_financings",
    "project_contacts",
    "project_volunteers",
    "bourse_requests",
    "apd_declarations",
    "apd_lines",
];

/// Tables that activity data lives in, children first (for `atlas seed --replace`).
pub const ACTIVITY_TABLES: [&str; 23] = [
    "apd_lines",
    "apd_declarations",
    "bourse_texts",
    "bourse_request_themes",
    "bourse_requests",
    "project_texts",
    "project_volunteers",
    "project_contacts",
    "project_partners",
    "project_collectivites",
    "project_financings",
    "project_themes",
    "projects",
    "partnerships",
    "partners",
    "network_memberships",
    "contacts",
    "campaign_entries",
    "user_collectivites",
    "saved_exports",
    "saved_searches",
    "audit_log",
    "collectivites",
];
