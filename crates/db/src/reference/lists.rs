//! The administrable reference lists, as first loaded: themes (with their OECD DAC/CRS purpose
//! code where one fits, for the APD consolidation sent to the OECD), financing sources, and
//! the associations and networks collectivités belong to (seed 004's directory).
//!
//! The lists themselves are data, one file each ([`themes`], [`financing_sources`],
//! [`networks`]); this file turns them into rows and inserts them.

mod financing_sources;
mod networks;
mod themes;

use diesel::prelude::*;

pub use financing_sources::FINANCING_SOURCES;
pub use networks::NETWORKS;
pub use themes::{THEMES, ThemeDef};

use crate::models::{FinancingSourceRow, NetworkRow, ThemeRow};
use crate::schema;

fn theme_rows() -> Vec<ThemeRow> {
    THEMES
        .iter()
        .zip(1..)
        .map(|(t, id)| ThemeRow {
            id,
            code: t.code.to_owned(),
            name_fr: t.name_fr.to_owned(),
            name_en: t.name_en.to_owned(),
            dac_code: t.dac_code,
            position: id,
            active: true,
        })
        .collect()
}

fn source_rows() -> Vec<FinancingSourceRow> {
    FINANCING_SOURCES
        .iter()
        .zip(1..)
        .map(|((code, short, fr, en), id)| FinancingSourceRow {
            id,
            code: (*code).to_owned(),
            short_name: (*short).to_owned(),
            name_fr: (*fr).to_owned(),
            name_en: (*en).to_owned(),
            position: id,
            active: true,
        })
        .collect()
}

fn network_rows() -> Vec<NetworkRow> {
    NETWORKS
        .iter()
        .zip(1..)
        .map(|((name, acronym, kind, website), id)| NetworkRow {
            id,
            name: (*name).to_owned(),
            acronym: acronym.map(str::to_owned),
            kind: (*kind).to_owned(),
            website: website.map(str::to_owned),
            description: None,
        })
        .collect()
}

pub(super) trait InsertLists {
    fn insert_lists(&mut self) -> QueryResult<()>;
}

macro_rules! impl_insert_lists {
    ($conn:ty) => {
        impl InsertLists for $conn {
            fn insert_lists(&mut self) -> QueryResult<()> {
                let c = self;
                insert_batches!(c, schema::themes::table, &theme_rows())?;
                insert_batches!(c, schema::financing_sources::table, &source_rows())?;
                insert_batches!(c, schema::networks::table, &network_rows())?;
                Ok(())
            }
        }
    };
}
impl_insert_lists!(diesel::SqliteConnection);
impl_insert_lists!(diesel::PgConnection);

pub(super) fn insert<C: InsertLists>(c: &mut C) -> QueryResult<()> {
    c.insert_lists()
}
