//! The France access: régions and départements with the figures of the projects their
//! collectivités lead (the shared filter scoped to the place), and the lists that lead down.

use std::collections::BTreeMap;

use atlas_domain::{DepartementDetail, PlaceFigures, PlaceRef, ProjectFilter, RegionDetail};
use diesel::prelude::*;

use crate::figures::apd::ApdScope;
use crate::figures::headline::figures;
use crate::places::lookup::{self as places, Grouping};
use crate::places::world::scope;
use crate::schema::{departements, regions};
use crate::search::filter::Resolved;
use crate::{DbConn, DbError};

/// Every place of `reference` (code, name), in its order, with its figures (zero when none).
fn listed(
    reference: Vec<(String, String)>,
    counted: &BTreeMap<Option<String>, places::Counted>,
) -> Vec<PlaceFigures> {
    reference
        .into_iter()
        .map(|(code, name)| {
            counted
                .get(&Some(code.clone()))
                .cloned()
                .unwrap_or_default()
                .named(code, name)
        })
        .collect()
}

/// `GET /regions`: every région, by code, with the figures of the projects matching `r` that
/// its collectivités lead.
pub fn regions(conn: &mut DbConn, r: &Resolved) -> Result<Vec<PlaceFigures>, DbError> {
    let reference: Vec<(String, String)> = with_conn!(conn, |c| regions::table
        .order(regions::code)
        .select((regions::code, regions::name))
        .load(c))?;
    let counted = places::counted(conn, r, Grouping::Region)?;
    Ok(listed(reference, &counted))
}

/// `GET /departements`: every département (of the régions of `r`, if any), by code, with the
/// figures of the projects matching `r` that its collectivités lead.
pub fn departements(conn: &mut DbConn, r: &Resolved) -> Result<Vec<PlaceFigures>, DbError> {
    let regions = &r.filter.regions;
    let reference: Vec<(String, String)> = with_conn!(conn, |c| {
        let mut q = departements::table.into_boxed();
        if !regions.is_empty() {
            q = q.filter(departements::region_code.eq_any(regions));
        }
        q.order(departements::code)
            .select((departements::code, departements::name))
            .load(c)
    })?;
    let counted = places::counted(conn, r, Grouping::Departement)?;
    Ok(listed(reference, &counted))
}

/// `GET /regions/{code}`. Its `without_departement` row has no code and no name: it is no
/// place, and the sentence that names it is the API's.
pub fn region(conn: &mut DbConn, code: &str) -> Result<RegionDetail, DbError> {
    let code = code.to_ascii_uppercase();
    let (code, name): (String, String) = with_conn!(conn, |c| regions::table
        .find(&code)
        .select((regions::code, regions::name))
        .first(c))?;
    let r = scope(ProjectFilter {
        regions: vec![code.clone()],
        ..ProjectFilter::default()
    });
    let figures = figures(conn, &r, &ApdScope::Region(code.clone()))?;
    let reference: Vec<(String, String)> = with_conn!(conn, |c| departements::table
        .filter(departements::region_code.eq(&code))
        .order(departements::code)
        .select((departements::code, departements::name))
        .load(c))?;
    let counted = places::counted(conn, &r, Grouping::Departement)?;
    let departements = listed(reference, &counted);
    let without_departement = counted
        .get(&None)
        .cloned()
        .unwrap_or_default()
        .named(String::new(), String::new());
    Ok(RegionDetail {
        code,
        name,
        figures,
        departements,
        without_departement,
    })
}

/// A département with its région, named.
#[derive(Queryable)]
struct DepartementInRegion {
    code: String,
    name: String,
    region_code: String,
    region_name: String,
}

/// `GET /departements/{code}`.
pub fn departement(conn: &mut DbConn, code: &str) -> Result<DepartementDetail, DbError> {
    let code = code.to_ascii_uppercase();
    let row: DepartementInRegion = with_conn!(conn, |c| departements::table
        .inner_join(regions::table)
        .filter(departements::code.eq(&code))
        .select((
            departements::code,
            departements::name,
            regions::code,
            regions::name
        ))
        .first(c))?;
    let r = scope(ProjectFilter {
        departements: vec![row.code.clone()],
        ..ProjectFilter::default()
    });
    let figures = figures(conn, &r, &ApdScope::Departement(row.code.clone()))?;
    Ok(DepartementDetail {
        code: row.code,
        name: row.name,
        region: PlaceRef {
            code: row.region_code,
            name: row.region_name,
        },
        figures,
    })
}
