//! The one write path. Every write to public or workflow data runs in [`write_path!`], which
//!
//! 1. opens one transaction (`BEGIN IMMEDIATE` on SQLite, so two writers never deadlock
//!    upgrading a read lock);
//! 2. hands the body a [`Journal`], on which the body must check the actor's scope
//!    ([`Journal::authorize`], read inside the same transaction: a scope revoked a moment ago
//!    is seen) before it changes anything;
//! 3. runs the body, which applies the change and records it ([`Journal::record`], a
//!    field-level before/after [`Change`]), queues its e-mails ([`Journal::email`]) and says
//!    when public data changed ([`Journal::public`]);
//! 4. commits the journal in the same transaction: audit entries, outbox rows, and a new data
//!    generation when public data changed (every process then drops its cached answers and
//!    refreshes its facet index).
//!
//! All or nothing: an error anywhere rolls everything back. A body that forgets its scope
//! check or its audit entry fails with [`WriteError::Unchecked`] / [`WriteError::Unaudited`]
//! (a bug, answered 500), so a write cannot skip its duties silently. Bulk loads (reference
//! data, the demo dataset) are not workflow writes and use their own transactions.

mod authorize;
mod change;
mod error;

pub use authorize::Need;
pub use change::Change;
pub use error::{Conflict, WriteError};

use chrono::NaiveDateTime;
use diesel::QueryResult;

use crate::journal::audit::AuditWrite;
use crate::journal::outbox::{NewEmail, OutboxWrite};
use authorize::Authorize;

/// Who writes, for the scope check and the audit log.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Actor {
    /// The signed-in user; `None` for anonymous writes (account requests, sign-in).
    pub user_id: Option<i32>,
    pub ip: Option<String>,
}

/// The current instant, in UTC (every timestamp of the database is UTC).
pub fn now() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

/// What a write did, collected while its body runs and committed with it.
#[derive(Debug)]
pub struct Journal<'a> {
    actor: &'a Actor,
    authorized: bool,
    unchanged: bool,
    public: bool,
    changes: Vec<Change>,
    emails: Vec<NewEmail>,
}

impl<'a> Journal<'a> {
    pub(crate) fn new(actor: &'a Actor) -> Self {
        Journal {
            actor,
            authorized: false,
            unchanged: false,
            public: false,
            changes: Vec::new(),
            emails: Vec::new(),
        }
    }

    /// The writer.
    pub fn actor(&self) -> &Actor {
        self.actor
    }

    /// Checks, inside the transaction, that the actor may do what `need` says; `Forbidden`
    /// otherwise. Every write calls it before changing anything.
    pub(crate) fn authorize<C: Authorize>(
        &mut self,
        c: &mut C,
        need: Need<'_>,
    ) -> Result<(), WriteError> {
        if c.allows(self.actor, &need)? {
            self.authorized = true;
            Ok(())
        } else {
            Err(WriteError::Forbidden)
        }
    }

    /// Records a change for the audit log.
    pub fn record(&mut self, change: Change) {
        self.changes.push(change);
    }

    /// Queues an e-mail, sent after the commit by the outbox worker.
    pub fn email(&mut self, message: NewEmail) {
        self.emails.push(message);
    }

    /// Says that public data changed: cached public answers and facet indexes are renewed.
    pub fn public(&mut self) {
        self.public = true;
    }

    /// Says that this call changed nothing (a token that was not valid, say), so no audit
    /// entry is due.
    pub fn unchanged(&mut self) {
        self.unchanged = true;
    }

    /// Writes the audit entries, the e-mails and the new data generation, in the body's
    /// transaction.
    pub(crate) fn commit<C: AuditWrite + OutboxWrite + GenerationWrite>(
        self,
        c: &mut C,
    ) -> Result<(), WriteError> {
        if !self.authorized {
            return Err(WriteError::Unchecked);
        }
        if self.changes.is_empty() {
            return if self.unchanged && self.emails.is_empty() && !self.public {
                Ok(())
            } else {
                Err(WriteError::Unaudited)
            };
        }
        for change in &self.changes {
            c.audit(self.actor, change)?;
        }
        for message in &self.emails {
            c.enqueue(message)?;
        }
        if self.public {
            c.bump_generation()?;
        }
        Ok(())
    }
}

/// Storing a new data generation, inside the caller's transaction.
pub(crate) trait GenerationWrite {
    fn bump_generation(&mut self) -> QueryResult<()>;
}

impl_for_backends!(GenerationWrite {
    fn bump_generation(&mut self) -> QueryResult<()> {
        crate::meta::set_meta!(
            self,
            crate::meta::DATA_GENERATION,
            &crate::meta::new_generation()
        )
        .map(drop)
    }
});

/// Runs `$body` through the write path (see the module's documentation): one transaction,
/// `$j` the [`Journal`] the body authorizes on and records into, committed with the body.
/// `$body` evaluates to `Result<T, WriteError>`; the macro to `Result<T, DbError>`.
macro_rules! write_path {
    ($conn:expr, $actor:expr, |$c:ident, $j:ident| $body:expr) => {{
        let actor: &$crate::write::Actor = $actor;
        let done: Result<_, $crate::write::WriteError> = write_tx!($conn, |$c| {
            let mut $j = $crate::write::Journal::new(actor);
            // A closure, so that a `return` in the body still reaches the commit below.
            #[allow(clippy::redundant_closure_call)]
            let out: Result<_, $crate::write::WriteError> = (|| $body)();
            let out = out?;
            $j.commit($c)?;
            Ok(out)
        });
        done.map_err($crate::DbError::from)
    }};
}
pub(crate) use write_path;

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// Files allowed to open a write transaction themselves: the write path, and bulk loads.
    const BULK: &[&str] = &[
        "write/mod.rs",
        "reference/mod.rs",
        "demo/mod.rs",
        "fixtures.rs",
    ];

    fn sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    #[test]
    fn only_the_write_path_and_bulk_loads_open_write_transactions() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        sources(&root, &mut files);
        assert!(files.len() > 40, "the sources were not found");
        let around: Vec<String> = files
            .iter()
            .filter_map(|f| {
                let rel = f
                    .strip_prefix(&root)
                    .ok()?
                    .to_string_lossy()
                    .replace('\\', "/");
                let text = std::fs::read_to_string(f).ok()?;
                (text.contains(concat!("write_tx", "!(")) && !BULK.contains(&rel.as_str()))
                    .then_some(rel)
            })
            .collect();
        assert!(
            around.is_empty(),
            "these files write around the write path: {around:?}"
        );
    }
}
