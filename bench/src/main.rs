//! `atlas-bench`, run by `just bench`: measures the release `atlas serve` and writes the
//! figures into `docs/BENCHMARKS.md`.
//!
//! It builds nothing: `just bench` builds the release binaries and the app first. Parts
//! (`--part`, all by default):
//! - `scenarios`: named API requests, latency and sizes (`load`, listed in `scenarios.rs`);
//! - `throughput`: wrk runs at ×1 and ×10 — faceted search side by side with Datasette, our
//!   dynamic answers against static copies, the mixed workload and the server's memory
//!   (`throughput`, `wrk`, `datasette`, `rss`);
//! - `startup`: first start with seeding, start on an existing database (`startup`);
//! - `app`: the weight of `frontend/dist` (`app_size`);
//! - `render`: time to first map render in headless Chromium (`first_render`);
//! - `soak`: ten minutes of mixed reads and writes at ×1, errors and memory (`soak`).
//!
//! For each dataset scale it prepares a cached demo database (`dataset`) and starts one server
//! (`server`); `summary` and `report` write the results.

mod app_size;
mod child;
mod dataset;
mod datasette;
mod first_render;
mod load;
mod memory;
mod report;
mod rss;
mod run_info;
mod scenarios;
mod server;
mod soak;
mod startup;
mod summary;
mod throughput;
mod workloads;
mod wrk;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, bail};
use clap::{Parser, ValueEnum};

use scenarios::{SCENARIOS, Scenario};
use server::{Options, Server};

/// The parts of a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Part {
    Scenarios,
    Throughput,
    Startup,
    App,
    Render,
    Soak,
}

#[derive(Parser)]
#[command(
    name = "atlas-bench",
    about = "Latency, throughput, memory, start-up and app weight of the Atlas"
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
    /// Run only these parts (repeatable; default: all, or only scenarios with `--only`).
    #[arg(long, value_enum)]
    part: Vec<Part>,
    /// Run only the scenarios whose name contains this text (repeatable).
    #[arg(long)]
    only: Vec<String>,
    /// Port of the server (0: any free port).
    #[arg(long, env = "ATLAS_BENCH_PORT", default_value_t = 0)]
    port: u16,
    /// HTTP workers of the server (default: one per core, as in production).
    #[arg(long)]
    workers: Option<usize>,
    /// Divide every scenario's request count and every wrk duration by this (a quick look).
    #[arg(long, default_value_t = 1)]
    quick: usize,
    /// The `datasette` executable (scripts/setup.sh bench installs it in the venv).
    #[arg(long, env = "ATLAS_DATASETTE")]
    datasette: Option<PathBuf>,
    /// Connections of every wrk run.
    #[arg(long, default_value_t = 4)]
    connections: usize,
    /// Seconds measured per wrk run.
    #[arg(long, default_value_t = 10)]
    duration: u64,
    /// Dataset scales of the throughput part (repeatable).
    #[arg(long, default_values_t = [1, 10])]
    throughput_scale: Vec<u32>,
    /// The built app (`just frontend`), for the `app` and `render` parts.
    #[arg(long)]
    dist: Option<PathBuf>,
    /// Cold loads of the home page in the `render` part.
    #[arg(long, default_value_t = 3)]
    render_runs: usize,
    /// Starts on the existing database in the `startup` part.
    #[arg(long, default_value_t = 3)]
    restarts: usize,
    /// Seconds of the `soak` part (divided by `--quick`).
    #[arg(long, default_value_t = 600)]
    soak_seconds: u64,
}

impl Cli {
    fn parts(&self) -> Vec<Part> {
        match (self.part.is_empty(), self.only.is_empty()) {
            (false, _) => self.part.clone(),
            (true, false) => vec![Part::Scenarios],
            (true, true) => Part::value_variants().to_vec(),
        }
    }

    fn scenarios(&self) -> Vec<Scenario> {
        SCENARIOS
            .iter()
            .filter(|s| {
                self.only.is_empty() || self.only.iter().any(|o| s.name.contains(o.as_str()))
            })
            .map(|s| {
                let mut s = *s;
                s.requests = (s.requests / self.quick.max(1)).max(1);
                s.warmup /= self.quick.max(1);
                s
            })
            .collect()
    }

    fn wrk_settings(&self) -> throughput::Settings {
        let quick = self.quick.max(1) as u64;
        throughput::Settings {
            connections: self.connections,
            duration: Duration::from_secs((self.duration / quick).max(1)),
            warmup: Duration::from_secs((self.duration / 5 / quick).max(1)),
        }
    }
}

fn home_cache() -> anyhow::Result<PathBuf> {
    let home = PathBuf::from(std::env::var("HOME").context("HOME is not set")?);
    Ok(std::env::var_os("ATLAS_CACHE").map_or(home.join(".cache/atlas"), PathBuf::from))
}

fn has_app(dist: &Path) -> bool {
    dist.join("index.html").is_file()
        && app_size::build_dir(dist).is_ok_and(|build| build.join("frontend_bg.wasm").is_file())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let parts = cli.parts();
    let atlas = cli
        .atlas
        .canonicalize()
        .with_context(|| format!("no atlas binary at {}", cli.atlas.display()))?;
    let cache = match cli.cache.clone() {
        Some(dir) => dir,
        None => home_cache()?.join("bench"),
    };
    let dist = cli
        .dist
        .clone()
        .unwrap_or_else(|| cli.repo.join("frontend/dist"));
    let datasette = cli
        .datasette
        .clone()
        .map_or_else(|| home_cache().map(|c| c.join("venv/bin/datasette")), Ok)?;
    let selected = if parts.contains(&Part::Scenarios) {
        cli.scenarios()
    } else {
        Vec::new()
    };
    if parts.contains(&Part::Scenarios) && selected.is_empty() {
        bail!("no scenario matches {:?}", cli.only);
    }
    let throughput_scales: BTreeSet<u32> = if parts.contains(&Part::Throughput) {
        cli.throughput_scale.iter().copied().collect()
    } else {
        BTreeSet::new()
    };
    let key = dataset::fingerprint(&cli.repo)?;
    let mut scales: BTreeSet<u32> = selected.iter().map(|s| s.scale).collect();
    scales.extend(&throughput_scales);

    let mut extras = summary::Extras {
        settings: cli.wrk_settings(),
        throughput: Vec::new(),
        startup: None,
        app: None,
        render: None,
        soak: None,
        skipped: Vec::new(),
    };
    let datasette_bin = datasette.is_file().then_some(datasette.as_path());
    if !throughput_scales.is_empty() && datasette_bin.is_none() {
        extras.skipped.push(format!(
            "Datasette side by side (no {}: scripts/setup.sh bench)",
            datasette.display()
        ));
    }

    let mut outcomes = Vec::new();
    for &scale in &scales {
        let db = dataset::prepare(&atlas, &cache, &key, scale)?;
        // The static ceiling's files are written here once the server answers.
        let static_dir = tempfile::tempdir()?;
        let options = Options {
            port: cli.port,
            workers: cli.workers,
            static_dir: Some(static_dir.path()),
            seed: false,
            answer_cache: true,
        };
        let log = cache.join(format!("serve-x{scale}.log"));
        let server = Server::start(&atlas, &db, &options, &log).await?;
        // The same database served without kept answers, for what must be computed.
        let needs_computed = throughput_scales.contains(&scale)
            || selected.iter().any(|s| s.scale == scale && s.computed);
        let computed = if needs_computed {
            let options = Options {
                port: 0,
                static_dir: None,
                answer_cache: false,
                ..options
            };
            let log = cache.join(format!("serve-x{scale}-computed.log"));
            Some(Server::start(&atlas, &db, &options, &log).await?)
        } else {
            None
        };
        for s in selected.iter().filter(|s| s.scale == scale) {
            eprint!("{:<40} ", s.name);
            let target = match (&computed, s.computed) {
                (Some(computed), true) => computed,
                _ => &server,
            };
            let outcome = load::run(&target.base, s, target.pid()).await?;
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
        // `computed` is started whenever this is a throughput scale.
        if let (true, Some(computed)) = (throughput_scales.contains(&scale), &computed) {
            extras.throughput.push(
                throughput::run(
                    &server,
                    computed,
                    static_dir.path(),
                    &db,
                    datasette_bin,
                    scale,
                    extras.settings,
                    &cache,
                )
                .await?,
            );
        }
    }
    // Report in the order of the scenario list.
    outcomes.sort_by_key(|o| {
        SCENARIOS
            .iter()
            .position(|s| s.name == o.scenario.name)
            .unwrap_or(usize::MAX)
    });

    if parts.contains(&Part::Soak) {
        let db = dataset::prepare(&atlas, &cache, &key, 1)?;
        let seconds = (cli.soak_seconds / cli.quick.max(1) as u64).max(1);
        extras.soak = Some(
            soak::run(
                &atlas,
                &db,
                cli.workers,
                Duration::from_secs(seconds),
                cli.connections,
                &cache,
            )
            .await?,
        );
    }
    if parts.contains(&Part::Startup) {
        extras.startup = Some(startup::run(&atlas, cli.workers, cli.restarts, &cache).await?);
    }
    let app_parts = parts.contains(&Part::App) || parts.contains(&Part::Render);
    if app_parts && !has_app(&dist) {
        extras.skipped.push(format!(
            "app weight and first map render (no built app in {}: just frontend)",
            dist.display()
        ));
    } else {
        if parts.contains(&Part::App) {
            extras.app = Some(app_size::measure(&dist)?);
        }
        if parts.contains(&Part::Render) {
            let db = dataset::prepare(&atlas, &cache, &key, 1)?;
            let options = Options {
                port: cli.port,
                workers: cli.workers,
                static_dir: Some(&dist),
                seed: false,
                answer_cache: true,
            };
            let server =
                Server::start(&atlas, &db, &options, &cache.join("serve-render.log")).await?;
            let url = format!("{}/", server.base);
            extras.render = Some(first_render::run(&url, cli.render_runs).await?);
        }
    }

    let info = run_info::collect(&cli.repo, cli.workers);
    let section = report::markdown(&info, &summary::markdown(&extras), &outcomes);
    println!("{section}");
    if !cli.no_write {
        report::write(&cli.out, &section)?;
        eprintln!("written to {}", cli.out.display());
    }
    Ok(())
}
