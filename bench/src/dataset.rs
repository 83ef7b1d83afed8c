//! Demo databases for benchmarks, generated once per dataset version and scale and cached
//! under `~/.cache/atlas/bench` (`atlas seed --scale N` into a SQLite file).
//!
//! The cache key is a hash of what shapes the data — migrations, reference data, the demo
//! generator — so a change there makes a fresh database, and nothing else does.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, bail};

/// Files whose content decides what `atlas seed` writes.
const DATA_SOURCES: &[&str] = &[
    "migrations",
    "data",
    "crates/db/src/demo",
    "crates/db/src/reference",
];

/// FNV-1a over every file under [`DATA_SOURCES`], in path order.
pub fn fingerprint(repo: &Path) -> anyhow::Result<String> {
    let mut files = Vec::new();
    for source in DATA_SOURCES {
        collect(&repo.join(source), &mut files)?;
    }
    files.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            hash = (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    for file in &files {
        eat(file
            .strip_prefix(repo)
            .unwrap_or(file)
            .as_os_str()
            .as_encoded_bytes());
        eat(&std::fs::read(file).with_context(|| format!("read {}", file.display()))?);
    }
    Ok(format!("{hash:016x}"))
}

fn collect(path: &Path, files: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    if path.is_file() {
        files.push(path.to_owned());
    } else if path.is_dir() {
        for entry in std::fs::read_dir(path).with_context(|| format!("list {}", path.display()))? {
            collect(&entry?.path(), files)?;
        }
    }
    Ok(())
}

/// The SQLite file of the demo dataset at `scale`, generated with `atlas` when not cached.
pub fn prepare(atlas: &Path, cache: &Path, key: &str, scale: u32) -> anyhow::Result<PathBuf> {
    std::fs::create_dir_all(cache).with_context(|| format!("create {}", cache.display()))?;
    let db = cache.join(format!("atlas-{key}-x{scale}.db"));
    if db.is_file() {
        eprintln!("dataset ×{scale}: cached {}", db.display());
        return Ok(db);
    }
    let building = cache.join(format!("atlas-{key}-x{scale}.building.db"));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", building.display()));
    }
    eprintln!("dataset ×{scale}: generating {} …", db.display());
    let started = Instant::now();
    let status = Command::new(atlas)
        .args(["seed", "--scale", &scale.to_string(), "--database-url"])
        .arg(&building)
        .env("RUST_LOG", "warn")
        .status()
        .with_context(|| format!("run {}", atlas.display()))?;
    if !status.success() {
        bail!("atlas seed --scale {scale} failed ({status})");
    }
    // SQLite folds the WAL into the file when the last connection closes; move what remains.
    for suffix in ["-wal", "-shm"] {
        let from = format!("{}{suffix}", building.display());
        if Path::new(&from).exists() {
            std::fs::rename(&from, format!("{}{suffix}", db.display()))?;
        }
    }
    std::fs::rename(&building, &db)?;
    eprintln!(
        "dataset ×{scale}: ready in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    Ok(db)
}
