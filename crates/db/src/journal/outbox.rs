//! The e-mail outbox: messages are written in the transaction of the change they announce,
//! then delivered by the SMTP task when one is configured (kept otherwise, for admins and
//! tests to read).

use atlas_domain::{Email, Paging};
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::email_outbox;
use crate::write::now;
use crate::{DbConn, DbError};

/// A message to send.
#[derive(Debug, Clone)]
pub struct NewEmail {
    pub to: String,
    pub subject: String,
    pub body_text: String,
    pub kind: &'static str,
}

macro_rules! insert_email {
    ($c:expr, $m:expr) => {
        diesel::insert_into(email_outbox::table)
            .values((
                email_outbox::to_address.eq(&$m.to),
                email_outbox::subject.eq(&$m.subject),
                email_outbox::body_text.eq(&$m.body_text),
                email_outbox::kind.eq($m.kind),
                email_outbox::created_at.eq(now()),
                email_outbox::attempts.eq(0),
            ))
            .execute($c)
            .map(drop)
    };
}

/// Queues a message on either backend's connection, inside the caller's transaction.
pub(crate) trait OutboxWrite {
    fn enqueue(&mut self, message: &NewEmail) -> QueryResult<()>;
}

impl_for_backends!(OutboxWrite {
    fn enqueue(&mut self, m: &NewEmail) -> QueryResult<()> {
        insert_email!(self, m)
    }
});

/// A queued message as stored.
#[derive(Queryable)]
struct EmailRow {
    id: i32,
    to: String,
    subject: String,
    body_text: String,
    kind: String,
    created_at: NaiveDateTime,
    sent_at: Option<NaiveDateTime>,
    attempts: i32,
    last_error: Option<String>,
}

impl From<EmailRow> for Email {
    fn from(r: EmailRow) -> Email {
        Email {
            id: r.id,
            to: r.to,
            subject: r.subject,
            body_text: r.body_text,
            kind: r.kind,
            created_at: r.created_at,
            sent_at: r.sent_at,
            attempts: r.attempts,
            last_error: r.last_error,
        }
    }
}

macro_rules! columns {
    () => {
        (
            email_outbox::id,
            email_outbox::to_address,
            email_outbox::subject,
            email_outbox::body_text,
            email_outbox::kind,
            email_outbox::created_at,
            email_outbox::sent_at,
            email_outbox::attempts,
            email_outbox::last_error,
        )
    };
}

/// The outbox, newest first, filtered by recipient and kind.
pub fn list(
    conn: &mut DbConn,
    to: Option<&str>,
    kind: Option<&str>,
    paging: &Paging,
) -> Result<(Vec<Email>, i64), DbError> {
    let (rows, total) = with_conn!(conn, |c| {
        macro_rules! filtered {
            () => {{
                let mut q = email_outbox::table.into_boxed();
                if let Some(to) = to {
                    q = q.filter(email_outbox::to_address.eq(to.trim().to_lowercase()));
                }
                if let Some(kind) = kind {
                    q = q.filter(email_outbox::kind.eq(kind.to_owned()));
                }
                q
            }};
        }
        let total: i64 = filtered!().count().get_result(c)?;
        let rows: Vec<EmailRow> = filtered!()
            .order(email_outbox::id.desc())
            .limit(paging.per_page)
            .offset(paging.offset())
            .select(columns!())
            .load(c)?;
        Ok::<_, diesel::result::Error>((rows, total))
    })?;
    Ok((rows.into_iter().map(Email::from).collect(), total))
}

/// Messages due for delivery: not sent, fewer than `max_attempts` tries, next try reached.
pub fn due(conn: &mut DbConn, max_attempts: i32, limit: i64) -> Result<Vec<Email>, DbError> {
    let at = now();
    let rows: Vec<EmailRow> = with_conn!(conn, |c| email_outbox::table
        .filter(email_outbox::sent_at.is_null())
        .filter(email_outbox::attempts.lt(max_attempts))
        .filter(
            email_outbox::next_attempt_at
                .is_null()
                .or(email_outbox::next_attempt_at.le(at))
        )
        .order(email_outbox::id)
        .limit(limit)
        .select(columns!())
        .load(c))?;
    Ok(rows.into_iter().map(Email::from).collect())
}

/// Records a delivery attempt: sent, or failed with the error and the time of the next try.
pub fn attempted(
    conn: &mut DbConn,
    id: i32,
    outcome: Result<(), (String, NaiveDateTime)>,
) -> Result<(), DbError> {
    let target = email_outbox::table.find(id);
    with_conn!(conn, |c| match &outcome {
        Ok(()) => diesel::update(target)
            .set((
                email_outbox::sent_at.eq(Some(now())),
                email_outbox::attempts.eq(email_outbox::attempts + 1),
                email_outbox::last_error.eq(None::<String>),
            ))
            .execute(c),
        Err((error, next)) => diesel::update(target)
            .set((
                email_outbox::attempts.eq(email_outbox::attempts + 1),
                email_outbox::last_error.eq(Some(error.clone())),
                email_outbox::next_attempt_at.eq(Some(*next)),
            ))
            .execute(c),
    })?;
    Ok(())
}
