//! The names an export row shows, read once per export rather than joined on every row: the
//! reference lists (countries with their continent, régions, départements, themes, financing
//! sources) in full on the first batch, collectivités (with their twinnings) and partner
//! authorities as they first appear in a batch. Bounded by the size of those tables, whatever
//! the number of rows exported.

use std::collections::{HashMap, HashSet};

use atlas_domain::CollectiviteKind;
use diesel::prelude::*;

use crate::schema::*;
use crate::stored::Stored;
use crate::{DbConn, DbError};

/// A lead collectivité as its rows show it.
pub struct Lead {
    pub name: String,
    pub kind: CollectiviteKind,
    pub region: Option<String>,
    pub departement: Option<String>,
    /// `[longitude, latitude]`.
    pub point: Option<[f64; 2]>,
}

/// A partner authority as its rows show it.
pub struct Partner {
    pub name: String,
    pub point: Option<[f64; 2]>,
}

/// The small reference lists, by key.
#[derive(Default)]
struct Reference {
    /// Country code → (name, continent name).
    countries: HashMap<String, (String, String)>,
    regions: HashMap<String, String>,
    departements: HashMap<String, String>,
    /// Theme id → (position, name).
    themes: HashMap<i32, (i32, String)>,
    /// Source id → (position, short name).
    sources: HashMap<i32, (i32, String)>,
}

fn point(lon: Option<f64>, lat: Option<f64>) -> Option<[f64; 2]> {
    Some([lon?, lat?])
}

/// The names read so far in one export.
#[derive(Default)]
pub struct Names {
    reference: Reference,
    /// Whether `reference` has been read.
    reference_read: bool,
    leads: HashMap<i32, Lead>,
    partners: HashMap<i32, Partner>,
    /// (collectivité, partner) pairs that are twinnings, for every collectivité in `leads`.
    twinned: HashSet<(i32, i32)>,
}

impl Names {
    /// Reads the reference lists if not read yet, then the collectivités and partners of
    /// `leads` and `partners` not read yet.
    pub fn load(
        &mut self,
        conn: &mut DbConn,
        leads: impl IntoIterator<Item = i32>,
        partners: impl IntoIterator<Item = i32>,
    ) -> Result<(), DbError> {
        if !self.reference_read {
            self.reference = read_reference(conn)?;
            self.reference_read = true;
        }
        let new_leads: HashSet<i32> = leads
            .into_iter()
            .filter(|id| !self.leads.contains_key(id))
            .collect();
        let new_partners: HashSet<i32> = partners
            .into_iter()
            .filter(|id| !self.partners.contains_key(id))
            .collect();
        let (lead_rows, twinned, partner_rows) = with_conn!(conn, |c| {
            let leads = if new_leads.is_empty() {
                Vec::new()
            } else {
                collectivites::table
                    .filter(collectivites::id.eq_any(&new_leads))
                    .select((
                        collectivites::id,
                        collectivites::name,
                        collectivites::kind,
                        collectivites::region_code,
                        collectivites::departement_code,
                        collectivites::lon,
                        collectivites::lat,
                    ))
                    .load::<LeadRow>(c)?
            };
            let twinned = if new_leads.is_empty() {
                Vec::new()
            } else {
                partnerships::table
                    .filter(partnerships::collectivite_id.eq_any(&new_leads))
                    .filter(partnerships::is_jumelage.eq(true))
                    .select((partnerships::collectivite_id, partnerships::partner_id))
                    .load::<(i32, i32)>(c)?
            };
            let partners = if new_partners.is_empty() {
                Vec::new()
            } else {
                partners::table
                    .filter(partners::id.eq_any(&new_partners))
                    .select((partners::id, partners::name, partners::lon, partners::lat))
                    .load::<PartnerRow>(c)?
            };
            Ok::<_, diesel::result::Error>((leads, twinned, partners))
        })?;
        let reference = &self.reference;
        for row in lead_rows {
            let lead = Lead {
                name: row.name,
                kind: row.kind,
                region: row
                    .region_code
                    .and_then(|code| reference.regions.get(&code).cloned()),
                departement: row
                    .departement_code
                    .and_then(|code| reference.departements.get(&code).cloned()),
                point: point(row.lon, row.lat),
            };
            self.leads.insert(row.id, lead);
        }
        self.twinned.extend(twinned);
        for row in partner_rows {
            let partner = Partner {
                name: row.name,
                point: point(row.lon, row.lat),
            };
            self.partners.insert(row.id, partner);
        }
        Ok(())
    }

    pub fn lead(&self, id: i32) -> Option<&Lead> {
        self.leads.get(&id)
    }

    pub fn partner(&self, id: i32) -> Option<&Partner> {
        self.partners.get(&id)
    }

    /// Whether `collectivite` (read by [`Names::load`]) and `partner` are twinned.
    pub fn twinned(&self, collectivite: i32, partner: i32) -> bool {
        self.twinned.contains(&(collectivite, partner))
    }

    /// (country name, continent name) of `code`.
    pub fn country(&self, code: &str) -> Option<&(String, String)> {
        self.reference.countries.get(code)
    }

    /// (position, name) of a theme.
    pub fn theme(&self, id: i32) -> Option<&(i32, String)> {
        self.reference.themes.get(&id)
    }

    /// (position, short name) of a financing source.
    pub fn source(&self, id: i32) -> Option<&(i32, String)> {
        self.reference.sources.get(&id)
    }
}

/// A lead collectivité as stored, before its région and département are named.
#[derive(Queryable)]
struct LeadRow {
    id: i32,
    name: String,
    #[diesel(deserialize_as = Stored<CollectiviteKind>)]
    kind: CollectiviteKind,
    region_code: Option<String>,
    departement_code: Option<String>,
    lon: Option<f64>,
    lat: Option<f64>,
}

/// A partner authority as stored.
#[derive(Queryable)]
struct PartnerRow {
    id: i32,
    name: String,
    lon: Option<f64>,
    lat: Option<f64>,
}

fn read_reference(conn: &mut DbConn) -> Result<Reference, DbError> {
    Ok(with_conn!(conn, |c| {
        let countries = countries::table
            .inner_join(continents::table.on(continents::code.eq(countries::continent_code)))
            .select((countries::code, countries::name_fr, continents::name_fr))
            .load::<(String, String, String)>(c)?
            .into_iter()
            .map(|(code, name, continent)| (code, (name, continent)))
            .collect();
        let regions = regions::table
            .select((regions::code, regions::name))
            .load::<(String, String)>(c)?
            .into_iter()
            .collect();
        let departements = departements::table
            .select((departements::code, departements::name))
            .load::<(String, String)>(c)?
            .into_iter()
            .collect();
        let themes = themes::table
            .select((themes::id, themes::position, themes::name_fr))
            .load::<(i32, i32, String)>(c)?
            .into_iter()
            .map(|(id, position, name)| (id, (position, name)))
            .collect();
        let sources = financing_sources::table
            .select((
                financing_sources::id,
                financing_sources::position,
                financing_sources::short_name,
            ))
            .load::<(i32, i32, String)>(c)?
            .into_iter()
            .map(|(id, position, name)| (id, (position, name)))
            .collect();
        Ok::<_, diesel::result::Error>(Reference {
            countries,
            regions,
            departements,
            themes,
            sources,
        })
    })?)
}
