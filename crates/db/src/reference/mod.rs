//! Reference data loaded on first start: the geography embedded from `data/` (continents,
//! sub-continents, countries, régions, départements, communes, EPCI, foreign cities) and the
//! administrable lists (themes, financing sources, networks).

pub mod entities;
mod geography;
mod lists;
pub mod naming;

pub use geography::{continent_code, slug};
pub use lists::{FINANCING_SOURCES, NETWORKS, THEMES, ThemeDef};

use crate::meta::{self, REFERENCE_LOADED};
use crate::{Db, DbError};

/// What a load did, for the logs.
#[derive(Debug, Default, Clone, Copy)]
pub struct ReferenceCounts {
    pub countries: usize,
    pub communes: usize,
    pub epcis: usize,
    pub cities: usize,
}

/// Loads the reference data unless already loaded. All or nothing: one transaction.
pub fn load_if_needed(db: &Db) -> Result<Option<ReferenceCounts>, DbError> {
    let mut conn = db.conn()?;
    if meta::get(&mut conn, REFERENCE_LOADED)?.is_some() {
        return Ok(None);
    }
    let geo = geography::Prepared::build()?;
    let now = chrono::Utc::now().naive_utc().to_string();
    let counts = write_tx!(&mut conn, |c| {
        let counts = geo.insert(c)?;
        lists::insert(c)?;
        meta::set_meta!(c, REFERENCE_LOADED, &now)?;
        Ok::<_, diesel::result::Error>(counts)
    })?;
    Ok(Some(counts))
}
