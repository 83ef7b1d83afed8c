//! Weight of the browser app in `frontend/dist`: our own code on first load (the target: the
//! main wasm, its JS glue, the lazy-route loader and boot.js), the route modules fetched on
//! demand, our page and stylesheet, and each vendored package (Leaflet, DSFR…) apart; raw and
//! gzip -9.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use flate2::Compression;
use flate2::write::GzEncoder;

/// Bytes of one file or group of files.
#[derive(Debug, Clone, Default)]
pub struct Weight {
    pub name: String,
    pub files: usize,
    pub raw: u64,
    pub gzip: u64,
}

/// The app's weights: ours on first load first, then the rest.
#[derive(Debug, Clone)]
pub struct AppSize {
    pub ours: Weight,
    pub parts: Vec<Weight>,
}

/// Our own code loaded on first visit, in the build's directory `pkg/<hash>/`: the main wasm,
/// its JS glue and the loader of the lazy routes (boot.js is at the root).
const FIRST_LOAD: &[&str] = &["frontend_bg.wasm", "frontend.js", "__wasm_split.js"];
/// Our page and stylesheet, listed apart.
const PAGE: &[&str] = &["index.html", "atlas.css"];

/// The build's directory `dist/pkg/<hash>/` (the one boot.js loads).
pub fn build_dir(dist: &Path) -> anyhow::Result<PathBuf> {
    let boot = std::fs::read_to_string(dist.join("boot.js"))
        .with_context(|| format!("read {}/boot.js", dist.display()))?;
    let hash = boot
        .split("/pkg/")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .context("boot.js names no /pkg/<hash>/ directory")?;
    Ok(dist.join("pkg").join(hash))
}

fn gzip_len(bytes: &[u8]) -> anyhow::Result<u64> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes)?;
    Ok(encoder.finish()?.len() as u64)
}

fn weigh(name: &str, files: &[std::path::PathBuf]) -> anyhow::Result<Weight> {
    let mut weight = Weight {
        name: name.to_owned(),
        ..Weight::default()
    };
    for file in files {
        let bytes = std::fs::read(file).with_context(|| format!("read {}", file.display()))?;
        weight.files += 1;
        weight.raw += bytes.len() as u64;
        weight.gzip += gzip_len(&bytes)?;
    }
    Ok(weight)
}

/// JS and CSS files under `dir`, recursively (fonts and images load on demand).
fn scripts_and_styles(dir: &Path, found: &mut Vec<std::path::PathBuf>) -> anyhow::Result<()> {
    for entry in std::fs::read_dir(dir).with_context(|| format!("list {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            scripts_and_styles(&path, found)?;
        } else if path.extension().is_some_and(|e| e == "js" || e == "css") {
            found.push(path);
        }
    }
    found.sort();
    Ok(())
}

/// Weighs the built app in `dist`.
pub fn measure(dist: &Path) -> anyhow::Result<AppSize> {
    let build = build_dir(dist)?;
    let mut first_load: Vec<PathBuf> = FIRST_LOAD.iter().map(|f| build.join(f)).collect();
    first_load.push(dist.join("boot.js"));
    let ours = weigh(
        "our code on first load (main wasm, its JS glue, lazy-route loader, boot.js)",
        &first_load,
    )?;
    let mut on_demand: Vec<PathBuf> = std::fs::read_dir(&build)
        .with_context(|| format!("list {}", build.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "wasm") && !first_load.contains(p))
        .collect();
    on_demand.sort();
    let mut parts = vec![
        weigh(
            "our lazy routes, fetched when a page other than home is first shown",
            &on_demand,
        )?,
        weigh(
            "our page and stylesheet (index.html, atlas.css)",
            &PAGE.iter().map(|f| dist.join(f)).collect::<Vec<_>>(),
        )?,
    ];
    let vendor = dist.join("vendor");
    let mut packages: Vec<_> = std::fs::read_dir(&vendor)
        .with_context(|| format!("list {}", vendor.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    packages.sort();
    for package in packages {
        let mut files = Vec::new();
        scripts_and_styles(&package, &mut files)?;
        let name = package
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        parts.push(weigh(&format!("vendor/{name} (JS + CSS)"), &files)?);
    }
    Ok(AppSize { ours, parts })
}
