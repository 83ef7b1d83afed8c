//! Soak (issue #6): ten minutes of the mixed read workload with writes, on loopback, against a
//! release server on a private copy of the ×1 database. Every client sends, in turn, the
//! visitor's reads of [`workloads::mixed`] and, one request in [`WRITE_EVERY`], a write of a
//! signed-in user: save a search, rename one, delete the oldest once it holds [`KEEP`] (so
//! the data stays bounded). Any answer outside 2xx or any socket error counts as an error.
//! Also: requests per minute (a slowdown would show), latency, the server's memory at the
//! start, its peak and at the end (a leak would show), and `atlas backup` of the database
//! afterwards, which runs SQLite's integrity check on the snapshot.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use hdrhistogram::Histogram;
use serde_json::{Value, json};

use crate::rss;
use crate::server::{Options, Server};
use crate::workloads;

/// One request in this many is a write.
const WRITE_EVERY: usize = 20;
/// Saved searches a client keeps before it deletes its oldest.
const KEEP: usize = 20;
const EMAIL: &str = "soak@atlas.example";
const PASSWORD: &str = "soak du banc d'essai 2026";
/// The access token lives 15 minutes: sign in again well before.
const TOKEN_AGE: Duration = Duration::from_secs(10 * 60);

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

#[derive(Default)]
struct Tally {
    reads: u64,
    writes: u64,
    errors: u64,
    samples: Vec<String>,
    per_minute: Vec<u64>,
}

struct Shared {
    base: String,
    client: reqwest::Client,
    token: tokio::sync::RwLock<(String, Instant)>,
    tally: Mutex<Tally>,
    started: Instant,
}

impl Shared {
    fn record(&self, write: bool, outcome: Result<(), String>) {
        let Ok(mut t) = self.tally.lock() else { return };
        if write {
            t.writes += 1;
        } else {
            t.reads += 1;
        }
        if let Err(e) = outcome {
            t.errors += 1;
            if t.samples.len() < 5 {
                t.samples.push(e);
            }
        }
        let minute = (self.started.elapsed().as_secs() / 60) as usize;
        if t.per_minute.len() <= minute {
            t.per_minute.resize(minute + 1, 0);
        }
        t.per_minute[minute] += 1;
    }

    async fn token(&self) -> anyhow::Result<String> {
        {
            let token = self.token.read().await;
            if token.1.elapsed() < TOKEN_AGE {
                return Ok(token.0.clone());
            }
        }
        let mut token = self.token.write().await;
        if token.1.elapsed() >= TOKEN_AGE {
            *token = (login(&self.client, &self.base).await?, Instant::now());
        }
        Ok(token.0.clone())
    }
}

async fn login(client: &reqwest::Client, base: &str) -> anyhow::Result<String> {
    let response = client
        .post(format!("{base}/api/v1/auth/login"))
        .json(&json!({ "email": EMAIL, "password": PASSWORD }))
        .send()
        .await?
        .error_for_status()
        .context("soak: log in")?;
    let tokens: Value = response.json().await?;
    tokens["access_token"]
        .as_str()
        .map(str::to_owned)
        .context("soak: no access_token")
}

fn create_admin(atlas: &Path, db: &Path) -> anyhow::Result<()> {
    let mut child = Command::new(atlas)
        .args(["create-admin", "--email", EMAIL, "--first-name", "Banc"])
        .args([
            "--last-name",
            "D'essai",
            "--password-stdin",
            "--database-url",
        ])
        .arg(db)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()?;
    if let Some(mut stdin) = child.stdin.take() {
        writeln!(stdin, "{PASSWORD}")?;
    }
    let out = child.wait_with_output()?;
    if !out.status.success() {
        bail!("create-admin: {}", String::from_utf8_lossy(&out.stderr));
    }
    Ok(())
}

/// Sends one request and reads its whole body; `Err` says what went wrong.
async fn send(request: reqwest::RequestBuilder, what: &str) -> Result<Value, String> {
    let response = request.send().await.map_err(|e| format!("{what}: {e}"))?;
    let status = response.status();
    let body = response.bytes().await.map_err(|e| format!("{what}: {e}"))?;
    if !status.is_success() {
        let text = String::from_utf8_lossy(&body[..body.len().min(200)]).into_owned();
        return Err(format!("{what}: {status} {text}"));
    }
    Ok(serde_json::from_slice(&body).unwrap_or(Value::Null))
}

/// A write of a signed-in user: save, rename or (past [`KEEP`]) delete.
async fn write(shared: &Shared, mine: &mut Vec<i64>, n: usize, tag: usize) -> Result<(), String> {
    let token = shared.token().await.map_err(|e| e.to_string())?;
    let url = format!("{}/api/v1/me/saved-searches", shared.base);
    let c = &shared.client;
    if mine.len() >= KEEP {
        let id = mine.remove(0);
        let request = c.delete(format!("{url}/{id}")).bearer_auth(&token);
        return send(request, "delete a saved search").await.map(drop);
    }
    if n % 3 == 2
        && let Some(id) = mine.last()
    {
        let request = c
            .patch(format!("{url}/{id}"))
            .bearer_auth(&token)
            .json(&json!({ "name": format!("Soak {tag}-{n} (renommée)") }));
        return send(request, "rename a saved search").await.map(drop);
    }
    let form = json!({
        "kind": "search",
        "name": format!("Soak {tag}-{n}"),
        "query": "q=eau&continent=afrique",
    });
    let saved = send(
        c.post(&url).bearer_auth(&token).json(&form),
        "save a search",
    )
    .await?;
    let id = saved["id"].as_i64().ok_or("save a search: no id")?;
    mine.push(id);
    Ok(())
}

async fn client_loop(
    shared: Arc<Shared>,
    reads: Arc<Vec<String>>,
    tag: usize,
    until: Instant,
) -> anyhow::Result<Histogram<u64>> {
    let mut histogram = Histogram::<u64>::new(3)?;
    let mut mine = Vec::new();
    let mut n = tag * 7; // clients start at different points of the cycle
    while Instant::now() < until {
        n += 1;
        let sent = Instant::now();
        let is_write = n.is_multiple_of(WRITE_EVERY);
        let outcome = if is_write {
            write(&shared, &mut mine, n / WRITE_EVERY, tag).await
        } else {
            let path = &reads[n % reads.len()];
            let url = format!("{}{path}", shared.base);
            send(shared.client.get(url), path).await.map(drop)
        };
        let _ = histogram.record(sent.elapsed().as_micros() as u64);
        shared.record(is_write, outcome);
    }
    Ok(histogram)
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
    };
    let server = Server::start(atlas, &copy, &options, &logs.join("serve-soak.log")).await?;
    let client = reqwest::Client::new();
    let token = login(&client, &server.base).await?;
    let has_export = client
        .get(format!("{}{}", server.base, workloads::EXPORT))
        .send()
        .await
        .is_ok_and(|r| r.status().is_success());
    let mix = workloads::mixed(has_export);
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

fn mb(kb: u64) -> f64 {
    kb as f64 * 1024.0 / 1e6
}

impl Soak {
    /// Requests per second over the whole run.
    pub fn per_second(&self) -> f64 {
        (self.reads + self.writes) as f64 / self.duration.as_secs_f64().max(f64::EPSILON)
    }

    /// The headline row's measure.
    pub fn headline(&self) -> String {
        format!(
            "{} errors in {} requests ({} writes) over {:.0} s",
            self.errors,
            self.reads + self.writes,
            self.writes,
            self.duration.as_secs_f64()
        )
    }

    /// Zero errors and a sound database afterwards.
    pub fn passed(&self) -> bool {
        self.errors == 0 && self.integrity.is_ok()
    }

    /// The soak's own section of the report.
    pub fn markdown(&self) -> String {
        let mut out = String::new();
        let minutes: Vec<String> = self
            .per_minute
            .iter()
            .map(|n| format!("{:.0}", *n as f64 / 60.0))
            .collect();
        let _ = writeln!(
            out,
            "\n#### Soak\n\n{} clients on loopback for {:.0} s against one release server on a \
             copy of the ×1 database: the mixed read workload, and one request in {WRITE_EVERY} \
             a signed-in write (save a search, rename one, delete the oldest past {KEEP} per \
             client).\n",
            self.clients,
            self.duration.as_secs_f64()
        );
        let _ = writeln!(out, "| figure | measured |\n|---|--:|");
        let rows = [
            (
                "requests (reads + writes)",
                format!("{} + {}", self.reads, self.writes),
            ),
            ("errors (non-2xx or socket)", self.errors.to_string()),
            ("req/s over the run", format!("{:.0}", self.per_second())),
            (
                "req/s in each minute",
                if minutes.is_empty() {
                    "—".to_owned()
                } else {
                    minutes.join(", ")
                },
            ),
            (
                "latency p50 / p99 / max (ms)",
                format!(
                    "{:.1} / {:.1} / {:.1}",
                    self.p50_us as f64 / 1000.0,
                    self.p99_us as f64 / 1000.0,
                    self.max_us as f64 / 1000.0
                ),
            ),
            (
                "server VmRSS start / peak / end (MB)",
                format!(
                    "{:.1} / {:.1} / {:.1}",
                    mb(self.rss_start_kb),
                    mb(self.rss_max_kb),
                    mb(self.rss_end_kb)
                ),
            ),
            (
                "server VmRSS at the end of each minute (MB)",
                if self.rss_per_minute.is_empty() {
                    "—".to_owned()
                } else {
                    let mbs: Vec<String> = self
                        .rss_per_minute
                        .iter()
                        .map(|kb| format!("{:.0}", mb(*kb)))
                        .collect();
                    mbs.join(", ")
                },
            ),
            ("saved searches left (bounded)", self.saved_left.to_string()),
            (
                "integrity check afterwards (`atlas backup`)",
                match &self.integrity {
                    Ok(()) => "ok".to_owned(),
                    Err(e) => format!("failed: {e}"),
                },
            ),
        ];
        for (what, measured) in rows {
            let _ = writeln!(out, "| {what} | {measured} |");
        }
        for e in &self.error_samples {
            let _ = writeln!(out, "\nError: `{}`", e.replace('`', "'"));
        }
        out
    }
}
