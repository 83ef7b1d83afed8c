//! Writes the OpenAPI document to `openapi/openapi.json` (or the path given as argument).
//! `just openapi` runs it; the drift test fails when the committed file is stale.

use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let path = std::env::args().nth(1).map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../openapi/openapi.json"),
        PathBuf::from,
    );
    std::fs::write(&path, atlas_api::openapi::document_json())?;
    println!("wrote {}", path.display());
    Ok(())
}
