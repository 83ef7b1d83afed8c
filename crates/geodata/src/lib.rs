//! Reference geodata embedded in the binary, so that `atlas serve` needs no file beside it.
//!
//! The files live in `data/` at the project root (see `data/PROVENANCE.md` for sources and
//! licences). This crate only parses them into typed rows; loading them into the database is the
//! job of `atlas-db`, serving the TopoJSON to browsers is the job of `atlas-api`.

mod rows;
pub mod topo;

pub use rows::{City, Commune, Country, Departement, Epci, Region};

use serde::de::DeserializeOwned;

/// World countries (Natural Earth 1:50m), object `countries`, properties `{iso2, name_fr}`.
pub const WORLD_TOPOJSON: &str = include_str!("../../../data/world.topo.json");
/// France: objects `departements` `{code, nom, region}` and `regions` `{code, nom}`.
pub const FRANCE_TOPOJSON: &str = include_str!("../../../data/france.topo.json");

const COUNTRIES_CSV: &str = include_str!("../../../data/countries.csv");
const REGIONS_CSV: &str = include_str!("../../../data/regions.csv");
const DEPARTEMENTS_CSV: &str = include_str!("../../../data/departements.csv");
const COMMUNES_CSV: &str = include_str!("../../../data/communes.csv");
const EPCI_CSV: &str = include_str!("../../../data/epci.csv");
const CITIES_CSV: &str = include_str!("../../../data/cities.csv");

/// Short attribution for map controls, as `data/PROVENANCE.md` §2 asks.
pub const MAP_ATTRIBUTION: &str =
    "© IGN Admin Express 2018 – Licence Ouverte · Natural Earth · GeoNames CC BY 4.0";

/// A reference file that does not parse: only possible if `data/` was edited by hand.
#[derive(Debug, thiserror::Error)]
#[error("reference file {file}: {source}")]
pub struct GeodataError {
    file: &'static str,
    #[source]
    source: csv::Error,
}

fn parse<T: DeserializeOwned>(file: &'static str, text: &str) -> Result<Vec<T>, GeodataError> {
    csv::Reader::from_reader(text.as_bytes())
        .deserialize()
        .collect::<Result<Vec<T>, _>>()
        .map_err(|source| GeodataError { file, source })
}

/// ISO 3166-1 countries (+ XK) with French names, continent and M49 sub-region.
pub fn countries() -> Result<Vec<Country>, GeodataError> {
    parse("countries.csv", COUNTRIES_CSV)
}

/// The 18 régions of the COG.
pub fn regions() -> Result<Vec<Region>, GeodataError> {
    parse("regions.csv", REGIONS_CSV)
}

/// The 101 départements of the COG.
pub fn departements() -> Result<Vec<Departement>, GeodataError> {
    parse("departements.csv", DEPARTEMENTS_CSV)
}

/// Every current commune of the COG (about 35,000).
pub fn communes() -> Result<Vec<Commune>, GeodataError> {
    parse("communes.csv", COMMUNES_CSV)
}

/// Every EPCI à fiscalité propre (about 1,250).
pub fn epcis() -> Result<Vec<Epci>, GeodataError> {
    parse("epci.csv", EPCI_CSV)
}

/// Foreign places of 5,000 inhabitants or more (GeoNames), sorted by country then population.
pub fn cities() -> Result<Vec<City>, GeodataError> {
    parse("cities.csv", CITIES_CSV)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reference_file_parses_with_the_documented_row_counts() {
        assert_eq!(countries().unwrap().len(), 250);
        assert_eq!(regions().unwrap().len(), 18);
        assert_eq!(departements().unwrap().len(), 101);
        assert_eq!(communes().unwrap().len(), 34_969);
        assert_eq!(epcis().unwrap().len(), 1_255);
        assert_eq!(cities().unwrap().len(), 67_261);
    }

    #[test]
    fn accents_survive_parsing() {
        let countries = countries().unwrap();
        let ci = countries.iter().find(|c| c.iso2 == "CI").unwrap();
        assert_eq!(ci.name_fr, "Côte d'Ivoire");
        let regions = regions().unwrap();
        assert!(regions.iter().any(|r| r.nom == "Île-de-France"));
    }
}
