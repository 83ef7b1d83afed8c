//! Runs one scenario: warm-up, then `requests` requests shared by `concurrency` clients, each
//! timed from send to the last body byte into a histogram; plus the response's size raw and
//! gzip-compressed, as the server sends it; for exports, the rows of a response and the
//! server's peak memory while the scenario ran.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use hdrhistogram::Histogram;
use reqwest::header::{ACCEPT_ENCODING, CONTENT_TYPE};

use crate::memory;
use crate::scenarios::{Method, Scenario};

/// What one scenario measured. Latencies in microseconds.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub scenario: Scenario,
    pub p50_us: u64,
    pub p90_us: u64,
    pub p99_us: u64,
    pub max_us: u64,
    pub mean_us: f64,
    pub throughput: f64,
    pub raw_bytes: usize,
    pub gzip_bytes: usize,
    /// Export scenarios: data rows of one response (CSV lines less the header).
    pub rows: Option<usize>,
    /// Export scenarios: the server's resident memory before the measured requests and its
    /// peak during them, in kB.
    pub rss_before_kb: Option<u64>,
    pub peak_rss_kb: Option<u64>,
}

impl Outcome {
    /// Rows per second of one response, at the mean latency.
    pub fn rows_per_s(&self) -> Option<f64> {
        self.rows
            .map(|rows| rows as f64 / (self.mean_us / 1e6).max(f64::EPSILON))
    }
}

/// Data rows of a CSV answer to `s` (lines less the header).
async fn csv_rows(client: &reqwest::Client, base: &str, s: &Scenario) -> anyhow::Result<usize> {
    let body = request(client, base, s)
        .header(ACCEPT_ENCODING, "identity")
        .send()
        .await?
        .error_for_status()?
        .bytes()
        .await?;
    Ok(body
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        .saturating_sub(1))
}

fn request(client: &reqwest::Client, base: &str, s: &Scenario) -> reqwest::RequestBuilder {
    let url = format!("{base}{}", s.path);
    match s.method {
        Method::Get => client.get(url),
        Method::Post(json) => client
            .post(url)
            .header(CONTENT_TYPE, "application/json")
            .body(json),
    }
}

/// Sends one request and reads the whole body; the body length as received.
async fn send(
    client: &reqwest::Client,
    base: &str,
    s: &Scenario,
    encoding: &str,
) -> anyhow::Result<usize> {
    let response = request(client, base, s)
        .header(ACCEPT_ENCODING, encoding)
        .send()
        .await
        .with_context(|| format!("{} {}", s.name, s.path))?;
    let status = response.status();
    let body = response.bytes().await?;
    if !status.is_success() {
        bail!(
            "{} {}: {status}: {}",
            s.name,
            s.path,
            String::from_utf8_lossy(&body)
        );
    }
    Ok(body.len())
}

/// Runs `s` against the server at `base`, whose process is `server_pid`.
pub async fn run(base: &str, s: &Scenario, server_pid: u32) -> anyhow::Result<Outcome> {
    // reqwest is built without decompression: a gzip answer is measured as sent.
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(s.concurrency.max(1))
        .timeout(Duration::from_secs(60))
        .build()?;
    let raw_bytes = send(&client, base, s, "identity").await?;
    let gzip_bytes = send(&client, base, s, "gzip").await?;
    let rows = match s.rows_per_s {
        Some(_) => Some(csv_rows(&client, base, s).await?),
        None => None,
    };
    for _ in 0..s.warmup {
        send(&client, base, s, "gzip").await?;
    }
    let measure_memory = s.rows_per_s.is_some() && memory::reset_peak(server_pid);
    let rss_before_kb = memory::rss_kb(server_pid).filter(|_| measure_memory);

    let remaining = Arc::new(AtomicUsize::new(s.requests));
    let started = Instant::now();
    let mut clients = Vec::new();
    for _ in 0..s.concurrency.max(1) {
        let (client, base, s, remaining) = (client.clone(), base.to_owned(), *s, remaining.clone());
        clients.push(tokio::spawn(async move {
            let mut histogram = Histogram::<u64>::new_with_bounds(1, 60_000_000, 3)?;
            while remaining
                .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
                .is_ok()
            {
                let sent = Instant::now();
                // Browsers ask for gzip: so does the benchmark.
                send(&client, &base, &s, "gzip").await?;
                let micros = u64::try_from(sent.elapsed().as_micros()).unwrap_or(u64::MAX);
                histogram.saturating_record(micros.max(1));
            }
            Ok::<_, anyhow::Error>(histogram)
        }));
    }
    let mut histogram = Histogram::<u64>::new_with_bounds(1, 60_000_000, 3)?;
    for client in clients {
        histogram.add(client.await??)?;
    }
    let elapsed = started.elapsed().as_secs_f64();
    let peak_rss_kb = memory::peak_kb(server_pid).filter(|_| measure_memory);
    Ok(Outcome {
        scenario: *s,
        p50_us: histogram.value_at_quantile(0.50),
        p90_us: histogram.value_at_quantile(0.90),
        p99_us: histogram.value_at_quantile(0.99),
        max_us: histogram.max(),
        mean_us: histogram.mean(),
        throughput: histogram.len() as f64 / elapsed.max(f64::EPSILON),
        raw_bytes,
        gzip_bytes,
        rows,
        rss_before_kb,
        peak_rss_kb,
    })
}
