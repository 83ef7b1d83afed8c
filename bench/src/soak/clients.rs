//! The soak's clients: the writer's account (`atlas create-admin` on the copy, then log in,
//! again before the token expires), one request sent and judged, a signed-in write, and the
//! closed loop of one client with its latencies and its tally of reads, writes and errors.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use hdrhistogram::Histogram;
use serde_json::{Value, json};

/// One request in this many is a write.
pub const WRITE_EVERY: usize = 20;
/// Saved searches a client keeps before it deletes its oldest.
pub const KEEP: usize = 20;
const EMAIL: &str = "soak@atlas.example";
const PASSWORD: &str = "soak du banc d'essai 2026";
/// The access token lives 15 minutes: sign in again well before.
const TOKEN_AGE: Duration = Duration::from_secs(10 * 60);

#[derive(Default)]
pub(super) struct Tally {
    pub(super) reads: u64,
    pub(super) writes: u64,
    pub(super) errors: u64,
    pub(super) samples: Vec<String>,
    pub(super) per_minute: Vec<u64>,
}

pub(super) struct Shared {
    pub(super) base: String,
    pub(super) client: reqwest::Client,
    pub(super) token: tokio::sync::RwLock<(String, Instant)>,
    pub(super) tally: Mutex<Tally>,
    pub(super) started: Instant,
}

impl Shared {
    pub(super) fn record(&self, write: bool, outcome: Result<(), String>) {
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

    pub(super) async fn token(&self) -> anyhow::Result<String> {
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

pub(super) async fn login(client: &reqwest::Client, base: &str) -> anyhow::Result<String> {
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

pub(super) fn create_admin(atlas: &Path, db: &Path) -> anyhow::Result<()> {
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
pub(super) async fn send(request: reqwest::RequestBuilder, what: &str) -> Result<Value, String> {
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

pub(super) async fn client_loop(
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
