//! Crash safety of `atlas serve`, on both backends: the real binary is killed with SIGKILL in
//! the middle of a stream of acknowledged writes (saved searches created and renamed by four
//! concurrent clients), restarted on the same database, and every acknowledged write must be
//! there, unchanged; nothing half-written may appear; and the SQLite file passes
//! `PRAGMA integrity_check` after each crash.
#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code fails loudly"
)]

use std::collections::BTreeMap;
use std::io::Write;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use atlas_db::testing::{Content, TestDb, postgres, sqlite};
use atlas_db::{Backend, backup};
use serde_json::{Value, json};

const ATLAS: &str = env!("CARGO_BIN_EXE_atlas");
const EMAIL: &str = "crash-test@atlas.example";
const PASSWORD: &str = "un mot de passe solide 2026";
/// Concurrent writing clients.
const WRITERS: usize = 4;
/// Crash rounds; each kills the server once its clients got this many new acknowledgements.
const ROUNDS: usize = 3;
const ACKS_BEFORE_KILL: usize = 120;

/// What one writer knows about one saved search: the name of its last acknowledged write, and
/// a name sent but never acknowledged (in flight when the server died), which may or may not
/// have been committed.
#[derive(Debug, Clone, Default)]
struct Known {
    acknowledged: Option<String>,
    in_flight: Option<String>,
}

/// Every saved search the clients touched, by id; and creations in flight without an id.
#[derive(Default)]
struct Ledger {
    by_id: BTreeMap<i64, Known>,
    unacknowledged_creations: Vec<String>,
}

struct Server {
    child: Child,
    base: String,
    log: PathBuf,
}

impl Server {
    fn start(database_url: &str, dir: &Path, round: usize) -> Server {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let log = dir.join(format!("serve-{round}.log"));
        let child = Command::new(ATLAS)
            .args(["serve", "--no-seed", "--workers", "2", "--bind"])
            .arg(format!("127.0.0.1:{port}"))
            .arg("--database-url")
            .arg(database_url)
            .arg("--static-dir")
            .arg(dir.join("no-app"))
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .unwrap();
        Server {
            child,
            base: format!("http://127.0.0.1:{port}/api/v1"),
            log,
        }
    }

    async fn wait_ready(&mut self, client: &reqwest::Client) {
        let started = Instant::now();
        let health = self.base.replace("/api/v1", "/healthz");
        while started.elapsed() < Duration::from_secs(120) {
            if let Ok(r) = client.get(&health).send().await
                && r.status().is_success()
            {
                return;
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("atlas serve exited with {status}: {}", self.log());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("atlas serve never answered: {}", self.log());
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// SIGKILL: no shutdown hook, no flush, no checkpoint.
    fn kill(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }
}

fn create_admin(database_url: &str) {
    let mut child = Command::new(ATLAS)
        .args(["create-admin", "--email", EMAIL, "--first-name", "Camille"])
        .args([
            "--last-name",
            "Martin",
            "--password-stdin",
            "--database-url",
        ])
        .arg(database_url)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{PASSWORD}").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "create-admin: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

async fn login(client: &reqwest::Client, base: &str) -> String {
    let r = client
        .post(format!("{base}/auth/login"))
        .json(&json!({ "email": EMAIL, "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200, "login");
    let tokens: Value = r.json().await.unwrap();
    tokens["access_token"].as_str().unwrap().to_owned()
}

/// The saved searches as stored, by id.
async fn stored(client: &reqwest::Client, base: &str, token: &str) -> BTreeMap<i64, String> {
    let r = client
        .get(format!("{base}/me/saved-searches"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200, "list saved searches");
    let body: Value = r.json().await.unwrap();
    body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            assert_eq!(s["query"], "q=eau", "a saved search came back altered: {s}");
            (
                s["id"].as_i64().unwrap(),
                s["name"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// Every acknowledged write is stored as acknowledged (or as the write in flight after it);
/// every stored row is one the clients sent.
fn check(ledger: &Ledger, stored: &BTreeMap<i64, String>) {
    for (id, known) in &ledger.by_id {
        let Some(acknowledged) = &known.acknowledged else {
            continue;
        };
        let name = stored
            .get(id)
            .unwrap_or_else(|| panic!("acknowledged saved search {id} ({acknowledged}) is lost"));
        assert!(
            name == acknowledged || Some(name) == known.in_flight.as_ref(),
            "saved search {id}: stored {name:?}, acknowledged {acknowledged:?}"
        );
    }
    for (id, name) in stored {
        let known = ledger.by_id.get(id);
        let sent = known.is_some_and(|k| {
            k.acknowledged.as_ref() == Some(name) || k.in_flight.as_ref() == Some(name)
        }) || ledger.unacknowledged_creations.contains(name);
        assert!(sent, "saved search {id} {name:?} was never sent");
    }
}

/// One client: creates saved searches and renames its own, until the server dies or `stop`.
/// An HTTP error while the server is up fails the test; a transport error means it died.
async fn writer(
    client: reqwest::Client,
    base: String,
    token: String,
    tag: String,
    ledger: Arc<Mutex<Ledger>>,
    acks: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
) {
    let mut mine: Vec<i64> = Vec::new();
    let mut n = 0usize;
    while !stop.load(Ordering::Relaxed) {
        n += 1;
        let name = format!("{tag}-{n}");
        let rename = n.is_multiple_of(3) && !mine.is_empty();
        let sent = if rename {
            let id = mine[n % mine.len()];
            ledger
                .lock()
                .unwrap()
                .by_id
                .entry(id)
                .or_default()
                .in_flight = Some(name.clone());
            client
                .patch(format!("{base}/me/saved-searches/{id}"))
                .bearer_auth(&token)
                .json(&json!({ "name": name }))
                .send()
                .await
                .map(|r| (r, Some(id)))
        } else {
            ledger
                .lock()
                .unwrap()
                .unacknowledged_creations
                .push(name.clone());
            client
                .post(format!("{base}/me/saved-searches"))
                .bearer_auth(&token)
                .json(&json!({ "kind": "search", "name": name, "query": "q=eau" }))
                .send()
                .await
                .map(|r| (r, None))
        };
        let Ok((response, renamed)) = sent else {
            return; // the server is gone: this write was never acknowledged
        };
        let status = response.status();
        let Ok(body) = response.json::<Value>().await else {
            return; // died before the whole answer came back: not acknowledged either
        };
        assert!(status.is_success(), "{status} for {name}: {body}");
        let id = renamed.unwrap_or_else(|| body["id"].as_i64().unwrap());
        let mut ledger = ledger.lock().unwrap();
        let known = ledger.by_id.entry(id).or_default();
        known.acknowledged = Some(name.clone());
        known.in_flight = None;
        if renamed.is_none() {
            ledger.unacknowledged_creations.retain(|c| c != &name);
            mine.push(id);
        }
        acks.fetch_add(1, Ordering::Relaxed);
    }
}

/// SQLite only: the file right after the crash, before any restart recovers it.
fn integrity(test_db: &TestDb) {
    if test_db.backend == Backend::Sqlite {
        backup::verify(Path::new(&test_db.url)).expect("integrity check after the crash");
    }
}

async fn crash_rounds(test_db: &TestDb) {
    let dir = tempfile::tempdir().unwrap();
    create_admin(&test_db.url);
    let client = reqwest::Client::new();
    let ledger = Arc::new(Mutex::new(Ledger::default()));
    for round in 0..ROUNDS {
        let mut server = Server::start(&test_db.url, dir.path(), round);
        server.wait_ready(&client).await;
        let token = login(&client, &server.base).await;
        let before = stored(&client, &server.base, &token).await;
        check(&ledger.lock().unwrap(), &before);

        let acks = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let writers: Vec<_> = (0..WRITERS)
            .map(|w| {
                tokio::spawn(writer(
                    client.clone(),
                    server.base.clone(),
                    token.clone(),
                    format!("r{round}w{w}"),
                    ledger.clone(),
                    acks.clone(),
                    stop.clone(),
                ))
            })
            .collect();
        let started = Instant::now();
        while acks.load(Ordering::Relaxed) < ACKS_BEFORE_KILL {
            assert!(
                started.elapsed() < Duration::from_secs(120),
                "only {} writes acknowledged in 120 s: {}",
                acks.load(Ordering::Relaxed),
                server.log()
            );
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        // The clients are still sending: the kill lands in the middle of their writes.
        server.kill();
        stop.store(true, Ordering::Relaxed);
        for w in writers {
            w.await.unwrap();
        }
        integrity(test_db);
    }

    let mut server = Server::start(&test_db.url, dir.path(), ROUNDS);
    server.wait_ready(&client).await;
    let token = login(&client, &server.base).await;
    let stored = stored(&client, &server.base, &token).await;
    let ledger = ledger.lock().unwrap();
    check(&ledger, &stored);
    let acknowledged = ledger
        .by_id
        .values()
        .filter(|k| k.acknowledged.is_some())
        .count();
    assert!(
        acknowledged >= ROUNDS * ACKS_BEFORE_KILL / 2,
        "{acknowledged}"
    );
    eprintln!(
        "{:?}: {acknowledged} saved searches acknowledged over {ROUNDS} crashes, {} stored",
        test_db.backend,
        stored.len()
    );
    server.kill();
    integrity(test_db);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_survive_sigkill_on_sqlite() {
    crash_rounds(&sqlite(Content::Reference)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_survive_sigkill_on_postgres() {
    if let Some(db) = postgres(Content::Reference) {
        crash_rounds(&db).await;
    }
}
