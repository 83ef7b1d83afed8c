//! Typed rows of the reference CSV files (columns as documented in `data/PROVENANCE.md`).

use serde::Deserialize;

/// A row of `countries.csv`.
#[derive(Debug, Clone, Deserialize)]
pub struct Country {
    pub iso2: String,
    pub iso3: String,
    pub numeric: String,
    pub name_fr: String,
    pub name_en: String,
    pub continent_fr: String,
    pub subcontinent_fr: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// A row of `regions.csv`.
#[derive(Debug, Clone, Deserialize)]
pub struct Region {
    pub code: String,
    pub nom: String,
    pub siren: Option<String>,
    pub chef_lieu_insee: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// A row of `departements.csv`.
#[derive(Debug, Clone, Deserialize)]
pub struct Departement {
    pub code: String,
    pub nom: String,
    pub region_code: String,
    pub siren: Option<String>,
    pub chef_lieu_insee: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// A row of `communes.csv`.
#[derive(Debug, Clone, Deserialize)]
pub struct Commune {
    pub insee: String,
    pub nom: String,
    pub siren: Option<String>,
    pub departement: String,
    pub region: String,
    pub population: Option<i64>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// A row of `epci.csv` (`kind` is the CSV's `type`: CC, CA, CU, METRO or MET69).
#[derive(Debug, Clone, Deserialize)]
pub struct Epci {
    pub siren: String,
    pub nom: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub population: Option<i64>,
    pub member_count: Option<i32>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// A row of `cities.csv` (GeoNames).
#[derive(Debug, Clone, Deserialize)]
pub struct City {
    pub geonameid: i64,
    pub name: String,
    pub country_iso2: String,
    pub population: Option<i64>,
    pub lat: f64,
    pub lon: f64,
}
