//! APD declarations 2003–2015: every year, most collectivités working with ODA-eligible
//! countries declare what they paid, by line type and country; a few others file a zero
//! declaration or a humanitarian gift. Each year's total is scaled to the published range,
//! with three quarters going to Africa.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rand::Rng;

use super::collectivites::Coll;
use super::links::Link;
use super::partners::Partner;
use super::refdata::RefData;
use super::rng::{DemoRng, chance, lognormal, pick};
use super::targets::{APD_AFRICA_SHARE, APD_YEARLY_EUROS, oda_eligible};
use crate::models::{ApdDeclarationRow, ApdLineRow};

pub struct ApdSet {
    pub declarations: Vec<ApdDeclarationRow>,
    pub lines: Vec<ApdLineRow>,
}

/// Where humanitarian gifts went in years of major disasters (else: a random ODA country).
fn disaster_country(year: i32) -> Option<&'static str> {
    match year {
        2005 => Some("ID"),
        2010 => Some("HT"),
        2013 => Some("PH"),
        2015 => Some("NP"),
        _ => None,
    }
}

struct DraftLine {
    declaration: i32,
    line_type: &'static str,
    country: Option<String>,
    theme: Option<i32>,
    raw: f64,
}

/// What the APD generation reads of the rest of the dataset.
pub struct Inputs<'a> {
    pub data: &'a RefData,
    pub colls: &'a [Coll],
    pub partners: &'a [Partner],
    pub links: &'a [Link],
    pub continents: &'a [&'static str],
    /// Main theme id of each collectivité (by index), for the APD lines.
    pub main_theme: &'a BTreeMap<usize, i32>,
    pub scale: usize,
}

pub fn build(rng: &mut DemoRng, inputs: &Inputs) -> ApdSet {
    let Inputs {
        data,
        colls,
        partners,
        links,
        continents,
        main_theme,
        scale,
    } = *inputs;
    // ODA-eligible countries of each collectivité, weighted by its projects there.
    let mut oda: BTreeMap<usize, BTreeMap<String, f64>> = BTreeMap::new();
    for l in links {
        let country = &partners[l.partner].country;
        if oda_eligible(country, continents[l.continent]) {
            *oda.entry(l.coll)
                .or_default()
                .entry(country.clone())
                .or_default() += l.projects as f64;
        }
    }
    let africa: Vec<String> = data
        .countries
        .values()
        .filter(|c| c.continent_code == "afrique")
        .map(|c| c.code.clone())
        .collect();
    let africa_codes: std::collections::BTreeSet<&str> =
        africa.iter().map(String::as_str).collect();

    let mut declarations = Vec::new();
    let mut drafts: Vec<DraftLine> = Vec::new();
    let mut decl_id = 0;
    for (year, euros) in APD_YEARLY_EUROS {
        let participation = 0.55 + 0.25 * f64::from(year - 2003) / 12.0;
        let first_line = drafts.len();
        for (i, coll) in colls.iter().enumerate() {
            let countries = oda.get(&i);
            let declares = match countries {
                Some(_) => chance(rng, participation),
                None => chance(rng, 0.04),
            };
            if !declares {
                continue;
            }
            decl_id += 1;
            let is_zero = countries.is_none() && chance(rng, 0.6);
            let submitted = NaiveDate::from_ymd_opt(year + 1, 5, rng.random_range(1..=31))
                .and_then(|d| d.and_hms_opt(rng.random_range(8..19), rng.random_range(0..60), 0))
                .unwrap_or_default();
            declarations.push(ApdDeclarationRow {
                id: decl_id,
                collectivite_id: coll.id,
                year,
                status: "submitted".to_owned(),
                is_zero,
                submitted_at: Some(submitted),
                submitted_by: None,
                reopened_at: None,
                version: 1,
                created_at: submitted - chrono::Duration::days(rng.random_range(1..20)),
                updated_at: submitted,
            });
            if is_zero {
                continue;
            }
            let theme = main_theme.get(&i).copied();
            let base = coll.reach * lognormal(rng, 1.0, 0.7);
            match countries {
                Some(map) => {
                    let total: f64 = map.values().sum();
                    for (country, w) in map.iter().take(3) {
                        drafts.push(DraftLine {
                            declaration: decl_id,
                            line_type: "projets_cooperation",
                            country: Some(country.clone()),
                            theme,
                            raw: base * w / total,
                        });
                    }
                    if chance(rng, 0.2) {
                        let country = map.keys().next().cloned();
                        drafts.push(DraftLine {
                            declaration: decl_id,
                            line_type: "subventions_ong",
                            country,
                            theme: None,
                            raw: base * 0.2,
                        });
                    }
                    if coll.reach > 10.0 && chance(rng, 0.1) {
                        drafts.push(DraftLine {
                            declaration: decl_id,
                            line_type: "contributions_multilaterales",
                            country: None,
                            theme: None,
                            raw: base * 0.1,
                        });
                    }
                }
                None => {
                    let country = disaster_country(year)
                        .map(str::to_owned)
                        .or_else(|| pick(rng, &africa).cloned());
                    drafts.push(DraftLine {
                        declaration: decl_id,
                        line_type: "aide_humanitaire",
                        country,
                        theme: data.theme("aide-humanitaire"),
                        raw: base * 0.3,
                    });
                }
            }
            if let Some(country) = disaster_country(year).filter(|_| chance(rng, 0.15)) {
                drafts.push(DraftLine {
                    declaration: decl_id,
                    line_type: "aide_humanitaire",
                    country: Some(country.to_owned()),
                    theme: data.theme("aide-humanitaire"),
                    raw: base * 0.15,
                });
            }
        }
        scale_year(
            &mut drafts[first_line..],
            euros * 100 * scale as i64,
            &africa_codes,
        );
    }
    let lines = drafts
        .into_iter()
        .filter(|d| d.raw > 0.0)
        .zip(1..)
        .map(|(d, id)| ApdLineRow {
            id,
            declaration_id: d.declaration,
            line_type: d.line_type.to_owned(),
            country_code: d.country,
            theme_id: d.theme,
            amount_cents: d.raw as i64,
            description: None,
        })
        .collect();
    ApdSet {
        declarations,
        lines,
    }
}

/// Rescales one year's lines so that they add up to `total_cents`, Africa getting its share;
/// amounts become whole euros (in cents), the rounding residue going to the largest line.
fn scale_year(
    lines: &mut [DraftLine],
    total_cents: i64,
    africa: &std::collections::BTreeSet<&str>,
) {
    let is_africa = |l: &DraftLine| l.country.as_deref().is_some_and(|c| africa.contains(c));
    let africa_target = (total_cents as f64 * APD_AFRICA_SHARE / 100.0).round() as i64 * 100;
    for (in_africa, target) in [(true, africa_target), (false, total_cents - africa_target)] {
        let raw: f64 = lines
            .iter()
            .filter(|l| is_africa(l) == in_africa)
            .map(|l| l.raw)
            .sum();
        if raw <= 0.0 {
            continue;
        }
        let mut assigned = 0i64;
        for l in lines.iter_mut().filter(|l| is_africa(l) == in_africa) {
            let cents = (l.raw / raw * target as f64 / 100.0).floor() as i64 * 100;
            l.raw = cents as f64;
            assigned += cents;
        }
        if let Some(largest) = lines
            .iter_mut()
            .filter(|l| is_africa(l) == in_africa)
            .max_by(|a, b| a.raw.total_cmp(&b.raw))
        {
            largest.raw += (target - assigned) as f64;
        }
    }
}
