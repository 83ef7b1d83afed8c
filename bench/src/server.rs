//! A release `atlas serve` on a benchmark database: started as a child process, ready when
//! `/healthz` answers, stopped (SIGTERM, then SIGKILL) by its own pid when dropped.

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use nix::sys::signal::{Signal, kill};
use nix::unistd::Pid;

pub struct Server {
    pub base: String,
    child: Child,
}

impl Server {
    /// Serves `db` on `port` (0: any free port), logging to `log`.
    pub async fn start(
        atlas: &Path,
        db: &Path,
        port: u16,
        workers: Option<usize>,
        log: &Path,
    ) -> anyhow::Result<Server> {
        let port = if port == 0 { free_port()? } else { port };
        let bind = format!("127.0.0.1:{port}");
        let log_file =
            std::fs::File::create(log).with_context(|| format!("create {}", log.display()))?;
        let mut command = Command::new(atlas);
        command
            .args(["serve", "--no-seed", "--bind", &bind, "--database-url"])
            .arg(db)
            // No app: only the API is measured.
            .args(["--static-dir", "/nonexistent-atlas-bench"])
            .stdout(Stdio::null())
            .stderr(log_file);
        if let Some(workers) = workers {
            command.args(["--workers", &workers.to_string()]);
        }
        let child = command
            .spawn()
            .with_context(|| format!("start {}", atlas.display()))?;
        let server = Server {
            base: format!("http://{bind}"),
            child,
        };
        server.wait_ready().await?;
        Ok(server)
    }

    /// The server's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    async fn wait_ready(&self) -> anyhow::Result<()> {
        let client = reqwest::Client::new();
        let started = Instant::now();
        loop {
            if let Ok(response) = client.get(format!("{}/healthz", self.base)).send().await
                && response.status().is_success()
            {
                return Ok(());
            }
            if started.elapsed() > Duration::from_secs(60) {
                bail!(
                    "atlas serve did not answer {}/healthz within 60 s",
                    self.base
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

fn free_port() -> anyhow::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

impl Drop for Server {
    fn drop(&mut self) {
        // Only ever our own child, by its pid.
        if let Ok(pid) = i32::try_from(self.child.id())
            && pid > 1
        {
            let _ = kill(Pid::from_raw(pid), Signal::SIGTERM);
            let started = Instant::now();
            while started.elapsed() < Duration::from_secs(10) {
                if let Ok(Some(_)) = self.child.try_wait() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
