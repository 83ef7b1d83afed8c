//! The reference rows the generator draws from, read once from the database (so the demo
//! follows whatever COG is loaded), in a stable order.

use std::collections::BTreeMap;

use diesel::prelude::*;

use crate::models::{CityRow, CommuneRow, CountryRow, DepartementRow, EpciRow, RegionRow};
use crate::schema::*;
use crate::{DbConn, DbError};

pub struct RefData {
    pub regions: Vec<RegionRow>,
    pub departements: Vec<DepartementRow>,
    pub communes: Vec<CommuneRow>,
    pub epcis: Vec<EpciRow>,
    pub countries: BTreeMap<String, CountryRow>,
    /// Foreign cities per country, most populous first.
    pub cities: BTreeMap<String, Vec<CityRow>>,
    /// Theme ids by code, financing source ids by code.
    pub themes: BTreeMap<String, i32>,
    pub sources: BTreeMap<String, i32>,
    /// Network ids by acronym or name.
    pub networks: BTreeMap<String, i32>,
}

impl RefData {
    pub fn load(conn: &mut DbConn) -> Result<RefData, DbError> {
        let data = with_conn!(conn, |c| {
            let regions = regions::table
                .order(regions::code)
                .select(RegionRow::as_select())
                .load(c)?;
            let departements = departements::table
                .order(departements::code)
                .select(DepartementRow::as_select())
                .load(c)?;
            let communes = communes::table
                .order(communes::insee)
                .select(CommuneRow::as_select())
                .load(c)?;
            let epcis = epcis::table
                .order(epcis::siren)
                .select(EpciRow::as_select())
                .load(c)?;
            let countries = countries::table
                .order(countries::code)
                .select(CountryRow::as_select())
                .load(c)?;
            let cities = cities::table
                .order((
                    cities::country_code,
                    cities::population.desc(),
                    cities::geonameid,
                ))
                .select(CityRow::as_select())
                .load(c)?;
            let themes = themes::table
                .select((themes::code, themes::id))
                .load::<(String, i32)>(c)?;
            let sources = financing_sources::table
                .select((financing_sources::code, financing_sources::id))
                .load::<(String, i32)>(c)?;
            let networks = networks::table
                .select((networks::acronym, networks::name, networks::id))
                .load::<(Option<String>, String, i32)>(c)?;
            Ok::<_, diesel::result::Error>((
                regions,
                departements,
                communes,
                epcis,
                countries,
                cities,
                themes,
                sources,
                networks,
            ))
        })?;
        let (regions, departements, communes, epcis, countries, city_rows, themes, sources, nets) =
            data;
        let mut cities: BTreeMap<String, Vec<CityRow>> = BTreeMap::new();
        for city in city_rows {
            cities
                .entry(city.country_code.clone())
                .or_default()
                .push(city);
        }
        let networks = nets
            .into_iter()
            .map(|(acronym, name, id)| (acronym.unwrap_or(name), id))
            .collect();
        Ok(RefData {
            regions,
            departements,
            communes,
            epcis,
            countries: countries.into_iter().map(|c| (c.code.clone(), c)).collect(),
            cities,
            themes: themes.into_iter().collect(),
            sources: sources.into_iter().collect(),
            networks,
        })
    }

    pub fn theme(&self, code: &str) -> Option<i32> {
        self.themes.get(code).copied()
    }

    pub fn source(&self, code: &str) -> Option<i32> {
        self.sources.get(code).copied()
    }

    pub fn country_name<'a>(&'a self, code: &'a str) -> &'a str {
        self.countries
            .get(code)
            .map_or(code, |c| c.name_fr.as_str())
    }

    pub fn region_name(&self, code: &str) -> Option<&str> {
        self.regions
            .iter()
            .find(|r| r.code == code)
            .map(|r| r.name.as_str())
    }

    pub fn departement_name(&self, code: &str) -> Option<&str> {
        self.departements
            .iter()
            .find(|d| d.code == code)
            .map(|d| d.name.as_str())
    }
}
