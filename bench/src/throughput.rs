//! Throughput at one dataset scale, every run with wrk at the same connections and duration:
//! the faceted search computed on every request (a server started with `--no-answer-cache`)
//! and the same question of Datasette; the same search on the server as deployed, which keeps
//! the answer until the data changes; our dynamic answers against the very same bytes served
//! as static files by our server (the ceiling); the mixed read workload, with the server's
//! memory sampled meanwhile.

use std::path::Path;
use std::time::Duration;

use anyhow::{Context, bail};

use crate::datasette::Datasette;
use crate::rss;
use crate::server::Server;
use crate::workloads;
use crate::wrk::{self, Load, Throughput};

/// How hard and how long every wrk run goes.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    pub connections: usize,
    pub duration: Duration,
    pub warmup: Duration,
}

/// Datasette's answer compared with ours, to show both computed the same match.
#[derive(Debug, Clone, Copy)]
pub struct SameQuestion {
    pub our_total: i64,
    pub datasette_total: i64,
}

/// Everything measured at one scale.
#[derive(Debug, Clone)]
pub struct AtScale {
    pub scale: u32,
    /// Computed on every request.
    pub faceted: Throughput,
    /// Asked again of the server as deployed (answer kept).
    pub faceted_kept: Throughput,
    pub faceted_static: Throughput,
    pub datasette: Option<(Throughput, SameQuestion)>,
    pub stats: Throughput,
    pub stats_static: Throughput,
    pub mixed: Throughput,
    pub mixed_has_export: bool,
    /// Highest `VmRSS` sampled during the mixed run, and `VmHWM` after it (kB).
    pub rss_max_kb: u64,
    pub rss_hwm_kb: u64,
}

fn paths(path: &str) -> Vec<(String, u32)> {
    vec![(path.to_owned(), 1)]
}

/// A warm-up run (discarded), then the measured one.
fn measure(
    base: &str,
    paths: &[(String, u32)],
    settings: Settings,
    scratch: &Path,
) -> anyhow::Result<Throughput> {
    let mut load = Load {
        base,
        connections: settings.connections,
        duration: settings.warmup,
        paths,
    };
    wrk::run(&load, scratch)?;
    load.duration = settings.duration;
    let t = wrk::run(&load, scratch)?;
    if t.errors > 0 {
        bail!(
            "{} errors out of {} requests on {}",
            t.errors,
            t.requests,
            paths[0].0
        );
    }
    eprintln!(
        "  {:<60} {:>7.0} req/s  p50 {:>6.1} ms  p99 {:>6.1} ms",
        if paths.len() > 1 {
            "mixed workload"
        } else {
            &paths[0].0
        },
        t.per_second,
        t.p50_us / 1000.0,
        t.p99_us / 1000.0
    );
    Ok(t)
}

async fn get_json(url: &str) -> anyhow::Result<(serde_json::Value, Vec<u8>)> {
    let response = reqwest::get(url)
        .await
        .with_context(|| format!("GET {url}"))?;
    if !response.status().is_success() {
        bail!("GET {url}: {}", response.status());
    }
    let body = response.bytes().await?.to_vec();
    let value = serde_json::from_slice(&body).with_context(|| format!("GET {url}: JSON"))?;
    Ok((value, body))
}

/// Runs the throughput part against `server`, whose app directory is `static_dir`, and
/// `computed`, the same database served without kept answers; Datasette (when `datasette_bin`
/// is given) serves a copy of `db`.
#[expect(
    clippy::too_many_arguments,
    reason = "one call site, every argument distinct"
)]
pub async fn run(
    server: &Server,
    computed: &Server,
    static_dir: &Path,
    db: &Path,
    datasette_bin: Option<&Path>,
    scale: u32,
    settings: Settings,
    logs: &Path,
) -> anyhow::Result<AtScale> {
    let scratch = tempfile::tempdir()?;
    let base = server.base.as_str();

    // The ceiling: the very bytes of the dynamic answers, as files of our own server.
    let (search, search_body) = get_json(&format!("{base}{}", workloads::FACETED)).await?;
    std::fs::write(static_dir.join("search.json"), &search_body)?;
    let (_, stats_body) = get_json(&format!("{base}/api/v1/stats")).await?;
    std::fs::write(static_dir.join("stats.json"), &stats_body)?;

    eprintln!("throughput ×{scale}:");
    let faceted = measure(
        &computed.base,
        &paths(workloads::FACETED),
        settings,
        scratch.path(),
    )?;
    let faceted_kept = measure(base, &paths(workloads::FACETED), settings, scratch.path())?;
    let faceted_static = measure(base, &paths("/search.json"), settings, scratch.path())?;
    let stats = measure(base, &paths("/api/v1/stats"), settings, scratch.path())?;
    let stats_static = measure(base, &paths("/stats.json"), settings, scratch.path())?;

    let datasette = match datasette_bin {
        Some(bin) => {
            let log = logs.join(format!("datasette-x{scale}.log"));
            let datasette = Datasette::start(bin, db, &log).await?;
            let url = format!("{}{}", datasette.base, workloads::FACETED_DATASETTE);
            let (answer, _) = get_json(&url).await?;
            if answer["facets_timed_out"]
                .as_array()
                .is_some_and(|t| !t.is_empty())
            {
                bail!(
                    "Datasette's facets timed out: {}",
                    answer["facets_timed_out"]
                );
            }
            let same = SameQuestion {
                our_total: search["total"].as_i64().unwrap_or(-1),
                datasette_total: answer["filtered_table_rows_count"].as_i64().unwrap_or(-1),
            };
            let t = measure(
                &datasette.base,
                &paths(workloads::FACETED_DATASETTE),
                settings,
                scratch.path(),
            )?;
            Some((t, same))
        }
        None => None,
    };

    let mixed_has_export = workloads::has_export(&reqwest::Client::new(), base).await;
    let sampler = rss::Sampler::start(server.pid());
    let mixed = measure(
        base,
        &workloads::mixed(mixed_has_export),
        settings,
        scratch.path(),
    )?;
    let rss_max_kb = sampler.finish();
    let rss_hwm_kb = rss::status_kb(server.pid(), "VmHWM").unwrap_or(0);

    Ok(AtScale {
        scale,
        faceted,
        faceted_kept,
        faceted_static,
        datasette,
        stats,
        stats_static,
        mixed,
        mixed_has_export,
        rss_max_kb,
        rss_hwm_kb,
    })
}
