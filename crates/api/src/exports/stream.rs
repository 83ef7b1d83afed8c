//! A streamed export body: the head, then the rows of each batch of ids read and encoded in
//! the blocking pool on a pooled connection, then the tail.
//!
//! [`LANES`] batches are read at once, each on its own connection, and sent in order: reading
//! the database runs on both cores while the previous batch is compressed and written. A batch
//! is read only when the client has taken all but `LANES` of the earlier ones, so a slow
//! download holds no connection and a bounded number of encoded batches; a client that goes
//! away stops the reads with the body.

use std::sync::Arc;

use actix_web::web::Bytes;
use atlas_db::exports::{self, BATCH};
use atlas_domain::ExportRow;
use futures_util::{Stream, StreamExt, stream};

use crate::AppState;

/// Batches read at the same time.
const LANES: usize = 2;

/// Turns rows into bytes of one format. Batches are encoded independently (several at once).
pub trait Encoder: Send + Sync + 'static {
    /// What comes before the rows (header, opening bracket).
    fn head(&self) -> std::io::Result<Vec<u8>>;
    /// One batch of rows; `first` when it opens the document's rows.
    fn rows(&self, rows: &[ExportRow], first: bool) -> std::io::Result<Vec<u8>>;
    /// What closes the document.
    fn tail(&self) -> Vec<u8>;
}

type Chunk = Result<Bytes, std::io::Error>;

/// The body of an export of `ids` encoded by `encoder`.
pub fn body<E: Encoder>(state: AppState, ids: Arc<[i32]>, encoder: E) -> impl Stream<Item = Chunk> {
    let encoder = Arc::new(encoder);
    let head = stream::once(std::future::ready(encoder.head().map(Bytes::from)));
    let tail = {
        let encoder = encoder.clone();
        stream::once(async move { Ok(Bytes::from(encoder.tail())) })
    };
    let batches = stream::iter((0..ids.len()).step_by(BATCH))
        .map(move |from| {
            let (state, ids, encoder) = (state.clone(), ids.clone(), encoder.clone());
            async move {
                let to = (from + BATCH).min(ids.len());
                let batch = state
                    .run(move |conn| {
                        let rows = exports::rows(conn, &ids[from..to])?;
                        Ok(encoder.rows(&rows, from == 0))
                    })
                    .await;
                match batch {
                    Ok(bytes) => bytes.map(Bytes::from),
                    Err(err) => {
                        tracing::error!(error = %err, "export stopped");
                        Err(std::io::Error::other(err.to_string()))
                    }
                }
            }
        })
        .buffered(LANES);
    // After a failure the body is cut (the status is sent already), so that the client sees
    // a failed download rather than a short file.
    head.chain(batches)
        .chain(tail)
        .scan(false, |failed, chunk| {
            let next = (!*failed).then(|| {
                *failed = chunk.is_err();
                chunk
            });
            std::future::ready(next)
        })
}
