//! Key/value facts about the loaded dataset (`dataset_meta`): reference load, demo seed…

use diesel::prelude::*;

use crate::models::DatasetMetaRow;
use crate::schema::dataset_meta;
use crate::{DbConn, DbError};

/// Key set once the reference geography and lists are loaded.
pub const REFERENCE_LOADED: &str = "reference_loaded_at";
/// Keys set when the demo dataset is generated.
pub const DEMO: &str = "demo";
pub const DEMO_SEED: &str = "demo_seed";
pub const DEMO_SCALE: &str = "demo_scale";
pub const DEMO_GENERATED: &str = "demo_generated_at";
/// Changes whenever public data changes (projects and their links, collectivités, partners,
/// published Bourse requests, APD): the search's facet index is rebuilt and the API's cached
/// answers are dropped when it does.
pub const DATA_GENERATION: &str = "data_generation";

/// Reads one key.
pub fn get(conn: &mut DbConn, key: &str) -> Result<Option<String>, DbError> {
    let value = with_conn!(conn, |c| dataset_meta::table
        .find(key)
        .select(dataset_meta::value)
        .first::<String>(c)
        .optional())?;
    Ok(value)
}

/// Reads every key, sorted.
pub fn all(conn: &mut DbConn) -> Result<Vec<DatasetMetaRow>, DbError> {
    let rows = with_conn!(conn, |c| dataset_meta::table
        .order(dataset_meta::key)
        .select(DatasetMetaRow::as_select())
        .load(c))?;
    Ok(rows)
}

/// Writes one key (replacing any previous value); use inside a `with_conn!`/`write_tx!` body.
macro_rules! set_meta {
    ($c:expr, $key:expr, $value:expr) => {{
        use ::diesel::prelude::*;
        ::diesel::delete(
            $crate::schema::dataset_meta::table.filter($crate::schema::dataset_meta::key.eq($key)),
        )
        .execute($c)
        .and_then(|_| {
            ::diesel::insert_into($crate::schema::dataset_meta::table)
                .values($crate::models::DatasetMetaRow {
                    key: ($key).to_owned(),
                    value: ($value).to_owned(),
                })
                .execute($c)
        })
    }};
}
pub(crate) use set_meta;

/// A fresh value for [`DATA_GENERATION`]: every writer of public data stores one, inside its
/// transaction, with `set_meta!(c, DATA_GENERATION, &new_generation())`, so every process
/// rebuilds its search facet index ([`crate::search::SearchIndex`]) and drops its
/// cached answers.
pub fn new_generation() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!("{nanos}-{}", std::process::id())
}

/// The current [`DATA_GENERATION`] (empty when no writer ever set one).
pub fn data_generation(conn: &mut DbConn) -> Result<String, DbError> {
    Ok(get(conn, DATA_GENERATION)?.unwrap_or_default())
}
