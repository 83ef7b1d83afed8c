//! A release `atlas serve` on a benchmark database: started as a child process, ready when
//! `/healthz` answers (the time that took is its start-up time), stopped (SIGTERM, then
//! SIGKILL) by its own pid when dropped.

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};

/// How to start the server.
pub struct Options<'a> {
    /// Port (0: any free port).
    pub port: u16,
    /// HTTP workers (default: one per core).
    pub workers: Option<usize>,
    /// The directory served as the app (`None`: no app, only the API).
    pub static_dir: Option<&'a Path>,
    /// Let `atlas serve` generate the demo data into an empty database.
    pub seed: bool,
    /// Keep answers between data changes, as deployed (`false`: `--no-answer-cache`, every
    /// answer computed).
    pub answer_cache: bool,
}

pub struct Server {
    pub base: String,
    /// From spawning the process to the first successful `/healthz`.
    pub ready_in: Duration,
    child: Child,
}

impl Server {
    /// Serves `db` as `options` say, logging to `log`.
    pub async fn start(
        atlas: &Path,
        db: &Path,
        options: &Options<'_>,
        log: &Path,
    ) -> anyhow::Result<Server> {
        let started = Instant::now();
        let port = match options.port {
            0 => free_port()?,
            port => port,
        };
        let bind = format!("127.0.0.1:{port}");
        let log_file =
            std::fs::File::create(log).with_context(|| format!("create {}", log.display()))?;
        let mut command = Command::new(atlas);
        command
            .args(["serve", "--bind", &bind, "--database-url"])
            .arg(db)
            .arg("--static-dir")
            .arg(
                options
                    .static_dir
                    .unwrap_or(Path::new("/nonexistent-atlas-bench")),
            )
            .stdout(Stdio::null())
            .stderr(log_file);
        if !options.seed {
            command.arg("--no-seed");
        }
        if !options.answer_cache {
            command.arg("--no-answer-cache");
        }
        if let Some(workers) = options.workers {
            command.args(["--workers", &workers.to_string()]);
        }
        let child = command
            .spawn()
            .with_context(|| format!("start {}", atlas.display()))?;
        let mut server = Server {
            base: format!("http://{bind}"),
            ready_in: Duration::ZERO,
            child,
        };
        server.wait_ready(started).await?;
        server.ready_in = started.elapsed();
        Ok(server)
    }

    /// The server's process id (for its memory in `/proc`).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    async fn wait_ready(&self, started: Instant) -> anyhow::Result<()> {
        let client = reqwest::Client::new();
        loop {
            if let Ok(response) = client.get(format!("{}/healthz", self.base)).send().await
                && response.status().is_success()
            {
                return Ok(());
            }
            if started.elapsed() > Duration::from_secs(600) {
                bail!(
                    "atlas serve did not answer {}/healthz within 600 s",
                    self.base
                );
            }
            // Polled often: the start-up time is read from this loop.
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }
}

fn free_port() -> anyhow::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

impl Drop for Server {
    fn drop(&mut self) {
        crate::child::stop(&mut self.child);
    }
}
