//! The `atlas` command: `serve` (migrate, load reference data, seed the demo dataset if the
//! database is empty, serve API + app), `migrate`, `seed`, `backup`, `restore`,
//! `create-admin`.
//!
//! Configuration by flags or environment (`ATLAS_*`, `DATABASE_URL`); see `atlas --help`.

mod admin;
mod serve_args;

use std::net::TcpListener;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use atlas_api::{AppState, ServerConfig};
use atlas_db::demo::{self, DemoOptions};
use atlas_db::{Db, DbOptions, backup, reference};
use clap::{Args, Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "atlas",
    version,
    about = "Atlas de l'action extérieure des collectivités"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct DatabaseArgs {
    /// SQLite file path (default) or a postgres:// URL.
    #[arg(long, env = "DATABASE_URL", default_value = "atlas.db")]
    database_url: String,
    /// Maximum pooled connections.
    #[arg(long, env = "ATLAS_DB_CONNECTIONS", default_value_t = 8)]
    db_connections: u32,
    /// SQLite only: `synchronous = FULL`, so no committed write is lost even on power failure.
    #[arg(long, env = "ATLAS_DURABLE")]
    durable: bool,
}

impl DatabaseArgs {
    fn open(&self) -> anyhow::Result<Db> {
        let options = DbOptions {
            url: self.database_url.clone(),
            max_connections: self.db_connections,
            durable: self.durable,
        };
        Db::open(&options)
            .with_context(|| format!("cannot open the database {}", redact(&self.database_url)))
    }
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API and the app (migrates and seeds first when needed).
    Serve {
        #[command(flatten)]
        db: DatabaseArgs,
        /// Address to listen on.
        #[arg(long, env = "ATLAS_BIND", default_value = "127.0.0.1:8080")]
        bind: String,
        /// Directory of the built app.
        #[arg(long, env = "ATLAS_STATIC_DIR", default_value = "frontend/dist")]
        static_dir: PathBuf,
        /// Do not generate the demo dataset into an empty database.
        #[arg(long, env = "ATLAS_NO_SEED")]
        no_seed: bool,
        /// HTTP worker threads (default: one per core).
        #[arg(long, env = "ATLAS_WORKERS")]
        workers: Option<usize>,
        /// Compute every answer of the public read API, keeping none between data changes.
        #[arg(long, env = "ATLAS_NO_ANSWER_CACHE")]
        no_answer_cache: bool,
        #[command(flatten)]
        accounts: serve_args::AccountArgs,
    },
    /// Create a DAECT administrator (the first account of a new Atlas).
    CreateAdmin {
        #[command(flatten)]
        db: DatabaseArgs,
        #[command(flatten)]
        admin: admin::AdminArgs,
    },
    /// Apply pending migrations and load the reference data.
    Migrate {
        #[command(flatten)]
        db: DatabaseArgs,
    },
    /// Generate the demonstration dataset.
    Seed {
        #[command(flatten)]
        db: DatabaseArgs,
        /// Multiply the dataset (partners, projects, requests, APD) for benchmarks.
        #[arg(long, default_value_t = 1)]
        scale: u32,
        /// Random seed (the same seed gives the same dataset).
        #[arg(long, default_value_t = demo::DEFAULT_SEED)]
        seed: u64,
        /// Delete the existing activity data first (in the same transaction).
        #[arg(long)]
        replace: bool,
    },
    /// Write a consistent snapshot of the SQLite database while it keeps serving.
    Backup {
        #[command(flatten)]
        db: DatabaseArgs,
        /// The snapshot file to create (must not exist).
        to: PathBuf,
    },
    /// Replace the SQLite database by a verified snapshot (stop the server first).
    Restore {
        #[command(flatten)]
        db: DatabaseArgs,
        /// The snapshot file written by `atlas backup`.
        from: PathBuf,
    },
}

/// Hides a password in a database URL before logging it.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let creds = &url[scheme + 3..at];
            match creds.find(':') {
                Some(colon) => format!(
                    "{}{}:***{}",
                    &url[..scheme + 3],
                    &creds[..colon],
                    &url[at..]
                ),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

fn init_logs() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,actix_server=warn"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    if std::env::var("ATLAS_LOG_FORMAT").is_ok_and(|f| f == "json") {
        builder.json().init();
    } else {
        builder.init();
    }
}

/// Migrations and reference data: what every command needs before it works.
fn prepare(db: &Db) -> anyhow::Result<()> {
    let started = Instant::now();
    let migrations = db.migrate().context("migrations failed")?;
    if migrations > 0 {
        tracing::info!(
            migrations,
            elapsed_ms = started.elapsed().as_millis() as u64,
            "migrated"
        );
    }
    let started = Instant::now();
    if let Some(counts) = reference::load_if_needed(db).context("reference data failed to load")? {
        tracing::info!(
            ?counts,
            elapsed_ms = started.elapsed().as_millis() as u64,
            "reference data loaded"
        );
    }
    Ok(())
}

fn main() -> anyhow::Result<()> {
    init_logs();
    match Cli::parse().command {
        Command::Serve {
            db,
            bind,
            static_dir,
            no_seed,
            workers,
            no_answer_cache,
            accounts,
        } => {
            let started = Instant::now();
            let auth = accounts.auth_settings(&bind)?;
            let pool = db.open()?;
            prepare(&pool)?;
            if !no_seed {
                let seeding = Instant::now();
                if let Some(summary) = demo::seed_if_empty(&pool, DemoOptions::default())? {
                    tracing::info!(
                        ?summary,
                        elapsed_ms = seeding.elapsed().as_millis() as u64,
                        "demo dataset generated"
                    );
                }
            }
            let listener =
                TcpListener::bind(&bind).with_context(|| format!("cannot listen on {bind}"))?;
            let static_dir = static_dir.is_dir().then_some(static_dir);
            if static_dir.is_none() {
                tracing::warn!("no built app found: serving the API only (run `just frontend`)");
            }
            tracing::info!(
                address = %format!("http://{bind}"),
                database = %redact(&db.database_url),
                startup_ms = started.elapsed().as_millis() as u64,
                "serving"
            );
            if let Some(smtp) = accounts.smtp() {
                atlas_accounts::mail::delivery::spawn(pool.clone(), smtp)
                    .map_err(|e| anyhow::anyhow!(e))?;
                tracing::info!("e-mail delivery by SMTP started");
            } else {
                tracing::info!("no ATLAS_SMTP_URL: e-mails stay in the outbox");
            }
            let config = ServerConfig {
                static_dir,
                workers,
                rate_limit: accounts.rate_limit(),
            };
            let mut state = AppState::with_auth(pool, auth);
            if no_answer_cache {
                state = state.without_answer_cache();
            }
            warm_search_index(&state);
            actix_web::rt::System::new()
                .block_on(async move { atlas_api::serve(listener, state, config)?.await })?;
            Ok(())
        }
        Command::Migrate { db } => prepare(&db.open()?),
        Command::CreateAdmin { db, admin } => {
            let pool = db.open()?;
            prepare(&pool)?;
            let id = admin::create(&pool, &admin)?;
            tracing::info!(id, "administrator created");
            Ok(())
        }
        Command::Seed {
            db,
            scale,
            seed,
            replace,
        } => {
            let pool = db.open()?;
            prepare(&pool)?;
            let started = Instant::now();
            let summary = demo::seed(&pool, DemoOptions { seed, scale }, replace)?;
            tracing::info!(
                ?summary,
                elapsed_ms = started.elapsed().as_millis() as u64,
                "demo dataset generated"
            );
            Ok(())
        }
        Command::Backup { db, to } => {
            let snapshot = backup::backup(&db.open()?, &to).context("backup failed")?;
            tracing::info!(
                path = %snapshot.path.display(),
                bytes = snapshot.bytes,
                projects = snapshot.projects,
                "backup written and verified"
            );
            Ok(())
        }
        Command::Restore { db, from } => {
            let url = &db.database_url;
            let target = PathBuf::from(url.strip_prefix("sqlite://").unwrap_or(url));
            let snapshot = backup::restore(&from, &target).context("restore failed")?;
            tracing::info!(path = %snapshot.path.display(), projects = snapshot.projects, "database restored");
            Ok(())
        }
    }
}

/// Builds the search's facet index in the background, so the first search does not wait.
fn warm_search_index(state: &AppState) {
    let (db, index) = (state.db.clone(), state.search_index.clone());
    std::thread::spawn(move || {
        let started = Instant::now();
        match db
            .conn()
            .and_then(|mut conn| index.current(&mut conn).map(drop))
        {
            Ok(()) => tracing::info!(
                elapsed_ms = started.elapsed().as_millis() as u64,
                "search index ready"
            ),
            Err(e) => tracing::warn!(error = %e, "search index not built in advance"),
        }
    });
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn passwords_never_reach_the_logs() {
        assert_eq!(
            redact("postgres://atlas:secret@db:5432/atlas"),
            "postgres://atlas:***@db:5432/atlas"
        );
        assert_eq!(
            redact("postgres://atlas@db/atlas"),
            "postgres://atlas@db/atlas"
        );
        assert_eq!(redact("atlas.db"), "atlas.db");
    }
}
