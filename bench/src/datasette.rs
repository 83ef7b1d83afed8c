//! Datasette (PyPI, `scripts/setup.sh bench`) serving a copy of the benchmark database, to ask
//! it the same faceted question as `/api/v1/search` side by side.
//!
//! The copy gets one view, `project_search`: a project's criteria as columns (continent,
//! région… through joins; themes and co-financers as JSON arrays), so that Datasette's table
//! page can filter and facet on them, and its full-text search uses the project index
//! (`project_fts`, configured in the metadata). Datasette runs immutable (`-i`), with two SQL
//! threads like our two workers, suggested facets off and time limits out of the way.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};

/// The Datasette version `scripts/setup.sh bench` installs.
pub const VERSION: &str = "0.65.5";

/// The view Datasette searches and facets: one row per project, criteria as columns.
pub const VIEW_SQL: &str = "CREATE VIEW project_search AS
SELECT p.id, p.title, p.kind, p.status, p.country_code AS country,
    c.continent_code AS continent, c.subcontinent_code AS subcontinent,
    col.region_code AS region, col.departement_code AS departement,
    col.kind AS collectivite_kind, p.collectivite_id AS collectivite, p.partner_id AS partner,
    p.start_year, p.end_year,
    (SELECT json_group_array(t.code) FROM project_themes pt JOIN themes t ON t.id = pt.theme_id
        WHERE pt.project_id = p.id) AS themes,
    (SELECT json_group_array(DISTINCT s.code) FROM project_financings f
        JOIN financing_sources s ON s.id = f.source_id WHERE f.project_id = p.id) AS financings
FROM projects p
JOIN countries c ON c.code = p.country_code
JOIN collectivites col ON col.id = p.collectivite_id";

/// Prepares the copy: WAL folded in, rollback journal (immutable readers ignore a WAL), view.
const PREPARE_PY: &str = "import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute('PRAGMA wal_checkpoint(TRUNCATE)')
db.execute('PRAGMA journal_mode = DELETE')
db.execute(sys.argv[2])
db.commit()
db.close()
";

/// Full-text search of the view through the projects' FTS5 index (its rowid is the project id).
const METADATA: &str = r#"{"databases": {"atlas": {"tables": {"project_search": {"fts_table": "project_fts", "fts_pk": "id"}}}}}"#;

pub struct Datasette {
    pub base: String,
    child: Child,
    _dir: tempfile::TempDir,
}

impl Datasette {
    /// Serves a copy of `db` with the `datasette` executable at `bin`.
    pub async fn start(bin: &Path, db: &Path, log: &Path) -> anyhow::Result<Datasette> {
        let dir = tempfile::tempdir()?;
        let copy = dir.path().join("atlas.db");
        std::fs::copy(db, &copy).with_context(|| format!("copy {}", db.display()))?;
        let wal = PathBuf::from(format!("{}-wal", db.display()));
        if wal.exists() {
            std::fs::copy(&wal, dir.path().join("atlas.db-wal"))?;
        }
        let python = bin.with_file_name("python");
        let status = Command::new(&python)
            .args(["-c", PREPARE_PY])
            .arg(&copy)
            .arg(VIEW_SQL)
            .status()
            .with_context(|| format!("run {}", python.display()))?;
        if !status.success() {
            bail!("preparing the Datasette copy failed ({status})");
        }
        let metadata = dir.path().join("metadata.json");
        std::fs::write(&metadata, METADATA)?;

        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let log_file = std::fs::File::create(log)?;
        let child = Command::new(bin)
            .arg("serve")
            .arg("-i")
            .arg(&copy)
            .arg("--metadata")
            .arg(&metadata)
            .args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .args(["--setting", "num_sql_threads", "2"])
            .args(["--setting", "sql_time_limit_ms", "60000"])
            .args(["--setting", "facet_time_limit_ms", "60000"])
            .args(["--setting", "suggest_facets", "off"])
            .stdout(Stdio::null())
            .stderr(log_file)
            .spawn()
            .with_context(|| {
                format!(
                    "start {} (scripts/setup.sh bench installs it)",
                    bin.display()
                )
            })?;
        let datasette = Datasette {
            base: format!("http://127.0.0.1:{port}"),
            child,
            _dir: dir,
        };
        datasette.wait_ready().await?;
        Ok(datasette)
    }

    async fn wait_ready(&self) -> anyhow::Result<()> {
        let client = reqwest::Client::new();
        let started = Instant::now();
        loop {
            if let Ok(response) = client
                .get(format!("{}/-/versions.json", self.base))
                .send()
                .await
                && response.status().is_success()
            {
                return Ok(());
            }
            if started.elapsed() > Duration::from_secs(60) {
                bail!("Datasette did not answer on {} within 60 s", self.base);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

impl Drop for Datasette {
    fn drop(&mut self) {
        crate::child::stop(&mut self.child);
    }
}
