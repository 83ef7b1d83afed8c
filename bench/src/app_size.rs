//! Weight of the browser app in `frontend/dist`: our own wasm and JS (the first-load target),
//! our page and stylesheet, and each vendored package (Leaflet, DSFR…) apart; raw and gzip -9.

use std::io::Write;
use std::path::Path;

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

/// The app's weights: ours (wasm + JS glue + loader) first, then the rest.
#[derive(Debug, Clone)]
pub struct AppSize {
    pub ours: Weight,
    pub parts: Vec<Weight>,
}

/// Our own code loaded on first visit: the wasm, its JS glue and the loader.
const OURS: &[&str] = &["pkg/frontend_bg.wasm", "pkg/frontend.js", "boot.js"];
/// Our page and stylesheet, listed apart.
const PAGE: &[&str] = &["index.html", "atlas.css"];

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
    let ours = weigh(
        "our wasm + JS (pkg/frontend_bg.wasm, pkg/frontend.js, boot.js)",
        &OURS.iter().map(|f| dist.join(f)).collect::<Vec<_>>(),
    )?;
    let mut parts = vec![weigh(
        "our page and stylesheet (index.html, atlas.css)",
        &PAGE.iter().map(|f| dist.join(f)).collect::<Vec<_>>(),
    )?];
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
