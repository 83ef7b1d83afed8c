//! `atlas-bench`, run by `just bench`: measures named API scenarios against a release
//! `atlas serve` and writes the figures into `docs/BENCHMARKS.md`.
//!
//! It builds nothing: `just bench` builds the release binaries first. For each dataset scale
//! the scenarios need, it prepares a cached demo database (`dataset`), starts `atlas serve` on
//! it (`server`), runs the scenarios one after the other (`load`) and reports p50/p90/p99,
//! mean, throughput and response sizes (`report`). Scenarios are listed in `scenarios.rs`.

mod dataset;
mod load;
mod memory;
mod report;
mod scenarios;
mod server;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;

use anyhow::{Context, bail};
use clap::Parser;

use scenarios::SCENARIOS;
use server::Server;

#[derive(Parser)]
#[command(
    name = "atlas-bench",
    about = "Latency and size of the Atlas API's scenarios"
)]
struct Cli {
    /// The release `atlas` binary to serve with.
    #[arg(long)]
    atlas: PathBuf,
    /// The repository root (for the dataset fingerprint).
    #[arg(long, default_value = ".")]
    repo: PathBuf,
    /// Cache of the generated databases.
    #[arg(long, env = "ATLAS_BENCH_CACHE")]
    cache: Option<PathBuf>,
    /// Report file whose results section is replaced.
    #[arg(long, default_value = "docs/BENCHMARKS.md")]
    out: PathBuf,
    /// Print the report only, do not write it.
    #[arg(long)]
    no_write: bool,
    /// Run only the scenarios whose name contains this text (repeatable).
    #[arg(long)]
    only: Vec<String>,
    /// Port of the server (0: any free port).
    #[arg(long, env = "ATLAS_BENCH_PORT", default_value_t = 0)]
    port: u16,
    /// HTTP workers of the server (default: one per core, as in production).
    #[arg(long)]
    workers: Option<usize>,
    /// Divide every scenario's request count by this (a quick look, not a measurement).
    #[arg(long, default_value_t = 1)]
    quick: usize,
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let memory = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("MemTotal"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or_else(String::new, |kb| {
            format!(", {:.0} GiB RAM", kb / 1024.0 / 1024.0)
        });
    format!("{cores} × {cpu}{memory}")
}

fn commit(repo: &std::path::Path) -> String {
    Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(["rev-parse", "--short", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_else(|| "unknown".to_owned())
}

/// `just bench` and the options a reader would repeat (not the paths `just` fills in).
fn command_line() -> String {
    let mut words = vec!["just bench".to_owned()];
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if ["--atlas", "--repo", "--out"].contains(&arg.as_str()) {
            args.next();
        } else if !arg.starts_with("--atlas=") && !arg.starts_with("--repo=") {
            words.push(arg);
        }
    }
    words.join(" ")
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let atlas = cli
        .atlas
        .canonicalize()
        .with_context(|| format!("no atlas binary at {}", cli.atlas.display()))?;
    let cache = match cli.cache.clone() {
        Some(dir) => dir,
        None => PathBuf::from(std::env::var("HOME").context("HOME is not set")?)
            .join(".cache/atlas/bench"),
    };
    let selected: Vec<_> = SCENARIOS
        .iter()
        .filter(|s| cli.only.is_empty() || cli.only.iter().any(|o| s.name.contains(o.as_str())))
        .map(|s| {
            let mut s = *s;
            s.requests = (s.requests / cli.quick.max(1)).max(1);
            s.warmup /= cli.quick.max(1);
            s
        })
        .collect();
    if selected.is_empty() {
        bail!("no scenario matches {:?}", cli.only);
    }
    let key = dataset::fingerprint(&cli.repo)?;
    let scales: BTreeSet<u32> = selected.iter().map(|s| s.scale).collect();

    let mut outcomes = Vec::new();
    for scale in scales {
        let db = dataset::prepare(&atlas, &cache, &key, scale)?;
        let log = cache.join(format!("serve-x{scale}.log"));
        let server = Server::start(&atlas, &db, cli.port, cli.workers, &log).await?;
        for s in selected.iter().filter(|s| s.scale == scale) {
            eprint!("{:<40} ", s.name);
            let outcome = load::run(&server.base, s, server.pid()).await?;
            eprintln!(
                "p50 {:>7.1} ms  p99 {:>7.1} ms  {:>7.0} req/s  {:>8.1} KB gzip",
                outcome.p50_us as f64 / 1000.0,
                outcome.p99_us as f64 / 1000.0,
                outcome.throughput,
                outcome.gzip_bytes as f64 / 1000.0
            );
            if let (Some(rows), Some(rate)) = (outcome.rows, outcome.rows_per_s()) {
                eprintln!(
                    "{:<40} {rows} rows, {rate:.0} rows/s, peak RSS {}",
                    "",
                    outcome
                        .peak_rss_kb
                        .map_or("unknown".to_owned(), |kb| format!(
                            "{:.1} MB",
                            kb as f64 / 1024.0
                        ))
                );
            }
            outcomes.push(outcome);
        }
        drop(server);
    }
    // Report in the order of the scenario list.
    outcomes.sort_by_key(|o| {
        SCENARIOS
            .iter()
            .position(|s| s.name == o.scenario.name)
            .unwrap_or(usize::MAX)
    });

    let info = report::RunInfo {
        command: command_line(),
        commit: commit(&cli.repo),
        machine: machine(),
        workers: cli
            .workers
            .map_or("one HTTP worker per core".to_owned(), |w| {
                format!("{w} HTTP workers")
            }),
    };
    let section = report::markdown(&info, &outcomes);
    println!("{section}");
    if !cli.no_write {
        report::write(&cli.out, &section)?;
        eprintln!("written to {}", cli.out.display());
    }
    Ok(())
}
