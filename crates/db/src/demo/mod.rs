//! The demonstration dataset, generated on first start: real French collectivités and real
//! foreign cities, fictitious activity and people, reproducing the published per-continent
//! table (seed 004) exactly at scale 1. Deterministic: the same seed gives the same rows.
//!
//! `generate` is pure (reference data in, rows out); `seed` writes the rows in one transaction.
//! Each step of the generation lives in its own file; `build` here runs them in order, all
//! drawing from one seeded generator, so that order is part of the output.

mod apd;
mod bourse;
mod collectivite_rows;
mod collectivites;
mod financing;
mod insert;
mod links;
mod participants;
mod partners;
mod people;
mod projects;
mod refdata;
mod rng;
mod showcase;
mod targets;
mod texts;

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

pub use targets::{ContinentTarget, DISTINCT_COLLECTIVITES, PUBLISHED};

use self::insert::{ACTIVITY_TABLES, EXPLICIT_ID_TABLES, InsertDataset};
use self::links::{Link, mark_other_actions, merge_duplicates, partnership_rows};
use self::partners::{Partner, partner_rows};
use self::projects::ProjectSet;
use self::refdata::RefData;
use self::rng::seeded;
use self::showcase::showcase;
use crate::meta::{self, DEMO, DEMO_GENERATED, DEMO_SCALE, DEMO_SEED};
use crate::models::{PartnerRow, PartnershipRow};
use crate::schema::{collectivites as collectivites_table, projects as projects_table};
use crate::{Db, DbError};

/// The seed of the default demo dataset.
pub const DEFAULT_SEED: u64 = 2015;

/// How to generate.
#[derive(Debug, Clone, Copy)]
pub struct DemoOptions {
    pub seed: u64,
    /// Multiplies partners, projects, Bourse requests and APD (collectivités are capped by the
    /// number of real ones). For benchmarks: `atlas seed --scale 10`.
    pub scale: u32,
}

impl Default for DemoOptions {
    fn default() -> Self {
        DemoOptions {
            seed: DEFAULT_SEED,
            scale: 1,
        }
    }
}

/// Every row of a generated dataset.
pub struct Dataset {
    collectivites: collectivite_rows::CollectiviteSet,
    partners: Vec<PartnerRow>,
    partnerships: Vec<PartnershipRow>,
    projects: ProjectSet,
    bourse: bourse::BourseSet,
    apd: apd::ApdSet,
}

/// Row counts of a generated dataset.
#[derive(Debug, Clone, Copy)]
pub struct DemoSummary {
    pub collectivites: usize,
    pub partners: usize,
    pub projects: usize,
    pub bourse_requests: usize,
    pub apd_lines: usize,
}

impl Dataset {
    pub fn summary(&self) -> DemoSummary {
        DemoSummary {
            collectivites: self.collectivites.rows.len(),
            partners: self.partners.len(),
            projects: self.projects.projects.len(),
            bourse_requests: self.bourse.requests.len(),
            apd_lines: self.apd.lines.len(),
        }
    }
}

/// Generates the dataset from the reference data already in the database.
pub fn generate(db: &Db, options: DemoOptions) -> Result<Dataset, DbError> {
    let data = RefData::load(&mut db.conn()?)?;
    Ok(build(&data, options))
}

/// Seeds the demo dataset if the database holds no collectivité yet; returns what it wrote.
pub fn seed_if_empty(db: &Db, options: DemoOptions) -> Result<Option<DemoSummary>, DbError> {
    let mut conn = db.conn()?;
    let existing: i64 = with_conn!(&mut conn, |c| collectivites_table::table
        .count()
        .get_result(c))?;
    if existing > 0 {
        return Ok(None);
    }
    drop(conn);
    seed(db, options, false).map(Some)
}

/// Generates and writes the dataset. With `replace`, existing activity data (collectivités,
/// partners, projects, APD, Bourse, personal spaces) is deleted first, in the same transaction;
/// without it, a database that already has collectivités is refused.
pub fn seed(db: &Db, options: DemoOptions, replace: bool) -> Result<DemoSummary, DbError> {
    let dataset = generate(db, options)?;
    let summary = dataset.summary();
    let now = chrono::Utc::now()
        .naive_utc()
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    let mut conn = db.conn()?;
    write_tx!(&mut conn, |c| {
        let existing: i64 = projects_table::table.count().get_result(c)?;
        let existing_colls: i64 = collectivites_table::table.count().get_result(c)?;
        if existing + existing_colls > 0 {
            if !replace {
                return Err(DbError::Invalid(
                    "the database already holds collectivités: use --replace to overwrite them"
                        .into(),
                ));
            }
            for table in ACTIVITY_TABLES {
                diesel::sql_query(format!("DELETE FROM {table}")).execute(c)?;
            }
        }
        c.insert_dataset(&dataset)?;
        crate::pool::sync_identities(c, &EXPLICIT_ID_TABLES)?;
        meta::set_meta!(c, DEMO, "true")?;
        meta::set_meta!(c, DEMO_SEED, &options.seed.to_string())?;
        meta::set_meta!(c, DEMO_SCALE, &options.scale.to_string())?;
        meta::set_meta!(c, DEMO_GENERATED, &now)?;
        meta::set_meta!(c, meta::DATA_GENERATION, &meta::new_generation())?;
        Ok::<_, DbError>(())
    })?;
    Ok(summary)
}

/// The pure generation.
fn build(data: &RefData, options: DemoOptions) -> Dataset {
    let scale = options.scale.max(1) as usize;
    let mut rng = seeded(options.seed);
    let continents: Vec<&'static str> = PUBLISHED.iter().map(|t| t.code).collect();

    let colls = collectivites::select(
        &mut rng,
        data,
        DISTINCT_COLLECTIVITES * scale,
        options.scale.max(1),
    );
    let factor = colls.len() as f64 / DISTINCT_COLLECTIVITES as f64;
    let coll_targets: Vec<usize> = PUBLISHED
        .iter()
        .map(|t| ((t.collectivites as f64 * factor).round() as usize).min(colls.len()))
        .collect();
    // The seed's crossed question needs Auvergne-Rhône-Alpes active in Asia.
    let aura = colls.iter().position(|c| {
        c.kind == atlas_domain::CollectiviteKind::Region && c.insee_code.as_deref() == Some("84")
    });
    let forced: Vec<(usize, usize)> = aura.map(|i| (2, i)).into_iter().collect();
    let members = collectivites::memberships(&mut rng, &colls, &coll_targets, &forced);

    let mut all_partners: Vec<Partner> = Vec::new();
    let mut links: Vec<Link> = Vec::new();
    let mut next_partner_id = 1;
    for (k, target) in PUBLISHED.iter().enumerate() {
        let weights = targets::COUNTRY_WEIGHTS
            .iter()
            .find(|(c, _)| *c == target.code)
            .map(|(_, w)| *w)
            .unwrap_or_default();
        let created = partners::create(
            &mut rng,
            data,
            target.code,
            weights,
            target.partners * scale,
            &mut next_partner_id,
        );
        let first = all_partners.len();
        all_partners.extend(created);
        let indexes: Vec<usize> = (first..all_partners.len()).collect();
        links.extend(links::pair(
            &mut rng,
            &colls,
            &members[k],
            &all_partners,
            &indexes,
            k,
            target.projects * scale,
        ));
    }
    merge_duplicates(&mut links);
    mark_other_actions(
        &mut rng,
        &mut links,
        &continents,
        targets::OTHER_ACTIONS * scale,
    );
    for link in &mut links {
        links::date_and_flag(&mut rng, link, continents[link.continent]);
    }
    let showcases = showcase(&colls, &all_partners, &mut links);

    let mut by_region: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, c) in colls.iter().enumerate() {
        if let Some(r) = &c.region_code {
            by_region.entry(r.clone()).or_default().push(i);
        }
    }
    let mut by_country: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, p) in all_partners.iter().enumerate() {
        by_country.entry(p.country.clone()).or_default().push(i);
    }
    let ctx = projects::Context {
        data,
        colls: &colls,
        partners: &all_partners,
        continents: &continents,
        by_region,
        by_country,
    };
    let project_set = projects::build(&mut rng, &ctx, &links, &showcases);

    let mut continents_of: BTreeMap<usize, Vec<&'static str>> = BTreeMap::new();
    for l in &links {
        continents_of
            .entry(l.coll)
            .or_default()
            .push(continents[l.continent]);
    }
    let collectivite_set = collectivite_rows::build(
        &mut rng,
        data,
        &colls,
        &continents_of,
        &project_set.themes_of,
    );
    let main_theme: BTreeMap<usize, i32> = project_set
        .themes_of
        .iter()
        .filter_map(|(i, themes)| Some((*i, data.theme(themes.first()?)?)))
        .collect();
    let bourse = bourse::build(&mut rng, data, scale);
    let apd = apd::build(
        &mut rng,
        &apd::Inputs {
            data,
            colls: &colls,
            partners: &all_partners,
            links: &links,
            continents: &continents,
            main_theme: &main_theme,
            scale,
        },
    );

    Dataset {
        partners: partner_rows(&all_partners),
        partnerships: partnership_rows(&colls, &all_partners, &links),
        collectivites: collectivite_set,
        projects: project_set,
        bourse,
        apd,
    }
}

/// When the demo's partners and partnerships were first recorded.
fn epoch() -> NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2009, 9, 2)
        .and_then(|d| d.and_hms_opt(9, 0, 0))
        .unwrap_or_default()
}
