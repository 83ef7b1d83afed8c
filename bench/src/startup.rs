//! Start-up of `atlas serve`, spawn to first `/healthz`: once on a fresh database (migrations,
//! reference data and the demo dataset generated on the way: the first-start seed time), then
//! several times on that now existing database (the median is reported).

use std::path::Path;
use std::time::Duration;

use crate::server::{Options, Server};

/// Times of one start-up run.
#[derive(Debug, Clone)]
pub struct Startup {
    /// Fresh database: migrate, load reference data, generate the ×1 demo data, serve.
    pub first_start: Duration,
    /// Restarts on the existing database, in the order measured.
    pub restarts: Vec<Duration>,
}

impl Startup {
    pub fn median_restart(&self) -> Duration {
        let mut sorted = self.restarts.clone();
        sorted.sort();
        sorted.get(sorted.len() / 2).copied().unwrap_or_default()
    }
}

/// Starts `atlas` on a fresh database in a temporary directory, then `restarts` times again.
pub async fn run(
    atlas: &Path,
    workers: Option<usize>,
    restarts: usize,
    logs: &Path,
) -> anyhow::Result<Startup> {
    let dir = tempfile::tempdir()?;
    let db = dir.path().join("atlas.db");
    // Seeding as a user's first `atlas serve` does (no --no-seed).
    let options = Options {
        port: 0,
        workers,
        static_dir: None,
        seed: true,
        answer_cache: true,
    };
    let first = Server::start(atlas, &db, &options, &logs.join("serve-first-start.log")).await?;
    let first_start = first.ready_in;
    drop(first);
    eprintln!("first start (seeding): {:.1} s", first_start.as_secs_f64());
    let mut times = Vec::new();
    for i in 0..restarts.max(1) {
        let log = logs.join(format!("serve-restart-{i}.log"));
        let server = Server::start(atlas, &db, &options, &log).await?;
        times.push(server.ready_in);
    }
    let startup = Startup {
        first_start,
        restarts: times,
    };
    eprintln!(
        "start on the existing database: median {:.0} ms",
        startup.median_restart().as_secs_f64() * 1000.0
    );
    Ok(startup)
}
