//! Loading the facet index from the database: every row it needs read in one go (as named
//! records), then codes and ids turned into positions in the dictionaries. What the index holds
//! is in [`super::facet_index`].

use std::collections::{HashMap, HashSet};

use diesel::prelude::*;

use super::facet_index::{CollectiviteEntry, Entry, Lists};
pub use super::facet_index::{CountryEntry, FacetIndex, NONE, ProjectRow};
use crate::schema::*;
use crate::{DbConn, DbError};

/// A project's columns the index reads.
#[derive(Queryable, Selectable)]
#[diesel(table_name = projects)]
struct ProjectRecord {
    id: i32,
    kind: String,
    status: String,
    country_code: String,
    collectivite_id: i32,
    partner_id: Option<i32>,
    start_year: Option<i32>,
    end_year: Option<i32>,
}

/// A collectivité's columns the index reads.
#[derive(Queryable, Selectable)]
#[diesel(table_name = collectivites)]
struct CollectiviteRecord {
    id: i32,
    name: String,
    kind: String,
    region_code: Option<String>,
    departement_code: Option<String>,
}

/// A country with the codes of its continent and sub-continent.
#[derive(Queryable, Selectable)]
#[diesel(table_name = countries)]
struct CountryRecord {
    code: String,
    name_fr: String,
    continent_code: String,
    subcontinent_code: String,
}

/// One year of a financing source in one project.
#[derive(Queryable, Selectable)]
#[diesel(table_name = project_financings)]
struct FinancingRecord {
    project_id: i32,
    source_id: i32,
    year: i32,
}

/// The position of each value of `values` in `dict`, adding new ones.
fn intern(dict: &mut Vec<String>, value: String) -> u8 {
    match dict.iter().position(|d| *d == value) {
        Some(p) => p as u8,
        None => {
            dict.push(value);
            (dict.len() - 1) as u8
        }
    }
}

fn positions<K: std::hash::Hash + Eq + Clone>(keys: impl Iterator<Item = K>) -> HashMap<K, u32> {
    keys.enumerate().map(|(i, k)| (k, i as u32)).collect()
}

impl FacetIndex {
    /// Reads the index from the database.
    pub fn load(conn: &mut DbConn, generation: String) -> Result<FacetIndex, DbError> {
        let raw = with_conn!(conn, |c| {
            let projects = projects::table
                .order(projects::id)
                .select(ProjectRecord::as_select())
                .load(c)?;
            let by_name = projects::table
                .order((projects::title_folded.asc(), projects::id.asc()))
                .select(projects::id)
                .load::<i32>(c)?;
            let themes = project_themes::table
                .select((project_themes::project_id, project_themes::theme_id))
                .load::<(i32, i32)>(c)?;
            let financings = project_financings::table
                .select(FinancingRecord::as_select())
                .load(c)?;
            let co_collectivites = project_collectivites::table
                .select((
                    project_collectivites::project_id,
                    project_collectivites::collectivite_id,
                ))
                .load::<(i32, i32)>(c)?;
            let co_partners = project_partners::table
                .select((project_partners::project_id, project_partners::partner_id))
                .load::<(i32, i32)>(c)?;
            let volunteers = project_volunteers::table
                .select(project_volunteers::project_id)
                .distinct()
                .load::<i32>(c)?;
            let jumelages = partnerships::table
                .filter(partnerships::is_jumelage.eq(true))
                .select((partnerships::collectivite_id, partnerships::partner_id))
                .load::<(i32, i32)>(c)?;
            let collectivites = collectivites::table
                .order(collectivites::id)
                .select(CollectiviteRecord::as_select())
                .load(c)?;
            let partners = partners::table
                .order(partners::id)
                .select((partners::id, partners::name))
                .load::<(i32, String)>(c)?;
            let countries = countries::table
                .select(CountryRecord::as_select())
                .load(c)?;
            let continents = continents::table
                .select((continents::code, continents::name_fr))
                .load::<Entry>(c)?;
            let subcontinents = subcontinents::table
                .select((subcontinents::code, subcontinents::name_fr))
                .load::<Entry>(c)?;
            let regions = regions::table
                .select((regions::code, regions::name))
                .load::<Entry>(c)?;
            let departements = departements::table
                .select((departements::code, departements::name))
                .load::<Entry>(c)?;
            let theme_list = themes::table
                .select((themes::id, themes::code, themes::name_fr))
                .load::<(i32, String, String)>(c)?;
            let sources = financing_sources::table
                .select((
                    financing_sources::id,
                    financing_sources::code,
                    financing_sources::short_name,
                ))
                .load::<(i32, String, String)>(c)?;
            Ok::<_, diesel::result::Error>(Raw {
                projects,
                by_name,
                themes,
                financings,
                co_collectivites,
                co_partners,
                volunteers,
                jumelages,
                collectivites,
                partners,
                countries,
                continents,
                subcontinents,
                regions,
                departements,
                theme_list,
                sources,
            })
        })?;
        Ok(raw.assemble(generation))
    }
}

/// The rows as read, before turning codes and ids into positions.
struct Raw {
    projects: Vec<ProjectRecord>,
    by_name: Vec<i32>,
    themes: Vec<(i32, i32)>,
    financings: Vec<FinancingRecord>,
    co_collectivites: Vec<(i32, i32)>,
    co_partners: Vec<(i32, i32)>,
    volunteers: Vec<i32>,
    jumelages: Vec<(i32, i32)>,
    collectivites: Vec<CollectiviteRecord>,
    partners: Vec<(i32, String)>,
    countries: Vec<CountryRecord>,
    continents: Vec<Entry>,
    subcontinents: Vec<Entry>,
    regions: Vec<Entry>,
    departements: Vec<Entry>,
    theme_list: Vec<(i32, String, String)>,
    sources: Vec<(i32, String, String)>,
}

impl Raw {
    fn assemble(self, generation: String) -> FacetIndex {
        let code = |(code, _): &Entry| code.clone();
        let project_pos = positions(self.projects.iter().map(|p| p.id));
        let continent_pos = positions(self.continents.iter().map(code));
        let subcontinent_pos = positions(self.subcontinents.iter().map(code));
        let region_pos = positions(self.regions.iter().map(code));
        let departement_pos = positions(self.departements.iter().map(code));
        let country_pos = positions(self.countries.iter().map(|c| c.code.clone()));
        let collectivite_pos = positions(self.collectivites.iter().map(|c| c.id));
        let partner_pos = positions(self.partners.iter().map(|(id, _)| *id));
        let theme_pos = positions(self.theme_list.iter().map(|(id, _, _)| *id));
        let source_pos = positions(self.sources.iter().map(|(id, _, _)| *id));
        let at = |map: &HashMap<String, u32>, code: Option<&String>| {
            code.and_then(|c| map.get(c)).copied().unwrap_or(NONE)
        };

        let countries = self
            .countries
            .into_iter()
            .map(|c| CountryEntry {
                continent: at(&continent_pos, Some(&c.continent_code)),
                subcontinent: at(&subcontinent_pos, Some(&c.subcontinent_code)),
                code: c.code,
                name: c.name_fr,
            })
            .collect();
        let mut collectivite_kinds = Vec::new();
        let collectivites = self
            .collectivites
            .into_iter()
            .map(|c| CollectiviteEntry {
                id: c.id,
                name: c.name,
                kind: intern(&mut collectivite_kinds, c.kind),
                region: at(&region_pos, c.region_code.as_ref()),
                departement: at(&departement_pos, c.departement_code.as_ref()),
            })
            .collect();

        let volunteers: HashSet<i32> = self.volunteers.into_iter().collect();
        let jumelages: HashSet<(i32, i32)> = self.jumelages.into_iter().collect();
        let name_rank: HashMap<i32, u32> = positions(self.by_name.into_iter());
        let (mut kinds, mut statuses) = (Vec::new(), Vec::new());
        let mut spans: Vec<(Option<i32>, Option<i32>)> = Vec::new();
        let mut span_pos: HashMap<(Option<i32>, Option<i32>), u32> = HashMap::new();
        let projects = self
            .projects
            .into_iter()
            .map(|row| {
                let (coll, partner) = (row.collectivite_id, row.partner_id);
                let (start, end) = (row.start_year, row.end_year);
                ProjectRow {
                    id: row.id,
                    kind: intern(&mut kinds, row.kind),
                    status: intern(&mut statuses, row.status),
                    country: at(&country_pos, Some(&row.country_code)),
                    collectivite: collectivite_pos.get(&coll).copied().unwrap_or(NONE),
                    partner: partner
                        .and_then(|p| partner_pos.get(&p))
                        .copied()
                        .unwrap_or(NONE),
                    start_year: start,
                    end_year: end,
                    jumelage: partner.is_some_and(|p| jumelages.contains(&(coll, p))),
                    volunteers: volunteers.contains(&row.id),
                    span: match start {
                        Some(_) => *span_pos.entry((start, end)).or_insert_with(|| {
                            spans.push((start, end));
                            (spans.len() - 1) as u32
                        }),
                        None => NONE,
                    },
                    name_rank: name_rank.get(&row.id).copied().unwrap_or(NONE),
                }
            })
            .collect::<Vec<_>>();

        let n = projects.len();
        let pairs = |rows: Vec<(i32, i32)>, values: &HashMap<i32, u32>| {
            let pairs = rows
                .into_iter()
                .filter_map(|(p, v)| Some((*project_pos.get(&p)?, *values.get(&v)?)))
                .collect();
            Lists::from_pairs(n, pairs)
        };
        let themes = pairs(self.themes, &theme_pos);
        let co_collectivites = pairs(self.co_collectivites, &collectivite_pos);
        let co_partners = pairs(self.co_partners, &partner_pos);
        let mut financing_years: Vec<(u32, i32)> = Vec::new();
        let mut pair_pos: HashMap<(u32, i32), u32> = HashMap::new();
        let financings = Lists::from_pairs(
            n,
            self.financings
                .into_iter()
                .filter_map(|f| {
                    let pair = (*source_pos.get(&f.source_id)?, f.year);
                    let at = *pair_pos.entry(pair).or_insert_with(|| {
                        financing_years.push(pair);
                        (financing_years.len() - 1) as u32
                    });
                    Some((*project_pos.get(&f.project_id)?, at))
                })
                .collect(),
        );
        FacetIndex {
            generation,
            projects,
            themes,
            financings,
            financing_years,
            spans,
            co_collectivites,
            co_partners,
            kinds,
            statuses,
            collectivite_kinds,
            countries,
            continents: self.continents,
            subcontinents: self.subcontinents,
            regions: self.regions,
            departements: self.departements,
            collectivites,
            partners: self.partners,
            theme_list: self.theme_list,
            sources: self.sources,
        }
    }
}
