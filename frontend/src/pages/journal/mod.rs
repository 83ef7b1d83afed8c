//! The journal (role admin): the audit log (`/admin/journal`) and the e-mail outbox
//! (`/admin/courriels`), shown in the administration's frame.

mod audit;
mod outbox;

pub use audit::AuditLogPage;
pub use outbox::OutboxPage;
