//! Time to first map render: a fresh headless Chromium (ChromeDriver, WebDriver) opens the
//! home page served by the release server with the built app, and the page itself reports
//! `performance.now()` (milliseconds since navigation start) when the first map marker
//! (`path.atlas-marker`) is in the document. Every run has a new profile: a cold cache.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use fantoccini::{Client, ClientBuilder};

/// Polls the document from inside the page; resolves with the time of the first marker.
const FIRST_MARKER_JS: &str = "const done = arguments[arguments.length - 1];
const check = () => document.querySelector('path.atlas-marker')
    ? done(performance.now()) : setTimeout(check, 2);
check();";

/// ChromeDriver, stopped by its own pid on drop (after the session closed Chromium).
struct Driver {
    child: Child,
    url: String,
}

impl Driver {
    fn start() -> anyhow::Result<Driver> {
        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let child = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .context("start chromedriver (scripts/setup.sh browser installs it)")?;
        Ok(Driver {
            child,
            url: format!("http://127.0.0.1:{port}"),
        })
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        crate::child::stop(&mut self.child);
    }
}

async fn session(driver: &Driver, profile: &std::path::Path) -> anyhow::Result<Client> {
    let args = serde_json::json!([
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        format!("--user-data-dir={}", profile.display()),
    ]);
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({ "args": args, "binary": "/usr/bin/chromium" }),
    );
    let started = Instant::now();
    loop {
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        match ClientBuilder::new(connector)
            .capabilities(caps.clone())
            .connect(&driver.url)
            .await
        {
            Ok(client) => return Ok(client),
            Err(e) if started.elapsed() > Duration::from_secs(30) => {
                bail!("WebDriver session: {e}")
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
}

/// One cold load of `url`: milliseconds from navigation start to the first marker.
async fn once(driver: &Driver, url: &str) -> anyhow::Result<f64> {
    let profile = tempfile::tempdir()?;
    let client = session(driver, profile.path()).await?;
    let measured = async {
        client.goto(url).await?;
        let value = client.execute_async(FIRST_MARKER_JS, vec![]).await?;
        value
            .as_f64()
            .with_context(|| format!("the page answered {value}"))
    }
    .await;
    let _ = client.close().await;
    measured
}

/// `runs` cold loads of `url` (the home page and its world map), in milliseconds.
pub async fn run(url: &str, runs: usize) -> anyhow::Result<Vec<f64>> {
    let driver = Driver::start()?;
    let mut times = Vec::new();
    for _ in 0..runs.max(1) {
        let ms = once(&driver, url).await?;
        eprintln!("first map render: {ms:.0} ms");
        times.push(ms);
    }
    Ok(times)
}

/// The median of `times`.
pub fn median(times: &[f64]) -> f64 {
    let mut sorted = times.to_vec();
    sorted.sort_by(f64::total_cmp);
    sorted.get(sorted.len() / 2).copied().unwrap_or(f64::NAN)
}
