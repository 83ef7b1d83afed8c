//! Soak (issue #6): ten minutes of the mixed read workload with writes, on loopback, against a
//! release server on a private copy of the ×1 database. Every client sends, in turn, the
//! visitor's reads of [`workloads::mixed`] and, one request in [`WRITE_EVERY`], a write of a
//! signed-in user: save a search, rename one, delete the oldest once it holds [`KEEP`] (so
//! the data stays bounded). Any answer outside 2xx or any socket error counts as an error.
//! Also: requests per minute (a slowdown would show), latency, the server's memory at the
//! start, its peak and at the end (a leak would show), and `atlas backup` of the database
//! afterwards, which runs SQLite's integrity check on the snapshot.
//!
//! `clients` holds the writer's account and the clients' loop, `report` the figures.

mod clients;
mod report;

use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::Context;
use hdrhistogram::Histogram;

use crate::rss;
use crate::server::{Options, Server};
use crate::workloads;
pub use clients::{KEEP, WRITE_EVERY};
use clients::{Shared, Tally, client_loop, create_admin, login, send};
use report::mb;

/// What a soak measured.
#[derive(Debug, Clone)]
pub struct Soak {
    pub duration: Duration,
    pub clients: usize,
    pub reads: u64,
    pub writes: u64,
    pub errors: u64,
    /// The first few errors, as said.
    pub error_samples: Vec<String>,
    /// Completed requests in each whole minute (or in the whole run when shorter).
    pub per_minute: Vec<u64>,
    pub p50_us: u64,
    pub p99_us: u64,
    pub max_us: u64,
    pub rss_start_kb: u64,
    pub rss_max_kb: u64,
    pub rss_end_kb: u64,
    /// `VmRSS` at the end of each whole minute (kB): a plateau, or a leak.
    pub rss_per_minute: Vec<u64>,
    /// Saved searches left at the end (bounded by clients × KEEP).
    pub saved_left: usize,
    /// `atlas backup` of the database after the run (integrity check included).
    pub integrity: Result<(), String>,
}

/// Runs the soak on a copy of `db` (left untouched) for `duration` with `clients` clients.
pub async fn run(
    atlas: &Path,
    db: &Path,
    workers: Option<usize>,
    duration: Duration,
    clients: usize,
    logs: &Path,
) -> anyhow::Result<Soak> {
    let dir = tempfile::tempdir()?;
    let copy = dir.path().join("atlas.db");
    std::fs::copy(db, &copy).with_context(|| format!("copy {}", db.display()))?;
    create_admin(atlas, &copy)?;
    let options = Options {
        port: 0,
        workers,
        static_dir: None,
        seed: false,
        answer_cache: true,
    };
    let server = Server::start(atlas, &copy, &options, &logs.join("serve-soak.log")).await?;
    let client = reqwest::Client::new();
    let token = login(&client, &server.base).await?;
    let mix = workloads::mixed(workloads::has_export(&client, &server.base).await);
    let reads: Arc<Vec<String>> = Arc::new(
        crate::wrk::cycle(&mix)
            .into_iter()
            .map(str::to_owned)
            .collect(),
    );
    let shared = Arc::new(Shared {
        base: server.base.clone(),
        client,
        token: tokio::sync::RwLock::new((token, Instant::now())),
        tally: Mutex::new(Tally::default()),
        started: Instant::now(),
    });
    let pid = server.pid();
    let rss_start_kb = rss::status_kb(pid, "VmRSS").unwrap_or(0);
    let sampler = rss::Sampler::start(pid);
    let minutes = tokio::spawn(async move {
        let mut kb = Vec::new();
        for _ in 0..duration.as_secs() / 60 {
            tokio::time::sleep(Duration::from_secs(60)).await;
            kb.push(rss::status_kb(pid, "VmRSS").unwrap_or(0));
        }
        kb
    });
    eprintln!(
        "soak: {} s, {clients} clients, one write in {WRITE_EVERY}",
        duration.as_secs()
    );
    let until = Instant::now() + duration;
    let tasks: Vec<_> = (0..clients.max(1))
        .map(|tag| tokio::spawn(client_loop(shared.clone(), reads.clone(), tag, until)))
        .collect();
    let mut histogram = Histogram::<u64>::new(3)?;
    for task in tasks {
        histogram.add(task.await??)?;
    }
    let elapsed = shared.started.elapsed();
    let rss_max_kb = sampler.finish();
    let rss_end_kb = rss::status_kb(pid, "VmRSS").unwrap_or(0);
    let rss_per_minute = minutes.await?;
    let token = shared.token().await?;
    let left = send(
        shared
            .client
            .get(format!("{}/api/v1/me/saved-searches", server.base))
            .bearer_auth(&token),
        "list saved searches",
    )
    .await
    .map_err(anyhow::Error::msg)?;
    let saved_left = left["items"].as_array().map_or(0, Vec::len);
    drop(server);
    let integrity = check_integrity(atlas, &copy, dir.path());

    let tally = std::mem::take(&mut *shared.tally.lock().map_err(|_| anyhow::anyhow!("tally"))?);
    let mut per_minute = tally.per_minute;
    // A last partial minute would read as a slowdown: whole minutes only.
    per_minute.truncate((elapsed.as_secs() / 60) as usize);
    let soak = Soak {
        duration: elapsed,
        clients,
        reads: tally.reads,
        writes: tally.writes,
        errors: tally.errors,
        error_samples: tally.samples,
        per_minute,
        p50_us: histogram.value_at_quantile(0.50),
        p99_us: histogram.value_at_quantile(0.99),
        max_us: histogram.max(),
        rss_start_kb,
        rss_max_kb,
        rss_end_kb,
        rss_per_minute,
        saved_left,
        integrity,
    };
    eprintln!(
        "soak: {} reads, {} writes, {} errors, p99 {:.1} ms, VmRSS {:.1} → {:.1} MB (peak {:.1})",
        soak.reads,
        soak.writes,
        soak.errors,
        soak.p99_us as f64 / 1000.0,
        mb(soak.rss_start_kb),
        mb(soak.rss_end_kb),
        mb(soak.rss_max_kb)
    );
    Ok(soak)
}

/// `atlas backup` of the soaked database: it verifies its snapshot with `PRAGMA integrity_check`.
fn check_integrity(atlas: &Path, db: &Path, dir: &Path) -> Result<(), String> {
    let out = Command::new(atlas)
        .args(["backup", "--database-url"])
        .arg(db)
        .arg(dir.join("after-soak.db"))
        .output()
        .map_err(|e| e.to_string())?;
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).trim().to_owned())
    }
}
