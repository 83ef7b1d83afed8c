//! The demonstration dataset, generated on first start: real French collectivités and real
//! foreign cities, fictitious activity and people, reproducing the published per-continent
//! table (seed 004) exactly at scale 1. Deterministic: the same seed gives the same rows.
//!
//! `generate` is pure (reference data in, rows out); `seed` writes the rows in one transaction.

mod apd;
mod bourse;
mod collectivite_rows;
mod collectivites;
mod financing;
mod insert;
mod links;
mod partners;
mod people;
mod projects;
mod refdata;
mod rng;
mod targets;
mod texts;

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

pub use targets::{ContinentTarget, DISTINCT_COLLECTIVITES, PUBLISHED};

use self::collectivites::Coll;
use self::insert::{ACTIVITY_TABLES, EXPLICIT_ID_TABLES, InsertDataset};
use self::links::Link;
use self::partners::Partner;
use self::projects::{ProjectSet, Showcase};
use self::refdata::RefData;
use self::rng::{DemoRng, sample_weighted, seeded};
use crate::meta::{self, DEMO, DEMO_GENERATED, DEMO_SCALE, DEMO_SEED};
use crate::models::{PartnerRow, PartnershipRow};
use crate::schema::{collectivites as collectivites_table, projects as projects_table};
use crate::text::fold_key;
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

/// A failed dedupe leaves two links for one pair: fold them into one.
fn merge_duplicates(links: &mut Vec<Link>) {
    let mut seen: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    let mut kept: Vec<Link> = Vec::with_capacity(links.len());
    for link in links.drain(..) {
        match seen.get(&(link.coll, link.partner)) {
            Some(&at) => kept[at].projects += link.projects,
            None => {
                seen.insert((link.coll, link.partner), kept.len());
                kept.push(link);
            }
        }
    }
    *links = kept;
}

/// Non-conventioned partnerships carry the "autres actions extérieures": pick them (more
/// often outside Europe) until their projects reach the target.
fn mark_other_actions(rng: &mut DemoRng, links: &mut [Link], continents: &[&str], target: usize) {
    let weights: Vec<f64> = links
        .iter()
        .map(|l| {
            if continents[l.continent] == "europe" {
                1.0
            } else {
                3.0
            }
        })
        .collect();
    let mut total = 0;
    for i in sample_weighted(rng, &weights, links.len()) {
        if total >= target {
            break;
        }
        if total + links[i].projects <= target + 2 {
            links[i].conventioned = false;
            total += links[i].projects;
        }
    }
}

/// Makes sure a conventioned partnership links a collectivité of Auvergne-Rhône-Alpes with an
/// Indian partner, carrying a heritage project co-financed by the ministry in 2009 and one by
/// the AFD (the example of seed 000). Only swaps partners between two Asian partnerships and
/// moves one project between them, so every published count holds.
fn showcase(
    colls: &[Coll],
    partners: &[Partner],
    links: &mut [Link],
) -> BTreeMap<usize, Vec<Showcase>> {
    let asia = 2;
    let in_aura = |l: &Link| colls[l.coll].region_code.as_deref() == Some("84");
    let indian = |l: &Link| partners[l.partner].country == "IN";
    let target = match links
        .iter()
        .position(|l| l.continent == asia && in_aura(l) && indian(l))
    {
        Some(i) => Some(i),
        None => {
            let a = links.iter().position(|l| l.continent == asia && in_aura(l));
            let b = links.iter().position(|l| l.continent == asia && indian(l));
            match (a, b) {
                (Some(a), Some(b)) => {
                    let (pa, pb) = (links[a].partner, links[b].partner);
                    let clash = links.iter().any(|l| {
                        (l.coll == links[a].coll && l.partner == pb)
                            || (l.coll == links[b].coll && l.partner == pa)
                    });
                    if clash {
                        None
                    } else {
                        links[a].partner = pb;
                        links[b].partner = pa;
                        Some(a)
                    }
                }
                _ => None,
            }
        }
    };
    let Some(t) = target else {
        return BTreeMap::new();
    };
    if links[t].projects < 2
        && let Some(donor) = links
            .iter()
            .position(|l| l.continent == asia && l.projects > 1)
    {
        links[donor].projects -= 1;
        links[t].projects += 1;
    }
    links[t].conventioned = true;
    links[t].jumelage = false;
    links[t].since_year = links[t].since_year.min(2005);
    links[t].convention_date = chrono::NaiveDate::from_ymd_opt(links[t].since_year, 6, 14);
    let projects = vec![
        Showcase {
            themes: &["patrimoine", "culture"],
            years: (2008, 2011),
            financings: &[
                ("fonds-propres", 2008, 1_800_000),
                ("mae-daect", 2009, 2_500_000),
                ("fonds-propres", 2009, 2_200_000),
                ("partenaire-etranger", 2010, 900_000),
            ],
        },
        Showcase {
            themes: &["patrimoine", "tourisme"],
            years: (2012, 2015),
            financings: &[
                ("fonds-propres", 2012, 2_000_000),
                ("afd", 2013, 6_000_000),
                ("fonds-propres", 2014, 1_500_000),
            ],
        },
    ];
    BTreeMap::from([(t, projects)])
}

fn epoch() -> NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2009, 9, 2)
        .and_then(|d| d.and_hms_opt(9, 0, 0))
        .unwrap_or_default()
}

fn partner_rows(partners: &[Partner]) -> Vec<PartnerRow> {
    partners
        .iter()
        .map(|p| PartnerRow {
            id: p.id,
            name: p.name.clone(),
            name_folded: fold_key(&p.name),
            kind: p.kind.as_str().to_owned(),
            country_code: p.country.clone(),
            geonameid: Some(p.geonameid),
            admin_area: None,
            lat: Some(p.lat),
            lon: Some(p.lon),
            website: None,
            version: 1,
            created_at: epoch(),
            updated_at: epoch(),
        })
        .collect()
}

fn partnership_rows(colls: &[Coll], partners: &[Partner], links: &[Link]) -> Vec<PartnershipRow> {
    links
        .iter()
        .zip(1..)
        .map(|(l, id)| PartnershipRow {
            id,
            collectivite_id: colls[l.coll].id,
            partner_id: partners[l.partner].id,
            is_jumelage: l.jumelage,
            convention_date: l.convention_date,
            since_year: Some(l.since_year),
            version: 1,
            created_at: epoch(),
            updated_at: epoch(),
        })
        .collect()
}
