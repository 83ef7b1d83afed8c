//! A streamed export body: the head, then the rows of each batch of ids read and encoded in
//! the blocking pool on a pooled connection, then the tail. The next batch is read only when
//! the client has taken the previous one, so a slow download holds no connection and at most
//! one batch of rows.

use std::sync::Arc;

use actix_web::web::Bytes;
use atlas_db::queries::exports::{self, BATCH};
use atlas_domain::ExportRow;
use futures_util::Stream;

use crate::AppState;

/// Turns rows into bytes of one format.
pub trait Encoder: Send + 'static {
    /// What comes before the rows (header, opening bracket).
    fn head(&mut self) -> std::io::Result<Vec<u8>>;
    /// One batch of rows.
    fn rows(&mut self, rows: &[ExportRow]) -> std::io::Result<Vec<u8>>;
    /// What closes the document.
    fn tail(&mut self) -> Vec<u8>;
}

enum Step<E> {
    Head(E),
    /// Rows from this position in the ids.
    Rows(E, usize),
    Done,
}

/// The body of an export of `ids` encoded by `encoder`.
pub fn body<E: Encoder>(
    state: AppState,
    ids: Arc<[i32]>,
    encoder: E,
) -> impl Stream<Item = Result<Bytes, std::io::Error>> {
    futures_util::stream::unfold(Step::Head(encoder), move |step| {
        let state = state.clone();
        let ids = ids.clone();
        async move {
            match step {
                Step::Head(mut e) => {
                    let head = e.head();
                    Some((head.map(Bytes::from), Step::Rows(e, 0)))
                }
                Step::Rows(mut e, from) if from >= ids.len() => {
                    Some((Ok(Bytes::from(e.tail())), Step::Done))
                }
                Step::Rows(mut e, from) => {
                    let to = (from + BATCH).min(ids.len());
                    let batch = state
                        .run(move |conn| {
                            let rows = exports::rows(conn, &ids[from..to])?;
                            let bytes = e.rows(&rows);
                            Ok((e, bytes))
                        })
                        .await;
                    match batch {
                        Ok((e, Ok(bytes))) => Some((Ok(Bytes::from(bytes)), Step::Rows(e, to))),
                        Ok((_, Err(err))) => Some((Err(err), Step::Done)),
                        Err(err) => {
                            // The status is sent already: cut the body so the client sees a
                            // failed download rather than a short file.
                            tracing::error!(error = %err, "export stopped");
                            Some((Err(std::io::Error::other(err.to_string())), Step::Done))
                        }
                    }
                }
                Step::Done => None,
            }
        }
    })
}
