//! Browser-test harness: the real app served in-process on a fresh demo database, and a real
//! headless Chromium driven through ChromeDriver (WebDriver, fantoccini).
//!
//! Tests run when the built app (`frontend/dist`, or `ATLAS_STATIC_DIR`) and Chromium are
//! present. `just test` sets `ATLAS_E2E=1`, which turns anything missing into a failure
//! instead of a skip.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use actix_web::dev::ServerHandle;
use atlas_api::{AppState, ServerConfig};
use atlas_db::testing::{Content, TestDb, sqlite};
use fantoccini::elements::Element;
use fantoccini::error::CmdError;
use fantoccini::{Client, ClientBuilder, Locator};
use nix::sys::signal::{Signal, killpg};
use nix::unistd::Pid;

/// How long to wait for something to appear in the page.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// Where the built app is, if it is.
pub fn static_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("ATLAS_STATIC_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../frontend/dist"));
    dir.join("index.html").is_file().then_some(dir)
}

fn which(program: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|d| PathBuf::from(d).join(program))
        .find(|p| p.is_file())
}

/// Whether browser tests can run here; panics when they must (`ATLAS_E2E=1`) and cannot.
pub fn browser_tests_enabled() -> bool {
    let missing: Vec<&str> = [
        (static_dir().is_none(), "the built app (just frontend)"),
        (which("chromedriver").is_none(), "chromedriver"),
        (which("chromium").is_none(), "chromium"),
    ]
    .into_iter()
    .filter_map(|(absent, what)| absent.then_some(what))
    .collect();
    if missing.is_empty() {
        return true;
    }
    if std::env::var("ATLAS_E2E").is_ok_and(|v| v == "1") {
        panic!(
            "browser tests required (ATLAS_E2E=1) but missing: {}",
            missing.join(", ")
        );
    }
    eprintln!(
        "SKIPPED: browser tests (missing {}; `just test` installs and builds them)",
        missing.join(", ")
    );
    false
}

/// The app and API on a free port, over a fresh database, in a thread of its own.
pub struct AppServer {
    pub url: String,
    handle: ServerHandle,
    _db: TestDb,
}

impl AppServer {
    pub fn start(content: Content) -> AppServer {
        let test_db = sqlite(content);
        let state = AppState::new(test_db.open());
        let listener = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("bind: {e}"));
        let port = listener
            .local_addr()
            .map(|a| a.port())
            .unwrap_or_else(|e| panic!("port: {e}"));
        let config = ServerConfig {
            static_dir: static_dir(),
            workers: Some(2),
            ..ServerConfig::default()
        };
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            actix_web::rt::System::new().block_on(async move {
                let server = atlas_api::serve(listener, state, config)
                    .unwrap_or_else(|e| panic!("serve: {e}"));
                let _ = tx.send(server.handle());
                let _ = server.await;
            });
        });
        let handle = rx
            .recv_timeout(Duration::from_secs(10))
            .unwrap_or_else(|e| panic!("server start: {e}"));
        AppServer {
            url: format!("http://127.0.0.1:{port}"),
            handle,
            _db: test_db,
        }
    }

    /// Creates an active administrator in the database, as `atlas create-admin` does.
    pub fn create_admin(&self, email: &str, password: &str) {
        let hash = atlas_accounts::password::hash(password)
            .unwrap_or_else(|e| panic!("hash the admin password: {e}"));
        let mut conn = self
            ._db
            .open()
            .conn()
            .unwrap_or_else(|e| panic!("database connection: {e}"));
        atlas_db::admin::create_admin(&mut conn, email, "Admin", "Atlas", &hash)
            .unwrap_or_else(|e| panic!("create admin {email}: {e}"));
    }

    /// GETs an API path and decodes its JSON.
    pub async fn api<T: serde::de::DeserializeOwned>(&self, path: &str) -> T {
        reqwest::get(format!("{}{path}", self.url))
            .await
            .and_then(reqwest::Response::error_for_status)
            .unwrap_or_else(|e| panic!("GET {path}: {e}"))
            .json()
            .await
            .unwrap_or_else(|e| panic!("GET {path}: {e}"))
    }
}

impl Drop for AppServer {
    fn drop(&mut self) {
        drop(self.handle.stop(false));
    }
}

/// Headless Chromium under ChromeDriver. ChromeDriver runs in its own process group, which is
/// killed on drop (Chromium with it), even when the test panics.
pub struct Browser {
    pub client: Client,
    driver: Child,
    _profile: tempfile::TempDir,
}

impl Browser {
    pub async fn start() -> Browser {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .unwrap_or_else(|e| panic!("free port: {e}"));
        let driver = {
            use std::os::unix::process::CommandExt;
            Command::new("chromedriver")
                .arg(format!("--port={port}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .process_group(0)
                .spawn()
                .unwrap_or_else(|e| panic!("chromedriver: {e}"))
        };
        let profile = tempfile::tempdir().unwrap_or_else(|e| panic!("profile dir: {e}"));
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
            "--lang=fr-FR",
            format!("--user-data-dir={}", profile.path().display()),
        ]);
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({ "args": args, "binary": "/usr/bin/chromium" }),
        );
        let url = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        let client = loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(client) => break client,
                Err(e) if started.elapsed() > PATIENCE => panic!("WebDriver session: {e}"),
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        };
        Browser {
            client,
            driver,
            _profile: profile,
        }
    }

    pub async fn goto(&self, url: &str) {
        self.client
            .goto(url)
            .await
            .unwrap_or_else(|e| panic!("goto {url}: {e}"));
    }

    /// Polls until `css` matches at least `n` elements; returns them.
    pub async fn wait_for_all(&self, css: &str, n: usize) -> Vec<Element> {
        let started = Instant::now();
        loop {
            if let Ok(found) = self.client.find_all(Locator::Css(css)).await
                && found.len() >= n
            {
                return found;
            }
            if started.elapsed() > PATIENCE {
                panic!("timed out waiting for {n} × `{css}`");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Polls until `css` matches nothing.
    pub async fn wait_for_none(&self, css: &str) {
        let started = Instant::now();
        while self
            .client
            .find_all(Locator::Css(css))
            .await
            .map(|v| v.len())
            .unwrap_or(0)
            > 0
        {
            if started.elapsed() > PATIENCE {
                panic!("timed out waiting for `{css}` to disappear");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Polls the text of the first `css` element until `accept` holds (retrying stale elements,
    /// which Leaflet popups and reactive views replace while we read).
    pub async fn wait_for_text(&self, css: &str, accept: impl Fn(&str) -> bool) -> String {
        let started = Instant::now();
        let mut last = String::new();
        loop {
            let text: Result<String, CmdError> = async {
                let e = self.client.find(Locator::Css(css)).await?;
                e.text().await
            }
            .await;
            if let Ok(t) = text {
                if accept(&t) {
                    return t;
                }
                last = t;
            }
            if started.elapsed() > PATIENCE {
                panic!("timed out waiting for the text of `{css}` (last seen: {last:?})");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Clicks through a synthetic DOM event (SVG map markers may sit under other layers).
    pub async fn click_js(&self, element: &Element) {
        let arg = serde_json::to_value(element).unwrap_or_default();
        self.client
            .execute(
                "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}));",
                vec![arg],
            )
            .await
            .unwrap_or_else(|e| panic!("click: {e}"));
    }

    /// Saves a screenshot under the target directory (for humans to look at).
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let dir = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"))
            .join("e2e-screenshots");
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join(format!("{name}.png"));
        if let Ok(png) = self.client.screenshot().await {
            let _ = std::fs::write(&path, png);
        }
        path
    }

    /// Ends the WebDriver session cleanly (Drop kills the processes anyway).
    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // ChromeDriver leads its own process group (`process_group(0)`), which holds Chromium:
        // signal that group directly. Never shell out to `kill` for this (a `kill` binary read
        // `-KILL -<pgid>` as `kill(-1, SIGKILL)` here, killing every process of the machine),
        // and never signal a group id ≤ 1.
        if let Ok(pgid) = i32::try_from(self.driver.id())
            && pgid > 1
        {
            let _ = killpg(Pid::from_raw(pgid), Signal::SIGKILL);
        }
        let _ = self.driver.wait();
    }
}
